package server_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/graph/readtest"
	"github.com/polgraph/polgraph/server"
)

func TestErrorCodes(t *testing.T) {
	// The ingester extracts and writes as the served one does, so a refused
	// ingest that got through would leave its article in the graph.
	db := graphtest.Open(t)
	refused := graphtest.Prefix(t, db, "refused") + "ingest"
	var ingests atomic.Int32
	ingest := ingestFunc(func(ctx context.Context, art polgraph.Article) (string, error) {
		ingests.Add(1)
		ex, err := extract.New().Extract(ctx, art)
		if err != nil {
			return "", err
		}
		return art.ID, db.WriteExtractions(ctx, []*polgraph.Extraction{ex})
	})
	a := newAPI(t, server.Config{Graph: db, Token: testToken, MaxDepth: 6, Ingest: ingest})
	w := readtest.Load(t, a.db, "srve")
	tests := []struct {
		name, query string
		token       string
		wantCode    string
	}{
		{"bad date", `{ person(id: "` + w.Ilsa + `") { parties(asOf: "2023-13-45") { role } } }`, "", "BAD_USER_INPUT"},
		{"maxHops over 4", `{ relationships(from: "` + w.Ilsa + `", to: "` + w.Mira + `", maxHops: 5) { length } }`, "", "BAD_USER_INPUT"},
		{"depth over 2", `{ neighbors(id: "` + w.Ilsa + `", depth: 3) { edges { node { distance } } } }`, "", "BAD_USER_INPUT"},
		{"negative first", `{ entities(first: -1) { totalCount } }`, "", "BAD_USER_INPUT"},
		{"bad cursor", `{ entities(after: "nope") { totalCount } }`, "", "BAD_USER_INPUT"},
		{"unknown relation type", `{ neighbors(id: "` + w.Ilsa + `", relationTypes: [KNOWS]) { edges { node { distance } } } }`, "", "GRAPHQL_VALIDATION_FAILED"},
		{"unknown event type", `{ searchEvidence(text: "arrested", types: [ACCUSE]) { edges { score } } }`, "", "GRAPHQL_VALIDATION_FAILED"},
		{"unknown role", `{ entity(id: "` + w.Ilsa + `") { events(role: AGENTT) { totalCount } } }`, "", "GRAPHQL_VALIDATION_FAILED"},
		{"relationships first over 10", `{ relationships(from: "` + w.Ilsa + `", to: "` + w.Mira + `", first: 11) { length } }`, "", "BAD_USER_INPUT"},
		{"empty search", `{ search(text: "  ") { edges { score } } }`, "", "BAD_USER_INPUT"},
		{"too deep", `{ person(id: "x") { parties { from { relations { edges { node { to { relations { edges { node { to { id } } } } } } } } } } } } `, "", "BAD_USER_INPUT"},
		{"unknown path end", `{ relationships(from: "` + w.Ilsa + `", to: "person/nobody-srve") { length } }`, "", "NOT_FOUND"},
		{"unload unknown article", `mutation { unloadArticle(id: "readtest-srve-none") }`, testToken, "NOT_FOUND"},
		{"unload without token", `mutation { unloadArticle(id: "` + w.Articles[0] + `") }`, "", "UNAUTHENTICATED"},
		{"unload with a wrong token", `mutation { unloadArticle(id: "` + w.Articles[0] + `") }`, "wrong", "UNAUTHENTICATED"},
		{"ingest without token", `mutation { ingestArticle(input: {id: "` + refused + `", title: "Teluk resigns", text: "Zorvan Teluk resigned as leader of the Pelgrave Union on 3 March 2024."}) { id } }`, "", "UNAUTHENTICATED"},
		{"ingest with a wrong token", `mutation { ingestArticle(input: {id: "` + refused + `", title: "Teluk resigns", text: "Zorvan Teluk resigned as leader of the Pelgrave Union on 3 March 2024."}) { id } }`, "wrong", "UNAUTHENTICATED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := a.do(tt.query, nil, tt.token)
			if len(res.Errors) == 0 {
				t.Fatalf("no error; data %s", res.Data)
			}
			if got := res.Errors[0].code(); got != tt.wantCode {
				t.Errorf("code = %q (%q), want %q", got, res.Errors[0].Message, tt.wantCode)
			}
		})
	}
	// Nothing was unloaded by the refused mutations, nor ingested.
	got, err := a.db.ArticlesByID(context.Background(), w.Articles)
	if err != nil || len(got) != len(w.Articles) {
		t.Errorf("articles after refused unloads: %d of %d, %v", len(got), len(w.Articles), err)
	}
	if n := ingests.Load(); n != 0 {
		t.Errorf("the ingester ran %d times for refused ingests", n)
	}
	if got, err := a.db.ArticlesByID(context.Background(), []string{refused}); err != nil || len(got) != 0 {
		t.Errorf("a refused ingest wrote %v (%v)", got, err)
	}
}

