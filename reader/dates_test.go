package reader

import (
	"strings"
	"testing"
)

// body is a short article under the headline "Senate passes budget".
const body = `<h1>Senate passes budget</h1><p>The senate of Ostmark passed the budget on Thursday by forty votes to thirty-one, after a debate that lasted through the night and ended with the opposition walking out of the chamber.</p>
<p>The finance minister, Edda Lorne, said the budget would cut the deficit by half within two years without raising income tax.</p>`

func TestFindPublished(t *testing.T) {
	jsonLD := func(s string) string { return `<script type="application/ld+json">` + s + `</script>` }
	meta := `<meta property="article:published_time" content="2021-03-04T10:00:00+01:00">`
	headerTime := `<article><header><time datetime="2021-03-05">5 March 2021</time></header>` + body + `</article>`
	tests := []struct {
		name, head, body, url string
		want                  pageDate
	}{
		{"json-ld over meta", jsonLD(`{"@type":"NewsArticle","datePublished":"2021-03-03T22:00:00-05:00"}`) + meta, headerTime, "",
			pageDate{"2021-03-03", DateFromJSONLD}},
		{"meta over time", meta, headerTime, "https://news.example/2021/03/06/budget", pageDate{"2021-03-04", DateFromMeta}},
		{"time over url", "", headerTime, "https://news.example/2021/03/06/budget", pageDate{"2021-03-05", DateFromTime}},
		{"url last", "", `<article>` + body + `</article>`, "https://news.example/2021/03/06/budget", pageDate{"2021-03-06", DateFromURL}},
		{"nothing", "", `<article>` + body + `</article>`, "https://news.example/budget", pageDate{}},
		{"json-ld @graph, a list of other articles before it", jsonLD(`{"@context":"https://schema.org","@graph":[
			{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2019-01-01"}]},
			{"@type":"WebPage","datePublished":"2021-03-01"},
			{"@type":["NewsArticle","ReportageNewsArticle"],"datePublished":"2021-03-02"}]}`), body, "", pageDate{"2021-03-02", DateFromJSONLD}},
		{"json-ld mainEntityOfPage", jsonLD(`{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2021-03-02"}}`), body, "",
			pageDate{"2021-03-02", DateFromJSONLD}},
		{"json-ld web page when no article", jsonLD(`[{"@type":"Organization","name":"X"},{"@type":"WebPage","datePublished":"2021-02-28"}]`), body, "",
			pageDate{"2021-02-28", DateFromJSONLD}},
		{"json-ld dateCreated when no datePublished", jsonLD(`{"@type":"NewsArticle","dateCreated":"2021-02-27","dateModified":"2021-04-01"}`), body, "",
			pageDate{"2021-02-27", DateFromJSONLD}},
		{"json-ld dateModified alone is no publication", jsonLD(`{"@type":"NewsArticle","dateModified":"2021-04-01"}`), body, "", pageDate{}},
		{"broken json-ld still states its date", jsonLD(`{"@type":"NewsArticle","headline":"Senate passes budget","datePublished":"2021-03-02T08:00:00Z",}`), body, "",
			pageDate{"2021-03-02", DateFromJSONLD}},
		{"json-ld with raw line breaks in a string", jsonLD("{\"@type\":\"NewsArticle\",\"description\":\"line one\nline two\",\"datePublished\":\"2021-03-02\"}"), body, "",
			pageDate{"2021-03-02", DateFromJSONLD}},
		{"untyped script holding json-ld", `<script>{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2021-03-02"}</script>`, body, "",
			pageDate{"2021-03-02", DateFromJSONLD}},
		{"json-ld epoch placeholder skipped", jsonLD(`{"@type":"NewsArticle","datePublished":"1970-01-01T00:00:00Z"}`) + meta, body, "",
			pageDate{"2021-03-04", DateFromMeta}},
		{"meta: published beats a plain date", `<meta name="date" content="2021-05-05"><meta property="article:published_time" content="2021-03-04">`, body, "",
			pageDate{"2021-03-04", DateFromMeta}},
		{"meta: modified is no publication", `<meta property="article:modified_time" content="2021-05-05">`, body, "", pageDate{}},
		{"meta: itemprop datePublished", "", `<article>` + body + `<span itemprop="datePublished" content="2021-03-07">7.3.2021</span></article>`, "",
			pageDate{"2021-03-07", DateFromMeta}},
		{"meta: parsely-page", `<meta name="parsely-page" content='{"title":"Senate","pub_date":"2021-03-08T09:00:00Z"}'>`, body, "",
			pageDate{"2021-03-08", DateFromMeta}},
		{"meta: German date", `<meta name="date" content="08.03.2021">`, body, "", pageDate{"2021-03-08", DateFromMeta}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := parse(t, "<html><head>"+tt.head+"</head><body>"+tt.body+"</body></html>")
			if got := findPublished(root, "Senate passes budget", tt.url); got != tt.want {
				t.Errorf("findPublished = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestHeaderTime: only a <time> of the article's own header dates it; a
// related post's, a comment's or a sidebar's never does, wherever it is.
func TestHeaderTime(t *testing.T) {
	related := `<div class="related-posts"><article><h4>Old budget fight</h4><time datetime="2009-06-01">June 1, 2009</time></article></div>`
	tests := []struct {
		name, body, want string
	}{
		{"related list before the article", related + `<article><header>` + `<time datetime="2021-03-05">` + `</time></header>` + body + `</article>`, "2021-03-05"},
		{"related list before, article undated", related + `<article>` + body + `</article>`, ""},
		{"related cards inside the article", `<article>` + body + `<section><article><time datetime="2009-06-01"></time></article></section></article>`, ""},
		{"no <article>: byline beside the headline", `<div class="page"><div class="story"><div class="head"><h1>Senate passes budget</h1><span>By A. Writer, <time datetime="2021-03-05">5.3.2021</time></span></div><div class="text">` + strings.TrimPrefix(body, "<h1>Senate passes budget</h1>") + `</div></div>` + related + `</div>`, "2021-03-05"},
		{"no <article>: a list after the body", `<div class="story"><div class="inner">` + body + `<ul class="more"><li><time datetime="2020-01-01">1.1.2020</time> Another story</li></ul></div></div>`, ""},
		{"no <article>: marked publication date under the body", `<div class="story"><div class="inner">` + body + `<p class="created">Created <time pubdate datetime="2021-03-05T10:00:00Z"></time></p></div></div>`, "2021-03-05"},
		{"published wins over updated", `<article><header><time class="updated" datetime="2021-04-01"></time><time class="entry-date published" datetime="2021-03-05"></time></header>` + body + `</article>`, "2021-03-05"},
		{"comment times", `<article>` + body + `<ol class="comment-list"><li><time datetime="2021-03-09"></time> Great.</li></ol></article>`, ""},
		{"sidebar", `<aside><time datetime="2021-01-01"></time></aside><article>` + body + `</article>`, ""},
		{"time text without datetime", `<article><header><time>March 5, 2021</time></header>` + body + `</article>`, "2021-03-05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := parse(t, "<html><body>"+tt.body+"</body></html>")
			if got := headerTimeDate(root, headline(root, "Senate passes budget")); got != tt.want {
				t.Errorf("headerTimeDate = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestURLDate(t *testing.T) {
	for url, want := range map[string]string{
		"https://news.example/politics/2019/05/31/budget":    "2019-05-31",
		"https://news.example/2019/5/3/budget.html":          "2019-05-03",
		"https://news.example/politics/2019-05-31-budget":    "2019-05-31",
		"https://news.example/archive/20190531/budget":       "2019-05-31",
		"https://news.example/2019/05/budget":                "", // a month is no day
		"https://news.example/2019/02/30/budget":             "", // no such day
		"https://news.example/story/1887-2019-the-long-road": "",
		"https://news.example/article-12345678":              "",
		"":                                                   "",
	} {
		if got := urlDate(url); got != want {
			t.Errorf("urlDate(%q) = %q, want %q", url, got, want)
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2023-03-23":                      "2023-03-23",
		"2023-03-23T23:30:00-05:00":       "2023-03-23", // the publisher's day, not UTC's
		"2023-03-23T10:00:00.000Z":        "2023-03-23",
		"2023-03-23 10:00:00 +0100 CET":   "2023-03-23",
		"2023/03/23":                      "2023-03-23",
		"20230323":                        "2023-03-23",
		"23.03.2023":                      "2023-03-23",
		"23-03-2023 10:29":                "2023-03-23",
		"Thu, 23 Mar 2023 10:00:00 +0000": "2023-03-23",
		"March 23, 2023":                  "2023-03-23",
		"Mar. 23, 2023":                   "2023-03-23",
		"23 March 2023":                   "2023-03-23",
		"23. März 2023":                   "2023-03-23",
		"23 de marzo de 2023":             "2023-03-23",
		"1679565600":                      "2023-03-23",
		"03/23/2023":                      "", // month and day order unknown
		"2023-02-30":                      "",
		"yesterday":                       "",
		"":                                "",
	} {
		if got := NormalizeDate(in); got != want {
			t.Errorf("NormalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}
