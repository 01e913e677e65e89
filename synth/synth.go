package synth

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/reader"
)

// Generator produces articles one after another. The same seed and prefix
// give the same articles. It is not safe for concurrent use.
type Generator struct {
	r       *rand.Rand
	w       *world
	prefix  string
	n       int
	stories []*story
	day     time.Time // the news cycle advances as articles are written
}

// story is one real-world happening that several articles report, each on
// its own day and in its own words: what the graph must merge.
type story struct {
	typ     string
	country *country
	a, b    *person // main actors
	place   *entity
	date    time.Time
	reports int
}

// New returns a generator whose every id (articles, entities, events)
// starts with prefix, so that tests and benchmarks can share a database
// and remove exactly their own data.
func New(seed uint64, prefix string) *Generator { return NewWithNewPeople(seed, prefix, 0) }

// NewWithNewPeople is New for a world of the same countries, parties and
// places whose people are nobody New's world or another family's has:
// family n > 0 gives everyone a double-barrelled surname ending in the
// n-th surname (at most 29 families). Articles about new people, for a
// benchmark, whatever the graph holds already. Family 0 is New.
func NewWithNewPeople(seed uint64, prefix string, family int) *Generator {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return &Generator{r: r, w: newWorld(r, prefix, 40, family), prefix: prefix,
		day: time.Date(2023, time.January, 9, 0, 0, 0, 0, time.UTC)}
}

var storyTypes = []string{"RESIGNATION", "APPOINTMENT", "DISMISSAL", "ARREST", "ACCUSATION",
	"ELECTION", "AGREEMENT", "INVESTIGATION", "PROTEST"}

// Next returns the next article, with its text, and the extraction a careful
// reader would make of it (used as the extractor's output by the bare
// writer benchmark and by loader tests).
func (g *Generator) Next() *polgraph.Extraction {
	g.n++
	if g.n%8 == 0 {
		g.day = g.day.AddDate(0, 0, 1)
	}
	s := g.pickStory()
	published := s.date.AddDate(0, 0, s.reports-1+g.r.IntN(2))
	c := s.country
	outlet := c.outlet
	if s.reports > 1 { // a follow-up is often another country's paper
		outlet = g.w.countries[g.r.IntN(len(g.w.countries))].outlet
	}
	id := fmt.Sprintf("%ssynth-%07d", g.prefix, g.n)
	url := fmt.Sprintf("https://news.example/%s/%07d", slug(outlet.name), g.n)
	src := outlet.name
	b := newBuilder(polgraph.Article{ID: id, PublishedAt: published.Format(time.DateOnly), URL: &url, Source: &src})

	title := g.lead(b, s, published)
	b.text("\n\n")
	g.background(b, s.a, c)
	g.reaction(b, s, c, published)
	for _, i := range g.r.Perm(len(filler))[:2+g.r.IntN(4)] {
		b.text(filler[i] + " ")
	}
	if g.r.IntN(3) == 0 {
		g.meeting(b, c, published)
	}
	b.text("\n")
	ex := b.done()
	ex.Article.Title = title
	ex.Article.Text = title + "\n\n" + ex.Article.Text
	shift(ex, len(title)+2)
	return ex
}

func (g *Generator) pickStory() *story {
	// Keep a handful of running stories; a third of articles start a new one.
	if len(g.stories) == 0 || g.r.IntN(3) == 0 {
		c := g.w.countries[g.r.IntN(len(g.w.countries))]
		s := &story{typ: storyTypes[g.r.IntN(len(storyTypes))], country: c,
			a: c.people[g.r.IntN(len(c.people))], b: c.people[g.r.IntN(len(c.people))],
			place: c.places[g.r.IntN(len(c.places))], date: g.day.AddDate(0, 0, -g.r.IntN(3))}
		if s.typ == "AGREEMENT" || s.typ == "PROTEST" {
			s.a = c.people[0] // the head of government is who the story is about
		}
		for s.b == s.a {
			s.b = c.people[g.r.IntN(len(c.people))]
		}
		g.stories = append(g.stories, s)
		if len(g.stories) > 12 {
			g.stories = g.stories[1:]
		}
	}
	s := g.stories[g.r.IntN(len(g.stories))]
	s.reports++
	return s
}

