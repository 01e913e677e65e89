package synth

import (
	"fmt"
	"strings"
	"time"

	"github.com/polgraph/polgraph"
)

// builder writes an article's text and records, as it goes, the spans of
// what the text says: the extraction is exact by construction.
type builder struct {
	b        strings.Builder
	ex       *polgraph.Extraction
	entities map[string]int // id → index in ex.Entities
	sentence int            // start of the current sentence
}

func newBuilder(a polgraph.Article) *builder {
	return &builder{ex: &polgraph.Extraction{Article: a, Entities: []polgraph.Entity{}, Times: []polgraph.Time{},
		Events: []polgraph.Event{}, Relations: []polgraph.Relation{}}, entities: make(map[string]int)}
}

// named is an entity or a person (whose entity part it names).
type named interface{ ent() *entity }

func (e *entity) ent() *entity { return e }

func (b *builder) text(s string) { b.b.WriteString(s) }

// name writes a surface form of e and records the mention.
func (b *builder) name(n named, surface string) {
	e := n.ent()
	start := b.b.Len()
	b.b.WriteString(surface)
	i, ok := b.entities[e.id]
	if !ok {
		i = len(b.ex.Entities)
		b.entities[e.id] = i
		b.ex.Entities = append(b.ex.Entities, polgraph.Entity{ID: e.id, Kind: e.kind, Name: e.name, Aliases: []string{}})
	}
	ent := &b.ex.Entities[i]
	ent.Mentions = append(ent.Mentions, polgraph.Span{Start: start, End: b.b.Len(), Text: surface})
	if surface != e.name && !contains(ent.Aliases, surface) {
		ent.Aliases = append(ent.Aliases, surface)
	}
}

// full writes e's name; short writes its first alias when it has been named
// already in the article, as journalists do.
func (b *builder) full(n named) { b.name(n, n.ent().name) }

func (b *builder) short(n named) {
	e := n.ent()
	if _, seen := b.entities[e.id]; seen && len(e.aliases) > 0 {
		b.name(e, e.aliases[0])
		return
	}
	b.full(e)
}

// when writes a temporal expression and records it.
func (b *builder) when(surface, value string) {
	start := b.b.Len()
	b.b.WriteString(surface)
	b.ex.Times = append(b.ex.Times, polgraph.Time{Start: start, End: b.b.Len(), Text: surface, Value: &value})
}

func (b *builder) startSentence() { b.sentence = b.b.Len() }

// evidence returns the sentence written since startSentence.
func (b *builder) evidence() polgraph.Span {
	s := b.b.String()[b.sentence:]
	return polgraph.Span{Start: b.sentence, End: b.sentence + len(s), Text: s}
}

func (b *builder) event(typ, date, precision, status string, parts ...any) {
	ev := polgraph.Event{ID: fmt.Sprintf("%s/ev%d", b.ex.Article.ID, len(b.ex.Events)+1), Type: typ,
		Precision: precision, Status: status, Evidence: b.evidence(), Confidence: 0.9}
	if date != "" {
		ev.Date = &date
	}
	for i := 0; i+1 < len(parts); i += 2 {
		ev.Participants = append(ev.Participants, polgraph.Participant{Entity: parts[i].(named).ent().id, Role: parts[i+1].(string)})
	}
	b.ex.Events = append(b.ex.Events, ev)
}

func (b *builder) relation(typ string, fromN, toN named, role, validFrom string) {
	from, to := fromN.ent(), toN.ent()
	r := polgraph.Relation{Type: typ, From: from.id, To: to.id, Evidence: b.evidence(), Confidence: 0.85}
	if role != "" {
		r.Role = &role
	}
	if validFrom != "" {
		r.ValidFrom = &validFrom
	}
	b.ex.Relations = append(b.ex.Relations, r)
}

func (b *builder) done() *polgraph.Extraction {
	b.ex.Article.Text = b.b.String()
	b.ex.Extractor = "synth-oracle"
	return b.ex
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// dayPhrase says day relative to published the way a news article does:
// "on Tuesday" within the week, else "on 12 March".
func dayPhrase(day, published time.Time) string {
	if d := published.Sub(day); d >= 0 && d < 6*24*time.Hour {
		if d < 24*time.Hour {
			return "today"
		}
		return "on " + day.Weekday().String()
	}
	return fmt.Sprintf("on %d %s", day.Day(), day.Month())
}

// Filler sentences carry no entity: articles are mostly such prose.
var filler = []string{
	"The decision follows weeks of speculation in the capital about the direction of the government.",
	"Analysts said the move could reshape the balance of power ahead of the next budget.",
	"Opposition figures have repeatedly called for greater transparency in public appointments.",
	"The debate has dominated the evening news and the front pages for several days.",
	"Officials declined to say when a formal inquiry might begin, or who would lead it.",
	"Polling released this week suggests voters remain divided on the issue.",
	"Several members of the assembly said privately that they had expected the announcement.",
	"Commentators noted that the timing was unusual, coming so close to the end of the session.",
	"The finance committee is due to publish its review of the spending plans next month.",
	"Supporters gathered outside the assembly building as the news spread.",
}
