package graph

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/internal/jsonstream"
	"github.com/polgraph/polgraph/internal/texthash"
)

// factTypes are the relationship types a polgraph.Relation may have
// (polgraph.RelationTypes). Types are interpolated into Cypher through
// $(…), so only these ever reach it.
var factTypes = func() []string {
	out := make([]string, len(polgraph.RelationTypes))
	for i, t := range polgraph.RelationTypes {
		out[i] = string(t)
	}
	return out
}()

// kindLabels are the labels an :Entity may carry besides :Entity.
var kindLabels = []string{polgraph.KindPerson, polgraph.KindParty, polgraph.KindCountry, polgraph.KindOrganization, polgraph.KindPlace}

// coreRoles are the participant roles that identify an event across articles.
var coreRoles = []string{polgraph.RoleAgent, polgraph.RolePatient}

// article is one extraction made ready for Cypher: parameters as maps, dates
// parsed, references checked, hashes computed.
type article struct {
	id             string
	extractionHash string
	row            map[string]any
	entities       []map[string]any
	// ex is the extraction, whose entities' mentions writeMentions sends
	// a chunk of rows at a time, built an entity at a time when ex keeps
	// them compact (polgraph.Extraction.MentionsOf)
	ex *polgraph.Extraction
	// mentionsOf are each entities row's entities in ex (more than one when
	// ex lists an entity twice)
	mentionsOf [][]int
	events     []*event
	facts      []map[string]any
}

// mentions are the mentions of the article's entities row i.
func (a *article) mentions(i int) []polgraph.Span {
	if of := a.mentionsOf[i]; len(of) > 1 {
		var ms []polgraph.Span
		for _, k := range of {
			ms = append(ms, a.ex.EntityMentions(k)...)
		}
		return ms
	}
	return a.ex.EntityMentions(a.mentionsOf[i][0])
}

// event is one extracted event waiting for its final id (see matchEvents).
type event struct {
	article    string
	published  string // YYYY-MM-DD or ""
	extID      string
	id         string // final :Event id
	typ        string
	date       *string
	precision  string
	start, end string // period as YYYY-MM-DD, "" when unknown
	status     string
	evidence   polgraph.Span
	confidence float64
	core       []participant // agent and patient
	parts      []participant
	denies     []string // extractor ids of the article's events it denies
	// attribution is the unnamed speaker the article tells it on the word of
	attribution string
}

type participant struct{ entity, role string }

// prepare turns a batch of extractions into articles. An article id that
// occurs twice keeps its last version, as if loaded one after the other.
func prepare(exs []*polgraph.Extraction) ([]*article, error) {
	var out []*article
	seen := make(map[string]int)
	for _, ex := range exs {
		if ex == nil {
			continue
		}
		a, err := prepareOne(ex)
		if err != nil {
			return nil, err
		}
		if i, ok := seen[a.id]; ok {
			out[i] = a
			continue
		}
		seen[a.id] = len(out)
		out = append(out, a)
	}
	return out, nil
}

