package extract

import (
	"github.com/polgraph/polgraph"
)

// cityCountry is the ISO code of the country of place entity ei that no
// curated table knows but the world cities table does
// (gazetteer.Cities): of the one city of its name; among several
// countries' cities of the name ("Córdoba"), of the one whose country
// the article names, else of a city of the name thrice as large as any
// other country's. It is "" for any other entity, and for a name the
// table does not settle. The table tells where a place is, never whether
// a name is a place: the entity is a place by its context already.
func (d *doc) cityCountry(ei int) string {
	e := d.ents[ei]
	if e.kind != polgraph.KindPlace || e.gaz != nil || e.capitalOf != nil || !d.hasNamed(e) {
		return ""
	}
	cs := d.x.gaz.Cities(e.name)
	if len(cs) == 0 {
		return ""
	}
	named, first, other := "", cs[0].Country, 0
	for _, c := range cs {
		if c.Country != first && other == 0 {
			other = c.Population // the largest city of the name in another country
		}
		if g := d.x.gaz.Country(c.Country); g != nil && named != c.Country {
			if ci := d.entityOf(g); ci >= 0 && ci != ei && d.hasNamed(d.ents[ci]) {
				if named != "" {
					return "" // "Córdoba" in a story that names Spain and Argentina
				}
				named = c.Country
			}
		}
	}
	switch {
	case named != "":
		return named
	case other == 0 || cs[0].Population >= 3*other:
		return first
	}
	return ""
}
