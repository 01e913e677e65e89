package server_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/server"
)

// BenchmarkTimelineExport downloads GET /timeline/export of two of the
// benchmark world's most mentioned people in each format, one client, and
// reports the latency, the events and the size of a document.
func BenchmarkTimelineExport(b *testing.B) {
	db := graphtest.Open(b)
	people := benchWorld(b, db)
	srv := httptest.NewServer(server.New(server.Config{Graph: db}))
	defer srv.Close()
	for _, format := range []string{"csv", "ics", "timelinejs"} {
		b.Run(format, func(b *testing.B) {
			var bytes int64
			truncated := 0
			start := time.Now()
			for i := range b.N {
				a, c := people[i%len(people)], people[(i+1)%len(people)]
				res, err := http.Get(fmt.Sprintf("%s/timeline/export?format=%s&ids=%s,%s", srv.URL, format, a.ID, c.ID))
				if err != nil {
					b.Fatal(err)
				}
				n, err := io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if err != nil || res.StatusCode != http.StatusOK {
					b.Fatalf("status %d: %v", res.StatusCode, err)
				}
				bytes += n
				if res.Header.Get("X-Polgraph-Truncated") == "true" {
					truncated++
				}
			}
			b.ReportMetric(float64(time.Since(start).Milliseconds())/float64(b.N), "ms/export")
			b.ReportMetric(float64(bytes)/float64(b.N)/1024, "KiB/export")
			b.ReportMetric(float64(truncated)/float64(b.N), "truncated")
		})
	}
}
