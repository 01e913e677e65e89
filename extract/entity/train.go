package entity

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/polgraph/polgraph/extract/parse"
)

// TrainOptions are the settings of a training run. Zero values take the
// defaults.
type TrainOptions struct {
	Scheme    string  // SchemeBIO or SchemeBILOU (default)
	Epochs    int     // most epochs (default 12); the best on dev is kept
	Seed      uint64  // shuffling and augmentation: the same data, options and seed give the same model (default 1)
	MinCount  int     // drop features seen fewer times in training (default 2)
	Lowercase float64 // share of training sentences also trained on in lower case (web text often drops capitals)
	Uppercase float64 // share also trained on in capitals (headlines, shouting)
	Workers   int     // goroutines for part-of-speech tagging (default GOMAXPROCS)
	Gazetteer bool    // train with the hints of polgraph's gazetteer (see Hints)
	// EpochDone, if set, sees the tagger of every epoch (to report more
	// than the dev score).
	EpochDone func(epoch int, t *Tagger)
}

func (o *TrainOptions) defaults() {
	if o.Scheme == "" {
		o.Scheme = SchemeBILOU
	}
	if o.Epochs <= 0 {
		o.Epochs = 12
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.MinCount <= 0 {
		o.MinCount = 2
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
}

// trainSent is a training sentence as the trainer sees it: the row of
// each of its features (numFeatures per word, -1 for features not kept)
// and its gold classes.
type trainSent struct {
	rows []int32
	gold []uint8
}

// Train trains a tagger on train, keeping the epoch that scores best
// (span F1) on dev, and logs its progress to log. Sentences without UPOS
// are tagged with package parse first.
func Train(ctx context.Context, train, dev []Sentence, opt TrainOptions, log io.Writer) (*Tagger, error) {
	opt.defaults()
	start := time.Now()
	cs, err := newClassSet(opt.Scheme, Labels)
	if err != nil {
		return nil, fmt.Errorf("entity: train: %w", err)
	}
	train = augment(train, opt)
	if err := fillUPOS(ctx, train, opt.Workers); err != nil {
		return nil, fmt.Errorf("entity: train: %w", err)
	}
	dev = slices.Clone(dev)
	if err := fillUPOS(ctx, dev, opt.Workers); err != nil {
		return nil, fmt.Errorf("entity: train: %w", err)
	}
	if opt.Gazetteer {
		fillHints(train)
		fillHints(dev)
	}
	fmt.Fprintf(log, "entity: %d training sentences with augmentation, tagged in %s\n", len(train), time.Since(start).Round(time.Second))

	sents, keys := featurize(train, cs, int32(opt.MinCount))
	fmt.Fprintf(log, "entity: %d features seen at least %d times\n", len(keys), opt.MinCount)
	tr := newPerceptron(len(keys), len(cs.names))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x4e4552))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var (
		best      *Tagger
		bestF1    = -1.0
		bestEpoch int
		pred      []uint8
	)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		epochStart := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong := 0
		for k, si := range order {
			if k%1024 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			s := &sents[si]
			pred = tr.predict(cs, s, pred)
			if !slices.Equal(pred, s.gold) {
				tr.update(cs, s, pred)
				wrong++
			}
			tr.tick()
		}
		t := tr.averaged(cs, keys)
		t.gazetteer = opt.Gazetteer
		sc := t.Evaluate(dev)
		fmt.Fprintf(log, "entity epoch %d: %d of %d training sentences wrong; dev %s; %s\n",
			epoch, wrong, len(sents), sc, time.Since(epochStart).Round(time.Millisecond))
		if opt.EpochDone != nil {
			opt.EpochDone(epoch, t)
		}
		if f := sc.All.F1(); f > bestF1 {
			best, bestF1, bestEpoch = t, f, epoch
		}
	}
	fmt.Fprintf(log, "entity: best epoch %d (dev F1 %.4f), %d weight rows; %s\n",
		bestEpoch, bestF1, best.emit.numRows(), time.Since(start).Round(time.Second))
	return best, nil
}

