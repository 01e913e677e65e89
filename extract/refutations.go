package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

//go:embed data/refutations.tsv
var refutationsTSV string

// refutationUses is data/refutations.tsv: lemma -> how it calls a claim
// false; refutationIrregulars the irregular forms its rows give after the
// lemma ("withdraw/withdrew/withdrawn"), which verbForms cannot make.
var refutationUses, refutationIrregulars = func() (map[string]string, map[string][]string) {
	out, irregular := map[string]string{}, map[string][]string{}
	for n, line := range strings.Split(refutationsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 || f[1] != "false" && f[1] != "true" && f[1] != "refuse" && f[1] != "retract" && f[1] != "call" && f[1] != "innocent" && f[1] != "happen" && f[1] != "absent" && f[1] != "unrelated" {
			panic(fmt.Sprintf("extract: data/refutations.tsv:%d: want lemma, false|true|refuse|retract|call|innocent|happen|absent|unrelated: %q", n+1, line))
		}
		forms := strings.Split(f[0], "/")
		out[forms[0]] = f[1]
		irregular[forms[0]] = forms[1:]
	}
	return out, irregular
}()

// refutationForms are the written forms of the refutations' lemmas, with
// the lemma's use: a sentence with none of them is not parsed for one.
var refutationForms = func() map[string]string {
	out := map[string]string{}
	for l, use := range refutationUses {
		for _, f := range append(verbForms(l), refutationIrregulars[l]...) {
			if out[f] == "" || out[f] == "false" { // a verb's form may be a new event's
				out[f] = use
			}
		}
	}
	return out
}()

// verbForms are the written forms a lemma may take, generously: a
// superset serves as a cue that a sentence may use it.
func verbForms(l string) []string {
	stem := strings.TrimSuffix(l, "e")
	double := l + l[len(l)-1:]                                                                                       // "labelled"
	out := []string{l, l + "s", l + "es", l + "d", l + "ed", stem + "ing", l + "ing", double + "ed", double + "ing"} // "dismisses"
	if y := strings.TrimSuffix(l, "y"); y != l {
		out = append(out, y+"ies", y+"ied") // "denies", "denied"
	}
	return out
}

// refutationCue reports whether sentence si has a refutation's form: any
// one, or with verbOnly one that can tell an event of its own (a verb's,
// not a predicate of falsity's).
func (d *doc) refutationCue(si int, verbOnly bool) bool {
	s := &d.sents[si]
	for i := s.first; i < s.last; i++ {
		if use := refutationForms[d.toks[i].lower]; use != "" && use != "happen" && !(verbOnly && use == "false") {
			return true
		}
	}
	return false
}

// speechCue reports whether sentence si has a verb of reported speech,
// which may tell a denial for one its speaker speaks for.
func (d *doc) speechCue(si int) bool {
	s := &d.sents[si]
	for i := s.first; i < s.last; i++ {
		if slices.ContainsFunc(triggers[d.toks[i].lower], func(t trigger) bool { return t.speech }) {
			return true
		}
	}
	return false
}

// claimCarriers carry a claim without naming it one ("the video was
// fake"): a claim only as the subject of a predicate of falsity.
var claimCarriers = wordSet("claim_carrier_nouns.txt")

// claimRefers is what kind of earlier event claim word c, which
// refutation gives, refers back to (denied_nouns.tsv): a claim for a
// carrier of one.
func claimRefers(x *syntax, c int) string {
	if r := deniedNouns[x.lemma(c)]; r != "" {
		return r
	}
	return "claim"
}

// claimPronouns stand for a claim told before: "that is not true".
var claimPronouns = set("this that it they these those")

