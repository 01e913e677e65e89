package extract

import (
	"slices"
	"strings"
)

// pressedToAct reports whether the verb of pressure at tokens [i, i+n)
// of sentence si presses someone to act: it has an object, or a passive
// subject, and a to-infinitive ("pressed Russia to agree to a
// ceasefire", "was pushed to resign"; not "pressed the button", "pushed
// the bill through parliament", "pushed prices to a record"). An active
// verb's subject names who presses ("Holm pressed ..."): what unnamed
// colleagues or an office press for ("her colleagues begged her to
// stay") is told as the one pressed's story, no request of the record.
func (d *doc) pressedToAct(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 || len(x.childrenWith(v, "obj", "nsubj:pass")) == 0 {
		return false
	}
	if !slices.ContainsFunc(x.childrenWith(v, "xcomp", "advcl", "ccomp"), func(c int) bool {
		return x.markOf(c) == "to" && x.isVerb(c)
	}) {
		return false
	}
	subj, passive, _ := x.subjectOf(v, 0)
	return passive || slices.ContainsFunc(subj, func(w int) bool { return len(d.entsAt(si, x, w, "REQUEST")) > 0 })
}

// stanceTaken reports whether the parse reads the trigger at tokens
// [i, i+n) of sentence si as a verb of stance done to something, an
// object or a passive subject, by or to someone: its own subject names
// someone or is a quotation's speaker ("we"), or its object names someone
// ("I back Tomas", "we welcome the ruling", "the bill is supported by
// Holm"). Not "came back" or "support payments", where the word is no
// verb, nor "back down", done to nothing, nor "material to support an
// indictment", a stance of no one on no one, nor a stance denied ("we
// do not back the bill").
func (d *doc) stanceTaken(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	objs := x.childrenWith(v, "obj", "nsubj:pass")
	if len(objs) == 0 || x.negated(v) || x.noLonger(v) {
		return false // "we do not support the bill", "can no longer support a budget": no stance taken
	}
	// the verb's own subject, or a present participle's host's (who hits
	// back "welcoming the ruling", who issues a statement "welcoming the
	// ceasefire"): an infinitive's shared one may be of another act ("he
	// amassed enough material to support an indictment")
	subjects := x.childrenWith(v, "nsubj")
	if len(subjects) == 0 && x.presentParticipleOnHost(v) {
		subjects, _, _ = x.subjectOf(v, 0)
	}
	someone := func(w int) bool { return len(d.entsAt(si, x, w, "SUPPORT")) > 0 }
	return slices.ContainsFunc(subjects, func(w int) bool { return firstPersonSubjects[x.lemma(w)] || someone(w) }) || slices.ContainsFunc(objs, someone)
}

// presentParticipleOnHost reports a present participle v set on a clause
// or a noun, which tells an act of the clause's subject or the noun's
// ("Holm hit back, welcoming the ruling", "a statement welcoming the
// ceasefire"), not an infinitive or a complement, whose subject may do
// another act.
func (x *syntax) presentParticipleOnHost(v int) bool {
	return x.tree.XPOS[v] == "VBG" && (x.rel(v) == "advcl" || x.rel(v) == "acl")
}

// noLonger reports a verb that "no longer" or "no more" denies: its
// adverb has a "no" of its own.
func (x *syntax) noLonger(v int) bool {
	return slices.ContainsFunc(x.childrenWith(v, "advmod"), func(a int) bool {
		return slices.ContainsFunc(x.childrenWith(a, "advmod", "det", "neg"), func(n int) bool { return x.lemma(n) == "no" })
	})
}

// threatensAct reports whether the verb of threatening at tokens [i, i+n)
// of sentence si threatens an act: it has a to-infinitive ("threatened to
// expel the envoys"), a clause ("threatened that it would walk out") or a
// "with" phrase ("threatened Norland with sanctions"); not "threatened the
// town", "threatens Europe's security".
func (d *doc) threatensAct(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(v, "xcomp", "advcl", "ccomp", "obl"), func(c int) bool {
		switch x.baseRel(c) {
		case "obl":
			return x.caseOf(c) == "with"
		case "ccomp":
			return true
		}
		return x.markOf(c) == "to" && x.isVerb(c)
	})
}

// refusedCallNouns name a call on someone to act (data/words/refused_call_nouns.txt).
var refusedCallNouns = wordSet("refused_call_nouns.txt")

// refusingVerbs refuse a call on their subject to act (data/words/refusing_verbs.txt).
var refusingVerbs = wordSet("refusing_verbs.txt")