// A Neo4j failure is INTERNAL, with nothing of the failure in the message.
func TestInternalErrorsLeakNothing(t *testing.T) {
	ctx := context.Background()
	db, err := graph.Open(ctx, graph.ConfigFromEnv(os.Getenv))
	if err != nil {
		t.Fatal(err)
	}
	db.Close(ctx) // every query now fails inside the driver
	a := newAPI(t, server.Config{Graph: db})
	res := a.do(`{ search(text: "anything") { edges { score } } }`, nil, "")
	if len(res.Errors) != 1 {
		t.Fatalf("errors = %+v", res.Errors)
	}
	e := res.Errors[0]
	if e.code() != "INTERNAL" || e.Message != "internal error" || len(e.Extensions) != 1 {
		t.Errorf("error = %+v, want INTERNAL with no detail", e)
	}
	if code, body := a.get("/healthz"); code != 503 || strings.Contains(body, "bolt") {
		t.Errorf("healthz on a closed driver = %d %q", code, body)
	}
}

func TestUnloadArticle(t *testing.T) {
	a := newAPI(t, server.Config{Token: testToken})
	w := readtest.Load(t, a.db, "srvu")
	res := a.do(`mutation($id: ID!) { unloadArticle(id: $id) }`, map[string]any{"id": w.Articles[2]}, testToken)
	if len(res.Errors) > 0 || string(res.Data) != `{"unloadArticle":true}` {
		t.Fatalf("unload = %s %+v", res.Data, res.Errors)
	}
	res = a.do(`query($id: ID!) { article(id: $id) { id } }`, map[string]any{"id": w.Articles[2]}, "")
	if len(res.Errors) != 1 || res.Errors[0].code() != "NOT_FOUND" || string(res.Data) != `{"article":null}` {
		t.Errorf("article after unload = %s %+v, want null and NOT_FOUND", res.Data, res.Errors)
	}
	// Unloaded again, or never loaded, it is NOT_FOUND with the id named.
	res = a.do(`mutation($id: ID!) { unloadArticle(id: $id) }`, map[string]any{"id": w.Articles[2]}, testToken)
	if len(res.Errors) != 1 || res.Errors[0].code() != "NOT_FOUND" || !strings.Contains(res.Errors[0].Message, `"`+w.Articles[2]+`"`) {
		t.Errorf("unload of an unloaded article = %s %+v, want NOT_FOUND naming it", res.Data, res.Errors)
	}
}

// An input error says what is wrong and nothing else: where it is, the
// error's path and locations say.
func TestUserInputMessages(t *testing.T) {
	bad := ingestFunc(func(context.Context, polgraph.Article) (string, error) {
		return "", fmt.Errorf("%w: %w", server.ErrBadInput, errors.New("publishedAt: not a date"))
	})
	a := newAPI(t, server.Config{Token: testToken, Ingest: bad})
	w := readtest.Load(t, a.db, "srvm")
	tests := []struct {
		name, query, path, want string
	}{
		{"maxHops 9", `{ relationships(from: "` + w.Ilsa + `", to: "` + w.Mira + `", maxHops: 9) { length } }`, "relationships", "maxHops must be between 1 and 4"},
		{"same ends", `{ relationships(from: "` + w.Ilsa + `", to: "` + w.Ilsa + `") { length } }`, "relationships", "from and to are the same entity"},
		{"depth 3", `{ neighbors(id: "` + w.Ilsa + `", depth: 3) { edges { node { distance } } } }`, "neighbors", "depth must be between 1 and 2"},
		{"relationships first 11", `{ relationships(from: "` + w.Ilsa + `", to: "` + w.Mira + `", first: 11) { length } }`, "relationships", "first is 11, but relationships returns at most 10 paths"},
		{"empty search", `{ search(text: "  ") { edges { score } } }`, "search", "search text has no words"},
		{"negative first", `{ entities(first: -1) { totalCount } }`, "entities", "first must be positive"},
		{"bad cursor", `{ entities(after: "nope") { totalCount } }`, "entities", `after: not a cursor of this API: "nope"`},
		{"bad date", `{ stats { eventsPerMonth(from: "2023-13-45") { count } } }`, "stats.eventsPerMonth.from", `Date must be YYYY-MM-DD, got "2023-13-45"`},
		{"ingest refused by the reader", `mutation { ingestArticle(input: {title: "t", text: "x"}) { id } }`, "ingestArticle", "publishedAt: not a date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := a.do(tt.query, nil, testToken)
			if len(res.Errors) != 1 {
				t.Fatalf("errors = %+v", res.Errors)
			}
			e := res.Errors[0]
			if e.Message != tt.want || e.code() != "BAD_USER_INPUT" {
				t.Errorf("error %q (%s), want %q (BAD_USER_INPUT)", e.Message, e.code(), tt.want)
			}
			var path []string
			for _, p := range e.Path {
				path = append(path, fmt.Sprint(p))
			}
			if strings.Join(path, ".") != tt.path {
				t.Errorf("path = %v, want %s", e.Path, tt.path)
			}
			if len(e.Locations) != 1 || e.Locations[0].Line != 1 || e.Locations[0].Column == 0 {
				t.Errorf("locations = %+v, want the field's", e.Locations)
			}
		})
	}
}

