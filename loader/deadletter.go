package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// deadLetter writes failed records as JSON Lines that Load reads back as
// articles: a record that got as far as an article (an extraction or write
// failure) is its article object with "input" and "error" added, so loading
// the file again retries exactly those. A record that could not be read
// keeps its bytes in "raw" (when they are text), to be fixed by hand.
type deadLetter struct {
	w   io.Writer
	enc *json.Encoder
}

var errNoDeadLetter = errors.New("no dead-letter file")

func (d *deadLetter) add(r *record, cause error) error {
	if d.w == nil {
		return errNoDeadLetter
	}
	if d.enc == nil {
		d.enc = json.NewEncoder(d.w)
		d.enc.SetEscapeHTML(false)
	}
	line := map[string]any{"input": r.input, "error": cause.Error()}
	if a := r.article; a != nil {
		line["id"], line["title"], line["text"] = a.ID, a.Title, a.Text
		if a.PublishedAt != "" {
			line["publishedAt"] = a.PublishedAt
		}
		if a.URL != nil {
			line["url"] = *a.URL
		}
		if a.Source != nil {
			line["source"] = *a.Source
		}
	} else if len(r.data) > 0 && utf8.Valid(r.data) {
		line["raw"] = string(bytes.TrimRight(r.data, "\r\n"))
	}
	if err := d.enc.Encode(line); err != nil {
		return fmt.Errorf("loader: write dead letter: %w", err)
	}
	return nil
}
