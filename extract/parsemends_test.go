package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/extract/parse"
)

// A purpose clause the parser hangs on a name, as a clause on it or as an
// adverbial one, is the purpose of the verb the name's phrase is under.
func TestPurposeOnName(t *testing.T) {
	words := strings.Fields("she would seek the votes of the Harvest Alliance to pass the budget .")
	//                       0   1     2    3   4     5  6   7       8        9  10   11  12     13
	heads := []int{2, 2, -1, 4, 2, 8, 8, 8, 4, 10, 8, 12, 10, 2}
	for _, rel := range []string{"acl", "advcl"} {
		tree := parse.Default().Tag(words)
		tree.Head = append([]int(nil), heads...)
		tree.Rel = []string{"nsubj", "aux", "root", "det", "obj", "case", "det", "compound", "nmod", "mark", rel, "det", "obj", "punct"}
		x := &syntax{tree: tree}
		x.purposeOnName()
		if got, gotRel := x.tree.Head[10], x.tree.Rel[10]; got != 2 || gotRel != "advcl" {
			t.Errorf("%s on the name: pass hangs on %d as %s, want on 2 (seek) as advcl", rel, got, gotRel)
		}
	}
}

// A name the parser makes a compound of the time phrase after it, inside
// a preposition's phrase ("from the Harbour Union last month"), is the
// verb's oblique with that preposition, and the time phrase the verb's.
func TestNamedPhraseReadAsTimeModifier(t *testing.T) {
	words := strings.Fields("Lidia Moor was expelled from the Harbour Union last month .")
	//                       0     1    2   3        4    5   6       7     8    9     10
	tree := parse.Default().Tag(words)
	tree.Head = []int{3, 0, 3, -1, 9, 7, 7, 9, 9, 3, 3}
	tree.Rel = []string{"nsubj:pass", "flat", "aux:pass", "root", "case", "det", "compound", "compound", "amod", "obl", "punct"}
	x := &syntax{tree: tree}
	x.nameReadAsTimeModifier()
	if x.tree.Head[7] != 3 || x.tree.Rel[7] != "obl" || x.tree.Head[4] != 7 {
		t.Errorf("Union hangs on %d as %s with from on %d, want on 3 (expelled) as obl with from on 7", x.tree.Head[7], x.tree.Rel[7], x.tree.Head[4])
	}
	if x.tree.Head[9] != 3 || x.tree.Rel[9] != "obl:tmod" || x.tree.Head[8] != 9 {
		t.Errorf("month hangs on %d as %s, want on 3 (expelled) as obl:tmod with last on it", x.tree.Head[9], x.tree.Rel[9])
	}
}

// A sentence opening "The two" and a past verb, which the parser reads as
// a determiner heading a relative clause, is the verb's, with the two its
// subject.
func TestNumberSubjectReadAsModifier(t *testing.T) {
	words := strings.Fields("The two signed agreements on gas transit .")
	//                       0   1   2      3          4  5   6       7
	tree := parse.Default().Tag(words)
	tree.Head = []int{-1, 2, 0, 2, 6, 6, 2, 0}
	tree.Rel = []string{"root", "nsubj", "acl:relcl", "obj", "case", "compound", "obl", "punct"}
	x := &syntax{tree: tree}
	x.numberSubjectReadAsModifier()
	got := []int{x.tree.Head[0], x.tree.Head[1], x.tree.Head[2], x.tree.Head[7]}
	if want := []int{1, 2, -1, 2}; !slices.Equal(got, want) {
		t.Errorf("heads of The, two, signed, the stop = %v, want %v", got, want)
	}
	if x.tree.Rel[2] != "root" || x.tree.Rel[1] != "nsubj" {
		t.Errorf("signed is %s and two %s, want root and nsubj", x.tree.Rel[2], x.tree.Rel[1])
	}
}

