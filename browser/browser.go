// Package browser serves polgraph's Neo4j Browser style sheet and guide.
package browser

import (
	"bytes"
	_ "embed"
	"html"
	"net"
	"net/http"
	"strings"
)

// Paths the handler serves; mount Handler() at PathPrefix.
const (
	PathPrefix = "/browser/"
	GuidePath  = "/browser/guide"
	StylePath  = "/browser/style.grass"
)

//go:embed style.grass
var style []byte

//go:embed guide.html
var guide []byte

// Style returns the GRASS style sheet.
func Style() []byte { return bytes.Clone(style) }

// Guide returns the Browser guide, HTML slides in Neo4j Browser's guide
// format, as written: its :style command aims at localhost:8080.
func Guide() []byte { return bytes.Clone(guide) }

// Handler serves the guide and the style sheet. Neo4j Browser fetches both
// from its own origin (http://127.0.0.1:7474 or http://localhost:7474) with
// non-simple headers (Pragma, Cache-Control), so the browser sends a CORS
// preflight first; both must be answered or Browser reports a network error.
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle(GuidePath, http.HandlerFunc(serveGuide))
	mux.Handle(StylePath, content("text/plain; charset=utf-8", style))
	return cors(mux)
}

// guideStyle is the guide's runnable :style command as written in
// guide.html; serveGuide points it at the host the guide was fetched from.
const guideStyle = ":style http://localhost:8080/browser/style.grass"

// serveGuide serves the guide with its :style command aimed at the server
// Browser fetched the guide from, whatever its address (--addr).
func serveGuide(w http.ResponseWriter, r *http.Request) {
	body := guide
	if r.Host != "" {
		base := r.Host
		if r.TLS != nil {
			base = "https://" + base
		}
		cmd := html.EscapeString(StyleCommand(base))
		body = bytes.ReplaceAll(guide, []byte(guideStyle), []byte(cmd))
	}
	content("text/html; charset=utf-8", body).ServeHTTP(w, r)
}

// content serves a fixed body to GET and HEAD.
func content(contentType string, body []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD, OPTIONS")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		w.Header().Set("Content-Type", contentType)
		// Browser asks for no-cache too; an edited guide shows up on the next :play.
		w.Header().Set("Cache-Control", "no-cache")
		if r.Method == http.MethodGet {
			w.Write(body)
		}
	})
}

// cors allows any origin: the guide and style sheet are public, read-only
// documents, and Browser may be opened on any host or port
// (NEO4J_HTTP_PORT). Preflights are answered here, before routing.
func cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		if r.Method == http.MethodOptions {
			h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
			if req := r.Header.Get("Access-Control-Request-Headers"); req != "" {
				// Echo what was asked: Browser's set of headers has changed
				// between releases (Pragma, Cache-Control, Content-Type, X-*).
				h.Set("Access-Control-Allow-Headers", req)
			}
			h.Set("Access-Control-Max-Age", "600")
			h.Add("Vary", "Access-Control-Request-Headers")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// StyleCommand returns the Browser command that applies the style sheet
// served at addr (host:port, as given to `polgraph serve --addr`).
func StyleCommand(addr string) string { return ":style " + baseURL(addr) + StylePath }

// PlayCommand returns the Browser command that opens the guide served at addr.
func PlayCommand(addr string) string { return ":play " + baseURL(addr) + GuidePath }

// baseURL turns a listen address into the URL Browser should fetch from.
// Loopback and wildcard hosts become localhost: Browser checks the URL's
// host against browser.remote_content_hostname_whitelist, whose default
// ("guides.neo4j.com, localhost") is in force until Browser has read the
// server's setting after connecting, and on any Neo4j not configured by
// polgraph. 127.0.0.1 passes only once the project's neo4j.conf is read.
func baseURL(addr string) string {
	scheme := "http"
	if s, rest, ok := strings.Cut(addr, "://"); ok {
		scheme, addr = s, rest
	}
	addr = strings.TrimSuffix(addr, "/")
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		host, port = addr, ""
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && (ip.IsLoopback() || ip.IsUnspecified()) {
		host = "localhost"
	}
	if port != "" {
		host = net.JoinHostPort(host, port)
	}
	return scheme + "://" + host
}
