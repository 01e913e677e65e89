package loader

import "testing"

func TestJSONErrorAt(t *testing.T) {
	for _, tc := range []struct {
		name, data        string
		wantLine, wantCol int
	}{
		{"bad character", "{\n  \"title\": \"Elsbridge\",\n  \"text\" \"Elsbridge voted.\"\n}\n", 3, 10},
		{"cut short", `{"text": "Elsbridge"`, 1, 21},
		{"cut short, then a newline", "{\n  \"text\": \"Elsbridge\"\n", 2, 22},
		{"after a BOM", "\xef\xbb\xbf{\"text\" 1}", 1, 9},
	} {
		line, col, ok := jsonErrorAt([]byte(tc.data))
		if !ok || line != tc.wantLine || col != tc.wantCol {
			t.Errorf("%s: jsonErrorAt = %d:%d (%v), want %d:%d", tc.name, line, col, ok, tc.wantLine, tc.wantCol)
		}
	}
	if _, _, ok := jsonErrorAt([]byte(`{"title": "Elsbridge"}`)); ok {
		t.Errorf("jsonErrorAt of valid JSON: ok, want not ok")
	}
}
