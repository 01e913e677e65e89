package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

//go:embed data/metonymy.tsv
var metonymyTSV string

// metonymyCues is data/metonymy.tsv: the verbs whose subject is a place as
// such, those whose subject is a place only without an object, those whose
// object acts, the nouns that stand for the article's
// state, the nouns that make a country's name a body's, those for who
// denies on someone's behalf, those for whose words are someone's and
// those whose "for" or "of" is one served in secret.
var metonymyCues = func() (c struct{ placeVerbs, weatherVerbs, actorObjects, stateNouns, bodyHeads, speaksFor, voiceOf, ownerSpeaksFor, stances, servedBy map[string]bool }) {
	c.placeVerbs, c.weatherVerbs, c.actorObjects, c.stateNouns, c.bodyHeads, c.speaksFor, c.voiceOf, c.ownerSpeaksFor, c.stances, c.servedBy = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for n, line := range strings.Split(metonymyTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") || line == "cue\tword" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 || f[1] == "" || strings.ToLower(f[1]) != f[1] {
			panic(fmt.Sprintf("extract: data/metonymy.tsv:%d: want cue and a lowercase word: %q", n+1, line))
		}
		switch f[0] {
		case "place-verb":
			c.placeVerbs[f[1]] = true
		case "place-verb-alone":
			c.weatherVerbs[f[1]] = true
		case "actor-object":
			c.actorObjects[f[1]] = true
		case "state-noun":
			c.stateNouns[f[1]] = true
		case "body-head":
			c.bodyHeads[f[1]] = true
		case "speaks-for":
			c.speaksFor[f[1]] = true
		case "voice-of":
			c.voiceOf[f[1]] = true
		case "owner-speaks-for":
			c.ownerSpeaksFor[f[1]] = true
		case "stance":
			c.stances[f[1]] = true
		case "served-by":
			c.servedBy[f[1]] = true
		default:
			panic(fmt.Sprintf("extract: data/metonymy.tsv:%d: unknown cue %q", n+1, f[0]))
		}
	}
	return c
}()

// actorInTree reads from the sentence's tree whether a capital's mention
// is the doer of its clause, and so stands for its state: the subject of a
// verb other than one whose subject is a place as such ("Beijing warned",
// not "Beijing lies on a plain"), including through a coordination
// ("Washington and Brussels imposed sanctions") or a passive with an
// infinitive ("Moscow is expected to respond"); the agent of a passive
// ("sanctions imposed by Washington"); or the object an infinitive's
// subject comes from ("urged Beijing to act", "called on Moscow to act"),
// or the object of a verb whose object acts ("accused Washington of
// meddling", data/metonymy.tsv), or the one served in secret ("spied for
// Beijing", served-by cue). Anything else, a place of
// a preposition, a modifier ("Beijing police") or a copula's subject
// ("Beijing is a city"), is the city. ok is false where the sentence has
// no tree or the tree does not place the mention.
func (d *doc) actorInTree(m *mention) (actor, ok bool) {
	if last := d.sents[m.sent].last; m.last < last {
		if n, o := d.officeAt(m.last, last); n > 0 && (o.Body == "city" || o.Body == "region") {
			return false, true // "Delhi Chief Minister X", "Moscow Mayor X": the city whose office it is, however the parse hangs it
		}
	}
	x := d.syntaxOf(m.sent)
	if x == nil {
		return false, false
	}
	w := x.spanHead(m.first, m.last)
	if w < 0 || x.head(w) < 0 && x.rel(w) != "root" {
		return false, false
	}
	for n := 0; x.rel(w) == "conj" && x.head(w) >= 0 && n < len(x.tree.Head); n++ {
		w = x.head(w) // the first conjunct carries the coordination's relation
	}
	v := x.head(w)
	if v < 0 {
		return false, true
	}
	switch x.rel(w) {
	case "nsubj":
		if len(x.childrenWith(v, "cop")) > 0 {
			return x.stance(v), true // "Washington was ready to talk", not "Paris was sunny"
		}
		return x.isVerb(v) && !x.placeOwnVerb(v), true
	case "nsubj:pass":
		return len(x.childrenWith(v, "xcomp")) > 0 || x.stance(v), true // "Moscow was angered by the move"
	case "obl:agent":
		return true, true
	case "nmod":
		// "talks with Moscow", "a protest with Washington", "sanctions
		// against Beijing": a partner or an adversary acts; so does the
		// one an agent serves ("a spy for Beijing"); "a city near
		// Moscow" is a place
		return partnerCases[x.caseOf(w)] || x.servedIn(v, w), true
	case "obl":
		if partnerCases[x.caseOf(w)] || x.servedIn(v, w) {
			return true, true // "met with Moscow", "voted against Washington", "spied for Beijing"
		}
		switch x.caseOf(w) {
		case "by":
			return len(x.childrenWith(v, "aux:pass")) > 0, true
		case "on": // "called on Moscow to act", however the infinitive hangs
			for _, c := range x.childrenWith(v, "xcomp", "advcl") {
				if slices.ContainsFunc(x.childrenWith(c, "mark"), func(k int) bool { return strings.EqualFold(x.tree.Words[k], "to") }) {
					return true, true
				}
			}
		}
		return false, true
	case "obj":
		return len(x.childrenWith(v, "xcomp")) > 0 || metonymyCues.actorObjects[x.lemma(v)], true
	}
	return false, true
}

