package server

import (
	"errors"
	"testing"

	"github.com/polgraph/polgraph/graph"
)

func TestPageOf(t *testing.T) {
	ptr := func(v int) *int { return &v }
	str := func(s string) *string { return &s }
	tests := []struct {
		name    string
		first   *int
		after   *string
		want    graph.Page
		wantErr bool
	}{
		{"defaults", nil, nil, graph.Page{}, false},
		{"first", ptr(5), nil, graph.Page{First: 5}, false},
		{"after a cursor", ptr(5), str(cursorAt(9)), graph.Page{First: 5, Skip: 10}, false},
		{"empty after", nil, str(""), graph.Page{}, false},
		{"zero first", ptr(0), nil, graph.Page{}, true},
		{"negative first", ptr(-3), nil, graph.Page{}, true},
		{"not base64", nil, str("%%%"), graph.Page{}, true},
		{"not ours", nil, str("b2Zmc2V0"), graph.Page{}, true},
		{"negative offset", nil, str(cursorAt(-2)), graph.Page{}, true},
	}
	for _, tt := range tests {
		got, err := pageOf(tt.first, tt.after)
		if (err != nil) != tt.wantErr || (err == nil && got != tt.want) {
			t.Errorf("%s: pageOf = %+v, %v; want %+v, error %v", tt.name, got, err, tt.want, tt.wantErr)
		}
		var coded *codedError
		if err != nil && (!errors.As(err, &coded) || coded.code != codeBadUserInput) {
			t.Errorf("%s: error %v is not BAD_USER_INPUT", tt.name, err)
		}
	}
}

func TestPageInfo(t *testing.T) {
	info := pageInfo(graph.Page{First: 2, Skip: 4}, 2, true)
	if !info.HasNextPage || !info.HasPreviousPage || *info.StartCursor != cursorAt(4) || *info.EndCursor != cursorAt(5) {
		t.Errorf("pageInfo = %+v", info)
	}
	if empty := pageInfo(graph.Page{}, 0, false); empty.StartCursor != nil || empty.EndCursor != nil || empty.HasPreviousPage {
		t.Errorf("pageInfo of nothing = %+v", empty)
	}
}
