package gazetteer

import (
	"fmt"
	"hash/fnv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Slug returns the id slug of a name: lowercase ASCII letters and digits,
// diacritics folded ("Québec" -> "quebec", "Straße" -> "strasse"),
// apostrophes dropped so that possessives stay one word
// ("Prime Minister's Office" -> "prime-ministers-office"), and every other
// run of characters collapsed to a single "-", never leading or trailing.
//
// A name with no Latin letters or digits at all (written only in Cyrillic or
// Chinese, say) would slug to nothing and so collide with every other such
// name; it gets "x-" and a hash of the name instead, which is stable.
func Slug(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	dash := false // a separator is pending
	for _, r := range s {
		if isApostrophe(r) {
			continue
		}
		var fold string
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
				fold = string(r)
			case 'A' <= r && r <= 'Z':
				fold = string(r + 'a' - 'A')
			}
		default:
			fold = foldRune(r)
		}
		if fold == "" {
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteString(fold)
	}
	if b.Len() == 0 {
		if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return ""
		}
		h := fnv.New64a()
		h.Write([]byte(strings.TrimSpace(s)))
		return fmt.Sprintf("x-%016x", h.Sum64())
	}
	return b.String()
}

// ID returns the entity id for a kind and a canonical name,
// "<kind in lowercase>/<Slug(name)>": ID("Party", "Liberal Party of Canada")
// is "party/liberal-party-of-canada". The extractor uses it for entities
// that are not in the gazetteer so that ids agree wherever they are made.
func ID(kind, name string) string {
	return strings.ToLower(kind) + "/" + Slug(name)
}

// ScopedID is the id of a party (or body) the text names by a form that
// several known ones share ("Democratic Party", "NPP") where its context
// cannot tell which: id with the scope it was seen in, "--" and the code of
// the country the article was filed in ("party/npp--ke"), or without one
// "--a" and a hash of the article's text ("party/npp--a1b2c3d4"). Slugs
// never hold "--", so a scoped id is never the id of a known entity nor of
// a name seen without doubt; it stands for one thing at most: the party of
// that name in that country, or in that article.
func ScopedID(id, country, article string) string {
	if country != "" {
		return id + "--" + strings.ToLower(country)
	}
	h := fnv.New32a()
	h.Write([]byte(article))
	return fmt.Sprintf("%s--a%08x", id, h.Sum32())
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', '`', '´':
		return true
	}
	return false
}

// foldRune maps a non-ASCII rune to lowercase ASCII, or "" when it is not a
// Latin letter or digit.
func foldRune(r rune) string {
	if f, ok := latinFold[r]; ok {
		return f
	}
	// Precomposed letters not in the table: take the lowercase form and
	// look again, so capitals need no entries of their own.
	if l := unicode.ToLower(r); l != r {
		if f, ok := latinFold[l]; ok {
			return f
		}
	}
	return ""
}

// latinFold folds the lowercase Latin letters of Latin-1 Supplement, Latin
// Extended-A and B and the Vietnamese block that appear in names in the news.
var latinFold = func() map[rune]string {
	m := make(map[rune]string)
	groups := map[string]string{
		"a":  "àáâãäåāăąǎǻạảấầẩẫậắằẳẵặ",
		"ae": "æǽ",
		"c":  "çćĉċč",
		"d":  "ďđð",
		"e":  "èéêëēĕėęěẹẻẽếềểễệ",
		"g":  "ĝğġģǧ",
		"h":  "ĥħ",
		"i":  "ìíîïĩīĭįıǐỉị",
		"ij": "ĳ",
		"j":  "ĵ",
		"k":  "ķ",
		"l":  "ĺļľŀł",
		"n":  "ñńņňŉ",
		"o":  "òóôõöøōŏőǒǿơọỏốồổỗộớờởỡợ",
		"oe": "œ",
		"r":  "ŕŗř",
		"s":  "śŝşšș",
		"ss": "ß",
		"t":  "ţťŧț",
		"th": "þ",
		"u":  "ùúûüũūŭůűųǔưụủứừửữự",
		"w":  "ŵ",
		"y":  "ýÿŷỳỵỷỹ",
		"z":  "źżž",
	}
	for ascii, runes := range groups {
		for _, r := range runes {
			m[r] = ascii
		}
	}
	// Capitals whose lowercase is not what unicode.ToLower gives, or which
	// have no precomposed lowercase in the groups above.
	m['İ'] = "i"
	m['ẞ'] = "ss"
	return m
}()