// A possessor the parser makes the subject, with what it owns as its
// conjunct ("Kelmora's Unity Party, part of the ELP, condemned ..."), is the
// owner of the subject, which heads the phrase; and the state is no critic.
func TestPossessedReadAsConjunct(t *testing.T) {
	words := strings.Fields("Kelmora 's Unity Party , part of the ELP , condemned the law .")
	//                       0       1  2     3     4 5    6  7   8   9 10        11  12  13
	tree := parse.Default().Tag(words)
	tree.Head = []int{10, 0, 3, 0, 5, 3, 8, 8, 5, 0, -1, 12, 10, 10}
	tree.Rel = []string{"nsubj", "case", "compound", "conj", "punct", "appos", "case", "det", "nmod", "punct", "root", "det", "obj", "punct"}
	x := &syntax{tree: tree}
	x.possessedReadAsConjunct()
	if x.tree.Head[3] != 10 || x.tree.Rel[3] != "nsubj" || x.tree.Head[0] != 3 || x.tree.Rel[0] != "nmod:poss" || x.tree.Head[9] != 3 {
		t.Errorf("Party on %d as %s, Kelmora on %d as %s, comma on %d; want Party on 10 as nsubj, Kelmora on 3 as nmod:poss, comma on 3",
			x.tree.Head[3], x.tree.Rel[3], x.tree.Head[0], x.tree.Rel[0], x.tree.Head[9])
	}
	checkTreeCases(t, []treeCase{{
		name:     "the owner of the critic is no critic",
		text:     "BRUSSELS (Reuters) - Germany's CDU, part of the EPP, criticised the result on Monday.",
		want:     []wantEvent{{"CRITICISM", "2025-05-12", []string{"agent:party/christian-democratic-union-germany"}}},
		notParts: []string{"agent:country/germany"},
	}})
}

// A clause opened by "who" after a comma that follows a name, which the
// parser hangs on the sentence's verb as an aside, is a relative clause
// on the name; one that carries a clause of its own after it, or follows
// a noun inside another's phrase, is left.
func TestRelativeReadAsParataxis(t *testing.T) {
	words := strings.Fields("Brandt was sworn in , replacing Karl Lenz , who resigned last month .")
	//                       0      1   2     3  4 5         6    7    8 9   10       11   12    13
	heads := []int{2, 2, -1, 2, 5, 2, 5, 6, 10, 10, 2, 12, 10, 2}
	rels := []string{"nsubj:pass", "aux:pass", "root", "compound:prt", "punct", "advcl", "obj", "flat", "punct", "nsubj", "parataxis", "amod", "obl:tmod", "punct"}
	for _, tt := range []struct {
		name  string
		mend  func(t *parse.Tree)
		moved bool
	}{
		{"after the object", func(*parse.Tree) {}, true},
		{"carrying a clause", func(t *parse.Tree) { t.Head[12], t.Rel[12] = 10, "conj" }, false},
		{"after a noun in another's phrase", func(t *parse.Tree) { t.Rel[6] = "nmod" }, false},
	} {
		tree := parse.Default().Tag(words)
		tree.Head = append([]int(nil), heads...)
		tree.Rel = append([]string(nil), rels...)
		tt.mend(&tree)
		x := &syntax{tree: tree}
		x.relativeReadAsParataxis()
		wantHead, wantRel := 2, "parataxis"
		if tt.moved {
			wantHead, wantRel = 6, "acl:relcl"
		}
		if got, rel := x.tree.Head[10], x.tree.Rel[10]; got != wantHead || rel != wantRel {
			t.Errorf("%s: resigned hangs on %d as %s, want on %d as %s", tt.name, got, rel, wantHead, wantRel)
		}
	}
}

