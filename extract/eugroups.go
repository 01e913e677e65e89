package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// A story about the European Parliament calls its political groups by
// their members, as it would national parties: "the Greens and the
// Socialists blocked the proposal", "Greens MEP Clara Dussart". The form is
// many countries' parties' name, and the dateline (Brussels, Strasbourg)
// names a country, but the group is meant, unless the words around the
// mention give it a country ("Germany's Greens", "the Dutch Socialists").

// euParliamentWords are the members' words of the European Parliament and
// its groups, each with the body's name in the gazetteer.
var euParliamentWords = wordTable("eu_parliament_words.tsv")

// euParliamentBodies are the names of the bodies euParliamentWords give,
// gathered once.
var euParliamentBodies = func() map[string]bool {
	out := map[string]bool{}
	for _, b := range euParliamentWords {
		out[b] = true
	}
	return out
}()

// euGroupOf is the political group of the European Parliament that a
// mention of a party form several countries share names by its members'
// word, in a story about the Parliament (aboutEP), where its context
// gives it no country (local, localCountry or the paragraph's last cue);
// else nil.
func (d *doc) euGroupOf(m *mention, local string, aboutEP func() bool) *gazetteer.Entry {
	if local != "" || d.afterDemonym(m) {
		return nil
	}
	return d.euGroupNamed(d.surfaceOf(m), aboutEP)
}

// euGroupOfParty is the political group of the European Parliament that a
// party no list knows, and no country qualifies, is named by its members'
// word ("Socialist MEP Irene Valsecchi"), in a story about the Parliament;
// else nil.
func (d *doc) euGroupOfParty(e *entity, aboutEP func() bool) *gazetteer.Entry {
	if e.kind != polgraph.KindParty || e.scope != "" {
		return nil
	}
	return d.euGroupNamed(e.name, aboutEP)
}

// euGroupNamed is the body euParliamentWords gives the words of name,
// less an opening "the", in a story about the Parliament; else nil.
func (d *doc) euGroupNamed(name string, aboutEP func() bool) *gazetteer.Entry {
	words := lowerWords(name)
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	body, ok := euParliamentWords[strings.Join(words, " ")]
	if !ok || !aboutEP() {
		return nil
	}
	return d.organizationNamed(body)
}

// afterDemonym reports a mention right after a nationality's word ("the
// Dutch Greens"): the nationality's party.
func (d *doc) afterDemonym(m *mention) bool {
	o := d.mentionBefore(m.first)
	return o != nil && o.via == "demonym"
}

// aboutEuropeanParliament reports a story that names the European
// Parliament or one of its groups in full, or its members by their common
// noun ("MEPs voted"): a word of euParliamentWords that opens no mention
// and is no party's members' word ("greens" is a vegetable too).
func (d *doc) aboutEuropeanParliament() bool {
	for mi := range d.ments {
		for _, g := range d.ments[mi].matches {
			if g.Entry.Kind == polgraph.KindOrganization && euParliamentBodies[g.Entry.Name] {
				return true
			}
		}
	}
	for i := range d.toks {
		if _, ok := euParliamentWords[d.toks[i].lower]; ok && !partyMembersWord(d.toks[i].lower) && d.mentionStartingAt(i) == nil {
			return true
		}
	}
	return false
}

// organizationNamed is the gazetteer's organisation of that exact name, or
// nil.
func (d *doc) organizationNamed(name string) *gazetteer.Entry {
	for _, g := range d.x.gaz.Lookup(name) {
		if g.Entry.Kind == polgraph.KindOrganization && g.Entry.Name == name {
			return g.Entry
		}
	}
	return nil
}

// partyMembersWord reports a word that names a party by its members, in
// the plural or the singular ("greens", "socialist"), as kind_cues.tsv's
// plural cues list.
func partyMembersWord(w string) bool {
	return cues.kind[[2]string{"plural", strings.TrimSuffix(w, "s")}] == polgraph.KindParty
}

// bodyOfMembers is the entity of the body whose members the noun
// names ("MEPs": the European Parliament), added where the article does
// not name it, as the noun does; -1 for no such noun, and for a party's
// members' word, which names the party itself.
func (d *doc) bodyOfMembers(noun string) int {
	name, ok := euParliamentWords[noun]
	if !ok || partyMembersWord(noun) {
		return -1
	}
	if g := d.organizationNamed(name); g != nil {
		return d.gazEntity(g)
	}
	return -1
}
