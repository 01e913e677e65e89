package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// turnLabels are the labels that open an interview's turns by role
// (data/words/turn_labels.tsv): "asks" or "answers".
var turnLabels = wordTable("turn_labels.tsv", "asks", "answers")

// firstPersonWords and secondPersonWords are the pronouns by which the one
// who speaks a turn, and the one a question is put to, are referred to.
var (
	firstPersonWords  = set("i me my myself")
	secondPersonWords = set("you your yourself")
)

// questionWords open a question, direct or put as a clause ("why you
// resigned"), with whetherWords those that open only a clause.
var (
	questionWords = set("why what when where how who whom whose which")
	whetherWords  = set("whether if")
)

// turn is a sentence's place in an interview or transcript: the person who
// speaks it, and whether it asks a question of addressee.
type turn struct {
	speaker, addressee int // entities, -1 for none
	asks               bool
}

// interviewTurns reads the turns of an interview or a transcript, whose
// paragraphs open with a speaker's label and a colon ("Q: …", "Dorn: …",
// "PRIME MINISTER: …"), and gives each sentence of a turn, from its label
// to the next, its speaker: the person a label names (by name, or by the
// title the article gives that person), the one interviewed for an
// answer's "A" (the one the article names most before it), none for a
// question's "Q". A
// question's addressee is the speaker of the answer after it. It is nil
// for an article with fewer than two turns a speaker is known for, or
// with no question asked: a colon after a name in a lone paragraph is a
// heading, not a turn.
func (d *doc) interviewTurns() []turn {
	type labelled struct {
		sent, para, speaker int
		asks                bool
	}
	var turns []labelled
	interviewee := -1
	// answerer is who answers at sentence si, a turn labelled "A" or set
	// off by a dash alone: the one the article's lead names, not whom the
	// questions before the first answer do
	answerer := func(si int) int {
		if interviewee < 0 {
			opening := si
			if len(turns) > 0 {
				opening = turns[0].sent
			}
			if interviewee = d.interviewee(opening); interviewee < 0 {
				interviewee = d.interviewee(si)
			}
		}
		return interviewee
	}
	for si := range d.sents {
		s := &d.sents[si]
		if si > 0 && d.sents[si-1].para == s.para {
			continue
		}
		c := d.labelEnd(si)
		if c < 0 {
			if d.dashTurn(si) {
				// "— Did you meet him? — Never.": a transcript that
				// sets its turns off by dashes alone, the questions
				// asking, the other turns the interviewee's
				asks := d.paraAsks(si)
				if asks {
					turns = append(turns, labelled{si, s.para, -1, true})
				} else {
					turns = append(turns, labelled{si, s.para, answerer(si), false})
				}
			}
			continue
		}
		first := s.first
		for first < c && d.toks[first].kind != tokWord {
			first++ // "**Dorn:**", "- Q:": the marks that set a label off
		}
		end := c
		if k := slices.IndexFunc(d.toks[first:c], func(t token) bool { return t.text == "(" }); k > 0 {
			end = first + k // "REPORTER (Ana Liufau, Pacific Wave Radio):"
		}
		if first == end || end-first > 3 {
			continue
		}
		switch turnLabels[d.toks[first].lower] {
		case "asks":
			turns = append(turns, labelled{si, s.para, -1, true})
			continue
		case "answers":
			if end == first+1 {
				turns = append(turns, labelled{si, s.para, answerer(si), false})
				continue
			}
		}
		if p := d.labelledSpeaker(si, first, end); p >= 0 {
			turns = append(turns, labelled{si, s.para, p, false})
		}
	}
	answered := 0
	asked := false
	for _, t := range turns {
		if t.speaker >= 0 {
			answered++
		}
		asked = asked || t.asks
	}
	if answered < 2 || !asked {
		return nil
	}
	byPara := map[int]turn{}
	for k, t := range turns {
		tu := turn{speaker: t.speaker, addressee: -1, asks: t.asks}
		if t.asks {
			tu.speaker = -1
			for _, n := range turns[k+1:] {
				if !n.asks {
					tu.addressee = n.speaker
					break
				}
			}
		}
		byPara[t.para] = tu
	}
	// a turn goes on through the paragraphs after its label, up to the
	// next label: a speaker's opening remarks run over several
	out := make([]turn, len(d.sents))
	cur := turn{speaker: -1, addressee: -1}
	for si := range d.sents {
		if t, ok := byPara[d.sents[si].para]; ok {
			cur = t
		}
		out[si] = cur
	}
	return out
}