// placeOwnVerb reports a verb v whose subject is a place as such: one of
// metonymy.tsv's place verbs, or of its place-verb-alone verbs with no
// object ("Moscow froze" is the weather, "Moscow froze the assets" the
// state's act).
func (x *syntax) placeOwnVerb(v int) bool {
	lemma := x.lemma(v)
	return metonymyCues.placeVerbs[lemma] || metonymyCues.weatherVerbs[lemma] && len(x.childrenWith(v, "obj")) == 0
}

// stance reports a predicate word w of a mind (metonymy.tsv's stance
// cue): what it is said of has a will, a state and not a city.
func (x *syntax) stance(w int) bool {
	return metonymyCues.stances[strings.ToLower(x.tree.Words[w])] || metonymyCues.stances[strings.ToLower(x.lemma(w))]
}

// servedIn reports w as the one served in secret by word v, a verb or a
// noun of metonymy.tsv's served-by cue, by "for": "spied for Beijing", "a
// spy for Moscow" ("an agent of Moscow" is read before the tree: acting).
func (x *syntax) servedIn(v, w int) bool {
	return x.caseOf(w) == "for" && metonymyCues.servedBy[strings.ToLower(x.lemma(v))]
}

// partnerCases mark a partner or an adversary of what is done: a capital
// after them acts for its state.
var partnerCases = set("with against")

// capitalPlaceName is the name of the city a capital's surface names when
// it does not stand for its state: the surface itself, unless other
// entries share it ("Washington" is a US state too), then the capital's
// first form no other entry shares ("Washington, D.C."), so that the city
// and the namesake never share a node.
func capitalPlaceName(country *gazetteer.Entry, surface string) string {
	name := surface
	for _, c := range country.Metonyms {
		if strings.EqualFold(c, strings.ReplaceAll(surface, "’", "'")) {
			name = c // "WASHINGTON" in a dateline is Washington
		}
	}
	if !slices.Contains(country.Ambiguous, name) {
		return name
	}
	for _, c := range country.Metonyms {
		if !slices.Contains(country.Ambiguous, c) {
			return c
		}
	}
	return name
}

// notTheCountry reports a country's name that names something else: the
// name right before a noun that makes it a body's (body: "the India bloc",
// data/metonymy.tsv), or the name in capitals inside a sentence that is
// not itself in capitals ("INDIA said", where the press writes the country
// India). Acronyms ("US", "UK") are capitals by nature and stay countries.
func (d *doc) notTheCountry(m *mention, match gazetteer.Match) (not, body bool) {
	if match.Entry.Kind != polgraph.KindCountry || match.Via != "name" && match.Via != "alias" {
		return false, false
	}
	s := &d.sents[m.sent]
	if m.last < s.last && metonymyCues.bodyHeads[d.toks[m.last].lower] {
		return true, true
	}
	return !s.dateline && allCapsRun(d.toks[m.first:m.last]) && !d.shouting(m.sent), false
}

// shouting reports a sentence set mostly in capitals, a heading or a
// dateline, where capitals say nothing of a word.
func (d *doc) shouting(si int) bool {
	s := &d.sents[si]
	words, caps := 0, 0
	for _, t := range d.toks[s.first:s.last] {
		if t.kind != tokWord || connectors[t.lower] {
			continue
		}
		words++
		if t.allCaps {
			caps++
		}
	}
	return 2*caps > words
}

