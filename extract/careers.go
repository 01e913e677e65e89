package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// careerVerbs tell of a post and say whose it is and which end of it a
// date gives (data/words/career_verbs.tsv).
var careerVerbs = wordTable("career_verbs.tsv", "gives", "takes", "holds", "works", "leaves", "removes", "joins", "succeeds")

// careerLemmas are careerVerbs' lemmas, a phrasal verb's ("take over")
// its first word, for a look at the tags before a parse.
var careerLemmas = func() map[string]bool {
	out := map[string]bool{}
	for k := range careerVerbs {
		out[strings.Fields(k)[0]] = true
	}
	return out
}()

// careerHow is what verb v tells of a post (careerVerbs): the row of its
// lemma with its particle ("took over as leader") or its object ("took
// office as prime minister") if it has one, else the row of its lemma.
func (x *syntax) careerHow(v int) (string, bool) {
	for _, p := range x.childrenWith(v, "compound:prt") {
		if how, ok := careerVerbs[x.lemma(v)+" "+strings.ToLower(x.tree.Words[p])]; ok {
			return how, true
		}
	}
	for _, o := range x.childrenWith(v, "obl") {
		if how, ok := careerVerbs[x.lemma(v)+" "+x.caseOf(o)]; ok {
			return how, true // "took over the foreign ministry", the particle parsed as the object's preposition
		}
	}
	for _, o := range x.childrenWith(v, "obj") {
		if how, ok := careerVerbs[x.lemma(v)+" "+x.lemma(o)]; ok {
			return how, true // "took office as prime minister", "took the oath as president": the phrase's object, no particle
		}
	}
	how, ok := careerVerbs[x.lemma(v)]
	if how == "takes" && len(x.childrenWith(v, "obj")) > 0 {
		// "swore in Ana Holm as prime minister", "inaugurated the new
		// bridge as president": the subject does it to its object, who
		// is the one to take a post, if anyone
		return "gives", true
	}
	return how, ok
}

// careerFacts reads the posts a sentence's verbs tell of off its tree, with
// the years they held: "was appointed minister of education in 1983", "the
// party elected her leader", "served as Portugal's ambassador to UNESCO from
// 1998 to 2003", "stepped down as leader in 1996". The post is the verb's
// object, its complement or its "as" phrase; the one who holds it is the
// object of a verb that gives posts, else the subject.
func (d *doc) careerFacts(si int) {
	if !d.sentenceNames(si, polgraph.KindPerson) && !d.sentenceGroups(si) {
		return // no one named, nor a "they" or "the pair" that stands for people named before
	}
	if x := d.taggedOf(si); x == nil || !x.hasVerb(careerLemmas) && !x.hasVerb(leavingVerbs) && !x.hasWord(seatNouns) && !x.hasVerb(chamberEnteringVerbs) && !((x.hasWord(portfolioNouns) || x.hasWord(officeNouns)) && x.hasVerb(portfolioVerbLemmas)) {
		return // no career verb and no seat: no parse
	}
	x := d.syntaxOf(si)
	for v := range x.tree.Words {
		if !x.isVerb(v) {
			continue
		}
		how, ok := x.careerHow(v)
		if d.careerUnreal(si, x, v) {
			continue // "is expected to (formally) elect her prime minister", "will elect": not yet; "was not elected": not so
		}
		d.seatFacts(si, x, v, how)
		if leavingVerbs[x.lemma(v)] {
			d.partyLeft(si, x, v)
		}
		if !ok {
			// "kept the defence portfolio", "lost the interior ministry":
			// a verb that tells of a post only where it names a portfolio
			if how, ok = portfolioPostVerbs[x.lemma(v)]; ok {
				if how == "swaps" {
					d.portfoliosSwapped(si, x, v)
					continue
				}
				for _, w := range x.postsOf(v) {
					if x.portfolioOffice(d, v, w) == nil {
						if w = x.titleOfOfficeNoun(v, w); w < 0 {
							continue
						}
					}
					if how == "leaves" {
						// "lost the interior ministry to Ana Holm": she
						// takes it; undated, the one who lost it held a
						// former post, which gives no fact
						to := slices.DeleteFunc(x.childrenWith(v, "obl"), func(c int) bool { return x.caseOf(c) != "to" })
						if next := d.peopleAt(si, x, to); len(next) > 0 {
							d.postOf(si, x, v, w, "takes", next)
						}
						if d.postSpan(si, x, v, w, how).until == "" {
							continue
						}
					}
					d.postAt(si, x, v, w, how)
				}
			}
			continue
		}
		if how == "joins" {
			d.partyJoined(si, x, v)
		}
		if how == "works" {
			for _, w := range x.childrenWith(v, "obl") {
				d.jobAt(si, x, v, w) // "worked as an analyst at the Central Bank": a job, not an office
			}
			continue
		}
		if how == "succeeds" && d.substitutedPost(si, x, v) {
			continue
		}
		posts := x.postsOf(v)
		if how == "gives" {
			for _, w := range x.postsLeftOf(v) {
				if d.postSpan(si, x, v, w, "removes").until != "" {
					// "was moved from the finance ministry to defence on
					// Monday": the post left ends then; undated, it is a
					// former one, which gives no fact
					d.postOf(si, x, v, w, "removes", nil)
				}
			}
		}
		for _, w := range posts {
			if how == "succeeds" {
				// "X succeeded Y as prime minister in March": X takes
				// the post then, and Y, the object, leaves it
				d.postAt(si, x, v, w, "takes")
				d.postAt(si, x, v, w, "removes")
				continue
			}
			d.postAt(si, x, v, w, how)
			d.postDistrict(si, x, v, w, how)
			if how == "takes" {
				// "took over from Y as leader in 2012": Y, whom the
				// post is taken from, leaves it then
				if from := d.predecessorsFrom(si, x, v); len(from) > 0 {
					d.postOf(si, x, v, w, "removes", from)
				}
			}
		}
		if how == "succeeds" && !slices.ContainsFunc(posts, func(w int) bool { return x.rel(w) != "obj" }) || how == "takes" && len(posts) == 0 {
			// a verb of succession whose object is the one succeeded
			// and that names no post of its own
			d.succeededInClause(si, x, v, how)
		}
	}
}

// substitutedPost reads the post that active verb v of succession with a
// "with" phrase (substitutionVerbs) moves from its object to the one that
// phrase names: in "Prime Minister Ada Serrat replaced Finance Minister
// Ivo Dorn with Mia Rask on Monday", the subject makes the change; Rask
// takes Dorn's post then and Dorn leaves it. The post is the object's
// title ("Finance Minister Ivo Dorn", "the finance minister, Ivo Dorn,").
// Undated, the one replaced is given no fact, as a post with no end would
// read as held still. It reports whether v is such a verb.
func (d *doc) substitutedPost(si int, x *syntax, v int) bool {
	next := d.substitutes(si, x, v)
	objs := x.childrenWith(v, "obj")
	if len(next) == 0 || len(objs) == 0 {
		return false
	}
	held := d.postSpan(si, x, v, v, "takes")
	if h := x.head(v); held.since == "" && x.rel(v) == "advcl" && h >= 0 {
		// "reshuffled the cabinet on Monday, replacing X with Y": the
		// date of the clause the participle is on
		held = d.postSpan(si, x, h, h, "takes")
	}
	for _, o := range objs {
		start, left := -1, d.peopleAt(si, x, []int{o})
		if m := d.mentionOver(si, x.token(o)); m != nil && m.office != nil && m.officeStart >= 0 {
			start = m.officeStart // "Finance Minister Ivo Dorn"
		} else if len(left) == 0 {
			start = x.token(firstWord(x, o)) // "the finance minister, Ivo Dorn,"
			left = d.peopleAt(si, x, x.childrenWith(o, "appos"))
		}
		if start < 0 {
			continue
		}
		ofc, body, _ := d.titleAt(si, start)
		if ofc == nil || formerWords[d.toks[start].lower] {
			continue
		}
		if body < 0 && ofc.Body == "party" {
			body = d.partyOfPost(si, x, v, o, left)
		}
		if body < 0 && countryOffices[ofc.Body] {
			body = d.givingCountry(si, x, v)
		}
		give := func(people []int, s span) {
			for _, p := range people {
				b := body
				if countryOffices[ofc.Body] {
					b = d.officeCountry(ofc, body, p, false)
				}
				d.officeFacts(si, p, ofc, b, s)
			}
		}
		give(next, span{since: held.since})
		if held.since != "" {
			give(left, span{until: held.since})
		}
	}
	return true
}

// substitution reads the verb of substitution at tokens [i, i+n) of
// sentence si that moves a post from its object to the one its "with"
// phrase names ("Serrat replaced Finance Minister Ivo Dorn with Mia
// Rask"): who makes the change (its subject), who takes the post and who
// leaves it. All are nil for any other verb.
func (d *doc) substitution(si, i, n int) (givers, next, left []int) {
	x := d.syntaxOf(si)
	if n != 1 || x == nil || x.at(i) < 0 {
		return nil, nil, nil
	}
	v := x.at(i)
	if next = d.substitutes(si, x, v); len(next) == 0 || careerVerbs[x.lemma(v)] != "succeeds" {
		return nil, nil, nil
	}
	subj, _, _ := x.subjectOf(v, 0)
	for _, o := range x.childrenWith(v, "obj") {
		if l := d.peopleAt(si, x, []int{o}); len(l) > 0 {
			left = append(left, l...)
		} else {
			left = append(left, d.peopleAt(si, x, x.childrenWith(o, "appos"))...) // "the finance minister, Ivo Dorn,"
		}
	}
	for _, s := range subj {
		if m := d.mentionOver(si, x.token(s)); m != nil {
			givers = appendNew(givers, d.refs(m)...)
		}
	}
	return givers, next, left
}

// substitutes are the people the "with" phrase of active verb v of
// substitution (substitutionVerbs) puts in the place of its object:
// "replaced Ivo Dorn with Mia Rask". nil for any other verb.
func (d *doc) substitutes(si int, x *syntax, v int) []int {
	if _, passive, _ := x.subjectOf(v, 0); passive || !substitutionVerbs[x.lemma(v)] {
		return nil
	}
	var with []int
	for _, c := range x.childrenWith(v, "obl") {
		if x.caseOf(c) == "with" {
			with = append(with, c)
		}
	}
	return d.peopleAt(si, x, with)
}

// careerUnreal reports a career verb v that tells of no post held: one
// not yet taken ("is expected to elect her", "will elect"), wished for, or
// denied ("was not elected").
func (d *doc) careerUnreal(si int, x *syntax, v int) bool {
	return d.infinitiveAfterIrrealis(x.token(v), d.sents[si].first) || d.wishedInTree(si, x.token(v), 1) || x.modalOrNegated(v)
}

