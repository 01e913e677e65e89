// Package server serves polgraph's GraphQL API over HTTP: the only package
// that speaks GraphQL. Resolvers are thin; graph does the Cypher.
package server

import (
	"cmp"
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/polgraph/polgraph/browser"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/server/generated"
	"github.com/vektah/gqlparser/v2/ast"
)

// Config configures a server. Zero values pick the defaults.
type Config struct {
	Graph  *graph.DB
	Ingest Ingester // nil: ingestArticle is unavailable
	// Token is the bearer token mutations need; "" disables mutations.
	Token         string
	Introspection bool
	MaxDepth      int           // default 12
	MaxComplexity int           // default 250,000
	Timeout       time.Duration // per request, reaching Neo4j; default 30s
	Limits        Limits        // on request bodies and query texts, checked before parsing
	Logger        *slog.Logger
}

// New returns the HTTP handler of the API: /graphql (POST, GET), / (GraphiQL),
// /timeline (the timeline page) and /timeline/export, /static/, /healthz,
// /metrics and /browser/ (Neo4j Browser guide and style).
func New(cfg Config) http.Handler {
	log := cmp.Or(cfg.Logger, slog.New(slog.DiscardHandler))
	timeout := cmp.Or(cfg.Timeout, 30*time.Second)
	m := newMetrics()
	cfg.Graph.Observe(m.observeQuery)

	res := &Resolver{db: cfg.Graph, ingest: cfg.Ingest}
	ec := generated.Config{Resolvers: res}
	gql := handler.New(pricedSchema{generated.NewExecutableSchema(ec)})
	gql.AddTransport(transport.Options{})
	gql.AddTransport(transport.GET{})
	gql.AddTransport(transport.POST{})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if cfg.Introspection {
		gql.Use(extension.Introspection{})
	}
	gql.Use(depthLimit{max: cmp.Or(cfg.MaxDepth, 12)})
	gql.Use(newComplexityLimit(cmp.Or(cfg.MaxComplexity, 250_000)))
	gql.SetErrorPresenter(presentError(log))
	gql.SetRecoverFunc(recoverPanic(log))

	api := withAuth(cfg.Token, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The deadline travels with ctx into every Neo4j query of the request.
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		gql.ServeHTTP(w, r.WithContext(withLoaders(ctx)))
	}))
	// Limits first, so no work is done for a request refused by them.
	api = guard(cfg.Limits.withDefaults(), &health{db: cfg.Graph, log: log}, api)

	mux := http.NewServeMux()
	mux.Handle("/graphql", m.instrument("graphql", api))
	mux.Handle("GET /{$}", m.instrument("graphiql", http.HandlerFunc(serveGraphiQL)))
	mux.Handle("GET /graphiql", m.instrument("graphiql", http.HandlerFunc(serveGraphiQL)))
	mux.Handle("GET /static/", staticHandler())
	mux.Handle("GET "+TimelinePath, m.instrument("timeline", http.HandlerFunc(serveTimelinePage)))
	mux.Handle("GET "+TimelinePath+"/export", m.instrument("timeline_export", res.serveTimelineExport(timeout, log)))
	mux.Handle("GET /healthz", m.instrument("healthz", healthz(cfg.Graph, log)))
	mux.Handle("GET /metrics", m.handler())
	// Neo4j Browser's guide and style sheet; no method in the pattern, so
	// Browser's CORS preflights (OPTIONS) reach the handler.
	mux.Handle(browser.PathPrefix, browser.Handler())
	return mux
}

// NewHTTPServer returns the API (New) in an http.Server whose timeouts
// bound every connection: headers within 10 s, the whole request (a body
// sent slowly included) within the request timeout, the response within
// that plus 10 s, and idle keep-alive connections closed after a minute.
func NewHTTPServer(cfg Config) *http.Server {
	timeout := cmp.Or(cfg.Timeout, 30*time.Second)
	log := cmp.Or(cfg.Logger, slog.New(slog.DiscardHandler))
	return &http.Server{
		Handler:           New(cfg),
		ReadHeaderTimeout: min(10*time.Second, timeout),
		ReadTimeout:       timeout,
		WriteTimeout:      timeout + 10*time.Second,
		IdleTimeout:       time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// healthz answers 200 when Neo4j answers, 503 otherwise.
func healthz(db *graph.DB, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "application/json")
		if err := db.Ping(ctx); err != nil {
			log.WarnContext(ctx, "healthz: neo4j unreachable", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte(`{"status":"unavailable","neo4j":"unreachable"}` + "\n"))
			return
		}
		w.Write([]byte(`{"status":"ok","neo4j":"ok"}` + "\n"))
	})
}
