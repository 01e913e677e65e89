package graph

// The read side's results. Dates are YYYY-MM-DD strings, as the API shows
// them; nothing between Neo4j and JSON needs them as time.Time.

// Entity is a person, party, country, organisation or place.
type Entity struct {
	ID           string
	Kind         string // polgraph.KindPerson, …
	Name         string
	Aliases      []string
	MentionCount int
	// Wikidata and Wikipedia are the entity's keys in other data, where
	// curated data gives them.
	Wikidata, Wikipedia *string
}

// Article is an article's metadata (the text is not kept in the graph).
type Article struct {
	ID          string
	Title       string
	URL         *string
	Source      *string
	PublishedAt *string
	IngestedAt  *string
	Extractor   *string
}

// Event is something that happened.
type Event struct {
	ID            string
	Type          string
	Date          *string // TIMEX value
	Precision     string
	Status        string
	Summary       *string
	DateStart     *string
	DateEnd       *string
	FirstReported *string
	SourceCount   int
}

// Provenance says where a fact drawn from text was read.
type Provenance struct {
	Article    Article
	Sentence   string
	Start, End int
	Extractor  *string // the extractor version; the article's when the edge keeps none
	Confidence *float64
}

// Fact is a relation between two entities with its validity.
type Fact struct {
	Type      string
	From, To  Entity
	Role      *string
	ValidFrom *string // the first day of the earliest start an article gives
	ValidTo   *string // the last day of the latest end
	// FromPrecision and ToPrecision say what the articles gave ("year" for
	// "since 2019": ValidFrom 2019-01-01 is its first day); "" when unknown.
	FromPrecision, ToPrecision string
	Confidence                 *float64
	Support                    int          // how many articles state it
	Provenance                 []Provenance // the first of them (at most 10)
}

// Participation is an event one entity took part in, with its role.
type Participation struct {
	Role  string
	Event Event
}

// Participant is an entity taking part in an event, with the reports that
// say so.
type Participant struct {
	Role       string
	Entity     Entity
	Provenance []Provenance
}

// Source is one article's report of an event.
type Source struct {
	Status     *string
	Provenance Provenance
	By         []Entity // who the article says alleges or asserts it (the first MaxProvenance)
	// Attribution is the unnamed speaker the article tells the event on
	// the word of ("two national security sources"), if any.
	Attribution *string
}

// Mention is an article mentioning an entity.
type Mention struct {
	Article      Article
	Entity       Entity
	Count        int
	Starts, Ends []int
}

// Report is an event one article reports.
type Report struct {
	Event  Event
	Status *string
	Provenance
}

// CoParticipant is an entity that shares events with another.
type CoParticipant struct {
	Entity       Entity
	SharedEvents int
}

// Batch results: one entry per requested id, in no particular order; an id
// with nothing has no entry. Total counts the whole list when pages apply.
type (
	Participations struct {
		Items []Participation
		Total int
	}
	Mentions struct {
		Items []Mention
		Total int
	}
)

// Paged is one page of a list under a parent and the length of the whole list.
type Paged[T any] struct {
	Items []T
	Total int
}
