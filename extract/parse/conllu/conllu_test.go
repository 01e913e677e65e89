package conllu

import (
	"strings"
	"testing"
)

const sample = `# newdoc id = doc1
# sent_id = doc1-1
# text = Mara can't go.
1	Mara	Mara	PROPN	NNP	_	4	nsubj	_	_
2-3	can't	_	_	_	_	_	_	_	_
2	ca	can	AUX	MD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	go	go	VERB	VB	_	0	root	_	_
4.1	went	go	VERB	VBD	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = doc1-2
1	Yes	yes	INTJ	UH	_	0	root	_	_
`

func TestReadSkipsRangesAndEmptyNodes(t *testing.T) {
	sents, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if got := strings.Join(s.Words, " "); got != "Mara ca n't go ." {
		t.Errorf("words = %q", got)
	}
	wantHead := []int{3, 3, 3, -1, 3}
	for i, h := range wantHead {
		if s.Head[i] != h {
			t.Errorf("head[%d] = %d, want %d", i, s.Head[i], h)
		}
	}
	if s.ID != "doc1-1" || s.Doc != "doc1" || sents[1].Doc != "doc1" {
		t.Errorf("ids: %q %q %q", s.ID, s.Doc, sents[1].Doc)
	}
}

func TestReadRejectsBadLines(t *testing.T) {
	for _, bad := range []string{
		"1\tA\ta\tX\tX\t_\t0\troot\t_\n",    // 9 columns
		"2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", // id out of sequence
		"1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n", // head out of range
		"1\tA\ta\tX\tX\t_\tx\troot\t_\t_\n", // head not a number
	} {
		if _, err := Read(strings.NewReader(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}
