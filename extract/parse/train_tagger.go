package parse

import (
	"github.com/polgraph/polgraph/extract/internal/featurehash"

	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"
)

// tagSent is a training sentence for the tagger.
type tagSent struct {
	words []string
	gold  []uint8
}

// tagClasses lists the (UPOS, XPOS) pairs of the training data, most
// frequent first, and gives each sentence its class ids.
func tagClasses(upos, xpos [][]string) ([]tagClass, [][]uint8, error) {
	counts := map[tagClass]int{}
	for i := range upos {
		for j := range upos[i] {
			counts[tagClass{upos[i][j], xpos[i][j]}]++
		}
	}
	classes := make([]tagClass, 0, len(counts))
	for c := range counts {
		classes = append(classes, c)
	}
	slices.SortFunc(classes, func(a, b tagClass) int {
		if d := counts[b] - counts[a]; d != 0 {
			return d
		}
		if a.UPOS != b.UPOS {
			return cmpString(a.UPOS, b.UPOS)
		}
		return cmpString(a.XPOS, b.XPOS)
	})
	if len(classes) > maxClasses {
		return nil, nil, fmt.Errorf("%d (UPOS, XPOS) pairs, at most %d supported", len(classes), maxClasses)
	}
	id := map[tagClass]uint8{}
	for i, c := range classes {
		id[c] = uint8(i)
	}
	out := make([][]uint8, len(upos))
	for i := range upos {
		out[i] = make([]uint8, len(upos[i]))
		for j := range upos[i] {
			out[i][j] = id[tagClass{upos[i][j], xpos[i][j]}]
		}
	}
	return classes, out, nil
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// tagDictionary maps each frequent word to its class if it almost
// always has that class (Honnibal: seen 20 times, 97% one tag).
func tagDictionary(sents []tagSent) map[string]uint8 {
	counts := map[string]map[uint8]int{}
	for _, s := range sents {
		for i, w := range s.words {
			m := counts[w]
			if m == nil {
				m = map[uint8]int{}
				counts[w] = m
			}
			m[s.gold[i]]++
		}
	}
	dict := map[string]uint8{}
	for w, m := range counts {
		total, top, topN := 0, uint8(0), -1
		for c, n := range m {
			total += n
			if n > topN || (n == topN && c < top) {
				top, topN = c, n
			}
		}
		if total >= 20 && float64(topN)/float64(total) >= 0.97 {
			dict[w] = top
		}
	}
	return dict
}

// lexicon lists, for each lower-cased word seen at least 3 times, the
// classes it has in at least a tenth of its occurrences. Rarer words are
// left out so that training, where every word is in the lexicon by
// construction, resembles tagging new text.
func lexicon(sents []tagSent) map[string][]uint8 {
	counts := map[string]map[uint8]int{}
	var buf []byte
	for _, s := range sents {
		for i, w := range s.words {
			buf = featurehash.LowerInto(buf[:0], w)
			m := counts[string(buf)]
			if m == nil {
				m = map[uint8]int{}
				counts[string(buf)] = m
			}
			m[s.gold[i]]++
		}
	}
	lex := map[string][]uint8{}
	for w, m := range counts {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < 3 {
			continue
		}
		var cs []uint8
		for c, n := range m {
			if n*10 >= total {
				cs = append(cs, c)
			}
		}
		slices.Sort(cs)
		lex[w] = cs
	}
	return lex
}

// taggerRun is one tagger training: its data, settings and result.
type taggerRun struct {
	classes  []tagClass
	train    []tagSent
	dev      []tagSent // nil: train all epochs, no selection
	epochs   int
	seed     uint64
	minCount int32
	minQ     int
	log      io.Writer
	name     string
}

// trainTagger trains a tagger and returns it at its best epoch on the
// development data (or its last epoch without development data).
func (r taggerRun) trainTagger(ctx context.Context) (*tagger, int, error) {
	dict := tagDictionary(r.train)
	lexTagger := &tagger{}
	lexTagger.setLexicon(lexicon(r.train))
	var (
		info    []wordInfo
		lowered [][]byte
		buf     []byte
		feats   []uint32
	)
	counts := map[uint32]int32{}
	for _, s := range r.train {
		info, lowered, buf = describeWords(s.words, info, lowered, buf)
		lexTagger.annotate(info, lowered)
		p1, p2 := uint64(noTag), uint64(noTag)
		for i := range s.words {
			feats = tagFeatures(info, i+pad, p1, p2, feats[:0])
			for _, f := range feats {
				counts[f]++
			}
			p2, p1 = p1, tagHistory(s.gold[i])
		}
	}
	tr := newTrainer(len(r.classes), counts, r.minCount)
	counts = nil
	rng := rand.New(rand.NewPCG(r.seed, 0x7a66e7))
	scores := make([]float32, len(r.classes))
	order := make([]int, len(r.train))
	for i := range order {
		order[i] = i
	}
	var best *tagger
	bestEpoch, bestAcc := 0, -1.0
	for epoch := 1; epoch <= r.epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for k, si := range order {
			if k%1024 == 0 && ctx.Err() != nil {
				return nil, 0, ctx.Err()
			}
			s := r.train[si]
			info, lowered, buf = describeWords(s.words, info, lowered, buf)
			lexTagger.annotate(info, lowered)
			p1, p2 := uint64(noTag), uint64(noTag)
			for i, w := range s.words {
				guess, ok := dict[w]
				if !ok {
					feats = tagFeatures(info, i+pad, p1, p2, feats[:0])
					rows := tr.lookup(feats)
					tr.score(rows, scores)
					guess = uint8(argmaxF(scores))
					if guess != s.gold[i] {
						tr.update(int(s.gold[i]), int(guess), rows)
					}
					tr.tick()
				}
				if guess == s.gold[i] {
					right++
				}
				total++
				p2, p1 = p1, tagHistory(guess)
			}
		}
		tg := &tagger{classes: r.classes, w: tr.averaged(r.minQ), dict: dict, lex: lexTagger.lex, amb: lexTagger.amb}
		if r.dev == nil {
			if epoch == r.epochs {
				best, bestEpoch = tg, epoch
			}
			continue
		}
		acc := tg.accuracy(r.dev)
		fmt.Fprintf(r.log, "%s epoch %d: train %.4f, dev UPOS+XPOS %.4f, %d features, %s\n",
			r.name, epoch, float64(right)/float64(max(total, 1)), acc, tg.w.numRows(), time.Since(start).Round(time.Millisecond))
		if acc > bestAcc {
			best, bestEpoch, bestAcc = tg, epoch, acc
		}
	}
	return best, bestEpoch, nil
}

