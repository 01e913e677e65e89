package server

import (
	"context"
	"unicode/utf8"
)

// maxArticleText bounds Article.text: the graph keeps at most 1 MiB of an
// article's text.
const maxArticleText = 1 << 20

// articleText is the first maxBytes bytes of an article's text, cut at a
// character, or nil where the graph keeps none. One query serves every
// article of a response.
func (r *Resolver) articleText(ctx context.Context, id string, maxBytes *int) (*string, error) {
	n := 65536
	if maxBytes != nil {
		n = *maxBytes
	}
	if n < 1 || n > maxArticleText {
		return nil, userErrorf("text(maxBytes: %d): want 1 to %d", n, maxArticleText)
	}
	l := loaderFor(ctx, "articleTexts", r.db.ArticleTexts)
	text, err := l.load(ctx, id)
	if err != nil || text == "" {
		return nil, err
	}
	if len(text) > n {
		cut := n
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	return &text, nil
}
