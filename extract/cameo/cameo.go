// Package cameo codes a verb in its clause with a CAMEO event code and the extraction contract's event type, from PETRARCH2's dictionaries.
package cameo

import (
	"sync"
)

// Code is a CAMEO event code ("0211", "190"), or "---" for a frame the
// dictionary marks as no event.
type Code string

// Frame is a verb in its clause, as a dependency parse gives it.
type Frame struct {
	Verb     string   // the verb's lemma, lowercase ("fire", "blow up" for verb+particle is also tried)
	Particle string   // a phrasal particle ("up", "off"), lowercase, or ""
	Before   []string // lowercase words of the subject side, in text order (may be empty)
	After    []string // lowercase words after the verb in its clause, in text order (objects, prepositional phrases), at most ~15
	// Case marks the After words the parse makes prepositions of a noun
	// after them ("off" in "into the sea off its coast"); nil when unknown.
	Case []bool
	// ObjectEnd is the After index just past the verb's direct object when
	// the object opens After ("a missile" in "fired a missile at ..."), else 0.
	ObjectEnd int
}

// Match is the code a frame gets.
type Match struct {
	Code     Code
	Type     string // contract event type, "" when the code maps to none (an explicit non-event)
	Pattern  string // the pattern line that matched, for evidence and debugging; "" when only the verb's default code applied
	Specific bool   // true when a pattern (not just the verb's default) matched
}

// Dictionary is the loaded data: verbs with their patterns, the code to
// type table and dated leader roles. It is read-only once loaded, so it is
// safe for concurrent use.
type Dictionary struct {
	verbs   map[string]verbEntry // by foldVerb of the lemma
	types   typeTable
	roles   []leaderRole
	byName  map[string][]int32 // foldName of a name or alias → indices into roles
	codes   []string           // the CAMEO country and role codes roles name
	iso     map[string]string  // CAMEO country code → ISO 3166-1 alpha-2
	nVerbs  int                // verb rows, for reports
	nBlocks int
}

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
)

// Default returns the dictionary built from the embedded data, loading it on
// first use. Malformed embedded data is a build defect, so it panics; the
// package's tests load the same files and fail first.
func Default() *Dictionary {
	defaultOnce.Do(func() {
		d, err := load(dataFS)
		if err != nil {
			panic(err)
		}
		defaultDict = d
	})
	return defaultDict
}

// Type is the contract event type of the code, by the longest prefix listed
// in types.tsv; "" when the code maps to none or is unknown.
func (c Code) Type() string {
	return Default().types.typeOf(c)
}