// theState is the country sentence si is set in (setting) where noun w is
// "the government" (or another state noun of data/metonymy.tsv) with
// nothing naming whose: bodyOfMember has found no "Varnessan" or "of
// Varnessa" under it.
func (d *doc) theState(si int, x *syntax, w int) []int {
	if !metonymyCues.stateNouns[strings.ToLower(x.tree.Words[w])] {
		return nil
	}
	if !slices.ContainsFunc(x.childrenWith(w, "det"), func(c int) bool { return strings.EqualFold(x.tree.Words[c], "the") }) && !x.bareTitleNoun(w) {
		return nil // "a government", "this government"
	}
	if slices.ContainsFunc(x.childrenWith(w, "amod", "compound"), func(c int) bool { return localWords[strings.ToLower(x.tree.Words[c])] }) {
		return nil // "the provincial government", "the city council": a region's or a town's, not the state's
	}
	// a sentence set by its own opening or a state subject keeps that
	// state
	if d.settingCode(si) == "" && d.subjectCountry(si) < 0 {
		if c := d.earlierOwner(si, x, w); c >= 0 {
			return []int{c}
		}
		if si > 0 && !d.sents[si-1].dateline {
			// "In Warsaw, Poland summoned the envoy. The foreign ministry
			// said": the sentence before set the scene abroad
			if c := d.countryEntity(d.settingCode(si - 1)); c >= 0 {
				return []int{c}
			}
		}
	}
	if c := d.setting(si); c >= 0 {
		return []int{c}
	}
	return nil
}

// bareTitleNoun reports singular noun w written in capitals with no
// determiner or possessor, as the press of many states names its own
// bodies: "Cabinet today agreed to impose sanctions", "Government
// said"; "governments" and "a cabinet" are no such name.
func (x *syntax) bareTitleNoun(w int) bool {
	word := x.tree.Words[w]
	return word != "" && unicode.IsUpper([]rune(word)[0]) && x.tree.XPOS[w] != "NNS" && x.tree.XPOS[w] != "NNPS" &&
		len(x.childrenWith(w, "det", "nmod:poss")) == 0
}

// ownerLookback is how many sentences back a bare state noun looks for
// the same noun with its state named: the wire's paragraph of one or two
// sentences; further back the story has often moved to another state.
const ownerLookback = 2

// earlierOwner is the state that owns the last earlier mention of state
// noun w with its state named: "the ministry said" after "Algeria
// recalled its envoy, the Algerian foreign ministry said" is Algeria's,
// wherever the story is filed. The earlier noun has the same lemma and
// every modifier of w ("the foreign ministry" after "Algeria's foreign
// ministry", not after "its defence ministry"); its state is a country
// named beside it ("Algerian", "Algeria's", "of Algeria") or the country
// of a body the gazetteer knows by that name. -1 where none is.
func (d *doc) earlierOwner(si int, x *syntax, w int) int {
	lemma := strings.ToLower(x.lemma(w))
	var mods []string
	for _, c := range x.childrenWith(w, "compound", "amod") {
		mods = append(mods, strings.ToLower(x.tree.Words[c]))
	}
	for sj := si - 1; sj >= 0 && sj >= si-ownerLookback; sj-- {
		y := d.syntaxOf(sj)
		if y == nil {
			continue
		}
		for v := len(y.tree.Words) - 1; v >= 0; v-- {
			if strings.ToLower(y.lemma(v)) != lemma || y.pos(v) != "NOUN" && y.pos(v) != "PROPN" {
				continue
			}
			has := map[string]bool{}
			for _, c := range y.childrenWith(v, "compound", "amod") {
				has[strings.ToLower(y.tree.Words[c])] = true
			}
			if slices.ContainsFunc(mods, func(m string) bool { return !has[m] }) {
				continue
			}
			if m := d.mentionOver(sj, y.token(v)); m != nil && m.ent >= 0 {
				if c := d.countryOf(m.ent); c >= 0 {
					return c // "the Algerian Foreign Ministry", a body the gazetteer knows
				}
			}
			owners := d.bodyOfMember(sj, y, v, false)
			if len(owners) == 1 && d.ents[owners[0]].kind == polgraph.KindCountry {
				return owners[0]
			}
		}
	}
	return -1
}

// speaksForIn reports whether word w of the tree is one who denies on
// someone's behalf: a speaks-for noun, or an owner-speaks-for noun with a
// possessor ("Holm's party", not "a French party").
func (x *syntax) speaksForIn(w int) bool {
	word := strings.ToLower(x.hyphened(w))
	return metonymyCues.speaksFor[word] || metonymyCues.ownerSpeaksFor[word] && len(x.childrenWith(w, "nmod:poss")) > 0
}

// hyphened is word w with the words a hyphen joins to it before, as one
// word: "secretary-general", which the parse splits into "secretary", "-"
// and its head "general".
func (x *syntax) hyphened(w int) string {
	word := x.tree.Words[w]
	for c := w; c >= 2 && x.tree.Words[c-1] == "-" && x.head(c-2) == w; c -= 2 {
		word = x.tree.Words[c-2] + "-" + word
	}
	return word
}
