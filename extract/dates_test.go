package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

// Events dated by a time of another clause, as the tree relates the two.
func TestTimeOfTheClauseAnEventHangsOn(t *testing.T) {
	tests := []struct {
		text, typ, want string
	}{
		{"The affair began in 2018, when the Varovian Audit Office opened an investigation into the ferry contract.", "INVESTIGATION", "2018"},
		{"The protests started in May 2022, when police in Ostra arrested the opposition leader Tomas Velk.", "ARREST", "2022-05"},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: "2024-06-01"})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, ev := range x.Events {
			if ev.Type == tt.typ {
				found = true
				if got := deref(ev.Date); got != tt.want {
					t.Errorf("%q: %s dated %q, want %s", tt.text, tt.typ, got, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s", tt.text, tt.typ)
		}
	}
}