// labelEnd is the token that closes the label opening sentence si, a
// turn of an interview: the colon after "Q:" or "Dorn:", or the bracket
// around a label of one to three words, "(Q)", "[A]"; -1 for none.
func (d *doc) labelEnd(si int) int {
	if c := d.leadColon(si); c >= 0 {
		return c
	}
	s := &d.sents[si]
	if si > 0 && d.sents[si-1].para == s.para || s.first >= s.last {
		return -1
	}
	closing := map[string]string{"(": ")", "[": "]"}[d.toks[s.first].text]
	if closing == "" {
		return -1
	}
	for k := s.first + 1; k < s.last-1 && k <= s.first+4; k++ {
		switch {
		case d.toks[k].text == closing:
			if k == s.first+1 {
				return -1
			}
			return k
		case d.toks[k].kind != tokWord:
			return -1
		}
	}
	return -1
}

// turnDashes are the dashes that open a transcript's turns.
var turnDashes = set("— – --")

// dashTurn reports whether sentence si opens a paragraph with a dash and
// words after it, as a transcript's turn set off by a dash alone does.
func (d *doc) dashTurn(si int) bool {
	s := &d.sents[si]
	return (si == 0 || d.sents[si-1].para != s.para) && s.first+1 < s.last && turnDashes[d.toks[s.first].text]
}

// paraAsks reports whether the paragraph sentence si opens asks: one of
// its sentences ends with a question mark.
func (d *doc) paraAsks(si int) bool {
	for k := si; k < len(d.sents) && d.sents[k].para == d.sents[si].para; k++ {
		if s := &d.sents[k]; s.last > s.first && d.toks[s.last-1].text == "?" {
			return true
		}
	}
	return false
}

// interviewee is the person an interview's "A" answers for: the one the
// paragraphs before sentence si name most often, the first named of
// those; or -1. "In an interview with the Courier's Mira Holt, Ivo Dorn
// said … Dorn, 54, …" is Dorn's. The headline counts only where the
// text before si names no one: it may name whom the answers are about
// ("Orlov ties: the transcript") before the text names who gives them.
func (d *doc) interviewee(si int) int {
	if p := d.mostNamedBefore(si, false); p >= 0 {
		return p
	}
	return d.mostNamedBefore(si, true)
}

// mostNamedBefore is the person the sentences before si name most often,
// the first named of those, counting the headline's only with headlines;
// or -1.
func (d *doc) mostNamedBefore(si int, headlines bool) int {
	count := map[int]int{}
	best := -1
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.sent >= si || !m.named() || m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson || d.sents[m.sent].headline && !headlines {
			continue
		}
		count[m.ent]++
		if best < 0 || count[m.ent] > count[best] {
			best = m.ent
		}
	}
	return best
}

// labelledSpeaker is the person the label in tokens [first, end) of
// sentence si names: a person named by the label ("Dorn:"), the one
// named in full whose surname it is in capitals ("ASHWORTH:"), or the one
// the article gives its words as a title right before a name ("PRIME
// MINISTER:" after "Prime Minister Joanna Whitcombe"); else -1.
func (d *doc) labelledSpeaker(si, first, end int) int {
	var words []string
	for _, t := range d.toks[first:end] {
		if t.kind == tokWord {
			words = append(words, t.lower)
		}
	}
	if p := d.namedInFull(words...); p >= 0 {
		// a surname alone, or a name in full, which an all-capitals
		// label may have had read as a person of its own or as an
		// acronym ("DORN:", "IVO DORN:")
		return p
	}
	for _, mi := range d.sentMents[si] {
		// the person a label names, after a title or an honorific of
		// theirs ("PRESIDENT DORN:", "Mr. Dorn:")
		if m := &d.ments[mi]; m.first >= first && m.last == end && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
			return m.ent
		}
	}
	// the label's words as a title, right before a person's name
	n := end - first
	for i := 0; i+n < len(d.toks); i++ {
		if i == first {
			continue
		}
		same := true
		for k := 0; k < n && same; k++ {
			same = d.toks[i+k].lower == d.toks[first+k].lower
		}
		if !same {
			continue
		}
		for _, mi := range d.sentMents[d.sentOf(i+n)] {
			m := &d.ments[mi]
			if m.first == i+n && m.named() && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
				return m.ent
			}
		}
	}
	return -1
}

// namedInFull is the person named in full whose name ends in the words
// of a label (lowercase: a surname, or the name in full), or -1.
func (d *doc) namedInFull(label ...string) int {
	if len(label) == 0 {
		return -1
	}
	for ei, e := range d.ents {
		if e.kind != polgraph.KindPerson {
			continue
		}
		f := strings.Fields(strings.ToLower(e.name))
		if len(f) > 1 && len(f) >= len(label) && slices.Equal(f[len(f)-len(label):], label) {
			return ei
		}
	}
	return -1
}

