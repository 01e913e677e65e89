package main

import (
	"strings"

	"github.com/polgraph/polgraph/extract/parse/conllu"
)

// UD 2.15 merged obl:tmod and obl:npmod into obl:unmarked (nmod:tmod and
// nmod:npmod into nmod:unmarked). polgraph reads dates off obl:tmod, so
// the split is restored: EWT marks temporal noun phrases with
// TemporalNPAdjunct=Yes in MISC; for GUM, which does not, a lemma EWT
// marks temporal ("Tuesday", "week", "yesterday") makes the phrase
// temporal. Treebanks from before 2.15 already have the split.

// temporalLemmas returns the lower-case lemmas of the words that EWT
// marks as temporal noun-phrase adjuncts.
func temporalLemmas(sents []conllu.Sentence) map[string]bool {
	out := map[string]bool{}
	for _, s := range sents {
		for i, m := range s.Misc {
			if strings.Contains(m, "TemporalNPAdjunct=Yes") {
				out[strings.ToLower(s.Lemma[i])] = true
			}
		}
	}
	return out
}

// restoreUnmarked rewrites :unmarked relations in place, by MISC and,
// when temporal is not nil, by lemma.
func restoreUnmarked(sents []conllu.Sentence, temporal map[string]bool) {
	for _, s := range sents {
		for i, r := range s.Rel {
			base, ok := strings.CutSuffix(r, ":unmarked")
			if !ok {
				continue
			}
			if strings.Contains(s.Misc[i], "TemporalNPAdjunct=Yes") || temporal[strings.ToLower(s.Lemma[i])] {
				s.Rel[i] = base + ":tmod"
			} else {
				s.Rel[i] = base + ":npmod"
			}
		}
	}
}