// refutation finds where sentence si calls a claim false without a verb
// of denying: a predicate of falsity on the claim ("these claims are
// baseless", "that is simply not true"), a verb refusing it ("we reject
// them"), one calling it false ("called the report a fabrication") or a
// noun of its truth denied ("there is no truth to the allegations"). It
// returns the word that does so and the claim's word, -1 for a pronoun;
// the word is -1 where the sentence calls no claim false.
func (d *doc) refutation(si int) (word, claim int) {
	if !d.refutationCue(si, false) {
		return -1, -1
	}
	x := d.syntaxOf(si)
	if x == nil {
		return -1, -1
	}
	for w := range x.tree.Words {
		var claims []int
		switch refutationUses[x.lemma(w)] {
		case "false":
			if x.head(w) >= 0 && refutationUses[x.lemma(x.head(w))] == "call" {
				continue // the calling verb's
			}
			if x.pos(w) == "VERB" {
				// only as a passive predicate: "the charges were
				// fabricated", not "they fabricated the charges"
				claims = x.childrenWith(w, "nsubj:pass")
				break
			}
			claims = x.childrenWith(w, "nsubj")
			if len(claims) == 0 && x.rel(w) == "conj" { // "absurd and baseless"
				claims = x.childrenWith(x.head(w), "nsubj")
			}
			if len(claims) == 0 && x.rel(w) == "nmod" && x.caseOf(w) == "of" {
				// "the story was a pack of lies": the predicate a measure
				// of the word of falsity
				claims = x.childrenWith(x.head(w), "nsubj")
			}
		case "true":
			if x.negated(w) {
				claims = x.childrenWith(w, "nsubj")
			}
		case "refuse":
			if x.isVerb(w) {
				claims = x.childrenWith(w, "obj", "nsubj:pass") // "the claim was debunked by StopFake"
			}
		case "retract":
			if x.isVerb(w) {
				claims = slices.DeleteFunc(x.childrenWith(w, "obj"), func(o int) bool { return chargeNouns[x.lemma(o)] })
			}
		case "call":
			if x.isVerb(w) && x.callsFalse(w) {
				for _, o := range x.childrenWith(w, "obj") {
					// "called the report baseless", parsed as one noun
					// phrase: the claim modifies the word of falsity
					claims = append(claims, append(x.childrenWith(o, "compound"), o)...)
				}
				for _, o := range x.childrenWith(w, "xcomp", "obl") {
					// "called the story \"nonsense\"", the quoted word
					// read as the complement with the claim its compound
					if refutationUses[x.lemma(o)] == "false" {
						claims = append(claims, x.childrenWith(o, "compound")...)
					}
				}
			}
		case "absent":
			if x.caseOf(w) == "without" && len(x.childrenWith(w, "cop")) > 0 {
				// "the report was without foundation", "the claims are
				// without any merit": the predicate's subject
				claims = x.childrenWith(w, "nsubj")
				break
			}
			// the noun that is said to be absent: the word itself ("no
			// truth"), or the measure it is "of" ("not a word of truth")
			n := w
			if x.rel(w) == "nmod" && x.caseOf(w) == "of" && !x.negated(w) {
				n = x.head(w)
			}
			be := -1 // "there was", whose place the claim may be read as
			if h := x.head(n); h >= 0 && x.baseRel(n) == "nsubj" && x.lemma(h) == "be" && len(x.childrenWith(h, "expl")) > 0 {
				be = h
			}
			if x.negated(w) || x.negated(n) || be >= 0 && x.negated(be) { // "no truth to the allegations", "no basis for the claims"
				cs := x.childrenWith(w, "nmod")
				if n != w {
					cs = append(cs, x.childrenWith(n, "nmod")...)
				}
				if be >= 0 {
					// "there was \"no truth\" in the report", the claim
					// read as the place of "was"
					cs = append(cs, x.childrenWith(be, "obl")...)
				}
				for _, c := range cs {
					switch x.caseOf(c) {
					case "to", "in", "for":
						claims = append(claims, c)
					}
				}
			}
		case "innocent":
			if x.ownInnocence(w) {
				return w, -1 // what the speaker is said to have done
			}
			if len(x.childrenWith(w, "cop")) > 0 {
				claims = x.childrenWith(w, "nsubj") // "the report was wrong": said of a claim, it calls it false
			}
		case "unrelated":
			// "had nothing to do with the attack": "nothing" the object
			// of "have", "do" on it, with an event, a claim or a pronoun
			// for one; what the speaker is said to have done (not
			// "nothing to do with the budget")
			if h := x.head(w); h >= 0 && x.baseRel(w) == "obj" && x.lemma(h) == "have" && slices.ContainsFunc(x.childrenWith(w, "acl", "xcomp"), x.doesWithEvent) {
				return w, -1
			}
		}
		use := refutationUses[x.lemma(w)]
		predicate := use == "false" || use == "true" || use == "innocent"
		for _, c := range claims {
			switch {
			case deniedNouns[x.lemma(c)] != "":
				return w, c
			case predicate && claimCarriers[x.lemma(c)]:
				// "said the post was fake": what the post claims
				return w, c
			case claimPronouns[x.lemma(c)]:
				if a := x.gerundAntecedent(w); a >= 0 && deniedNouns[x.lemma(a)] == "" {
					continue // "denounced the verdict, calling it politically motivated": no claim called false
				}
				return w, -1
			}
		}
	}
	return -1, -1
}

