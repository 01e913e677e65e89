// Package htmldate stands in for github.com/markusmobius/go-htmldate in
// polgraph's build (go.mod replaces it): the same names go-trafilatura
// refers to, and no date finding. polgraph turns go-trafilatura's date
// finder off (reader/html.go: HtmlDateMode Disabled) and reads dates
// itself, so FromDocument is never called; linking the real package would
// compile go-dateparser's regular expressions for 200 locales when the
// process starts, about 30 MB of heap held for the process's life.
package htmldate

import (
	"errors"
	"time"

	"golang.org/x/net/html"
)

// Options mirrors the fields of go-htmldate's Options that go-trafilatura sets.
type Options struct {
	ExtractTime         bool
	UseOriginalDate     bool
	URL                 string
	MinDate             time.Time
	MaxDate             time.Time
	EnableLog           bool
	SkipExtensiveSearch bool
	DeferUrlExtractor   bool
}

// Result mirrors go-htmldate's Result.
type Result struct {
	DateTime    time.Time
	HasTime     bool
	HasTimezone bool
	SrcString   string
}

// IsZero reports whether the result holds no date.
func (r Result) IsZero() bool { return r.DateTime.IsZero() }

// ErrOff is what FromDocument returns: polgraph's build finds no dates here.
var ErrOff = errors.New("htmldate: date finding is not built into polgraph (see reader/html.go)")

// FromDocument finds no date: see the package comment.
func FromDocument(*html.Node, Options) (Result, error) { return Result{}, ErrOff }
