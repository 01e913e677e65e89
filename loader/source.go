package loader

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
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
	input   string // where it came from: "file", "file:line", "-:line"
	format  string // text, json, html (for reader.Read)
	data    []byte // raw bytes, until read
	size    int64  // bytes of input it accounts for, for progress
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
	total  atomic.Int64 // bytes of all named files, for progress; 0 when unknown
}

func (s *source) inputs() int { return int(s.opened.Load()) }

// errStop ends the walk when the context is cancelled.
var errStop = errors.New("stop")

func (s *source) run(ctx context.Context, paths []string) error {
	s.total.Store(totalSize(paths))
	for _, p := range paths {
		var err error
		if p == "-" {
			err = s.stream(ctx, "-", s.l.Stdin)
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

// totalSize sums the sizes of the regular files under paths.
func totalSize(paths []string) int64 {
	var n int64
	for _, p := range paths {
		if p == "-" {
			continue
		}
		filepath.WalkDir(p, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				if info, err := d.Info(); err == nil {
					n += info.Size()
				}
			}
			return nil
		})
	}
	return n
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

func (s *source) fail(ctx context.Context, input string, size int64, err error) error {
	return s.emit(ctx, &record{input: input, size: size, err: err})
}

// walk emits the records of a file, or of every file under a folder in
// lexical order (hidden files and folders skipped).
func (s *source) walk(ctx context.Context, root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return s.fail(ctx, path, 0, fmt.Errorf("open: %w", err))
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 { // follow links to files; a broken one fails to open
			if info, err := os.Stat(path); err == nil && info.IsDir() {
				return nil // not followed: a link may loop
			}
		} else if !d.Type().IsRegular() {
			return s.fail(ctx, path, 0, errors.New("not a regular file"))
		}
		return s.file(ctx, path)
	})
}

func (s *source) file(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return s.fail(ctx, path, 0, fmt.Errorf("open: %w", err))
	}
	defer f.Close()
	return s.stream(ctx, path, f)
}

// peekSize is how much of an input detect sees.
const peekSize = 64 << 10

// stream emits the records of one input: each line of JSON Lines, each item
// of a feed, or the whole input as one article.
func (s *source) stream(ctx context.Context, name string, in io.Reader) error {
	s.opened.Add(1)
	if in == nil {
		return s.fail(ctx, name, 0, errors.New("no standard input"))
	}
	br := bufio.NewReaderSize(in, peekSize)
	head, err := br.Peek(peekSize) // enough to see a JSON line end
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return s.fail(ctx, name, 0, fmt.Errorf("read: %w", err))
	}
	format := s.l.Format
	if format == FormatAuto {
		format = detect(name, head)
	}
	switch format {
	case FormatJSONL:
		return s.lines(ctx, name, br)
	case FormatFeed:
		data, err := readCapped(br, s.l.MaxSize*4) // a feed holds many articles
		if err != nil {
			return s.fail(ctx, name, int64(len(data)), err)
		}
		return s.feed(ctx, name, data)
	}
	data, err := readCapped(br, s.l.MaxSize)
	if err != nil {
		return s.fail(ctx, name, int64(len(data)), err)
	}
	if format == FormatAuto || format == "" {
		format = reader.FormatAuto
	}
	return s.emit(ctx, &record{input: name, format: format, data: data, size: int64(len(data))})
}

// errTooLarge reports an input over the size cap.
var errTooLarge = errors.New("over the size limit")

// readCapped reads all of r, or fails once it passes max bytes without
// holding more than that in memory.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
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
func (s *source) lines(ctx context.Context, name string, br *bufio.Reader) error {
	var line []byte
	empty := true
	for n := 1; ; n++ {
		line = line[:0]
		var size int64
		tooLong := false
		var err error
		for {
			var frag []byte
			frag, err = br.ReadSlice('\n')
			size += int64(len(frag))
			if !tooLong {
				if int64(len(line)+len(frag)) > s.l.MaxSize {
					tooLong, line = true, line[:0]
				} else {
					line = append(line, frag...)
				}
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		input := fmt.Sprintf("%s:%d", name, n)
		if tooLong || len(bytes.TrimSpace(line)) > 0 {
			empty = false
		}
		switch {
		case tooLong:
			if e := s.fail(ctx, input, size, fmt.Errorf("line of %d bytes: %w of %d bytes", size, errTooLarge, s.l.MaxSize)); e != nil {
				return e
			}
		case len(bytes.TrimSpace(line)) > 0:
			r := &record{input: input, format: reader.FormatJSON, data: bytes.Clone(line), size: size}
			if e := s.emit(ctx, r); e != nil {
				return e
			}
		}
		if err == io.EOF && empty {
			return s.fail(ctx, name, 0, fmt.Errorf("read %s: %w (no JSON lines)", name, reader.ErrEmpty))
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return s.fail(ctx, input, 0, fmt.Errorf("read: %w", err))
		}
	}
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
