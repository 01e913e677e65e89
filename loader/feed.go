package loader

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"

	"github.com/polgraph/polgraph/reader"
)

// feedItem is an RSS <item> or an Atom <entry>, the fields polgraph uses.
type feedItem struct {
	Title     string `xml:"title"`
	Links     []link `xml:"link"`
	GUID      string `xml:"guid"`
	ID        string `xml:"id"`
	PubDate   string `xml:"pubDate"`
	Date      string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Published string `xml:"published"`
	Updated   string `xml:"updated"`
	Encoded   string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	Content   string `xml:"content"`
	Desc      string `xml:"description"`
	Summary   string `xml:"summary"`
}

// link is RSS's <link>URL</link> or Atom's <link href="URL" rel="…"/>.
type link struct {
	Href  string `xml:"href,attr"`
	Rel   string `xml:"rel,attr"`
	Value string `xml:",chardata"`
}

// feed emits one record per item of an RSS or Atom feed, each named by the
// line its item starts on. The item becomes a JSON article for reader.Read,
// so feed articles get ids exactly like any other (from the canonical URL).
func (s *source) feed(ctx context.Context, name, file string, data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	var source string
	items := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			return s.fail(ctx, &record{input: fmt.Sprintf("%s:%d", name, line), file: file}, fmt.Errorf("feed: %w", err))
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch start.Name.Local {
		case "title":
			if source == "" && items == 0 { // the channel's or feed's own title
				var t string
				if err := dec.DecodeElement(&t, &start); err == nil {
					source = strings.TrimSpace(t)
				}
			}
		case "item", "entry":
			items++
			line, _ := dec.InputPos()
			input := fmt.Sprintf("%s:%d", name, line)
			var it feedItem
			if err := dec.DecodeElement(&it, &start); err != nil {
				return s.fail(ctx, &record{input: input, file: file}, fmt.Errorf("feed item: %w", err))
			}
			data, err := it.article(source)
			r := &record{input: input, file: file, format: reader.FormatJSON, data: data, size: int64(len(data)), err: err}
			if err := s.emit(ctx, r); err != nil {
				return err
			}
		}
	}
	if items == 0 {
		return s.fail(ctx, &record{input: name, file: file, size: int64(len(data))}, errors.New("feed: no items"))
	}
	return nil
}

// article returns the item as a JSON article.
func (it *feedItem) article(source string) ([]byte, error) {
	body := firstOf(it.Encoded, it.Content, it.Desc, it.Summary)
	text := htmlText(body)
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("feed item: no text")
	}
	url := ""
	for _, l := range it.Links {
		if u := strings.TrimSpace(firstOf(l.Href, l.Value)); u != "" && (l.Rel == "" || l.Rel == "alternate") {
			url = u
			break
		}
	}
	if url == "" && strings.HasPrefix(it.GUID, "http") {
		url = strings.TrimSpace(it.GUID)
	}
	title := strings.TrimSpace(it.Title)
	return json.Marshal(map[string]any{
		"title":       title,
		"text":        title + "\n\n" + text,
		"url":         url,
		"source":      source,
		"publishedAt": firstOf(it.PubDate, it.Published, it.Date, it.Updated),
	})
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// htmlText turns an item's HTML body into plain text, one paragraph per
// block. Feeds carry the body escaped or in CDATA; plain text passes through.
func htmlText(body string) string {
	if !strings.Contains(body, "<") {
		return strings.TrimSpace(html.UnescapeString(body))
	}
	root, err := html.Parse(strings.NewReader(body))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style"):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote":
				b.WriteString("\n\n")
			}
		}
	}
	walk(root)
	var paras []string
	for _, p := range strings.Split(b.String(), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}
