package graph

import "github.com/polgraph/polgraph"

// DateRange is the one date filter of every event query (events, timeline,
// claims, stats.eventsPerMonth), applied alike by all through the
// "inDateRange" Cypher fragment: an event is in the range when the period
// its date can mean, [dateStart, dateEnd], overlaps [From, To] (either end
// open) and its date is at least as precise as MinPrecision. So a year-dated
// event is in a March range, as it may have happened then, unless
// MinPrecision is MONTH or DAY; an undated event is in no range with a bound
// or a MinPrecision.
type DateRange struct {
	From, To     string // YYYY-MM-DD, both days included; "" for open
	MinPrecision string // a polgraph.Precision; "" keeps any precision
}

// maxEventSpanDays bounds how many days an event's period spans: its
// [dateStart, dateEnd] is one Period, a year at the longest (365 days from
// its first day to its last in a leap year). So an event ending on or after
// From starts at most this many days before From, which lets a range seek
// on the event_date index (dateStart) serve From as well as To.
const maxEventSpanDays = 366

// params adds the range's parameters: $from, $to, and $precisions, the
// precisions at least as fine as MinPrecision (null for any).
func (r DateRange) params(into map[string]any) map[string]any {
	into["from"], into["to"] = strOrNil(r.From), strOrNil(r.To)
	var precisions any
	if r.MinPrecision != "" {
		var ps []string
		for _, p := range polgraph.Precisions {
			if p.AtLeast(polgraph.Precision(r.MinPrecision)) && p != polgraph.PrecisionUnknown {
				ps = append(ps, string(p))
			}
		}
		precisions = ps
	}
	into["precisions"] = precisions
	return into
}
