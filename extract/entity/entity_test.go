package entity

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/extract/parse"
)

// words tokenises a sentence as callers do.
func words(s string) []string {
	var out []string
	for _, t := range parse.Tokenize(s) {
		out = append(out, t.Text)
	}
	return out
}

// spanText renders spans as "Label:text" for readable failures.
func spanText(ws []string, spans []Span) []string {
	out := []string{}
	for _, s := range spans {
		out = append(out, s.Label+":"+strings.Join(ws[s.Start:s.End], " "))
	}
	return out
}

func TestEmbeddedModelLoads(t *testing.T) {
	tg := Default()
	if tg == nil || tg.emit == nil || tg.emit.numRows() == 0 {
		t.Fatal("no embedded model")
	}
	if !tg.classes.bilou() || !slices.Equal(tg.classes.labels, Labels) {
		t.Errorf("classes %q, want BILOU over %q", tg.classes.names, Labels)
	}
	if Default() != tg {
		t.Error("Default loads the model again")
	}
}

// The sentences are invented, their names fictional: the tagger has to
// know them from context, not from a list.
func TestTagFictionalNews(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Corvel Construction said on Monday that it had won the contract to rebuild the harbour.",
			[]string{"ORG:Corvel Construction"}},
		{"The allegations were first reported by the Daily Lantern, a weekly newspaper.",
			[]string{"ORG:Daily Lantern"}},
		{"Ilse Varga, the interior minister, met Tomas Ekwueme in Port Ambrose on Friday.",
			[]string{"PER:Ilse Varga", "PER:Tomas Ekwueme", "LOC:Port Ambrose"}},
		{"Prime Minister Tomas Ekwueme arrived in Velmora for talks with the Civic Union.",
			[]string{"PER:Tomas Ekwueme", "LOC:Velmora", "ORG:Civic Union"}},
		{"Police in Velmora detained two aides of the senator on Friday.",
			[]string{"LOC:Velmora"}},
		{"The talks will continue next week, a spokesman said.", []string{}},
	}
	tg := Default()
	for _, tt := range tests {
		ws := words(tt.text)
		got := spanText(ws, tg.Tag(ws, parse.Default().Parse(ws).UPOS))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// knownMisses are names the model does not find yet, logged so that a
// retrained model's progress shows: a one-word name whose word the
// training data knows as something else ("Memorial Day", "the Lincoln
// Memorial") and whose kind only the apposition tells; an unusual surname
// after a given name, cut off.
var knownMisses = []struct{ text, want string }{
	{"A court ordered the closure of Memorial, the country's oldest human rights group.", "ORG:Memorial"},
	{"Police in Velmora arrested two aides of Senator Marek Oduya.", "PER:Marek Oduya"},
}

func TestKnownMisses(t *testing.T) {
	for _, m := range knownMisses {
		ws := words(m.text)
		got := spanText(ws, Default().Tag(ws, nil))
		t.Logf("%s\n got %q, want %q (known miss: %v)", m.text, got, m.want, !slices.Contains(got, m.want))
	}
}

// "Prime Minister's Questions" is a weekly session of the House of
// Commons, and its "Questions" no person.
func TestPrimeMinistersQuestionsIsNoPerson(t *testing.T) {
	for _, text := range []string{
		"Tomas Ekwueme was pressed on housing at Prime Minister's Questions on Wednesday.",
		"At Prime Minister's Questions, the opposition leader asked about the budget.",
	} {
		ws := words(text)
		for _, s := range Default().Tag(ws, nil) {
			if s.Label == "PER" && slices.Contains(ws[s.Start:s.End], "Questions") {
				t.Errorf("%s: %q is a person", text, strings.Join(ws[s.Start:s.End], " "))
			}
		}
	}
}

func TestTagEdgeCases(t *testing.T) {
	tg := Default()
	for _, ws := range [][]string{
		nil,
		{},
		{""},
		{"."},
		{"Varga"},
		{"", "", ""},
		strings.Fields(strings.Repeat("Ilse Varga and ", 400) + "."),
	} {
		checkSpans(t, ws, tg.Tag(ws, nil))
	}
	// Tags that do not match the words are replaced, not trusted.
	ws := words("Ilse Varga visited Port Ambrose.")
	checkSpans(t, ws, tg.Tag(ws, []string{"NOUN"}))
	checkSpans(t, ws, tg.TagWithHints(ws, nil, []string{"B-country"}))
}

func checkSpans(t *testing.T, ws []string, spans []Span) {
	t.Helper()
	end := 0
	for _, s := range spans {
		if s.Start < end || s.End <= s.Start || s.End > len(ws) || !slices.Contains(Labels, s.Label) {
			t.Fatalf("bad span %+v of %d words (after %d)", s, len(ws), end)
		}
		end = s.End
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{"", "Ilse Varga met Tomas Ekwueme in Port Ambrose.", "U.S. Sen. O'Neil-Smith (D-N.Y.)", "\xff\xfe", "a\u00a0b"} {
		f.Add(s)
	}
	tg := Default()
	f.Fuzz(func(t *testing.T, s string) {
		ws := strings.Fields(s)
		checkSpans(t, ws, tg.Tag(ws, nil))
		checkSpans(t, ws, tg.TagWithHints(ws, nil, ws))
		for _, s := range tg.TagScored(ws, nil) {
			if s.Margin < 0 {
				t.Fatalf("%v has margin %f", s.Span, s.Margin)
			}
		}
	})
}

func TestSaveLoadRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := Default().Save(&buf); err != nil {
		t.Fatal(err)
	}
	tg, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Ilse Varga, the interior minister, met Tomas Ekwueme in Port Ambrose on Friday.",
		"Corvel Construction said on Monday that it had won the contract.",
	} {
		ws := words(text)
		if got, want := tg.Tag(ws, nil), Default().Tag(ws, nil); !slices.Equal(got, want) {
			t.Errorf("%s: reloaded model gives %v, want %v", text, got, want)
		}
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("Load accepted garbage")
	}
}

