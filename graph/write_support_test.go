package graph_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

// supportModel is what the API must answer for one fact, computed in Go
// from the supports in the order they were written (an article written
// again after a correction goes last; an unloaded one goes): the answers
// the per-article lists of earlier versions gave.
type supportModel struct{ supports []modelSupport }

type modelSupport struct {
	article, sentence string
	from, to          string // "YYYY-MM-DD~precision" or ""
	confidence        float64
}

func (m *supportModel) remove(article string) {
	m.supports = slices.DeleteFunc(m.supports, func(s modelSupport) bool { return s.article == article })
}

func (m *supportModel) write(s modelSupport) { m.remove(s.article); m.supports = append(m.supports, s) }

// want is the fact the API should give: validity from the earliest start
// and latest end (the precision with its day), the highest confidence, the
// count and the first graph.MaxProvenance supports.
func (m *supportModel) want() (from, to string, conf float64, support int, firsts []string) {
	for _, s := range m.supports {
		if s.from != "" && (from == "" || s.from < from) {
			from = s.from
		}
		if s.to != "" && s.to > to {
			to = s.to
		}
		conf = max(conf, s.confidence)
	}
	for _, s := range m.supports[:min(len(m.supports), graph.MaxProvenance)] {
		firsts = append(firsts, fmt.Sprintf("%s %q %.2f", s.article, s.sentence, s.confidence))
	}
	return from, to, conf, len(m.supports), firsts
}

// TestFactAnswersFollowSupports writes one fact from 14 articles in
// batches, corrects and unloads some (among them the ones holding the
// earliest start, the latest end and the highest confidence), and after
// every step compares the API's answer with supportModel's.
func TestFactAnswersFollowSupports(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	f := fixture{testPrefix(t, db)}
	var m supportModel
	pending := make(map[string]modelSupport) // by article, until written
	article := func(i int, from, to string, conf float64, sentence string) *polgraph.Extraction {
		ex := f.article(fmt.Sprintf("s%02d", i), fmt.Sprintf("2024-04-%02d", i+1), sentence,
			f.entity(polgraph.KindPerson, "alder-voss", "Alder Voss"), f.entity(polgraph.KindParty, "amber-union", "Amber Union"))
		r := f.relation("MEMBER_OF", "person/alder-voss", "party/amber-union", from, conf)
		r.Evidence.Text = sentence
		if to != "" {
			r.ValidTo = &to
		}
		ex.Relations = []polgraph.Relation{r}
		bound := func(v string, start bool) string {
			first, last, ok := graph.Period(v)
			if !ok {
				return ""
			}
			if !start {
				first = last
			}
			return first + "~" + graph.Precision(v)
		}
		pending[ex.Article.ID] = modelSupport{article: ex.Article.ID, sentence: sentence, from: bound(from, true), to: bound(to, false), confidence: conf}
		return ex
	}
	put := func(exs ...*polgraph.Extraction) {
		t.Helper()
		write(t, db, exs...)
		for _, ex := range exs {
			m.write(pending[ex.Article.ID])
		}
	}
	check := func(step string) {
		t.Helper()
		got, err := db.Facts(ctx, []string{f.p + "person/alder-voss"}, graph.FactFilter{Types: []string{"MEMBER_OF"}}, graph.Page{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		facts := got[f.p+"person/alder-voss"].Items
		from, to, conf, support, firsts := m.want()
		if support == 0 {
			if len(facts) != 0 {
				t.Errorf("%s: %d facts, want none", step, len(facts))
			}
			return
		}
		if len(facts) != 1 {
			t.Fatalf("%s: %d facts, want 1", step, len(facts))
		}
		fact := facts[0]
		var gotFirsts []string
		for _, p := range fact.Provenance {
			gotFirsts = append(gotFirsts, fmt.Sprintf("%s %q %.2f", p.Article.ID, p.Sentence, *p.Confidence))
		}
		gotBound := func(day *string, precision string) string {
			if day == nil {
				return ""
			}
			return *day + "~" + precision
		}
		if g := gotBound(fact.ValidFrom, fact.FromPrecision); g != from {
			t.Errorf("%s: validFrom %s, want %s", step, g, from)
		}
		if g := gotBound(fact.ValidTo, fact.ToPrecision); g != to {
			t.Errorf("%s: validTo %s, want %s", step, g, to)
		}
		if fact.Confidence == nil || *fact.Confidence != conf {
			t.Errorf("%s: confidence %v, want %v", step, deref(fact.Confidence), conf)
		}
		if fact.Support != support {
			t.Errorf("%s: support %d, want %d", step, fact.Support, support)
		}
		if !slices.Equal(gotFirsts, firsts) {
			t.Errorf("%s: provenance order\n got %q\nwant %q", step, gotFirsts, firsts)
		}
	}

	var exs []*polgraph.Extraction
	for i := range 14 {
		from := []string{"2019", "2018-06", "2020-Q2", "", "2017-W05"}[i%5]
		to := []string{"", "2023", "", "2024-02", ""}[i%4]
		exs = append(exs, article(i, from, to, 0.5+float64(i%7)/20, fmt.Sprintf("Voss is in Amber Union, says article %d.", i)))
	}
	put(exs[:5]...)
	check("first batch")
	put(exs[5:12]...)
	check("second batch")
	for _, ex := range exs[12:] {
		put(ex)
		check("one by one")
	}
	put(article(1, "2021", "", 0.4, "Corrected: Voss joined Amber Union in 2021.")) // held the earliest start…
	check("corrected article 1")
	put(article(4, "2022", "2022-12", 0.3, "Corrected: Voss left."))
	check("corrected article 4")
	for _, id := range []string{"s06", "s13", "s03", "s00"} { // the highest confidences and latest ends
		if _, err := db.UnloadArticles(ctx, []string{f.p + id}); err != nil {
			t.Fatal(err)
		}
		m.remove(f.p + id)
		check("unloaded " + id)
	}
	byArticle, err := db.FactsByArticle(ctx, []string{f.p + "s09"}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := byArticle[f.p+"s09"]; len(got) != 1 || got[0].Support != len(m.supports) {
		t.Errorf("FactsByArticle(s09) = %+v, want the one fact with support %d", got, len(m.supports))
	}
	noProblems(t, db, f.p)
	var ids []string
	for _, s := range m.supports {
		ids = append(ids, s.article)
	}
	if _, err := db.UnloadArticles(ctx, ids); err != nil {
		t.Fatal(err)
	}
	m.supports = nil
	check("all unloaded")
}

func deref(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}
