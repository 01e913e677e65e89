package extract

import (
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
