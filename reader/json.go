package reader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/internal/jsonkind"
)

// jsonArticle is the JSON input of the contract; only text is required.
type jsonArticle struct {
	ID          any     `json:"id"`
	Title       string  `json:"title"`
	Text        *string `json:"text"`
	PublishedAt string  `json:"publishedAt"`
	// PublishedFrom is kept only with a date it can be about.
	PublishedFrom string `json:"publishedFrom"`
	URL           string `json:"url"`
	Source        string `json:"source"`
}

func readJSON(data []byte) (polgraph.Article, error) {
	var j jsonArticle
	if err := decodeObject(data, &j, `an article: {"text": "…", "title": "…", "publishedAt": "YYYY-MM-DD"}`); err != nil {
		return polgraph.Article{}, fmt.Errorf("%w: %w", ErrBadJSON, err)
	}
	if j.Text == nil {
		return polgraph.Article{}, fmt.Errorf("%w: no \"text\" field", ErrBadJSON)
	}
	a := polgraph.Article{
		Title:       strings.TrimSpace(j.Title),
		Text:        *j.Text,
		PublishedAt: NormalizeDate(j.PublishedAt),
	}
	if a.PublishedAt != "" {
		a.PublishedFrom = strings.TrimSpace(j.PublishedFrom)
	}
	switch id := j.ID.(type) {
	case string:
		a.ID = strings.TrimSpace(id)
	case float64:
		a.ID = fmt.Sprint(id)
	}
	if j.URL != "" {
		a.URL = &j.URL
	}
	if j.Source != "" {
		a.Source = &j.Source
	}
	return a, nil
}

// decodeObject decodes data, which must be one JSON object, into v, with
// errors in the terms of the file rather than of Go: what the file holds
// instead of an object, or which field has a value of the wrong kind.
// want says what the object should look like.
func decodeObject(data []byte, v any, want string) error {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] != '{' && json.Valid(trimmed) {
		hint := ""
		if trimmed[0] == '[' {
			hint = " (for many articles, write one object per line as JSON Lines, NAME.jsonl)"
		}
		return fmt.Errorf("the file holds %s, not an object; want %s%s", jsonkind.Of(trimmed[0]), want, hint)
	}
	err := json.Unmarshal(data, v)
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Errorf("the file holds %s, not an object; want %s", te.Value, want)
		}
		t := te.Type
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		return fmt.Errorf("field %q holds %s; want %s", te.Field, withArticle(te.Value), wantKind(t.Kind()))
	}
	return err
}

// withArticle puts "a" or "an" before what encoding/json calls a JSON value.
func withArticle(value string) string {
	switch kind, _, _ := strings.Cut(value, " "); kind { // "number -5"
	case "array", "object":
		return "an " + kind
	case "number", "string":
		return "a " + kind
	case "bool":
		return "a boolean"
	}
	return value
}

// wantKind says in JSON's terms what a Go kind takes.
func wantKind(kind reflect.Kind) string {
	switch kind {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "a number"
}
