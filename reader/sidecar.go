package reader

import (
	"encoding/json"
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

// SidecarPath is where the sidecar of the article file path would be.
func SidecarPath(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".meta.json"
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
	if err := json.Unmarshal(data, &s); err != nil {
		return Sidecar{}, false, fmt.Errorf("read sidecar %s: %w", sp, err)
	}
	if s.PublishedAt != "" && NormalizeDate(s.PublishedAt) == "" {
		return Sidecar{}, false, fmt.Errorf("read sidecar %s: publishedAt %q is no date (want YYYY-MM-DD)", sp, s.PublishedAt)
	}
	return s, true, nil
}

// Apply sets on a what the sidecar says. Its date wins over the page's
// (DateFromSidecar); its URL, when the page stated no date, may give one.
func (s Sidecar) Apply(a *polgraph.Article) {
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
	a, enc, err := ReadEncoded(path, data, format)
	if err != nil {
		return a, enc, err
	}
	s, ok, err := ReadSidecar(path)
	if err != nil || !ok {
		return a, enc, err
	}
	derived := a.ID == articleID(a) // not given by the file: named by its URL or text
	s.Apply(&a)
	if derived && s.ID == "" {
		a.ID = articleID(a) // a URL the sidecar gave names the article
	}
	return a, enc, nil
}