// augment adds lower- and upper-case copies of a random share of the
// sentences, so that the weights do not rest on capitals alone.
func augment(sents []Sentence, opt TrainOptions) []Sentence {
	rng := rand.New(rand.NewPCG(opt.Seed, 0xca5e))
	out := slices.Clone(sents)
	for _, s := range sents {
		lower, upper := rng.Float64() < opt.Lowercase, rng.Float64() < opt.Uppercase
		if lower {
			out = append(out, recased(s, strings.ToLower))
		}
		if upper {
			out = append(out, recased(s, strings.ToUpper))
		}
	}
	return out
}

// recased is s with its words changed by f and its tags left to the
// tagger, which sees the new words.
func recased(s Sentence, f func(string) string) Sentence {
	words := make([]string, len(s.Words))
	for i, w := range s.Words {
		words[i] = f(w)
	}
	return Sentence{Words: words, Spans: s.Spans}
}

// fillHints gives the sentences without hints those of the gazetteer.
func fillHints(sents []Sentence) {
	for i := range sents {
		if sents[i].Hints == nil {
			sents[i].Hints = Hints(sents[i].Words)
		}
	}
}

// fillUPOS tags the sentences that have no UPOS (or not one per word).
func fillUPOS(ctx context.Context, sents []Sentence, workers int) error {
	p := parse.Default()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(sents); i += workers {
				if i%256 == w && ctx.Err() != nil {
					return
				}
				if len(sents[i].UPOS) != len(sents[i].Words) {
					sents[i].UPOS = p.Parse(sents[i].Words).UPOS
				}
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}

// featurize computes every sentence's features once, keeps those seen at
// least minCount times, and returns the sentences as rows of kept
// features with the kept keys (row i is keys[i]).
func featurize(sents []Sentence, cs *classSet, minCount int32) ([]trainSent, []uint32) {
	var (
		info  []wordInfo
		buf   []byte
		feats []uint32
	)
	all := make([][]uint32, len(sents))
	counts := map[uint32]int32{}
	for si, s := range sents {
		n := len(s.Words)
		info, buf = describeWords(s.Words, s.UPOS, s.Hints, info, buf)
		mode := caseMode(info[pad : pad+n])
		fs := make([]uint32, 0, n*numFeatures)
		for j := range n {
			feats = wordFeatures(info, j+pad, mode, feats[:0])
			fs = append(fs, feats...)
		}
		for _, k := range fs {
			counts[k]++
		}
		all[si] = fs
	}
	var keys []uint32
	for k, c := range counts {
		if c >= minCount {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys) // row numbers independent of map order
	index := make(map[uint32]int32, len(keys))
	for i, k := range keys {
		index[k] = int32(i)
	}
	out := make([]trainSent, len(sents))
	for si, fs := range all {
		rows := make([]int32, len(fs))
		for i, k := range fs {
			r, ok := index[k]
			if !ok {
				r = -1
			}
			rows[i] = r
		}
		out[si] = trainSent{rows: rows, gold: cs.encode(sents[si].Spans, len(sents[si].Words), nil)}
	}
	return out, keys
}

// perceptron is an averaged structured perceptron under training. It
// averages with the usual trick: besides each weight w it keeps u, the
// sum of its updates each multiplied by the time of the update, so that
// the average after c instances is w - u/c.
type perceptron struct {
	C                    int
	w                    []float32 // row*C + class
	u                    []float64
	trans, start, end    []float32
	transU, startU, endU []float64
	clock                float64
	// scratch
	emit  []float32
	delta []float32
	back  []uint8
	ok    []bool
}

func newPerceptron(nRows, C int) *perceptron {
	return &perceptron{
		C: C, w: make([]float32, nRows*C), u: make([]float64, nRows*C),
		trans: make([]float32, C*C), start: make([]float32, C), end: make([]float32, C),
		transU: make([]float64, C*C), startU: make([]float64, C), endU: make([]float64, C),
		clock: 1,
	}
}

func (p *perceptron) tick() { p.clock++ }

// predict decodes s with the current weights.
func (p *perceptron) predict(cs *classSet, s *trainSent, out []uint8) []uint8 {
	C, n := p.C, len(s.gold)
	p.emit = resize(p.emit, n*C)
	clear(p.emit)
	for j := range n {
		e := p.emit[j*C : (j+1)*C]
		for _, r := range s.rows[j*numFeatures : (j+1)*numFeatures] {
			if r < 0 {
				continue
			}
			for c, w := range p.w[int(r)*C : int(r+1)*C] {
				e[c] += w
			}
		}
	}
	p.delta = resize(p.delta, 2*C)
	p.back = resize(p.back, n*C)
	p.ok = resize(p.ok, 2*C)
	return viterbi(cs, n, p.emit, p.trans, p.start, p.end, p.delta, p.back, p.ok, out)
}

// update moves the weights towards the gold sequence and away from pred.
func (p *perceptron) update(cs *classSet, s *trainSent, pred []uint8) {
	C, n := p.C, len(s.gold)
	for j := range n {
		g, q := int(s.gold[j]), int(pred[j])
		if g == q {
			continue
		}
		for _, r := range s.rows[j*numFeatures : (j+1)*numFeatures] {
			if r < 0 {
				continue
			}
			p.add(p.w, p.u, int(r)*C+g, 1)
			p.add(p.w, p.u, int(r)*C+q, -1)
		}
	}
	p.add(p.start, p.startU, int(s.gold[0]), 1)
	p.add(p.start, p.startU, int(pred[0]), -1)
	p.add(p.end, p.endU, int(s.gold[n-1]), 1)
	p.add(p.end, p.endU, int(pred[n-1]), -1)
	for j := 1; j < n; j++ {
		p.add(p.trans, p.transU, int(s.gold[j-1])*C+int(s.gold[j]), 1)
		p.add(p.trans, p.transU, int(pred[j-1])*C+int(pred[j]), -1)
	}
}

func (p *perceptron) add(w []float32, u []float64, i int, d float32) {
	w[i] += d
	u[i] += p.clock * float64(d)
}

func (p *perceptron) avg(w []float32, u []float64, i int) float64 {
	return float64(w[i]) - u[i]/p.clock
}

// averaged returns a tagger with the averaged weights. Emission weights
// become codes of a logarithmic codebook from a thousandth of the largest
// weight up to it; weights under half the smallest level are dropped
// (most are features updated once or twice). Scores are integers: the
// largest weight is scoreUnit.
func (p *perceptron) averaged(cs *classSet, keys []uint32) *Tagger {
	C := p.C
	maxAbs := 0.0
	for i := range p.w {
		maxAbs = max(maxAbs, math.Abs(p.avg(p.w, p.u, i)))
	}
	maxAbs = max(maxAbs, 1e-9)
	levels := logLevels(maxAbs*levelRange, maxAbs)
	scale := scoreUnit / maxAbs
	intLevels := make([]int32, len(levels))
	for k, l := range levels {
		intLevels[k] = int32(math.Round(l * scale))
	}
	rows := make([]row, 0, len(keys))
	codes := make([]int8, len(keys)*C)
	for r, k := range keys {
		q := codes[r*C : (r+1)*C]
		any := false
		for c := range C {
			q[c] = code(levels, p.avg(p.w, p.u, r*C+c))
			any = any || q[c] != 0
		}
		if any {
			rows = append(rows, row{key: k, codes: q})
		}
	}
	quant := func(w []float32, u []float64) []int32 {
		out := make([]int32, len(w))
		for i := range w {
			out[i] = int32(math.Round(p.avg(w, u, i) * scale))
		}
		return out
	}
	return &Tagger{
		classes: cs,
		emit:    newTable(C, rows, newCodebook(intLevels)),
		trans:   quant(p.trans, p.transU),
		start:   quant(p.start, p.startU),
		end:     quant(p.end, p.endU),
	}
}

// levelRange is the smallest code level's share of the largest.
const levelRange = 1e-3

// scoreUnit is the integer score of the largest emission weight: small
// enough that a word's sum of features stays far from overflowing int32,
// large enough that the smallest level keeps its precision.
const scoreUnit = 1 << 16
