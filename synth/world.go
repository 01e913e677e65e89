// Package synth generates realistic political news articles about a
// fictional world, with the extraction a careful reader would make of each,
// for benchmarks and load tests. Every name is invented; none is copied
// from any corpus.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/polgraph/polgraph"
)

// Invented name parts. Combinations give a few thousand distinct people.
var (
	firstNames = []string{"Alder", "Brena", "Casimir", "Delphine", "Emrys", "Faline", "Gorran", "Hesper",
		"Ivo", "Jessamy", "Korin", "Lisandre", "Maelis", "Nerys", "Orrin", "Perrin", "Quilla", "Rosalind",
		"Soren", "Tamsin", "Ulric", "Vesna", "Wendel", "Ysolde", "Zorah", "Anselm", "Briony", "Cadell",
		"Dariel", "Eskil", "Fenna", "Galen", "Idony", "Jory", "Kestrel", "Linnea", "Mireille", "Noak"}
	lastNames = []string{"Voss", "Kell", "Marrow", "Thistlewood", "Brannock", "Quillon", "Ostrander",
		"Vance-Ederly", "Halloran", "Pembry", "Drummel", "Caskey", "Fennimore", "Aldcroft", "Rudd-Ventner",
		"Sallow", "Trevane", "Oakhurst", "Lindqvar", "Merriweather", "Carrow", "Ingleby", "Dashwell",
		"Esterhaz", "Grell", "Hawthorne-Pike", "Kiviharju", "Lorimer", "Nettleford", "Pelloquin"}
	countryNames = []string{"Valdoria", "Ostrenia", "Kavrania", "Meridesh", "Tyrnland", "Calvessa"}
	demonyms     = []string{"Valdorian", "Ostrenian", "Kavranian", "Merideshi", "Tyrnish", "Calvessan"}
	// Party names end in "Party" and open with the country's demonym, as
	// real parties' names so often do ("Calvessan Reform Party"): news
	// readers, and polgraph's extractor, take such a name for a party.
	partyForms = []string{"Amber Party", "Civic Party", "Green Party", "People's Party", "Liberty Party",
		"Northern Party", "Social Democratic Party", "Reform Party"}
	placeRoots = []string{"Ashford", "Brelin", "Corvath", "Dunmere", "Elsbridge", "Farrowgate", "Greymoor",
		"Hollin", "Istrave", "Juniper Bay", "Karsk", "Lowen", "Marwick", "Norrow", "Pellham", "Redwater"}
	outlets = []string{"Courier", "Morning Ledger", "Herald", "Daily Beacon", "Observer", "Dispatch"}
)

// entity is one thing of the world and its extraction identity.
type entity struct {
	id, kind, name string
	aliases        []string
}

type country struct {
	entity
	demonym    string
	capital    *entity
	parliament *entity
	government *entity
	outlet     *entity
	parties    []*entity
	places     []*entity
	people     []*person
}

type person struct {
	entity
	party    *entity
	district *entity
	office   string // "" or an office title
	since    int    // year they joined their party
}

// world is the fictional political world the articles report on.
type world struct {
	countries []*country
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '\'' || r == '’':
			// the extractor drops the apostrophe ("peoples-party"), and the
			// oracle's ids must be the extractor's
		default:
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
				b.WriteByte('-')
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func newEntity(prefix, kind, name string, aliases ...string) *entity {
	return &entity{id: prefix + strings.ToLower(kind) + "/" + slug(name), kind: kind, name: name, aliases: aliases}
}

// newWorld builds the world from r; ids start with prefix. Family n > 0
// adds the n-th surname to every surname (NewWithNewPeople).
func newWorld(r *rand.Rand, prefix string, peoplePerCountry, family int) *world {
	w := &world{}
	usedNames := make(map[string]bool)
	for i, name := range countryNames {
		c := &country{entity: *newEntity(prefix, polgraph.KindCountry, name), demonym: demonyms[i]}
		for j := 0; j < 4; j++ {
			c.places = append(c.places, newEntity(prefix, polgraph.KindPlace, placeRoots[(i*5+j*3)%len(placeRoots)]+" "+[]string{"North", "South", "East", "West"}[j]))
		}
		c.capital = newEntity(prefix, polgraph.KindPlace, placeRoots[(i*7+2)%len(placeRoots)]+" City")
		c.places = append(c.places, c.capital)
		c.parliament = newEntity(prefix, polgraph.KindOrganization, "National Assembly of "+name, "the Assembly")
		c.government = newEntity(prefix, polgraph.KindOrganization, "Government of "+name)
		c.outlet = newEntity(prefix, polgraph.KindOrganization, "The "+c.demonym+" "+outlets[i%len(outlets)])
		for j := 0; j < 4; j++ {
			form := partyForms[(i+j*3)%len(partyForms)]
			full := c.demonym + " " + form
			acronym := acronymOf(full)
			c.parties = append(c.parties, newEntity(prefix, polgraph.KindParty, full, form, acronym))
		}
		for len(c.people) < peoplePerCountry {
			first := firstNames[r.IntN(len(firstNames))]
			last := lastNames[r.IntN(len(lastNames))]
			if family > 0 {
				last += "-" + singleSurnames[(family-1)%len(singleSurnames)]
			}
			full := first + " " + last
			if usedNames[full] {
				continue
			}
			usedNames[full] = true
			p := &person{entity: *newEntity(prefix, polgraph.KindPerson, full, last),
				party: c.parties[r.IntN(len(c.parties))], district: c.places[r.IntN(len(c.places))],
				since: 1995 + r.IntN(25)}
			switch len(c.people) {
			case 0:
				p.office = "Prime Minister"
			case 1:
				p.office = "Foreign Minister"
			case 2:
				p.office = "Finance Minister"
			}
			c.people = append(c.people, p)
		}
		w.countries = append(w.countries, c)
	}
	return w
}

// singleSurnames are the surnames without a hyphen: a family's
// double-barrelled names never meet another's.
var singleSurnames = func() []string {
	var out []string
	for _, n := range lastNames {
		if !strings.Contains(n, "-") {
			out = append(out, n)
		}
	}
	return out
}()

func acronymOf(s string) string {
	var b strings.Builder
	for _, f := range strings.Fields(s) {
		if f[0] >= 'A' && f[0] <= 'Z' {
			b.WriteByte(f[0])
		}
	}
	return b.String()
}

func (e *entity) String() string { return fmt.Sprintf("%s (%s)", e.name, e.id) }
