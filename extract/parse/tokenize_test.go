package parse

import (
	"slices"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Senator Ilse Varga resigned.", "Senator|Ilse|Varga|resigned|."},
		{"Varga's party can't win, won't try.", "Varga|'s|party|ca|n't|win|,|wo|n't|try|."},
		{"They’re sure she’ll say she’d go; I’m not.", "They|’re|sure|she|’ll|say|she|’d|go|;|I|’m|not|."},
		{"We've seen the workers' union.", "We|'ve|seen|the|workers|'|union|."},
		{"Mr. Doyle met Dr. Osei in the U.S. on Jan. 5 at 3 p.m.", "Mr.|Doyle|met|Dr.|Osei|in|the|U.S.|on|Jan.|5|at|3|p.m."},
		{"J. R. Hallam spoke.", "J.|R.|Hallam|spoke|."},
		{"It voted for Plan B.", "It|voted|for|Plan|B|."},
		{"He lives in the U.S.", "He|lives|in|the|U.S."},
		{"Growth was 3.5% on $1,000 in 2019-20.", "Growth|was|3.5|%|on|$|1,000|in|2019-20|."},
		{"A pro-Russian ex-president and a non-profit co-chair", "A|pro-Russian|ex-president|and|a|non-profit|co-chair"},
		{"Labour won the by-election under a by-law", "Labour|won|the|by-election|under|a|by-law"},
		{"a 30-year-old Polish-born judge", "a|30|-|year|-|old|Polish|-|born|judge"},
		{"the U.S.-led talks", "the|U.S.|-|led|talks"},
		{"Write to press@civic-union.org or see https://civic-union.org/news?id=3.", "Write|to|press@civic-union.org|or|see|https://civic-union.org/news?id=3|."},
		{`"We will stay," she said (twice).`, `"|We|will|stay|,|"|she|said|(|twice|)|.`},
		{"Wait... what?! -- no", "Wait|...|what|?|!|--|no"},
		{"We cannot and we're gonna lose", "We|can|not|and|we|'re|gon|na|lose"},
		{"O'Brien's AT&T deal, No. 10 and no.", "O'Brien|'s|AT&T|deal|,|No.|10|and|no|."},
		{"the '90s and 10:30 and .5 and #vote", "the|'90s|and|10:30|and|.5|and|#vote"},
		{"and/or USD/DM on 4/14/00 w/o L/C, the 80's, deal #4327", "and|/|or|USD|/|DM|on|4/14/00|w/o|L/C|,|the|80's|,|deal|#|4327"},
		{"Acme Inc.", "Acme|Inc."},
		{"etc.", "etc."},
		{"", ""},
		{"   ", ""},
		{"«Ça va» — Müller’s", "«|Ça|va|»|—|Müller|’s"},
	} {
		toks := Tokenize(tc.in)
		var got []string
		for _, tok := range toks {
			got = append(got, tok.Text)
			if tc.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q has span %d:%d = %q", tc.in, tok.Text, tok.Start, tok.End, tc.in[tok.Start:tok.End])
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", tc.in, g, tc.want)
		}
	}
}

func TestTokenizeSpansAreOrderedAndCoverText(t *testing.T) {
	s := "Prime Minister Aldo Ferrante (CU) said on Tuesday: “It’s over.” U.N. envoys weren't told."
	toks := Tokenize(s)
	prev := 0
	for _, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start {
			t.Fatalf("token %q at %d:%d after %d", tok.Text, tok.Start, tok.End, prev)
		}
		if strings.TrimSpace(s[prev:tok.Start]) != "" {
			t.Fatalf("text %q skipped before %q", s[prev:tok.Start], tok.Text)
		}
		prev = tok.End
	}
	if strings.TrimSpace(s[prev:]) != "" {
		t.Fatalf("text %q skipped at the end", s[prev:])
	}
}

// TestPlainWords checks Tokenize's shortcut for words of letters and
// digits alone against its rules.
func TestPlainWords(t *testing.T) {
	for _, w := range []string{"Varga", "resigned", "a", "B", "2019", "G7", "3rd", "cannot", "Cannot", "GONNA", "wanna", "gotta", "can", "nota", "Ilse"} {
		if got, want := Tokenize(w), appendByRules(nil, w); !slices.Equal(got, want) {
			t.Errorf("Tokenize(%q) = %v, its rules give %v", w, got, want)
		}
	}
	for w := range fusedCuts {
		if len(w) > maxFused {
			t.Errorf("fused word %q is longer than maxFused", w)
		}
	}
}

// TestAppendTokens checks that AppendTokens keeps what its slice holds
// and adds what Tokenize gives.
func TestAppendTokens(t *testing.T) {
	prefix := Tokenize("Ivo Dorn said:")
	for _, s := range []string{"Varga", "U.S.", "can't", "(twice).", "30-year-old", "J.", ""} {
		got := AppendTokens(slices.Clone(prefix), s)
		if want := append(slices.Clone(prefix), Tokenize(s)...); !slices.Equal(got, want) {
			t.Errorf("AppendTokens(%v, %q) = %v, want %v", prefix, s, got, want)
		}
	}
}