func argmaxF(scores []float32) int {
	best := 0
	for c, s := range scores {
		if s > scores[best] {
			best = c
		}
	}
	return best
}

// accuracy is the share of words given their exact class.
func (t *tagger) accuracy(sents []tagSent) float64 {
	var (
		info    []wordInfo
		lowered [][]byte
		buf     []byte
		feats   []uint32
		sc      scratch
		out     []uint8
	)
	scores := new(scoreArray)
	right, total := 0, 0
	for _, s := range sents {
		info, lowered, buf = describeWords(s.words, info, lowered, buf)
		t.annotate(info, lowered)
		out, feats = t.tag(s.words, info, out, feats, &sc, scores)
		for i, c := range out {
			if c == s.gold[i] {
				right++
			}
			total++
		}
	}
	return float64(right) / float64(max(total, 1))
}

// tagAll tags sentences with t.
func (t *tagger) tagAll(sents []tagSent) [][]uint8 {
	var (
		info    []wordInfo
		lowered [][]byte
		buf     []byte
		feats   []uint32
		sc      scratch
	)
	scores := new(scoreArray)
	out := make([][]uint8, len(sents))
	for i, s := range sents {
		info, lowered, buf = describeWords(s.words, info, lowered, buf)
		t.annotate(info, lowered)
		out[i], feats = t.tag(s.words, info, nil, feats, &sc, scores)
	}
	return out
}
