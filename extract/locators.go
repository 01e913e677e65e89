package extract

import "slices"

// dropLocators keeps one place where the text gives a place and, in
// apposition, what it lies in: "explosions in Nairobi, Kenya" happened in
// Nairobi; Kenya only says where Nairobi is (and is kept as the city's
// LOCATED_IN).
func (d *doc) dropLocators() {
	for _, ev := range d.events {
		if countRole(ev, "place") < 2 {
			continue
		}
		ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool {
			return p.role == "place" && d.locatesAnother(ev, p.ent)
		})
	}
}

func countRole(ev *event, role string) int {
	n := 0
	for _, p := range ev.parts {
		if p.role == role {
			n++
		}
	}
	return n
}

// locatesAnother reports whether place ent is named in ev's sentence only
// right after another of ev's places and a comma ("Nairobi, Kenya").
func (d *doc) locatesAnother(ev *event, ent int) bool {
	mis := d.sentMents[ev.sent]
	found := false
	for k, mi := range mis {
		m := &d.ments[mi]
		if m.ent != ent {
			continue
		}
		if k == 0 || m.first < 2 || d.toks[m.first-1].text != "," {
			return false // named on its own somewhere in the sentence
		}
		prev := &d.ments[mis[k-1]]
		if prev.last != m.first-1 || prev.ent == ent || prev.ent < 0 || !slices.ContainsFunc(ev.parts, func(p part) bool { return p.ent == prev.ent && p.role == "place" }) {
			return false
		}
		found = true
	}
	return found
}
