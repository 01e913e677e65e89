package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/internal/jsonkind"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/lexer"
	"github.com/vektah/gqlparser/v2/parser"
)

// Error codes of requests refused before GraphQL sees them.
const (
	codeBadRequest      = "BAD_REQUEST"       // 400: not one GraphQL request in JSON
	codeRequestTooLarge = "REQUEST_TOO_LARGE" // 413: body or query text over its limit
	codeQueryTooWide    = "QUERY_TOO_WIDE"    // 422: too many tokens, fields or aliases
	codeRequestTimeout  = "REQUEST_TIMEOUT"   // 408: the body did not arrive in time
	codeUnavailable     = "UNAVAILABLE"       // 503: Neo4j does not answer
)

// Limits bound the work one request can cause before GraphQL parses and
// validates it (gqlgen's validation costs the square of the number of
// selections: 20,000 of them took a minute of CPU). Zero fields take the
// defaults noted; serve's flags set them.
type Limits struct {
	MaxBody       int64 // request body, bytes; default 8 MiB (room for an article to ingest)
	MaxQueryBytes int   // query text, bytes; default 64 KiB
	MaxTokens     int   // lexical tokens of the query; default 10,000
	MaxFields     int   // selections, with fragments expanded where spread; default 1,000
	MaxAliases    int   // aliased fields; default 200
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	if l.MaxBody <= 0 {
		l.MaxBody = 8 << 20
	}
	def(&l.MaxQueryBytes, 64<<10)
	def(&l.MaxTokens, 10_000)
	def(&l.MaxFields, 1_000)
	def(&l.MaxAliases, 200)
	return l
}

// refusal is a request refused before GraphQL: an HTTP status and a
// GraphQL-shaped error that names the limit.
type refusal struct {
	status int
	code   string
	msg    string
}

func (r *refusal) write(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	if r.status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "5")
	}
	if r.status == http.StatusRequestTimeout || r.status == http.StatusRequestEntityTooLarge {
		w.Header().Set("Connection", "close") // the rest of the body is not read
	}
	w.WriteHeader(r.status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
		"message": r.msg, "extensions": map[string]any{"code": r.code}}}})
}

// guard refuses, before next (gqlgen) parses anything: bodies over the
// limit or arriving too slowly, what is not one GraphQL request in JSON
// (a batch, malformed JSON), query texts too long or too wide; and every
// request while Neo4j is known to be unreachable.
func guard(l Limits, h *health, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ref := l.check(w, r); ref != nil {
			ref.write(w)
			return
		}
		if err := h.check(r.Context()); err != nil {
			(&refusal{http.StatusServiceUnavailable, codeUnavailable,
				"Neo4j is unavailable, so the graph cannot be read or written now; try again shortly"}).write(w)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// check reads the body of a POST (leaving a copy for next) or the query
// parameter of a GET, and applies the limits.
func (l Limits) check(w http.ResponseWriter, r *http.Request) *refusal {
	var query string
	switch r.Method {
	case http.MethodPost:
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, l.MaxBody))
		var tooBig *http.MaxBytesError
		switch {
		case errors.As(err, &tooBig):
			return &refusal{http.StatusRequestEntityTooLarge, codeRequestTooLarge,
				fmt.Sprintf("request body is over %s, the limit (serve --max-body)", byteSize(l.MaxBody))}
		case errors.Is(err, os.ErrDeadlineExceeded):
			return &refusal{http.StatusRequestTimeout, codeRequestTimeout,
				"request body did not arrive within the server's read timeout (serve --timeout)"}
		case err != nil:
			return &refusal{http.StatusBadRequest, codeBadRequest, "request body could not be read"}
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" && mt != "application/graphql-response+json" {
			return nil // gqlgen refuses other transports itself
		}
		trimmed := bytes.TrimLeft(body, " \t\r\n")
		if len(trimmed) > 0 && trimmed[0] == '[' {
			return &refusal{http.StatusBadRequest, codeBadRequest,
				"a JSON array of operations (a batch) is not supported: send one operation per request, as {\"query\": …}"}
		}
		var req struct {
			Query         json.RawMessage `json:"query"`
			OperationName json.RawMessage `json:"operationName"`
			Variables     json.RawMessage `json:"variables"`
			Extensions    json.RawMessage `json:"extensions"`
		}
		if err := json.Unmarshal(trimmed, &req); err != nil {
			return &refusal{http.StatusBadRequest, codeBadRequest,
				"request body is not a JSON object {\"query\": …, \"variables\": {…}}: " + shortJSONError(err)}
		}
		// gqlgen answers these of the wrong kind as an internal error
		for _, m := range []struct {
			name, want string
			kind       byte
			raw        json.RawMessage
		}{
			{"operationName", "a string", '"', req.OperationName},
			{"variables", "an object", '{', req.Variables},
			{"extensions", "an object", '{', req.Extensions},
		} {
			if len(m.raw) > 0 && m.raw[0] != m.kind && string(m.raw) != "null" {
				return &refusal{http.StatusBadRequest, codeBadRequest,
					fmt.Sprintf("%q must be %s, not %s", m.name, m.want, jsonkind.Of(m.raw[0]))}
			}
		}
		if len(req.Query) > 0 && req.Query[0] == '"' {
			if len(req.Query) > 2*l.MaxQueryBytes+2 { // before unquoting it
				return l.tooLong(len(req.Query))
			}
			if err := json.Unmarshal(req.Query, &query); err != nil {
				return &refusal{http.StatusBadRequest, codeBadRequest, `"query" must be a string`}
			}
		} else if len(req.Query) > 0 && string(req.Query) != "null" {
			return &refusal{http.StatusBadRequest, codeBadRequest, `"query" must be a string`}
		}
	case http.MethodGet:
		query = r.URL.Query().Get("query")
	default:
		return nil
	}
	return l.checkQuery(query)
}

