package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// City is a row of the world cities table (data/world-cities.tsv.gz,
// from GeoNames): a city or town of some 30,000 inhabitants or more
// whose name no curated table reads.
type City struct {
	Name       string // GeoNames' name: "Gdańsk", "Caxias do Sul"
	Country    string // ISO 3166-1 alpha-2
	Admin1     string // GeoNames' code of its first-level division
	Population int

	ascii string // Name without diacritics, where it has any
}

//go:embed data/world-cities.tsv.gz
var worldCitiesGz []byte

var (
	citiesOnce sync.Once
	citiesMap  map[string][]City // lowercased name and ASCII spelling
)

// Cities returns the cities of the world table a surface form names, by
// its name or the name's ASCII spelling ("Gdansk"), largest first; nil
// for none. Case counts but in a name all in capitals ("BURGAS", a
// dateline). The table only tells where a place the text names is: a
// name that it holds may still be a person's ("Florence Dorn"), and one
// of the curated tables (Lookup) is read there, not here. Several
// countries may have a city of the name ("Córdoba"): the caller chooses,
// by the country the text names or by size. The table is read on first
// use; the returned slice is shared.
func (g *Gazetteer) Cities(surface string) []City {
	citiesOnce.Do(loadCities)
	cs := citiesMap[strings.ToLower(surface)]
	if len(cs) == 0 || allCaps(surface) {
		return cs
	}
	for _, c := range cs {
		if c.Name == surface || c.ascii == surface {
			return cs
		}
	}
	return nil
}

func loadCities() {
	m, err := parseCities(worldCitiesGz)
	if err != nil {
		panic(err) // a bug in the data, which the tests catch
	}
	citiesMap = m
}

func parseCities(gz []byte) (map[string][]City, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("world-cities.tsv.gz: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("world-cities.tsv.gz: %w", err)
	}
	// one string for the table and one for its lowercase form, of the
	// same length, whose slices are the names and keys: a few
	// allocations, not one a cell
	text := string(b)
	lower := strings.Map(func(r rune) rune {
		if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
			return l
		}
		return r // a letter whose lowercase is longer: its key is made apart
	}, text)
	rows := make([]City, 0, strings.Count(text, "\n"))
	var keys [][2]string // each row's lowercased name and ASCII spelling
	header := true
	for off, n := 0, 1; off < len(text); n++ {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line, low := text[off:off+end], lower[off:off+end]
		off += end + 1
		if line == "" || line[0] == '#' {
			continue
		}
		if header { // the column names
			header = false
			continue
		}
		f := [5]string{}
		var k [2]string
		rest, lrest := line, low
		for i := range f {
			j := strings.IndexByte(rest, '\t')
			if j < 0 {
				if i < len(f)-1 {
					return nil, fmt.Errorf("world-cities.tsv.gz:%d: malformed row %q", n, line)
				}
				j = len(rest)
			}
			f[i] = rest[:j]
			if i == 0 {
				k[0] = lrest[:j]
			} else if i == 4 {
				k[1] = lrest[:j]
			}
			rest, lrest = rest[min(j+1, len(rest)):], lrest[min(j+1, len(lrest)):]
		}
		if f[0] == "" || len(f[1]) != 2 || rest != "" {
			return nil, fmt.Errorf("world-cities.tsv.gz:%d: malformed row %q", n, line)
		}
		pop, err := strconv.Atoi(f[3])
		if err != nil {
			return nil, fmt.Errorf("world-cities.tsv.gz:%d: population %q", n, f[3])
		}
		for i := range k {
			if k[i] != strings.ToLower(k[i]) { // no allocation where it is lowercase already
				k[i] = strings.ToLower(k[i])
			}
		}
		rows = append(rows, City{Name: f[0], Country: f[1], Admin1: f[2], Population: pop, ascii: f[4]})
		keys = append(keys, k)
	}
	// the rows of a name are together, largest first: the name's cities
	// are a slice of rows; two names of one key ("San Jose", "San José")
	// share a merged slice, largest first
	m := make(map[string][]City, len(rows)+len(rows)/8)
	put := func(k string, cities []City) {
		old, ok := m[k]
		if !ok {
			m[k] = cities
			return
		}
		if &old[0] == &cities[0] {
			return
		}
		merged := slices.Concat(old, cities)
		slices.SortStableFunc(merged, func(a, b City) int { return b.Population - a.Population })
		m[k] = merged
	}
	for first := 0; first < len(rows); {
		last := first + 1
		for last < len(rows) && rows[last].Name == rows[first].Name {
			last++
		}
		cities := rows[first:last:last]
		put(keys[first][0], cities)
		if a := keys[first][1]; a != "" && a != keys[first][0] {
			put(a, cities)
		}
		first = last
	}
	return m, nil
}