// lead writes the first paragraph, which reports the story's event, and
// returns a headline for it.
func (g *Generator) lead(b *builder, s *story, published time.Time) string {
	c, a, o := s.country, s.a, s.b
	day := s.date.Format(time.DateOnly)
	when := func() { b.when(dayPhrase(s.date, published), day) }
	b.startSentence()
	switch s.typ {
	case "RESIGNATION":
		b.full(a)
		b.text(" resigned from the ")
		b.full(a.party)
		b.text(" ")
		when()
		b.text(", saying the party had lost its way.")
		b.event("RESIGNATION", day, "day", polgraph.StatusAsserted, a, "agent", a.party, "organization")
		return fmt.Sprintf("%s quits the %s", a.name, a.party.name)
	case "APPOINTMENT":
		pm := c.people[0]
		b.full(a)
		b.text(" was appointed deputy minister by ")
		b.full(c)
		b.text("'s Prime Minister, ")
		b.full(pm)
		b.text(", ")
		when()
		b.text(".")
		b.event("APPOINTMENT", day, "day", polgraph.StatusAsserted, pm, "agent", a, "patient")
		b.relation("HOLDS_OFFICE", a, c.government, "Deputy Minister", day)
		b.relation("HOLDS_OFFICE", pm, c, pm.office, "")
		return fmt.Sprintf("%s appoints %s deputy minister", c.name, a.name)
	case "DISMISSAL":
		pm := c.people[0]
		b.text("Prime Minister ")
		b.full(pm)
		b.text(" of ")
		b.full(c)
		b.text(" dismissed ")
		b.full(a)
		b.text(" from the cabinet ")
		when()
		b.text(" after a row over the budget.")
		b.event("DISMISSAL", day, "day", polgraph.StatusAsserted, pm, "agent", a, "patient")
		b.relation("HOLDS_OFFICE", pm, c, pm.office, "")
		b.relation("CITIZEN_OF", pm, c, "", "")
		return fmt.Sprintf("%s sacked from %s cabinet", a.name, c.demonym)
	case "ARREST":
		b.text("Police arrested ")
		b.full(a)
		b.text(" in ")
		b.full(s.place)
		b.text(" ")
		when()
		b.text(" on suspicion of misusing public funds.")
		b.event("ARREST", day, "day", polgraph.StatusAsserted, a, "patient", s.place, "place")
		return fmt.Sprintf("%s politician %s arrested", c.demonym, a.name)
	case "ACCUSATION":
		b.full(a)
		b.text(" accused ")
		b.full(o)
		b.text(" of misleading the ")
		b.full(c.parliament)
		b.text(" ")
		when()
		b.text(".")
		b.event("ACCUSATION", day, "day", polgraph.StatusAsserted, a, "agent", o, "target")
		b.text(" ")
		b.startSentence()
		b.short(o)
		b.text(" denied the allegations.")
		b.event("DENIAL", day, "day", polgraph.StatusAsserted, o, "agent", a, "target")
		return fmt.Sprintf("%s accuses %s of misleading parliament", a.name, o.name)
	case "ELECTION":
		b.full(a)
		b.text(" won the by-election in ")
		b.full(a.district)
		b.text(" ")
		when()
		b.text(", holding the seat for the ")
		b.full(a.party)
		b.text(".")
		b.event("ELECTION", day, "day", polgraph.StatusAsserted, a, "agent", a.district, "place")
		b.relation("REPRESENTS", a, a.district, "", day)
		return fmt.Sprintf("%s holds %s in by-election", a.party.name, a.district.name)
	case "AGREEMENT":
		other := g.w.countries[(indexOf(g.w.countries, c)+1)%len(g.w.countries)]
		pm2 := other.people[0]
		b.full(c)
		b.text("'s Prime Minister, ")
		b.full(c.people[0])
		b.text(", and ")
		b.full(other)
		b.text("'s Prime Minister, ")
		b.full(pm2)
		b.text(", signed a trade agreement in ")
		b.full(c.capital)
		b.text(" ")
		when()
		b.text(".")
		b.event("AGREEMENT", day, "day", polgraph.StatusAsserted, c.people[0], "agent", pm2, "agent", c.capital, "place")
		b.relation("HOLDS_OFFICE", c.people[0], c, c.people[0].office, "")
		b.relation("HOLDS_OFFICE", pm2, other, pm2.office, "")
		return fmt.Sprintf("%s and %s sign trade deal", c.name, other.name)
	case "INVESTIGATION":
		b.text("The ")
		b.full(c.parliament)
		b.text(" opened an investigation into ")
		b.full(a)
		b.text(" ")
		when()
		b.text(".")
		b.event("INVESTIGATION", day, "day", polgraph.StatusAsserted, c.parliament, "agent", a, "patient")
		return fmt.Sprintf("%s opens inquiry into %s", c.parliament.name, a.name)
	default: // PROTEST
		b.text("Thousands of people protested in ")
		b.full(c.capital)
		b.text(" ")
		when()
		b.text(" against the government of ")
		b.full(c.people[0])
		b.text(".")
		b.event("PROTEST", day, "day", polgraph.StatusAsserted, c.capital, "place", c.people[0], "target")
		return fmt.Sprintf("Protest in %s", c.capital.name)
	}
}