func prepareOne(ex *polgraph.Extraction) (*article, error) {
	id := ex.Article.ID
	if id == "" {
		return nil, fmt.Errorf("graph: prepare article %q: empty article id", ex.Article.Title)
	}
	published := dateOnly(ex.Article.PublishedAt)
	a := &article{id: id, extractionHash: writtenHash(ex), ex: ex}
	a.row = map[string]any{
		"id":             id,
		"title":          ex.Article.Title,
		"url":            ex.Article.URL,
		"source":         ex.Article.Source,
		"publishedAt":    nullIfEmpty(published),
		"extractor":      ex.Extractor,
		"contentHash":    contentHash(ex),
		"extractionHash": a.extractionHash,
		"entityCount":    len(ex.Entities),
		"eventCount":     len(ex.Events),
		"relationCount":  len(ex.Relations),
		"publishedFrom":  nullIfEmpty(ex.Article.PublishedFrom),
		"text":           nil, // kept for polgraph rebuild, when not too long
	}
	if len(ex.Article.Text) <= MaxStoredText {
		a.row["text"] = nullIfEmpty(ex.Article.Text)
	}

	// Entities: one MENTIONS per listed entity; duplicates in one article merge.
	known := make(map[string]map[string]any)
	at := make(map[string]int) // index in a.entities
	for i, e := range ex.Entities {
		if e.ID == "" {
			continue
		}
		row, ok := known[e.ID]
		if ok {
			a.mentionsOf[at[e.ID]] = append(a.mentionsOf[at[e.ID]], i)
		} else {
			label := "Entity" // an unknown kind gets no kind label rather than an arbitrary one
			if slices.Contains(kindLabels, e.Kind) {
				label = e.Kind
			}
			row = map[string]any{"article": id, "id": e.ID, "kind": e.Kind, "label": label,
				"name": e.Name, "aliases": []string{}, "wikidata": nil, "wikipedia": nil}
			if x := e.External; x != nil {
				row["wikidata"], row["wikipedia"] = nullIfEmpty(x.Wikidata), nullIfEmpty(x.Wikipedia)
			}
			known[e.ID], at[e.ID] = row, len(a.entities)
			a.entities = append(a.entities, row)
			a.mentionsOf = append(a.mentionsOf, []int{i})
		}
		if len(e.Name) > len(row["name"].(string)) {
			row["aliases"] = append(row["aliases"].([]string), row["name"].(string))
			row["name"] = e.Name
		}
		row["aliases"] = append(row["aliases"].([]string), e.Aliases...)
	}
	for i, row := range a.entities {
		row["aliases"] = cleanAliases(row["aliases"].([]string), row["name"].(string))
		row["count"] = len(a.mentions(i))
	}

	// Events: a participant naming an entity the extraction does not list is
	// dropped, since the graph could not label it.
	for i, e := range ex.Events {
		ev := &event{article: id, published: published, extID: cmp.Or(e.ID, fmt.Sprintf("%s#event-%d", id, i)),
			typ: e.Type, date: e.Date, precision: e.Precision, status: e.Status,
			evidence: e.Evidence, confidence: e.Confidence, denies: e.Denies, attribution: e.Attribution}
		if ev.date != nil {
			ev.start, ev.end, _ = Period(*ev.date)
		}
		if ev.date == nil || ev.precision == "" {
			ev.precision = cmp.Or(ev.precision, polgraph.PrecisionUnknown)
		}
		for _, p := range e.Participants {
			if known[p.Entity] == nil || p.Role == "" {
				continue
			}
			pp := participant{p.Entity, p.Role}
			if slices.Contains(ev.parts, pp) {
				continue
			}
			ev.parts = append(ev.parts, pp)
			if slices.Contains(coreRoles, p.Role) {
				ev.core = append(ev.core, pp)
			}
		}
		a.events = append(a.events, ev)
	}

	// Facts: one per (from, type, to, role) in an article; the most confident wins.
	facts := make(map[string]int) // key → index in a.facts
	for _, r := range ex.Relations {
		if !slices.Contains(factTypes, r.Type) || known[r.From] == nil || known[r.To] == nil {
			continue
		}
		role := ""
		if r.Role != nil {
			role = *r.Role
		}
		key := r.From + "\x00" + r.Type + "\x00" + r.To + "\x00" + role
		i, dup := facts[key]
		if dup && a.facts[i]["confidence"].(float64) >= r.Confidence {
			continue
		}
		var from, to string
		if r.ValidFrom != nil {
			from = periodBound(*r.ValidFrom, true)
		}
		if r.ValidTo != nil {
			to = periodBound(*r.ValidTo, false)
		}
		row := map[string]any{"article": id, "type": r.Type, "from": r.From, "to": r.To, "role": role,
			"evidence": r.Evidence.Text, "start": r.Evidence.Start, "end": r.Evidence.End,
			"validFrom": from, "validTo": to, "confidence": r.Confidence}
		if dup {
			a.facts[i] = row
			continue
		}
		facts[key] = len(a.facts)
		a.facts = append(a.facts, row)
	}
	return a, nil
}

