// Package jsonstream writes a struct as encoding/json does, byte for byte,
// but its list fields an element at a time. encoding/json builds a value's
// whole text in memory before writing any: for the extraction of a 50 MB
// article that is 100 MB and more, held (and copied as the buffer grows)
// just to be written out or hashed.
package jsonstream

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// Options are the json.Encoder settings to match.
type Options struct {
	Indent     string // as json.Encoder.SetIndent("", Indent); "" writes compact JSON, as json.Marshal
	EscapeHTML bool   // as json.Encoder.SetEscapeHTML (json.Marshal escapes)
	// Element, if set, is what is written for element i of the list field
	// whose JSON name is field, given the element v: a caller that keeps
	// part of an element in another form builds it here, one element at a
	// time, rather than the whole list at once.
	Element func(field string, i int, v any) any
}

// Write writes the struct v as json.Marshal (or, with an Indent, as
// json.MarshalIndent with no prefix) would, without the Encoder's final
// newline. Fields are read from their json tags: a name, "-", omitempty.
func Write(w io.Writer, v any, o Options) error {
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	if rt.Kind() != reflect.Struct {
		return fmt.Errorf("jsonstream: %s is not a struct", rt)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(o.EscapeHTML)
	// newline starts a line depth levels deep; nothing when compact
	newline := func(depth int) {
		if o.Indent != "" {
			bw.WriteString("\n" + strings.Repeat(o.Indent, depth))
		}
	}
	// encode writes one value that sits depth levels deep
	encode := func(x any, depth int) error {
		buf.Reset()
		if o.Indent != "" {
			enc.SetIndent(strings.Repeat(o.Indent, depth), o.Indent)
		}
		if err := enc.Encode(x); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	colon := ":"
	if o.Indent != "" {
		colon = ": "
	}
	bw.WriteString("{")
	first := true
	for i := range rt.NumField() {
		sf, f := rt.Field(i), rv.Field(i)
		name, opts, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" || !sf.IsExported() || opts == "omitempty" && empty(f) {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		if !first {
			bw.WriteString(",")
		}
		first = false
		newline(1)
		key, _ := json.Marshal(name)
		bw.Write(key)
		bw.WriteString(colon)
		if f.Kind() != reflect.Slice || f.Type().Elem().Kind() == reflect.Uint8 || f.Len() == 0 {
			if err := encode(f.Interface(), 1); err != nil {
				return err
			}
			continue
		}
		bw.WriteString("[")
		for j := range f.Len() {
			if j > 0 {
				bw.WriteString(",")
			}
			newline(2)
			x := f.Index(j).Interface()
			if o.Element != nil {
				x = o.Element(name, j, x)
			}
			if err := encode(x, 2); err != nil {
				return err
			}
		}
		newline(1)
		bw.WriteString("]")
	}
	if !first {
		newline(0)
	}
	bw.WriteString("}")
	return bw.Flush()
}

// empty reports a value omitempty leaves out (a struct never is).
func empty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Struct:
		return false
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	}
	return v.IsZero()
}
