package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/server"
)

const testToken = "test-token-0123456789"

// api is a server on a real HTTP listener over the real Neo4j.
type api struct {
	t   testing.TB
	srv *httptest.Server
	db  *graph.DB
}

func newAPI(t testing.TB, cfg server.Config) *api {
	t.Helper()
	if cfg.Graph == nil {
		cfg.Graph = graphtest.Open(t)
	}
	srv := httptest.NewServer(server.New(cfg))
	t.Cleanup(srv.Close)
	return &api{t: t, srv: srv, db: cfg.Graph}
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
	Path       []any          `json:"path"`
	Locations  []struct {
		Line   int `json:"line"`
		Column int `json:"column"`
	} `json:"locations"`
}

type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

func (e gqlError) code() string { s, _ := e.Extensions["code"].(string); return s }

// do posts a query; token "" sends no Authorization header.
func (a *api) do(query string, vars map[string]any, token string) response {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, a.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		a.t.Fatal(err)
	}
	defer res.Body.Close()
	var out response
	raw, _ := io.ReadAll(res.Body)
	if err := json.Unmarshal(raw, &out); err != nil {
		a.t.Fatalf("status %d, body %s: %v", res.StatusCode, raw, err)
	}
	return out
}

// query posts a query that must succeed and decodes its data into v.
func (a *api) query(query string, vars map[string]any, v any) {
	a.t.Helper()
	res := a.do(query, vars, "")
	if len(res.Errors) > 0 {
		a.t.Fatalf("errors: %+v\nquery: %s", res.Errors, query)
	}
	if err := json.Unmarshal(res.Data, v); err != nil {
		a.t.Fatal(err)
	}
}

func (a *api) get(path string) (int, string) {
	a.t.Helper()
	res, err := http.Get(a.srv.URL + path)
	if err != nil {
		a.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func TestHTTPEndpoints(t *testing.T) {
	a := newAPI(t, server.Config{})
	tests := []struct {
		path     string
		wantCode int
		wantBody string
	}{
		{"/healthz", 200, `"neo4j":"ok"`},
		{"/", 200, "/static/graphiql.min.js"},
		{"/static/graphiql.min.js", 200, "GraphiQL"},
		{"/static/react.production.min.js", 200, "React"},
		{"/static/LICENSE.graphiql", 200, "MIT License"},
		{"/metrics", 200, "polgraph_http_requests_total"},
	}
	for _, tt := range tests {
		code, body := a.get(tt.path)
		if code != tt.wantCode || !strings.Contains(body, tt.wantBody) {
			t.Errorf("GET %s = %d %.80q, want %d containing %q", tt.path, code, body, tt.wantCode, tt.wantBody)
		}
	}
	var got struct {
		Typename string `json:"__typename"`
	}
	a.query(`{ __typename }`, nil, &got)
	if got.Typename != "Query" {
		t.Errorf("__typename = %q", got.Typename)
	}
}

// Queries work over GET too; mutations do not (a link must not write).
func TestGET(t *testing.T) {
	a := newAPI(t, server.Config{Token: testToken})
	if code, body := a.get("/graphql?query=" + url.QueryEscape("{ __typename }")); code != 200 || body != `{"data":{"__typename":"Query"}}` {
		t.Errorf("GET query = %d %s", code, body)
	}
	if code, body := a.get("/graphql?query=" + url.QueryEscape(`mutation { unloadArticle(id: "x") }`)); code == 200 && !strings.Contains(body, "errors") {
		t.Errorf("GET mutation = %d %s", code, body)
	}
}

func TestIntrospectionSwitch(t *testing.T) {
	db := graphtest.Open(t)
	for _, on := range []bool{true, false} {
		a := newAPI(t, server.Config{Graph: db, Introspection: on})
		res := a.do(`{ __schema { queryType { name } } }`, nil, "")
		if gotOn := len(res.Errors) == 0; gotOn != on {
			t.Errorf("introspection %v: errors %+v", on, res.Errors)
		}
	}
}
