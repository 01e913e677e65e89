package reader

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestReadText(t *testing.T) {
	data := []byte("\nMinister quits over leak\n\n0 132\n\nThe minister resigned.\n\nLeave A Reply\n")
	a, err := Read("page.txt", data, "auto")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.Title, "Minister quits over leak"; got != want {
		t.Errorf("Title = %q, want %q", got, want)
	}
	if a.Text != string(data) {
		t.Errorf("Text is not the whole file: offsets would not index it")
	}
	if !strings.HasPrefix(a.ID, "sha-") {
		t.Errorf("ID = %q, want a content hash", a.ID)
	}
	b, _ := Read("other-name.txt", data, "text")
	if a.ID != b.ID {
		t.Errorf("ID not stable: %q vs %q", a.ID, b.ID)
	}
}

func TestReadJSON(t *testing.T) {
	tests := []struct {
		name, in              string
		wantID, wantDate, err string
	}{
		{"full", `{"id":"a1","title":"T","text":"Body.","publishedAt":"2023-03-23T10:00:00Z","url":"https://x.example/a","source":"X"}`, "a1", "2023-03-23", ""},
		{"only text", `{"text":"Body."}`, "", "", ""},
		{"url id", `{"text":"Body.","url":"HTTPS://www.x.example/a/?utm_source=t#top"}`, "url-", "", ""},
		{"no text", `{"title":"T"}`, "", "", "no \"text\""},
		{"bad json", `{"text":`, "", "", "malformed JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Read("in.json", []byte(tt.in), "json")
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) || !strings.Contains(err.Error(), "in.json") {
					t.Fatalf("err = %v, want one naming in.json and %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.ID, tt.wantID) || a.ID == "" {
				t.Errorf("ID = %q, want prefix %q", a.ID, tt.wantID)
			}
			if a.PublishedAt != tt.wantDate {
				t.Errorf("PublishedAt = %q, want %q", a.PublishedAt, tt.wantDate)
			}
		})
	}
	a, _ := Read("a.json", []byte(`{"text":"B","url":"https://x.example/a"}`), "json")
	b, _ := Read("b.json", []byte(`{"text":"C","url":"http://www.x.example/a/#c"}`), "json")
	if a.ID != b.ID {
		t.Errorf("one canonical URL, two ids: %q, %q", a.ID, b.ID)
	}
}

func TestReadHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Site | Story</title>
<meta property="og:title" content="Senator resigns">
<meta property="article:published_time" content="2024-01-05T08:00:00+00:00">
<link rel="canonical" href="https://news.example/senator"></head>
<body><nav><p>Home | World | Politics and more links here</p></nav>
<article><h1>Senator resigns</h1>
<p>Senator Ada Quint resigned on Thursday after a long dispute with her party.</p>
<p>She said in a statement that she would serve out the week before leaving.</p>
<script>var x = "not text";</script></article>
<footer><p>Copyright and other page furniture that is long enough.</p></footer></body></html>`
	a, err := Read("page", []byte(page), "auto")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Senator resigns" || a.PublishedAt != "2024-01-05" || a.URL == nil || *a.URL != "https://news.example/senator" {
		t.Errorf("metadata = %q %q %v", a.Title, a.PublishedAt, a.URL)
	}
	for _, want := range []string{"Ada Quint resigned", "statement that"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("Text lacks %q: %q", want, a.Text)
		}
	}
	for _, bad := range []string{"Home | World", "not text", "Copyright"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("Text has furniture %q", bad)
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"blank", []byte(" \n\t"), ErrEmpty},
		{"binary", []byte("\x13\x37\x03\x04\x00\x00"), ErrBinary},
		{"latin1", []byte("caf\xe9 cr\xe8me"), ErrUTF8},
		{"format", []byte("text"), ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			format := "auto"
			if tt.name == "format" {
				format = "pdf"
			}
			_, err := Read("f.bin", tt.data, format)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), "f.bin") {
				t.Errorf("err = %v, want %v naming f.bin", err, tt.want)
			}
		})
	}
}

func TestIsFurniture(t *testing.T) {
	for line, want := range map[string]bool{
		"0 132": true, "Leave A Reply": true, "Your email address will not be published.": true,
		"Share": true, "The minister resigned.": false, "In 2019, he won.": false, "": false,
	} {
		if got := IsFurniture(line); got != want {
			t.Errorf("IsFurniture(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestReadSeed(t *testing.T) {
	data, err := os.ReadFile("../seeds/canada-mp-resigns.txt")
	if err != nil {
		t.Skip(err)
	}
	a, err := Read("canada-mp-resigns.txt", data, "auto")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Canada MP resigns from government over China allegations" {
		t.Errorf("Title = %q", a.Title)
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte("Title\n\nBody text."), "auto")
	f.Add([]byte(`{"text":"x","id":1}`), "json")
	f.Add([]byte("<html><p>Some paragraph text long enough to count here.</p></html>"), "html")
	f.Add([]byte("\xff\xfe"), "text")
	f.Fuzz(func(t *testing.T, data []byte, format string) {
		a, err := Read("fuzz", data, format)
		if err == nil && strings.TrimSpace(a.Text) == "" {
			t.Errorf("no error but no text")
		}
	})
}
