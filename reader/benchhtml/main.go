// Command benchhtml scores polgraph's HTML reader on trafilatura's
// evaluation set, the way trafilatura's tests/evaluate.py scores
// extractors: `make bench-html`. It reads a copy of the trafilatura
// repository's tests/ folder (evaldata.json, eval/, cache/) from
// $POLGRAPH_HTML_EVAL and fetches nothing.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/polgraph/polgraph/reader"
)

func main() {
	dir := flag.String("dir", os.Getenv("POLGRAPH_HTML_EVAL"), "trafilatura's tests/ folder (default $POLGRAPH_HTML_EVAL)")
	verbose := flag.Bool("v", false, "list refused pages and dates that disagree")
	flag.Parse()
	if err := run(*dir, *verbose, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench-html:", err)
		os.Exit(1)
	}
}

func run(dir string, verbose bool, out io.Writer) error {
	if dir == "" {
		return errors.New("set POLGRAPH_HTML_EVAL to a copy of the trafilatura repository's tests/ folder (see README, Reading HTML pages)")
	}
	raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return fmt.Errorf("read evaluation set: %w", err)
	}
	var items map[string]item
	if err := json.Unmarshal(raw, &items); err != nil {
		return fmt.Errorf("read %s: %w", filepath.Join(dir, "evaldata.json"), err)
	}
	urls := make([]string, 0, len(items))
	for u := range items {
		urls = append(urls, u)
	}
	sort.Strings(urls)

	var (
		total               counts
		refused             int
		elapsed             time.Duration
		dates               dateTally
		titles, titlesAgree int
		sources             = map[string]int{}
		detailRefused, diff []string
	)
	for _, u := range urls {
		it := items[u]
		path, page, err := find(dir, it.File)
		if err != nil {
			return err
		}
		start := time.Now()
		a, err := reader.Read(path, page, reader.FormatHTML)
		elapsed += time.Since(start)
		if err != nil {
			refused++
			detailRefused = append(detailRefused, err.Error())
		}
		total.add(score(it, a.Text, err == nil))
		sources[a.PublishedFrom]++
		if it.Title != "" {
			titles++
			if sameTitle(a.Title, it.Title) {
				titlesAgree++
			} else if verbose {
				diff = append(diff, fmt.Sprintf("%s: title %q, annotated %q", it.File, a.Title, it.Title))
			}
		}
		if line := dates.add(it, stated(page), a.PublishedAt, a.PublishedFrom); line != "" {
			diff = append(diff, fmt.Sprintf("%s: %s", it.File, line))
		}
	}
	n := len(urls)
	fmt.Fprintf(out, "pages %d  precision %.3f  recall %.3f  F1 %.3f  refused %d  ms/page %.1f\n",
		n, total.precision(), total.recall(), total.f1(), refused, float64(elapsed.Microseconds())/1000/float64(n))
	dates.print(out, sources)
	fmt.Fprintf(out, "titles: pages with an annotated title %d, reader agrees %d (%.1f%%)\n", titles, titlesAgree, pct(titlesAgree, titles))
	if verbose {
		for _, s := range detailRefused {
			fmt.Fprintln(out, "refused:", s)
		}
		for _, s := range diff {
			fmt.Fprintln(out, "differs:", s)
		}
	}
	return nil
}

// find reads a page of the set, from cache/ or eval/ as eval_common.resolve does.
func find(dir, file string) (string, []byte, error) {
	for _, sub := range []string{"cache", "eval"} {
		p := filepath.Join(dir, sub, file)
		if data, err := os.ReadFile(p); err == nil {
			return p, data, nil
		}
	}
	return "", nil, fmt.Errorf("page %s: in neither %s/cache nor %s/eval", file, dir, dir)
}
