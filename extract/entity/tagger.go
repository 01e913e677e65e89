package entity

import (
	"embed"
	"fmt"
	"sync"

	"github.com/polgraph/polgraph/extract/parse"
)

// Tagger finds names with an averaged structured perceptron: per-word
// features scored against a hashed weight table, label transitions, and
// Viterbi decoding over the sequences the tagging scheme allows. It is
// immutable once loaded and safe for concurrent use.
type Tagger struct {
	classes *classSet
	emit    *table
	// trans[p*C+c] scores class c after class p; start and end score the
	// sentence's first and last class.
	trans, start, end []int32
	// gazetteer says whether the model was trained with the hints of
	// polgraph's gazetteer (see Hints), which Tag then computes.
	gazetteer bool
	pool      sync.Pool // *workspace
}

// workspace holds one Tag call's buffers, reused across calls.
type workspace struct {
	info   []wordInfo
	buf    []byte
	feats  []uint32
	scores []int32
	delta  []int32
	back   []uint8
	ok     []bool
	seq    []uint8
	hints  []string
	// fwd and bwd are TagScored's best scores of each word's classes
	// from either end of the sentence.
	fwd, bwd []int64
	// touched keeps what table.score returns, so that its loads stay.
	touched byte
}

// modelFS embeds the model directory rather than the model file so that
// the package builds before a model is trained.
//
//go:embed model
var modelFS embed.FS

// modelPath is where cmd/train-entity writes the model and Default reads it.
const modelPath = "model/en_ner.model.gz"

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
)

// Default returns the tagger of the embedded model, loading it on first
// use. The model is part of the build, so failing to read it is a bug and
// panics.
func Default() *Tagger {
	defaultOnce.Do(func() {
		f, err := modelFS.Open(modelPath)
		if err != nil {
			panic(fmt.Errorf("entity: read embedded model (run make train-entity): %w", err))
		}
		defer f.Close()
		t, err := Load(f) // in place, not copied: embedded files are read at offsets
		if err != nil {
			panic(fmt.Errorf("entity: load embedded model: %w", err))
		}
		defaultTagger = t
	})
	return defaultTagger
}

// Tag finds the names in one sentence of words (tokenised as
// parse.Tokenize does). upos are the words' universal part-of-speech tags
// from package parse; when nil (or not one per word) Tag parses the
// sentence itself, which costs far more than tagging names.
func (t *Tagger) Tag(words, upos []string) []Span {
	return t.TagWithHints(words, upos, nil)
}

// TagWithHints is Tag with a hint per word ("" for none) such as Hints
// gives: what a gazetteer knows of the word. When hints is nil and the
// model was trained with hints, Tag computes them with Hints.
func (t *Tagger) TagWithHints(words, upos, hints []string) []Span {
	if len(words) == 0 {
		return nil
	}
	if len(upos) != len(words) {
		upos = t.parseUPOS(words)
	}
	if len(hints) != len(words) {
		hints = nil
	}
	ws := t.workspace()
	defer t.pool.Put(ws)
	if hints == nil && t.gazetteer {
		ws.hints = resize(ws.hints, len(words))
		ws.buf = gazetteerHints(words, ws.hints, ws.buf)
		hints = ws.hints
	}
	ws.seq = t.decode(ws, words, upos, hints)
	return trimTitles(t.classes.decode(ws.seq, nil), hints)
}

// trimTitles drops the titles the gazetteer knows ("Prime Minister",
// "Senator", "Mr") from the start of people's names: the training data
// leaves them out, as UniversalNER does, but rarely saw a title to learn
// it from.
func trimTitles(spans []Span, hints []string) []Span {
	if hints == nil {
		return spans
	}
	for i := range spans {
		s := &spans[i]
		for s.Label == "PER" && s.End-s.Start > 1 && isTitleHint(hints[s.Start]) {
			s.Start++
		}
	}
	return spans
}

func isTitleHint(h string) bool {
	switch h {
	case "B-honorific", "B-office", "I-office":
		return true
	}
	return false
}

// parseUPOS tags words with package parse (its tagger alone: no parse).
func (t *Tagger) parseUPOS(words []string) []string { return parse.Default().Tag(words).UPOS }

func (t *Tagger) workspace() *workspace {
	if ws, ok := t.pool.Get().(*workspace); ok {
		return ws
	}
	return &workspace{}
}

// decode returns the best class sequence for the sentence (in ws.seq's
// storage).
func (t *Tagger) decode(ws *workspace, words, upos, hints []string) []uint8 {
	n, C := len(words), len(t.classes.names)
	ws.info, ws.buf = describeWords(words, upos, hints, ws.info, ws.buf)
	mode := caseMode(ws.info[pad : pad+n])
	ws.scores = resize(ws.scores, n*C)
	clear(ws.scores)
	for j := range n {
		ws.feats = wordFeatures(ws.info, j+pad, mode, ws.feats[:0])
		ws.touched += t.emit.score(ws.feats, ws.scores[j*C:(j+1)*C])
	}
	ws.delta = resize(ws.delta, 2*C)
	ws.back = resize(ws.back, n*C)
	ws.ok = resize(ws.ok, 2*C)
	return viterbi(t.classes, n, ws.scores, t.trans, t.start, t.end, ws.delta, ws.back, ws.ok, ws.seq)
}

// resize returns s with length n, reusing its storage when it can.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
