package reader

import (
	"errors"
	"strings"
	"testing"
)

// JSON of the wrong shape is refused in the file's terms, never Go's.
func TestJSONOfTheWrongShape(t *testing.T) {
	tests := []struct{ data, want string }{
		{`[{"text": "Elsbridge voted."}, {"text": "Elsbridge again."}]`, "the file holds an array, not an object; want an article: {\"text\""},
		{`42`, "the file holds a number, not an object"},
		{`"Elsbridge voted."`, "the file holds a string, not an object"},
		{`null`, "the file holds null, not an object"},
		{`{"text": 42}`, `field "text" holds a number; want a string`},
		{`{"text": "Elsbridge voted.", "title": ["a", "b"]}`, `field "title" holds an array; want a string`},
		{`{"text": "Elsbridge voted.", "publishedAt": {"day": 1}}`, `field "publishedAt" holds an object; want a string`},
	}
	for _, tt := range tests {
		_, err := Read("news.json", []byte(tt.data), FormatAuto)
		if !errors.Is(err, ErrBadJSON) || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "news.json") {
			t.Errorf("Read(%s) err = %v; want ErrBadJSON naming news.json, saying %q", tt.data, err, tt.want)
		}
		if err != nil && (strings.Contains(err.Error(), "Go ") || strings.Contains(err.Error(), "reader.")) {
			t.Errorf("Read(%s) err = %v names a Go type", tt.data, err)
		}
	}
	_, err := ParseSidecar("story.meta.json", []byte(`{"publishedAt": 20230323}`))
	if want := `read sidecar story.meta.json: field "publishedAt" holds a number; want a string`; err == nil || err.Error() != want {
		t.Errorf("sidecar with a number date: err = %v, want %q", err, want)
	}
	_, err = ParseSidecar("story.meta.json", []byte(`["2023-03-23"]`))
	if err == nil || !strings.Contains(err.Error(), "holds an array, not an object; want a sidecar") {
		t.Errorf("sidecar that is an array: err = %v", err)
	}
}
