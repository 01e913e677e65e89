package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph/graphtest"
)

// serve prints its URL, answers GraphQL over HTTP and returns nil once its
// context is cancelled.
func TestRunServe(t *testing.T) {
	const token = "serve-test-token"
	t.Setenv("POLGRAPH_API_TOKEN", token)
	db := graphtest.Open(t)
	const article = "servetest-ingest-1"
	t.Cleanup(func() { db.UnloadArticles(context.Background(), []string{article}) })

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out, w := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, []string{"--addr", "127.0.0.1:0"}, w, io.Discard) }()

	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
	}()
	var url string
	select {
	case line := <-lines:
		_, url, _ = strings.Cut(line, " at ")
	case err := <-done:
		t.Fatalf("serve ended early: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("serve printed no URL")
	}
	if !strings.HasSuffix(url, "/graphql") {
		t.Fatalf("printed %q, want the GraphQL URL", url)
	}
	res, err := http.Post(url, "application/json", strings.NewReader(`{"query":"{ __typename }"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if string(body) != `{"data":{"__typename":"Query"}}` {
		t.Errorf("POST { __typename } = %s", body)
	}

	// ingestArticle goes through reader, extractor and loader store;
	// unloadArticle takes it out again. Both need the token.
	mutate := func(query, bearer string) string {
		req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(query))
		req.Header.Set("Content-Type", "application/json")
		if bearer != "" {
			req.Header.Set("Authorization", "Bearer "+bearer)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return string(b)
	}
	ingest := `{"query":"mutation { ingestArticle(input: {id: \"` + article + `\", title: \"Teluk resigns\", publishedAt: \"2024-03-05\", text: \"Zorvan Teluk resigned as leader of the Pelgrave Union on 3 March 2024.\"}) { id title publishedAt } }"}`
	if got := mutate(ingest, ""); !strings.Contains(got, "UNAUTHENTICATED") {
		t.Errorf("ingest without token = %s", got)
	}
	if got, err := db.ArticlesByID(ctx, []string{article}); err != nil || len(got) != 0 {
		t.Errorf("a refused ingest wrote %v (%v)", got, err)
	}
	if got, want := mutate(ingest, token), `{"data":{"ingestArticle":{"id":"`+article+`","title":"Teluk resigns","publishedAt":"2024-03-05"}}}`; got != want {
		t.Errorf("ingest = %s, want %s", got, want)
	}
	one, err := db.Dump(ctx, article, "ingestedAt")
	if err != nil || len(one) < 2 {
		t.Fatalf("dump of the ingested article: %v, %v; want it and its edges", one, err)
	}
	if got := mutate(`{"query":"mutation { unloadArticle(id: \"`+article+`\") }"}`, token); got != `{"data":{"unloadArticle":true}}` {
		t.Errorf("unload = %s", got)
	}

	// Eight identical ingestArticle calls at once write what one does: the
	// article's MENTIONS and REPORTED_IN once each (issue 15: 8 copies).
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := mutate(ingest, token); strings.Contains(got, "errors") {
				t.Errorf("concurrent ingest = %s", got)
			}
		})
	}
	wg.Wait()
	eight, err := db.Dump(ctx, article, "ingestedAt")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(eight, one) {
		t.Errorf("8 concurrent ingests wrote %d lines, one ingest %d:\n%s", len(eight), len(one), strings.Join(eight, "\n"))
	}
	if got := mutate(`{"query":"mutation { unloadArticle(id: \"`+article+`\") }"}`, token); got != `{"data":{"unloadArticle":true}}` {
		t.Errorf("unload after concurrent ingests = %s", got)
	}
	// Both writes are timed in /metrics beside the reads.
	res, err = http.Get(strings.TrimSuffix(url, "/graphql") + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(res.Body)
	res.Body.Close()
	for _, q := range []string{"write_extractions", "unload_articles"} {
		if !strings.Contains(string(metrics), `polgraph_neo4j_query_duration_seconds_count{query="`+q+`"}`) {
			t.Errorf("/metrics has no timing of %s", q)
		}
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after cancel: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not shut down")
	}
}
