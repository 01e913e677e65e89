package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/cameo"
)

// clauseRels are the dependents that open a clause of their own: their
// words say nothing of what the verb itself does.
var clauseRels = set("ccomp parataxis advcl conj acl:relcl csubj punct mark discourse")

// subjectRels are a verb's subjects.
var subjectRels = set("nsubj nsubj:pass csubj csubj:pass expl")

// cameoMatch reads verb trigger o with its clause against the CAMEO verb
// patterns: "fired artillery rounds at the border" is an attack, "fired the
// minister" is not. ok is false without a parse of the verb.
func (d *doc) cameoMatch(si int, o occurrence) (m cameo.Match, ok bool) {
	x, v := d.triggerTree(si, o.i, o.n)
	if v < 0 || !x.isVerb(v) {
		return m, false
	}
	f := cameo.Frame{Verb: x.lemma(v)}
	if prt := x.childrenWith(v, "compound:prt"); len(prt) > 0 {
		f.Particle = x.lemma(prt[0])
	}
	var before, after []int
	for c, h := range x.tree.Head {
		if h != v {
			continue
		}
		switch {
		case subjectRels[x.rel(c)]:
			before = append(before, x.subtree(c, clauseRels)...)
		case c > v && !clauseRels[x.rel(c)] && !subjectRels[x.rel(c)]:
			if x.rel(c) == "obj" && len(after) == 0 {
				f.ObjectEnd = len(x.subtree(c, clauseRels))
			}
			after = append(after, x.subtree(c, clauseRels)...)
		}
	}
	f.Before = x.words(before)
	f.After = x.words(after)
	f.Case = make([]bool, len(after))
	for k, w := range after {
		f.Case[k] = x.rel(w) == "case"
	}
	if len(f.After) > 15 {
		f.After = f.After[:15]
		f.Case = f.Case[:15]
	}
	return cameo.Default().Lookup(f)
}

// cameoRetype settles a verb trigger's type by the CAMEO pattern its clause
// matches, where a pattern (not just the verb) speaks and gives one of the
// contract's types: the patterns know the objects that change what a verb
// tells ("fired artillery rounds" is an attack). CAMEO codes relations
// between states and groups, not careers or votes, so a type it does not
// model (a dismissal, an appointment) yields only to a violent reading:
// "fired the president" stays a dismissal though CAMEO reads criticism.
//
// A noun trigger is settled by a pattern of the verb that carries it
// which names the noun: "lodged a protest with Washington" is CAMEO's 110,
// a state's disapproval, not a demonstration; in "faces trial on fraud
// charges" the pattern of the charges does not speak for the trial.
func (d *doc) cameoRetype(si int, o occurrence, typ string) string {
	noun := ""
	if o.t.noun {
		lv := d.lightVerbBefore(si, o.i, d.sents[si].first)
		if lv < 0 {
			return typ
		}
		noun = o.t.words[len(o.t.words)-1]
		o = occurrence{lv, 1, trigger{words: []string{d.toks[lv].lower}}}
	}
	if typ == "PROTEST" && noun == "" && d.crowdDoer(si, o.i, o.n) {
		return typ // "hundreds of people protested against the visit": a crowd in the street, where CAMEO's "protest * visit" reads a state's words
	}
	if o.t.orderedOut {
		return typ // "ordered the ambassador to leave": an envoy expelled, which CAMEO's "* (to leave)" reads as a deportation
	}
	if o.t.outcast {
		return typ // "declared two diplomats persona non grata": an expulsion, which CAMEO's "declare" reads as words
	}
	if o.t.envoy {
		return typ // "called in the ambassador": the summons its row tells, which CAMEO's "call * in" does not tell apart
	}
	if o.t.ties {
		return typ // "severed ties with Iran": the ties between states cut, which CAMEO reads as a sanction only where they are called diplomatic
	}
	if o.t.underFire {
		return typ // "the village came under fire": fire, which CAMEO's "come * (under fire)" reads as criticism; the trigger's subject test has told it apart
	}
	if o.t.label {
		return typ // "called the decision a disaster on Tuesday": the fault found, which CAMEO's "call * on" would read as a request
	}
	if o.t.speech || len(o.t.words) >= 3 {
		return typ // a phrase of three words or more ("opened a criminal case") says more than a verb pattern
	}
	m, ok := d.cameoMatch(si, o)
	if !ok || !m.Specific || m.Type == "" || m.Type == typ || noun != "" && !patternNames(m.Pattern, noun) {
		return typ
	}
	if notCAMEO[typ] && m.Type != "ATTACK" {
		return typ
	}
	if noun != "" && strings.HasPrefix(string(m.Code), "13") {
		// "ordered the attack": PETRARCH codes a threat (138), where the
		// noun names the act itself, ordered, not threatened
		return typ
	}
	if slices.ContainsFunc(patternWords(m.Pattern), func(w string) bool { return winnerNouns[w] }) {
		// "declared X the winner" is no praise (PETRARCH's 051): who won
		// is the election's agent (winnerOf); the declaring is told
		return typ
	}
	if typ == "REQUEST" && m.Type != "ATTACK" {
		// the contract types a call for something as a request, where
		// some PETRARCH rows code what is asked for: "called for an
		// inquiry" is no inquiry (090)
		return typ
	}
	if stanceTypes[typ] && stanceTypes[m.Type] {
		// the contract types a stance by the verb's word on what it
		// names: "denounced the detention of Ivo Dorn" is a criticism
		// of the detention, where PETRARCH codes a defence of Dorn
		// (052), and "defended the crackdown" a support, where it codes
		// disapproval of those cracked down on (110)
		return typ
	}
	if m.Code == "173" && (typ == "LEGAL_ACTION" || typ == "ACCUSATION") {
		// CAMEO's 173 joins arrest and charge: "charged him" stays a
		// charge, "charged that he had lied" an accusation
		return typ
	}
	if typ == "LEGAL_ACTION" && accusedOfNamedWrong(m.Code) {
		// "was charged with murder", "prosecutors charged him with
		// espionage": a charge of a crime brought, which PETRARCH's
		// "charge * (with murder)" codes as an accusation of the crime
		// (1121-1125), and the contract as legal action
		return typ
	}
	return m.Type
}