// postsOf are the words among verb v's dependents (postWords) that may
// name its post: not an oblique of another preposition than "as", which
// is the post read amiss when it has none ("was appointed finance
// minister in March"), nor a plural, which is no one's post ("resigned
// as prosecutors opened an inquiry"). A verb of moving between posts
// (postMoveVerbs) names the post it gives by "to" too: "was promoted to
// foreign minister", "was demoted to minister of tourism".
func (x *syntax) postsOf(v int) []int {
	ws := x.postWords(v)
	if postMoveVerbs[x.lemma(v)] {
		for _, f := range x.postsLeftOf(v) {
			// "moved from defence to the interior ministry", the "to"
			// phrase hung on the post left
			for _, c := range x.childrenWith(f, "nmod") {
				if x.caseOf(c) == "to" {
					ws = append(ws, c)
				}
			}
		}
	}
	return slices.DeleteFunc(ws, func(w int) bool {
		c := x.caseOf(w)
		return (x.rel(w) == "obl" || x.rel(w) == "nmod") && c != "as" && c != "" && !(c == "to" && postMoveVerbs[x.lemma(v)]) && careerVerbs[x.lemma(v)+" "+c] == "" || plural(x, w)
	})
}

// titleOfOfficeNoun is the word of the "of" or "as" phrase of office
// noun w that may name the office ("held the post of interior
// minister", "kept the office of deputy prime minister", "lost his post
// as finance minister"), which the parse may hang on the verb, v, too;
// or -1.
func (x *syntax) titleOfOfficeNoun(v, w int) int {
	if !officeNouns[x.lemma(w)] || plural(x, w) {
		return -1
	}
	for _, c := range x.childrenWith(w, "nmod") {
		if k := x.caseOf(c); k == "of" || k == "as" {
			return c
		}
	}
	for _, c := range x.childrenWith(v, "obl") {
		if x.caseOf(c) == "as" {
			return c
		}
	}
	return -1
}

// postMoveVerbs move someone from one post to another, the one given
// named by "to" and the one left by "from"
// (data/words/post_move_verbs.txt).
var postMoveVerbs = wordSet("post_move_verbs.txt")

// postsLeftOf are the words of the "from" phrases of verb v of moving
// between posts (postMoveVerbs) that may name the post left: "was moved
// from the finance ministry to defence".
func (x *syntax) postsLeftOf(v int) []int {
	if !postMoveVerbs[x.lemma(v)] {
		return nil
	}
	return slices.DeleteFunc(x.childrenWith(v, "obl"), func(w int) bool { return x.caseOf(w) != "from" || plural(x, w) })
}

// predecessorsFrom are the people the "from" phrase of verb v of taking a
// post names: the ones it is taken from ("took over from Ana Holm").
func (d *doc) predecessorsFrom(si int, x *syntax, v int) []int {
	var words []int
	for _, c := range x.childrenWith(v, "obl") {
		if x.caseOf(c) == "from" {
			words = append(words, c)
		}
	}
	return d.peopleAt(si, x, words)
}

// succeededInClause reads the post that verb v of succession, with no
// post of its own, says its object (or the one of its "from" phrase)
// left: the post of the clause v hangs on, ended at that clause's date.
// "became leader of the party in 2019, succeeding Ana Holm", "was sworn
// in as mayor on Monday, taking over from Ivo Dorn". A passive of
// succession joined to a verb of leaving gives the post left to the one
// after "by": "resigned as mayor in 2019 and was replaced by Ivo Dorn".
func (d *doc) succeededInClause(si int, x *syntax, v int, how string) {
	h := x.head(v)
	if _, passive, _ := x.subjectOf(v, 0); how == "succeeds" && passive && x.rel(v) == "conj" && h >= 0 && !d.careerUnreal(si, x, h) {
		// "quit as leader in 2019 and was replaced by Ana Holm": the one
		// after "by" takes the post the verb it is joined to left, then
		if hh, ok := x.careerHow(h); ok && (hh == "leaves" || hh == "removes") {
			var by []int
			for _, c := range x.childrenWith(v, "obl:agent", "obl") {
				if x.caseOf(c) == "by" {
					by = append(append(by, c), x.childrenWith(c, "appos")...) // "by his deputy, Ana Holm"
				}
			}
			if next := d.peopleAt(si, x, by); len(next) > 0 {
				for _, w := range x.postsOf(h) {
					d.postOf(si, x, h, w, "takes", next)
				}
			}
		}
		return
	}
	if x.rel(v) != "advcl" || x.tree.XPOS[v] != "VBG" || h < 0 || d.careerUnreal(si, x, h) {
		return
	}
	if hh, ok := x.careerHow(h); !ok || hh != "takes" && hh != "gives" {
		return
	}
	var left []int
	if how == "succeeds" {
		left = d.peopleAt(si, x, x.childrenWith(v, "obj"))
	} else {
		left = d.predecessorsFrom(si, x, v)
	}
	if len(left) == 0 {
		return
	}
	for _, w := range x.postsOf(h) {
		d.postOf(si, x, h, w, "removes", left)
	}
}

// postDistrict reads the district that a legislator's noun w, a post verb
// v tells of, is "for": "was elected MP for Ghent in 1971", "elected in
// 1971 as the member for Ghent" make whoever holds the post represent
// Ghent over its span.
func (d *doc) postDistrict(si int, x *syntax, v, w int, how string) {
	if !legislatorNouns[strings.ToLower(x.tree.Words[w])] || formerRole(x, w) {
		return
	}
	place := d.districtOf(si, x, w)
	if place < 0 {
		return
	}
	holders := d.heldInside(si, x, w)
	if len(holders) == 0 || !toObject(how) {
		holders = d.postHolders(si, x, v, w, how)
	}
	held := d.postSpan(si, x, v, w, how)
	for _, p := range holders {
		d.addRel(&relation{typ: "REPRESENTS", from: p, to: place, validFrom: held.since, validTo: held.until, sent: si, conf: 0.7})
	}
}

// postWords are the dependents of verb v that may name a post: its
// object, complement and obliques, and the "as" phrase of a span it
// holds it for, which the parse hangs on the span ("served three terms
// as interior minister", "served two years as ambassador").
func (x *syntax) postWords(v int) []int {
	ws := x.childrenWith(v, "obj", "xcomp", "obl")
	for _, w := range x.childrenWith(v, "obj", "obl") {
		// "served two terms as mayor", "was inaugurated for a second term as president"
		if tenureNouns[x.lemma(w)] || timeUnitNouns[x.lemma(w)] {
			for _, c := range x.childrenWith(w, "nmod") {
				if x.caseOf(c) == "as" {
					ws = append(ws, c)
				}
			}
		}
	}
	ws = append(ws, x.postsFoldedIntoTime(v)...)
	return append(ws, x.secondPosts(v, ws)...)
}

// postsFoldedIntoTime are the nouns the parse folds into a span of time
// after them as its compound, a post it gives verb v: in "was sworn in as
// president hours later" and "became interim president hours later",
// "president" is read as a modifier of "hours", the span hung on the verb
// or on its "later".
func (x *syntax) postsFoldedIntoTime(v int) []int {
	spans := x.childrenWith(v, "obl", "obl:npmod", "obl:tmod")
	for _, a := range x.childrenWith(v, "advmod") {
		spans = append(spans, x.childrenWith(a, "obl:npmod")...)
	}
	var out []int
	for _, s := range spans {
		if !timeUnitNouns[x.lemma(s)] {
			continue
		}
		for _, c := range x.childrenWith(s, "compound") {
			if x.pos(c) == "NOUN" {
				out = append(out, c)
			}
		}
	}
	return out
}

