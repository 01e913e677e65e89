package extract

import (
	"time"

	"github.com/polgraph/polgraph/extract/timex"
)

type rawTime struct {
	start, end       int
	text, value, typ string
}

// tagText adapts the temporal tagger's expressions.
func tagText(text string, dct time.Time) []rawTime {
	exprs := timex.Tag(text, dct)
	out := make([]rawTime, len(exprs))
	for i, e := range exprs {
		out[i] = rawTime{e.Start, e.End, e.Text, e.Value, e.Type}
	}
	return out
}
