package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestWordPatternSpaces checks the space bounds mustWords finds: exact
// for patterns of whole strings, none for the others.
func TestWordPatternSpaces(t *testing.T) {
	for _, c := range []struct {
		expr string
		want int
	}{
		{`^(, who )?(\w+ )?(led|leads) (the )?$`, 5},
		{`^((former|senior) )?(\w+ ){0,2}$`, 3},
		{`^, $|^in (the )?((north|south)?(east|west)?ern |central )?$`, 3},
		{`^, (the |a )?((<org>|[\w-]+) ){0,2}(mp|member) for (the )?$`, 7},
		{`^(\w+ )*of $`, unbounded}, // words without bound
		{`^, .{0,3}$`, 4},           // any character may be a space
		{`^, \d{1,3}, `, unbounded}, // no end anchor: a match may stop short
		{`\b(joined|rejoined)\b`, unbounded},
		{`^(a|b) $|c $`, unbounded}, // one alternative unanchored
	} {
		if got := mustWords(c.expr).maxSpaces; got != c.want {
			t.Errorf("%s: bound %d, want %d", c.expr, got, c.want)
		}
	}
}

// TestWordPatternEndings checks the endings mustWords finds: every match
// ends with one of them; none where a pattern need not end the string or
// may end in any word.
func TestWordPatternEndings(t *testing.T) {
	for _, c := range []struct {
		expr string
		want []string
	}{
		{`^(, who )?(\w+ )?(led|leads) (the )?$`, []string{"led the ", "led ", "leads the ", "leads "}},
		{`^, (from|of) (the )?$`, []string{", from the ", ", from ", ", of the ", ", of "}},
		{`^(\w+ )*rule[ds] $`, []string{"ruled ", "rules "}},
		{`^\w+ (the )?$`, []string{" "}}, // " the " ends with " " too
		{`^\w+(the )?$`, nil},            // any word may end it
		{`^(?i)of $`, nil},               // either case
		{`^, $|in the $`, []string{", ", "in the "}},
		{`^a $|b `, nil}, // one alternative ends anywhere
		{`^(editor|analyst) ?$`, []string{"editor ", "editor", "analyst ", "analyst"}},
	} {
		got := mustWords(c.expr).endings
		slices.Sort(got)
		slices.Sort(c.want)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: endings %q, want %q", c.expr, got, c.want)
		}
	}
}

// TestWordPatternMatches checks that the space count rejects no string
// the expression matches, on the link patterns and words between mentions
// of our own.
func TestWordPatternMatches(t *testing.T) {
	betweens := []string{
		", who leads the ", "leads ", ", a member of the ", ", who is a senior member of the ",
		"of the ", ", ", "in northern ", "in the central ", ", the <org> mp for ",
		", who was elected in 2019 as a member of the ruling ", "is a former spokesman for the ",
		", who joined the party in 2005 and later served as a senior adviser to the ",
		"'s senior adviser ", ", 54, ", ", who represents the rural riding of ",
		", the leader of the ", "who was the longtime leader of ", "and former president of ", ", a deputy ",
		"'s political editor ", "'s political editor", ", who joined the ", ", who ruled the ", "ruled ", "rules the ",
		", who works for the ", "was a member of ", ", running for the ", ", from the ", "and <per> of the ",
	}
	matched := 0
	for _, p := range []wordPattern{reMemberAfter, reMemberVerb, reLeadAfter, reLeadVerb, reLeadBefore, reWorkAfter,
		reWorkVerb, reWorkBefore, reWorkOwned, reRepresents, reSeatFor, reLocated, reSeatVerb, reDistrictOf, reSittingFor,
		reAge, reJoined, reMembersOf, reMemberFrom, reRunningFor, reAdviserTo, reRoleOpens, reCitizenIn, reCitizenNoun} {
		for _, b := range betweens {
			for _, s := range []string{b, b + "the ", "the " + b, strings.Repeat("old ", 12) + b} {
				got, want := p.MatchString(s), p.Regexp.MatchString(s)
				if got != want {
					t.Errorf("%s on %q: %v, the expression says %v", p, s, got, want)
				}
				if want {
					matched++
				}
			}
		}
	}
	if matched < 20 {
		t.Errorf("only %d matches: the check checked little", matched)
	}
}
