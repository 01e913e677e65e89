package graph

import (
	_ "embed"
	"fmt"
	"strings"
)

// A fact's edge in Neo4j Browser is captioned by its caption property,
// which the writer keeps (factAggregate): the role and the years of its
// validity ("Finance Minister 2024–", "MP 2019–2023"). Browser cuts a
// caption longer than its edge with an ellipsis, and an edge between two
// nodes at rest is short (about 80 pixels, some 16 characters of the
// style's 8-pixel font), so a caption longer than captionBudget takes the
// role's short form (role_abbreviations.tsv): "Fin. Min. 2024–". The
// whole role and validity stay on the edge, for its inspector.

// captionBudget is how many characters a fact's caption may have before
// its role is abbreviated.
const captionBudget = 16

//go:embed data/role_abbreviations.tsv
var roleAbbreviationsTSV string

// roleAbbreviations holds role_abbreviations.tsv: whole titles and single
// words, each with its short form.
var roleAbbreviations = mustParseAbbreviations(roleAbbreviationsTSV)

type abbreviations struct {
	titles, words map[string]string
}

func mustParseAbbreviations(tsv string) abbreviations {
	a, err := parseAbbreviations(tsv)
	if err != nil {
		panic(err)
	}
	return a
}

func parseAbbreviations(tsv string) (abbreviations, error) {
	a := abbreviations{titles: map[string]string{}, words: map[string]string{}}
	for i, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") || line == "long\tshort" {
			continue
		}
		long, short, ok := strings.Cut(line, "\t")
		if !ok || long == "" || short == "" || len(short) >= len(long) {
			return a, fmt.Errorf("graph: role_abbreviations.tsv line %d: %q, want a long form, a tab and a shorter form", i+1, line)
		}
		if strings.Contains(long, " ") {
			a.titles[long] = short
		} else {
			a.words[long] = short
		}
	}
	return a, nil
}

// shortRole is role's short form: the whole title's, else each word's
// where the table has one; "" where nothing is shorter.
func shortRole(role string) string {
	if s, ok := roleAbbreviations.titles[role]; ok {
		return s
	}
	words := strings.Fields(role)
	changed := false
	for i, w := range words {
		if s, ok := roleAbbreviations.words[w]; ok {
			words[i], changed = s, true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(words, " ")
}

// factYears is a Cypher expression for the years a fact's validity spans,
// from its bounds vf and vt (as factBounds writes them, or null):
// "2019–2021", "2019" within one year, "2024–" with no known end, "–2023"
// with no known start, "" with neither.
func factYears(vf, vt string) string {
	return "CASE WHEN " + vf + " IS NULL AND " + vt + " IS NULL THEN '' " +
		"WHEN " + vt + " IS NULL THEN left(" + vf + ", 4) + '–' " +
		"WHEN " + vf + " IS NULL THEN '–' + left(" + vt + ", 4) " +
		"WHEN left(" + vf + ", 4) = left(" + vt + ", 4) THEN left(" + vf + ", 4) " +
		"ELSE left(" + vf + ", 4) + '–' + left(" + vt + ", 4) END"
}

// factCaption is a Cypher expression for the caption of fact r whose
// validity spans years (factYears): its role, whole or, where that would
// pass captionBudget, in its short form (r.roleShort), and the years.
func factCaption(r, years string) string {
	whole := "trim(coalesce(" + r + ".role, '') + ' ' + " + years + ")"
	short := "trim(coalesce(" + r + ".roleShort, " + r + ".role, '') + ' ' + " + years + ")"
	return fmt.Sprintf("CASE WHEN size(%s) <= %d THEN %s ELSE %s END", whole, captionBudget, whole, short)
}