// secondPosts are the posts coordinated with the "as" phrase among verb
// v's dependents ws: "served as justice minister from 1979 to 1983 and
// (as) finance minister from 1985 to 1988", parsed with the second on
// the first or, past the first's dates, on the verb.
func (x *syntax) secondPosts(v int, ws []int) []int {
	var out []int
	for _, w := range ws {
		if x.rel(w) != "obl" || x.caseOf(w) != "as" {
			continue
		}
		for _, c := range append(x.childrenWith(w, "conj"), x.childrenWith(v, "conj")...) {
			if p := x.pos(c); (p == "NOUN" || p == "PROPN") && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// tenureNouns are the spans an office is held for
// (data/words/tenure_nouns.txt).
var tenureNouns = wordSet("tenure_nouns.txt")

// plural reports a noun whose lemma is not its form: "prosecutors".
func plural(x *syntax, w int) bool {
	return x.pos(w) == "NOUN" && x.lemma(w) != strings.ToLower(x.tree.Words[w])
}

// postAt reads the office that word w, a dependent of verb v, names and
// gives it to whoever v says holds it.
func (d *doc) postAt(si int, x *syntax, v, w int, how string) {
	d.postOf(si, x, v, w, how, nil)
}

// postOf is postAt with the holders given: the people who leave the post,
// where another verb names them (leavers), else nil for those verb v
// says hold it.
func (d *doc) postOf(si int, x *syntax, v, w int, how string, leavers []int) {
	start := x.token(firstWord(x, w))
	inside := d.heldInside(si, x, w)
	if len(inside) > 0 {
		// "appointed her health minister", "elected Ana Holm leader": the
		// title starts after its holder
		start = x.token(w)
		for start > d.sents[si].first && d.mentionOver(si, start-1) == nil && d.toks[start-1].kind == tokWord && !possessiveMarks[d.toks[start-1].lower] {
			start--
		}
	}
	o, body, end := d.titleAt(si, start)
	if o == nil && len(inside) == 0 && how != "joins" {
		if p := x.portfolioOffice(d, v, w); p != nil {
			o, end = p, x.token(w)+1 // "took over the foreign ministry": the foreign minister's post
		}
	}
	if o == nil && how == "holds" && len(inside) == 0 {
		d.jobAt(si, x, v, w) // "worked as an analyst at Petrokav": a job, not an office
		return
	}
	if how == "holds" && len(inside) == 0 && body < 0 && (o.Body == "organization" || o.Body == "company" || occupationTitles[o.Title] != "") && d.jobAt(si, x, v, w) {
		// "works as a senior adviser at the Ministry of Finance": a
		// title of no state's read as the job it is, at the body named
		return
	}
	if o == nil || end <= x.token(w) || formerWords[d.toks[start].lower] || formerRole(x, w) {
		// no title, or one that only modifies the word ("the cabinet
		// minister's aide"), or a former one ("as former finance
		// minister"); a word before the phrase is the verb's: "was
		// ousted as leader", "was deposed as president"
		return
	}
	holders := inside
	if leavers != nil {
		holders = leavers
	} else if len(holders) == 0 || !toObject(how) {
		holders = d.postHolders(si, x, v, w, how)
	}
	after, owner := d.bodyOfAfter(si, end), -1
	if owner = after; owner < 0 {
		owner = d.itsBody(si, x, v, w)
	}
	if body < 0 && o.Body == "party" && (owner < 0 || d.partyLike(d.ents[owner])) {
		// not "resigned as leader of Leeds City Council", "the council
		// appointed X as its leader": a party's title of a body that
		// owns it is that body's post, whatever the holder's party
		body = d.partyOfPost(si, x, v, w, holders)
	}
	if body < 0 && o.Title == president {
		body = d.partyPresidency(si, x, v, w)
	}
	if b := after; body < 0 && !countryOffices[o.Body] && b >= 0 && (d.partyLike(d.ents[b]) || d.orgPostIn(o, b)) {
		body = b // "elected chairman of the Civic Bloc in January 2023", "to become chief executive of the Harbour Trust"
	}
	held := d.postSpan(si, x, v, w, how)
	if how == "takes" || how == "gives" {
		held.until = cmp.Or(held.until, d.servedUntil(si, x, v))
	}
	if body < 0 && how == "gives" && countryOffices[o.Body] {
		body = d.givingCountry(si, x, v) // "Ukraine's president named X ambassador to Britain"
	}
	for _, p := range holders {
		b := body
		if countryOffices[o.Body] && (b < 0 || d.ents[b].kind != polgraph.KindParty) {
			b = d.officeCountry(o, body, p, how == "gives")
		}
		d.officeFacts(si, p, o, b, held)
	}
}

// orgPostIn reports whether office o, one a company or another organisation
// gives (its chief executive, director, chairman), is a post in
// organisation b: not a chamber, whose chair holds an office the
// legislature readers give, nor a committee (panelNouns), whose chair
// sits on it.
func (d *doc) orgPostIn(o *gazetteer.Office, b int) bool {
	e := d.ents[b]
	return (o.Body == "company" || o.Body == "organization") && e.kind == polgraph.KindOrganization && !isLegislature(e) && !isPanel(e)
}

// isPanel reports a body whose name has a word of panelNouns: "the
// Foreign Affairs Committee", "the Senate Judiciary Committee".
func isPanel(e *entity) bool {
	return slices.ContainsFunc(lowerWords(e.name), func(w string) bool { return panelNouns[w] })
}

// panelNouns name panels of members of a larger body
// (data/words/panel_nouns.txt): "committee", "caucus".
var panelNouns = wordSet("panel_nouns.txt")

// partyPresidency is the party whose presidency post word w names, a
// dependent of verb v, or -1: one that modifies it ("the Harbour Party's
// president"), or the party that is v's subject where "its" owns the post
// ("the Harbour Party elected X as its new president"). A president is a
// state's unless the phrase names a party.
func (d *doc) partyPresidency(si int, x *syntax, v, w int) int {
	if p := d.partyModifying(si, x, w); p >= 0 {
		return p
	}
	if b := d.itsBody(si, x, v, w); b >= 0 && d.ents[b].kind == polgraph.KindParty {
		return b
	}
	return -1
}

// itsBody is the body that is verb v's subject where "its" owns post word
// w ("the Harbour Party elected X as its new president", "the council
// appointed X as its leader"), or -1.
func (d *doc) itsBody(si int, x *syntax, v, w int) int {
	if !slices.ContainsFunc(x.childrenWith(w, "nmod:poss"), func(c int) bool { return strings.EqualFold(x.tree.Words[c], "its") }) {
		return -1
	}
	for _, s := range x.childrenWith(v, "nsubj") {
		if m := d.mentionOver(si, x.token(s)); m != nil && m.ent >= 0 && isBody(d.ents[m.ent].kind) {
			return m.ent
		}
	}
	return -1
}

// dateInPost is the date of a time "in" or "on" that the parse hangs
// deep inside the phrase of post word w, past its own modifiers: "took
// over the foreign ministry on 2 May", "was moved from the defence
// ministry to the interior ministry on 3 May", the date on the second
// ministry. A clause or apposition on the post is not its phrase. Else "".
func (d *doc) dateInPost(si int, x *syntax, w int) string {
	for _, c := range x.subtree(w, postPhraseStops) {
		if c == w {
			continue
		}
		if k := x.caseOf(c); k != "" && k != "in" && k != "on" {
			continue
		}
		if date := d.dateOver(si, x.token(c)); date != "" {
			return date
		}
	}
	return ""
}

// postPhraseStops are the dependents that end a post's phrase: a clause,
// an apposition, a conjunct or an aside on it.
var postPhraseStops = map[string]bool{"acl": true, "acl:relcl": true, "appos": true, "conj": true, "parataxis": true}

// servedUntil is the end a verb of holding a post, joined to verb v of
// taking it with no post of its own, gives the post v takes: "became
// foreign minister in 1979 and served until 1985", "became leader of the
// party in 1994 and led it until 2003". Else "".
func (d *doc) servedUntil(si int, x *syntax, v int) string {
	for _, c := range x.childrenWith(v, "conj") {
		if objs := x.childrenWith(c, "obj"); x.leadVerb(c) && len(objs) == 1 && strings.EqualFold(x.tree.Words[objs[0]], "it") {
			// "became leader of the Harvest Party in 1994 and led it
			// until his death in 2003"
			if until := d.postSpan(si, x, c, c, "holds").until; until != "" {
				return until
			}
			continue
		}
		if careerVerbs[x.lemma(c)] != "holds" || len(x.childrenWith(c, "obj", "xcomp")) > 0 ||
			slices.ContainsFunc(x.childrenWith(c, "obl"), func(o int) bool { return x.caseOf(o) == "as" }) {
			continue // "and served as ambassador until 1985": a post of its own
		}
		if until := d.postSpan(si, x, c, c, "holds").until; until != "" {
			return until
		}
	}
	return ""
}

// jobAt reads the job that role noun w, in the "as" phrase of verb v,
// names with the organisation it is held at: "worked as an analyst at
// the Central Bank until 2019", "serves as a senior adviser to the
// Ministry of Finance". The organisation is the role's "at", "for",
// "with" or "to" phrase, or the verb's after the role ("While at the State
// Department, X worked as an adviser to Y" says where X worked, not as
// what). It reports whether it found one.
func (d *doc) jobAt(si int, x *syntax, v, w int) bool {
	if x.caseOf(w) != "as" || !workRoles[strings.ToLower(x.lemma(w))] || formerRole(x, w) {
		return false
	}
	org := -1
	for _, c := range append(x.childrenWith(w, "nmod"), x.childrenWith(v, "obl")...) {
		if c < w {
			continue
		}
		switch x.caseOf(c) {
		case "at", "for", "with", "to":
		default:
			continue
		}
		if m := d.mentionOver(si, x.token(c)); m != nil && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindOrganization {
			org = m.ent
			break
		}
	}
	if org < 0 {
		return false
	}
	held := d.postSpan(si, x, v, w, "holds")
	for _, p := range d.postHolders(si, x, v, w, "holds") {
		d.addRel(&relation{typ: "WORKS_FOR", from: p, to: org, role: strings.ToLower(x.lemma(w)), sent: si, conf: 0.65, validFrom: held.since, validTo: held.until})
	}
	return true
}

// givingCountry is the country that verb v's subject is or serves
// ("Ukraine named", "Ukraine's president appointed", "the Ukrainian
// government named"): a state's posts are given by the state. It is -1
// for any other subject.
func (d *doc) givingCountry(si int, x *syntax, v int) int {
	for _, s := range x.childrenWith(v, "nsubj") {
		if m := d.mentionOver(si, x.token(s)); m != nil && m.named() && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
			// "President X appointed Y as his envoy": the state X is
			// given an office of
			return d.countryOf(m.ent)
		}
		ws := []int{s}
		if x.pos(s) == "NOUN" {
			ws = append(ws, x.childrenWith(s, "nmod:poss", "amod")...)
		}
		for _, w := range ws {
			if m := d.mentionOver(si, x.token(w)); m != nil && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindCountry {
				return m.ent
			}
		}
	}
	return -1
}

// countryOffices are the kinds of office a country gives.
var countryOffices = map[string]bool{"government": true, "head-of-state": true, "diplomatic": true, "judiciary": true}

// officeCountry is the country of an office that the text names body (-1
// for none) of, held by p: the one named, else the one the title was last
// named of ("finance minister of Ruritania", then "as finance minister"),
// else the one p's career is told in ("appointed her health minister" in a
// profile of Aurevia's prime minister), or -1.
//
// given reports a post given to p by someone else whose state the text
// does not tell: p's citizenship is then no cue, as the post is the
// giver's state's ("President X appointed Swedish diplomat Y as his
// envoy": X's envoy, whatever Y's passport); an office p held before is.
func (d *doc) officeCountry(o *gazetteer.Office, body, p int, given bool) int {
	if d.officeBodies == nil {
		d.officeBodies = map[string]int{}
	}
	if body >= 0 {
		d.officeBodies[o.Title] = body
		return body
	}
	if c, ok := d.officeBodies[o.Title]; ok {
		return c
	}
	return d.countryOfCareer(p, given)
}

// countryOfCareer is the one country the text has already given person p
// an office in or made p a citizen of (officesOnly: an office only), or
// -1: a career is told in one country, even where the article's home is
// not plain.
func (d *doc) countryOfCareer(p int, officesOnly bool) int {
	found := -1
	for _, r := range d.rels {
		if r.from != p || r.homeGuess || (r.typ != "HOLDS_OFFICE" && (r.typ != "CITIZEN_OF" || officesOnly)) || d.ents[r.to].kind != polgraph.KindCountry {
			continue
		}
		if found >= 0 && found != r.to {
			return -1
		}
		found = r.to
	}
	return found
}

// heldInside are the people the parser hung on the title word w of a verb
// that gives posts, where they are its object beside the title: "her" read
// as a possessive ("appointed her health minister") or a name read as a
// compound ("elected Ana Holm leader").
func (d *doc) heldInside(si int, x *syntax, w int) []int {
	if held := d.heldBy(si, x, w); len(held) > 0 {
		return d.people(held)
	}
	for _, c := range x.childrenWith(w, "compound") {
		if m := d.mentionOver(si, x.token(c)); m != nil && m.named() && m.last == x.token(w) {
			return d.people(d.refs(m))
		}
	}
	return nil
}

// posts are the facts an office gives that last as long as the office:
// not the membership of the party a leader leads, nor a president's
// citizenship.
var posts = map[string]bool{"HOLDS_OFFICE": true, "LEADS": true, "WORKS_FOR": true}

// date gives r the ends of its span that it does not have yet.
func (r *relation) date(since, until string) {
	if r.validFrom == "" && (r.validTo == "" || since <= r.validTo) {
		r.validFrom = since
	}
	if r.validTo == "" && until >= r.validFrom {
		r.validTo = until
	}
}

// firstWord is the first word of w's phrase, past the words that do not
// name it: its preposition, punctuation, the clauses after it and an
// adverb before it ("and later as prime minister").
func firstWord(x *syntax, w int) int {
	first := w
	for _, c := range x.subtree(w, map[string]bool{"case": true, "cc": true, "acl:relcl": true, "acl": true, "punct": true, "appos": true, "advmod": true}) {
		first = min(first, c)
	}
	return first
}

// toObject reports the verbs that give or take their object's post.
func toObject(how string) bool { return how == "gives" || how == "removes" }

// postHolders are the people verb v gives, or whose subject takes, holds or
// leaves, the post that its dependent w names.
func (d *doc) postHolders(si int, x *syntax, v, w int, how string) []int {
	subj, passive, _ := x.subjectOf(v, 0)
	var words []int
	if how == "takes" && passive && careerVerbs[x.lemma(v)] == "succeeds" {
		// "X was succeeded as leader by Y in 2022": the one after "by"
		// takes the post; the subject is the one who leaves it. The parse
		// may hang "by Y" on the post ("as leader of the party by Y")
		for _, c := range append(x.childrenWith(v, "obl:agent", "obl"), x.childrenWith(w, "nmod")...) {
			if x.caseOf(c) == "by" {
				words = append(words, c)
			}
		}
		return d.peopleAt(si, x, words)
	}
	if toObject(how) && !passive {
		for _, o := range x.childrenWith(v, "obj", "iobj") {
			if o != w {
				words = append(words, o)
			}
		}
		if len(words) == 0 && postMoveVerbs[x.lemma(v)] {
			words = subj // "Ivo Dorn moves from finance to the foreign ministry": he moves himself
		}
	} else {
		words = subj
	}
	return d.peopleAt(si, x, words)
}

// peopleAt are the persons the mentions over words of sentence si's tree
// name.
func (d *doc) peopleAt(si int, x *syntax, words []int) []int {
	var out []int
	for _, c := range words {
		if m := d.mentionOver(si, x.token(c)); m != nil {
			out = appendNew(out, d.people(d.refs(m))...)
		}
	}
	return out
}

// people keeps the persons of ents.
func (d *doc) people(ents []int) []int {
	var out []int
	for _, e := range ents {
		if d.ents[e].kind == polgraph.KindPerson {
			out = append(out, e)
		}
	}
	return out
}

// partyOfPost is the party a party post named at word w belongs to when
// its title names none before it: the party the post is "of" ("stepped
// down as leader of the Harbour Party"), else the party that gives it
// ("the Greens elected her leader"), else the one party the text has
// made its one holder a member or leader of ("joined the Valley Party in
// 1990. In 2004, after a row with the Mountain Party, he stepped down as
// party leader": his party, not the one named since), else the last
// party named before it ("stepped down as leader"), or -1.
func (d *doc) partyOfPost(si int, x *syntax, v, w int, holders []int) int {
	if p := d.partyModifying(si, x, w); p >= 0 {
		return p
	}
	for _, s := range x.childrenWith(v, "nsubj") {
		if m := d.mentionOver(si, x.token(s)); m != nil && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindParty {
			return m.ent
		}
	}
	if len(holders) == 1 {
		if p := d.ownParty(holders[0]); p >= 0 {
			return p
		}
	}
	return d.lastNamed(si, x.token(w), polgraph.KindParty)
}

// postSpan is when a post began and ended, from the times on verb v or on
// w, the word naming the post: a span ("from 1998 to 2003", "between 1989
// and 1996", "since 2016", "until 2009") gives both or one end; a point in
// time ("in 1983") gives the start of a post given, taken or joined and the
// end of one left or taken away.
func (d *doc) postSpan(si int, x *syntax, v, w int, how string) span {
	var since, until, at string
	// the parser may hang the time on the post: "resigned as finance
	// minister on Wednesday"
	times := x.childrenWith(v, "obl", "obl:tmod", "advmod", "obl:npmod")
	if w != v && x.rel(w) == "conj" {
		// "served as finance minister from 2001 to 2004 and then as
		// prime minister": the times before a second post are the first's
		first := firstWord(x, w)
		times = slices.DeleteFunc(times, func(c int) bool { return c < first })
	}
	times = append(times, x.childrenWith(w, "nmod", "nmod:tmod")...)
	for _, o := range x.childrenWith(v, "obj") {
		if o != w && officeNouns[x.lemma(o)] {
			// "held the post until the coalition collapsed", the end
			// hung on the post
			times = append(times, x.childrenWith(o, "nmod")...)
		}
	}
	var whenTimes []int
	if h := x.head(v); x.rel(v) == "advcl" && h >= 0 && x.whenClause(v) {
		// "returned to politics in 2004, when she was elected": the
		// clause "when" opens is dated by the one it hangs on, at that
		// time whatever its preposition ("was mayor until 2016, when she
		// was elected to parliament": elected in 2016, not until then)
		whenTimes = x.childrenWith(h, "obl", "obl:tmod")
		times = append(times, whenTimes...)
	}
	endEvent := false // "until his retirement": an end an event of its own dates
	for _, c := range times {
		date := d.dateOver(si, x.token(c))
		if slices.Contains(whenTimes, c) {
			at = cmp.Or(at, date)
			continue
		}
		if k := x.caseOf(c); date == "" && (k == "until" || k == "till") && x.pos(c) == "NOUN" {
			endEvent = true
			// "until his death in 2003", "until her defeat in the 1999
			// election": the time the event's own phrase gives; "until
			// the coalition collapsed in 2012", read as a noun with a
			// participle: the participle's
			until = cmp.Or(until, d.clauseDate(si, x, c, "nmod"))
			for _, a := range x.childrenWith(c, "acl") {
				until = cmp.Or(until, d.clauseDate(si, x, a, "obl"))
			}
		}
		if date == "" {
			continue
		}
		switch x.caseOf(c) {
		case "from", "between":
			since = date
			for _, e := range x.childrenWith(c, "nmod", "conj") {
				if k := x.caseOf(e); k == "to" || k == "until" || k == "till" || k == "" {
					until = d.dateOver(si, x.token(e))
				}
			}
		case "since":
			since = date
		case "until", "till", "to":
			until = date
		case "in", "on", "":
			at = date
		}
	}
	for _, c := range x.childrenWith(v, "advcl") {
		if how == "leaves" || how == "removes" {
			break // "resigned in 2010 before retiring in 2015": the verb's own date is the end
		}
		// "until the coalition collapsed in 2012", "before retiring in
		// 2015": a clause whose event ends the post dates its end
		if k := x.markOf(c); until == "" && (k == "until" || k == "till" || k == "before" && (postEndingVerbs[x.lemma(c)] || how == "holds" && x.takesNewPost(c))) {
			until = d.clauseDate(si, x, c, "obl")
			endEvent = true
		}
	}
	if endEvent && until == "" && at != "" {
		// "held the post until his retirement in 2011": the date is the
		// end's, however the parse hangs it
		until, at = at, ""
	}
	if since == "" && until == "" && at == "" && w != v {
		at = d.dateInPost(si, x, w)
	}
	if since == "" && until == "" && at == "" && (x.rel(v) == "root" || x.rel(v) == "conj" && x.rel(x.head(v)) == "root") {
		// "In 2006 he left the Liberal Democrats and joined the National
		// Renewal party", "In 2022 Veres became a member": a date that
		// opens the sentence dates its main verbs, however the parse
		// hangs it
		at = d.frontedDate(si, x.token(v))
	}
	if w := strings.ToLower(x.tree.Words[v]); strings.HasSuffix(w, "ed") && (x.token(v) == d.sents[si].first || pastContext(d.toks[x.token(v)-1].lower)) {
		// "elected Sato as its leader on Friday, ensuring he will
		// become": the weekday the event is dated by (pastTense)
		at = d.pastDate(at)
	}
	if since == "" && until == "" && at == "" && v == w {
		at = d.switchDate(si, x, v, how)
	}
	if since == "" && until == "" && at == "" && how == "takes" {
		at = d.leftToTakeDate(si, x, v)
	}
	if since == "" && until == "" && at == "" {
		at = d.eventDateAt(si, x.token(v)) // "became foreign minister four years later"
	}
	switch how {
	case "gives", "takes", "joins":
		if since == "" {
			since = at
		}
	case "leaves", "removes":
		if until == "" {
			until = at
		}
	}
	return span{since, until}
}

// leftToTakeDate is the date of the leaving that verb v, an infinitive
// of purpose taking a post, hangs on: one who "resigned in March to
// become chief executive of the Harbour Trust" or "left the cabinet in
// 2021 to become its director" took the new post then; "".
func (d *doc) leftToTakeDate(si int, x *syntax, v int) string {
	h := x.head(v)
	if h < 0 || x.rel(v) != "advcl" || x.markOf(v) != "to" || !x.isVerb(h) || x.modalOrNegated(h) {
		return ""
	}
	if how, _ := x.careerHow(h); how != "leaves" && !leavingVerbs[x.lemma(h)] {
		return ""
	}
	return d.postSpan(si, x, h, h, "leaves").until
}

// eventDateAt is the date its own sentence gives the event whose trigger
// is token i of sentence si, where no tree dates a post: a time the
// windows read relative to another ("four years later"), or one relative
// to the events the story told before it ("was sworn in as president
// hours later", datedInItsSentence); not the lead's or the story's day,
// which a biography's undated post would wrongly take, or "".
func (d *doc) eventDateAt(si, i int) string {
	for _, ev := range d.events {
		if ev.sent == si && ev.trig[0] == i && !ev.dropped && datedInItsSentence(ev) && ev.status == polgraph.StatusAsserted {
			return ev.date
		}
	}
	return ""
}

// postEndingVerbs end the post of the clause that a "before" clause of
// theirs is on: "led the party before retiring in 2015"
// (data/words/post_ending_verbs.txt).
var postEndingVerbs = wordSet("post_ending_verbs.txt")

// takesNewPost reports a verb c that gives or takes a post or a seat of
// its own: a post held "before she was elected to parliament in 2016" or
// "before entering parliament in 2011" was left for it then.
func (x *syntax) takesNewPost(c int) bool {
	how, _ := x.careerHow(c)
	return how == "gives" || how == "takes" || chamberEnteringVerbs[x.lemma(c)]
}

// clauseDate is the date that a dependent of word w of relation rel with
// "in" or "on" gives, its own words or a number on its noun ("in 2012", "in
// the 1999 election"), or "".
func (d *doc) clauseDate(si int, x *syntax, w int, rel string) string {
	for _, n := range x.childrenWith(w, rel) {
		if k := x.caseOf(n); k != "in" && k != "on" {
			continue
		}
		for _, c := range append([]int{n}, x.childrenWith(n, "nummod", "compound", "amod")...) {
			if date := d.dateOver(si, x.token(c)); date != "" {
				return date
			}
		}
	}
	return ""
}

// switchDate is the date of the one change of party that undated verb v
// of joining or leaving is a part of: the clause it hangs on tells it.
// One who "joined the Progress Party in 2014 after leaving the Union
// Party" (or "having left it") left the Union Party by 2014; one who "in
// 2021 quit the Green Alliance to join the Harvest Party" joined that
// then. Not the other way round: "left in 2014 after joining it" and
// "having left X, joined Y" do not say when the other end was. A joining
// coordinated after a leaving ("left X on Monday and joined Y") is the
// leaving's.
func (d *doc) switchDate(si int, x *syntax, v int, how string) string {
	h := x.head(v)
	if h < 0 || x.rel(v) != "advcl" && x.rel(v) != "xcomp" && x.rel(v) != "conj" || !x.isVerb(h) {
		return ""
	}
	headJoins, headLeaves := careerVerbs[x.lemma(h)] == "joins", leavingVerbs[x.lemma(h)]
	switch {
	case x.rel(v) == "conj":
		// "resigned from the Civic Front on Thursday and joined the Unity
		// Bloc": a joining told in one breath with a leaving is dated by it
		if headHow, _ := x.careerHow(h); how != "joins" || careerVerbs[x.lemma(v)] != "joins" || !headLeaves && headHow != "leaves" {
			return ""
		}
		headJoins = false
	case how == "leaves" && leavingVerbs[x.lemma(v)] && (headJoins || headLeaves) &&
		(x.markOf(v) == "after" || slices.ContainsFunc(x.childrenWith(v, "aux"), func(a int) bool { return x.lemma(a) == "have" && x.tree.XPOS[a] == "VBG" })):
	case how == "joins" && careerVerbs[x.lemma(v)] == "joins" && headLeaves && x.markOf(v) == "to":
	default:
		return ""
	}
	if x.modalOrNegated(h) {
		return ""
	}
	if headJoins {
		return d.postSpan(si, x, h, h, "joins").since
	}
	return d.postSpan(si, x, h, h, "leaves").until
}

// frontedDate is the date of an "in" or "on" phrase that opens sentence
// si before token v ("In 2006 he joined"), or "".
func (d *doc) frontedDate(si, v int) string {
	first := d.sents[si].first
	if first+1 >= v || d.toks[first].lower != "in" && d.toks[first].lower != "on" {
		return ""
	}
	return d.dateOver(si, first+1)
}

// bodyOfAfter is the party or organisation named right after "of" at
// token i of sentence si ("chairman of the Civic Bloc"), or -1.
func (d *doc) bodyOfAfter(si, i int) int {
	s := &d.sents[si]
	if i+1 >= s.last || d.toks[i].lower != "of" {
		return -1
	}
	k := i + 1
	if d.toks[k].lower == "the" {
		k++
	}
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.first == k && m.ent >= 0 && m.named() && isBody(d.ents[m.ent].kind) {
			return m.ent
		}
	}
	return -1
}

// span is when a fact held; either end may be "".
type span struct{ since, until string }

// dateOver is the date of the time expression over token i of sentence
// si, or "".
func (d *doc) dateOver(si, i int) string {
	start := d.toks[i].start
	for _, t := range d.times {
		if t.sent == si && t.typ == "DATE" && t.start <= start && start < t.end {
			date, _ := eventDate(t.value)
			return date
		}
	}
	return ""
}

// seatNouns name a seat in a legislature (data/words/seat_nouns.txt).
var seatNouns = wordSet("seat_nouns.txt")

// chamberEnteringVerbs give their subject a seat in the chamber that is
// their object: "entered parliament in 2016"
// (data/words/chamber_entering_verbs.txt).
var chamberEnteringVerbs = wordSet("chamber_entering_verbs.txt")

// seatFacts reads a seat won or held off verb v: "was elected to the
// Assembly for the district of Coimbra in 1976", "won a seat in parliament
// for the district of Brevik" and "has represented the seat of Brevik for
// the Harbour Party since 2016" give the chamber's seat (HOLDS_OFFICE), the
// district (REPRESENTS) from that year and the party it is held for; "and
// represented it from 1976 until 1998" after it, or "the European
// Parliament, where she sat until 2009", give the span.
func (d *doc) seatFacts(si int, x *syntax, v int, how string) {
	places := x.childrenWith(v, "obl")
	seat := -1
	entered := -1 // the chamber an entering verb's object names: "entered the Danish parliament"
	for _, o := range x.childrenWith(v, "obj") {
		if seatNouns[x.lemma(o)] && holdingVerbs[x.lemma(v)] {
			seat = o
			places = append(places, x.childrenWith(o, "nmod")...)
		}
		if m := d.mentionOver(si, x.token(o)); chamberEnteringVerbs[x.lemma(v)] && m != nil && m.ent >= 0 && m.named() && d.ents[m.ent].kind == polgraph.KindOrganization && isLegislature(d.ents[m.ent]) {
			entered = m.ent
		}
	}
	if seat < 0 && entered < 0 && how != "gives" {
		return
	}
	subj, passive, _ := x.subjectOf(v, 0)
	if seat < 0 && entered < 0 && !passive {
		return // "the party elected her leader" is no seat
	}
	holders := d.peopleAt(si, x, subj)
	for _, c := range places {
		if seat >= 0 && x.caseOf(c) == "on" {
			// "won a seat on the council for Oosterbroek": the district
			// hangs on the body the seat is on
			places = append(places, x.childrenWith(c, "nmod")...)
		}
	}
	chamber, chamberWord, district, party := -1, -1, -1, -1
	for _, c := range places {
		switch x.caseOf(c) {
		case "to", "in":
			if m := d.mentionOver(si, x.token(c)); m != nil && m.ent >= 0 && m.named() && d.ents[m.ent].kind == polgraph.KindOrganization && isLegislature(d.ents[m.ent]) {
				chamber, chamberWord = m.ent, c
			} else if p := d.seatDistrict(si, x, c); p >= 0 && seat >= 0 && x.caseOf(c) == "in" {
				district = p // "held her seat in Zuiderwijk": the district the seat is of
			}
		case "for", "of":
			if x.caseOf(c) == "for" || seat >= 0 && x.head(c) == seat { // "the seat of Brevik"
				if p := d.seatDistrict(si, x, c); p >= 0 {
					district = p
				}
			}
			if p := d.partyAt(si, x, c); p >= 0 && x.caseOf(c) == "for" {
				party = p // "represented Brevik for the Harbour Party"
			}
		}
	}
	if seat >= 0 && district < 0 {
		district = d.seatDistrict(si, x, seat) // "won the Zuiderwijk seat"
	}
	if chamber < 0 && entered >= 0 {
		if since := d.postSpan(si, x, v, v, "gives").since; since == "" || len(since) > len("2016-05") {
			return // "entered parliament on Monday", "entered the Storting to vote": into the building
		}
		chamber = entered
	}
	if chamber < 0 && district < 0 {
		return
	}
	won := d.postSpan(si, x, v, v, "gives")
	var facts []*relation
	for _, p := range holders {
		if chamber >= 0 {
			facts = append(facts, d.addRel(&relation{typ: "HOLDS_OFFICE", from: p, to: chamber, role: "Member", validFrom: won.since, validTo: won.until, sent: si, conf: 0.65}))
		}
		if district >= 0 {
			facts = append(facts, d.addRel(&relation{typ: "REPRESENTS", from: p, to: district, validFrom: won.since, validTo: won.until, sent: si, conf: 0.7}))
		}
		if party >= 0 {
			d.addRel(&relation{typ: "MEMBER_OF", from: p, to: party, sent: si, conf: 0.7})
		}
	}
	// the span the seat was held: a verb of holding it that goes on from
	// this one ("and represented it from 1976 until 1998") or a clause on
	// the chamber ("where she sat until 2009")
	var spans []int
	for _, c := range x.childrenWith(v, "conj") {
		if o := x.childrenWith(c, "obj"); len(o) == 1 && strings.EqualFold(x.tree.Words[o[0]], "it") {
			spans = append(spans, c)
		}
	}
	if chamberWord >= 0 {
		spans = append(spans, x.childrenWith(chamberWord, "acl:relcl")...)
	}
	for _, c := range spans {
		held := d.postSpan(si, x, c, c, "holds")
		for _, r := range facts {
			if r != nil {
				r.date(held.since, held.until)
			}
		}
	}
}

// seatDistrict is the place word w names as a seat's district: itself ("for
// Brevik") or its "of" ("for the district of Brevik"), or -1.
func (d *doc) seatDistrict(si int, x *syntax, w int) int {
	for _, c := range append([]int{w}, x.childrenWith(w, "nmod", "compound", "flat")...) {
		if c != w && x.rel(c) == "nmod" && x.caseOf(c) != "of" {
			continue
		}
		if m := d.mentionOver(si, x.token(c)); m != nil && m.ent >= 0 && m.named() && d.ents[m.ent].kind == polgraph.KindPlace {
			return m.ent
		}
	}
	return -1
}

// citizenshipNouns and holdingVerbs: "held both Portuguese and Brazilian
// citizenship" (data/words/citizenship_nouns.txt, holding_verbs.txt).
var (
	citizenshipNouns = wordSet("citizenship_nouns.txt")
	holdingVerbs     = wordSet("holding_verbs.txt")
)

// citizenships reads "X held both Portuguese and Brazilian citizenship"
// and "X was granted French nationality" off the tree of sentence si: each
// nationality before a citizenship noun that a verb of holding gives a
// person makes that person the country's citizen.
func (d *doc) citizenships(si int) {
	if x := d.taggedOf(si); x == nil || !x.hasWord(citizenshipNouns) || !x.hasVerb(holdingVerbs) {
		return
	}
	x := d.syntaxOf(si)
	for n := range x.tree.Words {
		v := x.head(n)
		if !citizenshipNouns[x.lemma(n)] || x.rel(n) != "obj" || v < 0 || !holdingVerbs[x.lemma(v)] {
			continue
		}
		// the subject holds it, or in the passive receives it ("she was
		// granted French citizenship")
		holders, _, _ := x.subjectOf(v, 0)
		people := d.peopleAt(si, x, holders)
		for _, a := range x.childrenWith(n, "amod", "compound") {
			for _, c := range append([]int{a}, x.childrenWith(a, "conj")...) {
				m := d.mentionOver(si, x.token(c))
				if m == nil || m.ent < 0 || d.ents[m.ent].kind != polgraph.KindCountry {
					continue
				}
				for _, p := range people {
					d.addRel(&relation{typ: "CITIZEN_OF", from: p, to: m.ent, sent: si, conf: 0.7})
				}
			}
		}
	}
}

// leavingVerbs end a membership their subject held (data/words/leaving_verbs.txt).
var leavingVerbs = wordSet("leaving_verbs.txt")

// partyJoined reads a membership off verb v of joining: its subject joins
// the party that is its object (or that its relative clause follows, "the
// Labour Party, which she joined"), from the clause's date, until that of
// a verb of leaving that goes on from it with no object of its own ("and
// left four decades later").
func (d *doc) partyJoined(si int, x *syntax, v int) {
	if x.gerundOfTopic(v) {
		return // "campaigned against joining the Union": no one joined
	}
	if x.joinedInDoing(v) {
		return // "joined Republicans in backing the bill": sided with them in a deed, no member
	}
	objs := append(x.objectsOf(v), d.relativeObjects(si, x, v)...)
	for _, o := range x.childrenWith(v, "obj") {
		for _, c := range x.childrenWith(v, "obl", "obl:npmod") {
			if x.caseOf(c) == "" && x.pos(c) == "PROPN" && firstWord(x, c) == o+1 {
				objs = append(objs, c) // "joined the opposition National Union", the name hung on the verb
			}
		}
	}
	parties := d.partiesOver(si, x, objs)
	if len(parties) == 0 {
		parties = d.partyTakenUpBy(si, x, v, objs)
	}
	if len(parties) == 0 {
		return
	}
	held := d.postSpan(si, x, v, v, "joins")
	for _, c := range x.childrenWith(v, "conj") {
		if leavingVerbs[x.lemma(c)] && x.leavesItsAntecedent(c) {
			held.until = d.postSpan(si, x, c, c, "leaves").until
		}
	}
	d.memberships(si, x, v, parties, held)
}

// partyTakenUpBy is the party that "the party", one of objs of verb v,
// takes up ("Born in Kessmouth, she joined the party in 1998" in a
// profile of a Harbour Party senator): the one party the text has so far
// made v's one subject a member or leader of, else the one party the
// paragraph names just before; none where two fit.
func (d *doc) partyTakenUpBy(si int, x *syntax, v int, objs []int) []int {
	o := slices.IndexFunc(objs, x.bareTheParty)
	if o < 0 {
		return nil
	}
	subj, _, _ := x.subjectOf(v, 0)
	party := -1
	if who := d.peopleAt(si, x, subj); len(who) == 1 {
		party = d.ownParty(who[0])
	}
	if party < 0 {
		party = d.onlyPartyNear(si, x.token(objs[o]))
	}
	if party < 0 {
		return nil
	}
	return []int{party}
}

// bareTheParty reports the noun "party" at word w with "the" and nothing
// that tells which party it is ("the party", not "the party of his
// father", "the opposition party" or "her party").
func (x *syntax) bareTheParty(w int) bool {
	if x.lemma(w) != "party" || len(x.childrenWith(w, "compound", "amod", "flat", "nmod", "nmod:poss", "appos")) > 0 {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(w, "det"), func(c int) bool { return strings.EqualFold(x.tree.Words[c], "the") })
}

// ownParty is the one party (partyLike) the relations found so far make
// person p a member or leader of with no end, or -1 where there is none
// or more than one: one who left a party does not join it again unnamed.
func (d *doc) ownParty(p int) int {
	found := -1
	for _, r := range d.rels {
		if (r.typ == "MEMBER_OF" || r.typ == "LEADS") && r.from == p && r.validTo == "" && r.to != found && d.partyLike(d.ents[r.to]) {
			if found >= 0 {
				return -1
			}
			found = r.to
		}
	}
	return found
}

// leavesItsAntecedent reports whether verb c of leaving, joined to a verb
// of joining, leaves what that verb joined: it names nothing left ("joined
// the League in 2005 and left in 2012") or names it again by "it" ("and
// left it in 2012").
func (x *syntax) leavesItsAntecedent(c int) bool {
	objs := x.childrenWith(c, "obj")
	return len(objs) == 0 || len(objs) == 1 && x.pos(objs[0]) == "PRON" && strings.EqualFold(x.tree.Words[objs[0]], "it")
}

// relativeObjects is the word before the comma that opens the relative
// clause of verb v whose object is the relative pronoun: in "a member of
// the Agrarian Party, which he left in 2016" or "…, which she joined",
// the parse may hang the clause on the wrong word; the name before the
// comma is what the pronoun stands for.
func (d *doc) relativeObjects(si int, x *syntax, v int) []int {
	var out []int
	for _, o := range x.childrenWith(v, "obj") {
		if i := x.token(o); relativePronouns[d.toks[i].lower] && i > d.sents[si].first+1 && d.toks[i-1].text == "," && x.at(i-2) >= 0 {
			out = append(out, x.at(i-2))
		}
	}
	return out
}

// partyLeft reads "X left the Civic Union for the Unity Front in June
// 2021" and "X defected from the Civic Union to the Unity Front last
// year" off verb v of leaving a party: its subject is a member of the one
// its "for" or "to" phrase names from the clause's date (the resignation
// the verb tells of ends the membership of the party left, if named).
func (d *doc) partyLeft(si int, x *syntax, v int) {
	if x.gerundOfTopic(v) {
		return // "a vote on leaving the alliance": no one left
	}
	// an acronym the tagger took for a common noun may be read as the
	// verb's complement ("had left MDP for URA")
	left := append(x.childrenWith(v, "obj", "xcomp"), d.relativeObjects(si, x, v)...)
	for _, o := range x.childrenWith(v, "obl") {
		if x.caseOf(o) == "from" {
			left = append(left, o)
		}
	}
	var joined []int
	// the party joined, also where the parse hangs its phrase on the party
	// left ("the Civic Union for the Unity Front")
	for _, w := range append([]int{v}, left...) {
		for _, o := range x.childrenWith(w, "obl", "nmod") {
			if c := x.caseOf(o); c == "for" || c == "to" {
				joined = append(joined, o)
			}
		}
	}
	// only a party joined makes a member: "left Vellin for Sarno" is a
	// move; "defected to the Unity Front" a switch, whether or not the
	// party left is named
	if parties := d.partiesOver(si, x, joined); len(parties) > 0 {
		since := d.postSpan(si, x, v, v, "joins").since
		for _, r := range d.memberships(si, x, v, parties, span{since: since}) {
			if since != "" && r.validFrom == since {
				d.switches = append(d.switches, r)
			}
		}
	}
	// and of the party left until then, also where no resignation takes
	// in who left: a list after the clause names them, or the verb is a
	// gerund ("joined the Civic Platform after leaving Law and Justice")
	d.memberships(si, x, v, d.partiesOver(si, x, left), span{until: d.postSpan(si, x, v, v, "leaves").until})
}

// stayingVerbs keep their subject in a party
// (data/words/staying_verbs.txt).
var stayingVerbs = wordSet("staying_verbs.txt")

// timeSpendingVerbs keep their subject in a party for the span of time
// that is their object (data/words/time_spending_verbs.txt).
var timeSpendingVerbs = wordSet("time_spending_verbs.txt")

// partiesStayedIn reads "Ludmila Farkas said she would stay with the
// Progress Party", "will remain in the Civic Bloc" and "has spent three
// decades in the Harbour Party" off the tree of sentence si: one who
// stays in a party, or says she will, is its member; one who will not
// stay ("would not remain in the party") is left alone.
func (d *doc) partiesStayedIn(si int) {
	if x := d.taggedOf(si); x == nil || !x.hasVerb(stayingVerbs) && !x.hasVerb(timeSpendingVerbs) || !d.sentenceNames(si, polgraph.KindParty) && !d.sentenceNames(si, polgraph.KindOrganization) {
		return
	}
	x := d.syntaxOf(si)
	for v := range x.tree.Words {
		if !x.isVerb(v) || !stayingVerbs[x.lemma(v)] && !x.spendsTime(v) || x.negated(v) {
			continue
		}
		var in []int
		for _, o := range x.childrenWith(v, "obl") {
			if c := x.caseOf(o); c == "with" || c == "in" {
				in = append(in, o)
			}
		}
		if parties := d.partiesOver(si, x, in); len(parties) > 0 {
			d.memberships(si, x, v, parties, d.postSpan(si, x, v, v, "holds"))
		}
	}
}

// spendsTime reports a verb of spending time (timeSpendingVerbs) at v
// whose object is a span of time: "spent three decades", not "spent the
// money".
func (x *syntax) spendsTime(v int) bool {
	return timeSpendingVerbs[x.lemma(v)] && slices.ContainsFunc(x.childrenWith(v, "obj", "obl:tmod", "obl:npmod"), func(o int) bool { return timeUnitNouns[x.lemma(o)] })
}

// selectingVerbs tell of a party choosing its candidate
// (data/words/selecting_verbs.txt).
var selectingVerbs = wordSet("selecting_verbs.txt")

// partyPicks reads "The Green Party has nominated Elin Fors" and "The
// Conservatives picked Feld as their candidate" off the tree of sentence
// si: the party that chooses, the verb's subject (or its "by" agent in
// the passive), makes the people its object names its members. Not what
// is not done ("will not nominate", "may pick"), nor one the text says
// stands as an independent ("picked Holm, an independent,").
func (d *doc) partyPicks(si int) {
	if x := d.taggedOf(si); x == nil || !x.hasVerb(selectingVerbs) || !d.sentenceNames(si, polgraph.KindParty) || !d.sentenceNames(si, polgraph.KindPerson) {
		return
	}
	x := d.syntaxOf(si)
	for v := range x.tree.Words {
		if !x.isVerb(v) || !selectingVerbs[x.lemma(v)] || x.modalOrNegated(v) || d.infinitiveAfterIrrealis(x.token(v), d.sents[si].first) {
			continue
		}
		choosers, passive, _ := x.subjectOf(v, 0)
		chosen := x.objectsOf(v)
		for _, o := range x.childrenWith(v, "obl") {
			if x.caseOf(o) == "" && x.pos(o) == "PROPN" && o > v {
				chosen = append(chosen, o) // "has nominated Elin Fors, 34,", the name read as an oblique
			}
		}
		if passive {
			chosen, choosers = choosers, nil
			for _, a := range x.childrenWith(v, "obl:agent", "obl") {
				if x.caseOf(a) == "by" {
					choosers = append(choosers, a)
				}
			}
		}
		parties := d.partiesOver(si, x, choosers)
		if len(parties) == 0 {
			continue
		}
		for _, o := range x.namedInApposition(chosen) {
			m := d.mentionOver(si, x.token(o))
			if m == nil || !m.named() || d.independentAfter(si, m) {
				continue
			}
			for _, p := range d.people(d.refs(m)) {
				for _, party := range parties {
					d.addRel(&relation{typ: "MEMBER_OF", from: p, to: party, sent: si, conf: 0.6})
				}
			}
		}
	}
}

// independentAfter reports an apposition that makes the one mention m
// names an independent: "Ana Holm, an independent,", "Ivo Dorn, the
// independent candidate".
func (d *doc) independentAfter(si int, m *mention) bool {
	s := &d.sents[si]
	if m.last >= s.last || d.toks[m.last].text != "," {
		return false
	}
	for k := m.last + 1; k < min(s.last, m.last+4); k++ {
		if d.toks[k].lower == "independent" {
			return true
		}
	}
	return false
}

// partiesOver is the parties the article names at tree words ws, with
// the bodies no list knows whose names a party's may end in ("the Umoja
// Reform Alliance").
func (d *doc) partiesOver(si int, x *syntax, ws []int) []int {
	var parties []int
	for _, o := range ws {
		at := []int{o}
		// a common noun a party's name may end in names a party-like body
		// in the name that modifies it, one no list knows too: "the Civic
		// Renewal movement"
		headed := x.pos(o) == "NOUN" && cues.partyHeads[x.lemma(o)]
		if x.lemma(o) == "party" || headed {
			at = append(at, x.childrenWith(o, "compound")...) // "the Law and Justice party"
		}
		if x.pos(o) == "NOUN" {
			// "joined the opposition National Union", parsed with the
			// name as a modifier of the noun before it
			for _, c := range x.childrenWith(o, "nmod", "appos") {
				if x.caseOf(c) == "" && x.pos(c) == "PROPN" {
					at = append(at, c)
				}
			}
		}
		for _, w := range at {
			m := d.mentionOver(si, x.token(w))
			if m == nil || m.ent < 0 || !m.named() {
				continue
			}
			if e := d.ents[m.ent]; d.partyLike(e) || headed && w != o && e.kind == polgraph.KindOrganization && e.gaz == nil {
				parties = appendNew(parties, m.ent)
			}
		}
	}
	return parties
}

// memberships makes the people verb v's subject names members of parties
// for the span held, and returns the facts it keeps.
func (d *doc) memberships(si int, x *syntax, v int, parties []int, held span) []*relation {
	var out []*relation
	subj, _, relative := x.subjectOf(v, 0)
	if relative && x.rel(v) == "acl:relcl" {
		// "which she joined": she; "who defected": the name "who" follows
		if own := slices.DeleteFunc(x.childrenWith(v, "nsubj"), func(c int) bool { return relativePronouns[strings.ToLower(x.tree.Words[c])] }); len(own) > 0 {
			subj = own
		}
	}
	if u := x.head(v); len(subj) == 1 && strings.EqualFold(x.tree.Words[subj[0]], "they") && x.rel(v) == "ccomp" && u >= 0 && x.rel(u) == "acl:relcl" {
		// "those who said they had left": the ones the relative clause
		// is on say it of themselves
		subj = []int{x.head(u)}
		relative = true
	}
	if relative && len(subj) == 1 {
		subj = x.namedAs(subj[0]) // "Those who left X for Y were A, B and C"
	}
	for _, s := range x.namedInApposition(subj) {
		m := d.mentionOver(si, x.token(s))
		if m == nil {
			// "Ana Holm, a former Labour MP who joined the Greens": the
			// name the noun stands in apposition to
			for _, p := range d.personApposed(si, x, s) {
				out = append(out, d.memberOfAll(si, p, parties, held)...)
			}
			continue
		}
		who := d.refs(m)
		if flat := d.personFlatOn(si, x, s); len(flat) > 0 {
			who = flat // "Former Fidesz MP Gabor Lenti joined Tisza", parsed as one name the party heads
		}
		for _, p := range d.people(who) {
			out = append(out, d.memberOfAll(si, p, parties, held)...)
		}
	}
	return out
}

// memberOfAll makes person p a member of each of parties for the span
// held, and returns the facts it keeps.
func (d *doc) memberOfAll(si, p int, parties []int, held span) []*relation {
	var out []*relation
	for _, party := range parties {
		if r := d.addRel(&relation{typ: "MEMBER_OF", from: p, to: party, validFrom: held.since, validTo: held.until, sent: si, conf: 0.7}); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// namedInApposition is words ws with the names each stands for: a
// list's later names ("Ada Penn, Tom Rusk and Per Lind left X for Y")
// and, for a plural noun, the names in apposition to it ("Two other
// MPs, Ana Holm and Ivo Dorn, joined the Unity Front").
func (x *syntax) namedInApposition(ws []int) []int {
	var out []int
	for _, w := range ws {
		names := []int{w}
		if a := x.childrenWith(w, "appos"); plural(x, w) && len(a) > 0 && x.pos(a[0]) == "PROPN" {
			names = a
		}
		for k := 0; k < len(names); k++ {
			// a list's names may hang on the one before, or on its last word
			for _, n := range append([]int{names[k]}, x.childrenWith(names[k], "flat")...) {
				names = append(names, x.childrenWith(n, "conj")...)
			}
		}
		out = append(out, names...)
	}
	return out
}

// officesEnded ends, on its day, the office a resignation or a dismissal
// that names no other post ends: the one office the event's own sentence
// gives whoever leaves ("Peru's Interior Minister Julio Marten resigned on
// Thursday", "Congress voted to remove Interior Minister X"), or, where
// that sentence gives none, the one office the text has dated them into
// before then and not out of ("She was appointed minister of education in
// 1983 ... She resigned in May 1985"). The lead of a state that goes with
// the office ends with it. Where the event has the party or body whose
// post is left (postsLeft: "The Green Alliance's leader, X, resigned"), the
// one post in it ends instead. A post the verb names ("resigned as party
// chairman", "quit the coalition"), two offices, or an event alleged,
// denied or only sought, end nothing here.
func (d *doc) officesEnded() {
	for _, ev := range d.events {
		if ev.dropped || ev.sought || ev.status != polgraph.StatusAsserted || ev.typ != "RESIGNATION" && ev.typ != "DISMISSAL" || ev.date == "" || d.otherPostLeft(ev) {
			continue
		}
		leavers := ev.withRole(leaverRole(ev))
		if len(leavers) != 1 || d.ents[leavers[0]].kind != polgraph.KindPerson {
			continue
		}
		p := leavers[0]
		bodies := ev.withRole("organization")
		var here, before []*relation
		for _, r := range d.rels {
			if r.from != p || r.validTo != "" || r.validFrom > ev.date || takenWith(r, ev) {
				continue
			}
			if len(bodies) > 0 {
				if len(bodies) == 1 && r.to == bodies[0] && postOfBody(r.typ, d.ents[r.to].kind) {
					here = append(here, r) // "The Green Alliance's leader, X, resigned": the lead
				}
				continue
			}
			if r.typ != "HOLDS_OFFICE" {
				continue
			}
			if r.sent == ev.sent {
				here = append(here, r)
			} else if r.sent < ev.sent && r.validFrom != "" {
				before = append(before, r)
			}
		}
		open := here
		if len(here) == 0 {
			open = before
		}
		if len(open) != 1 {
			continue
		}
		open[0].validTo = ev.date
		if l, ok := d.rel[[3]int{relTypes["LEADS"], p, open[0].to}]; ok && l.validTo == "" && l.validFrom <= ev.date {
			l.validTo = ev.date
		}
	}
}

// keepingVerbs keep the post an office noun names
// (data/words/keeping_verbs.txt).
var keepingVerbs = wordSet("keeping_verbs.txt")

// postsHeldUntil ends the post that a later clause says its holder kept
// until a date, calling it by an office noun: "was appointed defence
// minister in 1993, a post he held until his retirement in 2011", "She
// held the post until 2009", "remained in office until his death in
// 2003". The post is the one the text gave that person last, with a
// start no later than the end; a state's lead that goes with an office
// ends with it. An end after the article's day is not yet one.
func (d *doc) postsHeldUntil() {
	for si := range d.sents {
		if !d.sentenceNames(si, polgraph.KindPerson) {
			continue
		}
		if x := d.taggedOf(si); x == nil || !x.hasWord(officeNouns) || !x.hasVerb(keepingVerbs) && !x.hasVerb(careerLemmas) {
			continue
		}
		x := d.syntaxOf(si)
		for v := range x.tree.Words {
			if !x.isVerb(v) || !keepingVerbs[x.lemma(v)] && careerVerbs[x.lemma(v)] != "holds" || x.modalOrNegated(v) || !x.keepsOfficeNoun(v) {
				continue
			}
			until := d.postSpan(si, x, v, v, "holds").until
			if until == "" || d.afterPublication(until) {
				continue
			}
			subj, _, _ := x.subjectOf(v, 0)
			holders := d.peopleAt(si, x, subj)
			if len(holders) == 1 {
				d.endLastPost(si, holders[0], until)
			}
		}
	}
}

// keepsOfficeNoun reports whether verb v keeps a post an office noun
// names: its object ("held the post"), its "in" phrase ("remained in
// office") or the noun its relative clause is on ("a post he held").
func (x *syntax) keepsOfficeNoun(v int) bool {
	ws := x.childrenWith(v, "obj")
	for _, c := range x.childrenWith(v, "obl") {
		if x.caseOf(c) == "in" {
			ws = append(ws, c)
		}
	}
	if x.rel(v) == "acl:relcl" && x.head(v) >= 0 && len(x.childrenWith(v, "obj")) == 0 {
		ws = append(ws, x.head(v))
	}
	return slices.ContainsFunc(ws, func(w int) bool { return officeNouns[x.lemma(w)] && !plural(x, w) })
}

// endLastPost ends at until the open post that person p was given last,
// in sentence si or before it: the one or more facts of a single post
// (an office and the state's lead that goes with it) from one sentence.
func (d *doc) endLastPost(si, p int, until string) {
	var last []*relation
	for _, r := range d.rels {
		if r.from != p || !posts[r.typ] || r.validTo != "" || r.validFrom == "" || r.validFrom > until || r.sent > si {
			continue
		}
		if len(last) > 0 && r.sent < last[0].sent {
			continue
		}
		if len(last) > 0 && r.sent > last[0].sent {
			last = last[:0]
		}
		last = append(last, r)
	}
	if len(last) == 0 || slices.ContainsFunc(last, func(r *relation) bool { return r.to != last[0].to }) {
		return // none, or posts of two bodies: which one is kept is not said
	}
	for _, r := range last {
		r.validTo = until
	}
}

// officesSucceeded ends a cabinet post the text gives a start and no end
// when a later sentence gives the same person another cabinet post of the
// same state from a later date: "was appointed minister of trade in 1975
// ... became foreign minister in 1979" ends the trade ministry in 1979, as
// a reader takes a career told post by post. A seat in parliament or a
// party post goes on beside a ministry, a deputy's post is often held with
// another, and posts given in one sentence are held together ("deputy
// prime minister and finance minister"): none of those ends here. A
// deputy's post does end when its holder takes the post it is deputy to
// (promotedFrom): "deputy finance minister in 2021 ... promoted to
// finance minister in March".
func (d *doc) officesSucceeded() {
	for _, r := range d.rels {
		if r.typ != "HOLDS_OFFICE" || r.validTo != "" || r.validFrom == "" || !d.cabinetPost(r.role) && !deputyTitle(r.role) {
			continue
		}
		var next *relation
		for _, n := range d.rels {
			if n == r || n.typ != "HOLDS_OFFICE" || n.from != r.from || n.to != r.to || n.sent <= r.sent ||
				n.validFrom <= r.validFrom || n.role == r.role || !(d.cabinetPost(r.role) && d.cabinetPost(n.role) || promotedFrom(r.role, n.role)) {
				continue
			}
			if next == nil || n.validFrom < next.validFrom {
				next = n
			}
		}
		if next != nil {
			r.validTo = next.validFrom
		}
	}
}

// deputyTitle reports a title that a word of deputyWords opens: "Deputy
// Minister", "Vice-President".
func deputyTitle(title string) bool {
	words := titleWords(title)
	return len(words) > 1 && deputyWords[words[0]]
}

// promotedFrom reports whether a deputy's title ends when its holder
// takes the post it is deputy to ("Deputy Prime Minister" and then "Prime
// Minister", "Vice-President" and then "President"), or, for a deputy
// minister whose portfolio the title does not keep ("Deputy Minister"), a
// minister's post: no one is their own deputy. A deputy prime minister
// made finance minister may stay both.
func promotedFrom(junior, senior string) bool {
	j, s := titleWords(junior), titleWords(senior)
	if !deputyTitle(junior) || len(s) == 0 || deputyWords[s[0]] {
		return false
	}
	rest := j[1:]
	return slices.Equal(rest, s) || len(rest) == 1 && rest[0] == s[len(s)-1]
}

// titleWords are the lower-cased words of a title, a hyphen splitting
// them too ("vice-president").
func titleWords(title string) []string {
	return strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return r == ' ' || r == '-' })
}

// cabinetPost reports a title of a state's government that is no
// deputy's: a minister's or a head of government's.
func (d *doc) cabinetPost(title string) bool {
	o, ok := d.x.gaz.Office(title)
	return ok && o.Body == "government" && !strings.Contains(strings.ToLower(o.Title), "deputy")
}

// otherPostLeft reports a resignation or dismissal whose verb names the
// post left, "as" a title or "from" a body ("resigned as party chairman",
// "was expelled from the caucus"), unless it is office itself ("removed
// from office", "stepped down from his post").
func (d *doc) otherPostLeft(ev *event) bool {
	x, w := d.eventTree(ev)
	if w < 0 {
		return false
	}
	for _, c := range x.childrenWith(w, "obl", "advcl", "xcomp") {
		switch x.caseOf(c) {
		case "as":
			return true
		case "from":
			if !officeNouns[x.lemma(c)] {
				return true
			}
		}
	}
	return false
}

// officeNouns name holding an office itself, which a leaver leaves "from"
// (data/words/office_nouns.txt).
var officeNouns = wordSet("office_nouns.txt")

// topicMarks open a gerund that names what is argued over, not done:
// "against joining", "a referendum on leaving", "talk of quitting".
var topicMarks = set("against on about of over without")

// joinedInDoing reports whether verb v of joining has a gerund "in"
// opens, on the verb or on its object: "joined Republicans in backing the
// bill", "joined the Greens in voting against it" tell whom the subject
// acted with, not a party the subject became a member of.
func (x *syntax) joinedInDoing(v int) bool {
	for _, h := range append([]int{v}, x.childrenWith(v, "obj")...) {
		for _, c := range x.childrenWith(h, "advcl", "acl", "obl", "nmod") {
			if x.bareGerund(c) && slices.ContainsFunc(x.childrenWith(c, "mark", "case"), func(m int) bool { return strings.ToLower(x.tree.Words[m]) == "in" }) {
				return true
			}
		}
	}
	return false
}

// bareGerund reports a gerund at w, also one the tagger takes for a noun
// with no determiner ("in voting against the bill"); not a noun of time
// ("in spring").
func (x *syntax) bareGerund(w int) bool {
	word := strings.ToLower(x.tree.Words[w])
	return x.tree.XPOS[w] == "VBG" || x.tree.XPOS[w] == "NN" && strings.HasSuffix(word, "ing") && !calendarWords[word] && len(x.childrenWith(w, "det")) == 0
}

// gerundOfTopic reports whether verb v is a gerund a topic mark opens.
func (x *syntax) gerundOfTopic(v int) bool {
	if x.tree.XPOS[v] != "VBG" {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(v, "mark", "case"), func(c int) bool { return topicMarks[strings.ToLower(x.tree.Words[c])] })
}

// replacedBy is the person a passive verb of succession at tokens [i,
// i+n) of sentence si names after "by", or -1: in "She was replaced by
// Ana Holm", Holm takes the post of the one replaced, whose post the
// sentence need not name.
func (d *doc) replacedBy(si, i, n int) int {
	s := &d.sents[si]
	if n != 1 || i <= s.first || !beForms[d.toks[i-1].lower] || i+2 >= s.last || d.toks[i+1].lower != "by" {
		return -1
	}
	x := d.syntaxOf(si)
	if x == nil || x.at(i) < 0 || careerVerbs[x.lemma(x.at(i))] != "succeeds" {
		return -1
	}
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if !m.named() || m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson {
			continue // "was succeeded by his son Mihai": "his" is the one replaced, not who replaces him
		}
		start := m.first
		if m.office != nil && m.officeStart >= 0 {
			start = m.officeStart
		}
		if start == i+2 || d.descriptionBetween(i+2, start) {
			return m.ent
		}
	}
	return -1
}

