package extract

import (
	"slices"
	"strings"
)

// Mends of dates, days and tolls, and of the clauses that the parser reads them
// into.

// dateReadAsHead mends a parse that reads a full date inside a noun
// phrase as the phrase's head: in "charged in the Dec. 21, 1988, bombing
// of Pan Am Flight 103", "21" is the oblique with "in" and "the", and
// "bombing" an apposition after the comma that closes the year. A date
// set off by commas between "the" and a noun ("the Dec. 21, 1988,
// bombing") modifies the noun, as "the Aug. 7 bombings" does, and the
// noun heads the phrase.
func (x *syntax) dateReadAsHead() {
	t := &x.tree
	for n := 2; n < len(t.Words); n++ {
		if t.UPOS[n] != "NOUN" || t.Words[n-1] != "," {
			continue
		}
		// the date's head: a number whose phrase, opened by "the" and a
		// month, runs to the comma, its year set off by a comma of its own
		d := -1
		for w := n - 2; w >= max(2, n-8) && d < 0; w-- {
			if t.UPOS[w] == "NUM" && t.Head[w] != n && x.spans(w, n-1) && strings.EqualFold(t.Words[w-2], "the") && calendarWords[strings.TrimSuffix(strings.ToLower(t.Words[w-1]), ".")] && slices.Contains(t.Words[w+1:n-1], ",") {
				d = w
			}
		}
		if d < 0 {
			continue
		}
		t.Head[n], t.Rel[n] = t.Head[d], t.Rel[d]
		for _, c := range x.childrenWith(d, "det", "case") {
			t.Head[c] = n
		}
		t.Head[d], t.Rel[d] = n, "compound"
	}
}

// tollReadAsNumber mends a parse that reads the second count of a toll
// as a conjunct of the first verb, its participle a clause on the number:
// in "Two soldiers were killed and 15 wounded in a bombing", "15" is the
// conjunct of "killed" and "wounded" modifies it. The count's verb is
// elided ("15 were wounded"): the participle is the conjunct, the number
// its passive subject.
func (x *syntax) tollReadAsNumber() {
	t := &x.tree
	for n, rel := range t.Rel {
		h, p := t.Head[n], n+1
		if rel != "conj" || t.UPOS[n] != "NUM" || h < 0 || !x.isVerb(h) || p >= len(t.Words) || t.Head[p] != n || t.Rel[p] != "acl" || t.XPOS[p] != "VBN" {
			continue
		}
		for _, c := range x.childrenWith(n, "cc", "punct") {
			t.Head[c] = p
		}
		t.Head[p], t.Rel[p] = h, "conj"
		t.Head[n], t.Rel[n] = p, "nsubj:pass"
	}
}

