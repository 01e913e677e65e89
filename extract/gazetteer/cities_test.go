package gazetteer

import "testing"

func TestCities(t *testing.T) {
	g := Default()
	for _, c := range []struct {
		surface, country string // country of the largest city of the name, "" for none
		n                int    // at least this many cities of the name
	}{
		{"Pleven", "BG", 1},
		{"PLEVEN", "BG", 1}, // a dateline's capitals
		{"pleven", "", 0},   // a lowercase word is no name
		{"Caxias do Sul", "BR", 1},
		{"Gdańsk", "", 0}, // in places-cities.tsv: the curated table tells it
		{"Burgas", "", 0},
		{"Ruse", "", 0}, // an English word (ruse)
		{"Toruń", "PL", 1},
		{"Torun", "PL", 1}, // the ASCII spelling
		{"Córdoba", "AR", 3},
		{"Springfield", "US", 2},
		{"Beja", "TN", 2},   // Tunisia's Béja by its ASCII spelling, and Portugal's Beja, largest first
		{"Florence", "", 0}, // a given name of the recogniser's lists
		{"Reading", "", 0},  // an English word
		{"France", "", 0},   // a country
	} {
		cs := g.Cities(c.surface)
		if len(cs) < c.n || c.n == 0 && len(cs) > 0 || c.n > 0 && cs[0].Country != c.country {
			t.Errorf("Cities(%q) = %v, want %d or more, the first in %q", c.surface, cs, c.n, c.country)
		}
		for i := 1; i < len(cs); i++ {
			if cs[i].Population > cs[i-1].Population {
				t.Errorf("Cities(%q) not largest first: %v", c.surface, cs)
			}
		}
	}
}

// TestCitiesNotCurated checks that the world table holds no name a curated
// table reads: after the curated tables grow, regenerate it (see
// internal/geonames).
func TestCitiesNotCurated(t *testing.T) {
	g := Default()
	m, err := parseCities(worldCitiesGz)
	if err != nil {
		t.Fatal(err)
	}
	if len(m) < 10000 {
		t.Fatalf("%d city names, want more than 10,000", len(m))
	}
	bad := 0
	for _, cs := range m {
		for _, c := range cs {
			if len(g.Lookup(c.Name)) > 0 && bad < 10 {
				bad++
				t.Errorf("%s (%s) is in the world cities table and a curated one", c.Name, c.Country)
			}
		}
	}
}
