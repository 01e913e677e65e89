package extract

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/polgraph/polgraph"
)

// claimsOf lists an extraction's events as "TYPE status role=Name …",
// a denial with "-> TYPE" of what it denies.
func claimsOf(x *polgraph.Extraction) []string {
	names, types := namesAndTypes(x)
	var out []string
	for _, ev := range x.Events {
		s := ev.Type + " " + ev.Status
		for _, p := range ev.Participants {
			s += fmt.Sprintf(" %s=%s", p.Role, names[p.Entity])
		}
		for _, id := range ev.Denies {
			s += " -> " + types[id]
		}
		out = append(out, s)
	}
	return out
}

// Claims and denials as wire services word them: a denial spoken by one's
// lawyer or office, a report or a state's claim denied by what it tells,
// an act one is accused of carrying out, a meeting denied by its gerund, a
// report called fake news, a denial that takes no target or place from the
// claim it denies, and criticism rejected that was still made.
func TestClaimsAsWiresWordThem(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a lawyer's words calling the allegations baseless are the client's denial",
			"The Ostraven Herald reported that Mirko Dal had met Russian officials in Vellin. Dal's lawyer said the allegations were baseless.",
			[]string{"REPORT asserted source=Ostraven Herald target=Mirko Dal place=Vellin",
				"MEETING denied agent=Mirko Dal participant=Russia place=Vellin source=Ostraven Herald",
				"DENIAL asserted agent=Mirko Dal -> MEETING"}},
		{"a lawyer's words calling the allegations fabricated, a passive, are the client's denial",
			"The Ostraven Herald reported that Mirko Dal had met Russian officials in Vellin. Dal's lawyer said the allegations were fabricated.",
			[]string{"REPORT asserted source=Ostraven Herald target=Mirko Dal place=Vellin",
				"MEETING denied agent=Mirko Dal participant=Russia place=Vellin source=Ostraven Herald",
				"DENIAL asserted agent=Mirko Dal -> MEETING"}},
		{"an office's words calling the report false are its principal's denial",
			"The Ostraven Herald reported that Mirko Dal had met Russian officials in Vellin. Dal's office said the report was false.",
			[]string{"REPORT asserted source=Ostraven Herald target=Mirko Dal place=Vellin",
				"MEETING denied agent=Mirko Dal participant=Russia place=Vellin source=Ostraven Herald",
				"DENIAL asserted agent=Mirko Dal -> MEETING"}},
		{"a report denied by one it does not name denies what it reports",
			"The Ostraven Herald reported that Mirko Dal had been detained in Moscow. The Kremlin denied the report.",
			[]string{"REPORT asserted source=Ostraven Herald target=Mirko Dal place=Moscow",
				"ARREST alleged patient=Mirko Dal place=Moscow source=Ostraven Herald",
				"DENIAL asserted agent=Kremlin -> ARREST"}},
		{"a listed outlet's words are a report, and what it says its claim",
			"Le Monde said Mirko Dal had met Russian officials in Vellin.",
			[]string{"REPORT asserted source=Le Monde target=Mirko Dal",
				"MEETING alleged agent=Mirko Dal participant=Russia place=Vellin source=Le Monde"}},
		{"what speakers tell an outlet is the outlet's claim",
			"Two officials told Reuters that Mirko Dal met Chinese agents in March.",
			[]string{"MEETING alleged agent=Mirko Dal participant=China source=Reuters"}},
		{"what sources say is their claim",
			"Two security sources said Petra Holm had met Iranian envoys in Baghdad.",
			[]string{"MEETING alleged agent=Petra Holm participant=Iran place=Baghdad"}},
		{"what an official speaking on condition of anonymity says is a claim",
			"A senior official, speaking on condition of anonymity, said Petra Holm had met Iranian envoys in Baghdad.",
			[]string{"MEETING alleged agent=Petra Holm participant=Iran place=Baghdad"}},
		{"an outlet's claim denied by the one it names is denied",
			"Le Monde said Mirko Dal had met Russian officials in Vellin. Dal denied it.",
			[]string{"REPORT asserted source=Le Monde target=Mirko Dal",
				"MEETING denied agent=Mirko Dal participant=Russia place=Vellin source=Le Monde",
				"DENIAL asserted agent=Mirko Dal -> MEETING"}},
		{"what officials believe is their claim",
			"Western officials believe Russia attacked the pipeline in Vellin.",
			[]string{"ATTACK alleged agent=Russia place=Vellin"}},
		{"what an inquiry found is its claim",
			"The commission concluded that Mirko Dal had met Russian officials in Vellin.",
			[]string{"MEETING alleged agent=Mirko Dal participant=Russia place=Vellin"}},
		{"what a body's report says is a claim, on the body's word",
			"A CSIS report said Chinese officials met Petra Holm in Toronto.",
			[]string{"REPORT asserted source=Canadian Security Intelligence Service target=China",
				"MEETING alleged agent=China participant=Petra Holm place=Toronto source=Canadian Security Intelligence Service"}},
		{"one believed to have done something is alleged to",
			"Mirko Dal is believed to have met Russian officials in Vellin.",
			[]string{"MEETING alleged agent=Mirko Dal participant=Russia place=Vellin"}},
		{"one who appears to have done something is alleged to",
			"Mirko Dal appears to have met Russian officials in Vellin.",
			[]string{"MEETING alleged agent=Mirko Dal participant=Russia place=Vellin"}},
		{"what one may have done is alleged, not dropped as what may happen",
			"Mirko Dal may have met Russian officials in Vellin.",
			[]string{"MEETING alleged agent=Mirko Dal participant=Russia place=Vellin"}},
		{"what one would have done did not happen",
			"Mirko Dal would have met Russian officials in Vellin.",
			nil},
		{"said to reporters is no hedge",
			"The ministry said to reporters that police had arrested Petra Holm.",
			[]string{"ARREST asserted patient=Petra Holm"}},
		{"a lawyer's words calling the claims false in quotation marks are the client's denial",
			"The Ostraven Herald reported that Mirko Dal had met Russian officials in Vellin. Dal's lawyer said the claims were \"entirely untrue\".",
			[]string{"REPORT asserted source=Ostraven Herald target=Mirko Dal place=Vellin",
				"MEETING denied agent=Mirko Dal participant=Russia place=Vellin source=Ostraven Herald",
				"DENIAL asserted agent=Mirko Dal -> MEETING"}},
		{"a report called \"a fabrication\" in quotation marks is refuted",
			"The Ostraven Herald reported that Mirko Dal had met Russian officials in Vellin. Dal called the report \"a fabrication\".",
			[]string{"REPORT asserted source=Ostraven Herald target=Mirko Dal place=Vellin",
				"MEETING denied agent=Mirko Dal participant=Russia place=Vellin source=Ostraven Herald",
				"DENIAL asserted agent=Mirko Dal -> MEETING"}},
		{"one suspected of an act is its alleged doer, and his denial denies it",
			"Mirko Dal is suspected of meeting Russian officials in Vellin. He has denied the accusations.",
			[]string{"MEETING denied agent=Mirko Dal participant=Russia place=Vellin",
				"DENIAL asserted agent=Mirko Dal -> MEETING"}},
		{"what documents an outlet has seen say is its claim",
			"According to documents seen by the BBC, Mirko Dal met Russian officials in Vellin.",
			[]string{"MEETING alleged agent=Mirko Dal participant=Russia place=Vellin source=BBC"}},
		{"what documents an outlet has seen show is its claim",
			"Documents seen by Reuters show that Mirko Dal met Russian officials in Vellin.",
			[]string{"MEETING alleged agent=Mirko Dal participant=Russia place=Vellin source=Reuters"}},
		{"a hedge on a verb hedges the verb joined to it that shares its subject",
			"Mirko Dal allegedly received instructions from Russian officials and met them in Vellin.",
			[]string{"MEETING alleged agent=Mirko Dal place=Vellin"}},
		{"but not a clause with a subject of its own",
			"Mirko Dal allegedly received instructions from Russian officials, and police arrested him in Vellin.",
			[]string{"ARREST asserted patient=Mirko Dal place=Vellin"}},
		{"what an outlet's investigation found is the outlet's claim",
			"An investigation by The Guardian found that Mirko Dal met Russian officials in Vellin.",
			[]string{"INVESTIGATION asserted agent=The Guardian patient=Mirko Dal",
				"MEETING alleged agent=Mirko Dal participant=Russia place=Vellin source=The Guardian"}},
		{"a state that denies \"it\" did something denies its own act",
			"China denied that it interfered in the 2021 election.",
			[]string{"DENIAL asserted agent=China -> INTERFERENCE", "INTERFERENCE denied agent=China"}},
		{"a state that denies \"it\" did something, without \"that\"",
			"Moldova denied it had attacked a depot in Vellin.",
			[]string{"DENIAL asserted agent=Moldova -> ATTACK", "ATTACK denied agent=Moldova place=Vellin"}},
		{"what \"it is understood\" one did is alleged",
			"It is understood that Mirko Dal met Russian officials in Vellin.",
			[]string{"MEETING alleged agent=Mirko Dal participant=Russia place=Vellin"}},
		{"what a ministry says police did is told as fact",
			"The Georgian interior ministry said police arrested Petra Holm in Tbilisi on Saturday.",
			[]string{"STATEMENT asserted agent=Georgia", "ARREST asserted patient=Petra Holm place=Tbilisi source=Georgia"}},
		{"a state's claim denied is what it said happened",
			"Russia said Ukrainian drones had attacked an oil depot in Belgorod. Ukraine denied the claim.",
			[]string{"STATEMENT asserted agent=Russia",
				"ATTACK denied agent=Ukraine place=Belgorod source=Russia",
				"DENIAL asserted agent=Ukraine -> ATTACK"}},
		{"an attack one is accused of carrying out is what one's denial denies",
			"Iran accused Israel of carrying out the air strike on its consulate in Damascus. Israel denied involvement.",
			[]string{"ACCUSATION asserted agent=Iran target=Israel",
				"ATTACK denied agent=Israel place=Damascus source=Iran",
				"DENIAL asserted agent=Israel -> ATTACK"}},
		{"a state's claim told without \"that\" or \"had\" is what its denial denies",
			"Russia said Ukrainian drones attacked Moscow on Sunday. Ukraine denied the claim.",
			[]string{"STATEMENT asserted agent=Russia",
				"ATTACK denied agent=Ukraine place=Moscow source=Russia",
				"DENIAL asserted agent=Ukraine -> ATTACK"}},
		{"an attack one is accused of by the verb's gerund is what one's denial denies",
			"Ukraine accused Russia of attacking a power plant in Odesa. Moscow denied it.",
			[]string{"ACCUSATION asserted agent=Ukraine target=Russia",
				"ATTACK denied agent=Russia place=Odesa source=Ukraine",
				"DENIAL asserted agent=Russia -> ATTACK"}},
		{"a meeting denied by its gerund",
			"Marko Venn denied meeting Russian officials in Vienna.",
			[]string{"DENIAL asserted agent=Marko Venn -> MEETING", "MEETING denied agent=Marko Venn participant=Russia place=Vienna"}},
		{"a meeting denied by its gerund after an adverb, read as an adverbial clause",
			"Marko Venn denied ever meeting Russian officials in Vienna.",
			[]string{"DENIAL asserted agent=Marko Venn -> MEETING", "MEETING denied agent=Marko Venn participant=Russia place=Vienna"}},
		{"a gerund after a comma says more, and is not what is denied",
			"Marko Venn denied the report, saying it was false.",
			[]string{"DENIAL asserted agent=Marko Venn", "STATEMENT asserted agent=Marko Venn"}},
		{"a report called fake news, read as one noun phrase with the report first",
			"The Associated Press reported that Hungarian officials had met Russian diplomats in Budapest. Hungary's government called the report fake news.",
			[]string{"REPORT asserted source=Associated Press target=Hungary place=Budapest",
				"MEETING denied agent=Hungary participant=Russia place=Budapest source=Associated Press",
				"DENIAL asserted agent=Hungary -> MEETING"}},
		{"the one told of a denial is not its target",
			"The Ostraven Herald reported that Mirko Dal had taken bribes. Dal told the Ostraven Herald that the claims were false.",
			[]string{"REPORT asserted source=Ostraven Herald target=Mirko Dal", "DENIAL asserted agent=Mirko Dal -> REPORT"}},
		{"the names in a denied clause are not the denial's targets; denied by one it does not name, the act is still alleged",
			"The Belarusian government denied that Russian troops had shelled Kharkiv.",
			[]string{"DENIAL asserted agent=Belarus -> ATTACK", "ATTACK alleged agent=Russia place=Kharkiv"}},
		{"\"alleged that\" is an accusation the clause's denial answers",
			"Prosecutors alleged that Mirko Dal had taken bribes. Dal denied the allegations.",
			[]string{"ACCUSATION asserted target=Mirko Dal", "DENIAL asserted agent=Mirko Dal -> ACCUSATION"}},
		{"an accusation by a verb that ends in \"that\" makes the act it tells alleged, on the accuser's word",
			"Mirko Dal charged that Russian troops had shelled Kharkiv.",
			[]string{"ACCUSATION asserted agent=Mirko Dal target=Russia", "ATTACK alleged agent=Russia place=Kharkiv source=Mirko Dal"}},
		{"reports denied, read as a verb, are what the denial denies, about the one \"it\" stands for",
			"North Korea denied reports that it had supplied weapons to Russia.",
			[]string{"DENIAL asserted agent=North Korea -> REPORT", "REPORT asserted target=North Korea"}},
		{"the place of a denied clause is not the denial's",
			"Moldova denied Russian claims that its drones had attacked a depot in Vellin.",
			[]string{"DENIAL asserted agent=Moldova -> ATTACK", "ATTACK denied agent=Moldova place=Vellin"}},
		{"the names in the claim denied are not the denial's target or place",
			"Hamas denied Israeli claims that its fighters had attacked a convoy in Rafah.",
			[]string{"DENIAL asserted agent=Hamas", "ATTACK alleged place=Rafah"}},
		{"the outlet a spokesman tells a denial to is not its target",
			"The Ostraven Herald reported that Mirko Dal had met Russian officials in Vellin. Dal's spokesman told Reuters the allegations were false.",
			[]string{"REPORT asserted source=Ostraven Herald target=Mirko Dal place=Vellin",
				"MEETING denied agent=Mirko Dal participant=Russia place=Vellin source=Ostraven Herald",
				"DENIAL asserted agent=Mirko Dal -> MEETING"}},
		{"a spokesman for one who says he is innocent speaks his denial",
			"A spokesman for Mirko Dal said he was innocent.",
			[]string{"DENIAL asserted agent=Mirko Dal"}},
		{"a spokeswoman for one who denies a report speaks her denial, though the parser reads \"for\" as opening an infinitive",
			"A spokeswoman for Petra Holm denied the report on Tuesday.",
			[]string{"DENIAL asserted agent=Petra Holm"}},
		{"an attack one is blamed for is alleged, and the one blamed is said to have done it",
			"Ukraine blamed Russia for the attack on the dam.",
			[]string{"ACCUSATION asserted agent=Ukraine target=Russia", "ATTACK alleged source=Ukraine agent=Russia"}},
		{"an outlet's closing tail reports what its sentence tells, however the parse hangs it",
			"Mirko Dal was arrested on Tuesday, Reuters reported.",
			[]string{"ARREST alleged patient=Mirko Dal source=Reuters", "REPORT asserted source=Reuters"}},
		{"a closing tail's subject after the noun that says what it is, read as the verb's object",
			"Ada Rusk met Russian officials in Vellin in 2019, the newspaper Diena reported on Friday.",
			[]string{"MEETING alleged agent=Ada Rusk participant=Russia place=Vellin source=Diena", "REPORT asserted source=Diena"}},
		{"the outlet a closing tail's sources told is the source, not one met",
			"Ada Rusk met Russian officials in Vellin in March, people with knowledge of the talks told Reuters.",
			[]string{"MEETING alleged agent=Ada Rusk participant=Russia place=Vellin source=Reuters"}},
		{"the \"from\" of a claim's clause names no accuser",
			"Opposition leader Zsofia Nagy faces accusations from the government that she took money from Lev Orlin.",
			[]string{"ACCUSATION asserted target=Zsofia Nagy"}},
		{"one who stands accused is the accusation's target",
			"Paul Greer stands accused of leaking classified budget papers.",
			[]string{"ACCUSATION asserted target=Paul Greer"}},
		{"\"alleged\" with a time before its \"that\" is an accusation",
			"Opposition leader Zsofia Nagy alleged on Monday that Prime Minister Laszlo Torok had bought votes in Debrecen.",
			[]string{"ACCUSATION asserted agent=Zsofia Nagy target=Laszlo Torok place=Debrecen"}},
		{"\"charged\" with a time before its \"that\" is an accusation",
			"Zsofia Nagy charged on Monday that Russian troops had shelled Kharkiv.",
			[]string{"ACCUSATION asserted agent=Zsofia Nagy target=Russia", "ATTACK alleged agent=Russia place=Kharkiv source=Zsofia Nagy"}},
		{"criticism rejected was still made",
			"Tomas Brill criticised Petra Holm over the budget. Holm rejected the criticism.",
			[]string{"CRITICISM asserted agent=Tomas Brill target=Petra Holm", "DENIAL asserted agent=Petra Holm -> CRITICISM"}},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: "Row\n\n" + tt.text, PublishedAt: "2024-05-31"})
		if err != nil {
			t.Fatal(err)
		}
		got := claimsOf(x)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
