package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
)

// A profile names a person by a nickname set in quotes between the given
// names and the surname ('Teodor "Teo" Varga', "Joaquín 'El Chapo'
// Guzmán"): one person, named by the words outside the quotes, whom the
// nickname alone names later too ("Teo said").

// nicknamedName is the end of a person's name at token i, before limit,
// that holds a quoted nickname after one to three capitalised words and
// before a surname of one to three, or 0. Names the gazetteer knows open
// neither part: 'the EU "Green Deal" Commission' is no person.
func (d *doc) nicknamedName(i, limit int) int {
	a := d.runEnd(i, limit)
	if a-i > 3 || a+3 >= limit || !openingQuoteMark(d.toks[a].text) || d.toks[a].start == d.toks[a-1].end || d.toks[a+1].start != d.toks[a].end {
		return 0
	}
	b := a + 1
	for b < limit && b-a <= 3 && d.toks[b].kind == tokWord && d.toks[b].cap {
		b++
	}
	if b == a+1 || b+1 >= limit || !closingQuoteMark(d.toks[b].text) || d.toks[b].start != d.toks[b-1].end || d.toks[b+1].start == d.toks[b].end {
		return 0
	}
	if t := &d.toks[b+1]; t.kind != tokWord || !t.cap || t.allCaps {
		return 0
	}
	c := d.runEnd(b+1, limit)
	if c-(b+1) > 3 || d.knownNameAt(i, a) || d.knownNameAt(b+1, c) {
		return 0
	}
	return c
}

// openingQuoteMark and closingQuoteMark are the marks that open and
// close a quoted nickname.
func openingQuoteMark(t string) bool { return t == "\"" || t == "“" || t == "'" || t == "‘" }
func closingQuoteMark(t string) bool { return t == "\"" || t == "”" || t == "'" || t == "’" }

// nickname is the token span [a, b) of the quoted nickname inside person
// mention m, its quotes included, or -1, -1.
func (d *doc) nickname(m *mention) (a, b int) {
	if m.kind != polgraph.KindPerson || m.last-m.first < 5 {
		return -1, -1
	}
	for j := m.first + 1; j < m.last; j++ {
		if !openingQuoteMark(d.toks[j].text) {
			continue
		}
		for k := j + 2; k < m.last-1; k++ {
			if closingQuoteMark(d.toks[k].text) {
				return j, k + 1
			}
		}
		break
	}
	return -1, -1
}

// nicknameText is the nickname inside mention m without its quotes, or "".
func (d *doc) nicknameText(m *mention) string {
	a, b := d.nickname(m)
	if a < 0 {
		return ""
	}
	return d.text[d.toks[a+1].start:d.toks[b-2].end]
}

// withoutNickname is mention m's text less its quoted nickname: the name
// the person goes by in full ("Teodor Varga").
func (d *doc) withoutNickname(m *mention) string {
	a, b := d.nickname(m)
	if a < 0 {
		return d.text[m.start:m.end]
	}
	return strings.TrimSpace(d.text[m.start:d.toks[a].start]) + " " + d.text[d.toks[b].start:m.end]
}

// namingVerbs give a pronoun's person the quoted name after it
// (data/words/naming_verbs.txt).
var namingVerbs = wordSet("naming_verbs.txt")

// calledNicknames makes a quoted name that a naming verb gives a pronoun
// ("Friends call him "Teo"") a name of the person the pronoun stands for,
// not a person of its own, wherever the article uses it.
func (d *doc) calledNicknames() {
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.ent < 0 || !m.named() || d.ents[m.ent].kind != polgraph.KindPerson || m.first < 3 || m.last >= len(d.toks) ||
			!openingQuoteMark(d.toks[m.first-1].text) || !closingQuoteMark(d.toks[m.last].text) || !namingVerbs[d.toks[m.first-3].lower] {
			continue
		}
		for pi := range d.ments {
			p := &d.ments[pi]
			if p.via == "pronoun" && p.first == m.first-2 && p.last == m.first-1 && p.ent >= 0 && p.ent != m.ent && d.ents[p.ent].kind == polgraph.KindPerson {
				d.mergeEntity(m.ent, p.ent)
				break
			}
		}
	}
}
