package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/polgraph/polgraph/graph"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus series, in a registry of its own so
// that several servers (tests) can live in one process.
type metrics struct {
	registry  *prometheus.Registry
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	neo4j     *prometheus.HistogramVec
	neo4jErrs *prometheus.CounterVec
}

func newMetrics() *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "polgraph_http_requests_total", Help: "HTTP requests by handler and status code.",
		}, []string{"handler", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "polgraph_http_request_duration_seconds", Help: "HTTP request latency by handler.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"handler"}),
		neo4j: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "polgraph_neo4j_query_duration_seconds", Help: "Neo4j query time by query: a read (file in graph/cypher/read), write_extractions or unload_articles.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"query"}),
		neo4jErrs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "polgraph_neo4j_query_errors_total", Help: "Neo4j queries that failed, by query.",
		}, []string{"query"}),
	}
	m.registry.MustRegister(m.requests, m.latency, m.neo4j, m.neo4jErrs,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// observeQuery is the graph's QueryObserver.
func (m *metrics) observeQuery(name string, took time.Duration, err error) {
	m.neo4j.WithLabelValues(name).Observe(took.Seconds())
	if err != nil {
		m.neo4jErrs.WithLabelValues(name).Inc()
	}
}

var _ graph.QueryObserver = (*metrics)(nil).observeQuery

// instrument counts and times the requests of one handler.
func (m *metrics) instrument(name string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		next.ServeHTTP(sw, r)
		m.requests.WithLabelValues(name, strconv.Itoa(sw.code)).Inc()
		m.latency.WithLabelValues(name).Observe(time.Since(start).Seconds())
	})
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
