package extract

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
)

// windowBytes is the most text extracted at once. The working state of an
// extraction (tokens, mentions, parses) takes some 75 bytes a byte of text,
// so a longer article is extracted a window of whole sentences at a time
// and the windows' results merged: memory stays the text, the results and
// one window's work. Articles up to this size are extracted whole, as
// before; in a longer one, what is resolved across the article (a surname
// to the full name told earlier, "the attack" to its event, a relative
// date to the last one told) is resolved within its window.
var windowBytes = 1 << 20

// cutSearch is how far back from a window's end a sentence boundary is
// looked for.
const cutSearch = 64 << 10

// extractWindows extracts a long article window by window (see windowBytes).
func (x *Extractor) extractWindows(ctx context.Context, a polgraph.Article) (*polgraph.Extraction, error) {
	out := &polgraph.Extraction{Article: a, Extractor: Version,
		Entities: []polgraph.Entity{}, Times: []polgraph.Time{}, Events: []polgraph.Event{}, Relations: []polgraph.Relation{}}
	m := merger{out: out, entity: map[string]int{}, event: map[string]int{}, relation: map[[3]string]int{}}
	day := "" // the report's day, as the first window tells it
	for lo := 0; lo < len(a.Text); {
		hi := x.windowEnd(a.Text, lo)
		w := a
		w.Text = a.Text[lo:hi]
		if lo > 0 {
			w.Title = "" // the headline is the first window's
		}
		wx, wday, err := x.extract(ctx, w, day)
		if day == "" {
			day = wday
		}
		if err != nil {
			return nil, err
		}
		m.add(wx, lo)
		lo = hi
	}
	return out, nil
}

// windowEnd is where the window that starts at lo ends: at the text's end
// if it is near, else at the last line break or sentence start before
// lo+windowBytes, else at the last space, else anywhere between characters.
func (x *Extractor) windowEnd(text string, lo int) int {
	hi := lo + windowBytes
	if hi >= len(text) {
		return len(text)
	}
	from := max(lo+1, hi-cutSearch)
	if i := strings.LastIndexByte(text[from:hi], '\n'); i >= 0 {
		return from + i + 1
	}
	d := &doc{x: x, text: text[from:hi], home: -2}
	d.segment()
	if n := len(d.sents); n >= 2 {
		return from + d.sents[n-1].start // the last sentence may run on past hi
	}
	if i := strings.LastIndexFunc(text[from:hi], unicode.IsSpace); i >= 0 {
		return from + i
	}
	for hi > from && !utf8.RuneStart(text[hi]) {
		hi--
	}
	return hi
}

// merger adds windows' extractions to one, as the article's own would be:
// an entity once, in order of first mention, with every window's aliases
// and mentions; an event once, told first where it is first told, with
// every window's participants; a relation once, its first sentence kept as
// evidence and what a later one adds (an end, a role, a period) filled in.
type merger struct {
	out      *polgraph.Extraction
	entity   map[string]int    // index in out.Entities by id
	event    map[string]int    // index in out.Events by id
	relation map[[3]string]int // index in out.Relations by type, from, to
}

func (m *merger) add(x *polgraph.Extraction, off int) {
	shift := func(s *polgraph.Span) { s.Start += off; s.End += off }
	for _, e := range x.Entities {
		for i := range e.Mentions {
			shift(&e.Mentions[i])
		}
		i, ok := m.entity[e.ID]
		if !ok {
			m.entity[e.ID] = len(m.out.Entities)
			m.out.Entities = append(m.out.Entities, e)
			continue
		}
		pe := &m.out.Entities[i]
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			if s != pe.Name && !slices.Contains(pe.Aliases, s) {
				pe.Aliases = append(pe.Aliases, s)
			}
		}
		pe.Mentions = append(pe.Mentions, e.Mentions...)
		if pe.External == nil {
			pe.External = e.External
		}
	}
	for _, t := range x.Times {
		t.Start += off
		t.End += off
		m.out.Times = append(m.out.Times, t)
	}
	for _, ev := range x.Events {
		shift(&ev.Evidence)
		i, ok := m.event[ev.ID]
		if !ok {
			m.event[ev.ID] = len(m.out.Events)
			m.out.Events = append(m.out.Events, ev)
			continue
		}
		pe := &m.out.Events[i] // as mergeEvents joins events with one id
		for _, p := range ev.Participants {
			if !slices.ContainsFunc(pe.Participants, func(q polgraph.Participant) bool { return q.Entity == p.Entity }) {
				pe.Participants = append(pe.Participants, p)
			}
		}
		pe.Confidence = max(pe.Confidence, ev.Confidence)
		for _, id := range ev.Denies {
			if !slices.Contains(pe.Denies, id) {
				pe.Denies = append(pe.Denies, id)
			}
		}
	}
	for _, r := range x.Relations {
		shift(&r.Evidence)
		key := [3]string{r.Type, r.From, r.To}
		i, ok := m.relation[key]
		if !ok {
			m.relation[key] = len(m.out.Relations)
			m.out.Relations = append(m.out.Relations, r)
			continue
		}
		pr := &m.out.Relations[i] // as addRel and dateFacts fill in a fact found again
		if pr.ValidFrom == nil && r.ValidFrom != nil && (pr.ValidTo == nil || *pr.ValidTo >= *r.ValidFrom) {
			pr.ValidFrom = r.ValidFrom
		}
		if pr.ValidTo == nil {
			pr.ValidTo = r.ValidTo
		}
		if pr.Role == nil {
			pr.Role = r.Role
		}
	}
}
