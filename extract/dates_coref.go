package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/polgraph/polgraph"
)

// Dates an event takes from another mention: an earlier one of the same act, the
// lead, an act told as earlier.

// corefEvent is an earlier dated event of the same type that shares a
// patient (or, without patients, an agent) with event i: the same event told again.
func (d *doc) corefEvent(i int) *event {
	ev := d.events[i]
	key := d.coreParts(ev)
	if len(key) == 0 {
		return nil
	}
	for j := i - 1; j >= 0 && j >= i-corefWindow; j-- {
		o := d.events[j]
		if o.typ != ev.typ || o.date == "" || ev.typ == "LEGAL_ACTION" && !d.sameStage(o, ev) {
			continue
		}
		for _, e := range d.coreParts(o) {
			if slices.Contains(key, e) {
				return o
			}
		}
	}
	return nil
}

// sameStage reports whether two legal actions are told by the same verb
// ("charged" twice) or one is a noun of no other step of the case
// (legalStages): being charged and being sentenced are two steps of a
// case, not one event told again; so are an extradition and the sentence
// it follows.
func (d *doc) sameStage(a, b *event) bool {
	wa, wb := d.toks[a.trig[0]].lower, d.toks[b.trig[0]].lower
	if a.noun || b.noun {
		sa, sb := legalStages[wa], legalStages[wb]
		return sa == "" || sb == "" || sa == sb
	}
	return wa[:min(4, len(wa))] == wb[:min(4, len(wb))]
}

// stagesApart reports two legal actions told by the words of two steps
// of a case ("ordered the extradition of Dorn to Moldova, where he was
// sentenced in absentia"): a noun of one step names no verb of another.
func (d *doc) stagesApart(a, b *event) bool {
	return a.typ == "LEGAL_ACTION" && b.typ == "LEGAL_ACTION" && !d.sameStage(a, b)
}

// legalStages are the steps of a case by the words that tell them
// (data/words/legal_stages.tsv).
var legalStages = wordTable("legal_stages.tsv")

// corefWindow is how many events back a retelling of an event is looked
// for; it keeps long articles linear.
const corefWindow = 100

// coreParts are the patients of an event: who is arrested or freed names
// the event; a source or agent alone does not (an outlet reports often).
func (d *doc) coreParts(ev *event) []int {
	var pat []int
	for _, p := range ev.parts {
		switch p.role {
		case "patient":
			pat = append(pat, p.ent)
		case "place":
			if ev.typ == "ATTACK" {
				pat = append(pat, p.ent)
			}
		}
	}
	return pat
}

// leadTime is the first dated time of the two sentences after the lead
// sentence that tells event ev, where it tells ev again.
func (d *doc) leadTime(ev *event) string {
	si := ev.sent
	for k := si - 1; k >= 0 && k >= si-2; k-- { // "OSLO, March 3 (Reuters) -"
		if d.sents[k].dateline {
			for _, t := range d.timesOf(k) {
				if _, p := eventDate(t.value); p == polgraph.PrecisionDay {
					return t.value
				}
			}
		}
	}
	if d.dayGivenBefore(si) {
		// "X told reporters on Tuesday that... At a joint news conference
		// X urged NATO to act.": the story's day is already given; a day
		// named later tells what came after
		return ""
	}
	// the lead's news is recent: a day or a month dates it, a bare year
	// in the next sentences is background ("joined the party in 2010"),
	// as is a month years back ("In March 2021 X was elected")
	for k := si + 1; k < len(d.sents) && k <= si+2; k++ {
		if d.sents[k].dateline {
			break // a round-up's next story, filed from elsewhere
		}
		for _, t := range d.timesOf(k) {
			if _, p := eventDate(t.value); p == polgraph.PrecisionDay || p == polgraph.PrecisionMonth && d.recentMonth(t.value) {
				if d.wishedAt(k, t) {
					// "It called on members to walk out on Monday": the day
					// set for the strike; nor is a time after it the lead's
					return ""
				}
				if d.datesOtherAct(ev, k, t.value) || d.othersActAt(ev, k, t) {
					// "He was arrested by police. Ana Holm was charged on
					// Tuesday.": the story has moved on to another act
					return ""
				}
				return t.value
			}
		}
	}
	return ""
}

// dayGivenBefore reports whether a sentence of sentence si's paragraph
// before it names a day: the story's day, which a day the next sentences
// name does not replace.
func (d *doc) dayGivenBefore(si int) bool {
	for k := si - 1; k >= 0 && d.sents[k].para == d.sents[si].para && !d.sents[k].headline; k-- {
		for _, t := range d.timesOf(k) {
			if _, p := eventDate(t.value); p == polgraph.PrecisionDay {
				return true
			}
		}
	}
	return false
}

