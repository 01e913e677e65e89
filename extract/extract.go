// Package extract turns a news article into entities, times, events and relations.
package extract

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// Version names the extractor's rules; it changes when their output may.
const Version = "polgraph-extract/0.1"

// Extractor extracts knowledge from articles. It holds only read-only data
// loaded once, so one Extractor is safe for concurrent use.
type Extractor struct {
	gaz *gazetteer.Gazetteer
}

// New returns an Extractor using the built-in gazetteer.
func New() *Extractor {
	return &Extractor{gaz: gazetteer.Default()}
}

// doc is the working state of one extraction.
type doc struct {
	x     *Extractor
	ctx   context.Context
	text  string
	title string
	dct   time.Time
	// reportDay is the day the report tells its news on (a dateline's, its
	// lead story's, its publication's): what is said with no time of its
	// own was said that day. A window of a long article takes the first's.
	reportDay string
	toks      []token
	sents     []sentence
	ments     []mention
	// sentMents lists each sentence's mentions in text order.
	sentMents [][]int
	ents      []*entity
	times     []timeExpr
	events    []*event
	rels      []*relation
	names     *nameIndex
	evSent    [][]*event           // events by sentence
	rel       map[[3]int]*relation // relations by type, from and to
	// switches are the memberships of the party a member moved to, from
	// a day ("defected to the Unity Front in 2022"): membershipsSwitched
	// ends the member's other parties then
	switches []*relation
	home     int // homeCountryEntity, once known; -2 before
	entOfGaz map[*gazetteer.Entry]int
	genders  map[int]int // genderOf, per person entity once read
	// officeBodies are the countries (or places) offices were last named of
	officeBodies map[string]int
	relClauses   map[int]map[int]bool        // relativeClauses, per sentence once read
	holdersOf    map[*gazetteer.Office][]int // persons by the offices they hold
	// firstNamed is the token where each entity is first named (-1: never),
	// firstPersonNamed the first person's
	firstNamed       []int
	firstPersonNamed int
	media            []int // news outlets
	// lowerSeen holds the words the article writes in lower case.
	lowerSeen map[string]bool
	capsSeen  map[string]bool  // and those it capitalises
	capsAt    map[string][]int // the tokens of each capitalised word, once placeAsGivenName or contextKinds asks
	bracketed map[string]bool  // words in capitals in brackets after a name: acronyms the article defines
	// lastObjEnd is scratch state of objectsIn.
	lastObjEnd int
	// trees are the parses of the sentences asked for, by sentence.
	trees    []*syntax
	parsed   []bool
	nameTags map[int]*nameTags // the name tagger's reading, by sentence
	plurals  map[string]bool   // pluralNames, once asked for
	edges    *mentionEdges     // mentions by first and last token, while resolving
	settings []string          // settingCodes, once asked for
	// abroad holds the (person, country) pairs the text sets apart: one
	// whose counterpart is of that country holds no office of it.
	abroad map[[2]int]bool
	// titled are the copies of offices named by a title only some states
	// give, by the title in lower case, and officeStates those states
	// (titledOffice).
	titled       map[string]*gazetteer.Office
	officeStates map[*gazetteer.Office][]string
	// turns are the sentences' places in an interview's turns
	// (interviewTurns), nil for an article that is none
	turns []turn
}

// Extract runs the pipeline over one article. Offsets in the result index
// a.Text. The publication date a.PublishedAt (YYYY-MM-DD) anchors relative dates.
func (x *Extractor) Extract(ctx context.Context, a polgraph.Article) (*polgraph.Extraction, error) {
	e, err := x.ExtractCompact(ctx, a)
	if err != nil {
		return nil, err
	}
	return e.Full(), nil
}

