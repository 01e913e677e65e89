package extract

import (
	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// placeAsGivenName reports whether the one-word place or country the
// gazetteer reads at token i ("Jordan", "Chad", "Georgia"), or a body's
// short name (bodyShortNames: "Rada"), is the given
// name of a person instead: it is followed by one capitalised word that
// nothing else explains, and the article writes that word alone elsewhere
// ("Jordan Kessler, a senator ... Kessler said"), as it does a surname,
// or the place is also a common given name ("Sofia Mendes"), or an
// apposition after the two words says they are a person's ("Israel
// Kaplan, the mayor of Haifa,": a mayor is no country).
// A title right before the two words says so too (afterTitle: "Defence
// Minister Israel Katz", "RN leader Jordan Bardin"), as a title's state
// comes before it or after "of".
// A place's own names ("Jordan Valley", "Georgia Senate") end in a word
// the lists know, and a headline's capitals prove nothing.
func (d *doc) placeAsGivenName(i, limit int, gm []gazetteer.Match, afterTitle bool) bool {
	j := i + 1
	// a common given name may be a capital read as its state ("Sofia"),
	// and a title's holder is named after it
	given := firstNames[d.toks[i].lower] && !placePrepositions[d.prevWord(i, d.sentOf(i))] || afterTitle
	// or an apposition says the two words are a person's ("Paris Hinds,
	// a senator,"), though the capital also stands for its state
	titled := d.personAppositionAt(j+1, limit)
	if !placeReadings(gm) && !bodyShortNames(gm) && !((given || titled) && placesOnly(gm)) || j >= limit || d.sents[d.sentOf(i)].headline {
		return false
	}
	if p := d.prevWord(i, d.sentOf(i)); determiners[p] || p == "'s" || p == "’s" {
		return false // "the Jordan Times"
	}
	if !d.lastNameAt(j, limit) {
		return false
	}
	if given || titled {
		return true // "Sofia Mendes", "Victoria Lund"; not "in Sofia"
	}
	w := d.toks[j].lower
	// else the surname alone, elsewhere
	if d.capsAt == nil {
		d.capsAt = d.capitalisedWords()
	}
	for _, k := range d.capsAt[w] {
		if k != j && (k == 0 || d.toks[k-1].lower != d.toks[i].lower) {
			return true
		}
	}
	return false
}

// personAppositionAt reports an apposition at token k, after a name,
// whose head is a person's noun or an office's title ("Jordan Peters, an
// adviser to ...", "Israel Kaplan, the mayor of Haifa,"): what a person
// is, where a place's apposition says what a place is ("a town"); or a
// relative clause of "who" ("Regina Osk, who leads the party,"), which
// only a person takes.
func (d *doc) personAppositionAt(k, limit int) bool {
	if k+2 >= limit || d.toks[k].text != "," {
		return false
	}
	switch d.toks[k+1].lower {
	case "a", "an", "the":
	case "who", "whom", "whose":
		return true
	default:
		return false
	}
	// one lower-case word may modify the head: "a former senator",
	// "the deputy mayor"
	for x := k + 2; x < min(k+4, limit); x++ {
		t := &d.toks[x]
		if t.kind != tokWord || t.cap {
			return false
		}
		if personNouns[t.lower] {
			return true
		}
		if n, _ := d.officeAt(x, limit); n > 0 {
			return true
		}
		if kindNouns[t.lower] != "" {
			return false
		}
	}
	return false
}

// lastNameAt reports whether token j is one capitalised word, the last of
// a name, that no list explains as anything but a surname: no head of a
// body or place, common word, gazetteer name or title.
func (d *doc) lastNameAt(j, limit int) bool {
	next := &d.toks[j]
	w := next.lower
	if next.kind != tokWord || !next.cap || next.allCaps || j+1 < limit && d.toks[j+1].kind == tokWord && d.toks[j+1].cap ||
		orgHeads[w] || placeHeads[w] || commonNouns[w] || commonWords[w] || calendarWords[w] || nonNames[w] || peoples[w] ||
		honorifics[next.bare()] || d.lowerSeen[w] || connectors[w] || adjectiveSuffix(w) {
		return false
	}
	if n, _ := d.gazAt(j, limit); n > 0 {
		return false
	}
	n, _ := d.officeAt(j, limit)
	return n == 0
}

// givenNonName reports whether the word at token i, which alone names no
// one ("Christian", an adjective of parties and creeds), is a person's
// given name: it is a common given name, and a surname follows
// (lastNameAt) that is no word of party names ("Christian Democrats").
func (d *doc) givenNonName(i, limit int) bool {
	j := i + 1
	return firstNames[d.toks[i].lower] && j < limit && d.contiguous(i, j+1) && !partyNameWords[d.toks[j].lower] && d.lastNameAt(j, limit)
}

// placeInsideName reports whether the one-word place or country ms the
// gazetteer reads at token j, inside the capitalised run [i, k) of a
// person, is one of the person's names: words the lists do not explain
// come before it and, but for a surname, after it ("Rui Albuquerque Vaz",
// "Ana Lisboa Prates", "Luis Montenegro"), where a place's own longer
// names end in a word they know ("Lisbon City Council").
func (d *doc) placeInsideName(i, j, k int, ms []gazetteer.Match) bool {
	if j == i || j >= k || !cityReadings(ms) && !(j+1 == k && surnameReadings(ms)) {
		// a one-word body's name ends a person's name as a surname:
		// "Mayor Ingrid Vale" is no mining company
		return false
	}
	return d.unexplainedBut(i, j, k)
}

// unexplainedBut reports whether the words of the run [i, k) but the one
// at j are capitalised words the lists do not explain: no head of a
// body's or place's name, no common word, no name the gazetteer knows.
func (d *doc) unexplainedBut(i, j, k int) bool {
	for h := i; h < k; h++ {
		if h == j {
			continue
		}
		t := &d.toks[h]
		w := t.lower
		if t.kind != tokWord || !t.cap || t.allCaps || orgHeads[w] || placeHeads[w] || mediaHeads[w] || commonNouns[w] || commonWords[w] || calendarWords[w] || nonNames[w] || peoples[w] {
			return false
		}
		if n, _ := d.gazAt(h, k); n > 0 {
			return false
		}
	}
	return true
}

// bodyWordEndsName reports whether the one-word body or party ms the
// gazetteer reads at token j, the last of the capitalised run [i, k), is
// the last word of a name no list knows: words the lists do not explain
// come before it ("Kestrow Vale" is no mining company Vale, "Civic Dawn"
// no Icelandic party Dawn), in a sentence not title-cased as a headline
// is.
func (d *doc) bodyWordEndsName(i, j, k, si int, ms []gazetteer.Match) bool {
	if j+1 != k || j == i || d.toks[j].allCaps || d.sents[si].headline && d.titleCased(si) {
		return false
	}
	for _, m := range ms {
		if m.Via != "name" && m.Via != "alias" || m.Entry.Kind != polgraph.KindOrganization && m.Entry.Kind != polgraph.KindParty {
			return false
		}
	}
	return len(ms) > 0 && d.unexplainedBut(i, j, k)
}

// placeReadings reports whether the gazetteer reads a name only as a
// place or a country, by its name or an alias.
func placeReadings(ms []gazetteer.Match) bool {
	for _, m := range ms {
		if m.Via != "name" && m.Via != "alias" {
			return false
		}
	}
	return placesOnly(ms)
}

// bodyShortNames reports whether the gazetteer reads a name only as a
// body's one-word short name, an alias not the body's own name ("Rada",
// "Duma"): words that are given names too ("Rada Kostel", "Duma Orlan"),
// where the body's own name is longer.
func bodyShortNames(ms []gazetteer.Match) bool {
	for _, m := range ms {
		if m.Via != "alias" || m.Entry.Kind != polgraph.KindOrganization {
			return false
		}
	}
	return len(ms) > 0
}

// cityReadings reports whether the gazetteer reads a name only as a
// place or a country, by its name or an alias, or as a capital that
// stands for its state ("Lima", "Paris", "Washington"): a city's name,
// which surnames share as they do other places' ("Renato Lima").
func cityReadings(ms []gazetteer.Match) bool {
	for _, m := range ms {
		if m.Via != "name" && m.Via != "alias" && m.Via != "metonym" {
			return false
		}
	}
	return placesOnly(ms)
}

// surnameReadings reports whether every gazetteer reading of a name is,
// by its name or an alias, a place, a country or a body other than a
// party, whose one word a family may bear as its name ("Vale", "Bayer",
// "Forbes"); a party's name is a word of its creed ("Reform").
func surnameReadings(ms []gazetteer.Match) bool {
	for _, m := range ms {
		if m.Via != "name" && m.Via != "alias" || m.Entry.Kind == polgraph.KindParty || m.Entry.Kind == polgraph.KindPerson {
			return false
		}
	}
	return len(ms) > 0
}

// placesOnly reports whether the gazetteer reads a name only as a place
// or a country, by any of its names.
func placesOnly(ms []gazetteer.Match) bool {
	for _, m := range ms {
		if m.Entry.Kind != polgraph.KindCountry && m.Entry.Kind != polgraph.KindPlace {
			return false
		}
	}
	return len(ms) > 0
}

// placeAsSurname reports whether the one-word place (or body, by
// surnameReadings) the gazetteer reads at token i ("Florence", "Lincoln",
// "Vale") is the surname of a person the article has named in full
// before ("Marco Florence ... Florence denied it"): it opens its
// sentence, or a reporting verb follows it ("..., Florence said"), or a
// title comes right before it ("Mayor Vale", titled), or it stands in
// apposition between commas ("The mayor, Vale, said"); and no
// capitalised word follows, where a place goes after a preposition or a
// verb of travel. After an honorific ("Ms. Vale", honored) it is a
// person's name whether or not the article named her in full.
func (d *doc) placeAsSurname(i, limit int, gm []gazetteer.Match, titled, honored bool) bool {
	si := d.sentOf(i)
	if !placesOnly(gm) && !surnameReadings(gm) || d.sents[si].headline || i+1 < limit && d.toks[i+1].kind == tokWord && d.toks[i+1].cap {
		return false
	}
	if honored {
		return true
	}
	between := i > d.sents[si].first && i+1 < limit && d.toks[i-1].text == "," && d.toks[i+1].text == ","
	if !d.sentenceInitial(i, d.sents[si].first) && !(i+1 < limit && reportingVerbs[d.toks[i+1].lower] && d.toks[i-1].text == ",") && !titled && !between {
		return false
	}
	w := d.toks[i].lower
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.kind == polgraph.KindPerson && m.via == "run" && m.last-m.first >= 2 && m.last <= i && d.toks[m.last-1].lower == w && d.toks[m.first].lower != w {
			return true
		}
	}
	return false
}