// gerundAntecedent is the object of the verb that gerund v hangs on,
// which a pronoun object of v stands for: "the verdict" in "France
// denounced the verdict, calling it politically motivated"; -1 where v
// is no such gerund or its verb has no noun object before it.
func (x *syntax) gerundAntecedent(v int) int {
	h := x.head(v)
	if h < 0 || x.rel(v) != "advcl" || x.tree.XPOS[v] != "VBG" || !x.isVerb(h) {
		return -1
	}
	for _, o := range x.childrenWith(h, "obj") {
		if o < v && x.pos(o) == "NOUN" {
			return o
		}
	}
	return -1
}

// doesWithEvent reports whether word c is a "do" whose "with" names an
// event by a noun trigger, a claim, or a pronoun that may stand for one:
// "to do with the attack", "to do with it".
func (x *syntax) doesWithEvent(c int) bool {
	if x.lemma(c) != "do" {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(c, "obl"), func(o int) bool {
		l := strings.ToLower(x.tree.Words[o])
		return x.caseOf(o) == "with" && (claimPronouns[l] || deniedNouns[x.lemma(o)] != "" || slices.ContainsFunc(triggers[l], func(t trigger) bool { return t.noun }))
	})
}

// innocentSubjects are the subjects by which speakers say they did no
// wrong: themselves, by a pronoun, or the one a lawyer speaks for ("his
// client had done nothing wrong").
var innocentSubjects = set("i he she we they client clients")

// ownInnocence reports whether word w says its subject, a pronoun, did no
// wrong: "she had done nothing wrong" (w "wrong", on "nothing", the object
// of "do"), "I am innocent" (w the predicate).
func (x *syntax) ownInnocence(w int) bool {
	pred := w
	if x.lemma(w) == "wrong" {
		// on "nothing", the object of "do", or on "do" beside it
		if pred = x.head(w); pred >= 0 && x.lemma(pred) == "nothing" && x.baseRel(pred) == "obj" {
			pred = x.head(pred)
		}
		if pred < 0 || x.lemma(pred) != "do" || !slices.ContainsFunc(x.childrenWith(pred, "obj"), func(c int) bool { return x.lemma(c) == "nothing" }) {
			return false
		}
	} else if x.negated(w) {
		return false // "not innocent"
	}
	return slices.ContainsFunc(x.childrenWith(pred, "nsubj"), func(c int) bool { return innocentSubjects[x.lemma(c)] })
}

// negated reports whether w has a negation among its dependents.
func (x *syntax) negated(w int) bool {
	for _, c := range x.childrenWith(w, "advmod", "neg", "det") {
		switch x.lemma(c) {
		case "not", "n't", "never", "no":
			return true
		}
	}
	return false
}