// predecessorNouns name one who held a post before another
// (data/words/predecessor_nouns.txt).
var predecessorNouns = wordSet("predecessor_nouns.txt")

// successorNouns name one who took a post after another
// (data/words/successor_nouns.txt).
var successorNouns = wordSet("successor_nouns.txt")

// predecessorPosts reads the post a noun of predecessorNouns says its
// person held: "Her predecessor as mayor, Ana Holm,", "Ana Holm, Ivo
// Dorn's predecessor as leader of the Harvest Party,". The one named held
// the post of the "as" phrase until the one whose predecessor they are
// took it; where the text has dated no such start, the post is left out,
// as a fact with no end would read as held still. A noun of
// successorNouns says the one named took the post after the other ("Her
// successor as mayor, Ivo Dorn,"): see postAfter.
func (d *doc) predecessorPosts(si int) {
	if x := d.taggedOf(si); x == nil || !x.hasWord(predecessorNouns) && !x.hasWord(successorNouns) || !d.sentenceNames(si, polgraph.KindPerson) {
		return
	}
	x := d.syntaxOf(si)
	for n := range x.tree.Words {
		successor := successorNouns[x.lemma(n)]
		if !predecessorNouns[x.lemma(n)] && !successor || x.pos(n) != "NOUN" {
			continue
		}
		after := d.peopleAt(si, x, x.childrenWith(n, "nmod:poss"))
		if len(after) != 1 {
			continue
		}
		for _, w := range x.childrenWith(n, "nmod") {
			if x.caseOf(w) != "as" {
				continue
			}
			// the one named: in apposition to the noun, or to its post
			// where the parse hangs the name on the nearer noun, or the
			// name the noun is in apposition to
			words := append(x.childrenWith(n, "appos"), x.childrenWith(w, "appos")...)
			if x.rel(n) == "appos" || len(x.childrenWith(n, "cop")) > 0 {
				words = append(words, x.childrenWith(n, "nsubj")...)
			}
			if x.rel(n) == "appos" {
				words = append(words, x.head(n))
			}
			before := slices.DeleteFunc(d.peopleAt(si, x, words), func(p int) bool { return p == after[0] })
			if len(before) != 1 {
				continue
			}
			d.postBeside(si, x, w, before[0], after[0], successor)
		}
	}
}

