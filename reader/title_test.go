package reader

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A title found in the article itself is capped: a one-line text is all
// title otherwise. The text keeps every byte.
func TestLongTitleCapped(t *testing.T) {
	sentence := "The Elsbridge assembly sat late into the night. "
	oneLine := strings.Repeat(sentence, 1000)
	accents := strings.Repeat("é", 400) // no space to cut at, two bytes a rune
	for _, tc := range []struct {
		name, format, data string
		wantText           string // "" for no check
		want               string // the title, or its prefix when cut
		cut                bool
	}{
		{"short line", "text", "Elsbridge votes\n\n" + sentence, "", "Elsbridge votes", false},
		{"one long line", "text", oneLine, oneLine, "The Elsbridge assembly sat late", true},
		{"no spaces", "text", accents + "\n", "", "éé", true},
		{"page title", "html", "<html><head><title>" + oneLine + "</title></head><body><p>" + sentence + "</p></body></html>", "", "The Elsbridge assembly", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Read("a", []byte(tc.data), tc.format)
			if err != nil {
				t.Fatal(err)
			}
			if tc.wantText != "" && a.Text != tc.wantText {
				t.Errorf("text changed: %d bytes, want %d", len(a.Text), len(tc.wantText))
			}
			got := a.Title
			switch {
			case !utf8.ValidString(got) || len(got) > maxShortField:
				t.Errorf("title %d bytes, valid UTF-8 %v; want at most %d, valid", len(got), utf8.ValidString(got), maxShortField)
			case !tc.cut && got != tc.want:
				t.Errorf("title = %q, want %q", got, tc.want)
			case tc.cut && (!strings.HasPrefix(got, tc.want) || !strings.HasSuffix(got, "…") || len(got) < maxShortField/2):
				t.Errorf("title = %q; want it cut, from %q on, ending in …", got, tc.want)
			}
		})
	}
}