// callsFalse reports whether calling verb v names its object something
// false: "called the claims baseless", "described the report as a lie".
func (x *syntax) callsFalse(v int) bool {
	if x.labelledFalse(v) {
		return true
	}
	for c, h := range x.tree.Head {
		if refutationUses[x.lemma(c)] != "false" {
			continue
		}
		if h == v {
			switch x.baseRel(c) {
			case "obj", "xcomp", "obl", "advcl": // "called the report a smear" is read as obl:tmod too
				return true
			}
		}
		// "called the claims baseless", parsed with the word of falsity
		// on the object; "called the report fake news", on the noun
		// that says what the object is; "called the report \"a
		// fabrication\"", its quotation read as in apposition to it;
		// "called the claim \"ridiculous\"", as the object's complement
		// or its conjunct with no conjunction
		asConj := x.rel(c) == "conj" && len(x.childrenWith(c, "cc")) == 0
		// "branded the report a lie", the lie read as the report's
		// adverbial noun
		// "called the report \"fabricated\"", the quoted participle
		// read as modifying the object it follows
		participle := x.rel(c) == "acl" && x.pos(c) == "VERB"
		if h < 0 || x.head(h) != v || x.rel(c) != "amod" && x.rel(c) != "compound" && x.rel(c) != "appos" && x.rel(c) != "xcomp" && x.rel(c) != "nmod:npmod" && !asConj && !participle {
			continue
		}
		switch x.baseRel(h) {
		case "obj":
			// "the claims baseless"; "the report fake news", read as one
			// noun phrase with the claim before the word of falsity
			if c > h || slices.ContainsFunc(x.childrenWith(h, "compound"), func(n int) bool { return n < c && deniedNouns[x.lemma(n)] != "" }) {
				return true
			}
		case "xcomp", "obl", "advcl":
			return true
		}
	}
	return false
}

// labelledFalse reports whether a label calling verb v gives its object
// (labelsOf) is a word of falsity or is named by one, however the parse
// hangs the label: "called the claims a lie", the lie read as the claims'
// own object; "labelled the story a smear campaign", the smear a
// compound of the label.
func (x *syntax) labelledFalse(v int) bool {
	objs := x.childrenWith(v, "obj")
	if len(objs) == 0 {
		return false // "was called a lie": no claim called it
	}
	for _, p := range x.labelsOf(v, objs) {
		if refutationUses[x.lemma(p)] == "false" || slices.ContainsFunc(x.childrenWith(p, "amod", "compound"), func(a int) bool { return refutationUses[x.lemma(a)] == "false" }) {
			return true
		}
	}
	return false
}

// refute makes a denial of the event told where sentence si calls a claim
// false, unless a trigger there denies already: the verb that refuses the
// claim, a new event at it where it is no trigger and has its own subject
// ("the embassy called the report a fabrication"), else the speech that
// says so ("'These claims are baseless,' Varga told reporters").
func (d *doc) refute(si int, occ []occurrence) []occurrence {
	for k, o := range occ {
		if o.t.typ == "DENIAL" {
			if s := d.saidDenial(si, occ, k); s >= 0 {
				// "\"I deny that,\" Brenn said": the speaker's denial,
				// told by the verb that names the speaker
				occ[s].t.typ = "DENIAL"
				occ = slices.Delete(occ, k, k+1)
			}
			return d.claimLabelled(si, occ)
		}
	}
	answer := d.turns != nil && d.turns[si].speaker >= 0
	if len(occ) == 0 && !d.refutationCue(si, true) && !d.speechCue(si) && !answer {
		// with no trigger only a verb can tell a new event, its own or
		// one of speech for another: a sentence that merely says "false"
		// or "fake" is not parsed for it
		return occ
	}
	w, _ := d.refutation(si)
	if w < 0 {
		if k := d.quoteGoesOnToRefute(si, occ); k >= 0 {
			occ[k].t.typ = "DENIAL"
			return occ
		}
		return d.deniedForAnother(si, occ)
	}
	x := d.syntaxOf(si)
	for k, o := range occ {
		if x.trigger(o.i, o.n) == w {
			if o.t.court {
				return occ // "a judge dismissed the charges against Holm": the court's ruling, no one's denial
			}
			occ[k].t.typ = "DENIAL" // "dismissed them as lies"
			return occ
		}
	}
	if i := x.token(w); x.isVerb(w) && !d.toks[i].quoted && (ownSubject(x, w) || len(x.childrenWith(w, "obl:agent")) > 0) {
		return insertOccurrence(occ, occurrence{i, 1, trigger{words: []string{d.toks[i].lower}, typ: "DENIAL"}})
	}
	for k, o := range occ {
		if v := x.trigger(o.i, o.n); (o.t.speech || o.t.typ == "STATEMENT") && (x.dominates(v, w) || x.dominates(w, v)) {
			occ[k].t.typ = "DENIAL"
			return occ
		}
	}
	// "Holm's lawyer said the allegations were baseless": a verb of
	// speech whose subject speaks for someone names no speaker of a
	// statement, but tells that one's denial
	for v := range x.tree.Words {
		i := x.token(v)
		if !x.isVerb(v) || d.toks[i].quoted || !x.dominates(v, w) && !x.dominates(w, v) {
			continue
		}
		for _, t := range triggers[d.toks[i].lower] {
			if t.speech && len(t.words) == 1 && d.namedSpeaker(i, si, "DENIAL") {
				t.typ = "DENIAL"
				return insertOccurrence(occ, occurrence{i, 1, t})
			}
		}
	}
	if answer && len(occ) == 0 {
		// an interview's answer is its speaker's word: "A: That is
		// simply false." denies what was put to them (turnSpeakers
		// names who)
		i := x.token(w)
		return []occurrence{{i, 1, trigger{words: []string{d.toks[i].lower}, typ: "DENIAL"}}}
	}
	return occ
}