type ingestFunc func(context.Context, polgraph.Article) (string, error)

func (f ingestFunc) Ingest(ctx context.Context, a polgraph.Article) (string, error) { return f(ctx, a) }

// An id that names nothing is NOT_FOUND wherever it is given, with the id
// named; a name given where an entity id belongs is told how to find the
// id. Nothing answers an empty list or a silent null instead.
func TestUnknownIDs(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvn")
	const nobody = "person/nobody-srvn"
	hint := `search(text: "Ilsa Varga") finds the entity and its id`
	tests := []struct {
		name, query, path, want string
	}{
		{"entity", `{ entity(id: "` + nobody + `") { name } }`, "entity", `no entity with id "` + nobody + `"`},
		{"person by name", `{ person(id: "Ilsa Varga") { name } }`, "person", `no person with id "Ilsa Varga": ids look like "person/han-dong", not a name; ` + hint},
		{"person given a party", `{ person(id: "` + w.Party + `") { name } }`, "person", `no person with id "` + w.Party + `": it is a Party; ask entity(id:) or party(id:)`},
		{"person with a list", `{ person(id: "` + nobody + `") { coParticipants { totalCount } } }`, "person", `no person with id "` + nobody + `"`},
		{"person given a party, with a list", `{ person(id: "` + w.Party + `") { parties { type } } }`, "person", `no person with id "` + w.Party + `": it is a Party; ask entity(id:) or party(id:)`},
		{"party", `{ party(id: "party/nothing-srvn") { name } }`, "party", `no party with id "party/nothing-srvn"`},
		{"country", `{ country(id: "country/nowhere-srvn") { name } }`, "country", `no country with id "country/nowhere-srvn"`},
		{"organization", `{ organization(id: "organization/nothing-srvn") { name } }`, "organization", `no organization with id "organization/nothing-srvn"`},
		{"place", `{ place(id: "place/nowhere-srvn") { name } }`, "place", `no place with id "place/nowhere-srvn"`},
		{"event", `{ event(id: "event/nothing-srvn") { type } }`, "event", `no event with id "event/nothing-srvn"`},
		{"article", `{ article(id: "readtest-srvn-none") { title } }`, "article", `no article with id "readtest-srvn-none"`},
		{"timeline of one", `{ timeline(entityIds: ["` + nobody + `"]) { events { edges { node { id } } } } }`, "timeline", `no entity with id "` + nobody + `"`},
		{"timeline by name", `{ timeline(entityIds: ["` + w.Ilsa + `", "Ilsa Varga"]) { undated { totalCount } } }`, "timeline", `no entity with id "Ilsa Varga": ids look like "person/han-dong", not a name; ` + hint},
		{"events of a participant", `{ events(where: {participant: "` + nobody + `"}) { totalCount } }`, "events", `no entity with id "` + nobody + `"`},
		{"events of an article", `{ events(where: {sourceArticle: "readtest-srvn-none"}) { totalCount } }`, "events", `no article with id "readtest-srvn-none"`},
		{"articles mentioning", `{ articles(where: {mentions: "` + nobody + `"}) { totalCount } }`, "articles", `no entity with id "` + nobody + `"`},
		{"entities of an article", `{ entities(where: {mentionedIn: "readtest-srvn-none"}) { totalCount } }`, "entities", `no article with id "readtest-srvn-none"`},
		{"claims about", `{ claims(about: "` + nobody + `") { totalCount } }`, "claims", `no entity with id "` + nobody + `"`},
		{"claims by", `{ claims(by: "` + nobody + `") { totalCount } }`, "claims", `no entity with id "` + nobody + `"`},
		{"path end", `{ relationships(from: "` + w.Ilsa + `", to: "` + nobody + `") { length } }`, "relationships", `no entity with id "` + nobody + `"`},
		{"neighbours", `{ neighbors(id: "` + nobody + `") { edges { node { distance } } } }`, "neighbors", `no entity with id "` + nobody + `"`},
		{"timeline export by name", `{ timelineExport(format: CSV, entityIds: ["Ilsa Varga"]) { eventCount } }`, "timelineExport", `no entity with id "Ilsa Varga": ids look like "person/han-dong", not a name; ` + hint},
		{"neighbours by name", `{ neighbors(id: "Ilsa Varga") { edges { node { distance } } } }`, "neighbors", `no entity with id "Ilsa Varga": ids look like "person/han-dong", not a name; ` + hint},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := a.do(tt.query, nil, "")
			if len(res.Errors) != 1 {
				t.Fatalf("errors = %+v, data %s", res.Errors, res.Data)
			}
			e := res.Errors[0]
			if e.Message != tt.want || e.code() != "NOT_FOUND" {
				t.Errorf("error %q (%s), want %q (NOT_FOUND)", e.Message, e.code(), tt.want)
			}
			if len(e.Path) != 1 || fmt.Sprint(e.Path[0]) != tt.path {
				t.Errorf("path = %v, want %s", e.Path, tt.path)
			}
		})
	}
}
