package entity

import (
	"fmt"
	"strings"
)

// Span is a name in a sentence: words [Start, End) of it, and its kind,
// "PER", "ORG" or "LOC".
type Span struct {
	Start, End int
	Label      string
}

// Labels are the kinds of name the tagger finds.
var Labels = []string{"PER", "ORG", "LOC"}

// Tagging schemes: BIO marks a name's first word (B) and the words after
// it (I); BILOU also marks its last word (L) and one-word names (U), which
// lets the weights tell "Memorial" alone from "Memorial" inside a longer
// name.
const (
	SchemeBIO   = "BIO"
	SchemeBILOU = "BILOU"
)

// classSet is the tagger's classes: "O" and a prefix for every label.
type classSet struct {
	names  []string
	prefix []byte // 'O', 'B', 'I', 'L' or 'U'
	label  []int  // index into labels; -1 for O
	labels []string
	// allowed[p*n+c] says whether class c may follow class p; start and
	// end say which classes may open and close a sentence.
	allowed    []bool
	start, end []bool
	// before[c] lists the classes that may precede class c and after[c]
	// those that may follow it, in increasing order: decoding loops over
	// them alone (about a third of all pairs under BILOU).
	before, after [][]uint8
}

func newClassSet(scheme string, labels []string) (*classSet, error) {
	var prefixes string
	switch scheme {
	case SchemeBIO:
		prefixes = "BI"
	case SchemeBILOU:
		prefixes = "BILU"
	default:
		return nil, fmt.Errorf("unknown tagging scheme %q", scheme)
	}
	cs := &classSet{labels: labels}
	cs.add("O", 'O', -1)
	for li, l := range labels {
		for _, p := range []byte(prefixes) {
			cs.add(string(p)+"-"+l, p, li)
		}
	}
	n := len(cs.names)
	bilou := scheme == SchemeBILOU
	cs.allowed = make([]bool, n*n)
	cs.start = make([]bool, n)
	cs.end = make([]bool, n)
	for c := range n {
		cs.start[c] = cs.prefix[c] != 'I' && cs.prefix[c] != 'L'
		cs.end[c] = cs.prefix[c] != 'B' || !bilou
		if bilou && cs.prefix[c] == 'I' {
			cs.end[c] = false
		}
		for p := range n {
			cs.allowed[p*n+c] = follows(cs.prefix[p], cs.label[p], cs.prefix[c], cs.label[c], bilou)
		}
	}
	cs.before, cs.after = make([][]uint8, n), make([][]uint8, n)
	for p := range n {
		for c := range n {
			if cs.allowed[p*n+c] {
				cs.before[c] = append(cs.before[c], uint8(p))
				cs.after[p] = append(cs.after[p], uint8(c))
			}
		}
	}
	return cs, nil
}

func (cs *classSet) add(name string, prefix byte, label int) {
	cs.names = append(cs.names, name)
	cs.prefix = append(cs.prefix, prefix)
	cs.label = append(cs.label, label)
}

// follows says whether class (cp, cl) may follow class (pp, pl).
func follows(pp byte, pl int, cp byte, cl int, bilou bool) bool {
	open := pp == 'B' || pp == 'I' // the previous word's name goes on
	if !bilou {
		open = false // in BIO any name may end anywhere
	}
	switch cp {
	case 'I', 'L':
		return (pp == 'B' || pp == 'I') && pl == cl
	default:
		return !open
	}
}

// classSetFromNames rebuilds a class set from its class names (as a model
// file stores them).
func classSetFromNames(names []string) (*classSet, error) {
	if len(names) == 0 || names[0] != "O" {
		return nil, fmt.Errorf("classes %q do not start with O", names)
	}
	var labels []string
	prefixes := map[byte]bool{}
	for _, n := range names[1:] {
		p, l, ok := strings.Cut(n, "-")
		if !ok || len(p) != 1 {
			return nil, fmt.Errorf("bad class name %q", n)
		}
		prefixes[p[0]] = true
		if len(labels) == 0 || labels[len(labels)-1] != l {
			labels = append(labels, l)
		}
	}
	scheme := SchemeBIO
	if prefixes['L'] || prefixes['U'] {
		scheme = SchemeBILOU
	}
	cs, err := newClassSet(scheme, labels)
	if err != nil {
		return nil, err
	}
	if strings.Join(cs.names, " ") != strings.Join(names, " ") {
		return nil, fmt.Errorf("classes %q are not a %s set", names, scheme)
	}
	return cs, nil
}

func (cs *classSet) bilou() bool { return len(cs.names) == 1+4*len(cs.labels) }

// encode gives each of n words its gold class. Spans must not overlap;
// spans with labels outside the set are ignored.
func (cs *classSet) encode(spans []Span, n int, out []uint8) []uint8 {
	out = append(out[:0], make([]uint8, n)...)
	for _, s := range spans {
		li := -1
		for i, l := range cs.labels {
			if l == s.Label {
				li = i
			}
		}
		if li < 0 || s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		for k := s.Start; k < s.End; k++ {
			p := byte('I')
			switch {
			case cs.bilou() && s.End-s.Start == 1:
				p = 'U'
			case k == s.Start:
				p = 'B'
			case cs.bilou() && k == s.End-1:
				p = 'L'
			}
			out[k] = cs.class(p, li)
		}
	}
	return out
}

func (cs *classSet) class(prefix byte, label int) uint8 {
	for c := range cs.names {
		if cs.prefix[c] == prefix && cs.label[c] == label {
			return uint8(c)
		}
	}
	return 0
}

// decode turns classes back into spans. A malformed sequence (which
// constrained decoding never produces) is read leniently: any B or U
// opens a name, and I or L of another label than the open name's opens a
// new one.
func (cs *classSet) decode(seq []uint8, out []Span) []Span {
	start, label := -1, -1
	closeAt := func(end int) {
		if start >= 0 {
			out = append(out, Span{Start: start, End: end, Label: cs.labels[label]})
		}
		start, label = -1, -1
	}
	for i, c := range seq {
		p, l := cs.prefix[c], cs.label[c]
		switch {
		case p == 'O':
			closeAt(i)
		case p == 'B' || p == 'U' || l != label:
			closeAt(i)
			start, label = i, l
		}
		if p == 'U' || p == 'L' {
			closeAt(i + 1)
		}
	}
	closeAt(len(seq))
	return out
}
