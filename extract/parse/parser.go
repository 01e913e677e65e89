package parse

import (
	"bytes"
	"embed"
	"fmt"
	"sync"
)

// Parser tags, lemmatises and parses sentences. It is immutable once
// loaded and safe for concurrent use.
type Parser struct {
	tagger  tagger
	lemmas  *lemmatizer
	labels  []string
	root    uint8  // id of the "root" label
	punct   []bool // tag classes that are punctuation
	weights *weights
	pool    sync.Pool // *workspace
}

// workspace holds one Parse call's buffers, reused across calls.
type workspace struct {
	info    []wordInfo
	lowered [][]byte
	buf     []byte
	lemBuf  []byte
	tags    []uint8
	feats   []uint32
	hits    []uint32
	scores  scoreArray
	// bufScores are the scores of the buffer's features (see parse).
	bufScores scoreArray
	in        parserInput
	st        state
}

// modelFS embeds the model directory rather than the model file so that
// the package builds before a model is trained.
//
//go:embed model
var modelFS embed.FS

// modelPath is where cmd/train writes the model and Default reads it.
const modelPath = "model/en_ud.model.gz"

var (
	defaultOnce   sync.Once
	defaultParser *Parser
)

// Default returns the parser of the embedded model, loading it on first
// use. The model is part of the build, so failing to read it is a bug
// and panics.
func Default() *Parser {
	defaultOnce.Do(func() {
		data, err := modelFS.ReadFile(modelPath)
		if err != nil {
			panic(fmt.Errorf("parse: read embedded model (run make train): %w", err))
		}
		p, err := Load(bytes.NewReader(data))
		if err != nil {
			panic(fmt.Errorf("parse: load embedded model: %w", err))
		}
		defaultParser = p
	})
	return defaultParser
}

func (p *Parser) workspace() *workspace {
	if ws, ok := p.pool.Get().(*workspace); ok {
		return ws
	}
	return &workspace{}
}

// Parse tags, lemmatises and parses one sentence of words (as Tokenize
// splits them). Every word gets a head; exactly one gets -1. An empty
// sentence gives an empty tree.
func (p *Parser) Parse(words []string) Tree {
	n := len(words)
	t := Tree{
		Words: words,
		UPOS:  make([]string, n),
		XPOS:  make([]string, n),
		Lemma: make([]string, n),
		Head:  make([]int, n),
		Rel:   make([]string, n),
	}
	if n == 0 {
		return t
	}
	ws := p.workspace()
	defer p.pool.Put(ws)

	ws.info, ws.lowered, ws.buf = describeWords(words, ws.info, ws.lowered, ws.buf)
	p.tagger.annotate(ws.info, ws.lowered)
	ws.tags, ws.feats, ws.hits = p.tagger.tag(words, ws.info, ws.tags, ws.feats, ws.hits, &ws.scores)
	for i, c := range ws.tags {
		tc := p.tagger.classes[c]
		t.UPOS[i], t.XPOS[i] = tc.UPOS, tc.XPOS
		t.Lemma[i] = p.lemmas.lemma(ws.lowered[i], tc.UPOS, ws.lemBuf)
	}

	ws.in.fill(ws.info, ws.tags, p.punct)
	st := &ws.st
	ws.feats, ws.hits = p.parse(st, &ws.in, ws.feats, ws.hits, &ws.scores, &ws.bufScores)
	for i := range n {
		h := st.head[i]
		if h == int32(n) {
			h = -1
		}
		t.Head[i] = int(h)
		t.Rel[i] = p.labels[st.label[i]]
	}
	return t
}

// parserInput is what the parser's features read of a sentence: per word
// (ROOT's last) its description and tag, and how many punctuation marks
// precede it.
type parserInput struct {
	words       []wordInfo
	tags        []uint64
	punctBefore []int32
}

// rootInfo describes ROOT.
var rootInfo = wordInfo{lower: rootWord, raw: rootWord, shape: rootWord, suf1: rootWord, suf2: rootWord,
	suf3: rootWord, suf4: rootWord, pre1: rootWord, pre2: rootWord}

// fill sets in up for the words described by info (padded) with tags.
func (in *parserInput) fill(info []wordInfo, tags []uint8, punct []bool) {
	in.words = append(in.words[:0], info[pad:pad+len(tags)]...)
	in.words = append(in.words, rootInfo)
	in.tags = in.tags[:0]
	in.punctBefore = in.punctBefore[:0]
	n := int32(0)
	for _, c := range tags {
		in.tags = append(in.tags, uint64(c)+3)
		in.punctBefore = append(in.punctBefore, n)
		if punct[c] {
			n++
		}
	}
	in.tags = append(in.tags, rootWord)
	in.punctBefore = append(in.punctBefore, n)
}

// punctClasses marks the tag classes that are punctuation.
func punctClasses(classes []tagClass) []bool {
	out := make([]bool, len(classes))
	for i, c := range classes {
		out[i] = c.UPOS == "PUNCT"
	}
	return out
}

// parse runs the transition system to the end.
func (p *Parser) parse(st *state, in *parserInput, feats, hits []uint32, scores, bufScores *scoreArray) ([]uint32, []uint32) {
	st.reset(len(in.words) - 1)
	nLabels, nClasses := len(p.labels), p.weights.nClasses
	bufFront := int32(-1)
	for !st.terminal() {
		if st.b != bufFront {
			// A new buffer front: score the features of the buffer alone,
			// which hold until the next SHIFT.
			bufFront = st.b
			feats = st.bufferFeatures(in, feats[:0])
			clear(bufScores[:nClasses])
			hits = p.weights.score(feats, bufScores, hits)
		}
		feats = st.stackFeatures(in, feats[:0])
		copy(scores[:nClasses], bufScores[:nClasses])
		hits = p.weights.score(feats, scores, hits)
		st.apply(best(st, scores[:nClasses], nLabels, p.root), nLabels)
	}
	return feats, hits
}