// background writes who the main actor is: party, seat, nationality.
func (g *Generator) background(b *builder, p *person, c *country) {
	since := fmt.Sprint(p.since)
	b.startSentence()
	b.short(p)
	b.text(", who represents ")
	b.full(p.district)
	b.text(" in ")
	b.full(c)
	b.text("'s parliament, has been a member of the ")
	b.full(p.party)
	b.text(" since ")
	b.when(since, since)
	b.text(".")
	b.relation("REPRESENTS", p, p.district, "", "")
	b.relation("MEMBER_OF", p, p.party, "", since)
	if p.office != "" {
		b.text(" ")
		b.startSentence()
		b.full(c)
		b.text("'s " + p.office + ", ")
		b.short(p)
		b.text(", also chairs a committee of the ")
		b.full(c.government)
		b.text(".")
		b.relation("HOLDS_OFFICE", p, c, p.office, "")
	}
	b.text(" ")
}

// reaction writes a party leader's criticism or support of the main actor.
func (g *Generator) reaction(b *builder, s *story, c *country, published time.Time) {
	party := c.parties[g.r.IntN(len(c.parties))]
	leader := c.people[(indexOf(c.parties, party)*7+3)%len(c.people)]
	if leader == s.a {
		return
	}
	b.startSentence()
	b.full(leader)
	b.text(", the leader of the ")
	b.full(party) // a party's short name alone ("the Civic Party") is any country's
	b.text(", ")
	typ, verb := "CRITICISM", "criticised "
	if g.r.IntN(2) == 0 {
		typ, verb = "SUPPORT", "defended "
	}
	b.text(verb)
	b.short(s.a)
	b.text(" ")
	b.when(dayPhrase(published, published), published.Format(time.DateOnly))
	b.text(".")
	b.event(typ, published.Format(time.DateOnly), "day", polgraph.StatusAsserted, leader, "agent", s.a, "target")
	b.relation("LEADS", leader, party, "", "")
	b.text(" ")
}

// meeting writes a diplomatic meeting between two countries' ministers.
func (g *Generator) meeting(b *builder, c *country, published time.Time) {
	other := g.w.countries[(indexOf(g.w.countries, c)+2)%len(g.w.countries)]
	day := published.AddDate(0, 0, -1)
	b.startSentence()
	b.text("Separately, ")
	b.full(c)
	b.text("'s Foreign Minister, ")
	b.full(c.people[1])
	b.text(", met ")
	b.full(other)
	b.text("'s Foreign Minister, ")
	b.full(other.people[1])
	b.text(", in ")
	b.full(c.capital)
	b.text(", ")
	b.short(c)
	b.text("'s capital, ")
	b.when(dayPhrase(day, published), day.Format(time.DateOnly))
	b.text(".")
	b.event("MEETING", day.Format(time.DateOnly), "day", polgraph.StatusAsserted,
		c.people[1], "agent", other.people[1], "patient", c.capital, "place")
	b.relation("HOLDS_OFFICE", c.people[1], c, c.people[1].office, "")
	b.relation("HOLDS_OFFICE", other.people[1], other, other.people[1].office, "")
	b.relation("LOCATED_IN", c.capital, c, "", "")
	b.text(" ")
}

func indexOf[T comparable](list []T, x T) int {
	for i, y := range list {
		if y == x {
			return i
		}
	}
	return -1
}

// shift moves every offset of ex by n bytes (the headline was prepended).
func shift(ex *polgraph.Extraction, n int) {
	for i := range ex.Entities {
		for j := range ex.Entities[i].Mentions {
			ex.Entities[i].Mentions[j].Start += n
			ex.Entities[i].Mentions[j].End += n
		}
	}
	for i := range ex.Times {
		ex.Times[i].Start += n
		ex.Times[i].End += n
	}
	for i := range ex.Events {
		ex.Events[i].Evidence.Start += n
		ex.Events[i].Evidence.End += n
	}
	for i := range ex.Relations {
		ex.Relations[i].Evidence.Start += n
		ex.Relations[i].Evidence.End += n
	}
}

// WriteJSONL writes n articles from g to w, one JSON object per line.
func (g *Generator) WriteJSONL(w io.Writer, n int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for range n {
		a := g.Next().Article
		if err := enc.Encode(reader.InputOf(a)); err != nil {
			return fmt.Errorf("synth: write article: %w", err)
		}
	}
	return nil
}

// People returns the ids of the world's people, country by country, each
// country's head of government first, then its foreign and finance
// ministers: a benchmark can ask about the busiest people and quieter ones.
func (g *Generator) People() []string {
	var ids []string
	for _, c := range g.w.countries {
		for _, p := range c.people {
			ids = append(ids, p.id)
		}
	}
	return ids
}
