package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// resolveLeaders gives a person the id and full name of the leader the
// gazetteer knows when the article names them in full, or by surname alone
// when the leader's country is the article's or named in it: "Trudeau" in a
// story about Canada is Justin Trudeau, in a story about a Trudeau elsewhere
// nobody we know. Surnames the data marks ambiguous ("May", "Brown") need
// the full name, which the article's own resolution has then linked.
func (d *doc) resolveLeaders() {
	countries := d.namedCountries()
	for _, e := range d.ents {
		if e.gaz != nil || e.kind != polgraph.KindPerson && !e.weak {
			continue
		}
		if l := d.leaderOf(e.name, countries, d.titlesOf(e)); l != nil && !d.otherGender(e, l) {
			e.leader = l
			e.kind, e.weak = polgraph.KindPerson, false
			e.addSurface(e.name)
			e.id, e.name = l.ID, l.Name
		}
	}
	d.nationalGovernments()
}

// leaderOf is the one leader a person's name denotes in this article, or
// nil. titles are the office titles the article puts before the name: a
// surname others share is the leader's where one of them is the office the
// leader held when the article was written ("President Clinton" in 1999).
func (d *doc) leaderOf(name string, countries map[string]bool, titles map[string]bool) *gazetteer.Entry {
	var found *gazetteer.Entry
	for _, m := range d.x.gaz.LookupLeader(name) {
		if m.Via == "surname" && (ambiguousForm(m.Entry, name) && !d.heldThen(m.Entry, titles) || !ledAny(m.Entry, countries) || d.beforeTerms(m.Entry)) {
			continue
		}
		if found != nil && found != m.Entry {
			return nil // two leaders fit: neither is sure
		}
		found = m.Entry
	}
	return found
}

// otherGender reports a person the article names by a surname after an
// honorific of one gender ("Ms Zuma") and a leader whose given name is of
// the other (Jacob Zuma): she is someone else of that surname.
func (d *doc) otherGender(e *entity, l *gazetteer.Entry) bool {
	lg := wordsGender(lowerWords(l.Name))
	if lg == genderUnknown {
		return false
	}
	for _, mi := range e.ments {
		if m := &d.ments[mi]; m.first > 0 && honorificGender(d.toks[m.first-1].lower) == opposite(lg) {
			return true
		}
	}
	return false
}

// ambiguousForm reports whether the entry marks surface s as shared.
func ambiguousForm(e *gazetteer.Entry, s string) bool {
	for _, a := range e.Ambiguous {
		if strings.EqualFold(a, s) {
			return true
		}
	}
	return false
}

// ledAny reports whether the leader's country, or a country of one of their
// terms, is among the article's countries.
func ledAny(e *gazetteer.Entry, countries map[string]bool) bool {
	if countries[e.Country] {
		return true
	}
	for _, t := range e.Terms {
		if countries[t.Country] {
			return true
		}
	}
	return false
}

// namedCountries are the codes of the article's home country and of every
// country it names, by name, demonym or capital.
func (d *doc) namedCountries() map[string]bool {
	out := map[string]bool{}
	if h := d.homeCountry(); h != "" {
		out[h] = true
	}
	for _, e := range d.ents {
		switch {
		case e.gaz != nil && e.kind == polgraph.KindCountry:
			out[e.gaz.Country] = true
		case e.capitalOf != nil:
			out[e.capitalOf.Country] = true
		}
	}
	delete(out, "")
	return out
}

// leaderTerm is the term of a leader in an office of that title, or nil.
func leaderTerm(e *entity, title string) *gazetteer.Term {
	if e.leader == nil {
		return nil
	}
	for i := range e.leader.Terms {
		if t := &e.leader.Terms[i]; strings.EqualFold(t.Office, title) {
			return t
		}
	}
	return nil
}

// governmentLeads reads "Trudeau's Government" or "the Moreau administration"
// as the named person leading that government: the text says so, whatever
// the gazetteer knows.
func (d *doc) governmentLeads() {
	for oi, o := range d.ents {
		if o.kind != polgraph.KindOrganization || len(o.ments) == 0 {
			continue
		}
		for _, s := range o.surfaces {
			if pi := d.governmentOwner(s); pi >= 0 {
				d.addRel(&relation{typ: "LEADS", from: pi, to: oi, sent: d.ments[o.ments[0]].sent, conf: 0.6})
				break
			}
		}
	}
}

