package reader

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/polgraph/polgraph"
)

// Sidecar is NAME.meta.json beside an article file NAME.txt, NAME.html or
// NAME.json: what the user knows about the article that the file may not
// say, or says wrong. Each field it sets wins over the file's.
type Sidecar struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	PublishedAt string `json:"publishedAt"`
	URL         string `json:"url"`
	Source      string `json:"source"`
}

// SidecarSuffix ends the name of every sidecar.
const SidecarSuffix = ".meta.json"

// SidecarExts are the extensions of the article files a sidecar may sit
// beside, in the order ArticleOfSidecar looks for them: files that hold
// one article each (a JSON Lines file or a feed holds many).
var SidecarExts = []string{".txt", ".text", ".html", ".htm", ".xhtml", ".json"}

// IsSidecar tells whether path is named as a sidecar.
func IsSidecar(path string) bool {
	return strings.HasSuffix(strings.ToLower(path), SidecarSuffix)
}

// SidecarPath is where the sidecar of the article file path would be.
func SidecarPath(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + SidecarSuffix
}

// ArticleOfSidecar is the article file beside the sidecar path (NAME.txt,
// .html, .json… or NAME with no extension), or "" when there is none.
func ArticleOfSidecar(path string) string {
	base := path[:len(path)-len(SidecarSuffix)]
	isFile := func(p string) bool { info, err := os.Stat(p); return err == nil && !info.IsDir() }
	for _, ext := range SidecarExts {
		if isFile(base + ext) {
			return base + ext
		}
	}
	if isFile(base) {
		return base
	}
	return ""
}

// ReadSidecar reads the sidecar of the article file path; ok is false when
// there is none. A sidecar that exists but cannot be read fails, naming it:
// silently loading the article without the date the user gave would anchor
// its relative dates wrong.
func ReadSidecar(path string) (s Sidecar, ok bool, err error) {
	sp := SidecarPath(path)
	data, err := os.ReadFile(sp)
	if errors.Is(err, fs.ErrNotExist) {
		return Sidecar{}, false, nil
	}
	if err != nil {
		return Sidecar{}, false, fmt.Errorf("read sidecar %s: %w", sp, err)
	}
	s, err = ParseSidecar(sp, data)
	return s, err == nil, err
}

// ParseSidecar reads the sidecar named name from its bytes.
func ParseSidecar(name string, data []byte) (Sidecar, error) {
	var s Sidecar
	if err := decodeObject(data, &s, `a sidecar: {"publishedAt": "YYYY-MM-DD", "url": "…", "source": "…", "title": "…", "id": "…"}`); err != nil {
		return Sidecar{}, fmt.Errorf("read sidecar %s: %w", name, err)
	}
	if s.PublishedAt != "" && NormalizeDate(s.PublishedAt) == "" {
		return Sidecar{}, fmt.Errorf("read sidecar %s: publishedAt %q is no date (want YYYY-MM-DD)", name, s.PublishedAt)
	}
	return s, nil
}

// Apply sets on a what the sidecar says. Its date wins over the page's
// (DateFromSidecar); its URL, when the page stated no date, may give one,
// and names the article unless the file or the sidecar gave an id.
func (s Sidecar) Apply(a *polgraph.Article) {
	derived := a.ID == "" || a.ID == articleID(*a) // not given by the file: named by its URL or text
	if s.ID != "" {
		a.ID = strings.TrimSpace(s.ID)
	}
	if s.Title != "" {
		a.Title = strings.TrimSpace(s.Title)
	}
	if s.URL != "" {
		u := strings.TrimSpace(s.URL)
		a.URL = &u
		if a.PublishedAt == "" {
			if d := urlDate(u); d != "" {
				a.PublishedAt, a.PublishedFrom = d, DateFromURL
			}
		}
	}
	if s.Source != "" {
		src := strings.TrimSpace(s.Source)
		a.Source = &src
	}
	if d := NormalizeDate(s.PublishedAt); d != "" {
		a.PublishedAt, a.PublishedFrom = d, DateFromSidecar
	}
	if derived && s.ID == "" {
		a.ID = articleID(*a) // a URL the sidecar gave names the article
	}
}

// Published sets the date the user gave on the command line (--published),
// which wins over everything else; it fails on what is not a date.
func Published(a *polgraph.Article, date string) error {
	d := NormalizeDate(date)
	if d == "" {
		return fmt.Errorf("--published %q: want YYYY-MM-DD", date)
	}
	a.PublishedAt, a.PublishedFrom = d, DateFromFlag
	return nil
}

// ReadFile reads the article file path and applies its sidecar: the
// article as polgraph reads it from disk.
func ReadFile(path, format string) (polgraph.Article, Encoding, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return polgraph.Article{}, Encoding{}, fmt.Errorf("read %s: %w", path, err)
	}
	if IsSidecar(path) {
		return polgraph.Article{}, Encoding{}, RefuseSidecar(path)
	}
	a, enc, err := ReadEncoded(path, data, format)
	if err != nil {
		return a, enc, err
	}
	s, ok, err := ReadSidecar(path)
	if err != nil || !ok {
		return a, enc, err
	}
	s.Apply(&a)
	return a, enc, nil
}

// RefuseSidecar is the error for a sidecar given where an article was
// expected: it names the article the sidecar belongs to.
func RefuseSidecar(path string) error {
	if art := ArticleOfSidecar(path); art != "" {
		return fmt.Errorf("read %s: a sidecar, not an article: give its article %s, which it applies to", path, art)
	}
	return fmt.Errorf("read %s: a sidecar (what is known about NAME.txt, .html or .json), not an article, and no article beside it", path)
}
