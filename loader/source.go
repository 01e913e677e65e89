package loader

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/reader"
)

// record is one article on its way through the pipeline, or the failure
// that stands for it.
type record struct {
	seq     int
	input   string          // where it came from: "file", "file:line", "-:line"
	file    string          // the file to read again to retry it, absolute; "" when only its bytes can be (stdin)
	line    int             // its line number in JSON Lines, 0 for a whole input: a line is retried alone
	format  string          // text, json, html (for reader.Read)
	data    []byte          // raw bytes, until read
	size    int64           // bytes of input it accounts for, for progress
	sidecar *reader.Sidecar // NAME.meta.json beside the file, applied once it is read
	article *polgraph.Article
	ex      *polgraph.Extraction
	err     error
}

// source reads the inputs in order and emits records.
type source struct {
	l      *Loader
	window chan struct{}
	out    chan<- *record
	seq    int
	opened atomic.Int64
	total  atomic.Int64 // bytes of all files to load, for progress; 0 when unknown
	// articles is how many articles the files to load hold, for progress;
	// 0 when unknown (a JSON Lines file or a feed holds any number).
	articles atomic.Int64
	skipped  []Skip // what the folder walk left out, in walk order

	retrying map[string]bool // files a dead letter has us read again, against loops
}

func (s *source) inputs() int { return int(s.opened.Load()) }

// errStop ends the walk when the context is cancelled.
var errStop = errors.New("stop")

func (s *source) run(ctx context.Context, paths []string) error {
	s.count(paths)
	for _, p := range paths {
		var err error
		if p == "-" {
			err = s.stream(ctx, "-", "", s.l.Stdin, false)
		} else {
			err = s.walk(ctx, p)
		}
		if errors.Is(err, errStop) {
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// emit sends a record, waiting for room in the window of records in flight.
func (s *source) emit(ctx context.Context, r *record) error {
	select {
	case s.window <- struct{}{}:
	case <-ctx.Done():
		return errStop
	}
	r.seq = s.seq
	s.seq++
	select {
	case s.out <- r:
		return nil
	case <-ctx.Done():
		return errStop
	}
}

// fail emits r as failed with err.
func (s *source) fail(ctx context.Context, r *record, err error) error {
	r.err = err
	return s.emit(ctx, r)
}

// emitOrRetry emits r, unless it is a dead-letter record that holds no
// article: then what it stands for is read again instead.
func (s *source) emitOrRetry(ctx context.Context, r *record) error {
	if r.err == nil && r.format == reader.FormatJSON {
		if rt, ok := parseRetry(r.data); ok {
			return s.retry(ctx, r, rt)
		}
	}
	return s.emit(ctx, r)
}

// absPath is path made absolute, so that a dead letter naming it can be
// loaded from any folder.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// peekSize is how much of an input detect sees.
const peekSize = 64 << 10

// stream emits the records of one input: each line of JSON Lines, each item
// of a feed, or the whole input as one article. file is the input's file,
// "" for standard input.
func (s *source) stream(ctx context.Context, name, file string, in io.Reader, walked bool) error {
	s.opened.Add(1)
	if in == nil {
		return s.fail(ctx, &record{input: name}, errors.New("no standard input"))
	}
	br := bufio.NewReaderSize(in, peekSize)
	head, err := br.Peek(peekSize) // enough to see a JSON line end
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return s.fail(ctx, &record{input: name, file: file}, fmt.Errorf("read: %w", err))
	}
	format := s.l.Format
	if format == FormatAuto {
		format = detect(name, head)
	}
	if left, err := s.notArticle(ctx, name, file, head, format, walked); left || err != nil {
		return err
	}
	switch format {
	case FormatJSONL:
		return s.lines(ctx, name, file, br)
	case FormatFeed:
		data, err := readCapped(br, s.l.MaxSize*4, fileSize(in)) // a feed holds many articles
		if err != nil {
			return s.fail(ctx, &record{input: name, file: file, size: int64(len(data))}, err)
		}
		return s.feed(ctx, name, file, data)
	}
	data, err := readCapped(br, s.l.MaxSize, fileSize(in))
	if err != nil {
		return s.fail(ctx, &record{input: name, file: file, size: int64(len(data))}, err)
	}
	if format == FormatAuto || format == "" {
		format = reader.FormatAuto
	}
	return s.emitOrRetry(ctx, s.withSidecar(&record{input: name, file: file, format: format, data: data, size: int64(len(data))}))
}

// fileSize is the size of a regular file, or -1.
func fileSize(r io.Reader) int64 {
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size()
		}
	}
	return -1
}

// errTooLarge reports an input over the size cap.
var errTooLarge = errors.New("over the size limit")

