package server

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/server/generated"
)

// Cursors are opaque to clients; inside they are the item's offset in the
// list ("o:41"), which suits lists that are re-sorted per request.

func cursorAt(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o:" + strconv.Itoa(offset)))
}

// pageOf turns Relay arguments into a graph.Page: after the item at the
// cursor's offset, first items. A first above graph.MaxPage is refused,
// not silently capped: the client would take a short page for the end.
func pageOf(first *int, after *string) (graph.Page, error) {
	p := graph.Page{}
	if first != nil {
		if *first <= 0 {
			return p, userErrorf("first must be positive")
		}
		if *first > graph.MaxPage {
			return p, userErrorf("first is %d, but a page holds at most %d items: ask for %d or fewer and follow pageInfo.endCursor with after", *first, graph.MaxPage, graph.MaxPage)
		}
		p.First = *first
	}
	if after != nil && *after != "" {
		b, err := base64.RawURLEncoding.DecodeString(*after)
		s, ok := strings.CutPrefix(string(b), "o:")
		n, err2 := strconv.Atoi(s)
		if err != nil || !ok || err2 != nil || n < 0 {
			return p, userErrorf("after: not a cursor of this API: %q", *after)
		}
		p.Skip = n + 1
	}
	return p, nil
}

// pageInfo describes n items read at p, more telling whether others follow.
func pageInfo(p graph.Page, n int, more bool) *generated.PageInfo {
	info := &generated.PageInfo{HasNextPage: more, HasPreviousPage: p.Skip > 0}
	if n > 0 {
		start, end := cursorAt(p.Skip), cursorAt(p.Skip+n-1)
		info.StartCursor, info.EndCursor = &start, &end
	}
	return info
}

// size returns the page size a first argument asks for, for complexity.
func size(first *int) int {
	if first == nil {
		return graph.Page{}.Size()
	}
	return graph.Page{First: *first}.Size()
}
