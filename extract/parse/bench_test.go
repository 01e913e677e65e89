package parse

import (
	"strings"
	"testing"
)

// benchText is news-like text of our own making, one sentence a line.
const benchText = `Senator Ilse Varga of the Civic Union resigned on Tuesday, two days after prosecutors in Maribel opened an inquiry into the party's campaign finances.
In a statement released by her office, Varga said she had "done nothing wrong" and would cooperate fully with investigators.
Prime Minister Tomas Ekwueme, who has led a fragile three-party coalition since the 2021 election, praised her decision and called for calm.
The opposition Labour Alliance demanded an early vote, arguing that the government had lost its majority in the 240-seat National Assembly.
Its leader, Marek Oduya, told reporters outside parliament that the scandal showed "a culture of impunity at the highest levels of the state."
Analysts said the resignation could delay the budget, which must be approved before the end of March to unlock $1.2 billion in loans from the International Monetary Fund.
Varga, 54, served as interior minister from 2016 to 2019 and was widely seen as a possible successor to Ekwueme.
Police detained two former aides of the senator last week on suspicion of money laundering, according to court documents seen by local media.
The Civic Union said in a brief statement that it would choose a new parliamentary leader on Friday and that the coalition agreement remained in force.
Ekwueme is expected to meet President Ana Lisboa on Thursday to discuss a cabinet reshuffle, a government spokesman said.`

func benchSentences() ([][]string, int) {
	var sents [][]string
	bytes := 0
	for _, line := range strings.Split(benchText, "\n") {
		sents = append(sents, words(line))
		bytes += len(line) + 1
	}
	return sents, bytes
}

// BenchmarkParse measures tagging, lemmatising and parsing (tokenisation
// excluded) on one core; bytes/s are of the raw text.
func BenchmarkParse(b *testing.B) {
	p := Default()
	sents, size := benchSentences()
	nWords := 0
	for _, s := range sents {
		nWords += len(s)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			p.Parse(s)
		}
	}
	b.ReportMetric(float64(nWords)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkTokenizeAndParse adds tokenisation.
func BenchmarkTokenizeAndParse(b *testing.B) {
	p := Default()
	lines := strings.Split(benchText, "\n")
	nWords := 0
	for _, l := range lines {
		nWords += len(Tokenize(l))
	}
	b.SetBytes(int64(len(benchText)))
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			p.Parse(words(l))
		}
	}
	b.ReportMetric(float64(nWords)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