// dayReadAsObjectModifier mends a parse that hangs the day a verb was done
// on a word of its object: in "the court annulled the first round of the
// presidential election on Friday", "on Friday" is read as the
// election's; in "Iran executed a man convicted of spying for Israel on
// Wednesday", as Israel's, or as the gerund's ("arrested three men
// suspected of financing the rebels on Monday"). A weekday that "on" opens and that ends the
// object of a verb in the past tense with no day of its own tells when
// the verb was done, as wire copy writes its news; the noun's own day is
// told before the noun ("Sunday's election") or by a participle ("the
// vote held on Sunday"), and no finite clause with a subject of its own
// is crossed. So too the day that ends a "from" clause of what someone
// is kept from doing, or the passive's agent: in "Ana Holm was barred
// from running for office by the electoral court on Monday", Monday is
// when she was barred, not when she would run; a clause that names an
// occasion ("banned from holding a rally on Saturday") keeps its day.
func (x *syntax) dayReadAsObjectModifier() {
	t := &x.tree
	for w, rel := range t.Rel {
		n := t.Head[w]
		if rel != "nmod" && rel != "obl" || n < 0 || !bareDays[strings.ToLower(t.Words[w])] || x.caseOf(w) != "on" {
			continue
		}
		// on a noun, or on a gerund or participle inside the object ("three
		// men suspected of financing the rebels on Monday"); a noun takes
		// no oblique, so one the parse hangs there is misread as well
		// ("called the vote a victory for democracy on Tuesday")
		onNoun := (rel == "nmod" || rel == "obl") && (t.UPOS[n] == "NOUN" || t.UPOS[n] == "PROPN")
		if !onNoun && !(rel == "obl" && (t.XPOS[n] == "VBG" || t.XPOS[n] == "VBN") && t.Rel[n] != "obj") {
			continue
		}
		o := n
		for o >= 0 && t.Rel[o] != "obj" && t.Rel[o] != "obl:agent" && !x.keptFromClause(o) {
			if x.isVerb(o) && (t.XPOS[o] != "VBN" && t.XPOS[o] != "VBG" || len(x.childrenWith(o, "nsubj", "nsubj:pass")) > 0) {
				o = -1 // a clause of its own
				break
			}
			if r := t.Rel[o]; r != "nmod" && r != "acl" && r != "advcl" && r != "flat" && r != "compound" {
				o = -1
				break
			}
			o = t.Head[o]
		}
		if o < 0 {
			continue
		}
		v := t.Head[o]
		if v < 0 || !x.pastVerb(v) {
			continue
		}
		if slices.Max(x.subtree(o, nil)) != w {
			continue
		}
		if slices.ContainsFunc(x.childrenWith(v, "obl", "obl:tmod"), func(c int) bool { return bareDays[strings.ToLower(t.Words[c])] }) {
			continue
		}
		t.Head[w], t.Rel[w] = v, "obl"
	}
}

// byReadAsTimeModifier mends a parse that hangs a "by" phrase on the day
// or month its verb was done: in "The coalition deal was signed on
// Tuesday by Ivo Dorn and Ana Holm", "by Ivo Dorn and Ana Holm" is read
// as Tuesday's, so the deal is signed by the one name a looser reader
// finds after "by", not by both; in "the motion was defeated on
// Thursday by 112 votes to 98", the margin is Thursday's. A day or a
// month takes no "by" phrase of its own (a deadline is "by Monday", the
// day's own case): the phrase is the verb's, its passive agent where the
// verb is passive and the phrase counts nothing, an oblique otherwise.
// A year is read so too ("The party was formed in 2014 by Vera Lukic and
// Stefan Moro"), and the year of a month that the parse hangs on the name
// after "by" ("established in March 2019 by Ada Lind") is the month's.
func (x *syntax) byReadAsTimeModifier() {
	t := &x.tree
	for w, rel := range t.Rel {
		n := t.Head[w]
		if x.baseRel(w) != "nmod" || rel == "nmod:poss" || n < 0 || w < n || x.caseOf(w) != "by" || !x.timeWord(n) {
			continue
		}
		v := t.Head[n]
		if r := t.Rel[n]; v < 0 || r != "obl" && r != "obl:tmod" || !x.isVerb(v) {
			continue
		}
		for _, y := range x.childrenWith(w, "nummod") {
			if y == n+1 && x.timeWord(y) {
				t.Head[y] = n // "in March 2019 by Ada Lind": the month's year
			}
		}
		passive := len(x.childrenWith(v, "nsubj:pass", "aux:pass")) > 0 && len(x.childrenWith(v, "obl:agent")) == 0
		t.Head[w], t.Rel[w] = v, "obl"
		if passive && len(x.childrenWith(w, "nummod")) == 0 {
			t.Rel[w] = "obl:agent"
		}
	}
}

