package extract

import (
	"strings"
	"testing"
)

// "Council of Ministers" alone is a national cabinet's name (Bulgaria's,
// Poland's, a state no list knows), scoped by its country like any
// generic state body, never the Council of the European Union, which the
// press calls the "EU Council of Ministers".
func TestCouncilOfMinistersIsTheStatesCabinet(t *testing.T) {
	known := "SOFIA - Bulgaria's Council of Ministers approved a draft budget on Wednesday, Finance Minister Dora Velkova said. The Council of the European Union must approve the loan, and the EU Council of Ministers meets in June."
	fictional := "The Council of Ministers of Kelmora approved the draft on Monday. Velkova said the Council of Ministers would send it to parliament."
	checkIDs(t, []idCase{
		{"a known state's cabinet", known, "Council of Ministers", 0, "organization/council-of-ministers--bg"},
		{"the EU body by its own name", known, "Council of the European Union", 0, "organization/council-of-the-european-union"},
		{"the EU body by the press's name", known, "EU Council of Ministers", 0, "organization/council-of-the-european-union"},
	})
	// a state no list knows: the article's own cabinet, whatever its scope
	for n := range 2 {
		if got := entityOf(t, fictional, "Council of Ministers", n); !strings.HasPrefix(got, "organization/council-of-ministers--") {
			t.Errorf("Council of Ministers (%d) in %q is %q, want the article's state's", n, fictional, got)
		}
	}
}