// readCapped reads all of r, or fails once it passes max bytes without
// holding more than that in memory. size is what r is expected to hold, or
// -1: a buffer of that size is read into at once, where growing one would
// copy a long article several times over and leave it up to twice its size.
func readCapped(r io.Reader, max, size int64) ([]byte, error) {
	var buf bytes.Buffer
	if size >= 0 {
		buf.Grow(int(min(size, max)) + bytes.MinRead) // the read that finds the end needs MinRead free
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, max+1)); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	data := buf.Bytes()
	if int64(len(data)) > max {
		n, _ := io.Copy(io.Discard, r)
		return nil, fmt.Errorf("%d bytes or more: %w of %d bytes", int64(len(data))+n, errTooLarge, max)
	}
	return data, nil
}

// lines emits each non-blank line of JSON Lines as one JSON article. A line
// longer than MaxSize is skipped, reported, and not held in memory. Input
// with no line but blank ones fails, as an empty file of another format
// does: loading nothing from it is surely not what was meant.
func (s *source) lines(ctx context.Context, name, file string, br *bufio.Reader) error {
	var buf []byte
	empty := true
	for n := 1; ; n++ {
		line, size, tooLong, err := readLine(br, buf, s.l.MaxSize)
		buf = line
		if tooLong || len(bytes.TrimSpace(line)) > 0 {
			empty = false
			if e := s.emitOrRetry(ctx, s.lineRecord(name, file, n, line, size, tooLong)); e != nil {
				return e
			}
		}
		switch {
		case err == io.EOF && empty:
			return s.fail(ctx, &record{input: name, file: file}, fmt.Errorf("read %s: %w (no JSON lines)", name, reader.ErrEmpty))
		case err == io.EOF:
			return nil
		case err != nil:
			return s.fail(ctx, &record{input: fmt.Sprintf("%s:%d", name, n), file: file}, fmt.Errorf("read: %w", err))
		}
	}
}

// readLine reads the next line into buf, or only counts its bytes once it
// passes max, so that a huge line is never held.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, size int64, tooLong bool, err error) {
	line = buf[:0]
	for {
		var frag []byte
		frag, err = br.ReadSlice('\n')
		size += int64(len(frag))
		if !tooLong {
			if int64(len(line)+len(frag)) > max {
				tooLong, line = true, line[:0]
			} else {
				line = append(line, frag...)
			}
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, size, tooLong, err
		}
	}
}

// lineRecord is line n of JSON Lines, or its failure when it was too long.
func (s *source) lineRecord(name, file string, n int, line []byte, size int64, tooLong bool) *record {
	r := &record{input: fmt.Sprintf("%s:%d", name, n), file: file, line: n, size: size}
	if tooLong {
		r.err = fmt.Errorf("line of %d bytes: %w of %d bytes", size, errTooLarge, s.l.MaxSize)
	} else {
		r.format, r.data = reader.FormatJSON, bytes.Clone(line)
	}
	return r
}

// detect tells an input's format from its name and head, its first peekSize
// bytes (all of it when shorter): JSON Lines when it starts with a JSON
// object and is not one JSON value (see jsonLines), a feed when the markup
// is RSS or Atom, else what reader.Detect says.
func detect(name string, head []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".rss", ".atom":
		return FormatFeed
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		if jsonLines(trimmed, len(head) >= peekSize) {
			return FormatJSONL
		}
		return FormatJSON
	}
	if len(trimmed) > 0 && trimmed[0] == '<' {
		low := bytes.ToLower(trimmed)
		for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
			if bytes.Contains(low, []byte(tag)) {
				return FormatFeed
			}
		}
	}
	return reader.Detect(name, head)
}

// jsonLines tells JSON Lines from one JSON object, given a head that starts
// with '{' and whether the input may go on past it. A malformed line must
// not turn JSON Lines into one bad JSON record (every good line lost), so
// the first line need not be valid: a later line that starts with '{' in
// its first column is enough, since in pretty-printed JSON only the outer
// braces stand there. A first line that fills the whole head is taken as
// JSON Lines too: pretty printers break after the opening brace, so such a
// line is minified JSON, which loads the same as a line of JSON Lines.
func jsonLines(head []byte, truncated bool) bool {
	if json.Valid(head) {
		return false // one JSON value, however laid out
	}
	first, rest, found := bytes.Cut(head, []byte("\n"))
	switch {
	case !found:
		return truncated
	case json.Valid(first):
		return true // an object, then more (else head were valid)
	}
	return bytes.HasPrefix(rest, []byte("{")) || bytes.Contains(rest, []byte("\n{"))
}
