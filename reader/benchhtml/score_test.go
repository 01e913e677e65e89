package main

import "testing"

func TestScore(t *testing.T) {
	it := item{With: []string{"The senate  passed\nthe budget", "forty votes"}, Without: []string{"Leave a Reply", "Share"}}
	tests := []struct {
		name, text string
		ok         bool
		want       counts
	}{
		{"white space differs", "The senate passed the budget by forty votes.", true, counts{tp: 2, tn: 2}},
		{"furniture kept", "The senate passed the budget. Share", true, counts{tp: 1, fn: 1, fp: 1, tn: 1}},
		{"refused finds nothing", "The senate passed the budget by forty votes. Share", false, counts{fn: 2, tn: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := score(it, tt.text, tt.ok); got != tt.want {
				t.Errorf("score = %+v, want %+v", got, tt.want)
			}
		})
	}
	c := counts{tp: 9, fp: 1, fn: 3}
	if p, r, f := c.precision(), c.recall(), c.f1(); p != 0.9 || r != 0.75 || f != 18.0/22 {
		t.Errorf("precision %v recall %v f1 %v", p, r, f)
	}
}

func TestStated(t *testing.T) {
	for page, want := range map[string]string{
		`<script type="application/ld+json">{"datePublished": "2021-03-02T10:00:00Z"}</script>`: "2021-03-02",
		`<meta property="article:published_time" content="2021-03-04T10:00:00Z">`:               "2021-03-04",
		`<meta content="2021-03-05" name="date">`:                                               "2021-03-05",
		`<meta property="article:modified_time" content="2021-03-06">`:                          "",
	} {
		if got := stated([]byte(page)); got != want {
			t.Errorf("stated(%s) = %q, want %q", page, got, want)
		}
	}
}
