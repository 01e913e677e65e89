package synth_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/synth"
)

// Every span of the oracle extraction must be the slice of the text it names.
func TestSpansIndexTheText(t *testing.T) {
	g := synth.New(1, "p/")
	for range 500 {
		ex := g.Next()
		text := ex.Article.Text
		check := func(what string, s polgraph.Span) {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
				t.Fatalf("%s: %s span [%d,%d) %q does not index its text", ex.Article.ID, what, s.Start, s.End, s.Text)
			}
		}
		for _, e := range ex.Entities {
			for _, m := range e.Mentions {
				check("mention of "+e.ID, m)
			}
		}
		for _, e := range ex.Events {
			check("event "+e.ID, e.Evidence)
		}
		for _, r := range ex.Relations {
			check("relation "+r.Type, r.Evidence)
		}
		for _, tm := range ex.Times {
			check("time", polgraph.Span{Start: tm.Start, End: tm.End, Text: tm.Text})
		}
	}
}

func TestSameSeedSameArticles(t *testing.T) {
	var a, b bytes.Buffer
	if err := synth.New(7, "x/").WriteJSONL(&a, 50); err != nil {
		t.Fatal(err)
	}
	synth.New(7, "x/").WriteJSONL(&b, 50)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("same seed, different output")
	}
	var ids []string
	sc := bufio.NewScanner(&a)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var art struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &art); err != nil || art.Text == "" || art.Title == "" {
			t.Fatalf("bad line %s: %v", sc.Text(), err)
		}
		ids = append(ids, art.ID)
	}
	if len(slices.Compact(ids)) != 50 {
		t.Errorf("ids not unique: %v", ids)
	}
}

// A family of new people shares no person with the usual world nor with
// another family, whatever the seed.
func TestNewPeopleAreNew(t *testing.T) {
	seen := map[string]string{}
	for family := range 4 {
		for _, id := range synth.NewWithNewPeople(uint64(family+1), "", family).People() {
			if prev, ok := seen[id]; ok && prev != fmt.Sprint(family) {
				t.Fatalf("%s is in family %s and family %d", id, prev, family)
			}
			seen[id] = fmt.Sprint(family)
		}
	}
	if len(seen) != 4*240 {
		t.Errorf("%d people in 4 worlds, want 960", len(seen))
	}
}