// ExtractCompact is Extract with a long article's mentions left in the
// compact form its windows were merged in, to be written out entity by
// entity (Extracted.WriteJSON) rather than held all at once.
func (x *Extractor) ExtractCompact(ctx context.Context, a polgraph.Article) (*Extracted, error) {
	if len(a.Text) > windowBytes {
		if _, err := publicationDate(a); err != nil {
			return nil, err
		}
		return x.extractWindows(ctx, a)
	}
	out, _, err := x.extract(ctx, a, "")
	if err != nil {
		return nil, err
	}
	return &Extracted{ex: out}, nil
}

func publicationDate(a polgraph.Article) (time.Time, error) {
	if a.PublishedAt == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", a.PublishedAt)
	if err != nil {
		return t, fmt.Errorf("extract: publication date %q: %w", a.PublishedAt, err)
	}
	return t, nil
}

// extract extracts a text whole. reportDay, where not "", is the day the
// report tells its news on, as an earlier window of the article found it;
// it returns the day it used.
func (x *Extractor) extract(ctx context.Context, a polgraph.Article, reportDay string) (*polgraph.Extraction, string, error) {
	d := &doc{x: x, ctx: ctx, text: a.Text, title: a.Title, home: -2, reportDay: reportDay}
	var err error
	if d.dct, err = publicationDate(a); err != nil {
		return nil, "", err
	}
	for _, stage := range []struct {
		name string
		run  func()
	}{
		{"segment", d.segment},
		{"times", d.tagTimes},
		{"entities", d.recognize},
		{"resolve", d.resolve},
		{"references", d.references},
		{"events", d.findEvents},
		{"relations", d.findRelations},
	} {
		if err := ctx.Err(); err != nil {
			return nil, "", fmt.Errorf("extract %s: %w", stage.name, err)
		}
		stage.run()
	}
	if err := ctx.Err(); err != nil { // a stage cut short gives no result
		return nil, "", fmt.Errorf("extract: %w", err)
	}
	out := &polgraph.Extraction{Article: a, Extractor: Version}
	// events and relations first: they mark the entities they use for output
	out.Events = d.outEvents()
	out.Relations = d.outRelations()
	out.Entities = d.outEntities()
	out.Times = d.outTimes()
	return out, d.reportDay, nil
}

func (d *doc) span(start, end int) polgraph.Span {
	return polgraph.Span{Start: start, End: end, Text: d.text[start:end]}
}

// externalKeys are a gazetteer entry's keys in other data sets, or nil.
func externalKeys(g *gazetteer.Entry) *polgraph.ExternalKeys {
	if g == nil || g.Wikidata == "" && g.Wikipedia == "" {
		return nil
	}
	return &polgraph.ExternalKeys{Wikidata: g.Wikidata, Wikipedia: g.Wikipedia}
}

// outEntities lists the entities with a named mention or a part in an
// event or relation, in order of first mention.
func (d *doc) outEntities() []polgraph.Entity {
	out := []polgraph.Entity{}
	seen := map[string]int{}
	for _, e := range d.ents {
		if e.kind == "" || (!d.hasNamed(e) || e.denied) && !e.used {
			continue
		}
		var pe *polgraph.Entity
		if i, ok := seen[e.id]; ok {
			pe = &out[i]
		} else {
			out = append(out, polgraph.Entity{ID: e.id, Kind: e.kind, Name: e.name, Aliases: []string{}, Mentions: []polgraph.Span{}, External: externalKeys(e.gaz)})
			seen[e.id] = len(out) - 1
			pe = &out[len(out)-1]
		}
		for _, s := range e.surfaces {
			s = cleanName(s)
			if s != "" && s != pe.Name && !slices.Contains(pe.Aliases, s) {
				pe.Aliases = append(pe.Aliases, s)
			}
		}
		for _, mi := range e.ments {
			m := &d.ments[mi]
			if m.named() || m.paired {
				pe.Mentions = append(pe.Mentions, d.span(m.start, m.end))
			}
		}
		slices.SortFunc(pe.Mentions, func(a, b polgraph.Span) int { return a.Start - b.Start })
		pe.Mentions = slices.CompactFunc(pe.Mentions, func(a, b polgraph.Span) bool { return a.Start == b.Start })
	}
	return out
}