// postBeside gives person p the office post word w names, of the body of
// person q's one fact of that office (the body the title names, or for a
// party's post the party that modifies it): as q's successor from the end
// the text has given q's fact ("Her successor as mayor, Ivo Dorn," after
// "She was mayor of Tarsk until 2019" leads Tarsk from 2019), else as q's
// predecessor until the start it has given it. Where q holds no such post,
// or two, nothing is read.
func (d *doc) postBeside(si int, x *syntax, w, p, q int, successor bool) {
	o, body, end := d.titleAt(si, x.token(firstWord(x, w)))
	if o == nil || end <= x.token(w) {
		return
	}
	if body < 0 && o.Body == "party" {
		body = d.partyModifying(si, x, w)
	}
	var held *relation
	for _, r := range d.rels {
		if r.from != q || !posts[r.typ] || !successor && r.validFrom == "" || body >= 0 && r.to != body || !d.postFits(r, o) {
			continue
		}
		if held != nil && (held.to != r.to || !successor && held.validFrom != r.validFrom) {
			return // two such posts: which is not told
		}
		held = r
	}
	if held == nil {
		return
	}
	when := span{until: held.validFrom}
	if successor {
		when = span{since: held.validTo}
	}
	d.officeFacts(si, p, o, held.to, when)
}

