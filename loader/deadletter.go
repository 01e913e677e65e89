package loader

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/polgraph/polgraph/reader"
)

// deadLetter writes failed records as JSON Lines, each with its "input" and
// "error", that Load reads back to retry exactly those records:
//
//   - A record that got as far as an article (an extraction or write
//     failure) is its article object: loading it again loads the article.
//   - A line of JSON Lines, or standard input, that could not be read keeps
//     its bytes in "raw" (and "format" unless auto), when they are text:
//     loading reads raw again, so the user fixes it in the dead letter.
//   - Anything else from a file (it would not open, was empty, binary, not
//     UTF-8, too large, malformed; a feed item) names the file, absolute, in
//     "file", and a line of JSON Lines its "line": loading reads that file,
//     or only that line, again, so the user fixes the file and loads the
//     dead letter to finish the job.
//   - Standard input with nothing kept (too large, not UTF-8) cannot be read
//     again: loading fails, saying so.
type deadLetter struct {
	w   io.Writer
	enc *json.Encoder
}

var errNoDeadLetter = errors.New("no dead-letter file")

// errNotKept is the failure of a dead-letter record that kept nothing to
// read again.
var errNotKept = errors.New("dead letter kept nothing to retry")

func (d *deadLetter) add(r *record, cause error) error {
	if d.w == nil {
		return errNoDeadLetter
	}
	if d.enc == nil {
		d.enc = json.NewEncoder(d.w)
		d.enc.SetEscapeHTML(false)
	}
	line := map[string]any{"input": r.input, "error": cause.Error()}
	switch a := r.article; {
	case a != nil:
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
	case (r.file == "" || r.line > 0) && len(r.data) > 0 && utf8.Valid(r.data):
		raw := r.data
		if r.line > 0 {
			raw = bytes.TrimRight(raw, "\r\n") // its newline is not part of a line
		}
		line["raw"] = string(raw)
		if r.format != reader.FormatAuto {
			line["format"] = r.format
		}
	case r.file != "":
		line["file"] = r.file
		if r.line > 0 {
			line["line"] = r.line
		}
	}
	if err := d.enc.Encode(line); err != nil {
		return fmt.Errorf("loader: write dead letter: %w", err)
	}
	return nil
}

// retry is a dead-letter record that holds no article: what to read again.
type retry struct {
	Input  string  `json:"input"`
	Error  string  `json:"error"`
	Text   *string `json:"text"`
	Raw    *string `json:"raw"`
	Format string  `json:"format"`
	File   string  `json:"file"`
	Line   int     `json:"line"`
}

// parseRetry tells whether data is a dead-letter record that holds no
// article. Only data that mentions "error" is decoded, so that articles,
// nearly all of what is loaded, are not decoded twice.
func parseRetry(data []byte) (retry, bool) {
	if !bytes.Contains(data, []byte(`"error"`)) {
		return retry{}, false
	}
	var rt retry
	if json.Unmarshal(data, &rt) != nil || rt.Text != nil || rt.Input == "" || rt.Error == "" {
		return retry{}, false
	}
	return rt, true
}

// retry reads again what the dead-letter record r stands for: its raw
// bytes, or the file, or the line of one, it names.
func (s *source) retry(ctx context.Context, r *record, rt retry) error {
	switch {
	case rt.Raw != nil:
		// Not from a file any more: failing again, it keeps its raw bytes.
		return s.emit(ctx, &record{input: r.input, format: cmp.Or(rt.Format, reader.FormatAuto),
			data: []byte(*rt.Raw), size: r.size})
	case rt.File == "":
		return s.fail(ctx, &record{input: r.input, size: r.size},
			fmt.Errorf("%w: %s failed (%s); load it again from where it came", errNotKept, rt.Input, rt.Error))
	case s.retrying[rt.File]:
		return s.fail(ctx, &record{input: r.input, size: r.size},
			fmt.Errorf("dead letter: %s is already being read again (a dead letter naming itself?)", rt.File))
	}
	if s.retrying == nil {
		s.retrying = make(map[string]bool)
	}
	s.retrying[rt.File] = true
	defer delete(s.retrying, rt.File)
	if rt.Line > 0 {
		return s.reline(ctx, rt.File, rt.Line)
	}
	return s.walk(ctx, rt.File)
}

// reline reads line n of the JSON Lines file path again, skipping the
// lines before it without holding them.
func (s *source) reline(ctx context.Context, path string, n int) error {
	s.opened.Add(1)
	failed := &record{input: fmt.Sprintf("%s:%d", path, n), file: path, line: n}
	f, err := os.Open(path)
	if err != nil {
		return s.fail(ctx, failed, fmt.Errorf("open: %w", err))
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, peekSize)
	for i := 1; i < n && err == nil; i++ {
		_, _, _, err = readLine(br, nil, 0)
	}
	var line []byte
	var size int64
	tooLong := false
	if err == nil {
		line, size, tooLong, err = readLine(br, nil, s.l.MaxSize)
	}
	switch {
	case err != nil && err != io.EOF:
		return s.fail(ctx, failed, fmt.Errorf("read: %w", err))
	case !tooLong && len(bytes.TrimSpace(line)) == 0:
		return s.fail(ctx, failed, fmt.Errorf("read: line %d is blank or past the end: the file changed", n))
	}
	return s.emitOrRetry(ctx, s.lineRecord(path, path, n, line, size, tooLong))
}
