package parse

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// parseSent is a training sentence for the parser: predicted tags (so
// training sees the tagger's mistakes, as parsing will) and the gold tree.
type parseSent struct {
	in   parserInput
	gold gold
}

type parserRun struct {
	labels      []string
	root        uint8
	train       []parseSent
	epochs      int
	seed        uint64
	minCount    int32
	minQ        int
	exploreFrom int     // first epoch that follows the model's own transitions
	explore     float64 // how often it then follows them, mistakes included
	log         io.Writer
	// devScore scores a candidate on the development data (higher is better).
	devScore func(*weights) (float64, string)
}

// trainParser trains the parser with the dynamic oracle and returns the
// averaged weights of its best epoch on the development data.
func (r parserRun) trainParser(ctx context.Context) (*weights, int, error) {
	nLabels := len(r.labels)
	nClasses := 1 + 2*nLabels
	var (
		st     state
		feats  []uint32
		scores = make([]float32, nClasses)
	)
	// Count features along the gold transitions; rarer ones are dropped.
	counts := map[uint32]int32{}
	for _, s := range r.train {
		st.reset(len(s.in.words) - 1)
		for !st.terminal() {
			feats = st.parseFeatures(&s.in, feats[:0])
			for _, f := range feats {
				counts[f]++
			}
			sh, le, ri := st.costs(&s.gold)
			clear(scores)
			c, _ := st.goldClass(scores, nLabels, r.root, &s.gold, sh, le, ri)
			st.apply(c, nLabels)
		}
	}
	tr := newTrainer(nClasses, counts, r.minCount)
	fmt.Fprintf(r.log, "parser: %d features seen, %d kept (count ≥ %d)\n", len(counts), len(tr.index), r.minCount)
	counts = nil

	rng := rand.New(rand.NewPCG(r.seed, 0xa5c0de))
	order := make([]int, len(r.train))
	for i := range order {
		order[i] = i
	}
	var bestW *weights
	bestEpoch, bestScore := 0, -1.0
	for epoch := 1; epoch <= r.epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, steps := 0, 0
		for k, si := range order {
			if k%256 == 0 && ctx.Err() != nil {
				return nil, 0, ctx.Err()
			}
			s := &r.train[si]
			st.reset(len(s.in.words) - 1)
			for !st.terminal() {
				feats = st.parseFeatures(&s.in, feats[:0])
				rows := tr.lookup(feats)
				tr.score(rows, scores)
				sh, le, ri := st.costs(&s.gold)
				guess := best(&st, scores, nLabels, r.root)
				truth, minCost := st.goldClass(scores, nLabels, r.root, &s.gold, sh, le, ri)
				if st.classCost(guess, nLabels, &s.gold, sh, le, ri) > minCost {
					tr.update(truth, guess, rows)
					errs++
				}
				tr.tick()
				steps++
				next := truth
				if epoch >= r.exploreFrom && rng.Float64() < r.explore {
					next = guess
				}
				st.apply(next, nLabels)
			}
		}
		w := tr.averaged(r.minQ)
		score, report := r.devScore(w)
		fmt.Fprintf(r.log, "parser epoch %d: %.4f of transitions wrong, dev %s, %d features, %d weights, %s\n",
			epoch, float64(errs)/float64(max(steps, 1)), report, w.numRows(), w.numEntries(), time.Since(start).Round(time.Second))
		if score > bestScore {
			bestW, bestEpoch, bestScore = w, epoch, score
		}
	}
	return bestW, bestEpoch, nil
}

// goldClass returns the best-scoring legal class of least cost, and
// that cost.
func (s *state) goldClass(scores []float32, nLabels int, root uint8, g *gold, sh, le, ri int) (int, int) {
	shift, left, right, rightIsRoot := s.legal()
	bestCls, bestCost := -1, 1<<30
	var bestScore float32
	consider := func(c int) {
		cost := s.classCost(c, nLabels, g, sh, le, ri)
		if cost < bestCost || (cost == bestCost && scores[c] > bestScore) {
			bestCls, bestCost, bestScore = c, cost, scores[c]
		}
	}
	for l := range nLabels {
		if left && uint8(l) != root {
			consider(1 + l)
		}
	}
	for l := range nLabels {
		if right && (uint8(l) == root) == rightIsRoot {
			consider(1 + nLabels + l)
		}
	}
	if shift {
		consider(0)
	}
	return bestCls, bestCost
}