func (l Limits) tooLong(n int) *refusal {
	return &refusal{http.StatusRequestEntityTooLarge, codeRequestTooLarge,
		fmt.Sprintf("query text is %s, over the limit of %s (serve --max-query-bytes)", byteSize(int64(n)), byteSize(int64(l.MaxQueryBytes)))}
}

// checkQuery counts, in time linear in the text and stopping at each limit:
// bytes, tokens, then selections and aliases of the parsed document. A
// query that does not lex or parse is left to gqlgen, which says where.
func (l Limits) checkQuery(q string) *refusal {
	if len(q) > l.MaxQueryBytes {
		return l.tooLong(len(q))
	}
	lex := lexer.New(&ast.Source{Input: q})
	for n := 0; ; n++ {
		tok, err := lex.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			break
		}
		if n >= l.MaxTokens {
			return &refusal{http.StatusUnprocessableEntity, codeQueryTooWide,
				fmt.Sprintf("query has more than %d tokens, the limit (serve --max-tokens)", l.MaxTokens)}
		}
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: q})
	if err != nil {
		return nil
	}
	c := &selectionCounter{doc: doc, maxFields: l.MaxFields, visiting: map[string]bool{}}
	for _, op := range doc.Operations {
		c.count(op.SelectionSet)
	}
	switch {
	case c.fields > l.MaxFields:
		return &refusal{http.StatusUnprocessableEntity, codeQueryTooWide,
			fmt.Sprintf("query selects more than %d fields (fragments counted where spread), the limit (serve --max-fields)", l.MaxFields)}
	case c.aliases > l.MaxAliases:
		return &refusal{http.StatusUnprocessableEntity, codeQueryTooWide,
			fmt.Sprintf("query has %d aliased fields, over the limit of %d (serve --max-aliases)", c.aliases, l.MaxAliases)}
	}
	return nil
}

// selectionCounter counts selections (fields, fragment spreads and inline
// fragments, so that spreads of spreads count too) with every fragment
// expanded where it is spread, stopping past maxFields: the count, not
// the expansion, is what bounds the work.
type selectionCounter struct {
	doc             *ast.QueryDocument
	maxFields       int
	fields, aliases int
	visiting        map[string]bool
}

func (c *selectionCounter) count(set ast.SelectionSet) {
	for _, sel := range set {
		if c.fields > c.maxFields {
			return
		}
		c.fields++
		switch s := sel.(type) {
		case *ast.Field:
			if s.Alias != "" && s.Alias != s.Name {
				c.aliases++
			}
			c.count(s.SelectionSet)
		case *ast.InlineFragment:
			c.count(s.SelectionSet)
		case *ast.FragmentSpread:
			f := c.doc.Fragments.ForName(s.Name)
			if f == nil || c.visiting[s.Name] {
				continue
			}
			c.visiting[s.Name] = true
			c.count(f.SelectionSet)
			delete(c.visiting, s.Name)
		}
	}
}

// shortJSONError is a JSON decoding error without the Go type names
// encoding/json puts in some ("cannot unmarshal array into Go value of
// type struct…").
func shortJSONError(err error) string {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		return fmt.Sprintf("found a JSON %s where an object was expected", typeErr.Value)
	}
	return err.Error()
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// health remembers whether Neo4j answered, for a second: while it does not,
// requests are refused at once (503, UNAVAILABLE) instead of each waiting
// out the driver's retries until the request deadline. Only an unreachable
// Neo4j counts (graph.Retryable); any other failure is left to the request.
type health struct {
	db  *graph.DB
	log *slog.Logger

	mu      sync.Mutex
	checked time.Time
	err     error
}

const healthTTL = time.Second

func (h *health) check(ctx context.Context) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if time.Since(h.checked) < healthTTL {
		return h.err
	}
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancel()
	err := h.db.Ping(pctx)
	if err != nil && !graph.Retryable(err) && !errors.Is(err, context.DeadlineExceeded) {
		err = nil // not an outage: let the request meet it and report it
	}
	if err != nil && h.err == nil {
		h.log.WarnContext(ctx, "neo4j unreachable: refusing requests until it answers", "err", err)
	}
	h.checked, h.err = time.Now(), err
	return err
}

// isUnavailable reports whether a resolver's error is Neo4j being
// unreachable (it went down during the request).
func isUnavailable(err error) bool { return graph.Retryable(err) }
