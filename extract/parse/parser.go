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
	root    uint8 // id of the "root" label
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
	scores  []int32
	words   []uint64
	tagHash []uint64
	st      state
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
	ws.scores = resize(ws.scores, len(p.tagger.classes))
	ws.tags, ws.feats = p.tagger.tag(words, ws.info, ws.tags, ws.feats, ws.scores)
	for i, c := range ws.tags {
		tc := p.tagger.classes[c]
		t.UPOS[i], t.XPOS[i] = tc.UPOS, tc.XPOS
		t.Lemma[i] = p.lemmas.lemma(ws.lowered[i], tc.UPOS, ws.lemBuf)
	}

	ws.words, ws.tagHash = parserInputs(ws.info, ws.tags, ws.words, ws.tagHash)
	st := &ws.st
	ws.scores = resize(ws.scores, p.weights.nClasses)
	ws.feats = p.parse(st, ws.words, ws.tagHash, ws.feats, ws.scores)
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

// parserInputs gives the parser each word's lower-case hash and tag,
// with ROOT's at the end.
func parserInputs(info []wordInfo, tags []uint8, words, tagHash []uint64) ([]uint64, []uint64) {
	words, tagHash = words[:0], tagHash[:0]
	for i, c := range tags {
		words = append(words, info[i+pad].lower)
		tagHash = append(tagHash, uint64(c)+3)
	}
	return append(words, rootWord), append(tagHash, rootWord)
}

// parse runs the transition system to the end.
func (p *Parser) parse(st *state, words, tags []uint64, feats []uint32, scores []int32) []uint32 {
	st.reset(len(words) - 1)
	nLabels := len(p.labels)
	for !st.terminal() {
		feats = st.parseFeatures(words, tags, feats[:0])
		clear(scores)
		p.weights.score(feats, scores)
		st.apply(best(st, scores, nLabels, p.root), nLabels)
	}
	return feats
}
