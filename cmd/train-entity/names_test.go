package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/polgraph/polgraph/extract/entity"
	"github.com/polgraph/polgraph/extract/parse/conllu"
)

// A sentence written for the test, in GUM's formats: its tree and its
// entity layer.
const testTree = `# sent_id = t-1
1	Byron	Byron	PROPN	NNP	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	Dr.	Dr.	PROPN	NNP	_	5	compound	_	_
4	Ilse	Ilse	PROPN	NNP	_	5	compound	_	_
5	Varga	Varga	PROPN	NNP	_	2	obj	_	_
6	of	of	ADP	IN	_	9	case	_	_
7	the	the	DET	DT	_	9	det	_	_
8	Bank	Bank	PROPN	NNP	_	9	compound	_	_
9	Velmora	Velmora	PROPN	NNP	_	5	nmod	_	_
10	at	at	ADP	IN	_	13	case	_	_
11	the	the	DET	DT	_	13	det	_	_
12	old	old	ADJ	JJ	_	13	amod	_	_
13	school	school	NOUN	NN	_	2	obl	_	_
14	in	in	ADP	IN	_	15	case	_	_
15	Port	Port	PROPN	NNP	_	13	nmod	_	_
16	Ambrose	Ambrose	PROPN	NNP	_	15	flat	_	_
17	.	.	PUNCT	.	_	2	punct	_	_

`

const testWebAnno = `#FORMAT=WebAnno TSV 3.2

#Text=Byron met Dr. Ilse Varga of the Bank Velmora at the old school in Port Ambrose .
1-1	0-5	Byron	person	new	_	_	_	_	_
1-2	6-9	met	_	_	_	_	_	_	_
1-3	10-13	Dr.	person[2]	new[2]	_	_	_	_	_
1-4	14-18	Ilse	person[2]	new[2]	_	_	_	_	_
1-5	19-24	Varga	person[2]	new[2]	_	_	_	_	_
1-6	25-27	of	person[2]	new[2]	_	_	_	_	_
1-7	28-31	the	person[2]|organization[3]	new[2]|new[3]	_	_	_	_	_
1-8	32-36	Bank	person[2]|organization[3]	new[2]|new[3]	_	_	_	_	_
1-9	37-44	Velmora	person[2]|organization[3]|place[4]	new[2]|new[3]|new[4]	_	_	_	_	_
1-10	45-47	at	_	_	_	_	_	_	_
1-11	48-51	the	organization[5]	new[5]	_	_	_	_	_
1-12	52-55	old	organization[5]	new[5]	_	_	_	_	_
1-13	56-62	school	organization[5]	new[5]	_	_	_	_	_
1-14	63-65	in	organization[5]	new[5]	_	_	_	_	_
1-15	66-70	Port	organization[5]|place[6]	new[5]|new[6]	_	_	_	_	_
1-16	71-78	Ambrose	organization[5]|place[6]	new[5]|new[6]	_	_	_	_	_
1-17	79-80	.	_	_	_	_	_	_	_
`

// writeGUMDoc writes a GUM repository holding one document,
// GUM_test_doc, with the given tree and entity layer, and returns its
// folder.
func writeGUMDoc(t *testing.T, tree, webAnno string) string {
	t.Helper()
	dir := t.TempDir()
	for path, text := range map[string]string{
		"dep/GUM_test_doc.conllu":        tree,
		"coref/gum/tsv/GUM_test_doc.tsv": webAnno,
	} {
		p := filepath.Join(dir, path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestGUMNamedMentions(t *testing.T) {
	doc, err := readGUMDoc(writeGUMDoc(t, testTree, testWebAnno), "GUM_test_doc")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.sents) != 1 {
		t.Fatalf("%d sentences, want 1", len(doc.sents))
	}
	// The person mention "Dr. Ilse Varga of the Bank Velmora" becomes the
	// name "Ilse Varga" (no title, and the organisation inside it is a name
	// of its own); "the old school in Port Ambrose" is no name, the place
	// inside it is.
	want := []entity.Span{{Start: 0, End: 1, Label: "PER"}, {Start: 3, End: 5, Label: "PER"}, {Start: 7, End: 9, Label: "ORG"}, {Start: 14, End: 16, Label: "LOC"}}
	if got := doc.sents[0].Spans; !slices.Equal(got, want) {
		t.Errorf("spans %v, want %v", got, want)
	}
}

func TestNameCoreJoinsOf(t *testing.T) {
	sents, err := conllu.Read(stringsReader(`1	the	the	DET	DT	_	2	det	_	_
2	Bank	Bank	PROPN	NNP	_	0	root	_	_
3	of	of	ADP	IN	_	4	case	_	_
4	Velmora	Velmora	PROPN	NNP	_	2	nmod	_	_

`))
	if err != nil {
		t.Fatal(err)
	}
	got, ok := nameCore(&sents[0], mention{typ: "organization", words: []int{0, 1, 2, 3}})
	if want := (entity.Span{Start: 1, End: 4, Label: "ORG"}); !ok || got != want {
		t.Errorf("got %v %v, want %v", got, ok, want)
	}
}

func TestSpansOfIOB2(t *testing.T) {
	got := spansOfIOB2([]string{"B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG", "I-PER", "B-OTH", "I-OTH", "B-O", "B-LOC"})
	want := []entity.Span{{Start: 0, End: 2, Label: "PER"}, {Start: 3, End: 4, Label: "LOC"}, {Start: 4, End: 5, Label: "ORG"}, {Start: 5, End: 7, Label: "ORG"}, {Start: 7, End: 8, Label: "PER"}, {Start: 11, End: 12, Label: "LOC"}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestGenre(t *testing.T) {
	for doc, want := range map[string]string{"GUM_news_iodine": "news", "GUM_bio_byron": "bio", "GUM": ""} {
		if got := genre(doc); got != want {
			t.Errorf("genre(%q) = %q, want %q", doc, got, want)
		}
	}
}
