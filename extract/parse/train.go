package parse

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/polgraph/polgraph/extract/parse/conllu"
)

// TrainOptions set up Train. Zero values take the defaults below.
type TrainOptions struct {
	TaggerEpochs int     // most tagger epochs; the best on dev is kept (default 10)
	ParserEpochs int     // most parser epochs; the best on dev is kept (default 15)
	Folds        int     // jackknife folds tagging the parser's training data (default 5)
	Seed         uint64  // all shuffling and exploration derive from it (default 1)
	MinCount     int     // features seen fewer times in training are dropped (default 2)
	TaggerMinQ   int     // tagger features whose weights are all below this many quantisation steps are dropped (default 1)
	ParserMinQ   int     // likewise for the parser (default 1)
	ExploreFrom  int     // first parser epoch that explores its own mistakes (default 2)
	Explore      float64 // how often it follows its own transition then (default 0.9)
	MinLabel     int     // rarer relation subtypes fall back to their base relation (default 20)
	Workers      int     // goroutines for the jackknife and evaluation (default 2)
}

func (o *TrainOptions) defaults() {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.TaggerEpochs, 10)
	def(&o.ParserEpochs, 15)
	def(&o.Folds, 5)
	def(&o.MinCount, 2)
	def(&o.TaggerMinQ, 1)
	def(&o.ParserMinQ, 1)
	def(&o.ExploreFrom, 2)
	def(&o.MinLabel, 20)
	def(&o.Workers, 2)
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
}

// Train trains the tagger, lemmatizer and parser on train, choosing
// epochs on dev, and logs its progress to log. The same data, options and
// seed give the same model.
func Train(ctx context.Context, train, dev []conllu.Sentence, opt TrainOptions, log io.Writer) (*Parser, error) {
	opt.defaults()
	start := time.Now()
	upos := func(ss []conllu.Sentence) [][]string {
		out := make([][]string, len(ss))
		for i := range ss {
			out[i] = ss[i].UPOS
		}
		return out
	}
	xpos := func(ss []conllu.Sentence) [][]string {
		out := make([][]string, len(ss))
		for i := range ss {
			out[i] = ss[i].XPOS
		}
		return out
	}
	classes, trainTags, err := tagClasses(upos(train), xpos(train))
	if err != nil {
		return nil, fmt.Errorf("parse: train: tag classes: %w", err)
	}
	fmt.Fprintf(log, "tagger: %d (UPOS, XPOS) classes\n", len(classes))
	classID := map[tagClass]uint8{}
	for i, c := range classes {
		classID[c] = uint8(i)
	}
	tagSents := make([]tagSent, len(train))
	for i, s := range train {
		tagSents[i] = tagSent{words: s.Words, gold: trainTags[i]}
	}
	devTags := make([]tagSent, len(dev))
	for i, s := range dev {
		g := make([]uint8, s.Len())
		for j := range g {
			g[j] = classID[tagClass{s.UPOS[j], s.XPOS[j]}] // unseen pairs count as class 0, and as errors
		}
		devTags[i] = tagSent{words: s.Words, gold: g}
	}

	// The tagger, its epochs chosen on dev.
	run := taggerRun{classes: classes, train: tagSents, dev: devTags, epochs: opt.TaggerEpochs,
		seed: opt.Seed, minCount: int32(opt.MinCount), minQ: opt.TaggerMinQ, log: log, name: "tagger"}
	tg, tagEpochs, err := run.trainTagger(ctx)
	if err != nil {
		return nil, fmt.Errorf("parse: train: tagger: %w", err)
	}
	fmt.Fprintf(log, "tagger: best epoch %d (%s)\n", tagEpochs, time.Since(start).Round(time.Second))

	// Jackknifed tags for the parser's training data: each fold tagged by
	// a tagger that never saw it.
	predTags, err := jackknife(ctx, run, tagEpochs, opt.Folds, opt.Workers)
	if err != nil {
		return nil, fmt.Errorf("parse: train: jackknife: %w", err)
	}
	right, total := 0, 0
	for i, s := range tagSents {
		for j := range s.gold {
			if predTags[i][j] == s.gold[j] {
				right++
			}
			total++
		}
	}
	fmt.Fprintf(log, "jackknife: %d folds, training tags %.4f right (%s)\n", opt.Folds, float64(right)/float64(total), time.Since(start).Round(time.Second))

	lc := lemmaCounts{}
	for _, s := range train {
		for j, w := range s.Words {
			lc.add(w, s.UPOS[j], s.Lemma[j])
		}
	}
	lemmas := learnLemmatizer(lc)
	fmt.Fprintf(log, "lemmatizer: %d exceptions, %d suffix rules\n", len(lemmas.exceptions), len(lemmas.rules))

	labels, labelOf := labelSet(train, opt.MinLabel)
	root := uint8(slices.Index(labels, "root"))
	if int(root) >= len(labels) {
		return nil, fmt.Errorf("parse: train: no root relation in the training data")
	}
	if 1+2*len(labels) > maxClasses {
		return nil, fmt.Errorf("parse: train: %d relations, at most %d supported", len(labels), (maxClasses-1)/2)
	}
	fmt.Fprintf(log, "parser: %d relations\n", len(labels))
	punct := punctClasses(classes)
	parseSents := make([]parseSent, 0, len(train))
	lifted := 0
	var info []wordInfo
	var lowered [][]byte
	var buf []byte
	for i, s := range train {
		ph := projectivize(s.Head)
		if !slices.Equal(ph, s.Head) {
			lifted++
		}
		n := s.Len()
		heads := make([]int32, n)
		labs := make([]uint8, n)
		for j, h := range ph {
			if h < 0 {
				h = n
			}
			heads[j] = int32(h)
			labs[j] = labelOf[s.Rel[j]]
		}
		info, lowered, buf = describeWords(s.Words, info, lowered, buf)
		ps := parseSent{gold: newGold(heads, labs)}
		ps.in.fill(info, predTags[i], punct)
		parseSents = append(parseSents, ps)
	}
	fmt.Fprintf(log, "parser: %d sentences, %d made projective by lifting arcs\n", len(parseSents), lifted)

	p := &Parser{tagger: *tg, lemmas: lemmas, labels: labels, root: root, punct: punct}
	prun := parserRun{labels: labels, root: root, train: parseSents, epochs: opt.ParserEpochs, seed: opt.Seed,
		minCount: int32(opt.MinCount), minQ: opt.ParserMinQ, exploreFrom: opt.ExploreFrom, explore: opt.Explore, log: log,
		devScore: func(w *weights) (float64, string) {
			cand := &Parser{tagger: *tg, lemmas: lemmas, labels: labels, root: root, punct: punct, weights: w}
			sc := cand.Evaluate(dev, opt.Workers)
			return sc.LASNoPunct, fmt.Sprintf("UAS %.4f LAS %.4f (no punct)", sc.UASNoPunct, sc.LASNoPunct)
		}}
	w, parseEpochs, err := prun.trainParser(ctx)
	if err != nil {
		return nil, fmt.Errorf("parse: train: parser: %w", err)
	}
	p.weights = w
	fmt.Fprintf(log, "parser: best epoch %d; trained in %s\n", parseEpochs, time.Since(start).Round(time.Second))
	return p, nil
}

