package cameo

import (
	"iter"
	"slices"
	"strings"
)

// Role is a dated role of a person or body in leaders.tsv.
type Role struct {
	Name    string // canonical name, "Angela Merkel"
	Country string // CAMEO country code, "DEU"
	ISO     string // Country as an ISO 3166-1 alpha-2 code, "DE"; "" for a former state
	Code    string // CAMEO role code, "GOV", "ELI", "MIL", "OPP", "LEG", "JUD", ...
	From    string // YYYY-MM-DD, inclusive, or "" for open
	To      string // YYYY-MM-DD, exclusive as in PETRARCH, or "" for open
}

// contains reports whether the ISO date falls in the role's dates. ISO
// dates compare as strings.
func (r Role) contains(date string) bool {
	return (r.From == "" || r.From <= date) && (r.To == "" || date < r.To)
}

// RolesOn returns the roles of the people and bodies called name (their
// canonical name or an alias, any case) that hold on date (YYYY-MM-DD), in
// the source's order, which is PETRARCH's precedence: its coder takes the
// first. Undated roles hold on every date. An empty date returns none.
func (d *Dictionary) RolesOn(name string, date string) []Role {
	if date == "" {
		return nil
	}
	var out []Role
	for _, i := range d.byName[foldName(name)] {
		if d.roles[i].contains(date) {
			out = append(out, d.roles[i])
		}
	}
	return out
}

// foldName is a name as an index key: lowercase, single spaces, as
// leaders.tsv and callers may disagree on both.
func foldName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "_", " "))), " ")
}

// Roles is every role of the data, in the source's order.
func (d *Dictionary) Roles() iter.Seq[Role] { return slices.Values(d.roles) }
