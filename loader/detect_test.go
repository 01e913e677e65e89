package loader

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	for _, tc := range []struct{ name, head, want string }{
		{"news.jsonl", `{"text": "a"}`, FormatJSONL},
		{"news.ndjson", `{"text": "a"}`, FormatJSONL},
		{"-", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n", FormatJSONL},
		{"one.json", "{\"text\": \"a\"}\n", FormatJSON},
		{"pretty.json", "{\n  \"text\": \"a\"\n}\n", FormatJSON},
		{"feed.xml", `<?xml version="1.0"?><rss version="2.0"><channel>`, FormatFeed},
		{"-", `<feed xmlns="http://www.w3.org/2005/Atom">`, FormatFeed},
		{"x.atom", `anything`, FormatFeed},
		{"page.html", `<html><body><p>Hi</p></body></html>`, "html"},
		{"-", "<!DOCTYPE html><html>", "html"},
		{"a.txt", "Title\n\nBody text.\n", "text"},
		// A malformed first line must not hide the lines after it.
		{"-", "{\"id\":\"a\",\"text\":\"bad\n{\"id\":\"b\",\"text\":\"ok\"}\n", FormatJSONL},
		{"export.json", "{\"text\": \"bad\nnot json\n{\"text\": \"ok\"}\n", FormatJSONL},
		{"-", `{"text": "` + strings.Repeat("a", peekSize), FormatJSONL}, // first line longer than the peek
		{"-", `{"text": "bad"`, FormatJSON},                              // one line, all of it: one record
		{"bad.json", "{\n  \"text\": \"a\",\n  \"title\": x\n}\n", FormatJSON},
		{"nested.json", "{\n  \"text\": \"a\",\n  \"tags\": [\n    {\"k\": 1}\n    {\"k\": 2}\n  ]\n}\n", FormatJSON},
	} {
		if got := detect(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("detect(%q, %.30q) = %q, want %q", tc.name, tc.head, got, tc.want)
		}
	}
}
