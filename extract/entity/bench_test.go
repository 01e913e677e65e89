package entity

import (
	"strings"
	"testing"

	"github.com/polgraph/polgraph/extract/parse"
)

// benchText is news-like text of our own making, one sentence a line.
const benchText = `Senator Ilse Varga of the Civic Union resigned on Tuesday, two days after prosecutors in Maribel opened an inquiry into the party's campaign finances.
In a statement released by her office, Varga said she had "done nothing wrong" and would cooperate fully with investigators.
Prime Minister Tomas Ekwueme, who has led a fragile three-party coalition since the 2021 election, praised her decision and called for calm.
The opposition Labour Alliance demanded an early vote, arguing that the government had lost its majority in the 240-seat National Assembly.
Its leader, Marek Oduya, told reporters outside parliament that the scandal showed "a culture of impunity at the highest levels of the state."
Analysts said the resignation could delay the budget, which must be approved before the end of March to unlock $1.2 billion in loans from the International Monetary Fund.
Varga, 54, served as interior minister from 2016 to 2019 and was widely seen as a possible successor to Ekwueme.
Police detained two former aides of the senator last week on suspicion of money laundering, according to court documents seen by the Daily Lantern.
The Civic Union said in a brief statement that it would choose a new parliamentary leader on Friday and that the coalition agreement remained in force.
Ekwueme is expected to meet President Ana Lisboa of Corvel Construction on Thursday to discuss a cabinet reshuffle, a government spokesman said.`

type benchSentence struct{ words, upos []string }

func benchSentences() ([]benchSentence, int, int) {
	var out []benchSentence
	size, n := 0, 0
	for _, line := range strings.Split(benchText, "\n") {
		ws := words(line)
		out = append(out, benchSentence{ws, parse.Default().Parse(ws).UPOS})
		size += len(line) + 1
		n += len(ws)
	}
	return out, size, n
}

// BenchmarkTag measures name tagging with the caller's tags (tokenising
// and parsing excluded) on one core; bytes/s are of the raw text.
func BenchmarkTag(b *testing.B) {
	tg := Default()
	sents, size, n := benchSentences()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			tg.Tag(s.words, s.upos)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkTagParsing is Tag without tags: it parses each sentence first.
func BenchmarkTagParsing(b *testing.B) {
	tg := Default()
	sents, size, n := benchSentences()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			tg.Tag(s.words, nil)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
