package extract

import (
	"slices"

	"github.com/polgraph/polgraph"
)

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

// seatRelations reads where a body sits off a place's name joined by a
// hyphen to a seat participle: "the Nairobi-based group Justice Watch",
// "the Paris-based OECD" (the body named right after, past a few
// lower-case words), and "Justice Watch, a Nairobi-based rights group"
// (the body the description is set beside). The body is LOCATED_IN the
// place.
func (d *doc) seatRelations(si int) {
	mis := d.sentMents[si]
	last := d.sents[si].last
	for k, mi := range mis {
		p := &d.ments[mi]
		if p.ent < 0 || !p.named() || !isPlaceKind(d.ents[p.ent].kind) || p.last+1 >= last ||
			d.toks[p.last].text != "-" || !seatParticiples[d.toks[p.last+1].lower] {
			continue
		}
		body := -1
		j := p.last + 2
		for n := 0; n < 3 && j < last && d.toks[j].kind == tokWord && !d.toks[j].cap && !d.clauseOrPhraseOpener(j); n++ {
			j++ // "-based rights group"; not past "firm that the Union sanctioned", whose name is another's
		}
		for _, bi := range mis[k+1:] {
			if b := &d.ments[bi]; b.first == j {
				body = b.ent
			}
		}
		// "Justice Watch, a Nairobi-based rights group"
		if a := p.first - 1; body < 0 && k > 0 && a-1 > d.sents[si].first && indefiniteArticles[d.toks[a].lower] && d.toks[a-1].text == "," {
			if b := &d.ments[mis[k-1]]; b.last == a-1 && b.named() {
				body = b.ent
			}
		}
		if body >= 0 && d.ents[body].kind == polgraph.KindOrganization {
			d.addRel(&relation{typ: "LOCATED_IN", from: body, to: p.ent, sent: si, conf: 0.7})
		}
	}
}

// clauseOrPhraseOpener reports whether token i opens a noun phrase, a
// relative clause or a prepositional phrase, and so ends the words of a
// description before it: "a Moscow-based firm that the European Union
// sanctioned", "a Nairobi-based group in the capital".
func (d *doc) clauseOrPhraseOpener(i int) bool {
	w := d.toks[i].lower
	return determiners[w] || relativePronouns[w] || prepositions[w]
}