// predicateBeforeObject mends a parse that misses an object set after the
// verb's "as" predicate, as writers do when the object is long: in "The
// Kremlin dismissed as baseless a report by the Financial Times that ...",
// "as" is read as the case of "report" or as a fixed word, and the verb
// has no object, so it is read without what it was done to. Right after
// a verb, "as" then an adjective or participle ("as wholly unfounded"),
// or a noun before a claim's noun ("dismissed as nonsense claims that"),
// is the verb's predicate, and the noun phrase right after it the verb's
// object: its last noun before a word no noun phrase holds. Not after a
// verb of posts: "served as foreign minister" names the post.
func (x *syntax) predicateBeforeObject() {
	t := &x.tree
	for v := 0; v+3 < len(t.Words); v++ {
		w := v + 1
		if !x.isVerb(v) || !strings.EqualFold(t.Words[w], "as") {
			continue
		}
		p := w + 1
		if t.UPOS[p] == "ADV" {
			p++ // "as wholly unfounded"
		}
		if p+1 >= len(t.Words) {
			continue
		}
		predicate := t.UPOS[p] == "ADJ" || t.XPOS[p] == "VBN" || t.XPOS[p] == "VBD" && len(x.childrenWith(p, "nsubj")) == 0
		if !predicate && !(t.UPOS[p] == "NOUN" && deniedNouns[x.lemma(p+1)] != "") {
			continue
		}
		n := -1
		for o := p + 1; o < len(t.Words); o++ {
			if u := t.UPOS[o]; u == "NOUN" || u == "PROPN" || o == p+1 && deniedNouns[x.lemma(o)] != "" {
				n = o
			} else if u != "DET" && u != "ADJ" && u != "NUM" && !(u == "PRON" && t.XPOS[o] == "PRP$") {
				break
			}
		}
		// "dismissed as false the report that he had met X": the parse
		// hangs the claim's clause right after the noun on the verb, as
		// the verb's own ccomp; it is the noun's, told as its content
		claim := -1
		if n >= 0 && deniedNouns[x.lemma(n)] != "" {
			for _, o := range x.childrenWith(v, "ccomp") {
				if o > n && x.phraseStart(o) == n+1 && strings.EqualFold(t.Words[n+1], "that") {
					claim = o
				}
			}
		}
		if n < 0 || slices.ContainsFunc(x.childrenWith(v, "obj", "ccomp"), func(o int) bool { return o != claim && (o < w || o > n) }) {
			continue
		}
		if n == p+1 && deniedNouns[x.lemma(n)] == "" && careerVerbs[x.lemma(v)] != "" {
			// "served as foreign minister", "was sacked as prime
			// minister": an adjective right before the noun of a verb of
			// posts modifies it, and the two are the post
			continue
		}
		if claim >= 0 {
			t.Head[claim], t.Rel[claim] = n, "acl"
		}
		for o := range t.Words {
			if h := t.Head[o]; o != n && h >= w && h <= n && o > n {
				t.Head[o] = n // "by the Financial Times", the claim's clause: the object's
			}
		}
		t.UPOS[n] = "NOUN"
		t.Head[n], t.Rel[n] = v, "obj"
		t.Head[p], t.Rel[p] = v, "xcomp"
		t.Head[w], t.Rel[w] = p, "mark"
		for o := w + 1; o < n; o++ {
			if o < p {
				t.Head[o], t.Rel[o] = p, "advmod"
			} else if o > p {
				t.Head[o] = n
			}
		}
	}
}

// sayingOnGerund mends a parse that hangs a participle of speech after a
// comma on the gerund before it: in "Benko has denied receiving money
// from a foundation, saying the payments were for lectures", "saying"
// is read as receiving's, so what he says is taken for part of what he
// denies; in "accused Holm of lying, saying she had hidden the report",
// Holm is made the one who says it. A participle set off by a comma that
// tells what is said (a verb of speech, or one with a clause of its own:
// "insisting she had been in Paris") tells more of what the sentence's
// subject says: it is the finite verb's, the nearest over the gerund it
// was hung on.
func (x *syntax) sayingOnGerund() {
	t := &x.tree
	for s, rel := range t.Rel {
		h := t.Head[s]
		if rel != "advcl" || h < 0 || t.XPOS[s] != "VBG" || s == 0 || t.Words[s-1] != "," ||
			!reportingWords[strings.ToLower(t.Words[s])] && len(x.childrenWith(s, "ccomp")) == 0 {
			continue
		}
		if t.XPOS[h] != "VBG" && t.XPOS[h] != "VB" || len(x.childrenWith(h, "nsubj", "nsubj:pass")) > 0 {
			continue
		}
		v := h
		for n := 0; n < 4 && v >= 0 && len(x.childrenWith(v, "nsubj", "nsubj:pass")) == 0; n++ {
			switch r := t.Rel[v]; {
			case r == "xcomp", r == "advcl" && t.XPOS[v] == "VBG", r == "acl" && t.XPOS[v] == "VBG", r == "obj" || r == "obl":
				v = t.Head[v] // "accused Holm of lying": up the gerund to the one accused, and to the verb
			default:
				v = -1
			}
		}
		if v >= 0 && x.isVerb(v) && len(x.childrenWith(v, "nsubj", "nsubj:pass")) > 0 {
			t.Head[s] = v
		}
	}
}

