package graph

import (
	"slices"

	"github.com/polgraph/polgraph"
)

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

// params adds the range's parameters: $from, $to, and $precisions, the
// precisions at least as fine as MinPrecision (null for any); with From,
// $spanStarts, the days before From on which a period holding From can
// start, and $spanFloor, the earliest of them (From if none).
//
// An event's [dateStart, dateEnd] is one Period: a day, or the ISO week,
// month, quarter or year around it. So an event that ends on or after From
// either starts on or after From, or starts on one of those at most four
// days: both are seeks on the event_date index (dateStart), and no event
// starting before $spanFloor can be in the range.
func (r DateRange) params(into map[string]any) map[string]any {
	into["from"], into["to"] = strOrNil(r.From), strOrNil(r.To)
	if r.From != "" {
		floor, starts := r.From, []string{}
		for _, s := range periodStarts(r.From) {
			if s < r.From && !slices.Contains(starts, s) {
				starts = append(starts, s)
				floor = min(floor, s)
			}
		}
		into["spanStarts"], into["spanFloor"] = starts, floor
	}
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