// turnPerson is the person pronoun w (lowercase) stands for in sentence
// si of an interview: its speaker for "I", "me", "my"; the one a question
// is put to for "you"; else -1.
func (d *doc) turnPerson(si int, w string) int {
	switch {
	case d.turns == nil:
		return -1
	case firstPersonWords[w]:
		return d.turns[si].speaker
	case secondPersonWords[w]:
		return d.turns[si].addressee
	}
	return -1
}

// turnVoice is the person who says "I" or the one who is "you" at token
// i of sentence si, an interview's turn: its speaker, or the one its
// question is put to; or -1, also for words quoted in a turn.
func (d *doc) turnVoice(si, i int) int {
	if d.turns == nil || d.toks[i].quoted {
		return -1
	}
	if t := d.turns[si]; t.asks {
		return t.addressee
	}
	return d.turns[si].speaker
}

// turnSpeakers gives a denial or a statement told in an interview's answer
// with no one named as its agent the answer's speaker: "A: That is simply
// false." is the interviewee's denial.
func (d *doc) turnSpeakers() {
	if d.turns == nil {
		return
	}
	spoke := map[int]bool{}
	for _, ev := range d.events {
		if p := d.turns[ev.sent].speaker; p >= 0 && (ev.typ == "DENIAL" || ev.typ == "STATEMENT") && d.agentOf(ev) < 0 {
			ev.parts = append(ev.parts, part{p, "agent"})
		}
		if ev.typ == "DENIAL" || ev.typ == "STATEMENT" {
			spoke[d.agentOf(ev)] = true
		}
	}
	// a speaker's turns are a statement of theirs, told by the label
	// that opens the first: "ASHWORTH: Just that none of this …"
	for si, t := range d.turns {
		p := t.speaker
		if p < 0 || spoke[p] || si > 0 && d.turns[si-1] == t && d.sents[si-1].para == d.sents[si].para {
			continue
		}
		spoke[p] = true
		s := &d.sents[si]
		ev := &event{typ: "STATEMENT", sent: si, trig: [2]int{s.first, s.first + 1}, status: polgraph.StatusAsserted, parts: []part{{p, "agent"}}}
		d.events = append(d.events, ev)
		d.evSent[si] = append(d.evSent[si], ev)
	}
}

// askedUnmarked reports a sentence of an interview's question that asks
// though it ends with no question mark, as questions typed in haste or
// spoken in a transcript do: "Q: Did you meet the ambassador in March",
// "Why did you sack your deputy", "What happened then", "Tell us why
// you resigned". Its words tell what the one asking wants to know, not
// what happened; "Senator, you were expelled last week." still tells.
func (d *doc) askedUnmarked(si int) bool {
	if d.turns == nil || !d.turns[si].asks {
		return false
	}
	x := d.syntaxOf(si)
	if x == nil {
		return false
	}
	from := 0 // the first word after the turn's label
	if c := d.labelEnd(si); c >= 0 {
		if w := x.at(c); w >= 0 {
			from = w + 1
		}
	}
	for w := from; w < len(x.tree.Words); w++ {
		// the sentence's own clause, not one set in it: the label may
		// have been read as the root the clause hangs on
		main := func(h int) bool { return h >= 0 && (x.rel(h) == "root" || x.head(h) < from) }
		if questionWords[x.lemma(w)] {
			// "Why did you …", "What happened then", "Which envoy did
			// you meet"; not the "when" that opens a clause of time:
			// "When you were minister, you met …"
			h := x.head(w)
			return main(h) || x.rel(w) == "det" && main(x.head(h))
		}
		switch x.rel(w) {
		case "punct", "vocative", "discourse", "cc", "advmod":
			continue // "Senator, did you …", "So why did you …"
		}
		v := x.head(w)
		switch x.baseRel(w) {
		case "aux", "cop":
			// the verb's helper before its subject: "Did you meet …",
			// "Is it true that …", "Have you ever met …"
			for _, c := range x.childrenWith(v, "nsubj", "nsubj:pass", "expl") {
				if c > w {
					return true
				}
			}
		default:
			// a bidding that asks: "Tell us why you resigned"
			if main(w) && x.tree.XPOS[w] == "VB" && len(x.childrenWith(w, "nsubj")) == 0 {
				for _, c := range x.childrenWith(w, "ccomp", "xcomp", "advcl") {
					if x.asksOpening(c) {
						return true
					}
				}
			}
		}
		return false
	}
	return false
}

// asksOpening reports whether clause c opens with a question word or
// "whether": "why you resigned", "what happened", "whether you knew".
func (x *syntax) asksOpening(c int) bool {
	for w := range c {
		if x.head(w) == c || x.head(w) >= 0 && x.head(x.head(w)) == c && x.baseRel(x.head(w)) == "nsubj" {
			l := x.lemma(w)
			return questionWords[l] || whetherWords[l] && x.rel(w) == "mark"
		}
	}
	return false
}