// adverbialClauseByMark mends a parse that sets a clause a subordinator
// of time, cause or contrast opens beside the sentence's as parataxis, or
// under a verb of speech as what it reports: in "resigned in 2018, months
// after she was accused of accepting bribes", "accused" is read as
// parataxis with "after" its mark; in "The embassy said it welcomed the
// decision, while the OAS called for calm", "called" is read as what the
// embassy said; in "resigned on Monday, days after Oda Lind accused him",
// "accused" is read as a conjunct with no conjunction. Such a clause is an
// adverbial clause of the verb it hangs on, and tells its time from it; a
// reported clause opens with "that", "whether" or "if", or with nothing.
func (x *syntax) adverbialClauseByMark() {
	t := &x.tree
	for v, rel := range t.Rel {
		if rel != "parataxis" && rel != "ccomp" && (rel != "conj" || len(x.childrenWith(v, "cc")) > 0) {
			continue
		}
		marks := x.childrenWith(v, "mark")
		if slices.ContainsFunc(marks, func(m int) bool { return adverbialMarks[strings.ToLower(t.Words[m])] }) &&
			!slices.ContainsFunc(marks, func(m int) bool { return complementizers[strings.ToLower(t.Words[m])] }) {
			t.Rel[v] = "advcl"
		}
	}
}

// whenClauseReadAsConjunct mends a parse that joins a clause "when" opens
// to the sentence's first verb as a conjunct: in "was appointed in 1979
// and served until 1983, when she resigned", "resigned" is read as a third
// conjunct of "appointed" and takes its year. A clause with no
// conjunction of its own, opened by "when" after a comma, is no conjunct
// but a clause of time on the verb just before it, which dates it.
func (x *syntax) whenClauseReadAsConjunct() {
	t := &x.tree
	for v, rel := range t.Rel {
		h := t.Head[v]
		if rel != "conj" || h < 0 || !x.isVerb(v) || !x.isVerb(h) || !x.whenClause(v) || len(x.childrenWith(v, "cc")) > 0 {
			continue
		}
		on := h
		for _, c := range x.childrenWith(h, "conj") {
			if c > on && c < v && x.isVerb(c) {
				on = c // the verb nearest before the clause
			}
		}
		t.Head[v], t.Rel[v] = on, "advcl"
	}
}

// complementizers open a reported clause.
var complementizers = set("that whether if")

// adverbialMarks open a clause of time, cause or concession.
var adverbialMarks = set("after before since until while when because although whereas once")

// timeUnitNouns name a span of time (data/words/time_unit_nouns.txt).
var timeUnitNouns = wordSet("time_unit_nouns.txt")

// timeReadAsRoot mends a parse that reads a sentence's opening time as
// its root and the clause after it as a relative clause on it: in "That
// summer she was released", "summer" is the root and "released" a
// relative clause with no relative word. A time noun that opens the
// sentence before a clause with a subject of its own and no relative
// word is that clause's time.
func (x *syntax) timeReadAsRoot() {
	t := &x.tree
	r := slices.Index(t.Head, -1)
	if r < 0 || r > 3 || t.UPOS[r] != "NOUN" || !timeUnitNouns[x.lemma(r)] && !calendarWords[strings.ToLower(t.Words[r])] {
		return
	}
	for _, v := range x.childrenWith(r, "acl:relcl", "acl", "appos") {
		if v < r || !x.isVerb(v) || len(x.childrenWith(v, "nsubj", "nsubj:pass")) == 0 ||
			slices.ContainsFunc(x.childrenWith(v, "obj", "nsubj", "nsubj:pass", "mark"), func(c int) bool {
				return t.XPOS[c] == "WDT" || t.XPOS[c] == "WP" || strings.EqualFold(t.Words[c], "that") && c > r
			}) {
			continue
		}
		x.adoptAfter(r, r, v) // the full stop, what follows
		t.Head[v], t.Rel[v] = -1, "root"
		t.Head[r], t.Rel[r] = v, "obl:tmod"
		return
	}
}

