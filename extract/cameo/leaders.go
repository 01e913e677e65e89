package cameo

import (
	"fmt"
	"iter"
	"strings"
	"time"
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

// leaderRole is a Role as the dictionary keeps its 28,000: the name shared
// by a person's lines, the codes as indices into Dictionary.codes and the
// dates as yyyymmdd numbers (0 when open), which order as the dates do.
// Roles with their source lines behind them were 7 MB of the extractor's
// 26 MB of models; these are 1 MB.
type leaderRole struct {
	name          string
	from, to      int32
	country, code uint16
}

// contains reports whether day, a yyyymmdd number, falls in the role's dates.
func (r leaderRole) contains(day int32) bool {
	return (r.from == 0 || r.from <= day) && (r.to == 0 || day < r.to)
}

// role is r as a Role.
func (d *Dictionary) role(r leaderRole) Role {
	country := d.codes[r.country]
	return Role{Name: r.name, Country: country, ISO: d.iso[country], Code: d.codes[r.code], From: dateText(r.from), To: dateText(r.to)}
}

// dayNumber is an ISO date (YYYY-MM-DD) as a yyyymmdd number, and whether
// it is one.
func dayNumber(date string) (int32, bool) {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return 0, false
	}
	y, m, day := t.Date()
	return int32(y*10000 + int(m)*100 + day), true
}

// dateText is the ISO date of a yyyymmdd number, "" for 0 (open).
func dateText(n int32) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", n/10000, n/100%100, n%100)
}

// RolesOn returns the roles of the people and bodies called name (their
// canonical name or an alias, any case) that hold on date (YYYY-MM-DD), in
// the source's order, which is PETRARCH's precedence: its coder takes the
// first. Undated roles hold on every date. A date that is empty or no ISO
// date returns none.
func (d *Dictionary) RolesOn(name string, date string) []Role {
	day, ok := dayNumber(date)
	if !ok {
		return nil
	}
	var out []Role
	for _, i := range d.byName[foldName(name)] {
		if d.roles[i].contains(day) {
			out = append(out, d.role(d.roles[i]))
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
func (d *Dictionary) Roles() iter.Seq[Role] {
	return func(yield func(Role) bool) {
		for _, r := range d.roles {
			if !yield(d.role(r)) {
				return
			}
		}
	}
}
