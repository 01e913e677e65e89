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
		if l := d.leaderOf(e.name, countries); l != nil {
			e.leader = l
			e.kind, e.weak = polgraph.KindPerson, false
			e.addSurface(e.name)
			e.id, e.name = l.ID, l.Name
		}
	}
}

// leaderOf is the one leader a person's name denotes in this article, or nil.
func (d *doc) leaderOf(name string, countries map[string]bool) *gazetteer.Entry {
	var found *gazetteer.Entry
	for _, m := range d.x.gaz.LookupLeader(name) {
		if m.Via == "surname" && (ambiguousForm(m.Entry, name) || !ledAny(m.Entry, countries)) {
			continue
		}
		if found != nil && found != m.Entry {
			return nil // two leaders fit: neither is sure
		}
		found = m.Entry
	}
	return found
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
		if o.kind != polgraph.KindOrganization || o.gaz != nil {
			continue
		}
		w := lowerWords(o.name)
		if len(w) < 2 || !governmentHeads[w[len(w)-1]] {
			continue
		}
		owner := strings.TrimSuffix(strings.TrimSuffix(strings.Join(w[:len(w)-1], " "), "'s"), "’s")
		for pi, p := range d.ents {
			if p.kind != polgraph.KindPerson || len(p.words) == 0 || p.words[len(p.words)-1] != owner && strings.Join(p.words, " ") != owner {
				continue
			}
			for _, mi := range o.ments {
				d.addRel(&relation{typ: "LEADS", from: pi, to: oi, sent: d.ments[mi].sent, conf: 0.6})
				break
			}
		}
	}
}

// governmentHeads end the name of a government called after its leader.
var governmentHeads = set("government administration cabinet ministry")