// timeReadAsSubject mends a parse that takes a time between a subject
// and its verb for the verb's subject: in "The sacking of army chief X
// last month angered Kyiv", "month" is read as the subject of "angered"
// and "sacking" left hanging, or made the head of a relative clause. The
// noun before the time is the subject; the time is that noun's where it
// names an act ("the sacking ... last month"), else the verb's ("Ana
// Holm last month angered Kyiv").
func (x *syntax) timeReadAsSubject() {
	t := &x.tree
	for s, rel := range t.Rel {
		v := t.Head[s]
		if rel != "nsubj" || v < s || !x.isVerb(v) || !timeUnitNouns[x.lemma(s)] && !calendarWords[strings.ToLower(t.Words[s])] {
			continue
		}
		n := -1 // the noun the subject's phrase is headed by, before the time
		switch {
		case t.Rel[v] == "acl:relcl" && t.Head[v] < s:
			n = t.Head[v]
		default:
			for _, c := range x.childrenWith(v, "dep") {
				if c < s {
					n = c
				}
			}
		}
		if n < 0 || t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" || slices.ContainsFunc(x.subtree(s, nil), func(w int) bool { return w < s && w <= n }) ||
			slices.ContainsFunc(t.XPOS[:s], func(tag string) bool { return finiteTags[tag] }) {
			continue // not "Holm left the party that July, calling ...": a verb before it has its subject
		}
		if t.Rel[v] == "acl:relcl" {
			x.adoptAfter(n, v, v) // the full stop, what follows
			t.Head[v], t.Rel[v] = t.Head[n], t.Rel[n]
		}
		t.Head[n], t.Rel[n] = v, "nsubj"
		if t.UPOS[n] == "NOUN" && !personNouns[x.lemma(n)] {
			t.Head[s], t.Rel[s] = n, "nmod:tmod"
		} else {
			t.Head[s], t.Rel[s] = v, "obl:tmod"
		}
		return
	}
}

// markReadAsSubjectsCase mends a parse that reads "after" or "before"
// opening a clause as a preposition on the clause's subject, or on a span
// of time it reads as the subject: in "X said, days after the
// International Monetary Fund urged the government to cut its deficit",
// "days" is read as the subject of "urged" and the Fund as a phrase on
// it; in "two days after the Fund urged", the Fund is the subject with
// "after" its case. A subject takes no preposition and a span of time
// does nothing: the word opens the clause, the name after it is its
// subject, the span before it its measure.
func (x *syntax) markReadAsSubjectsCase() {
	t := &x.tree
	for m, rel := range t.Rel {
		if w := strings.ToLower(t.Words[m]); rel != "case" || w != "after" && w != "before" {
			continue
		}
		n := t.Head[m]
		span := -1
		if m > 0 && timeUnitNouns[x.lemma(m-1)] {
			span = m - 1
		}
		v := t.Head[n]
		if t.Rel[n] == "nmod" && v == span && span >= 0 && t.Rel[span] == "nsubj" {
			v = t.Head[span] // "days" read as the subject, the Fund a phrase on it
		} else if t.Rel[n] != "nsubj" {
			continue
		}
		if v < n || !x.isVerb(v) || t.UPOS[n] != "PROPN" && t.UPOS[n] != "NOUN" && t.UPOS[n] != "PRON" || !x.phraseBetween(n, m+1, v) {
			continue
		}
		t.Head[n], t.Rel[n] = v, "nsubj"
		t.Head[m], t.Rel[m] = v, "mark"
		if span >= 0 {
			t.Head[span], t.Rel[span] = v, "obl:npmod"
		}
		switch t.Rel[v] {
		case "ccomp", "conj", "parataxis":
			t.Rel[v] = "advcl" // a clause of time, not what is said nor a second act
		}
	}
}