// saidDenial is the verb of speech among the occurrences of sentence si
// that names who speaks the denial at occurrence k, whose subject is the
// speaker's "I" or "we" ("\"We reject her criticism,\" Brenn said",
// "Brenn said: \"I deny that.\""): the verb of speech the denial's verb is
// told under, or that is told as an aside to it; -1 for none.
func (d *doc) saidDenial(si int, occ []occurrence, k int) int {
	x := d.syntaxOf(si)
	if x == nil {
		return -1
	}
	v := x.trigger(occ[k].i, occ[k].n)
	if v < 0 || ownSubject(x, v) || len(x.childrenWith(v, "nsubj")) == 0 {
		return -1
	}
	for s, o := range occ {
		// a verb of speech, or a phrase of one ("\"I deny that,\" Brenn
		// told reporters", "... said in a statement")
		if s == k || !o.t.speech && (o.t.typ != "STATEMENT" || o.t.noun) || d.toks[o.i].quoted {
			continue
		}
		// the tag after the quotation, however the parse hangs it: "\"I
		// deny that,\" Brenn said" read as "deny that Brenn said"
		if w := x.trigger(o.i, o.n); w >= 0 && d.tellsQuote(x, v, w, occ[k].i, o.i) {
			return s
		}
	}
	return -1
}

// quotedSpeakers gives a support or a criticism told in a quotation,
// whose subject is the speaker's "I" or "we" and that names no one else
// as its agent, the speaker that the verb of speech tagging the quotation
// names, as saidDenial does for a denial: in "\"We condemn this attack,\"
// the ministry said" the ministry condemns it, and in "Dorn said: \"I
// back Holm.\"" Dorn backs her. An interview's answers have their own
// speaker (turnSpeakers).
func (d *doc) quotedSpeakers() {
	for _, ev := range d.events {
		if ev.dropped || ev.noun || !stanceTypes[ev.typ] || d.agentOf(ev) >= 0 {
			continue
		}
		x, v := d.eventTree(ev)
		if v < 0 || ownSubject(x, v) || len(x.childrenWith(v, "nsubj")) == 0 {
			continue
		}
		tag := d.quoteTag(ev, x, v)
		if tag == nil {
			tag = d.tagAfterQuoteGoesOn(ev)
		}
		if tag == nil {
			continue
		}
		if a := d.agentOf(tag); a >= 0 && !ev.has(a) {
			ev.parts = append(ev.parts, part{a, "agent"})
		}
	}
}