// governmentOwner is the person a government is named after ("Trudeau's
// Government", "the Moreau administration"), or -1.
func (d *doc) governmentOwner(surface string) int {
	w := lowerWords(surface)
	if len(w) < 2 || !governmentHeads[w[len(w)-1]] {
		return -1
	}
	owner := strings.Join(w[:len(w)-1], " ")
	for pi, p := range d.ents {
		if p.kind == polgraph.KindPerson && len(p.words) > 0 && (p.words[len(p.words)-1] == owner || strings.Join(p.words, " ") == owner) {
			return pi
		}
	}
	// named only in the government's name: a leader of the article's country
	sw := strings.Fields(cleanName(surface))
	if len(sw) < 2 {
		return -1
	}
	l := d.leaderOf(cleanName(strings.Join(sw[:len(sw)-1], " ")), d.namedCountries(), nil)
	if l == nil {
		return -1
	}
	for pi, p := range d.ents {
		if p.leader == l {
			return pi
		}
	}
	d.ents = append(d.ents, &entity{id: l.ID, kind: polgraph.KindPerson, name: l.Name, leader: l, words: lowerWords(l.Name)})
	return len(d.ents) - 1
}

// nationalGovernments gives a government named after a known head of
// government its country's entry: "Trudeau's Government" is the Government
// of Canada.
func (d *doc) nationalGovernments() {
	for _, o := range d.ents {
		if o.kind != polgraph.KindOrganization || o.gaz != nil {
			continue
		}
		pi := d.governmentOwner(o.name)
		if pi < 0 || d.ents[pi].leader == nil {
			continue
		}
		for _, t := range d.ents[pi].leader.Terms {
			c := d.x.gaz.Country(t.Country)
			if c == nil || !headsGovernment[t.Office] {
				continue
			}
			for _, m := range d.x.gaz.Lookup("Government of " + c.Name) {
				if m.Entry.Kind == polgraph.KindOrganization && m.Entry.Country == c.Country {
					o.addSurface(o.name)
					o.gaz, o.id, o.name = m.Entry, m.Entry.ID, m.Entry.Name
					break
				}
			}
			if o.gaz != nil {
				break
			}
		}
	}
}

// headsGovernment are the offices whose holder's name a government takes.
var headsGovernment = map[string]bool{"Prime Minister": true, "President": true, "Chancellor": true, "Premier": true}

// governmentHeads end the name of a government called after its leader.
var governmentHeads = wordSet("government_heads.txt")

// beforeTerms reports an article published before the leader first took
// office: then a bare surname is more likely someone else's.
func (d *doc) beforeTerms(e *gazetteer.Entry) bool {
	if d.dct.IsZero() || len(e.Terms) == 0 {
		return false
	}
	first := e.Terms[0].From
	for _, t := range e.Terms {
		first = min(first, t.From)
	}
	return d.dct.Year() < first
}

// titlesOf are the office titles the article puts right before person e's
// name.
func (d *doc) titlesOf(e *entity) map[string]bool {
	out := map[string]bool{}
	for _, mi := range e.ments {
		if o := d.ments[mi].office; o != nil {
			out[strings.ToLower(o.Title)] = true
		}
	}
	return out
}

// heldThen reports a term of leader e in one of titles that spans the
// year the article was written.
func (d *doc) heldThen(e *gazetteer.Entry, titles map[string]bool) bool {
	if d.dct.IsZero() {
		return false
	}
	y := d.dct.Year()
	for _, t := range e.Terms {
		if titles[strings.ToLower(t.Office)] && t.From <= y && (t.To == 0 || y <= t.To) {
			return true
		}
	}
	return false
}

// governmentLeaderIn is the person a government named in tokens
// [left, i) of sentence si is called after, or -1: "the government of
// Prime Minister X", "X's cabinet", "X's coalition government".
func (d *doc) governmentLeaderIn(si, left, i int) int {
	for g := left; g < i; g++ {
		if !governmentHeads[d.toks[g].lower] {
			continue
		}
		for _, mi := range d.sentMents[si] {
			m := &d.ments[mi]
			if m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson || !m.named() {
				continue
			}
			// "X's government", "X's coalition government"
			if m.last < g && g-m.last <= 3 && d.toks[m.last].lower == "'s" && d.wordsOnly(m.last+1, g) || g+1 < i && d.toks[g+1].lower == "of" && m.first > g+1 && m.last <= i && d.wordsOnly(g+2, m.first) {
				return m.ent
			}
		}
		return -1
	}
	return -1
}

// stateUndergoing is the state whose bare state noun is the subject of
// the verb at token lv that carries an event its subject undergoes:
// "the government lost the vote", "the cabinet survived a confidence
// vote" name no one, yet the story's state undergoes it. Nil for none.
func (d *doc) stateUndergoing(si, lv int) []int {
	x := d.syntaxOf(si)
	if x == nil || x.at(lv) < 0 {
		return nil
	}
	for _, s := range x.childrenWith(x.at(lv), "nsubj") {
		if c := d.theState(si, x, s); len(c) > 0 {
			return c
		}
	}
	return nil
}
