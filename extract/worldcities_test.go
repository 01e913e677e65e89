package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

// A city the curated tables do not know but the world cities table does
// is placed in its country where the article names that country, and
// sets the story's country from a dateline or an opening phrase; a city's
// name is still a person's where the text makes it one.
func TestWorldCities(t *testing.T) {
	checkRelationCases(t, []relationCase{{
		name: "a court in a city the article's country has",
		text: "A court in Pleven sentenced Ilko Marev, a former mayor, to three years on Tuesday. " +
			"Bulgaria's justice minister, Dora Velk, said the ruling was fair.",
		want: [][3]string{{"LOCATED_IN", "Pleven", "Bulgaria"}},
	}, {
		name: "talks in a city with diacritics, by its ASCII spelling",
		text: "Delegates of Poland and Lithuania held talks in Torun on Monday.",
		want: [][3]string{{"LOCATED_IN", "Torun", "Poland"}},
		not:  [][3]string{{"LOCATED_IN", "Torun", "Lithuania"}},
	}, {
		name: "a name several countries' cities share is of the country the article names",
		text: "Spain's foreign minister, Lucia Berrondo, hosted the talks in Córdoba on Friday.",
		want: [][3]string{{"LOCATED_IN", "Córdoba", "Spain"}},
		not:  [][3]string{{"LOCATED_IN", "Córdoba", "Argentina"}},
	}, {
		name: "a city's name as a person's surname places nothing",
		text: "Ines Preston, a Labour councillor, said the United Kingdom needed more homes. " +
			"Britain's housing minister, Tom Ardle, met voters in Bolton on Saturday.",
		want: [][3]string{{"LOCATED_IN", "Bolton", "United Kingdom"}},
		not:  [][3]string{{"LOCATED_IN", "Ines Preston", "United Kingdom"}},
	}, {
		name: "a bare title in a story filed from a city the world table places",
		text: "PLEVEN, May 2 (Balkan Wire) - A Brazilian family asked for asylum on Tuesday. " +
			"Brazil wants the family back, and its consul said Brazil would appeal any ruling. " +
			"Lawyers for the family wrote to Justice Minister Dana Whitcombe and said they would go to court. " +
			"In Brasilia, President Tomas Arruda said the family belonged in Brazil. Brazil has sent two diplomats.",
		want: [][3]string{{"HOLDS_OFFICE", "Dana Whitcombe", "Bulgaria"}, {"HOLDS_OFFICE", "Tomas Arruda", "Brazil"}},
		not:  [][3]string{{"HOLDS_OFFICE", "Dana Whitcombe", "Brazil"}},
	}})
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: "Florence Dorn, the party's leader, met Kalo Venn in Stara Zagora on Monday. " +
		"Ines Preston and Wes Bolton, two lawyers from Chester, said Jackson Vale would run.", PublishedAt: "2024-05-02"})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, e := range x.Entities {
		kinds[e.Name] = e.Kind
	}
	for name, kind := range map[string]string{"Florence Dorn": polgraph.KindPerson, "Ines Preston": polgraph.KindPerson, "Wes Bolton": polgraph.KindPerson,
		"Jackson Vale": polgraph.KindPerson, "Stara Zagora": polgraph.KindPlace, "Chester": polgraph.KindPlace} {
		if kinds[name] != kind {
			t.Errorf("%s is a %q, want %q (%v)", name, kinds[name], kind, kinds)
		}
	}
}