// refusedCalls makes a request of a call its object's verb refuses: in
// "Holm rejected calls to resign" or "Brill dismissed calls for his
// resignation", the calls are a request made of Holm, of Brill, whoever
// made them; the refusal itself is no event of the contract's, nor a
// criticism. The call must ask for an act: an infinitive, a "for" phrase
// or a "that" clause on it ("rejected the call" alone may be a phone's).
func (d *doc) refusedCalls(si int, occ []occurrence) []occurrence {
	s := &d.sents[si]
	if !slices.ContainsFunc(d.toks[s.first:s.last], func(t token) bool { return refusedCallNouns[t.lower] }) {
		return occ
	}
	x := d.syntaxOf(si)
	if x == nil {
		return occ
	}
	for n := range x.tree.Words {
		i := x.token(n)
		if !refusedCallNouns[d.toks[i].lower] || x.pos(n) != "NOUN" || x.baseRel(n) != "obj" {
			continue
		}
		v := x.head(n)
		if v < 0 || !x.isVerb(v) || refutationUses[x.lemma(v)] != "refuse" && !refusingVerbs[x.lemma(v)] || !x.asksAct(n) {
			continue
		}
		// the refusal is no criticism, nor a denial of a claim
		occ = slices.DeleteFunc(occ, func(o occurrence) bool { return x.trigger(o.i, o.n) == v })
		if slices.ContainsFunc(occ, func(o occurrence) bool { return o.i <= i && i < o.i+o.n }) {
			continue // "dismissed calls for him to quit": read as a request already
		}
		occ = insertOccurrence(occ, occurrence{i, 1, trigger{words: []string{d.toks[i].lower}, typ: "REQUEST", noun: true}})
	}
	return occ
}

// asksAct reports whether call noun n asks for an act: "calls to resign",
// "calls for his resignation", "demands that he step down".
func (x *syntax) asksAct(n int) bool {
	for _, c := range x.childrenWith(n, "acl", "acl:relcl", "ccomp", "nmod") {
		switch {
		case x.rel(c) == "nmod" && x.caseOf(c) == "for":
			return true
		case x.isVerb(c) && (x.marked(c, "to") || x.marked(c, "that")):
			return true
		}
	}
	// "rejected calls to resign", "refused demands from protesters that
	// he step down": the clause read as the verb's, after the noun
	v := x.head(n)
	return v >= 0 && slices.ContainsFunc(x.childrenWith(v, "xcomp", "advcl", "ccomp"), func(c int) bool {
		return c > n && x.isVerb(c) && (x.marked(c, "to") || x.marked(c, "that"))
	})
}

// callRefusal is the tree of request ev's sentence and the verb that
// refuses it, where it is a call that verb takes as its object ("rejected
// calls to resign"); the verb is -1 for none.
func (d *doc) callRefusal(ev *event) (*syntax, int) {
	if ev.typ != "REQUEST" || !refusedCallNouns[d.toks[ev.trig[0]].lower] {
		return nil, -1
	}
	x, n := d.eventTree(ev)
	if n < 0 || x.baseRel(n) != "obj" {
		return nil, -1
	}
	v := x.head(n)
	if v < 0 || refutationUses[x.lemma(v)] != "refuse" && !refusingVerbs[x.lemma(v)] {
		return nil, -1
	}
	return x, v
}

// refusedCallRoles makes the one who refuses a call the one it was made
// of: "Holm rejected calls to resign" is a request of Holm's
// participation, not one Holm made.
func (d *doc) refusedCallRoles() {
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		x, v := d.callRefusal(ev)
		if v < 0 {
			continue
		}
		var asked, callers []int
		for _, s := range x.childrenWith(v, "nsubj") {
			asked = append(asked, d.entsAt(ev.sent, x, s, "REQUEST")...)
		}
		// who called: "calls from the Kremlin", "a call by the
		// opposition", on the noun or, as the parse may hang it, on the
		// verb right after the noun
		n := x.eventWord(ev)
		for _, c := range append(x.childrenWith(n, "nmod"), x.childrenWith(v, "obl")...) {
			if cs := x.caseOf(c); (cs == "from" || cs == "by") && (x.head(c) == n || c > n && c <= n+4) {
				callers = append(callers, d.entsAt(ev.sent, x, c, "REQUEST")...)
			}
		}
		for _, e := range callers {
			if !slices.Contains(asked, e) {
				ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool { return p.ent == e })
				ev.parts = append(ev.parts, part{e, "agent"})
			}
		}
		for _, e := range asked {
			ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool { return p.ent == e })
			ev.parts = append(ev.parts, part{e, "participant"})
		}
	}
}

// anonymityNouns are what a source asks for so as not to be named
// (data/words/anonymity_nouns.txt).
var anonymityNouns = wordSet("anonymity_nouns.txt")

// asksAnonymity reports a request verb at token i whose object is
// anonymity ("an official, who requested anonymity, said", "asked for
// confidentiality"): how an unnamed source speaks, no request.
func (d *doc) asksAnonymity(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(w, "obj", "obl"), func(c int) bool {
		return anonymityNouns[strings.ToLower(x.lemma(c))]
	})
}
