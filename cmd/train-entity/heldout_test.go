package main

import (
	"reflect"
	"testing"
)

// Two sentences written for the test, in GUM's formats: the person is
// linked to one identity under two names, and "Ambrose" has no space
// before the full stop.
const heldoutTree = `# meta::dateCreated = 2019-04-02
# sent_id = t-1
1	Ilse	Ilse	PROPN	NNP	_	2	compound	_	_
2	Varga	Varga	PROPN	NNP	_	3	nsubj	_	_
3	visited	visit	VERB	VBD	_	0	root	_	_
4	Port	Port	PROPN	NNP	_	3	obj	_	_
5	Ambrose	Ambrose	PROPN	NNP	_	4	flat	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t-2
1	Varga	Varga	PROPN	NNP	_	2	nsubj	_	_
2	left	leave	VERB	VBD	_	0	root	_	_
3	.	.	PUNCT	.	_	2	punct	_	_

`

const heldoutWebAnno = `#FORMAT=WebAnno TSV 3.2

#Text=Ilse Varga visited Port Ambrose.
1-1	0-4	Ilse	person[1]	new[1]	_	Ilse_Varga[1]	_	_	_
1-2	5-10	Varga	person[1]	new[1]	_	Ilse_Varga[1]	_	_	_
1-3	11-18	visited	_	_	_	_	_	_	_
1-4	19-23	Port	place[2]	new[2]	_	_	_	_	_
1-5	24-31	Ambrose	place[2]	new[2]	_	_	_	_	_
1-6	31-32	.	_	_	_	_	_	_	_

#Text=Varga left .
2-1	33-38	Varga	person[3]	giv[3]	_	Ilse_Varga[3]	_	_	_
2-2	39-43	left	_	_	_	_	_	_	_
2-3	44-45	.	_	_	_	_	_	_	_
`

func TestHeldoutDoc(t *testing.T) {
	in, gold, err := heldoutDoc(writeGUMDoc(t, heldoutTree, heldoutWebAnno), "GUM_test_doc")
	if err != nil {
		t.Fatal(err)
	}
	wantIn := heldoutInput{ID: "GUM_test_doc", Title: "GUM_test_doc", Text: "Ilse Varga visited Port Ambrose.\nVarga left .", PublishedAt: "2019-04-02"}
	if in != wantIn {
		t.Errorf("input %+v, want %+v", in, wantIn)
	}
	want := []heldoutEntity{
		{Kind: "Person", Name: "Ilse Varga", Aliases: []string{"Varga"}, Mentions: []heldoutMention{{0, 10, "Ilse Varga"}, {33, 38, "Varga"}}},
		{Kind: "Place", Name: "Port Ambrose", Aliases: []string{}, Mentions: []heldoutMention{{19, 31, "Port Ambrose"}}},
	}
	if !reflect.DeepEqual(gold.Entities, want) {
		t.Errorf("entities %+v, want %+v", gold.Entities, want)
	}
}

func TestHeldoutDocsLeaveOutNewsAndReddit(t *testing.T) {
	got := heldoutDocs(map[string][]string{
		"train": {"GUM_bio_a"},
		"dev":   {"GUM_bio_b"},
		"test":  {"GUM_bio_c", "GUM_news_d", "GUM_reddit_e", "GUM_voyage_f"},
	})
	if want := []string{"GUM_bio_c", "GUM_voyage_f"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
