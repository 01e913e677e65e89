package parse

import (
	"embed"
	"fmt"
	"strings"
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
	sc      scratch
	scores  scoreArray
	// bufScores are the scores of the buffer's features; topScores holds,
	// nClasses a word, those of each word's features as the stack top,
	// where topScored says they are scored (see parse).
	bufScores scoreArray
	topScores []int32
	topScored []bool
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
		f, err := modelFS.Open(modelPath)
		if err != nil {
			panic(fmt.Errorf("parse: read embedded model (run make train): %w", err))
		}
		defer f.Close()
		p, err := Load(f) // in place, not copied: embedded files are read at offsets
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
	ws := p.workspace()
	defer p.pool.Put(ws)
	t := p.tag(ws, words)
	p.complete(ws, &t)
	return t
}

// Tag tags and lemmatises one sentence of words without parsing it: the
// tree's Head and Rel are nil until Complete. Its tags and lemmas are
// those Parse gives.
func (p *Parser) Tag(words []string) Tree {
	ws := p.workspace()
	defer p.pool.Put(ws)
	return p.tag(ws, words)
}

// Complete parses a tree that Tag made, setting its Head and Rel; the tree
// is then the one Parse gives. A tree that has its heads is left as it is.
func (p *Parser) Complete(t *Tree) {
	if t.Head != nil {
		return
	}
	ws := p.workspace()
	defer p.pool.Put(ws)
	p.complete(ws, t)
	t.words = nil // read once: a long article's window holds thousands of trees
}

// tag describes, tags and lemmatises words in ws.
func (p *Parser) tag(ws *workspace, words []string) Tree {
	n := len(words)
	t := Tree{
		Words:   words,
		UPOS:    make([]string, n),
		XPOS:    make([]string, n),
		Lemma:   make([]string, n),
		classes: make([]uint8, n),
		words:   make([]parserWord, n),
	}
	if n == 0 {
		return t
	}
	ws.info, ws.lowered, ws.buf = describeWords(words, ws.info, ws.lowered, ws.buf)
	for i := range t.words {
		t.words[i] = parserWordOf(&ws.info[pad+i])
	}
	p.tagger.annotate(ws.info, ws.lowered)
	ws.tags, ws.feats = p.tagger.tag(words, ws.info, ws.tags, ws.feats, &ws.sc, &ws.scores)
	copy(t.classes, ws.tags)
	for i, c := range ws.tags {
		tc := p.tagger.classes[c]
		t.UPOS[i], t.XPOS[i] = tc.UPOS, tc.XPOS
		t.Lemma[i] = p.lemmas.lemma(ws.lowered[i], words[i], tc.UPOS, &ws.lemBuf)
	}
	return t
}

// CompleteParts parses a tree that Tag made as clauses that stand apart,
// cut at the words in cuts (a semicolon between two sentences' worth of
// words): each part is parsed alone, so that no word of one is read as a
// dependent of the other; each part ends with its cut, as with a full
// stop, and each later part's root hangs on the first part's as
// parataxis. With no cuts it is Complete.
func (p *Parser) CompleteParts(t *Tree, cuts []int) {
	if t.Head != nil {
		return
	}
	ws := p.workspace()
	defer p.pool.Put(ws)
	p.completeParts(ws, t, cuts)
	t.words = nil // read once: a long article's window holds thousands of trees
}

// completeParts is CompleteParts, keeping t's word descriptions.
func (p *Parser) completeParts(ws *workspace, t *Tree, cuts []int) {
	if len(cuts) == 0 {
		p.complete(ws, t)
		return
	}
	n := len(t.Words)
	t.Head, t.Rel = make([]int, n), make([]string, n)
	first := -1
	for k, from := 0, 0; k <= len(cuts); k++ {
		to := n
		if k < len(cuts) {
			to = cuts[k] + 1 // the cut ends its part, as a full stop would
		}
		part := Tree{Words: t.Words[from:to], classes: t.classes[from:to], words: t.words[from:to]}
		p.complete(ws, &part)
		root := -1
		for i, h := range part.Head {
			if h < 0 {
				root = from + i
				t.Head[from+i] = -1
			} else {
				t.Head[from+i] = from + h
			}
			t.Rel[from+i] = part.Rel[i]
		}
		if first < 0 {
			first = root
		} else {
			t.Head[root], t.Rel[root] = first, "parataxis"
		}
		from = to
	}
}

// complete parses the tagged tree t, whose words ws describes.
func (p *Parser) complete(ws *workspace, t *Tree) {
	n := len(t.Words)
	t.Head, t.Rel = make([]int, n), make([]string, n)
	if n == 0 {
		return
	}
	ws.in.fillWords(t.words, t.classes, p.punct)
	p.parse(ws)
	st := &ws.st
	for i := range n {
		h := st.head[i]
		if h == int32(n) {
			h = -1
		}
		t.Head[i] = int(h)
		t.Rel[i] = p.labels[st.label[i]]
	}
}

