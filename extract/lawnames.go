package extract

import (
	"github.com/polgraph/polgraph/extract/parse"
)

// lawNameHeads end or open the names of laws and treaties
// (data/words/law_name_heads.txt).
var lawNameHeads = wordSet("law_name_heads.txt")

// surnameLawHeads are heads of laws' names that are people's names too
// (data/words/surname_law_heads.txt).
var surnameLawHeads = wordSet("surname_law_heads.txt")

// lawNameJoiners join the words of an instrument's name ("the Freedom of
// Information Act", "the Treaty on Open Skies", "the Convention for the
// Protection of Human Rights").
var lawNameJoiners = set("of", "on", "and", "for", "&")

// lawNameEnd is the end of a law's or a treaty's name that opens at token
// i, or 0: a run of capitalised words, joined by lawNameJoiners, that a
// lawNameHeads word ends ("the Foreign Agents Registration Act", "the
// Lisbon Treaty") or opens before "of" or "on" ("the Treaty of Kessel",
// "the Law on Foreign Influence"). A name the gazetteer knows in full
// ("the North Atlantic Treaty") is left to it, and a person's name is no
// law ("Jude Law": a head that is a surname too, after a word of no
// English and no list).
func (d *doc) lawNameEnd(i, limit int) int {
	t := &d.toks[i]
	if t.kind != tokWord || !t.cap || t.lower == "the" {
		return 0 // a capital "The" is read past, and the name looked for after it
	}
	k := i + 1
	for k < limit {
		u := &d.toks[k]
		if u.start-d.toks[k-1].end > 1 {
			break
		}
		if u.kind == tokWord && (u.cap || u.allCaps) {
			k++
			continue
		}
		if k-1 > i && lawNameHeads[d.toks[k-1].lower] {
			break // "the Registration Act on Sunday", "the Accord and the Law on ...": a head that ends the name ends it
		}
		if n := k + 1; lawNameJoiners[u.lower] && d.englishWord(d.toks[k-1].lower) {
			// after an English word only: "Ana Holm and Velmar" are two names
			if n < limit && d.toks[n].lower == "the" {
				n++
			}
			if n < limit && d.toks[n].kind == tokWord && d.toks[n].cap && d.contiguous(k, n+1) {
				k = n + 1
				continue
			}
		}
		break
	}
	head := d.toks[k-1].lower
	opens := lawNameHeads[t.lower] && k > i+2 && (d.toks[i+1].lower == "of" || d.toks[i+1].lower == "on")
	if !opens && (k == i+1 || !lawNameHeads[head] || d.toks[k-1].allCaps || !d.toks[k-2].cap) {
		return 0 // "DePaul University School of Law", "the Palace of Conventions": a body's or a building's field
	}
	if before := k - 2; !opens && surnameLawHeads[head] && !d.englishWord(d.toks[before].lower) && !d.knownNameAt(before, k-1) {
		return 0 // "Jude Law", "Andrew Bonar Law"
	}
	if gn, _ := d.gazAt(i, k); gn == k-i {
		return 0
	}
	return k
}

// lawNameParts adds the mentions of the names the gazetteer knows inside
// the instrument's name at tokens [i, k) ("the EU Data Protection
// Directive", "the Council of Europe Convention", "the Treaty of The
// Hague"); words no list knows name nothing ("the Treaty of Kessel").
func (d *doc) lawNameParts(i, k, si int) {
	for j := i; j < k; {
		if t := &d.toks[j]; t.kind != tokWord || !t.cap {
			j++
			continue
		}
		gn, gm := d.gazAt(j, k)
		if gn == 0 {
			j++
			continue
		}
		d.addMention(mention{first: j, last: j + gn, sent: si, matches: gm, via: gm[0].Via, strong: true, officeStart: -1})
		j += gn
	}
}

// englishWord reports a word of English that a name's capitals may hide
// ("Freedom", "Treaty"), no one's name.
func (d *doc) englishWord(w string) bool {
	return commonWords[w] || commonNouns[w] || d.lowerSeen[w] || lawNameHeads[w] || orgHeads[w] || parse.Default().CommonWord(w)
}
