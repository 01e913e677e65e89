package extract

import (
	"strings"
	"testing"

	"github.com/polgraph/polgraph/extract/gazetteer"
)

// A title only some states give decides whose office it is: the one
// state's where it is one state's, whatever country the story is filed
// from; none where the sentence names a state that gives no such title.
func TestTitlesOfSomeStates(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a title one state gives, in a story filed from another",
			text: "WASHINGTON (Reuters) - Taoiseach Aidan Corr met President Marta Vell at the White House on Thursday, the Irish government said.",
			want: [][3]string{{"HOLDS_OFFICE", "Aidan Corr", "Ireland"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Aidan Corr", "United States"}},
		},
		{
			name: "a title one state gives, its state named only by another",
			text: "BRUSSELS (Reuters) - Chancellor of the Exchequer Tom Hartle told European Union finance ministers on Friday that Britain would not pay. Belgian Finance Minister Luc Vermaat said the decision was regrettable.",
			want: [][3]string{{"HOLDS_OFFICE", "Tom Hartle", "United Kingdom"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Tom Hartle", "Belgium"}},
		},
		{
			name: "a title one state gives, the story naming no state of it",
			text: "BERLIN (Reuters) - Home Secretary Grace Whitfell will travel to Berlin next week for talks with German Interior Minister Klaus Renzel on deportations.",
			want: [][3]string{{"HOLDS_OFFICE", "Grace Whitfell", "United Kingdom"}, {"HOLDS_OFFICE", "Klaus Renzel", "Germany"}},
		},
		{
			name: "a title one state gives wherever a story is set, in a story set in another that gives it too",
			text: "NAIROBI, Kenya - Treasury Secretary Amos Kerio presented the budget to parliament on Thursday, promising to cut borrowing.",
			want: [][3]string{{"HOLDS_OFFICE", "Amos Kerio", "Kenya"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Amos Kerio", "United States"}},
		},
		{
			name: "that title in a story set in a state that does not give it",
			text: "LONDON - Treasury Secretary Amos Kerio said on Monday that Britain and the United States would cut tariffs.",
			want: [][3]string{{"HOLDS_OFFICE", "Amos Kerio", "United States"}},
		},
		{
			name: "a state named before the title that gives no such office",
			text: "NEW DELHI (Reuters) - India's Foreign Secretary Vikram Raodan held talks with Nepal's foreign minister, Sita Karkin, in Kathmandu on Monday.",
			want: [][3]string{{"HOLDS_OFFICE", "Sita Karkin", "Nepal"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Vikram Raodan", "India"}},
		},
		{
			name: "a prime minister in a story filed from a state with none, who speaks of another state",
			text: "GENEVA (Reuters) - Prime Minister Anna Falkner said China had broken its promises on trade and urged Beijing to return to talks, speaking on the sidelines of a meeting in Geneva.",
			not:  [][3]string{{"HOLDS_OFFICE", "Anna Falkner", "Switzerland"}, {"HOLDS_OFFICE", "Anna Falkner", "China"}},
		},
		{
			name: "a state with no prime minister today named for one of the past",
			text: "The ceremony was presided over by the first prime minister of independent Ghana, Kofi Asante-Mensah, in 1958.",
			want: [][3]string{{"HOLDS_OFFICE", "Kofi Asante-Mensah", "Ghana"}},
		},
		{
			name: "a prime minister who speaks of the state the story is filed from",
			text: "LONDON (Reuters) - Prime Minister Anna Falkner said on Monday that Britain would not be bullied by its neighbours.",
			want: [][3]string{{"HOLDS_OFFICE", "Anna Falkner", "United Kingdom"}},
		},
		{
			name: "a title of two states in a story set in neither",
			text: "LONDON (Reuters) - Chancellor Rhea Moss said on Monday that Britain's economy would grow this year.",
			not:  [][3]string{{"HOLDS_OFFICE", "Rhea Moss", "United Kingdom"}, {"LEADS", "Rhea Moss", "United Kingdom"}},
		},
		{
			name: "a president in a story filed from a monarchy",
			text: "LONDON (AP) - The Harbour Party has been polling at 12 percent. Its honorary president, Ivo Dornan, said on Monday he would not stand.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dornan", "United Kingdom"}, {"LEADS", "Ivo Dornan", "United Kingdom"}},
		},
		{
			name: "a president in a story filed from a republic",
			text: "PARIS (AP) - President Ivo Dornan said on Monday that France would not be bullied.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dornan", "France"}},
		},
	})
}

// Every title of title_states.tsv is one the gazetteer knows, and every
// state a country it knows, or the row never matches.
func TestTitleStatesAreOffices(t *testing.T) {
	g := gazetteer.Default()
	for title, codes := range titleStates {
		_, ok := g.Office(title)
		if _, caps := g.Office(strings.ToUpper(title)); !ok && !caps { // "pm" is "PM", which matches only as written
			t.Errorf("data/words/title_states.tsv: %q is no office title of the gazetteer", title)
		}
		for _, c := range strings.Fields(strings.TrimPrefix(codes, "!")) {
			if c = strings.TrimPrefix(c, "+"); g.Country(c) == nil {
				t.Errorf("data/words/title_states.tsv: %q: %q is no country of the gazetteer", title, c)
			}
		}
	}
}
