package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/browser"
	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/loader"
	"github.com/polgraph/polgraph/reader"
	"github.com/polgraph/polgraph/server"
)

// Environment variables of serve; flags override them.
const (
	envAddr          = "POLGRAPH_ADDR"
	envToken         = "POLGRAPH_API_TOKEN"
	envIntrospection = "POLGRAPH_INTROSPECTION"
)

// runServe serves the GraphQL API until ctx is cancelled (Ctrl-C), then
// lets requests in flight finish.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", cmp.Or(os.Getenv(envAddr), "127.0.0.1:8080"), "listen address (env "+envAddr+")")
	introspection := fs.Bool("introspection", envBool(envIntrospection, true), "answer introspection queries, which GraphiQL needs (env "+envIntrospection+")")
	maxDepth := fs.Int("max-depth", 12, "deepest field nesting a query may have")
	maxComplexity := fs.Int("max-complexity", 250_000, "highest complexity a query may have (every list field costs its page size or bound times its selection)")
	timeout := fs.Duration("timeout", 30*time.Second, "per-request deadline, passed on to Neo4j; also how long a request body may take to arrive")
	maxBody := fs.Int64("max-body", 8<<20, "largest request body, in `bytes` (an article sent to ingestArticle must fit)")
	maxQueryBytes := fs.Int("max-query-bytes", 64<<10, "longest query text, in `bytes`")
	maxTokens := fs.Int("max-tokens", 10_000, "most lexical tokens a query may have")
	maxFields := fs.Int("max-fields", 1_000, "most fields a query may select, fragments counted where spread")
	maxAliases := fs.Int("max-aliases", 200, "most aliased fields a query may have")
	budget := fs.Duration("extract-budget", 20*time.Second, "longest an ingestArticle's extraction may take; under --timeout, which must leave time to write")
	usage := fmt.Sprintf("usage: polgraph serve [flags]\n\nServes the GraphQL API, GraphiQL, /healthz and /metrics. Mutations need the\nbearer token in %s; without it they are refused.\n", envToken)
	if err := parseFlags(fs, usage, args, stdout, stderr); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "polgraph serve: unexpected argument %q\n", fs.Arg(0))
		return errUsage
	}
	if err := firstProblem(
		atLeast("--max-depth", int64(*maxDepth), 1, "a query needs at least one level"),
		atLeast("--max-complexity", int64(*maxComplexity), 1, ""),
		positiveDuration("--timeout", *timeout),
		atLeast("--max-body", *maxBody, 1024, "a request needs room for its query"),
		atLeast("--max-query-bytes", int64(*maxQueryBytes), 64, ""),
		atLeast("--max-tokens", int64(*maxTokens), 10, ""),
		atLeast("--max-fields", int64(*maxFields), 1, ""),
		atLeast("--max-aliases", int64(*maxAliases), 0, ""),
		positiveDuration("--extract-budget", *budget),
		shorter("--extract-budget", *budget, "--timeout", *timeout),
	); err != nil {
		fmt.Fprintf(stderr, "polgraph serve: %v\n", err)
		return errUsage
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	token := os.Getenv(envToken)
	if token == "" {
		log.Warn("no " + envToken + " set: mutations (ingestArticle, unloadArticle) are disabled")
	}

	db, err := openGraph(ctx)
	if err != nil {
		return err
	}
	defer db.Close(context.Background())

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s (is another server using the port? try --addr): %w", *addr, err)
	}
	srv := server.NewHTTPServer(server.Config{
		Graph: db, Ingest: ingester{extract.New(), db, *budget}, Token: token, Introspection: *introspection,
		MaxDepth: *maxDepth, MaxComplexity: *maxComplexity, Timeout: *timeout, Logger: log,
		Limits: server.Limits{MaxBody: *maxBody, MaxQueryBytes: *maxQueryBytes, MaxTokens: *maxTokens,
			MaxFields: *maxFields, MaxAliases: *maxAliases},
	})
	return serve(ctx, ln, srv, stdout, log)
}

// serve runs srv on ln until ctx ends, then shuts down gracefully.
func serve(ctx context.Context, ln net.Listener, srv *http.Server, stdout io.Writer, log *slog.Logger) error {
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(stdout, "polgraph: GraphQL API at %s/graphql\n  GraphiQL  %s/\n  timeline  %s%s\n  health    %s/healthz\n  metrics   %s/metrics\n",
		base, base, base, server.TimelinePath, base, base)
	fmt.Fprintf(stdout, "In Neo4j Browser, style the graph with\n  %s\nand open the guide with\n  %s\n",
		browser.StyleCommand(ln.Addr().String()), browser.PlayCommand(ln.Addr().String()))

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// ingester puts an article sent to the ingestArticle mutation through the
// loader's steps: the JSON reader (which normalises the id, date and URL as
// for a file), the extractor, and the graph's WriteExtractions.
type ingester struct {
	x      *extract.Extractor
	db     *graph.DB
	budget time.Duration // for the extraction, as in load
}

func (in ingester) Ingest(ctx context.Context, a polgraph.Article) (string, error) {
	data, err := json.Marshal(map[string]any{"id": a.ID, "title": a.Title, "text": a.Text,
		"publishedAt": a.PublishedAt, "url": deref(a.URL), "source": deref(a.Source)})
	if err != nil {
		return "", err
	}
	art, err := reader.Read("ingestArticle", data, reader.FormatJSON)
	if err != nil {
		return "", fmt.Errorf("%w: %w", server.ErrBadInput, err)
	}
	ex, err := loader.ExtractWithin(ctx, in.x, art, in.budget)
	var budget *loader.BudgetError
	if errors.As(err, &budget) { // the article's doing: say so
		return "", fmt.Errorf("%w: %w; a shorter article may pass", server.ErrBadInput, err)
	}
	if err != nil {
		return "", err
	}
	if err := in.db.WriteExtractions(ctx, []*polgraph.Extraction{ex}); err != nil {
		return "", err
	}
	return art.ID, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// envBool reads a boolean variable, def when unset or unreadable.
func envBool(name string, def bool) bool {
	if b, err := strconv.ParseBool(os.Getenv(name)); err == nil {
		return b
	}
	return def
}
