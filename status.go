package polgraph

// Status is how an article presents an event: the closed vocabulary of
// Event.Status (StatusAsserted, StatusAlleged, StatusDenied; those constants
// are untyped so that the contract's string field takes them too). The
// graph keeps it per report and per claim, and the API's EventStatus enum
// lists exactly Statuses.
type Status string

// Statuses lists every Status, in the order the API lists them.
var Statuses = []Status{StatusAsserted, StatusAlleged, StatusDenied}

// ClaimStatus is the status a claimant gives an event it speaks of: the
// source of an asserted event asserts it; the source of an alleged one
// alleges it, and still does when the event's own subject denies it (the
// article's status is then denied, the source's word is not); "" for a
// status outside Statuses.
func ClaimStatus(eventStatus string) Status {
	switch s := Status(eventStatus); s {
	case StatusAsserted, StatusAlleged:
		return s
	case StatusDenied:
		return StatusAlleged
	}
	return ""
}
