package extract

import (
	"context"
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
)

// windowBytes is the most text extracted at once. The working state of an
// extraction (tokens, mentions, parses) takes some 50 to 75 bytes a byte of
// text, so a longer article is extracted a window of whole sentences at a
// time and the windows' results merged: memory stays the text, the results
// and one window's work (about 25 MB at 512 KiB; 1 MiB windows took 50 to
// 60 MB, a quarter of a 50 MB article's peak). Articles up to this size,
// some fifty times a long news story, are extracted whole; in a longer
// one, what is resolved across the article (a surname to the full name
// told earlier, "the attack" to its event, a relative date to the last one
// told) is resolved within its window.
var windowBytes = 512 << 10

// cutSearch is how far back from a window's end a sentence boundary is
// looked for.
const cutSearch = 64 << 10

// extractWindows extracts a long article window by window (see windowBytes).
func (x *Extractor) extractWindows(ctx context.Context, a polgraph.Article) (*Extracted, error) {
	out := &polgraph.Extraction{Article: a, Extractor: Version,
		Entities: []polgraph.Entity{}, Times: []polgraph.Time{}, Events: []polgraph.Event{}, Relations: []polgraph.Relation{}}
	m := merger{out: out, text: a.Text, values: map[string]int{}, entity: map[string]int{}, event: map[string]int{}, relation: map[[3]string]int{}}
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
	m.finish()
	return &Extracted{ex: out, text: a.Text, mentions: m.mentions}, nil
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
	out  *polgraph.Extraction
	text string // the whole article's
	// mentions are the entities' mentions, as out.Entities[i].Mentions will
	// hold them once finished: a mention is kept coded (spanList: some 3
	// bytes, not a 32-byte Span) while windows are extracted, since most of
	// a long article's results are mentions.
	mentions []spanList
	// times are the article's times, coded as mentions are, with the value
	// of each in timeValues (a varint: its index in valueOf and 1, or 0 for
	// none): a long article names the same days again and again, so each
	// value is held once.
	times      spanList
	timeValues []byte
	valueOf    []*string
	values     map[string]int    // index in valueOf
	entity     map[string]int    // index in out.Entities by id
	event      map[string]int    // index in out.Events by id
	relation   map[[3]string]int // index in out.Relations by type, from, to
}

func (m *merger) add(x *polgraph.Extraction, off int) {
	shift := func(s *polgraph.Span) { s.Start += off; s.End += off }
	for _, e := range x.Entities {
		i, ok := m.entity[e.ID]
		if !ok {
			i = len(m.out.Entities)
			m.entity[e.ID] = i
			m.mentions = append(m.mentions, spanList{})
		}
		for _, s := range e.Mentions {
			m.mentions[i].add(s.Start+off, s.End+off)
		}
		e.Mentions = nil
		if !ok {
			m.out.Entities = append(m.out.Entities, e)
			continue
		}
		pe := &m.out.Entities[i]
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			if s != pe.Name && !slices.Contains(pe.Aliases, s) {
				pe.Aliases = append(pe.Aliases, s)
			}
		}
		if pe.External == nil {
			pe.External = e.External
		}
	}
	for _, t := range x.Times {
		m.times.add(t.Start+off, t.End+off)
		v := 0
		if t.Value != nil {
			i, ok := m.values[*t.Value]
			if !ok {
				i = len(m.valueOf)
				m.values[*t.Value] = i
				m.valueOf = append(m.valueOf, t.Value)
			}
			v = i + 1
		}
		m.timeValues = binary.AppendUvarint(m.timeValues, uint64(v))
	}
	for _, ev := range x.Events {
		shift(&ev.Evidence)
		for i := range ev.Participants {
			ev.Participants[i].Entity = m.entityID(ev.Participants[i].Entity)
		}
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
		r.From, r.To = m.entityID(r.From), m.entityID(r.To)
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

// spanList is a list of spans in the whole text (an entity's mentions,
// the times), each coded as its start less the previous one's (a signed
// varint: a window need not list them in order) and its length (a
// varint): 2 to 4 bytes a span where two 32-bit offsets took 8. A 50 MB
// article's million mentions and 292,000 times were most of its results
// while windows were extracted (BENCHMARKS.md, "Work and memory per
// article").
type spanList struct {
	code []byte
	n    int
	last int // the last span's start
}

func (l *spanList) add(start, end int) {
	l.code = binary.AppendVarint(l.code, int64(start-l.last))
	l.code = binary.AppendUvarint(l.code, uint64(end-start))
	l.last = start
	l.n++
}

// each calls f with each span's offsets, in the order they were added.
func (l *spanList) each(f func(start, end int)) {
	start := 0
	for b := l.code; len(b) > 0; {
		d, k := binary.Varint(b)
		n, j := binary.Uvarint(b[k:])
		b = b[k+j:]
		start += int(d)
		f(start, start+int(n))
	}
}

// spans are the spans of text, in the order they were added.
func (l *spanList) spans(text string) []polgraph.Span {
	spans := make([]polgraph.Span, 0, l.n)
	l.each(func(start, end int) {
		spans = append(spans, polgraph.Span{Start: start, End: end, Text: text[start:end]})
	})
	return spans
}

// finish gives the article its Times. The entities' mentions stay
// compact: Extracted builds their Spans an entity at a time.
func (m *merger) finish() {
	m.out.Times = make([]polgraph.Time, 0, m.times.n)
	values := m.timeValues
	m.times.each(func(start, end int) {
		v, k := binary.Uvarint(values)
		values = values[k:]
		t := polgraph.Time{Start: start, End: end, Text: m.text[start:end]}
		if v > 0 {
			t.Value = m.valueOf[v-1]
		}
		m.out.Times = append(m.out.Times, t)
	})
	m.times, m.timeValues = spanList{}, nil
}

// entityID is the merged entity's own copy of id, which every window spells
// anew: references to it share one string, not one a window, so a long
// article's results hold each id once.
func (m *merger) entityID(id string) string {
	if i, ok := m.entity[id]; ok {
		return m.out.Entities[i].ID
	}
	return id
}
