package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// missionNouns name a state's diplomatic mission ("embassy", "consulate").
var missionNouns = wordSet("mission_nouns.txt")

// diplomaticMissions makes each mention of a state's mission one mention
// of an organisation: "the Chinese embassy in Canberra", "Russia's
// consulate", "the Embassy of the Kingdom of Marvesh" are bodies that
// speak and are summoned, not the states that send them. The mention
// says what the mission is and whose, and, where "in" a known place
// follows, the country it is posted to.
func (d *doc) diplomaticMissions() {
	for i := range d.toks {
		if !missionNouns[d.toks[i].lower] {
			continue
		}
		first, last, state, code := d.missionSpan(i)
		if state == "" || d.staffOf(first) {
			continue
		}
		si := d.sentOf(i)
		m := mention{first: first, last: last, start: d.toks[first].start, end: d.toks[last-1].end, sent: si, ent: -1,
			kind: polgraph.KindOrganization, via: "run", strong: true, typed: true, officeStart: -1,
			mission: d.toks[i].lower + " of " + state, missionOf: code, missionHost: d.hostAfter(last, si)}
		d.ments = slices.DeleteFunc(d.ments, func(o mention) bool { return o.first < last && o.last > first })
		at, _ := slices.BinarySearchFunc(d.ments, first, func(o mention, t int) int { return o.first - t })
		d.ments = slices.Insert(d.ments, at, m)
	}
}

// missionStateBefore is the state of the mission that token i, a mission
// noun that names no state itself ("the consulate"), refers back to: the
// last one of that noun named before with its state, however far back
// ("officials from China's consulate in Perth … a network run out of the
// consulate"); -1 where none was.
func (d *doc) missionStateBefore(i int) int {
	noun := d.toks[i].lower
	if !missionNouns[noun] {
		return -1
	}
	if _, _, state, _ := d.missionSpan(i); state != "" {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if d.toks[j].lower != noun {
			continue
		}
		if _, _, _, code := d.missionSpan(j); code != "" {
			return d.countryEntity(code)
		}
	}
	return -1
}

// missionHosts gives a meeting held at a state's mission that state as a
// participant, in place of a place: "attended a dinner at China's
// consulate", "met officials at Russia's embassy in Berlin" are meetings
// with China and Russia. The mission is an oblique of the meeting's word,
// or of the verb a meeting noun is the object of.
func (d *doc) missionHosts() {
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "MEETING" {
			continue
		}
		x, v := d.eventTree(ev)
		if v < 0 {
			continue
		}
		heads := []int{v}
		if h := x.head(v); h >= 0 && x.baseRel(v) == "obj" && x.isVerb(h) {
			heads = append(heads, h) // "attended a dinner at …"
		}
		for _, h := range heads {
			for _, c := range x.childrenWith(h, "obl", "nmod") {
				if x.caseOf(c) != "at" || !missionNouns[strings.ToLower(x.tree.Words[c])] {
					continue
				}
				for _, e := range d.entsAt(ev.sent, x, c, ev.typ) {
					if st := d.bodysState(e); st >= 0 {
						e = st
					}
					ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool { return p.ent == e && p.role == "place" })
					if !ev.has(e) {
						ev.add(e, "participant")
					}
				}
			}
		}
	}
}

// staffOf reports people named as a mission's staff right before token i
// ("officials from China's consulate", "diplomats at the Russian
// embassy"): they act for the state, which is then who takes part.
func (d *doc) staffOf(i int) bool {
	if i > 0 && d.toks[i-1].lower == "the" {
		i--
	}
	if i < 2 {
		return false
	}
	switch d.toks[i-1].lower {
	case "from", "of", "at":
		w := d.toks[i-2].lower
		return pluralPersonNoun(w) || personNouns[w]
	}
	return false
}

// missionSpan is the name of the mission whose noun is token i, tokens
// [first, last), and the name of its state and the state's code where the
// gazetteer knows it; state is "" where none is named. The state is named
// before the noun, by its name or demonym ("the US embassy", "China's
// consulate", "the Oskavian embassy"), or after it and "of" ("the Embassy
// of the Kingdom of Marvesh").
func (d *doc) missionSpan(i int) (first, last int, state, code string) {
	si := d.sentOf(i)
	for mi := range d.ments {
		m := &d.ments[mi]
		switch {
		case m.last == i || m.last == i-1 && d.toks[i-1].lower == "'s":
			if name, code, ok := d.stateOf(m, false); ok {
				return m.first, i + 1, name, code
			}
		case m.first == i+2 && d.toks[i+1].lower == "of" || m.first == i+3 && d.toks[i+1].lower == "of" && d.toks[i+2].lower == "the":
			if name, code, ok := d.stateOf(m, true); ok {
				return i, m.last, name, code
			}
		}
	}
	if i > d.sents[si].first && d.unknownDemonym(i-1) {
		return i - 1, i + 1, d.toks[i-1].text, "" // named, if at all, once the kinds are known: finishEntities
	}
	return 0, 0, "", ""
}

// stateOf is the name of the state mention m names and its code: a
// country the gazetteer knows by its name, short name or demonym; after
// "embassy of", any name but a person's ("the Kingdom of Marvesh").
func (d *doc) stateOf(m *mention, after bool) (name, code string, ok bool) {
	for _, x := range m.matches {
		if x.Entry.Kind == polgraph.KindCountry && x.Via != "metonym" {
			return x.Entry.Name, x.Entry.Country, true
		}
	}
	if after && len(m.matches) == 0 && m.kind != "" && m.kind != polgraph.KindPerson && m.office == nil {
		return cleanName(d.surfaceOf(m)), "", true
	}
	return "", "", false
}

// unknownDemonym reports a capitalised word at token i made like a
// nationality ("Oskavian", "Kallistani") that no gazetteer knows.
func (d *doc) unknownDemonym(i int) bool {
	t := &d.toks[i]
	if t.kind != tokWord || !t.cap || t.allCaps || len(t.lower) < 5 || commonWords[t.lower] || len(d.x.gaz.Lookup(t.text)) > 0 {
		return false
	}
	for _, suf := range cues.suffixes {
		if len(suf) > 1 && strings.HasSuffix(t.lower, suf) {
			return true
		}
	}
	return false
}

// missionState is the state whose demonym an unknown state's mission was
// named by ("the Oskavian embassy"), where the article names it
// ("Oskavia"), else the demonym itself.
func (d *doc) missionState(demonym string) string {
	for _, e := range d.ents {
		if e.kind == polgraph.KindCountry && !strings.Contains(e.name, " ") && slices.Contains(cues.demonymForms(strings.ToLower(e.name)), strings.ToLower(demonym)) {
			return e.name
		}
	}
	return demonym
}

// hostAfter is the code of the country a mission is posted to where "in"
// and a place the gazetteer knows follow its name at token k ("in
// Canberra", "in Kenya"), or "".
func (d *doc) hostAfter(k, si int) string {
	if d.nextWord(k, si) != "in" {
		return ""
	}
	for mi := range d.ments {
		if m := &d.ments[mi]; m.first == k+1 && len(m.matches) > 0 {
			return m.matches[0].Entry.Country
		}
	}
	return ""
}
