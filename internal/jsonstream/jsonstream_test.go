package jsonstream

import (
	"bytes"
	"encoding/json"
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
