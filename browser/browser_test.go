package browser

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestCommands(t *testing.T) {
	tests := []struct {
		addr, style, play string
	}{
		{"127.0.0.1:8080", ":style http://localhost:8080/browser/style.grass", ":play http://localhost:8080/browser/guide"},
		{"localhost:8081", ":style http://localhost:8081/browser/style.grass", ":play http://localhost:8081/browser/guide"},
		// Wildcard and loopback listen addresses: Browser gets the host its
		// default allow-list already has.
		{":8080", ":style http://localhost:8080/browser/style.grass", ":play http://localhost:8080/browser/guide"},
		{"0.0.0.0:9000", ":style http://localhost:9000/browser/style.grass", ":play http://localhost:9000/browser/guide"},
		{"[::]:9000", ":style http://localhost:9000/browser/style.grass", ":play http://localhost:9000/browser/guide"},
		{"[::1]:9000", ":style http://localhost:9000/browser/style.grass", ":play http://localhost:9000/browser/guide"},
		{"http://127.0.0.1:8080/", ":style http://localhost:8080/browser/style.grass", ":play http://localhost:8080/browser/guide"},
		// Another host is the user's choice; they allow-list it themselves.
		{"10.1.2.3:8080", ":style http://10.1.2.3:8080/browser/style.grass", ":play http://10.1.2.3:8080/browser/guide"},
		{"https://polgraph.example.org", ":style https://polgraph.example.org/browser/style.grass", ":play https://polgraph.example.org/browser/guide"},
	}
	for _, tt := range tests {
		if got := StyleCommand(tt.addr); got != tt.style {
			t.Errorf("StyleCommand(%q) = %q, want %q", tt.addr, got, tt.style)
		}
		if got := PlayCommand(tt.addr); got != tt.play {
			t.Errorf("PlayCommand(%q) = %q, want %q", tt.addr, got, tt.play)
		}
	}
}

func TestHandler(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()

	tests := []struct {
		name        string
		method      string
		path        string
		headers     map[string]string
		wantStatus  int
		wantType    string
		wantBody    string // substring; "" when no body is expected
		wantHeaders map[string]string
	}{
		{
			name: "guide from Browser", method: "GET", path: "/browser/guide",
			headers:    map[string]string{"Origin": "http://127.0.0.1:7474", "Pragma": "no-cache", "Cache-Control": "no-cache"},
			wantStatus: 200, wantType: "text/html; charset=utf-8", wantBody: `<article class="guide">`,
			wantHeaders: map[string]string{"Access-Control-Allow-Origin": "*"},
		},
		{
			name: "style from Browser on localhost", method: "GET", path: "/browser/style.grass",
			headers:    map[string]string{"Origin": "http://localhost:7474"},
			wantStatus: 200, wantType: "text/plain; charset=utf-8", wantBody: "node.Person {",
			wantHeaders: map[string]string{"Access-Control-Allow-Origin": "*"},
		},
		{
			// Browser's fetch sends Pragma and Cache-Control, which are not
			// CORS-safelisted: without this preflight answer the GET never happens.
			name: "preflight", method: "OPTIONS", path: "/browser/guide",
			headers: map[string]string{
				"Origin":                         "http://127.0.0.1:7474",
				"Access-Control-Request-Method":  "GET",
				"Access-Control-Request-Headers": "cache-control,pragma",
			},
			wantStatus: 204,
			wantHeaders: map[string]string{
				"Access-Control-Allow-Origin":  "*",
				"Access-Control-Allow-Headers": "cache-control,pragma",
				"Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
			},
		},
		{
			name: "head", method: "HEAD", path: "/browser/style.grass",
			wantStatus: 200, wantType: "text/plain; charset=utf-8",
		},
		{
			name: "post refused", method: "POST", path: "/browser/guide",
			wantStatus: 405, wantHeaders: map[string]string{"Allow": "GET, HEAD, OPTIONS"},
		},
		{
			name: "unknown path", method: "GET", path: "/browser/nothing",
			wantStatus: 404,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			for k, v := range tt.headers {
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.wantStatus {
				t.Errorf("status = %d, want %d", resp.StatusCode, tt.wantStatus)
			}
			if tt.wantType != "" {
				if got := resp.Header.Get("Content-Type"); got != tt.wantType {
					t.Errorf("Content-Type = %q, want %q", got, tt.wantType)
				}
			}
			if tt.wantBody != "" && !strings.Contains(string(body), tt.wantBody) {
				t.Errorf("body lacks %q", tt.wantBody)
			}
			if tt.method == "HEAD" && len(body) != 0 {
				t.Errorf("HEAD returned a %d-byte body", len(body))
			}
			for k, want := range tt.wantHeaders {
				if got := resp.Header.Get(k); got != want {
					t.Errorf("%s = %q, want %q", k, got, want)
				}
			}
		})
	}
}

func TestHandlerServesEmbeddedFiles(t *testing.T) {
	for path, want := range map[string][]byte{GuidePath: Guide(), StylePath: Style()} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", path, nil)
		req.Host = "localhost:8080" // the guide as written
		Handler().ServeHTTP(rec, req)
		if rec.Body.String() != string(want) {
			t.Errorf("GET %s did not return the embedded file", path)
		}
	}
}

// The guide's runnable :style command points at the server the guide came
// from, so one click applies the style whatever --addr was.
func TestGuideStyleCommandFollowsHost(t *testing.T) {
	tests := []struct {
		host, want string
	}{
		{"localhost:8080", ":style http://localhost:8080/browser/style.grass"},
		{"127.0.0.1:9123", ":style http://localhost:9123/browser/style.grass"},
		{"10.1.2.3:8080", ":style http://10.1.2.3:8080/browser/style.grass"},
		{`evil"><script>:1`, ":style http://evil&#34;&gt;&lt;script&gt;:1/browser/style.grass"},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("GET", GuidePath, nil)
		req.Host = tt.host
		rec := httptest.NewRecorder()
		Handler().ServeHTTP(rec, req)
		body := rec.Body.String()
		if !strings.Contains(body, tt.want) {
			t.Errorf("Host %q: guide lacks %q", tt.host, tt.want)
		}
		if strings.Count(body, ":style ") != 1 {
			t.Errorf("Host %q: guide has %d :style commands, want 1", tt.host, strings.Count(body, ":style "))
		}
	}
}
