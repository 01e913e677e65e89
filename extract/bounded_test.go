package extract

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/polgraph/polgraph"
)

// extractWithin extracts a, failing the test if that takes longer than
// limit: a hang fails the test instead of stalling it. A runaway
// extraction is left running; the test binary ends with the test.
func extractWithin(t *testing.T, a polgraph.Article, limit time.Duration) *polgraph.Extraction {
	t.Helper()
	type result struct {
		x   *polgraph.Extraction
		err error
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		x, err := extractor.Extract(context.Background(), a)
		done <- result{x, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatalf("extract %q: %v", abbreviate(a.Text), r.err)
		}
		return r.x
	case <-time.After(limit):
		t.Fatalf("extract %d bytes: not done after %v (%s): %q", len(a.Text), time.Since(start).Round(time.Millisecond), limit, abbreviate(a.Text))
		return nil
	}
}

func abbreviate(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// An event told twice in one sentence and once more later: the second
// mention takes its date from the first, the first is merged into the
// second, and the later "the attack" must find the one that stands for
// both. Following the merge links went round in a circle for good.
func TestEventToldTwiceInOneSentence(t *testing.T) {
	for _, text := range []string{
		// a wiki page's headings glued to its text make one sentence
		"The attack in Varnholm on 12 March 1998 killed four people.==The attack==The attack in Varnholm was claimed by NRV.==Reactions==Minister Oskar Brannlund condemned the attack.",
		// and prose can say it too
		"On 12 March 1998 the attack in Varnholm killed four people, and the attack in Varnholm was claimed by NRV. Minister Oskar Brannlund condemned the attack.",
	} {
		x := extractWithin(t, polgraph.Article{ID: "told-twice", Title: "Varnholm", Text: text, PublishedAt: "2000-01-01"}, 20*time.Second)
		var attacks []polgraph.Event
		for _, ev := range x.Events {
			if ev.Type == "ATTACK" {
				attacks = append(attacks, ev)
			}
		}
		if len(attacks) != 1 {
			t.Errorf("%q: %d ATTACK events, want 1: %+v", text, len(attacks), attacks)
			continue
		}
		if got := attacks[0].Date; got == nil || *got != "1998-03-12" {
			t.Errorf("%q: attack dated %v, want 1998-03-12", text, got)
		}
	}
}

// wikiMarkup is markup of the kinds that reach polgraph glued to the
// words around it when a page's source or a bad conversion of it is
// loaded as text.
var wikiMarkup = []string{
	"==", "===", "==Background==", "==The attack==", "===Reactions===", "==See also==",
	"[[", "]]", "[[Varnholm]]", "[[Oskar Brannlund|Brannlund]]", "|", "{{", "}}",
	"{{cite news|date=12 March 1998|title=Bomb}}", "'''", "''", "<ref>", "</ref>",
	"<ref name=post/>", "<br/>", "{|", "|-", "|}", "*", "#", ":", ";", "&nbsp;",
	"----", "__TOC__", "[http://example.org Post]", ".", ",", "(", ")", "\"", "—",
	"\n", "\n\n", "e.g.", "U.S.", "Jan.", "12 March 1998", "1998", "the attack",
}

// glueMarkup puts markup from wikiMarkup before and after words of text,
// with no space between, as a generator seeded by glue picks: glue 0
// leaves the text as it is, words joined by single spaces.
func glueMarkup(text string, glue uint64) string {
	r := rand.New(rand.NewPCG(glue, glue>>32))
	var b strings.Builder
	for i, w := range strings.Fields(text) {
		switch {
		case glue != 0 && r.IntN(3) == 0:
			b.WriteString(wikiMarkup[r.IntN(len(wikiMarkup))])
		case i > 0:
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if glue != 0 && r.IntN(4) == 0 {
			b.WriteString(wikiMarkup[r.IntN(len(wikiMarkup))])
		}
	}
	return b.String()
}

// FuzzGluedMarkup checks that extraction ends, in time linear in the text,
// and keeps its offsets right whatever markup is glued to the words. The
// bound is generous (a shared, slow machine; the race detector): it is
// there to catch a hang or a quadratic blow-up, not to time the extractor.
func FuzzGluedMarkup(f *testing.F) {
	f.Add("The attack in Varnholm on 12 March 1998 killed four people. The attack in Varnholm was claimed by NRV. Minister Oskar Brannlund condemned the attack.", uint64(0x9e3779b97f4a7c15))
	f.Add("Prime Minister Lina Sorell said on Friday that she would resign. Police arrested two members of ETL in Karsby on Tuesday.", uint64(0xffffffffffffffff))
	f.Fuzz(func(t *testing.T, text string, glue uint64) {
		if len(text) > 64<<10 {
			return
		}
		a := polgraph.Article{ID: "fuzz", Title: "Fuzz", Text: glueMarkup(text, glue), PublishedAt: "2000-01-01"}
		limit := 20*time.Second + time.Duration(len(a.Text))*time.Millisecond
		x := extractWithin(t, a, limit)
		checkSpans(t, a, x)
	})
}