func TestLoadRejectsTruncatedModel(t *testing.T) {
	var buf bytes.Buffer
	if err := Default().Save(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	for _, n := range []int{10, len(data) / 2, len(data) - 5} {
		if _, err := Load(bytes.NewReader(data[:n])); err == nil {
			t.Errorf("Load accepted a model cut at %d of %d bytes", n, len(data))
		}
	}
}

func TestClassesEncodeDecode(t *testing.T) {
	spans := []Span{{0, 2, "PER"}, {3, 4, "LOC"}, {4, 7, "ORG"}}
	for _, scheme := range []string{SchemeBIO, SchemeBILOU} {
		cs, err := newClassSet(scheme, Labels)
		if err != nil {
			t.Fatal(err)
		}
		seq := cs.encode(spans, 8, nil)
		var names []string
		for _, c := range seq {
			names = append(names, cs.names[c])
		}
		if got := cs.decode(seq, nil); !slices.Equal(got, spans) {
			t.Errorf("%s: %v decodes to %v, want %v", scheme, names, got, spans)
		}
		for i := 1; i < len(seq); i++ {
			if !cs.allowed[int(seq[i-1])*len(cs.names)+int(seq[i])] {
				t.Errorf("%s: gold sequence %v has a forbidden transition at %d", scheme, names, i)
			}
		}
		back, err := classSetFromNames(cs.names)
		if err != nil || !slices.Equal(back.names, cs.names) {
			t.Errorf("%s: classes do not survive their names: %v", scheme, err)
		}
	}
}

func TestScores(t *testing.T) {
	var s Scores
	s.Add([]Span{{0, 2, "PER"}, {3, 4, "LOC"}}, []Span{{0, 2, "PER"}, {3, 4, "ORG"}, {5, 6, "LOC"}})
	if s.All != (Counts{Gold: 2, Found: 3, Right: 1}) {
		t.Errorf("counts %+v", s.All)
	}
	if got := fmt.Sprintf("%.3f %.3f %.3f", s.All.Precision(), s.All.Recall(), s.All.F1()); got != "0.333 0.500 0.400" {
		t.Errorf("P R F1 = %s", got)
	}
	if c := s.Label["LOC"]; c != (Counts{Gold: 1, Found: 1}) {
		t.Errorf("LOC counts %+v", c)
	}
}

func TestHints(t *testing.T) {
	ws := words("Mr Varga flew from Canada to tampa with James Smith of Corvel Inc.")
	got := Hints(ws)
	want := map[string]string{"Mr": "B-honorific", "Canada": "B-country", "James": "given-surname", "Inc.": "designator-org", "from": ""}
	for i, w := range ws {
		if h, ok := want[w]; ok && got[i] != h {
			t.Errorf("hint of %q is %q, want %q", w, got[i], h)
		}
	}
}

func TestTagScoredAgreesWithTag(t *testing.T) {
	tg := Default()
	for _, text := range []string{
		"Ilse Varga, the interior minister, met Tomas Ekwueme in Port Ambrose on Friday.",
		"Prime Minister Tomas Ekwueme arrived in Velmora for talks with the Civic Union.",
		"The talks will continue next week, a spokesman said.",
	} {
		ws := words(text)
		want := tg.Tag(ws, nil)
		scored := tg.TagScored(ws, nil)
		var got []Span
		for _, s := range scored {
			got = append(got, s.Span)
			if s.Margin < 0 {
				t.Errorf("%s: %v has margin %f < 0", text, s.Span, s.Margin)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: TagScored %v, Tag %v", text, got, want)
		}
	}
	if tg.TagScored(nil, nil) != nil {
		t.Error("spans in no words")
	}
}
