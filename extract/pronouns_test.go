package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

// A profile names its subject once and says "she" for paragraphs: each
// "she" stands for the person the last one did, and one that opens its
// sentence is its subject, whoever the sentence names after it; a name
// that owns the subject ("Dorn's story") is not it, and a sentence that
// quotes someone has its speaker for subject, as has a quotation after a
// sentence that has someone speak; a pronoun in a phrase that opens a
// sentence, with no one named just before, is its subject's; a "he" that
// opens a sentence after one whose named subject acted on "him" stands
// for him, the one the story was already telling of; the subject of a
// clause under one that names a person, outside a quote, is that person.
func TestPronounsCarryAProfile(t *testing.T) {
	tests := []struct {
		name, text, typ, want string
	}{
		{"past sentences that name nobody",
			"Marta Delin was appointed finance minister in 2001. She was praised by the press. The budget was harder. Her plan provoked a strike. She resigned in May 2006.",
			"RESIGNATION", "person/marta-delin"},
		{"a pronoun that opens its sentence is its subject",
			"Marta Delin was elected in 2001. She then met Dorin Savel in Brevik. The talks failed. She resigned in 2006.",
			"RESIGNATION", "person/marta-delin"},
		{"a name that owns the subject is not the subject",
			"Ana Holm runs a shop in Brevik. She said she sometimes talks to her sisters. The only thing on television is Ivo Dorn's story, she said, and she criticised the court.",
			"CRITICISM", "person/ana-holm"},
		{"the speaker after a quote, not a name inside it",
			"“Pavo Strand tells me he does not want to go back to Brevik,” said Ivo Dorn, another of the boy's uncles. He also criticised the court.",
			"CRITICISM", "person/ivo-dorn"},
		{"the speaker of a quote the sentence opens with",
			"“We have the perfect plan for bringing Pavo Strand home,” Ivo Dorn said. He also criticised the court.",
			"CRITICISM", "person/ivo-dorn"},
		{"a phrase that opens the sentence looks ahead to its subject",
			"Since her resignation as finance minister in 2019, Marta Delin has taught in Brevik.",
			"RESIGNATION", "person/marta-delin"},
		{"the one credited for a deed is its doer",
			"Ivo Dorn congratulated Pavo Strand on his re-election on Sunday.",
			"ELECTION", "person/pavo-strand"},
		{"so is the one a message of credit goes to",
			"Ivo Dorn sent a congratulatory message to Pavo Strand on his re-election.",
			"ELECTION", "person/pavo-strand"},
		{"but not one of the other gender",
			"Ivo Dorn thanked Ana Holm for his re-election.",
			"ELECTION", "person/ivo-dorn"},
		{"a quotation after one who speaks is theirs, not the subject's",
			"Pavo Strand was detained on Monday, his spokesman Teo Vall told reporters. “They broke down the door,” he said.",
			"STATEMENT", "person/teo-vall"},
		{"a short quote's speaker is not one the quote speaks of",
			"Interior Minister Pavo Strand signed the order. Ana Holm called on Monday for an inquiry. “The minister must go,” she said.",
			"STATEMENT", "person/ana-holm"},
		{"but not past one just named",
			"Ivo Dorn resigned as finance minister on Monday. After his resignation, Pavo Strand took over the ministry.",
			"RESIGNATION", "person/ivo-dorn"},
		{"a pronoun with one person named before it tells that person's gender",
			"Ayo Benneh has died aged 80, his family said. Benneh met Sela Varn in 1980. She resigned from the court in 1994.",
			"RESIGNATION", "person/sela-varn"},
		{"a woman's given name in its Ukrainian spelling tells her gender",
			"Iryna Bondar met Kim Tavor in 1980. He resigned from the court in 1994.",
			"RESIGNATION", "person/kim-tavor"},
		{"so does a noun of kin or role beside the name",
			"Sela Varn, a businesswoman from Tarsk, met Kim Tavor in 1980. He resigned from the court in 1994.",
			"RESIGNATION", "person/kim-tavor"},
		{"a noun of kin before the name, past a comma",
			"Police named the victim's widow, Sasha Orlen, on Monday. Orlen met Kim Tavor in 2004. He resigned from the court in 2006.",
			"RESIGNATION", "person/kim-tavor"},
		{"one a pronoun already stood for stays the topic past one who acted on him",
			"Tomas Verlin was elected to parliament in 1991. President Anton Krell appointed him defence minister in 1993. He resigned in July 1995.",
			"RESIGNATION", "person/tomas-verlin"},
		{"the subject of a clause under one that names a person is that person",
			"Kim Tavor chairs the ethics committee. Prosecutors opened an investigation into Ivo Dorn in March after a newspaper reported that he had met Chinese diplomats.",
			"MEETING", "person/ivo-dorn"},
		{"but not one named inside a quote beside it",
			"Ivo Dorn denied the claim. “Not one coin came from the government. Kim Tavor knows this, and she also knows why the party is bleeding,” he told the Brevik Courier by telephone.",
			"STATEMENT", "person/ivo-dorn"},
		{"no name of a phrase a preposition opens, conjuncts included, is a subject",
			"Ivo Dorn chairs the ethics committee. Backed by Ana Holm and Lea Sorn, he criticised the court on Monday.",
			"CRITICISM", "person/ivo-dorn"},
		{"but a subject named after a pronoun that was not the object of its verb stays the one named",
			"Tomas Verlin was elected to parliament in 1991. His successor, Anton Krell, was appointed in 1993. He resigned in July 1995.",
			"RESIGNATION", "person/anton-krell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tt.text, PublishedAt: "2024-10-15"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, ev := range x.Events {
				if ev.Type != tt.typ {
					continue
				}
				for _, p := range ev.Participants {
					if p.Role == "agent" {
						got = append(got, p.Entity)
					}
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("%s agents %v, want [%s]", tt.typ, got, tt.want)
			}
		})
	}
}
