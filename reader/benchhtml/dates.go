package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/polgraph/polgraph/reader"
)

// dateTally compares the reader's publication dates with the page's own
// stated date (JSON-LD or meta) and with the set's annotated date.
type dateTally struct {
	stated, statedAgree, statedNone int // pages stating a date; the reader agrees; finds none
	gold, goldAgree, goldNone       int // pages with an annotated date; agrees; none
}

// add counts one page; it returns a line for -v when the reader disagrees.
func (t *dateTally) add(it item, statedDate, got, from string) string {
	line := ""
	if statedDate != "" {
		t.stated++
		switch got {
		case statedDate:
			t.statedAgree++
		case "":
			t.statedNone++
			line = fmt.Sprintf("page states %s, reader found none", statedDate)
		default:
			line = fmt.Sprintf("page states %s, reader says %s (%s)", statedDate, got, from)
		}
	}
	if gold := reader.NormalizeDate(it.Date); gold != "" {
		t.gold++
		switch got {
		case gold:
			t.goldAgree++
		case "":
			t.goldNone++
		default:
			if line == "" {
				line = fmt.Sprintf("annotated %s, reader says %s (%s)", gold, got, from)
			}
		}
	}
	return line
}

func (t dateTally) print(w io.Writer, sources map[string]int) {
	fmt.Fprintf(w, "dates: pages stating one in JSON-LD or meta %d, reader agrees %d (%.1f%%), finds none %d\n",
		t.stated, t.statedAgree, pct(t.statedAgree, t.stated), t.statedNone)
	fmt.Fprintf(w, "dates: pages with an annotated date %d, reader agrees %d (%.1f%%), finds none %d\n",
		t.gold, t.goldAgree, pct(t.goldAgree, t.gold), t.goldNone)
	keys := make([]string, 0, len(sources))
	for k := range sources {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprint(w, "dates from:")
	for _, k := range keys {
		name := k
		if name == "" {
			name = "none"
		}
		fmt.Fprintf(w, " %s %d", name, sources[k])
	}
	fmt.Fprintln(w)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
