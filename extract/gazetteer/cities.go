package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
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
	m := make(map[string][]City, 20000)
	sc := bufio.NewScanner(zr)
	header := true
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		if header { // the column names
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 || f[0] == "" || len(f[1]) != 2 {
			return nil, fmt.Errorf("world-cities.tsv.gz:%d: malformed row %q", n, line)
		}
		pop, err := strconv.Atoi(f[3])
		if err != nil {
			return nil, fmt.Errorf("world-cities.tsv.gz:%d: population %q", n, f[3])
		}
		c := City{Name: f[0], Country: f[1], Admin1: f[2], Population: pop, ascii: f[4]}
		for i, k := range []string{f[0], f[4]} {
			if k == "" || i == 1 && strings.EqualFold(k, f[0]) {
				continue
			}
			k = strings.ToLower(k)
			m[k] = append(m[k], c) // rows come largest first
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("world-cities.tsv.gz: %w", err)
	}
	return m, nil
}