// postFits reports a post relation r that is of office o: its role is
// o's title, or it leads a town or region o is the head of, or a party o
// is the leader of.
func (d *doc) postFits(r *relation, o *gazetteer.Office) bool {
	k := d.ents[r.to].kind
	return strings.EqualFold(r.role, o.Title) ||
		r.typ == "LEADS" && (k == polgraph.KindPlace && (o.Body == "city" || o.Body == "region") || o.Body == "party" && d.partyLike(d.ents[r.to]))
}

// portfolioPostVerbs tell of a post only where their object names a
// portfolio ("kept the defence portfolio", "lost the interior ministry",
// "was handed the finance ministry"), each as a row of career_verbs.tsv
// does (data/words/portfolio_verbs.tsv).
var portfolioPostVerbs = wordTable("portfolio_verbs.tsv", "gives", "takes", "holds", "leaves", "swaps")

// portfoliosSwapped reads verb v of swapping one portfolio for another:
// in "swapped the finance ministry for defence in 2021" its subject
// leaves the post its object names then and takes the one its "for"
// phrase names, which the parse hangs on the object or on v.
func (d *doc) portfoliosSwapped(si int, x *syntax, v int) {
	for _, w := range x.childrenWith(v, "obj") {
		if x.portfolioOffice(d, v, w) == nil {
			continue
		}
		for _, f := range append(x.childrenWith(w, "nmod"), x.childrenWith(v, "obl")...) {
			if x.caseOf(f) != "for" || x.portfolioOffice(d, v, f) == nil {
				continue
			}
			d.postAt(si, x, v, w, "leaves")
			d.postAt(si, x, v, f, "takes")
		}
	}
}