// A present participle the parser hangs on the verb, after the verb's
// object that is a document ("released a statement hailing the accord"),
// is on the document: what the statement says.
func TestParticipleOnDocumentReadAsClause(t *testing.T) {
	words := strings.Fields("The ministry released a statement on Friday hailing the accord .")
	//                       0   1        2        3 4         5  6      7       8   9      10
	tree := parse.Default().Tag(words)
	tree.Head = []int{1, 2, -1, 4, 2, 6, 2, 2, 9, 7, 2}
	tree.Rel = []string{"det", "nsubj", "root", "det", "obj", "case", "obl", "xcomp", "det", "obj", "punct"}
	x := &syntax{tree: tree}
	x.participleOnDocumentReadAsClause()
	if x.tree.Head[7] != 4 || x.tree.Rel[7] != "acl" {
		t.Errorf("hailing hangs on %d as %s, want on 4 (statement) as acl", x.tree.Head[7], x.tree.Rel[7])
	}
	// after a comma the participle is the clause's
	words = strings.Fields("The ministry released a statement , hailing the accord .")
	tree = parse.Default().Tag(words)
	tree.Head = []int{1, 2, -1, 4, 2, 6, 2, 8, 6, 2}
	tree.Rel = []string{"det", "nsubj", "root", "det", "obj", "punct", "advcl", "det", "obj", "punct"}
	x = &syntax{tree: tree}
	x.participleOnDocumentReadAsClause()
	if x.tree.Head[6] != 2 || x.tree.Rel[6] != "advcl" {
		t.Errorf("after a comma hailing hangs on %d as %s, want on 2 (released) as advcl", x.tree.Head[6], x.tree.Rel[6])
	}
}

// A post or a video that a fact-check cites is the subject of the verb of
// saying after it, past a reduced relative on it ("shared 40,000 times")
// and its phrases, however the tagger reads that verb; a noun after a
// determiner ("the claims that ...") stays a noun.
func TestReportAfterReducedRelative(t *testing.T) {
	for _, tt := range []struct{ text, root, subject string }{
		{"A post shared 40,000 times on Facebook alleges that Mayor Ivo Brenak met a Varovian envoy in May.", "alleges", "post"},
		{"A post on Facebook alleges that Mayor Ivo Brenak met a Varovian envoy in May.", "alleges", "post"},
		{"A video viewed 2,000 times on TikTok says that MP Ivo Brenak was arrested in Vellin.", "says", "video"},
		{"A report on the claims that Mayor Ivo Brenak met an envoy was published on Monday.", "published", ""},
	} {
		x := parsedFirstSentence(t, tt.text)
		r := slices.Index(x.tree.Head, -1)
		if r < 0 || x.tree.Words[r] != tt.root {
			t.Errorf("%q: root %d, want %q", tt.text, r, tt.root)
			continue
		}
		if tt.subject == "" {
			continue // the root alone is the point
		}
		subj := x.childrenWith(r, "nsubj", "nsubj:pass")
		if len(subj) != 1 || x.tree.Words[subj[0]] != tt.subject {
			t.Errorf("%q: subject %v, want %q", tt.text, subj, tt.subject)
		}
	}
}

// A verb the parser joins to the apposition of a name read as the root
// ("Vola Kessem, the UN human rights chief, criticised the arrests") is
// the root, and the name its subject: the body inside the apposition is
// no second doer.
func TestVerbJoinedToApposition(t *testing.T) {
	words := strings.Fields("Vola Kessem , the UN human rights chief , criticised the arrests .")
	//                       0    1      2 3   4  5     6      7     8 9          10  11      12
	tree := parse.Default().Tag(words)
	tree.Head = []int{-1, 0, 0, 7, 7, 6, 7, 0, 9, 7, 11, 9, 0}
	tree.Rel = []string{"root", "flat", "punct", "det", "compound", "amod", "compound", "appos", "punct", "conj", "det", "obj", "punct"}
	tree.XPOS[9] = "VBD"
	x := &syntax{tree: tree}
	x.verbJoinedToApposition()
	got := []int{x.tree.Head[0], x.tree.Head[9], x.tree.Head[12]}
	if want := []int{9, -1, 9}; !slices.Equal(got, want) || x.tree.Rel[0] != "nsubj" || x.tree.Rel[9] != "root" {
		t.Errorf("heads of Vola, criticised, stop = %v (%s, %s), want %v (nsubj, root)", got, x.tree.Rel[0], x.tree.Rel[9], want)
	}
}
