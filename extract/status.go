package extract

import "github.com/polgraph/polgraph"

// speechActs are asserted when told: that someone denied or claimed is a fact.
var speechActs = map[string]bool{"DENIAL": true, "STATEMENT": true, "ACCUSATION": true, "REPORT": true, "CRITICISM": true, "SUPPORT": true}

// statusOf says whether an event is asserted, alleged or denied.
func (d *doc) statusOf(si, i int, before []occurrence, ev *event) string {
	s := &d.sents[si]
	for j := s.first; j < s.last; j++ {
		if allegingWords[d.toks[j].lower] && j < i+3 {
			if ev.typ == "REPORT" || ev.typ == "ACCUSATION" {
				break
			}
			return polgraph.StatusAlleged
		}
	}
	if speechActs[ev.typ] {
		return polgraph.StatusAsserted
	}
	if coordinated(d, s.first, i) {
		return polgraph.StatusAsserted // "accused X and called for": two acts, both told
	}
	for _, o := range before {
		if !d.hasThat(o.i+o.n, i) && o.t.typ != "REPORT" {
			continue
		}
		switch o.t.typ {
		case "REPORT", "ACCUSATION":
			return polgraph.StatusAlleged // "reported that ...", "accused him that ..."
		case "DENIAL":
			return polgraph.StatusDenied // "denied that ..."
		}
	}
	return polgraph.StatusAsserted
}

// hasThat reports a complementiser "that" in tokens [i, j).
func (d *doc) hasThat(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].lower == "that" {
			return true
		}
	}
	return false
}
