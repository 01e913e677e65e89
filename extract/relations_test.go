package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

// An article about a country the gazetteer does not cover: its own bodies
// keep their names even where a short form is a known namesake's alias, a
// relative clause does not hide the subject's membership, and "since"
// dates it.
func TestUnknownCountryBodiesAndMembershipSince(t *testing.T) {
	text := "The assembly opened an inquiry into Perrin Brannock on Tuesday.\n\n" +
		"Brannock, who represents Norrow South in the chamber, has been a member of the Kavranian People's Alliance since 2005. " +
		"Dariel Caskey, the leader of the People's Alliance, criticised Brannock."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2023-01-11"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Entities {
		if e.ID == "party/peoples-alliance-of-new-brunswick" || e.ID == "country/canada" {
			t.Errorf("the Kavranian party's short form read as a Canadian namesake: %s", e.ID)
		}
	}
	tests := []struct {
		typ, from, to, validFrom string
	}{
		{"MEMBER_OF", "person/perrin-brannock", "organization/kavranian-peoples-alliance", "2005"},
		{"LEADS", "person/dariel-caskey", "organization/kavranian-peoples-alliance", ""},
		{"REPRESENTS", "person/perrin-brannock", "place/norrow-south", ""},
	}
	for _, tt := range tests {
		found := false
		for _, r := range x.Relations {
			if r.Type == tt.typ && r.From == tt.from && r.To == tt.to {
				found = true
				if got := deref(r.ValidFrom); got != tt.validFrom {
					t.Errorf("%s %s → %s validFrom = %q, want %q", tt.typ, tt.from, tt.to, got, tt.validFrom)
				}
			}
		}
		if !found {
			t.Errorf("no %s %s → %s among %+v", tt.typ, tt.from, tt.to, x.Relations)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
