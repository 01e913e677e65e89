package main

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph/extract/entity"
	"github.com/polgraph/polgraph/extract/parse/conllu"
)

// GUM marks mentions, not names: "the school of Dr. William Glennie, in
// Dulwich" is one organisation, "a Dr. Bailey" one person, "his" another.
// UniversalNER, like most name annotation, marks the names alone
// ("William Glennie", "Dulwich", "Bailey"), so a mention becomes a name
// only if its head is a proper noun, and then only its proper-noun core:
// the run of proper nouns around the head, with the joiners that link a
// proper noun depending on it ("Bank of England"), without determiners,
// titles and possessives.

// titles are words before a person's name that are not part of it.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "professor": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "president": true, "senator": true, "sen": true,
	"rep": true, "representative": true, "governor": true, "gov": true, "mayor": true, "judge": true,
	"justice": true, "king": true, "queen": true, "prince": true, "princess": true, "emperor": true,
	"general": true, "gen": true, "colonel": true, "col": true, "captain": true, "capt": true,
	"lieutenant": true, "lt": true, "sergeant": true, "sgt": true, "officer": true, "minister": true,
	"prime": true, "chancellor": true, "pope": true, "saint": true, "st": true, "rev": true,
	"reverend": true, "father": true, "brother": true, "sister": true, "uncle": true, "aunt": true,
	"coach": true, "chief": true, "secretary": true, "ambassador": true, "director": true, "bishop": true,
	"archbishop": true, "cardinal": true, "rabbi": true, "imam": true, "sheikh": true, "dean": true,
	"commissioner": true, "chairman": true, "chairwoman": true, "detective": true, "inspector": true,
	"agent": true, "doctor": true, "mister": true, "madam": true, "mx": true, "count": true,
	"duke": true, "duchess": true, "baron": true, "earl": true, "tsar": true, "czar": true, "sultan": true,
}

// nameJoiners may link a proper noun to the name it depends on; a
// person's name takes only the particles ("Ursula von der Leyen"), since
// "Ilse Varga of the Bank Velmora" is a person and an organisation.
var nameJoiners = map[string]bool{
	"of": true, "&": true, "and": true, "for": true, "the": true, "on": true, "upon": true,
	"de": true, "del": true, "da": true, "du": true, "von": true, "van": true, "der": true, "den": true,
	"al": true, "bin": true, "la": true, "le": true, "y": true,
}

var personParticles = map[string]bool{
	"de": true, "del": true, "da": true, "du": true, "von": true, "van": true, "der": true, "den": true,
	"al": true, "bin": true, "la": true, "le": true, "y": true,
}

func isTitle(w string) bool { return titles[strings.ToLower(strings.TrimSuffix(w, "."))] }

func properNoun(t *conllu.Sentence, i int) bool {
	return t.UPOS[i] == "PROPN" || t.XPOS[i] == "NNP" || t.XPOS[i] == "NNPS"
}

// namedSpans turns a sentence's mentions into name spans: named ones
// only, and where names overlap the longest.
func namedSpans(t *conllu.Sentence, ms []mention) []entity.Span {
	var out []entity.Span
	for _, n := range namedMentions(t, ms) {
		out = append(out, n.span)
	}
	return out
}

// namedMention is a name span and the identity of the mention it is of.
type namedMention struct {
	span     entity.Span
	identity string
}

// namedMentions is namedSpans keeping each name's identity.
func namedMentions(t *conllu.Sentence, ms []mention) []namedMention {
	var cands []namedMention
	for _, m := range ms {
		if s, ok := nameCore(t, m); ok {
			cands = append(cands, namedMention{s, m.identity})
		}
	}
	// Outermost first: longer spans, then earlier ones.
	slices.SortStableFunc(cands, func(a, b namedMention) int {
		if d := (b.span.End - b.span.Start) - (a.span.End - a.span.Start); d != 0 {
			return d
		}
		return a.span.Start - b.span.Start
	})
	var out []namedMention
	for _, c := range cands {
		if !slices.ContainsFunc(out, func(o namedMention) bool { return o.span.Start < c.span.End && c.span.Start < o.span.End }) {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b namedMention) int { return a.span.Start - b.span.Start })
	return out
}

// nameCore returns the name a mention holds, if its head is a proper noun.
func nameCore(t *conllu.Sentence, m mention) (entity.Span, bool) {
	in := map[int]bool{}
	for _, w := range m.words {
		in[w] = true
	}
	lo, hi := slices.Min(m.words), slices.Max(m.words)
	if hi-lo+1 != len(m.words) {
		return entity.Span{}, false // discontinuous
	}
	head := -1
	for _, w := range m.words {
		if h := t.Head[w]; h < 0 || !in[h] {
			head = w
			break
		}
	}
	if head < 0 || !properNoun(t, head) {
		return entity.Span{}, false
	}
	label := gumLabels[m.typ]
	if label == "PER" && t.XPOS[head] == "NNPS" {
		return entity.Span{}, false // "Americans", "the Democrats": groups, not names
	}
	start, end := head, head+1
	for start > lo && properNoun(t, start-1) {
		start--
	}
	for {
		for end <= hi && properNoun(t, end) {
			end++
		}
		// A joiner and a proper noun that depends on the name so far.
		j := end
		joiners := nameJoiners
		if label == "PER" {
			joiners = personParticles
		}
		for j <= hi && j-end < 2 && joiners[strings.ToLower(t.Words[j])] {
			j++
		}
		if j == end || j > hi || !properNoun(t, j) || !dependsOn(t, j, start, end) {
			break
		}
		end = j
	}
	if label == "PER" {
		if isTitle(t.Words[head]) {
			return entity.Span{}, false // "Emperor of the United States": a role
		}
		for start < head && (isTitle(t.Words[start]) || nameJoiners[strings.ToLower(t.Words[start])]) {
			start++
		}
	}
	return entity.Span{Start: start, End: end, Label: label}, true
}

// dependsOn reports whether word w, or the proper nouns it heads up to
// the span, attach inside [start, end) other than as a conjunct.
func dependsOn(t *conllu.Sentence, w, start, end int) bool {
	for range 4 {
		h := t.Head[w]
		if h < 0 {
			return false
		}
		if h >= start && h < end {
			rel := t.Rel[w]
			return !strings.HasPrefix(rel, "conj") && !strings.HasPrefix(rel, "appos") && !strings.HasPrefix(rel, "parataxis")
		}
		w = h
	}
	return false
}
