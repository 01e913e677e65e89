package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/reader"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var extractor = New()

func seedArticle(t testing.TB) polgraph.Article {
	t.Helper()
	data, err := os.ReadFile("../seeds/canada-mp-resigns.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := reader.Read("canada-mp-resigns.txt", data, "text")
	if err != nil {
		t.Fatal(err)
	}
	a.PublishedAt = "2023-03-23"
	return a
}

func extractSeed(t testing.TB) *polgraph.Extraction {
	t.Helper()
	x, err := extractor.Extract(context.Background(), seedArticle(t))
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestSeedEntities(t *testing.T) {
	x := extractSeed(t)
	byID := map[string]polgraph.Entity{}
	for _, e := range x.Entities {
		byID[e.ID] = e
		for _, m := range e.Mentions {
			if x.Article.Text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q does not match its offsets", e.ID, m.Text)
			}
		}
	}
	tests := []struct {
		id, kind, alias string
	}{
		{"person/han-dong", "Person", "Dong"},
		{"person/michael-kovrig", "Person", ""},
		{"person/michael-spavor", "Person", ""},
		{"person/meng-wanzhou", "Person", ""},
		{"person/justin-trudeau", "Person", "Trudeau"},
		{"party/liberal-party-of-canada", "Party", "Liberal Party"},
		{"country/canada", "Country", "Canadian"},
		{"country/china", "Country", "Beijing"},
		{"organization/global-news", "Organization", ""},
		{"organization/prime-ministers-office", "Organization", "PMO"},
		{"place/don-valley-north", "Place", ""},
		{"place/vancouver", "Place", ""},
	}
	for _, tt := range tests {
		e, ok := byID[tt.id]
		if !ok {
			t.Errorf("no entity %s", tt.id)
			continue
		}
		if e.Kind != tt.kind {
			t.Errorf("%s: kind = %s, want %s", tt.id, e.Kind, tt.kind)
		}
		if tt.alias != "" && !contains(e.Aliases, tt.alias) {
			t.Errorf("%s: aliases = %q, want %q among them", tt.id, e.Aliases, tt.alias)
		}
	}
	for _, bad := range []string{"person/let", "person/michaels", "person/house", "person/earlier"} {
		if _, ok := byID[bad]; ok {
			t.Errorf("spurious entity %s", bad)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestSeedEvents(t *testing.T) {
	x := extractSeed(t)
	tests := []struct {
		typ, date, who, role string
	}{
		{"RESIGNATION", "2023-03-22", "person/han-dong", "agent"},
		{"REPORT", "2023-03-22", "organization/global-news", "source"},
		{"MEETING", "2021-02", "person/han-dong", ""},
		{"RELEASE", "2021-09", "person/michael-kovrig", "patient"},
		{"RELEASE", "2021-09", "person/meng-wanzhou", "patient"},
		{"ARREST", "2018-12", "person/michael-spavor", "patient"},
		{"ARREST", "2018-12", "person/meng-wanzhou", "patient"},
		{"DENIAL", "2023-03-22", "person/han-dong", "agent"},
		{"SUPPORT", "", "person/justin-trudeau", "agent"},
		{"INTERFERENCE", "", "country/china", "agent"},
	}
	for _, tt := range tests {
		if !hasEvent(x, tt.typ, tt.date, tt.who, tt.role) {
			t.Errorf("no %s event dated %q with %s as %q", tt.typ, tt.date, tt.who, tt.role)
		}
	}
	ids := map[string]bool{}
	for _, ev := range x.Events {
		if ids[ev.ID] {
			t.Errorf("duplicate event id %s", ev.ID)
		}
		ids[ev.ID] = true
		if x.Article.Text[ev.Evidence.Start:ev.Evidence.End] != ev.Evidence.Text {
			t.Errorf("%s: evidence does not match its offsets", ev.ID)
		}
	}
}

func hasEvent(x *polgraph.Extraction, typ, date, who, role string) bool {
	for _, ev := range x.Events {
		if ev.Type != typ || date != "" && (ev.Date == nil || *ev.Date != date) {
			continue
		}
		for _, p := range ev.Participants {
			if p.Entity == who && (role == "" || p.Role == role) {
				return true
			}
		}
	}
	return false
}

func TestSeedRelations(t *testing.T) {
	x := extractSeed(t)
	tests := []struct {
		typ, from, to, validTo string
	}{
		{"MEMBER_OF", "person/han-dong", "party/liberal-party-of-canada", "2023-03-22"},
		{"REPRESENTS", "person/han-dong", "place/don-valley-north", ""},
		{"HOLDS_OFFICE", "person/han-dong", "organization/house-of-commons-of-canada", ""},
		{"WORKS_FOR", "person/meng-wanzhou", "organization/huawei", ""},
	}
	for _, tt := range tests {
		found := false
		for _, r := range x.Relations {
			if r.Type == tt.typ && r.From == tt.from && r.To == tt.to {
				found = true
				if tt.validTo != "" && (r.ValidTo == nil || *r.ValidTo != tt.validTo) {
					t.Errorf("%s %s -> %s: validTo = %v, want %s", tt.typ, tt.from, tt.to, r.ValidTo, tt.validTo)
				}
			}
		}
		if !found {
			t.Errorf("no relation %s %s -> %s", tt.typ, tt.from, tt.to)
		}
	}
}

// TestEventIDsStable checks that one event told by two articles gets one id.
func TestEventIDsStable(t *testing.T) {
	a := polgraph.Article{ID: "a", PublishedAt: "2024-02-02", Text: "Police arrested Ilse Varga in Graz on January 30, 2024."}
	b := polgraph.Article{ID: "b", PublishedAt: "2024-02-05", Text: "Ilse Varga was arrested on January 30, 2024 in Graz, her lawyer said on Monday."}
	xa, err := extractor.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	xb, err := extractor.Extract(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	ida, idb := eventID(xa, "ARREST"), eventID(xb, "ARREST")
	if ida == "" || ida != idb {
		t.Errorf("ARREST ids %q and %q, want one non-empty id", ida, idb)
	}
}

func eventID(x *polgraph.Extraction, typ string) string {
	for _, ev := range x.Events {
		if ev.Type == typ {
			return ev.ID
		}
	}
	return ""
}

// TestGolden compares whole extractions with testdata/*.golden.json;
// `go test -update` rewrites them.
func TestGolden(t *testing.T) {
	cases := map[string]polgraph.Article{"canada-mp-resigns": seedArticle(t)}
	inputs, _ := filepath.Glob("testdata/*.json")
	for _, in := range inputs {
		if strings.HasSuffix(in, ".golden.json") {
			continue
		}
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		a, err := reader.Read(in, data, "json")
		if err != nil {
			t.Fatal(err)
		}
		cases[strings.TrimSuffix(filepath.Base(in), ".json")] = a
	}
	for name, a := range cases {
		t.Run(name, func(t *testing.T) {
			x, err := extractor.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(x, "", " ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction differs from %s; run go test -update and review the diff", path)
			}
		})
	}
}

func TestDeterministicAndConcurrent(t *testing.T) {
	a := seedArticle(t)
	first, _ := json.Marshal(extractSeed(t))
	done := make(chan []byte)
	for range 8 {
		go func() {
			x, err := extractor.Extract(context.Background(), a)
			if err != nil {
				done <- nil
				return
			}
			b, _ := json.Marshal(x)
			done <- b
		}()
	}
	for range 8 {
		if got := <-done; !bytes.Equal(got, first) {
			t.Fatal("concurrent extractions differ")
		}
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := extractor.Extract(ctx, seedArticle(t)); err == nil {
		t.Error("no error from a cancelled context")
	}
}

// TestLargeArticle extracts a large article and a five times larger one:
// the work must grow with the text, not with its square. The ratio, not a
// time, is asserted, so a slow machine does not fail it, and of the user
// CPU time where the platform gives it, so a busy one does not either (the
// wall-clock ratio once passed 12 while other jobs ran); a rule that
// compares every mention with every other (the unknown-name tails, the
// pronouns' gender once did) makes it 25 rather than 5.
func TestLargeArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	a := seedArticle(t)
	took := func(size int) time.Duration {
		var b strings.Builder
		for b.Len() < size {
			b.WriteString(a.Text)
			b.WriteString("\n")
		}
		big := a
		big.Text = b.String()
		start, cpu := time.Now(), userCPU()
		x, err := extractor.Extract(context.Background(), big)
		if err != nil {
			t.Fatal(err)
		}
		d := time.Since(start)
		if cpu := userCPU() - cpu; cpu > 0 {
			d = time.Duration(cpu * float64(time.Second))
		}
		t.Logf("%d KB: %v, %d entities, %d events", size>>10, d, len(x.Entities), len(x.Events))
		return d
	}
	if _, err := extractor.Extract(context.Background(), a); err != nil { // load the models first
		t.Fatal(err)
	}
	small, large := took(256<<10), took(5*256<<10)
	if ratio := float64(large) / float64(small); ratio > 12 {
		t.Errorf("5× the text took %.1f× the time (%v, then %v): extraction is not linear", ratio, small, large)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Canada MP resigns\n\nHan Dong, who represents Don Valley North, resigned on Wednesday.", "2023-03-23")
	f.Add("The two Michaels were released by China in September that year. They had been arrested.", "")
	f.Add("“Quote” – Mr. X’s PMO (U.S.) said: he, she, they.", "2020-01-01")
	f.Fuzz(func(t *testing.T, text, date string) {
		a, err := reader.Read("fuzz", []byte(text), "auto")
		if err != nil {
			return
		}
		a.PublishedAt = date
		x, err := extractor.Extract(context.Background(), a)
		if err != nil {
			return
		}
		checkSpans(t, a, x)
	})
}

func BenchmarkExtract(b *testing.B) {
	a := seedArticle(b)
	// Models load once per process, not per article: the first extraction
	// loads them, untimed, as b.Loop times only the loop.
	if _, err := extractor.Extract(context.Background(), a); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	cpu := userCPU()
	for b.Loop() {
		if _, err := extractor.Extract(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
	// The user CPU time per article, and the text extracted per second of
	// it, hold steadier than the wall-clock figures on a loaded machine
	// (the process's GC workers count too, as they do in a real run).
	if cpu := userCPU() - cpu; cpu > 0 {
		b.ReportMetric(cpu*1e3/float64(b.N), "user-ms/op")
		b.ReportMetric(float64(len(a.Text))*float64(b.N)/cpu/1e6, "MB/user-s")
	}
}

// checkSpans fails t unless every mention and evidence of x is the text of
// a at its offsets.
func checkSpans(t *testing.T, a polgraph.Article, x *polgraph.Extraction) {
	t.Helper()
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(a.Text) || a.Text[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v", m)
			}
		}
	}
	for _, ev := range x.Events {
		if ev.Evidence.End > len(a.Text) || a.Text[ev.Evidence.Start:ev.Evidence.End] != ev.Evidence.Text {
			t.Fatalf("bad evidence %+v", ev.Evidence)
		}
	}
}
