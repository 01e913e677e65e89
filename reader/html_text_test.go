package reader

import "testing"

func TestBlockText(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"paragraphs", `<p>One.</p><p>Two.</p>`, "One.\n\nTwo."},
		{"inline markup joins without spaces", `<p>The <b>min</b>ister's <a href="#">of</a>fice.</p>`, "The minister's office."},
		{"white space collapses", "<p>  One\n  line\t here. </p>", "One line here."},
		{"br is a line break inside the paragraph", `<p>Town Hall<br>Main Street 1<br/>Ostmark</p>`, "Town Hall\nMain Street 1\nOstmark"},
		{"text beside blocks is its own paragraph", `<div>Lead text.<p>Body.</p>Tail text.</div>`, "Lead text.\n\nBody.\n\nTail text."},
		{"list items and headings", `<h2>Votes</h2><ul><li>Yes: 40</li><li>No: 31</li></ul>`, "Votes\n\nYes: 40\n\nNo: 31"},
		{"table row on one line", `<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Greens</td><td>12</td></tr></table>`, "Party Seats\n\nGreens 12"},
		{"pre keeps its lines", "<pre>line one\nline two</pre>", "line one\nline two"},
		{"scripts and images are no text", `<p>Text.<script>var x;</script><img src="a.png"></p>`, "Text."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := parse(t, "<html><body>"+tt.html+"</body></html>")
			if got := blockText(root); got != tt.want {
				t.Errorf("blockText = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWithoutFurniture(t *testing.T) {
	got := withoutFurniture("Share\n\nThe minister resigned.\nAdvertisement\n\n0 132\n\nShe will stay until May.")
	if want := "The minister resigned.\n\nShe will stay until May."; got != want {
		t.Errorf("withoutFurniture = %q, want %q", got, want)
	}
}

func TestArticleTitle(t *testing.T) {
	tests := []struct {
		name, trafilatura, site string
		page                    htmlDoc
		want                    string
	}{
		{"h1 held by <title>", "Minister quits - Daily Example", "Daily Example",
			htmlDoc{title: "Minister quits - Daily Example", h1: "Minister quits"}, "Minister quits"},
		{"h1 over a teaser's JSON-LD headline", "Customs chief suspended", "",
			htmlDoc{title: "Customs chief charged | Courier", h1: "Customs chief charged"}, "Customs chief charged"},
		{"logo h1 after the separator is the site", "", "",
			htmlDoc{title: "Budget passes | Ostmark Daily News", h1: "Ostmark Daily News"}, "Budget passes | Ostmark Daily News"},
		{"site name dropped", "", "Ostmark Daily",
			htmlDoc{title: "Budget passes – Ostmark Daily"}, "Budget passes"},
		{"site name first dropped", "", "Ostmark Daily",
			htmlDoc{ogTitle: "Ostmark Daily | Budget passes"}, "Budget passes"},
		{"no site name, title kept", "", "",
			htmlDoc{title: "Budget passes - what it means"}, "Budget passes - what it means"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := articleTitle(tt.trafilatura, tt.site, &tt.page); got != tt.want {
				t.Errorf("articleTitle = %q, want %q", got, tt.want)
			}
		})
	}
}
