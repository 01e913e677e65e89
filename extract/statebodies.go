package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// bodyKeyWords say how a word of a state body's name counts in its key
// (data/words/body_key_words.tsv).
var bodyKeyWords = wordTable("body_key_words.tsv")

// curatedStateBodies are the curated state institutions and parties by
// their kind, the code of their country and the key of each of their
// names (bodyKey); a key two of one country share finds neither.
var curatedStateBodies = sync.OnceValue(func() map[string]*gazetteer.Entry {
	g := gazetteer.Default()
	out, shared := map[string]*gazetteer.Entry{}, map[string]bool{}
	for _, e := range g.Entries() {
		if e.Country == "" || e.Region != "" || !(e.Kind == polgraph.KindOrganization && e.Scope == "organizations-government" || e.Kind == polgraph.KindParty) {
			continue
		}
		country := countryWordsOf(e.Country)
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			k := e.Kind + "|" + e.Country + "|" + bodyKey(name, country)
			if o, ok := out[k]; ok && o != e {
				shared[k] = true
			}
			out[k] = e
		}
	}
	for k := range shared {
		delete(out, k)
	}
	return out
})

// parenthetical is a name's closing qualifier: "Ministry of Defence (Russia)".
var parenthetical = regexp.MustCompile(`\s*\([^)]*\)\s*$`)

// bodyKey is the key of a state body's name: its words, less those of its
// country's names and adjectives and those that tell no body from another
// (bodyKeyWords), in one spelling, sorted. "Russia's Ministry of Defence",
// "Defence Ministry" and "Russian Defense Ministry" are "defence ministry".
func bodyKey(name string, country map[string]bool) string {
	var key []string
	for _, w := range lowerWords(parenthetical.ReplaceAllString(strings.TrimPrefix(name, "~"), "")) {
		if country[w] {
			continue
		}
		if f, ok := bodyKeyWords[w]; ok {
			if f == "-" {
				continue
			}
			w = f
		}
		key = append(key, w)
	}
	slices.Sort(key)
	return strings.Join(key, " ")
}

// countryWordsByCode are the words of each known country's names and
// adjectives, by its code, read once.
var countryWordsByCode = sync.OnceValue(func() map[string]map[string]bool {
	g, out := gazetteer.Default(), map[string]map[string]bool{}
	for _, e := range g.Entries() {
		if c := g.Country(e.Country); e.Kind == polgraph.KindCountry && c != nil && out[e.Country] == nil {
			out[e.Country] = countryWords(c)
		}
	}
	return out
})

// countryWordsOf are the words of the names and adjectives of the country
// of code (upper case), none where no known country has it.
func countryWordsOf(code string) map[string]bool {
	return countryWordsByCode()[code]
}

// countryWords are the words of a country's names and adjectives.
func countryWords(c *gazetteer.Entry) map[string]bool {
	words := map[string]bool{}
	if c == nil {
		return words
	}
	for _, n := range slices.Concat([]string{c.Name}, c.Aliases, c.Demonyms) {
		for _, w := range lowerWords(n) {
			words[w] = true
		}
	}
	return words
}

// curatedStateBody is the curated institution or party of kind and
// country code that a body named in a generic way, or without its
// country, stands for ("the Defence Ministry" of a story filed from
// Moscow, "Russia's Ministry of Defence", "the Labour Party" of one filed
// from Oslo), or nil.
func curatedStateBody(kind, name, code string) *gazetteer.Entry {
	if code == "" {
		return nil
	}
	code = strings.ToUpper(code)
	key := bodyKey(name, countryWordsOf(code))
	if key == "" {
		return nil // "Russia's": a country's words alone name no body
	}
	if b := curatedStateBodies()[kind+"|"+code+"|"+key]; b != nil || kind != polgraph.KindParty || slices.Contains(lowerWords(name), "party") {
		return b
	}
	// "Labour" in a story filed from Oslo: a party the press names
	// without its head noun is the country's party of that name with it
	// ("Norwegian Labour Party"); one named by its members ("Austria's
	// Social Democrats", "the Moderates") is the party of their adjective
	// ("Social Democratic Party of Austria", "Moderate Party")
	if b := curatedStateBodies()[kind+"|"+code+"|"+bodyKey(name+" Party", countryWordsOf(code))]; b != nil {
		return b
	}
	if adj := membersAdjective(name); adj != "" {
		return curatedStateBodies()[kind+"|"+code+"|"+bodyKey(adj+" Party", countryWordsOf(code))]
	}
	return nil
}

// membersAdjective is a party's name of its members ("Social Democrats",
// "Liberals", "Greens") with its last word made the adjective a party's
// name has ("Social Democratic", "Liberal", "Green"), or "" where the last
// word is no plural.
func membersAdjective(name string) string {
	i := strings.LastIndexByte(name, ' ') + 1
	w := name[i:]
	switch {
	case strings.HasSuffix(w, "crats"):
		return name[:i] + strings.TrimSuffix(w, "s") + "ic" // "Democrats": "Democratic"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return name[:i] + strings.TrimSuffix(w, "s")
	}
	return ""
}

// seatBodies are the international bodies a generic word names in a story
// filed from the city where they sit, by city and word
// (data/words/seat_bodies.tsv).
var seatBodies = wordTable("seat_bodies.tsv")

// seatBody is the international body that sits in the dateline's city
// and that the press there names by the generic name: "the Commission" of
// a story filed from Brussels. It is nil elsewhere.
func (d *doc) seatBody(name string) *gazetteer.Entry {
	city := d.datelineCity()
	if city == "" {
		return nil
	}
	body, ok := seatBodies[strings.ToLower(city+" "+strings.TrimPrefix(name, "The "))]
	if !ok {
		return nil
	}
	return d.organizationNamed(body)
}

// datelineCity is the name of the one place the article's dateline names,
// or "".
func (d *doc) datelineCity() string {
	if c := d.datelineCityEntity(); c >= 0 {
		return d.ents[c].name
	}
	return ""
}

// datelineCityEntity is the entity of the one place the article's
// dateline names, or -1.
func (d *doc) datelineCityEntity() int {
	city := -1
	for mi := range d.ments {
		m := &d.ments[mi]
		if !d.sents[m.sent].dateline || m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPlace {
			continue
		}
		if city >= 0 && m.ent != city {
			return -1 // "RIGA/VILNIUS": no one city
		}
		city = m.ent
	}
	return city
}