// quoteTag is the statement whose verb of speech, in the sentence of
// event ev (at word v of tree x), tells the quotation ev is told in, or
// nil.
func (d *doc) quoteTag(ev *event, x *syntax, v int) *event {
	for _, o := range d.evSent[ev.sent] {
		if o == ev || !d.tagsQuote(o) {
			continue
		}
		if w := x.trigger(o.trig[0], o.trig[1]-o.trig[0]); w >= 0 && w != v && d.tellsQuote(x, v, w, ev.trig[0], o.trig[0]) {
			return o
		}
	}
	return nil
}

// tagsQuote reports an event that may tag a quotation: a verb of speech,
// or a statement's verb phrase, outside the quotation.
func (d *doc) tagsQuote(o *event) bool {
	return !o.dropped && (o.speech || o.typ == "STATEMENT" && !o.noun) && !d.toks[o.trig[0]].quoted
}

// tagAfterQuoteGoesOn is the statement that tags, in the next sentence,
// the quotation event ev is told in, where the quotation goes on into
// that sentence and closes before the tag: in "\"I back Tomas. He is the
// right man,\" Kress said", Kress backs Tomas. It is nil where the
// quotation closes in ev's own sentence.
func (d *doc) tagAfterQuoteGoesOn(ev *event) *event {
	if !d.quoteGoesOn(ev.sent, ev.trig[0]) {
		return nil
	}
	next := d.sents[ev.sent+1]
	for _, o := range d.evSent[ev.sent+1] {
		if d.tagsQuote(o) && d.quoteClosesBetween(next.first, o.trig[0]) {
			return o
		}
	}
	return nil
}

// quoteGoesOn reports whether quoted token i of sentence si is in a
// quotation that stays open to the sentence's end and goes on into the
// next sentence.
func (d *doc) quoteGoesOn(si, i int) bool {
	if si+1 >= len(d.sents) {
		return false
	}
	for k := i; k < d.sents[si].last; k++ {
		if !d.toks[k].quoted || closingQuotes[quoteMark(d.toks, k)] {
			return false
		}
	}
	return d.toks[d.sents[si+1].first].quoted
}

// tellsQuote reports whether the verb of speech at word w (token j) tells
// the quoted verb at word v (token i) as its speaker's words: v is told
// under w, or w is told as an aside to v, however the parse hangs the tag
// after the quotation ("\"I deny that,\" Brenn said" read as "deny that
// Brenn said").
func (d *doc) tellsQuote(x *syntax, v, w, i, j int) bool {
	return x.dominates(w, v) || x.dominates(v, w) && (x.rel(w) == "parataxis" || d.quoteClosesBetween(i, j))
}

// quoteClosesBetween reports whether a quotation mark stands between
// tokens i and j, i before j: the words at i quoted, those at j not.
func (d *doc) quoteClosesBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if closingQuotes[quoteMark(d.toks, k)] {
			return true
		}
	}
	return false
}

// claimLabelled drops from the occurrences of sentence si, which has a
// denial, a criticism told by a verb of calling that calls a claim false:
// in "Norland rejected the accusation, calling it \"absurd\"" and "Dorn
// denied the report and called it a lie" the calling is the denial's own
// word on the claim, no fault found with anyone ("calling the Herald a
// disgrace" still criticises the Herald).
func (d *doc) claimLabelled(si int, occ []occurrence) []occurrence {
	x := d.syntaxOf(si)
	if x == nil {
		return occ
	}
	return slices.DeleteFunc(occ, func(o occurrence) bool {
		if !o.t.label || o.t.typ != "CRITICISM" {
			return false
		}
		v := x.trigger(o.i, o.n)
		if v < 0 || refutationUses[x.lemma(v)] != "call" || !x.callsFalse(v) {
			return false
		}
		return slices.ContainsFunc(x.childrenWith(v, "obj"), func(c int) bool {
			return claimPronouns[x.lemma(c)] || deniedNouns[x.lemma(c)] != ""
		})
	})
}

