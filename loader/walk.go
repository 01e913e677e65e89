package loader

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/polgraph/polgraph/reader"
)

// Skip is a file, or a folder, that a folder walk left out, and why. A
// file named on the command line is never skipped: it is read, and fails
// if it is no article.
type Skip struct {
	Path   string
	Kind   string // what it is, singular: "image", "source code file", "hidden file or folder"
	Reason string // how that was told: "extension .go", "its content"
}

// Kinds of skips that are not file formats.
const (
	SkipHidden        = "hidden file or folder"
	SkipDeadLetter    = "dead letter of a load"
	SkipOrphanSidecar = "sidecar with no article"
	SkipUnknown       = "file of no article type"
)

// articleExts are the extensions of files a folder walk reads: the formats
// Load reads. A file with no extension is read too, and loaded only when it
// is HTML, JSON or a feed; one with any other extension is left out.
var articleExts = map[string]bool{
	".txt": true, ".text": true, ".html": true, ".htm": true, ".xhtml": true, ".shtml": true,
	".json": true, ".jsonl": true, ".ndjson": true, ".rss": true, ".atom": true, ".xml": true,
}

// deadLetterPrefix starts the names of the dead letters polgraph load writes.
const deadLetterPrefix = "polgraph-failed-"

// walk emits the records of a file, or of every article file under a
// folder in lexical order, leaving out (and listing) what is no article.
func (s *source) walk(ctx context.Context, root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return s.fail(ctx, &record{input: path, file: absPath(path)}, fmt.Errorf("open: %w", err))
		}
		walked := path != root
		if walked {
			if sk, ok := leaveOut(path, d); ok {
				if sk.Kind != "" {
					s.skipped = append(s.skipped, sk)
				}
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
		}
		if d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 { // follow links to files; a broken one fails to open
			if info, err := os.Stat(path); err == nil && info.IsDir() {
				return nil // not followed: a link may loop
			}
		} else if !d.Type().IsRegular() {
			return s.fail(ctx, &record{input: path, file: absPath(path)}, errors.New("not a regular file"))
		}
		return s.file(ctx, path, walked)
	})
}

// leaveOut tells, from its name alone, whether a folder walk leaves path
// out, and why; a Skip with no Kind is left out silently (a sidecar, which
// goes with its article).
func leaveOut(path string, d fs.DirEntry) (Skip, bool) {
	name := d.Name()
	switch {
	case strings.HasPrefix(name, "."):
		return Skip{path, SkipHidden, "its name starts with a dot"}, true
	case d.IsDir():
		return Skip{}, false
	case reader.IsSidecar(name):
		if reader.ArticleOfSidecar(path) != "" {
			return Skip{}, true
		}
		return Skip{path, SkipOrphanSidecar, fmt.Sprintf("no %s beside it (.txt, .html or .json)",
			strings.TrimSuffix(name, reader.SidecarSuffix)+".*")}, true
	case strings.HasPrefix(name, deadLetterPrefix) && strings.HasSuffix(name, ".jsonl"):
		return Skip{path, SkipDeadLetter, "its name (load it by name to retry its records)"}, true
	}
	ext := strings.ToLower(filepath.Ext(name))
	if kind, ok := reader.NonArticleExt(name); ok {
		return Skip{path, kind, "extension " + ext}, true
	}
	if ext != "" && !articleExts[ext] {
		return Skip{path, SkipUnknown, "extension " + ext + " (articles are .txt, .html, .json, .jsonl, .rss or .atom)"}, true
	}
	return Skip{}, false
}

// file emits the records of one file; walked says a folder walk found it,
// rather than the user naming it.
func (s *source) file(ctx context.Context, path string, walked bool) error {
	file := absPath(path)
	if !walked && reader.IsSidecar(path) {
		return s.fail(ctx, &record{input: path, file: file}, reader.RefuseSidecar(path))
	}
	f, err := os.Open(path)
	if err != nil {
		return s.fail(ctx, &record{input: path, file: file}, fmt.Errorf("open: %w", err))
	}
	defer f.Close()
	return s.stream(ctx, path, file, f, walked)
}

// notArticle refuses an input that its first bytes show is no article: a
// named input fails, saying what it is; one a folder walk found is left out
// and listed. Found by a walk, a file with no extension must also be HTML,
// JSON or a feed (plain text with no extension is a README or a LICENSE
// more often than news), a .xml file a feed, and a JSON Lines file no
// dead letter. left says the input was dealt with.
func (s *source) notArticle(ctx context.Context, name, file string, head []byte, format string, walked bool) (left bool, err error) {
	skip := func(kind, reason string) (bool, error) {
		s.skipped = append(s.skipped, Skip{name, kind, reason})
		s.opened.Add(-1) // not an input, though opened to look at
		return true, nil
	}
	if f, ok := reader.Sniff(head); ok {
		if !walked {
			return true, s.fail(ctx, &record{input: name, file: file}, fmt.Errorf("read %s: %w", name, f.Err()))
		}
		return skip(f.Kind, f.Name+", by its content")
	}
	if !walked {
		return false, nil
	}
	switch ext := strings.ToLower(filepath.Ext(name)); {
	case ext == "" && format != FormatJSON && format != FormatJSONL && format != FormatHTML && format != FormatFeed:
		return skip(SkipUnknown, "no extension, and not HTML, JSON or a feed (name a text article NAME.txt)")
	case ext == ".xml" && format != FormatFeed:
		return skip(SkipUnknown, "XML that is not an RSS or Atom feed")
	case format == FormatJSONL && isDeadLetter(head):
		return skip(SkipDeadLetter, "its first record (load it by name to retry its records)")
	}
	return false, nil
}

// isDeadLetter tells whether JSON Lines start with a dead-letter record,
// which names the input that failed and the error.
func isDeadLetter(head []byte) bool {
	first, _, _ := bytes.Cut(head, []byte("\n"))
	var rec struct{ Input, Error *string }
	return json.Unmarshal(first, &rec) == nil && rec.Input != nil && rec.Error != nil
}

// withSidecar attaches to a record of a whole file the sidecar beside it,
// NAME.meta.json, to be applied once the article is read; a sidecar that
// cannot be read fails the record, naming the sidecar.
func (s *source) withSidecar(r *record) *record {
	if r.file == "" || r.err != nil || reader.IsSidecar(r.file) {
		return r
	}
	sc, ok, err := reader.ReadSidecar(r.file)
	switch {
	case err != nil:
		r.err = err
	case ok:
		r.sidecar = &sc
	}
	return r
}

// count sums, for progress, the bytes of the files that will be loaded and,
// when each holds one article, how many articles that makes.
func (s *source) count(paths []string) {
	var size, articles int64
	known := true
	for _, p := range paths {
		if p == "-" {
			known = false
			continue
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if path != p {
				if _, ok := leaveOut(path, d); ok {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
			}
			if !d.Type().IsRegular() {
				return nil
			}
			if info, err := d.Info(); err == nil {
				size += info.Size()
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".txt", ".text", ".html", ".htm", ".xhtml", ".shtml":
				articles++
			default: // JSON may be JSON Lines, XML a feed
				known = false
			}
			return nil
		})
	}
	s.total.Store(size)
	if known {
		s.articles.Store(articles)
	}
}
