package polgraph

//go:generate go run ./internal/vocabgen -o schema/vocabulary.graphqls

// The closed vocabularies of the graph, each a typed list the API's enums
// are generated from (internal/vocabgen writes schema/vocabulary.graphqls).
// The constants themselves are untyped, as the Status ones are, so that the
// extraction contract's string fields take them too.

// EventType is what kind of thing an Event is (Event.Type).
type EventType string

// Event types.
const (
	EventElection      = "ELECTION"
	EventAppointment   = "APPOINTMENT"
	EventResignation   = "RESIGNATION"
	EventDismissal     = "DISMISSAL"
	EventStatement     = "STATEMENT"
	EventReport        = "REPORT"
	EventAccusation    = "ACCUSATION"
	EventDenial        = "DENIAL"
	EventSupport       = "SUPPORT"
	EventCriticism     = "CRITICISM"
	EventMeeting       = "MEETING"
	EventRequest       = "REQUEST"
	EventArrest        = "ARREST"
	EventRelease       = "RELEASE"
	EventLegalAction   = "LEGAL_ACTION"
	EventInvestigation = "INVESTIGATION"
	EventSanction      = "SANCTION"
	EventAgreement     = "AGREEMENT"
	EventProtest       = "PROTEST"
	EventInterference  = "INTERFERENCE"
	EventVote          = "VOTE"
	EventApology       = "APOLOGY"
	EventAttack        = "ATTACK"
)

// EventTypes lists every EventType, in the order the API lists them.
var EventTypes = []EventType{
	EventElection, EventAppointment, EventResignation, EventDismissal,
	EventStatement, EventReport, EventAccusation, EventDenial,
	EventSupport, EventCriticism, EventMeeting, EventRequest,
	EventArrest, EventRelease, EventLegalAction, EventInvestigation,
	EventSanction, EventAgreement, EventProtest, EventInterference,
	EventVote, EventApology, EventAttack,
}

// Role is the part an entity plays in an event (Participant.Role).
type Role string

// Participant roles.
const (
	RoleAgent        = "agent"        // who acts: the one arrested by, resigning, accusing
	RolePatient      = "patient"      // who it is done to
	RoleOrganization = "organization" // the body it happens in or for
	RolePlace        = "place"        // where
	RoleSource       = "source"       // who says so: an outlet, a spokesperson, an accuser
	RoleTarget       = "target"       // whom a statement is about
	RoleParticipant  = "participant"  // anyone else taking part
)

// Roles lists every Role, in the order the API lists them.
var Roles = []Role{RoleAgent, RolePatient, RoleOrganization, RolePlace, RoleSource, RoleTarget, RoleParticipant}

// Precision is how precisely a date is known: an event's date is one of
// day, month, year or unknown; a fact's bound may also be a week or a
// quarter.
type Precision string

// Precisions of a fact's bound only.
const (
	PrecisionWeek    = "week"
	PrecisionQuarter = "quarter"
)

// Precisions lists every Precision, finest first: the order minPrecision
// compares by.
var Precisions = []Precision{PrecisionDay, PrecisionWeek, PrecisionMonth, PrecisionQuarter, PrecisionYear, PrecisionUnknown}

// AtLeast tells whether p is as fine as min or finer: a day is at least a
// month; a year is not. An unknown precision is at least nothing but itself.
func (p Precision) AtLeast(min Precision) bool {
	pi, mi := precisionRank(p), precisionRank(min)
	return pi >= 0 && mi >= 0 && pi <= mi
}

func precisionRank(p Precision) int {
	for i, q := range Precisions {
		if q == p {
			return i
		}
	}
	return -1
}

// RelationType is the type of a fact between two entities (Relation.Type).
type RelationType string

// Relation types.
const (
	RelationMemberOf    = "MEMBER_OF"
	RelationHoldsOffice = "HOLDS_OFFICE"
	RelationRepresents  = "REPRESENTS"
	RelationLeads       = "LEADS"
	RelationWorksFor    = "WORKS_FOR"
	RelationCitizenOf   = "CITIZEN_OF"
	RelationLocatedIn   = "LOCATED_IN"
)

// RelationTypes lists every RelationType, in the order the API lists them.
var RelationTypes = []RelationType{RelationMemberOf, RelationHoldsOffice, RelationRepresents, RelationLeads, RelationWorksFor, RelationCitizenOf, RelationLocatedIn}

// StepType is what a path or a neighbourhood steps through from one node
// to the next: a fact (its RelationType) or an entity's part in an event
// (StepParticipatedIn).
type StepType string

// StepParticipatedIn is the step from an entity to an event it takes part
// in, or back.
const StepParticipatedIn = "PARTICIPATED_IN"

// StepTypes lists every StepType: the relation types, then the
// participation.
var StepTypes = stepTypes()

func stepTypes() []StepType {
	out := make([]StepType, 0, len(RelationTypes)+1)
	for _, t := range RelationTypes {
		out = append(out, StepType(t))
	}
	return append(out, StepParticipatedIn)
}
