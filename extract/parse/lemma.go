package parse

import (
	"github.com/polgraph/polgraph/extract/internal/featurehash"

	"bytes"
	_ "embed"
	"strings"
	"unicode/utf8"
)

//go:embed data/irregular_verbs.tsv
var irregularVerbsText string

// irregularVerbs maps the past forms of English irregular verbs to their
// lemma (data/irregular_verbs.tsv): a form the training data never shows
// ("swore") no suffix rule can lemmatise.
var irregularVerbs = func() map[string]string {
	m := map[string]string{}
	for line := range strings.Lines(irregularVerbsText) {
		form, lemma, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if ok && !strings.HasPrefix(form, "#") {
			m[form] = lemma
		}
	}
	return m
}()

// lemmatizer gives lower-case lemmas: the lemma the training data gives
// a (form, UPOS) pair most often, else a suffix rule learned from the
// training data for that UPOS ("criticised" → "criticise" by analogy with
// "organised" → "organise"), else the form itself.
type lemmatizer struct {
	// exceptions holds "UPOS\x00form" → lemma where the rules go wrong.
	exceptions map[string]string
	// rules holds "UPOS\x00suffix" → the rewrite for unseen forms with
	// that suffix; the longest matching suffix wins.
	rules map[string]lemmaRule
}

type lemmaRule struct {
	strip int    // bytes to cut from the end of the form
	add   string // then appended
}

const maxRuleSuffix = 6

// ruleUPOS are the parts of speech whose unseen forms get suffix rules;
// the others are closed classes or (PROPN, NUM) their own lemma.
var ruleUPOS = map[string]bool{"NOUN": true, "VERB": true, "ADJ": true, "ADV": true, "AUX": true}

// lemma returns the lemma of the lower-cased normalised form lower of
// word. scratch is space for the lookup keys, kept for the next call.
func (l *lemmatizer) lemma(lower []byte, word, upos string, scratch *[]byte) string {
	if lem, ok := l.irregular(lower, upos, scratch); ok {
		return lem
	}
	if lem, ok := l.prefixedIrregular(lower, upos, scratch); ok {
		return lem
	}
	buf := append(append(append((*scratch)[:0], upos...), 0), lower...)
	*scratch = buf
	if r, ok := l.rule(lower, upos, buf); ok && r.strip < len(lower) && (r.strip > 0 || r.add != "") {
		return string(lower[:len(lower)-r.strip]) + r.add
	}
	if string(lower) == word {
		return word // most words are their own lemma as written: no copy
	}
	return string(lower)
}

// IrregularPast reports whether lower-case word w is the past tense or
// the past participle of an irregular verb ("swore", "withheld").
func IrregularPast(w string) bool {
	_, ok := irregularVerbs[w]
	return ok
}

// prefixedIrregular is the lemma of a verb form prefixed with a hyphen
// whose last part is an irregular form: "co-led" is "co-lead" as "led" is
// "lead", where the suffix rules would cut "co-l". Only the irregular
// verbs and the exceptions know an irregular form; a regular one
// ("re-elected") the rules get right with its prefix.
func (l *lemmatizer) prefixedIrregular(lower []byte, upos string, scratch *[]byte) (string, bool) {
	h := bytes.LastIndexByte(lower, '-')
	if h <= 0 || h == len(lower)-1 || upos != "VERB" && upos != "AUX" {
		return "", false
	}
	if lem, ok := l.irregular(lower[h+1:], upos, scratch); ok {
		return string(lower[:h+1]) + lem, true
	}
	return "", false
}

// irregular is the lemma the irregular verbs or the exceptions give
// lower as a word of upos. The irregular verbs come first: the training
// data errs on a few ("fled" as "flead").
func (l *lemmatizer) irregular(lower []byte, upos string, scratch *[]byte) (string, bool) {
	if upos == "VERB" || upos == "AUX" {
		if lem, ok := irregularVerbs[string(lower)]; ok {
			return lem, true
		}
	}
	buf := append(append(append((*scratch)[:0], upos...), 0), lower...)
	*scratch = buf
	lem, ok := l.exceptions[string(buf)]
	return lem, ok
}