// quoteGoesOnToRefute finds the verb of speech of sentence si that
// closes a quotation which the next sentence, a quotation with no speaker
// of its own, goes on with to call a claim false: in "“I never met
// him,” Holm told reporters. “The report is a lie.”" Holm's
// words are her denial. It returns the verb's occurrence, or -1.
func (d *doc) quoteGoesOnToRefute(si int, occ []occurrence) int {
	if si+1 >= len(d.sents) || d.speechCue(si+1) {
		return -1
	}
	next := &d.sents[si+1]
	if next.first >= next.last || !openingQuotes[quoteMark(d.toks, next.first)] {
		return -1
	}
	s := &d.sents[si]
	for k, o := range occ {
		if !o.t.speech && o.t.typ != "STATEMENT" || d.toks[o.i].quoted {
			continue
		}
		// the quotation closes before the verb: "“…,” Holm said"
		closed := false
		for i := s.first; i < o.i; i++ {
			closed = closed || closingQuotes[quoteMark(d.toks, i)]
		}
		if !closed {
			continue
		}
		if w, _ := d.refutation(si + 1); w >= 0 {
			return k
		}
		return -1
	}
	return -1
}

// openingQuotes and closingQuotes are the marks that open and close a
// quotation, straight ones both.
var (
	openingQuotes = set("“ \" `` «")
	closingQuotes = set("” \" '' »")
)

// deniedForAnother reads a verb of speech that names no speaker of a
// statement, but one who speaks for someone, as that one's denial where
// it reports a negated clause about them: "The MP's office said he had
// never met the diplomat", "Her lawyer said her client had never accepted
// any money". It is kept only where the act was alleged of them before
// (denialsByNegation).
func (d *doc) deniedForAnother(si int, occ []occurrence) []occurrence {
	x := d.syntaxOf(si)
	if x == nil {
		return occ
	}
	for v := range x.tree.Words {
		i := x.token(v)
		if !x.isVerb(v) || d.toks[i].quoted || slices.ContainsFunc(occ, func(o occurrence) bool { return o.i <= i && i < o.i+o.n }) {
			continue
		}
		// the one spoken for, by a pronoun or by name: "Her lawyer said
		// she had never …", "Brandt's lawyer said Brandt had never …",
		// "Iran's embassy said Tehran had never …"
		var spokenFor []int
		for _, s := range x.childrenWith(v, "nsubj") {
			for _, e := range d.entsAt(si, x, s, "DENIAL") {
				spokenFor = append(spokenFor, e)
				if st := d.bodysState(e); st >= 0 {
					spokenFor = append(spokenFor, st)
				}
			}
		}
		negated := slices.ContainsFunc(x.childrenWith(v, "ccomp"), func(c int) bool {
			return x.negated(c) && x.isVerb(c) && slices.ContainsFunc(x.childrenWith(c, "nsubj"), func(s int) bool {
				return innocentSubjects[x.lemma(s)] || slices.ContainsFunc(d.entsAt(si, x, s, "STATEMENT"), func(e int) bool { return slices.Contains(spokenFor, e) })
			})
		})
		if !negated {
			continue
		}
		for _, t := range triggers[d.toks[i].lower] {
			if t.speech && len(t.words) == 1 && !d.namedSpeaker(i, si, "STATEMENT") && d.namedSpeaker(i, si, "DENIAL") {
				t.typ, t.unsaid = "DENIAL", true
				return insertOccurrence(occ, occurrence{i, 1, t})
			}
		}
	}
	return occ
}

// insertOccurrence inserts o among occ in the order of their tokens.
func insertOccurrence(occ []occurrence, o occurrence) []occurrence {
	k := 0
	for k < len(occ) && occ[k].i < o.i {
		k++
	}
	return slices.Insert(occ, k, o)
}

// firstPersonSubjects are the lemmas by which a quotation's speaker is its
// verbs' subject.
var firstPersonSubjects = set("i we")

// ownSubject reports whether verb w names who does it, other than the
// speaker's "I" or "we".
func ownSubject(x *syntax, w int) bool {
	for _, c := range x.childrenWith(w, "nsubj") {
		if !firstPersonSubjects[x.lemma(c)] {
			return true
		}
	}
	return false
}