// accusedOfNamedWrong reports a CAMEO code of an accusation of a named
// kind of wrong (1121 crime, 1122 human rights abuses, 1123 aggression,
// 1124 war crimes, 1125 espionage), not of the bare accusation (112).
func accusedOfNamedWrong(code cameo.Code) bool {
	return len(code) == 4 && strings.HasPrefix(string(code), "112")
}

// patternNames reports whether a CAMEO pattern ("* protest (of)",
// "* {power grid}") has the word w.
func patternNames(pattern, w string) bool {
	return slices.Contains(patternWords(pattern), w)
}

// patternWords are the words of a CAMEO pattern, its marks left out.
func patternWords(pattern string) []string {
	return strings.FieldsFunc(pattern, func(r rune) bool { return r == ' ' || strings.ContainsRune("{}()&*", r) })
}

// notCAMEO are the contract's event types that no CAMEO code maps to
// (extract/cameo/data/types.tsv).
var notCAMEO = set("ELECTION APPOINTMENT RESIGNATION DISMISSAL REPORT VOTE INTERFERENCE")

// curatedCountry is the country the CAMEO actor data (PETRARCH2's Phoenix
// dictionary) gives person ei a role in on the day the article was
// written, or -1 where it gives none, or several.
func (d *doc) curatedCountry(ei int) int {
	if d.dct.IsZero() {
		return -1
	}
	code := ""
	for _, r := range cameo.Default().RolesOn(d.ents[ei].name, d.dct.Format(time.DateOnly)) {
		switch {
		case r.ISO == "" || r.ISO == code:
		case code == "":
			code = r.ISO
		default:
			return -1 // roles in two countries: the text must say which
		}
	}
	if code == "" {
		return -1
	}
	return d.countryEntity(code)
}

// curatedName is the name the CAMEO actor data gives person e, by a name
// of two words or more, where one person of that data holds a role under
// it on the day the article was written: "Sergei Lavrov" is the data's
// "Sergey Lavrov", so the two spellings are one node across articles. It
// is "" where the data knows no one of that name then, or more than one.
func (d *doc) curatedName(e *entity) string {
	if d.dct.IsZero() || e.kind != polgraph.KindPerson || e.gaz != nil || len(strings.Fields(e.name)) < 2 {
		return ""
	}
	name := ""
	for _, r := range cameo.Default().RolesOn(e.name, d.dct.Format(time.DateOnly)) {
		switch {
		case name == "":
			name = r.Name
		case r.Name != name:
			return "" // two people of that name
		}
	}
	return name
}