// datesOtherAct reports whether time value dates an act of sentence k
// other than event ev: an event of another type that the time's clause
// tells, not words that tell ev again ("made the announcement on
// Wednesday").
func (d *doc) datesOtherAct(ev *event, k int, value string) bool {
	for _, o := range d.evSent[k] {
		if o.typ != ev.typ && !spokenTypes[o.typ] && o.typ != "REPORT" && o.dateFrom == "sentence" && o.date == value {
			return true
		}
	}
	return false
}

// othersActAt reports whether time t of sentence k dates a verb whose
// subject is none of event ev's participants, and whose verb tells of no
// words: in "Police arrested Ivo Dorn. On Tuesday the finance committee
// amended the budget." the time is the committee's act, not the lead's. A
// pronoun may stand for a participant ("He made the announcement on
// Tuesday").
func (d *doc) othersActAt(ev *event, k int, t timeExpr) bool {
	x := d.syntaxOf(k)
	ti := d.tokenAt(t.start)
	if x == nil || ti < 0 {
		return false
	}
	w := x.timeOwner(ti, d.tokenBefore(t.end)+1, d.isEventWord(x, k))
	if w < 0 || !x.isVerb(w) {
		return false
	}
	subj := x.childrenWith(w, "nsubj", "nsubj:pass")
	if len(subj) == 0 || x.pos(subj[0]) == "PRON" || tellingWord(x.tree.Words[w]) {
		return false // "A spokesman confirmed the news on Tuesday": the lead told again
	}
	for _, mi := range d.sentMents[k] {
		if m := &d.ments[mi]; x.dominates(subj[0], x.at(m.first)) && slices.ContainsFunc(d.refs(m), ev.has) {
			return false
		}
	}
	return true
}

// tellingWord reports a verb form that tells of words: a trigger of
// reported speech, a statement or a report ("confirmed", "announced").
func tellingWord(w string) bool {
	return slices.ContainsFunc(triggers[strings.ToLower(w)], func(t trigger) bool {
		return !t.noun && (t.speech || spokenTypes[t.typ] || t.typ == "REPORT")
	})
}

// recentMonths is how many months before its publication a month may be
// and still date an article's news.
const recentMonths = 3

// recentMonth reports whether month value ("2021-03") is at most
// recentMonths before the article's publication, or the article has no
// publication date to tell.
func (d *doc) recentMonth(value string) bool {
	t, err := time.Parse("2006-01", value)
	if d.dct.IsZero() || err != nil {
		return true
	}
	return !t.Before(time.Date(d.dct.Year(), d.dct.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -recentMonths, 0))
}

// anterior reports whether the event's clause marks it as before the story
// or not yet real: past perfect, "earlier", modals.
func (d *doc) anterior(ev *event) bool {
	if x, v := d.eventTree(ev); x != nil && !ev.noun && v >= 0 && x.isVerb(v) {
		// the tree tells the verb's own clause: not "An amendment, which
		// would have capped rents, was defeated"
		return x.anteriorClause(v)
	}
	s := &d.sents[ev.sent]
	for j := s.first; j < ev.trig[0]; j++ {
		switch d.toks[j].lower {
		case "earlier", "previously", "recently", "once", "formerly", "will", "would", "could", "may", "might", "should", "must":
			return true
		}
	}
	for j := ev.trig[0] - 1; j >= s.first && j >= ev.trig[0]-3; j-- {
		if d.toks[j].lower == "had" {
			return true
		}
	}
	return false
}

// anteriorWords, as an auxiliary or an adverb of a verb, put its event
// before the story or not yet real.
var anteriorWords = set("earlier", "previously", "recently", "once", "formerly", "will", "would", "could", "may", "might", "should", "must")

// anteriorClause reports a verb v whose clause is in the past perfect
// ("had resigned"), under a modal ("would resign") or told as earlier
// ("previously led"), by its own auxiliaries and adverbs or those of the
// verb whose infinitive it is ("would try to arrest") or whose subject
// and auxiliaries it shares as a conjunct ("had resigned and joined").
func (x *syntax) anteriorClause(v int) bool {
	for n := 0; v >= 0 && n < 4; n++ {
		for _, c := range x.childrenWith(v, "aux", "advmod") {
			if w := strings.ToLower(x.tree.Words[c]); anteriorWords[w] || w == "had" && x.rel(c) == "aux" {
				return true
			}
		}
		if r := x.rel(v); r != "xcomp" && !(r == "conj" && len(x.childrenWith(v, "nsubj", "nsubj:pass", "aux")) == 0) {
			return false
		}
		v = x.head(v)
	}
	return false
}
