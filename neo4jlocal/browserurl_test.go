package neo4jlocal

import "testing"

// The printed Browser URL opens the connect form on this server's Bolt
// port, not Browser's default 7687.
func TestBrowserURLNamesItsBolt(t *testing.T) {
	s := &Server{HTTPPort: 17474, BoltPort: 17687}
	if got, want := s.BrowserURL(), "http://127.0.0.1:17474/browser/?dbms=bolt://neo4j@127.0.0.1:17687"; got != want {
		t.Errorf("BrowserURL = %q, want %q", got, want)
	}
}