// rule finds the rule for the longest known suffix of lower.
func (l *lemmatizer) rule(lower []byte, upos string, buf []byte) (lemmaRule, bool) {
	if !ruleUPOS[upos] {
		return lemmaRule{}, false
	}
	for k := min(maxRuleSuffix, utf8.RuneCount(lower)-1); k >= 1; k-- {
		suffix := lower[featurehash.SuffixStart(lower, k):]
		buf = append(append(append(buf[:0], upos...), 0), suffix...)
		if r, ok := l.rules[string(buf)]; ok {
			return r, true
		}
	}
	return lemmaRule{}, false
}

// ruleFor is the rewrite that turns form into lemma.
func ruleFor(form, lemma string) lemmaRule {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	for p > 0 && p < len(form) && !utf8.RuneStart(form[p]) {
		p-- // never cut inside a character
	}
	return lemmaRule{strip: len(form) - p, add: lemma[p:]}
}

// lemmaCounts gathers training pairs for learnLemmatizer.
type lemmaCounts map[string]map[string]int // "UPOS\x00form" → lemma → count

func (c lemmaCounts) add(form, upos, lemma string) {
	if form == "" || lemma == "" || lemma == "_" {
		return
	}
	k := upos + "\x00" + normLower(form)
	m := c[k]
	if m == nil {
		m = map[string]int{}
		c[k] = m
	}
	m[normLower(lemma)]++
}

func normLower(s string) string { return string(featurehash.LowerInto(nil, s)) }

// learnLemmatizer picks each pair's most frequent lemma, learns suffix
// rules from word types (so that a few frequent irregular verbs do not
// outvote the regular pattern), and keeps as exceptions only the pairs the
// rules get wrong.
func learnLemmatizer(c lemmaCounts) *lemmatizer {
	best := make(map[string]string, len(c))
	for k, lemmas := range c {
		var top string
		n := -1
		for lem, cnt := range lemmas {
			if cnt > n || (cnt == n && lem < top) {
				top, n = lem, cnt
			}
		}
		best[k] = top
	}
	type tally map[lemmaRule]int
	votes := map[string]tally{}
	for k, lem := range best {
		upos, form, _ := strings.Cut(k, "\x00")
		if !ruleUPOS[upos] {
			continue
		}
		r := ruleFor(form, lem)
		for n := 1; n <= min(maxRuleSuffix, utf8.RuneCountInString(form)-1); n++ {
			suffix := form[featurehash.SuffixStart([]byte(form), n):]
			if len(suffix) < r.strip {
				continue // the suffix must contain what the rule cuts
			}
			sk := upos + "\x00" + suffix
			if votes[sk] == nil {
				votes[sk] = tally{}
			}
			votes[sk][r]++
		}
	}
	l := &lemmatizer{exceptions: map[string]string{}, rules: map[string]lemmaRule{}}
	for sk, t := range votes {
		var top lemmaRule
		n, total := -1, 0
		for r, cnt := range t {
			total += cnt
			if cnt > n || (cnt == n && (r.strip < top.strip || (r.strip == top.strip && r.add < top.add))) {
				top, n = r, cnt
			}
		}
		// A suffix seen on one word type only is that word, not a rule.
		if total >= 2 && (top.strip > 0 || top.add != "") {
			l.rules[sk] = top
		}
	}
	// Rules with no change are implied by the absence of a rule only if no
	// shorter suffix has a rule, so keep the "keep as is" votes that win
	// against a shorter suffix's rewrite.
	for sk, t := range votes {
		if _, ok := l.rules[sk]; ok {
			continue
		}
		total, same := 0, 0
		for r, cnt := range t {
			total += cnt
			if r.strip == 0 && r.add == "" {
				same = cnt
			}
		}
		if total >= 2 && same*2 > total {
			l.rules[sk] = lemmaRule{}
		}
	}
	l.pruneRules()
	var buf []byte
	for k, lem := range best {
		upos, form, _ := strings.Cut(k, "\x00")
		if got := l.lemma([]byte(form), form, upos, &buf); got != lem {
			l.exceptions[k] = lem
		}
	}
	return l
}

// pruneRules drops rules that say the same as the next shorter suffix's
// rule (or, for "keep as is", as no rule at all).
func (l *lemmatizer) pruneRules() {
	redundant := []string{}
	for sk, r := range l.rules {
		upos, suffix, _ := strings.Cut(sk, "\x00")
		// rule looks at the suffixes of its argument shorter than it.
		shorter, ok := l.rule([]byte(suffix), upos, nil)
		if (ok && shorter == r) || (!ok && r == lemmaRule{}) {
			redundant = append(redundant, sk)
		}
	}
	for _, sk := range redundant {
		delete(l.rules, sk)
	}
}