// cleanAliases returns the aliases as a sorted set without the name and blanks.
func cleanAliases(aliases []string, name string) []string {
	out := []string{}
	for _, s := range aliases {
		if s = strings.TrimSpace(s); s != "" && s != name {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// dateOnly returns the YYYY-MM-DD date of s (a date or an RFC 3339 time), or
// "" when s is not one: a bad date must not fail the article's transaction.
func dateOnly(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if _, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return s[:10]
		}
	}
	return ""
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// contentHash is the SHA-256 of the article text, or of the extraction when
// the text did not travel with it (extraction JSON omits the text).
func contentHash(ex *polgraph.Extraction) string {
	if ex.Article.Text == "" {
		return ExtractionHash(ex)
	}
	sum := texthash.SHA256(ex.Article.Text)
	return hex.EncodeToString(sum[:])
}

// writerVersion changes when the writer derives something new from an
// unchanged extraction (version 2: the :Undated label, events'
// firstReportedText and facts' validity; 3: facts' caption and roleShort),
// so that loading an article again rewrites it instead of skipping it as
// unchanged.
const writerVersion = "3"

// writtenHash is what an article's extractionHash holds: its extraction's
// fingerprint as written by this writerVersion.
func writtenHash(ex *polgraph.Extraction) string {
	sum := sha256.Sum256([]byte(ExtractionHash(ex) + "\x00" + writerVersion))
	return hex.EncodeToString(sum[:])
}

// ExtractionHash fingerprints everything the graph would hold for the
// article: its text, metadata, extractor and facts in a canonical order (so
// an extractor that lists things in a different order changes nothing).
func ExtractionHash(ex *polgraph.Extraction) string {
	c := *ex
	// entities by id, each with its index in ex for its mentions
	order := make([]int, len(ex.Entities))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return strings.Compare(ex.Entities[i].ID, ex.Entities[j].ID) })
	if len(order) > 0 { // nil and [] stay as they are
		c.Entities = make([]polgraph.Entity, len(order))
		for i, k := range order {
			c.Entities[i] = ex.Entities[k]
		}
	}
	c.Events = inOrder(c.Events, func(a, b polgraph.Event) int {
		return cmp.Or(strings.Compare(a.ID, b.ID), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
	})
	c.Relations = inOrder(c.Relations, func(a, b polgraph.Relation) int {
		return cmp.Or(strings.Compare(a.Type, b.Type), strings.Compare(a.From, b.From),
			strings.Compare(a.To, b.To), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
	})
	c.Times = inOrder(c.Times, func(a, b polgraph.Time) int { return cmp.Compare(a.Start, b.Start) })
	h := sha256.New()
	// json.Marshal(c)'s bytes, streamed: a long article's are 100 MB and more
	// plain data: cannot fail
	jsonstream.Write(h, c, jsonstream.Options{EscapeHTML: true, Element: func(field string, i int, v any) any {
		if field != "entities" || ex.MentionsOf == nil {
			return v
		}
		e := v.(polgraph.Entity) // a long article's mentions, built an entity at a time
		e.Mentions = ex.EntityMentions(order[i])
		return e
	}})
	h.Write([]byte{0})
	texthash.Write(h, ex.Article.Text)
	return hex.EncodeToString(h.Sum(nil))
}

// inOrder is s stably sorted by cmp: s itself when it already is (a long
// article's times, in text order, are 300,000 and more: a sorted copy was
// 12 MB while hashing), else a sorted copy.
func inOrder[T any](s []T, cmp func(a, b T) int) []T {
	if slices.IsSortedFunc(s, cmp) {
		return s
	}
	s = slices.Clone(s)
	slices.SortStableFunc(s, cmp)
	return s
}