// jackknife tags each of folds parts of the tagger's training data with a
// tagger trained for epochs on the other parts.
func jackknife(ctx context.Context, run taggerRun, epochs, folds, workers int) ([][]uint8, error) {
	out := make([][]uint8, len(run.train))
	errs := make([]error, folds)
	sem := make(chan struct{}, max(workers, 1))
	var wg sync.WaitGroup
	for f := range folds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var train, held []tagSent
			var heldIdx []int
			for i, s := range run.train {
				if i%folds == f {
					held = append(held, s)
					heldIdx = append(heldIdx, i)
				} else {
					train = append(train, s)
				}
			}
			r := run
			r.train, r.dev, r.epochs, r.seed = train, nil, epochs, run.seed+uint64(f)+1
			tg, _, err := r.trainTagger(ctx)
			if err != nil {
				errs[f] = fmt.Errorf("fold %d: %w", f, err)
				return
			}
			for k, tags := range tg.tagAll(held) {
				out[heldIdx[k]] = tags
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// labelSet lists the relations of the training data, with subtypes seen
// fewer than minCount times folded into their base relation, and maps
// every training relation to its label id.
func labelSet(train []conllu.Sentence, minCount int) ([]string, map[string]uint8) {
	counts := map[string]int{}
	for _, s := range train {
		for _, r := range s.Rel {
			counts[r]++
		}
	}
	target := map[string]string{}
	for r, n := range counts {
		base, _, sub := strings.Cut(r, ":")
		if sub && n < minCount {
			target[r] = base
		} else {
			target[r] = r
		}
	}
	var labels []string
	for _, t := range target {
		if !slices.Contains(labels, t) {
			labels = append(labels, t)
		}
	}
	slices.Sort(labels)
	id := map[string]uint8{}
	for r, t := range target {
		id[r] = uint8(slices.Index(labels, t))
	}
	return labels, id
}