// parserInput is what the parser's features read of a sentence: per word
// (ROOT's last) its description and tag, and how many punctuation marks
// precede it.
type parserInput struct {
	words       []parserWord
	tags        []uint64
	punctBefore []int32
}

// parserWord is what the parser's features read of a word's description
// (wordInfo): Tag keeps it in the tree, so that Complete need not
// describe the words again.
type parserWord struct{ lower, shape, suf3 uint64 }

func parserWordOf(w *wordInfo) parserWord {
	return parserWord{lower: w.lower, shape: w.shape, suf3: w.suf3}
}

// rootWordDesc describes ROOT.
var rootWordDesc = parserWord{lower: rootWord, shape: rootWord, suf3: rootWord}

// fill sets in up for the words described by info (padded) with tags.
func (in *parserInput) fill(info []wordInfo, tags []uint8, punct []bool) {
	in.words = in.words[:0]
	for i := range tags {
		in.words = append(in.words, parserWordOf(&info[pad+i]))
	}
	in.fillTags(tags, punct)
}

// fillWords sets in up for words with tags.
func (in *parserInput) fillWords(words []parserWord, tags []uint8, punct []bool) {
	in.words = append(in.words[:0], words...)
	in.fillTags(tags, punct)
}

// fillTags ends in's words with ROOT and sets its tags.
func (in *parserInput) fillTags(tags []uint8, punct []bool) {
	in.words = append(in.words, rootWordDesc)
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
//
// The features of a state fall into three groups by how long they hold:
// those of the buffer until the next SHIFT, those of the stack top for as
// long as it stays on the stack (it comes back to the top after every
// LEFT and RIGHT above it), and the rest for one transition. Each group is
// scored once while it holds; the sums of integer weights are the same
// whatever the grouping. A state with one legal transition is not scored.
func (p *Parser) parse(ws *workspace) {
	st, in := &ws.st, &ws.in
	n := len(in.words) - 1
	st.reset(n)
	nLabels, nClasses := len(p.labels), p.weights.nClasses
	ws.topScores = resize(ws.topScores, (n+1)*nClasses)
	ws.topScored = resize(ws.topScored, n+1)
	bufFront := int32(-1)
	scores := &ws.scores
	for !st.terminal() {
		if st.forced() {
			st.apply(best(st, scores[:nClasses], nLabels, p.root), nLabels)
			continue
		}
		if st.b != bufFront {
			bufFront = st.b
			ws.feats = st.bufferFeatures(in, ws.feats[:0])
			clear(ws.bufScores[:nClasses])
			p.weights.score(ws.feats, &ws.bufScores, &ws.sc)
		}
		s0 := st.top(0)
		top := ws.topScores[int(s0)*nClasses : int(s0+1)*nClasses]
		if !ws.topScored[s0] {
			ws.topScored[s0] = true
			ws.feats = st.topFeatures(in, ws.feats[:0])
			clear(scores[:nClasses])
			p.weights.score(ws.feats, scores, &ws.sc)
			copy(top, scores[:nClasses])
		}
		// Sliced to one length, the loop has no bounds checks.
		sum, buf := scores[:len(top)], ws.bufScores[:len(top)]
		for c, v := range top {
			sum[c] = buf[c] + v
		}
		ws.feats = st.stackFeatures(in, ws.feats[:0])
		p.weights.score(ws.feats, scores, &ws.sc)
		st.apply(best(st, scores[:nClasses], nLabels, p.root), nLabels)
	}
}

// MarkProperNoun retags word i of a tree Tag made, and Complete has not
// parsed, as a singular proper noun: a caller that knows the word names
// someone ("Xi", "May") corrects a tagger that read it as a verb, and
// Complete then parses it as a name. It reports whether it did.
func (p *Parser) MarkProperNoun(t *Tree, i int) bool {
	return p.mark(t, i, "PROPN", "NNP")
}

// RetagAfter tags the words after word i of a tree Tag made, and Complete
// has not parsed, again, as the tagger would have with the tags up to i
// as they now are: a caller that has corrected word i's tag ("Mali cut
// diplomatic ties", where the name read as an adjective made the verb
// after it one too) has the words after it read in its light. It reports
// whether it did.
func (p *Parser) RetagAfter(t *Tree, i int) bool {
	if t.Head != nil || i < 0 || i >= len(t.classes) {
		return false
	}
	ws := p.workspace()
	defer p.pool.Put(ws)
	ws.info, ws.lowered, ws.buf = describeWords(t.Words, ws.info, ws.lowered, ws.buf)
	p.tagger.annotate(ws.info, ws.lowered)
	ws.feats = p.tagger.tagFrom(t.Words, ws.info, t.classes, i+1, ws.feats, &ws.sc, &ws.scores)
	for j := i + 1; j < len(t.Words); j++ {
		tc := p.tagger.classes[t.classes[j]]
		t.UPOS[j], t.XPOS[j] = tc.UPOS, tc.XPOS
		t.Lemma[j] = p.lemmas.lemma(ws.lowered[j], t.Words[j], tc.UPOS, &ws.lemBuf)
	}
	return true
}

// MarkAdjective retags word i as MarkProperNoun does, as an adjective: a
// caller that knows the word is a nationality before a noun ("French
// tourist Luc Morel") corrects a tagger that read it as a name, which
// Complete would make the phrase's head.
func (p *Parser) MarkAdjective(t *Tree, i int) bool {
	return p.mark(t, i, "ADJ", "JJ")
}

// MarkNoun retags word i as MarkProperNoun does, as a common noun: a
// caller that knows a gerund after a noun names a crime or a trade
// ("money laundering", "vote rigging") corrects a tagger that read it as a
// verb, whose clause would take the sentence's times.
func (p *Parser) MarkNoun(t *Tree, i int) bool {
	return p.mark(t, i, "NOUN", "NN")
}

// MarkPastTense retags word i as MarkProperNoun does, as a past tense,
// lemmatised as a verb: a caller that knows the past participle or the
// adjective the tagger read ("police fired tear gas" read as
// "police-fired tear gas") is the sentence's verb corrects the tag, which
// Complete would hang on the noun after it.
func (p *Parser) MarkPastTense(t *Tree, i int) bool {
	if i < 0 || i >= len(t.UPOS) {
		return false
	}
	if t.UPOS[i] != "VERB" {
		return p.markLemmatised(t, i, "VERB", "VBD")
	}
	lemma := t.Lemma[i]
	ok := p.mark(t, i, "VERB", "VBD")
	t.Lemma[i] = lemma
	return ok
}

// MarkBaseVerb retags word i as MarkProperNoun does, as a verb's base
// form, its own lemma: a caller that knows the word after "helped" is a
// bare infinitive ("helped found the party") corrects a tagger that read
// it as a preposition, and a lemmatiser that would read "found" as
// "find".
func (p *Parser) MarkBaseVerb(t *Tree, i int) bool {
	return p.mark(t, i, "VERB", "VB")
}

// MarkParticiple retags word i as MarkPastTense does, as a past
// participle: a caller that knows the past the tagger read after a
// sentence's opening noun is a reduced relative on it ("a post shared
// 40,000 times claims ...") corrects a tag that would make it the
// sentence's verb.
func (p *Parser) MarkParticiple(t *Tree, i int) bool {
	if i < 0 || i >= len(t.UPOS) || t.UPOS[i] != "VERB" {
		return false
	}
	lemma := t.Lemma[i]
	ok := p.mark(t, i, "VERB", "VBN")
	t.Lemma[i] = lemma
	return ok
}

// MarkPresentVerb retags word i as MarkProperNoun does, as a verb in the
// third person singular present, lemmatised as a verb: a caller that
// knows a word ending a relative clause is its verb ("a charge the
// government denies") corrects a tagger that read it as a plural noun.
func (p *Parser) MarkPresentVerb(t *Tree, i int) bool {
	return p.markLemmatised(t, i, "VERB", "VBZ")
}

// MarkPluralNoun retags word i as MarkProperNoun does, as a plural common
// noun, lemmatised as a noun: a caller that knows a word after a verb of
// denying is the claim it denies ("Kyiv denies reports that ...")
// corrects a tagger that read it as the sentence's verb.
func (p *Parser) MarkPluralNoun(t *Tree, i int) bool {
	return p.markLemmatised(t, i, "NOUN", "NNS")
}

// markLemmatised marks word i as mark does and lemmatises it as a word
// of upos.
func (p *Parser) markLemmatised(t *Tree, i int, upos, xpos string) bool {
	if !p.mark(t, i, upos, xpos) {
		return false
	}
	var scratch []byte
	lower := normLower(t.Words[i])
	t.Lemma[i] = p.lemmas.lemma([]byte(lower), lower, upos, &scratch)
	return true
}

// mark gives word i the tagger's class of upos and xpos; a name is its
// own lemma, an adjective its lower case.
func (p *Parser) mark(t *Tree, i int, upos, xpos string) bool {
	if t.Head != nil || i < 0 || i >= len(t.classes) {
		return false
	}
	for c, tc := range p.tagger.classes {
		if tc.UPOS == upos && tc.XPOS == xpos {
			t.classes[i] = uint8(c)
			t.UPOS[i], t.XPOS[i], t.Lemma[i] = tc.UPOS, tc.XPOS, t.Words[i]
			if upos != "PROPN" {
				t.Lemma[i] = strings.ToLower(t.Words[i])
			}
			return true
		}
	}
	return false
}

// CommonWord reports whether the tagger's training data saw lower-case
// word w (three times or more) as anything but a proper noun: an English
// word, though a sentence's first capital makes it look like a name
// ("Riot police", "Longtime mayor").
func (p *Parser) CommonWord(w string) bool {
	for _, c := range p.tagger.lex[w] {
		if p.tagger.classes[c].UPOS != "PROPN" {
			return true
		}
	}
	return false
}
