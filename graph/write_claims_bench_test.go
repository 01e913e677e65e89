package graph

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/polgraph/polgraph"
)

// BenchmarkClaimsHistory measures what one more article alleging and
// denying an event costs when history articles already allege and deny the
// same event (one :Event with 2×history CLAIMS and history DENIES edges):
//
//   - claims-ms and claims-dbhits: the claim statements for the article
//     (removeClaims, writeDenials, writeClaims, labelEvents), profiled in a
//     transaction rolled back: what write_claims.go adds, which must not
//     grow with history (database hits do not depend on the machine's load);
//   - article-ms: WriteExtractions of the whole article, new, for scale.
//
// It is in package graph to reach the statements; run with -benchtime=20x.
func BenchmarkClaimsHistory(b *testing.B) {
	ctx := context.Background()
	db, err := Open(ctx, ConfigFromEnv(os.Getenv))
	if err != nil {
		b.Fatalf("benchmarks need Neo4j: %v", err)
	}
	defer db.Close(ctx)
	if err := db.ApplySchema(ctx); err != nil {
		b.Fatal(err)
	}
	for _, history := range []int{0, 300, 3000} {
		b.Run(fmt.Sprintf("history=%d", history), func(b *testing.B) {
			r := make([]byte, 4)
			rand.Read(r)
			p := "zz-bench-claims-" + hex.EncodeToString(r) + "/"
			var ids []string
			defer func() {
				for i := 0; i < len(ids); i += 500 {
					if _, err := db.UnloadArticles(ctx, ids[i:min(i+500, len(ids))]); err != nil {
						b.Error(err)
					}
				}
			}()
			article := func(i int) *polgraph.Extraction {
				month, day := "2024-04", "2024-05-02"
				ex := &polgraph.Extraction{
					Article: polgraph.Article{ID: fmt.Sprintf("%sa-%d", p, i), PublishedAt: day},
					Entities: []polgraph.Entity{{ID: p + "person/voss", Kind: polgraph.KindPerson, Name: "Alder Voss"},
						{ID: p + "organization/courier", Kind: polgraph.KindOrganization, Name: "Valdoria Courier"}},
					Events: []polgraph.Event{
						{ID: p + "meeting", Type: "MEETING", Date: &month, Precision: "month", Status: polgraph.StatusAlleged,
							Participants: []polgraph.Participant{{Entity: p + "person/voss", Role: "agent"}, {Entity: p + "organization/courier", Role: "source"}},
							Evidence:     polgraph.Span{Text: "The Courier reported that Voss met Kell."}},
						{ID: p + "denial", Type: "DENIAL", Date: &day, Precision: "day", Status: polgraph.StatusAsserted,
							Participants: []polgraph.Participant{{Entity: p + "person/voss", Role: "agent"}},
							Evidence:     polgraph.Span{Text: "Voss denied it."}, Denies: []string{p + "meeting"}},
					}}
				ids = append(ids, ex.Article.ID)
				return ex
			}
			var batch []*polgraph.Extraction
			for i := range history {
				if batch = append(batch, article(i)); len(batch) == 100 || i == history-1 {
					if err := db.WriteExtractions(ctx, batch); err != nil {
						b.Fatal(err)
					}
					batch = nil
				}
			}
			rollback := errors.New("rollback")
			var tClaims, tArticle time.Duration
			var dbHits int64
			n := 0
			for b.Loop() {
				ex := article(history + n)
				arts, err := prepare([]*polgraph.Extraction{ex})
				if err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				if err := db.WriteExtractions(ctx, []*polgraph.Extraction{ex}); err != nil {
					b.Fatal(err)
				}
				tArticle += time.Since(start)
				_, err = db.executeWrite(ctx, "bench_claims", func(tx neo4j.ManagedTransaction) (any, error) {
					for _, ev := range arts[0].events {
						ev.id = ev.extID // the ids the events kept
					}
					denials, claims := claimRows(arts)
					start := time.Now()
					for _, st := range []struct {
						cypher string
						params map[string]any
					}{
						{removeClaimsCypher, map[string]any{"ids": []string{ex.Article.ID}}},
						{writeDenialsCypher, map[string]any{"denials": denials}},
						{writeClaimsCypher, map[string]any{"claims": claims}},
						{labelEventsCypher, map[string]any{"ids": []string{p + "meeting", p + "denial"}}},
					} {
						hits, err := profileHits(ctx, tx, st.cypher, st.params)
						if err != nil {
							return nil, err
						}
						dbHits += hits
					}
					tClaims += time.Since(start)
					return nil, rollback
				})
				if !errors.Is(err, rollback) {
					b.Fatal(err)
				}
				n++
			}
			b.ReportMetric(float64(tClaims.Microseconds())/1000/float64(n), "claims-ms")
			b.ReportMetric(float64(dbHits)/float64(n), "claims-dbhits")
			b.ReportMetric(float64(tArticle.Microseconds())/1000/float64(n), "article-ms")
		})
	}
}

// profileHits runs cypher under PROFILE and returns its database hits.
func profileHits(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (int64, error) {
	res, err := tx.Run(ctx, "PROFILE "+cypher, params)
	if err != nil {
		return 0, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return 0, err
	}
	var hits int64
	stack := []neo4j.ProfiledPlan{sum.Profile()}
	for len(stack) > 0 {
		pl := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		hits += pl.DbHits()
		stack = append(stack, pl.Children()...)
	}
	return hits, nil
}