// participleOnTime mends a parse that hangs a participle clause after a
// comma on the time that ends the clause before it: in "reshuffled her
// cabinet on Monday, replacing finance minister Ivo Dorn with Mia Rask",
// "replacing" is read as a clause on "Monday". A day, a month, a unit of
// time or a year takes no such clause; it is the verb's the time is on,
// which does what the participle tells.
func (x *syntax) participleOnTime() {
	t := &x.tree
	for p := 2; p < len(t.Words); p++ {
		n := t.Head[p]
		if t.Rel[p] != "acl" || t.XPOS[p] != "VBG" || n < 0 || n >= p || t.Words[p-1] != "," {
			continue
		}
		word := strings.ToLower(t.Words[n])
		year := t.UPOS[n] == "NUM" && len(word) == 4 && strings.Trim(word, "0123456789") == ""
		if !calendarWords[word] && !timeUnitNouns[word] && !year {
			continue
		}
		r := t.Head[n]
		if r < 0 || !x.isVerb(r) || x.baseRel(n) != "obl" && t.Rel[n] != "obl:tmod" {
			continue
		}
		inside := true
		for k := n + 1; k < p-1; k++ {
			inside = inside && x.dominates(n, k) // "on 12 May 2024,": the time's own words up to the comma
		}
		if !inside {
			continue
		}
		t.Head[p], t.Rel[p] = r, "advcl"
		if t.Head[p-1] == n {
			t.Head[p-1] = p
		}
	}
}

// timeBeforeParticiple mends a parse that reads a time set between a
// passive's auxiliary and its participle as the predicate of "be", as
// wires write: in "Bello Adamu was on Monday sworn in as governor",
// "Monday" is the root, "was" its copula and "sworn" a clause on it; in
// "Ana Holm was on Friday appointed finance minister", "appointed"
// modifies the post, set in apposition to the day. A day, a month, a unit
// of time or a year is no one's state; the participle right after it is
// the clause's verb, "be" its passive auxiliary, the time its oblique and
// the subject its passive subject.
func (x *syntax) timeBeforeParticiple() {
	t := &x.tree
	for b, rel := range t.Rel {
		n := t.Head[b]
		if rel != "cop" || n <= b || !x.timeWord(n) {
			continue
		}
		e := n // the time's last word: "on May 5"
		for e+1 < len(t.Words) && t.Head[e+1] == n && t.UPOS[e+1] == "NUM" {
			e++
		}
		p := e + 1
		if p >= len(t.Words) || t.UPOS[p] != "VERB" || t.XPOS[p] != "VBN" && t.XPOS[p] != "VBD" || !x.phraseBetween(n, b+1, e+1) {
			continue
		}
		if h := t.Head[p]; h > p && h != n && x.dominates(n, h) {
			t.Head[h], t.Rel[h] = p, "xcomp" // "appointed finance minister", the post read as the time's
		}
		switch g := t.Head[n]; {
		case g >= 0 && g < b && t.Head[g] == -1 && (t.UPOS[g] == "PROPN" || t.UPOS[g] == "NOUN" || t.UPOS[g] == "PRON"):
			// "Ivo Dorn was last week named …", the name the root and
			// the time a list item or conjunct of it: the name is the
			// subject, and the stop is the verb's
			x.adoptAfter(g, e, p)
			t.Head[p], t.Rel[p] = -1, "root"
			t.Head[g], t.Rel[g] = p, "nsubj"
		case x.dominates(n, p):
			t.Head[p], t.Rel[p] = t.Head[n], t.Rel[n]
		}
		for c, h := range t.Head {
			if h == n && (c < b || c > e) && c != p {
				t.Head[c] = p
			}
		}
		t.Head[n], t.Rel[n] = p, "obl:tmod"
		if len(x.childrenWith(n, "case")) > 0 {
			t.Rel[n] = "obl"
		}
		t.Head[b], t.Rel[b], t.XPOS[p] = p, "aux:pass", "VBN"
		for _, s := range x.childrenWith(p, "nsubj") {
			t.Rel[s] = "nsubj:pass"
		}
		return
	}
}

