// Package polgraph holds the domain types of the political knowledge graph.
//
// The types mirror the extraction contract (docs/extraction.md): an Article
// goes in, an Extraction comes out, and the loader writes exactly that
// Extraction to Neo4j. Subpackages depend on this package, never the reverse.
package polgraph

// Entity kinds.
const (
	KindPerson       = "Person"
	KindParty        = "Party"
	KindCountry      = "Country"
	KindOrganization = "Organization"
	KindPlace        = "Place"
)

// Date precisions of an Event.
const (
	PrecisionDay     = "day"
	PrecisionMonth   = "month"
	PrecisionYear    = "year"
	PrecisionUnknown = "unknown"
)

// Event statuses.
const (
	StatusAsserted = "asserted"
	StatusAlleged  = "alleged"
	StatusDenied   = "denied"
)

// Article is one news article as read from its source.
type Article struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	PublishedAt string `json:"publishedAt,omitempty"` // YYYY-MM-DD
	// PublishedFrom says where PublishedAt came from, so that a date a page
	// only implied can be told from one its publisher stated: reader's
	// DateFrom* ("json-ld", "meta", "time", "url", "sidecar", "flag"); empty
	// when the article came with its date (JSON input, a feed) or has none.
	PublishedFrom string  `json:"publishedFrom,omitempty"`
	URL           *string `json:"url"`
	Source        *string `json:"source"`
	// Text is the article body; every offset in an Extraction indexes its bytes.
	Text string `json:"-"`
}

// Span is a byte range [Start, End) of an article's text and the text itself.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Entity is a real-world person, party, country, organisation or place.
// ID is stable across articles ("person/han-dong"); docs/graph-model.md
// says what else it guarantees.
type Entity struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Mentions []Span   `json:"mentions"`
	// External holds keys of the same thing in other data sets, where the
	// curated data knows them (parties); nil otherwise.
	External *ExternalKeys `json:"external,omitempty"`
}

// ExternalKeys identify an entity outside polgraph, so that analysts can
// join the graph with other data.
type ExternalKeys struct {
	Wikidata  string `json:"wikidata,omitempty"`  // Wikidata item id: "Q29552"
	Wikipedia string `json:"wikipedia,omitempty"` // English Wikipedia article title: "Democratic Party (United States)"
}

// Time is a temporal expression with its TIMEX3-style value; Value is nil
// when nothing anchors it.
type Time struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Value *string `json:"value"`
}

// Participant is an entity's role in an event.
type Participant struct {
	Entity string `json:"entity"`
	Role   string `json:"role"`
}

// Event is something that happened, dated when the text allows.
type Event struct {
	ID           string        `json:"id"`
	Type         string        `json:"type"`
	Date         *string       `json:"date"`
	Precision    string        `json:"precision"`
	Status       string        `json:"status"`
	Participants []Participant `json:"participants"`
	Evidence     Span          `json:"evidence"`
	Confidence   float64       `json:"confidence"`
	// Denies lists, on a denial, the ids of the events of the same
	// extraction that it denies.
	Denies []string `json:"denies,omitempty"`
	// Attribution is the unnamed speaker a claim is told on the word of
	// ("two national security sources"); a named one is a source
	// participant.
	Attribution string `json:"attribution,omitempty"`
}

// Relation is a fact between two entities, with the sentence that states it.
type Relation struct {
	Type       string  `json:"type"`
	From       string  `json:"from"`
	To         string  `json:"to"`
	Role       *string `json:"role,omitempty"`
	ValidFrom  *string `json:"validFrom"`
	ValidTo    *string `json:"validTo"`
	Evidence   Span    `json:"evidence"`
	Confidence float64 `json:"confidence"`
}

// Extraction is everything extracted from one article: the contract of
// `polgraph extract` and the input of the loader.
type Extraction struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Times     []Time     `json:"times"`
	Events    []Event    `json:"events"`
	Relations []Relation `json:"relations"`
	// Extractor names the extractor version that produced this extraction.
	Extractor string `json:"extractor,omitempty"`
	// MentionsOf, when set, gives the mentions of Entities[i] where its
	// Mentions is nil: an extractor may keep a long article's mentions in
	// a compact form (some 3 bytes a mention where a Span takes 32; a 50 MB
	// article has a million) for a reader that builds them an entity at a
	// time, through EntityMentions. Not part of the contract's JSON.
	MentionsOf func(i int) []Span `json:"-"`
}

// EntityMentions are the mentions of Entities[i], built by MentionsOf when
// they are kept compact.
func (ex *Extraction) EntityMentions(i int) []Span {
	if m := ex.Entities[i].Mentions; m != nil || ex.MentionsOf == nil {
		return m
	}
	return ex.MentionsOf(i)
}