// portfolioVerbLemmas are portfolioPostVerbs' lemmas, for a look at the tags
// before a parse.
var portfolioVerbLemmas = func() map[string]bool {
	out := map[string]bool{}
	for k := range portfolioPostVerbs {
		out[k] = true
	}
	return out
}()

// portfolioNouns name a minister's portfolio by its domain ("the interior
// ministry", "the defence portfolio", "the Ministry of Finance"); they
// close a field's name in a reshuffle's "X keeps the foreign ministry"
// too (portfolioTaken) (data/words/portfolio_nouns.txt).
var portfolioNouns = wordSet("portfolio_nouns.txt")

// portfolioOffice is the minister's office that post word w of verb v
// names by its portfolio: a noun of portfolioNouns with its domain before
// it or in its "of" phrase ("took over the foreign ministry": Foreign
// Minister; "kept the Ministry of Finance": Minister of Finance), or, in
// the "from" or "to" phrase of a verb of moving between posts, the domain
// alone ("was moved from defence to the interior ministry"). It is nil
// where the words make no minister's title the gazetteer knows, or only
// the bare "Minister".
func (x *syntax) portfolioOffice(d *doc, v, w int) *gazetteer.Office {
	var title string
	switch {
	case portfolioNouns[x.lemma(w)]:
		var domain []string
		for c := firstWord(x, w); c < w; c++ {
			if r := x.rel(c); (r == "compound" || r == "amod") && x.head(c) == w || r == "compound" && x.head(c) > c && x.head(c) < w {
				domain = append(domain, strings.ToLower(x.tree.Words[c]))
			}
		}
		if len(domain) > 0 {
			title = strings.Join(domain, " ") + " minister"
		} else {
			for _, c := range x.childrenWith(w, "nmod") {
				if x.caseOf(c) == "of" && firstWord(x, c) > w {
					title = "minister of " + strings.ToLower(strings.Join(x.tree.Words[firstWord(x, c):c+1], " "))
				}
			}
		}
	case (postMoveVerbs[x.lemma(v)] && (x.caseOf(w) == "from" || x.caseOf(w) == "to") || portfolioPostVerbs[x.lemma(v)] == "swaps" && x.caseOf(w) == "for") &&
		(x.rel(w) == "obl" || x.rel(w) == "nmod") && x.pos(w) == "NOUN" && firstWord(x, w) == w && len(x.childrenWith(w, "det")) == 0:
		title = strings.ToLower(x.tree.Words[w]) + " minister" // "from defence to the interior ministry", "swapped finance for defence"
	}
	if title == "" {
		return nil
	}
	o, ok := d.x.gaz.Office(title)
	if !ok || o.Title == "Minister" || o.Body != "government" {
		return nil
	}
	return o
}