// timeWord reports a word that names a time: a day, a month, a unit of
// time or a year.
func (x *syntax) timeWord(w int) bool {
	word := strings.ToLower(x.tree.Words[w])
	year := x.tree.UPOS[w] == "NUM" && len(word) == 4 && strings.Trim(word, "0123456789") == ""
	return calendarWords[word] || timeUnitNouns[x.lemma(w)] || year
}

// objectReadAsSubjectOfParticiple mends a parse that reads a verb's
// object, a time and a participle after them as a clause: in "Civic
// Watch published a report on Wednesday criticising the police", "report"
// becomes the subject of "criticising", "on Wednesday" the report's, and
// the verb has no object and no date. A noun right after a verb with no
// object, followed by a time in a preposition's phrase and then a
// participle in "-ing", is the verb's object; the time and the
// participle's clause are the verb's.
func (x *syntax) objectReadAsSubjectOfParticiple() {
	t := &x.tree
	for g, rel := range t.Rel {
		v := t.Head[g]
		if rel != "ccomp" || t.XPOS[g] != "VBG" || v < 0 || v > g || !x.isVerb(v) || len(x.childrenWith(v, "obj")) > 0 {
			continue
		}
		subj := x.childrenWith(g, "nsubj")
		if len(subj) != 1 || t.UPOS[subj[0]] != "NOUN" || x.phraseStart(subj[0]) != v+1 {
			continue
		}
		o := subj[0]
		for _, n := range x.childrenWith(o, "nmod") {
			if n > o && n < g && x.timeWord(n) && x.caseOf(n) != "" && x.lastWordUnder(n) == g-1 {
				t.Head[o], t.Rel[o] = v, "obj"
				t.Head[n], t.Rel[n] = v, "obl"
				t.Head[g], t.Rel[g] = v, "advcl"
			}
		}
	}
}

// keptFromClause reports whether w is a gerund clause opened by "from" on
// a verb, what its subject or object is kept from doing ("barred Holm
// from running for office", "was banned from standing"), that names no
// occasion with a time of its own (occasionNouns: "from holding a rally").
func (x *syntax) keptFromClause(w int) bool {
	t := &x.tree
	if t.XPOS[w] != "VBG" || t.Rel[w] != "advcl" && t.Rel[w] != "xcomp" || x.markOf(w) != "from" && x.caseOf(w) != "from" {
		return false
	}
	return !slices.ContainsFunc(x.subtree(w, nil), func(c int) bool { return occasionNouns[strings.ToLower(t.Words[c])] })
}

// pastVerb reports whether verb v is in the past tense: a past form, or
// a participle with a past auxiliary of the passive ("was barred").
func (x *syntax) pastVerb(v int) bool {
	t := &x.tree
	if t.XPOS[v] == "VBD" {
		return true
	}
	return t.XPOS[v] == "VBN" && slices.ContainsFunc(x.childrenWith(v, "aux:pass"), func(a int) bool { return t.XPOS[a] == "VBD" })
}

// agentOnKeptFromClause mends a parse that hangs a passive's "by" agent
// on the "from" clause of what its subject is kept from doing: in "Ana
// Holm was barred from running for office by the electoral court", the
// court is read as what she would run by, and the bar has no doer. A
// gerund with no passive of its own takes no agent; a noun after "by"
// (not a gerund: "by filing late" tells how) is the passive's agent,
// where the passive has none.
func (x *syntax) agentOnKeptFromClause() {
	t := &x.tree
	for w, rel := range t.Rel {
		g := t.Head[w]
		if rel != "obl" || g < 0 || x.caseOf(w) != "by" || t.UPOS[w] != "NOUN" && t.UPOS[w] != "PROPN" || !x.keptFromClause(g) {
			continue
		}
		v := t.Head[g]
		if v < 0 || len(x.childrenWith(v, "aux:pass")) == 0 || len(x.childrenWith(v, "obl:agent")) > 0 || len(x.childrenWith(g, "aux:pass")) > 0 {
			continue
		}
		t.Head[w], t.Rel[w] = v, "obl:agent"
	}
}
