//go:build e2e

package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/polgraph/polgraph/graph"
)

// The guide's drawings are capped (firstDrawingMost neighbours around
// $name, smallDrawingMost in the large-graph slide's small drawing) so that
// they stay readable on a real corpus, where one person has hundreds of
// events and a party hundreds of members. The seed and the fictional
// articles are too small for a cap to bind; diaryArticles makes them bind.

// smallDrawingMost is how many neighbours the large-graph slide's small
// drawing draws at most (its LIMIT).
const smallDrawingMost = 25

// diaryMeetings is how many meetings the diary articles list: more than
// either cap, so that the minister they are about has more events than the
// first drawing draws and the party her visitors belong to more members
// than the small drawing draws.
const diaryMeetings = firstDrawingMost + 10

// diaryArticles writes, to a JSON Lines file in a temporary folder, three
// fictional articles publishing a minister's diary: Ilsa Marrow, a member
// of the Harbour League, met diaryMeetings people on as many days of 2023,
// each a member of the Harbour League. Every name is made up. The extractor
// reads one MEETING per sentence, with Marrow and her visitor, and one
// MEMBER_OF per visitor: Marrow becomes the person the articles mention
// most, with diaryMeetings events, and the Harbour League the entity with
// the most entity neighbours.
func diaryArticles(t *testing.T) (path string, ids []string) {
	t.Helper()
	given := []string{"Olaf", "Brita", "Teodor", "Sanna", "Jorund", "Vilde", "Aksel", "Maren", "Eirik", "Tove"}
	family := []string{"Brekke", "Solum", "Haavik", "Lindal", "Moen", "Rusten", "Gjerde", "Bakken", "Strand", "Vestby"}
	if len(given)*len(family) < diaryMeetings {
		t.Fatalf("%d names for %d meetings", len(given)*len(family), diaryMeetings)
	}
	const perArticle = 20
	path = filepath.Join(t.TempDir(), "diaries.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for part := 0; part*perArticle < diaryMeetings; part++ {
		text := []string{"Ilsa Marrow, a member of the Harbour League since 2012, has published her diary."}
		for i := part * perArticle; i < min(diaryMeetings, (part+1)*perArticle); i++ {
			// Meeting i is on day i of 2023 (from 1 January), with the i-th
			// pair of names.
			day := jan1.AddDate(0, 0, i)
			text = append(text, fmt.Sprintf("On %d %s 2023, Minister Ilsa Marrow met %s %s, a member of the Harbour League.",
				day.Day(), day.Month(), given[i%len(given)], family[i/len(given)]))
		}
		id := fmt.Sprintf("fiction/marrow-diary-%d", part+1)
		ids = append(ids, id)
		if err := enc.Encode(map[string]string{
			"id": id, "title": fmt.Sprintf("Minister Marrow's diary, part %d", part+1), "publishedAt": "2023-04-03",
			"source": "Marden Herald", "url": "https://example.org/marden-herald/" + strings.TrimPrefix(id, "fiction/"),
			"text": strings.Join(text, " "),
		}); err != nil {
			t.Fatal(err)
		}
	}
	return path, ids
}

var jan1 = time.Date(2023, time.January, 1, 0, 0, 0, 0, time.UTC)

// checkFirstDrawingCap checks that the guide's first drawing, capped at
// firstDrawingMost, bound on this graph: $name has more neighbours than
// that, and Browser drew exactly the nodes the query returns, $name and
// firstDrawingMost around.
func checkFirstDrawingCap(t *testing.T, db *graph.DB, query, name string, drawn int) {
	t.Helper()
	rows, err := db.ReadOnly(context.Background(), "MATCH (:Entity {name: $name})--(n) WHERE NOT n:Article RETURN count(DISTINCT n) AS n",
		map[string]any{"name": name})
	if err != nil || len(rows) != 1 {
		t.Fatalf("the neighbours of %s: %v, %v", name, rows, err)
	}
	around, _ := rows[0]["n"].(int64)
	if around <= firstDrawingMost {
		t.Fatalf("%s has %d neighbours on the test graph: the first drawing's cap of %d does not bind", name, around, firstDrawingMost)
	}
	want := resultNodes(t, db, query, map[string]any{"name": name})
	if drawn != want || want > firstDrawingMost+1 {
		t.Errorf("the first drawing, around %s with %d neighbours, drew %d nodes; the query returns %d, want at most %d", name, around, drawn, want, firstDrawingMost+1)
	}
}

// checkSmallDrawingCap runs the large-graph slide's small drawing, typed
// into the editor, around the entity with the most entity neighbours (more
// than the drawing's cap), and checks that Browser draws it and at most
// smallDrawingMost neighbours, every caption whole. It sets $name back
// afterwards. The screenshot is artifacts/e2e/small-drawing-cap.png.
func checkSmallDrawingCap(t *testing.T, wd *webDriver, db *graph.DB, query, name string) {
	t.Helper()
	rows, err := db.ReadOnly(context.Background(), `MATCH (e:Entity)
		RETURN e.name AS name, COUNT { MATCH (e)--(n:Entity) RETURN DISTINCT n } AS around
		ORDER BY around DESC, name LIMIT 1`, nil)
	if err != nil || len(rows) != 1 {
		t.Fatalf("the entity with the most entity neighbours: %v, %v", rows, err)
	}
	hub, _ := rows[0]["name"].(string)
	around, _ := rows[0]["around"].(int64)
	if around <= smallDrawingMost {
		t.Fatalf("%s has %d entity neighbours, the most on the test graph: the small drawing's cap of %d does not bind", hub, around, smallDrawingMost)
	}
	wd.command(":param name => " + quote(hub))
	wd.waitFor("Browser to set $name to "+hub, func() bool { return wd.newestFrameRuns(":param name => " + quote(hub)) })
	drawn := wd.draw(normalize(query), "small-drawing-cap") // one line: Enter runs what is typed
	if want := resultNodes(t, db, query, map[string]any{"name": hub}); len(drawn.Nodes) != want || want > smallDrawingMost+1 {
		t.Errorf("the small drawing around %s (%d entity neighbours) drew %d nodes; the query returns %d, want at most %d",
			hub, around, len(drawn.Nodes), want, smallDrawingMost+1)
	}
	if !slices.ContainsFunc(drawn.Nodes, func(n drawnNode) bool { return n.Caption == hub }) {
		t.Errorf("the small drawing has no node captioned %s: %+v", hub, drawn.Nodes)
	}
	wd.command(":param name => " + quote(name))
	wd.waitFor("Browser to set $name back to "+name, func() bool { return wd.newestFrameRuns(":param name => " + quote(name)) })
}

// resultNodes is how many distinct nodes query returns: what Browser draws.
func resultNodes(t *testing.T, db *graph.DB, query string, params map[string]any) int {
	t.Helper()
	rows, err := db.ReadOnly(context.Background(), query, params)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	ids := map[string]bool{}
	for _, r := range rows {
		for _, v := range r {
			if n, ok := v.(dbtype.Node); ok {
				ids[n.ElementId] = true
			}
		}
	}
	return len(ids)
}

// quote writes s as a Cypher string literal.
func quote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
