package jsonstream

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
)

type item struct {
	Name string   `json:"name"`
	Tags []string `json:"tags,omitempty"`
}

type record struct {
	Title   string  `json:"title"`
	Body    string  `json:"-"`
	Items   []item  `json:"items"`
	None    []item  `json:"none"`
	Empty   []int   `json:"empty"`
	Bytes   []byte  `json:"bytes"`
	Note    string  `json:"note,omitempty"`
	Ptr     *string `json:"ptr"`
	Nested  item    `json:"nested,omitempty"`
	private int
	Plain   int
}

func TestWriteMatchesEncodingJSON(t *testing.T) {
	s := "x"
	for _, v := range []record{
		{},
		{Title: "<Varnholm & Co>", Body: "left out", Items: []item{{Name: "a"}, {Name: "b", Tags: []string{"t1", "<t2>"}}},
			Empty: []int{}, Bytes: []byte("hi"), Note: "n", Ptr: &s, Nested: item{Name: "n"}, Plain: 3},
	} {
		for _, o := range []Options{{}, {EscapeHTML: true}, {Indent: " "}, {Indent: "\t", EscapeHTML: true}} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", o.Indent)
			enc.SetEscapeHTML(o.EscapeHTML)
			if err := enc.Encode(v); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := Write(&got, v, o); err != nil {
				t.Fatal(err)
			}
			if w := bytes.TrimSuffix(want.Bytes(), []byte("\n")); !bytes.Equal(got.Bytes(), w) {
				t.Errorf("%+v:\ngot  %s\nwant %s", o, got.Bytes(), w)
			}
		}
	}
}

func TestWriteRefusesNonStruct(t *testing.T) {
	if err := Write(&bytes.Buffer{}, []int{1}, Options{}); err == nil {
		t.Error("a slice was written as a struct")
	}
}

// An element built by Element is written where the list holds a bare one,
// as encoding/json writes the list of built elements.
func TestElementBuildsEachElement(t *testing.T) {
	bare := record{Title: "t", Items: []item{{Name: "a"}, {Name: "b"}}, Empty: []int{7}}
	built := bare
	built.Items = []item{{Name: "a", Tags: []string{"items 0"}}, {Name: "b", Tags: []string{"items 1"}}}
	want, err := json.MarshalIndent(built, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	var fields []string
	o := Options{Indent: " ", Element: func(field string, i int, v any) any {
		fields = append(fields, field)
		if it, ok := v.(item); ok {
			it.Tags = []string{fmt.Sprintf("%s %d", field, i)}
			return it
		}
		return v
	}}
	var got bytes.Buffer
	if err := Write(&got, bare, o); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("got  %s\nwant %s", got.Bytes(), want)
	}
	if w := []string{"items", "items", "empty"}; !slices.Equal(fields, w) {
		t.Errorf("Element called for %q, want %q", fields, w)
	}
}
