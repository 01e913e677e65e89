package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
)

// wantEvent is an event a sentence must yield: its type, date and some of
// its participants by role ("agent:person/orla-vinter").
type wantEvent struct {
	typ, date string
	parts     []string
}

// An event told by a noun and then, in a later sentence, by a verb is
// evidenced by the sentence that first tells it.
func TestEvidenceIsFirstTelling(t *testing.T) {
	text := "A Russian drone strike on Kharkiv killed three people overnight. Russia launched 85 drones at the country overnight, the air force said."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, ev := range x.Events {
		if ev.Type != "ATTACK" {
			continue
		}
		n++
		if want := "A Russian drone strike on Kharkiv killed three people overnight."; ev.Evidence.Text != want {
			t.Errorf("evidence %q, want %q", ev.Evidence.Text, want)
		}
	}
	if n != 1 {
		t.Errorf("want one ATTACK, got %d: %s", n, eventsString(x))
	}
}

// Sentences whose participants, types and dates only the parse tree gets
// right: the clause a time belongs to, the object that changes what a verb
// tells, the subject a conjunct or a relative clause shares, and reported
// speech by a named speaker.
func TestEventsFromTheTree(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{
			name: "a crowd counted in the hundreds or more that blocks or gathers protests, whoever they are; farmers who block a bill and dozens of MPs who gather do not",
			text: "Hundreds of farmers blocked roads near Velmark on Monday. Tens of thousands of workers gathered outside parliament in Dostra on Friday. " +
				"Farmers blocked the grain bill in Velmark on Tuesday. Dozens of MPs gathered in Dostra on Wednesday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-12", []string{"place:place/velmark"}},
				{"PROTEST", "2025-05-09", []string{"place:place/dostra"}},
			},
			count: map[string]int{"PROTEST": 2},
		},
		{
			name: "arrests and force that name no one, told just after a protest with its town and no other place, happened in the protest's town",
			text: "Thousands of protesters marched through Orvenna on Friday against the fuel tax. Police detained 40 people on Saturday, the interior ministry said. " +
				"More than 200 protesters were arrested on Sunday.\n\n" +
				"Farmers rallied in Lusk on Friday. The harvest in Brelt was poor. Police detained nine people on Saturday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-09", []string{"place:place/orvenna"}},
				{"ARREST", "2025-05-10", []string{"place:place/orvenna"}},
				{"ARREST", "2025-05-11", []string{"place:place/orvenna"}},
			},
			count: map[string]int{"ARREST": 2},
		},
		{
			name: "a protest whose own sentence holds it at a body (a works, a hospital) takes no town another sentence names, nor does unrest told after it",
			text: "Hundreds of teachers rallied in Vellin on Saturday. On Monday, workers at Norvik Steel went on strike over unpaid wages.\n\n" +
				"Dock workers marched through Harrow on Tuesday. Nurses walked out at Keldan Hospital on Wednesday. Police detained four people on Thursday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-10", []string{"place:place/vellin"}},
				{"PROTEST", "2025-05-06", []string{"place:place/harrow"}},
			},
			count: map[string]int{"PROTEST": 2, "ARREST": 0},
		},
		{
			name: "a crowd in the city of a town protests in the town the city is, not only in the state whose demonym qualifies the city",
			text: "Farmers in the Hungarian city of Selk protested outside the agriculture ministry on Wednesday, blocking roads with tractors.",
			want: []wantEvent{
				{"PROTEST", "2025-05-07", []string{"place:place/selk"}},
			},
		},
		{
			name: "crossing the floor leaves one's party, as defecting does",
			text: "On Monday, Senator Mutua Kivoi crossed the floor to the Harvest Party.",
			want: []wantEvent{
				{"RESIGNATION", "2025-05-12", []string{"agent:person/mutua-kivoi"}},
			},
		},
		{
			name: "who brokers the act in a participle's \"by\" phrase on one of the verb's phrases takes part in it, and is not what it is done to",
			text: "Armenia and Azerbaijan exchanged prisoners of war on Friday in a swap brokered by Qatar. Police arrested two men on Monday in a raid led by Europol.",
			want: []wantEvent{
				{"RELEASE", "2025-05-09", []string{"agent:country/armenia", "agent:country/azerbaijan", "participant:country/qatar"}},
				{"ARREST", "2025-05-12", []string{"participant:organization/europol"}},
			},
			notParts: []string{"patient:country/qatar", "patient:organization/europol"},
		},
		{
			name: "a leader who promotes or elevates a person to an office appoints them, as \"named X (as) Y\" does; promoting a bill or a book appoints no one",
			text: "Prime Minister Ada Serrat of Norway promoted Nils Castell to deputy prime minister on Friday. " +
				"On Monday Serrat elevated Mia Rask to foreign minister. " +
				"The Harvest Party promoted the farm bill on Tuesday. Serrat promoted Castell's new book on Wednesday.",
			want: []wantEvent{
				{"APPOINTMENT", "2025-05-09", []string{"agent:person/ada-serrat", "patient:person/nils-castell"}},
				{"APPOINTMENT", "2025-05-12", []string{"agent:person/ada-serrat", "patient:person/mia-rask"}},
			},
			count: map[string]int{"APPOINTMENT": 2},
		},
		{
			name: "replacing a minister with another appoints the one after \"with\" and dismisses the one replaced, both by the subject; replacing one as leader is the subject's appointment",
			text: "Prime Minister Ada Serrat of Norway replaced Finance Minister Ivo Dorn with Mia Rask on Monday. " +
				"Lars Berge replaced Nils Castell as party leader on Friday.",
			want: []wantEvent{
				{"APPOINTMENT", "2025-05-12", []string{"agent:person/ada-serrat", "patient:person/mia-rask"}},
				{"DISMISSAL", "2025-05-12", []string{"agent:person/ada-serrat", "patient:person/ivo-dorn"}},
				{"APPOINTMENT", "2025-05-09", []string{"patient:person/lars-berge"}},
			},
			notParts: []string{"patient:person/ada-serrat", "patient:person/nils-castell"},
			count:    map[string]int{"APPOINTMENT": 2, "DISMISSAL": 1},
		},
		{
			name: "a \"by\" phrase the parse hangs on the day a passive verb was done is the verb's agent: both signers sign",
			text: "The coalition deal was signed in Vestby on Friday by Anna Lind and Mara Tosk. The treaty was signed on Tuesday by Petra Oslen and Anders Tull.",
			want: []wantEvent{
				{"AGREEMENT", "2025-05-09", []string{"agent:person/anna-lind", "agent:person/mara-tosk"}},
				{"AGREEMENT", "2025-05-06", []string{"agent:person/petra-oslen", "agent:person/anders-tull"}},
			},
		},
		{
			name: "parties that form a coalition agree on it, with the party named after \"with\" or beside the subject",
			text: "CHISINAU, Moldova (AP) — The Civic Union formed a coalition with the Greens on Monday. Two years ago the Harbour Party and the Rural Party formed a coalition government.",
			want: []wantEvent{
				{"AGREEMENT", "2025-05-12", []string{"agent:party/civic-union--md", "participant:party/greens--md"}},
				{"AGREEMENT", "2023", []string{"agent:party/harbour-party--md", "agent:party/rural-party--md"}},
			},
		},
		{
			name: "a name restating the object between commas that the parse reads as the verb's oblique is the one beaten, and the margin after it the verb's",
			text: "Jens Aarvik beat the sitting MP, Labour's Sofie Brenn, by 312 votes.",
			want: []wantEvent{{"ELECTION", "", []string{"agent:person/jens-aarvik", "participant:person/sofie-brenn"}}},
		},
		{
			name: "a state that cuts, severs or suspends its ties with another sanctions it; ties no state keeps, and other things cut, tell nothing",
			text: "Finland cut diplomatic ties with Iran on Friday. Venezuela broke off relations with Argentina on Tuesday. " +
				"Rwanda suspended diplomatic relations with Belgium on Monday. " +
				"The Civic Party cut ties with businessman Arvid Tamm on Wednesday. The government cut taxes on fuel on Thursday. " +
				"The parliament suspended Jana Vorn for ten days.",
			want: []wantEvent{
				{"SANCTION", "2025-05-09", []string{"agent:country/finland", "patient:country/iran"}},
				{"SANCTION", "2025-05-06", []string{"agent:country/venezuela", "patient:country/argentina"}},
				{"SANCTION", "2025-05-12", []string{"agent:country/rwanda", "patient:country/belgium"}},
				{"DISMISSAL", "", []string{"patient:person/jana-vorn"}},
			},
			count: map[string]int{"SANCTION": 3},
		},
		{
			name: "an irregular past the tagger reads as a preposition after its subject is the verb, and a capital that freezes assets acts for its state, whose ministry then speaks for it; a city frozen by the weather does nothing",
			text: "Minsk froze the assets of two Lithuanian banks, its foreign ministry said on Friday. The Velmar Council froze the accession process with Georgia on Monday. " +
				"Temperatures froze in Minsk on Tuesday. Minsk froze overnight, Ivan Sorel wrote.",
			want: []wantEvent{
				{"SANCTION", "2025-05-09", []string{"agent:country/belarus"}},
				{"STATEMENT", "2025-05-09", []string{"agent:country/belarus"}},
				{"SANCTION", "2025-05-12", []string{"agent:organization/velmar-council", "patient:country/georgia"}},
			},
			count:    map[string]int{"SANCTION": 2, "STATEMENT": 2},
			notParts: []string{"place:place/minsk"},
		},
		{
			name: "a state that halts or breaks off talks with another, closes its border with it or revokes visas sanctions it; talks stopped are no meeting, and a strike halted or fees frozen no sanction",
			text: "Canada halted trade talks with India on Friday. Poland closed its border with Belarus on Monday. Brazil broke off negotiations with Chile on Saturday. " +
				"Germany revoked the visas of three Russian journalists on Tuesday. The dockworkers' union halted its strike on Sunday. " +
				"The Harbour Party froze membership fees on Wednesday. Talks between Peru and Bolivia were suspended on Thursday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-09", []string{"agent:country/canada", "patient:country/india"}},
				{"SANCTION", "2025-05-12", []string{"agent:country/poland", "patient:country/belarus"}},
				{"SANCTION", "2025-05-10", []string{"agent:country/brazil", "patient:country/chile"}},
				{"SANCTION", "2025-05-06", []string{"agent:country/germany"}},
			},
			not:   []string{"MEETING"},
			count: map[string]int{"SANCTION": 4},
		},
		{
			name: "a chamber that strips, lifts or waives a member's immunity sanctions the member, however the parse hangs the \"of\" phrase; a ban lifted is none",
			text: "The Velmar Assembly stripped Deputy Oren Kask of his parliamentary immunity on Thursday. Senator Ilda Brun was stripped of her immunity on Monday. " +
				"The Senate on Tuesday lifted the immunity of former minister Dan Ravik. The government lifted the ban on rallies on Friday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-08", []string{"agent:organization/velmar-assembly", "patient:person/oren-kask"}},
				{"SANCTION", "2025-05-12", []string{"patient:person/ilda-brun"}},
				{"SANCTION", "2025-05-06", []string{"patient:person/dan-ravik"}},
			},
			count: map[string]int{"SANCTION": 3},
		},
		{
			name: "a chamber that strips a member of a seat or revokes a mandate dismisses the member; seats counted are no one's office",
			text: "The Rada on Tuesday stripped lawmaker Oleh Hrytsenko of his mandate. The electoral commission revoked the mandate of deputy Ivan Sorel on Friday. " +
				"The court stripped the Harbour Party of two seats on Thursday.",
			want: []wantEvent{
				{"DISMISSAL", "2025-05-06", []string{"patient:person/oleh-hrytsenko"}},
				{"DISMISSAL", "2025-05-09", []string{"patient:person/ivan-sorel"}},
			},
			count: map[string]int{"DISMISSAL": 2},
		},
		{
			name: "a regulator that revokes an outlet's licence or strips a reporter of an accreditation sanctions the outlet or the reporter; a decision revoked is none",
			text: "The media council revoked the licence of the broadcaster Radio Velna on Tuesday. The ministry stripped the correspondent Arin Pell of his accreditation on Friday. " +
				"The council revoked its decision on Monday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-06", []string{"patient:organization/radio-velna"}},
				{"SANCTION", "2025-05-09", []string{"patient:person/arin-pell"}},
			},
			count: map[string]int{"SANCTION": 2},
		},
		{
			name: "a licence or an accreditation suspended sanctions its holder, and an outlet taken off the air is sanctioned; a member suspended is dismissed, talks suspended are nothing",
			text: "The regulator suspended the licence of the broadcaster Radio Velna for 30 days on Monday. The ministry suspended the accreditation of the reporter Arin Pell on Friday. " +
				"The party suspended the MP Ivo Dorn on Tuesday. The government suspended talks with the union. The newspaper Orlen Herald was taken off the air on Thursday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-12", []string{"patient:organization/radio-velna"}},
				{"SANCTION", "2025-05-09", []string{"patient:person/arin-pell"}},
				{"DISMISSAL", "2025-05-06", []string{"patient:person/ivo-dorn"}},
				{"SANCTION", "2025-05-08", []string{"patient:organization/orlen-herald"}},
			},
			count: map[string]int{"SANCTION": 3, "DISMISSAL": 1},
		},
		{
			name: "a participle that keeps the object a passive keeps goes on in the passive of the verb it is joined to: who is granted bail is released, not who releases",
			text: "The reporter Chidi Okafor was charged with treason on Tuesday and granted bail on Friday.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-06", []string{"patient:person/chidi-okafor"}},
				{"RELEASE", "2025-05-09", []string{"patient:person/chidi-okafor"}},
			},
			notParts: []string{"agent:person/chidi-okafor"},
		},
		{
			name: "a title whose name follows its \"of\" phrase after a comma is that person's, not a description of a journalist named before",
			text: "The correspondent Tom Harlow criticised the government on Saturday. The editor of Dorva Post, Elnur Hasanli, was released from prison on Monday. " +
				"Meanwhile, the editor of the weekly Orlen Herald, Sena Mirel, was freed on Tuesday.",
			want: []wantEvent{
				{"RELEASE", "2025-05-12", []string{"patient:person/elnur-hasanli"}},
				{"RELEASE", "2025-05-06", []string{"patient:person/sena-mirel"}},
			},
			count:    map[string]int{"RELEASE": 2},
			notParts: []string{"patient:person/tom-harlow"},
		},
		{
			name: "a participle joined to the oblique noun of a passive goes on from the passive, with its subject: the one banned is its patient",
			text: "Nika Baratashvili is a former judge. He was stripped of his seat and banned from holding public office for five years.",
			want: []wantEvent{
				{"DISMISSAL", "", []string{"patient:person/nika-baratashvili"}},
				{"SANCTION", "", []string{"patient:person/nika-baratashvili"}},
			},
			notParts: []string{"agent:person/nika-baratashvili"},
		},
		{
			name: "the day and the \"by\" agent that end the clause of what one is barred from doing are the bar's, unless the clause names an occasion of its own",
			text: "Opposition leader Tarek Olsson was barred from running for office by the electoral court on Monday. " +
				"The Central Election Office banned Mira Daal from running for president on Friday. Police banned the Harbour Union from holding a rally on Saturday.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-12", []string{"patient:person/tarek-olsson"}},
				{"LEGAL_ACTION", "2025-05-09", []string{"patient:person/mira-daal"}},
				{"SANCTION", "", []string{"patient:organization/harbour-union"}},
			},
		},
		{
			name: "a chamber that votes to suspend a member dismisses the member, as one that suspended them does; suspending talks dismisses no one",
			text: "The Sejm voted on Friday to suspend opposition deputy Marek Zielinski for three months. The government voted on Monday to suspend talks with the Harbour Union.",
			want: []wantEvent{
				{"VOTE", "2025-05-09", []string{"agent:organization/sejm"}},
				{"DISMISSAL", "2025-05-09", []string{"agent:organization/sejm", "patient:person/marek-zielinski"}},
			},
			count: map[string]int{"DISMISSAL": 1},
		},
		{
			name:  "a court noun in an oblique of grounds or topic makes no court's ruling of the bar: only a court that does it, or is gone to, does",
			text:  "The ethics committee on Thursday barred Senator Gideon Amoah from the chamber for 30 days over his remarks about judges.",
			count: map[string]int{"LEGAL_ACTION": 0},
		},
		{
			name:  "a trial that one is removed or freed pending is still to come, however the parse reads \"pending\"",
			text:  "Lawmakers in Kenya voted on Wednesday to impeach Governor Josephine Wambui. Wambui was removed from office pending a Senate trial.",
			want:  []wantEvent{{"DISMISSAL", "", []string{"patient:person/josephine-wambui"}}},
			count: map[string]int{"LEGAL_ACTION": 0},
		},
		{
			name:  "an arrest a chamber allows or approves is its legal act, no arrest made",
			text:  "Senators voted on Tuesday to allow the arrest of Senator Ilda Brun. The assembly approved the detention of Deputy Oren Kask on Friday.",
			want:  []wantEvent{{"LEGAL_ACTION", "2025-05-06", []string{"patient:person/ilda-brun"}}, {"LEGAL_ACTION", "2025-05-09", []string{"patient:person/oren-kask"}}},
			count: map[string]int{"ARREST": 0},
		},
		{
			name:  "freezing someone's bank accounts, funds or payments sanctions their holder; freezing hiring is no sanction",
			text:  "A court in Larnaca on Tuesday froze the bank accounts of the businessman Arkady Zelin. The Velmark government froze hiring on Monday.",
			want:  []wantEvent{{"SANCTION", "2025-05-06", []string{"patient:person/arkady-zelin"}}},
			count: map[string]int{"SANCTION": 1},
		},
		{
			name: "a preposition after an event noun that the parse reads as marking the verb's clause opens the noun's phrase: the target is the noun's",
			text: "The EU's sweeping new sanctions on Belarus took effect on Monday.",
			want: []wantEvent{{"SANCTION", "2025-05-12", []string{"agent:organization/european-union", "patient:country/belarus"}}},
		},
		{
			name: "a relative clause whose subject stands for the event noun dates it, as the noun's own verb does",
			text: "The new tariffs on Canada, which took effect on Monday, hit steel exports.",
			want: []wantEvent{{"SANCTION", "2025-05-12", []string{"patient:country/canada"}}},
		},
		{
			name:     "a relative pronoun object is the event noun: the clause's light verb carries it, and its subject does it",
			text:     "The tariffs, which Washington imposed on Thursday, hit steel from Mexico.",
			want:     []wantEvent{{"SANCTION", "2025-05-08", []string{"agent:country/united-states"}}},
			notParts: []string{"patient:country/united-states"},
		},
		{
			name: "a time after a gerund of grounds dates the wrong, not the sanction",
			text: "The Treasury sanctioned Pavel Orlinsky, a businessman, for bribing officials in 2021.",
			want: []wantEvent{{"SANCTION", "", []string{"patient:person/pavel-orlinsky"}}},
		},
		{
			name:     "a name on a sanction noun that names its target after it imposes the sanction",
			text:     "US sanctions on Iran took effect on Tuesday.",
			want:     []wantEvent{{"SANCTION", "2025-05-06", []string{"agent:country/united-states", "patient:country/iran"}}},
			notParts: []string{"patient:country/united-states"},
		},
		{
			name:  "a \"with\" phrase the tree hangs on another noun after an event noun is that noun's partner, not the event's",
			text:  "Ana Kessler spoke at length about the deal in an interview with the Kessel Courier on Friday. Estonia signed a trade agreement on Thursday with Latvia.",
			want:  []wantEvent{{"AGREEMENT", "2025-05-08", []string{"agent:country/estonia", "participant:country/latvia"}}},
			count: map[string]int{"AGREEMENT": 1},
		},
		{
			name: "a possessor that adjectives part from its event noun is the possessor still; a state that owns sanctions imposes them",
			text: "Ana Kessler condemned Russia's latest strikes on Kyiv on Thursday. Ivo Dorn's surprise resignation on Friday shocked the party. " +
				"Mara Lind welcomed the EU's new sanctions on Iran on Monday. Estonia's criminal investigation and immigration departments declined to comment.",
			want: []wantEvent{
				{"ATTACK", "", []string{"agent:country/russia", "place:place/kyiv"}},
				{"RESIGNATION", "2025-05-09", []string{"agent:person/ivo-dorn"}},
				{"SANCTION", "", []string{"agent:organization/european-union", "patient:country/iran"}},
			},
			notParts: []string{"patient:organization/european-union"},
			count:    map[string]int{"INVESTIGATION": 0},
		},
		{
			name: "a verb of talking meets the one its \"with\" or \"to\" phrase names, wherever the phrase stands",
			text: "Foreign Minister Ana Kessler spoke on Friday with Latvian Foreign Minister Baiba Lind. Ivo Dorn talked for an hour to Mara Lind on Thursday. " +
				"Both candidates spoke at the rally on Wednesday. Talk to Ivo Dorn's aide, Lind told staff on Tuesday.",
			want: []wantEvent{
				{"MEETING", "2025-05-09", []string{"agent:person/ana-kessler", "participant:person/baiba-lind"}},
				{"MEETING", "2025-05-08", []string{"agent:person/ivo-dorn", "participant:person/mara-lind"}},
			},
			count: map[string]int{"MEETING": 2},
		},
		{
			name: "a title's suffix \"-designate\" stays with the title, and the sentence's time with its verb",
			text: "Estonia's Prime Minister-designate Tomas Hale said on Friday he had no majority.",
			want: []wantEvent{{"STATEMENT", "2025-05-09", []string{"agent:person/tomas-hale"}}},
		},
		{
			name: "those a plural subject says it includes do its act",
			text: "Several MPs, including Ana Holm and Ivo Dorn, criticised the plan on Friday.",
			want: []wantEvent{{"CRITICISM", "2025-05-09", []string{"agent:person/ana-holm", "agent:person/ivo-dorn"}}},
		},
		{
			name: "a passive with its own subject and auxiliary, read as an adjective on the post after it, heads the clause and takes the fronted time",
			text: "Earlier this month, Olek Brand was appointed finance minister. Earlier this month, Ada Vinter was named interior minister.",
			want: []wantEvent{
				{"APPOINTMENT", "2025-05", []string{"patient:person/olek-brand"}},
				{"APPOINTMENT", "2025-05", []string{"patient:person/ada-vinter"}},
			},
		},
		{
			name: "a month after the publication month in a clause that tells a thing done is last year's",
			text: "The Tarsk Union lost the June referendum, party leader Marta Vell said on Monday. In July, Vell quit the cabinet.",
			want: []wantEvent{
				{"ELECTION", "2024-06", []string{"participant:organization/tarsk-union"}},
				{"RESIGNATION", "2024-07", []string{"agent:person/marta-vell"}},
			},
		},
		{
			name: "\"HE\" before a name is His Excellency, no pronoun for the last person named",
			text: "Foreign Minister Ana Holm met HE Lena Marr, the Velmark ambassador, on Monday. HE Oskar Brenn met Ana Holm on Tuesday.",
			want: []wantEvent{
				{"MEETING", "2025-05-12", []string{"agent:person/ana-holm", "participant:person/lena-marr"}},
				{"MEETING", "2025-05-06", []string{"agent:person/oskar-brenn", "participant:person/ana-holm"}},
			},
			notParts: []string{"agent:person/lena-marr"},
		},
		{
			name:  "a clause \"after\" opens, its verb tagged as a participle joined to the main verb, is done by its own subject",
			text:  "Ada Holm was elected to parliament in 2018 and became the party's leader in 2021, after her predecessor, Ivo Dorn, resigned over a funding scandal.",
			want:  []wantEvent{{"RESIGNATION", "2021", []string{"agent:person/ivo-dorn"}}},
			count: map[string]int{"RESIGNATION": 1},
		},
		{
			name: "where one arrested lives or is based is no place of the arrest",
			text: "Police arrested Ivo Dorn, a blogger based in Orsk, on Monday. Police detained Mara Lind, who lives in Vellin, on Sunday.",
			want: []wantEvent{
				{"ARREST", "2025-05-12", []string{"patient:person/ivo-dorn"}},
				{"ARREST", "2025-05-11", []string{"patient:person/mara-lind"}},
			},
			notParts: []string{"place:place/orsk", "place:place/vellin"},
		},
		{
			name: "a state's head, minister or envoy with no holder named speaks and acts for the state",
			text: "Velmark's president said on Monday that the talks had failed. The Estonian prime minister warned on Tuesday that the border would close. " +
				"The Kestria foreign minister met Norland's ambassador on Wednesday. Britain's foreign secretary condemned the coup on Thursday.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-12", []string{"agent:country/velmark"}},
				{"STATEMENT", "2025-05-06", []string{"agent:country/estonia"}},
				{"MEETING", "2025-05-07", []string{"agent:country/kestria", "participant:country/norland"}},
				{"CRITICISM", "2025-05-08", []string{"agent:country/united-kingdom"}},
			},
		},
		{
			name: "a state's title is the holder the article names with that state's title, not another state's",
			text: "Ana Dorn, Estonia's president, arrived in Riga on Monday. Latvian President Ivo Lind met her there. " +
				"Estonia's president said on Tuesday that the border would stay closed. The Latvian president agreed on Wednesday.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-06", []string{"agent:person/ana-dorn"}},
				{"AGREEMENT", "2025-05-07", []string{"agent:person/ivo-lind"}},
			},
			notParts: []string{"agent:country/estonia"},
		},
		{
			name: "\"the central bank\" is the one body named before whose name has its words; \"the chamber\" the one legislature named",
			text: "The Central Bank of Velmark raised rates on Monday. The central bank said on Tuesday that inflation was too high. " +
				"The National Assembly of Velmark passed the budget on Monday. The chamber voted on Wednesday to reject the amendment.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-06", []string{"agent:organization/central-bank-of-velmark"}},
				{"VOTE", "2025-05-07", []string{"agent:organization/national-assembly-of-velmark"}},
			},
		},
		{
			name: "\"the ministry\" after a state's named ministry is that ministry, not the state; with two ministries named, the state",
			text: "Velmark's Interior Ministry arrested three men on Monday. The ministry said on Tuesday that the men had planned an attack. " +
				"The ministry criticised Ivo Dorn on Wednesday. " +
				"Norland's Finance Ministry and Norland's Energy Ministry met on Thursday. The ministry said on Friday that prices would rise.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-06", []string{"agent:organization/interior-ministry--velmark"}},
				{"CRITICISM", "2025-05-07", []string{"agent:organization/interior-ministry--velmark", "target:person/ivo-dorn"}},
				{"STATEMENT", "2025-05-09", []string{"agent:country/norland"}},
			},
			notParts: []string{"agent:country/velmark"},
		},
		{
			name: "\"the party leader\" is the one the story said leads a party now by a verb of leading",
			text: "Dorin Vasko, who leads the Harvest Union Party, spoke in Tallbridge on Sunday. The party leader criticised Prime Minister Ilse Marnow on Monday.",
			want: []wantEvent{{"CRITICISM", "2025-05-12", []string{"agent:person/dorin-vasko", "target:person/ilse-marnow"}}},
		},
		{
			name: "\"the party leader\" is the one a participle on the party's name says leads it",
			text: "The Green Dawn Party, led by Ada Holm, met in Orsk on Sunday. The party leader backed Prime Minister Ilse Marnow on Tuesday.",
			want: []wantEvent{{"SUPPORT", "2025-05-06", []string{"agent:person/ada-holm", "target:person/ilse-marnow"}}},
		},
		{
			name: "\"the party leader\" is the one a title after the name says leads the party",
			text: "Tomas Brill, leader of the Civic Way party, spoke in Orsk on Sunday. The party leader met Prime Minister Ilse Marnow on Wednesday.",
			want: []wantEvent{{"MEETING", "2025-05-07", []string{"agent:person/tomas-brill", "participant:person/ilse-marnow"}}},
		},
		{
			name:     "\"the party leader\" is not one who led the party until a year past",
			text:     "Oskar Lind led the Farmers Party until 2019. The party leader accused Prime Minister Ilse Marnow of lying on Thursday.",
			notParts: []string{"agent:person/oskar-lind"},
		},
		{
			name: "\"the cabinet\" with nothing naming whose stands for the state the story is about, as \"the government\" does",
			text: "Velmark's cabinet approved the budget on Monday. The cabinet said on Tuesday that taxes would rise.",
			want: []wantEvent{{"STATEMENT", "2025-05-06", []string{"agent:country/velmark"}}},
		},
		{
			name: "\"Cabinet\" in capitals with no article, as many states' press writes it, stands for the state as \"the cabinet\" does",
			text: "VELMORA, May 12 (Wire) - Velmark's cabinet met on Monday. Cabinet today agreed to impose travel bans on fourteen officials.",
			want: []wantEvent{{"SANCTION", "2025-05-12", []string{"agent:country/velmark"}}},
		},
		{
			name: "\"the army\" with nothing naming whose speaks for the state the story is about",
			text: "Velmark's parliament met on Monday. The army said on Tuesday that it had placed border units on alert.",
			want: []wantEvent{{"STATEMENT", "2025-05-06", []string{"agent:country/velmark"}}},
		},
		{
			name: "... but not a body whose name lacks the words, nor one of two legislatures",
			text: "The Bank of Velmark raised rates on Monday. The central bank said on Tuesday that inflation was too high. " +
				"The National Assembly of Velmark and the Senate of Velmark met on Monday. The chamber voted on Wednesday to reject the amendment.",
			not: []string{"STATEMENT", "VOTE"},
		},
		{
			name: "what is to be done (\"is to meet\", \"was to sign\", \"is due to sign\", \"the aim is to\") is not told as done; what one was later to do is",
			text: "President Halvor Renk is to meet Prime Minister Edda Dorn on Friday, his office said. " +
				"Foreign Minister Tomas Lind was to meet President Ada Kessel in Brenna on Thursday, but the visit was called off. " +
				"Prime Minister Edda Dorn is due to sign the coalition agreement with the Green Union on Thursday. " +
				"Ada Kessel and Oskar Venn are to hold talks in Varovia on Friday. " +
				"The aim of the trip is to sign a trade agreement with Varovia. " +
				"Mara Velt was later to become foreign minister. Mara Velt resigned on Sunday.",
			want: []wantEvent{{"APPOINTMENT", "", []string{"patient:person/mara-velt"}}, {"RESIGNATION", "2025-05-11", []string{"agent:person/mara-velt"}}},
			not:  []string{"MEETING", "AGREEMENT"},
		},
		{
			name: "an event set ahead of an act (\"ahead of talks\", \"on the eve of the summit\", \"in the run-up to the vote\") or gone to by one still to come (\"will fly ... for talks\") is not told as done; talks flown to are",
			text: "Halvor Renk flew to Varovia on Monday ahead of talks with Oskar Venn. " +
				"Edda Dorn arrived in Brenna on the eve of the summit with President Ada Kessel. " +
				"In the run-up to the vote, the Green Union expelled Mara Velt. " +
				"Tomas Lind will fly to Tarsk next week for talks with Ivo Marek. " +
				"Petra Holm flew to Norvik on Sunday for talks with Jan Sorel.",
			want: []wantEvent{{"MEETING", "2025-05-11", []string{"participant:person/jan-sorel"}}},
			once: []string{"MEETING"},
			not:  []string{"VOTE"},
		},
		{
			name: "a threat made is a statement of whoever makes it; the act threatened is not done, and what threatens with no one's words makes no threat",
			text: "Prime Minister Edda Dorn threatened on Tuesday to expel Varovian diplomats. " +
				"The European Union threatened Varovia with sanctions on Monday. " +
				"The floods threatened the town of Brenna on Sunday. " +
				"Ivo Marek was detained on Sunday for threatening public order.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-06", []string{"agent:person/edda-dorn"}},
				{"STATEMENT", "2025-05-12", []string{"agent:organization/european-union"}},
				{"ARREST", "2025-05-11", []string{"patient:person/ivo-marek"}},
			},
			count: map[string]int{"STATEMENT": 2},
			not:   []string{"DISMISSAL", "SANCTION"},
		},
		{
			name: "the subject of a reported clause, set off by a name between commas, is not the speaker's object: the speaker did not meet the envoy",
			text: "Petra Lind said the finance minister, Karl Vesk, met a Calmoran envoy in Tarsk.",
			want: []wantEvent{{"MEETING", "", []string{"agent:person/karl-vesk", "source:person/petra-lind"}}},
		},
		{
			name: "so too in a relayed claim, the clause reported by the clause the speaker reports",
			text: "Ivo Dorn said on Monday that Petra Lind had told him the finance minister, Karl Vesk, met a Calmoran envoy in Tarsk.",
			want: []wantEvent{{"MEETING", "2025-05-12", []string{"agent:person/karl-vesk", "source:person/petra-lind"}}},
		},
		{
			name:     "a verb joined to a speaker's with its own conjunction stays the speaker's",
			text:     "Ivo Dorn praised the finance minister, Karl Vesk, and met a Calmoran envoy in Tarsk.",
			want:     []wantEvent{{"MEETING", "", []string{"agent:person/ivo-dorn"}}},
			notParts: []string{"agent:person/karl-vesk"},
		},
		{
			name: "a pardon is a legal action of the one who grants it, done to the one pardoned, by verb or by a noun given",
			text: "President Ivo Sarn pardoned former minister Eda Lund on Monday. Tomas Weil was pardoned by President Ivo Sarn on Tuesday. " +
				"President Mila Corr granted Pavel Roth a pardon on Friday. The Tarsk court handed a five-year sentence to Dana Veer on Thursday.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-12", []string{"agent:person/ivo-sarn", "patient:person/eda-lund"}},
				{"LEGAL_ACTION", "2025-05-06", []string{"agent:person/ivo-sarn", "patient:person/tomas-weil"}},
				{"LEGAL_ACTION", "2025-05-09", []string{"agent:person/mila-corr", "patient:person/pavel-roth"}},
				{"LEGAL_ACTION", "2025-05-08", []string{"patient:person/dana-veer"}},
			},
		},
		{
			name: "an arrest ordered by a warrant (\"a warrant for his arrest\") is a legal action of who issues it, no arrest made",
			text: "The International Criminal Court issued a warrant for Pavel Roth's arrest on Monday.",
			want: []wantEvent{{"LEGAL_ACTION", "2025-05-12", []string{"agent:organization/international-criminal-court", "patient:person/pavel-roth"}}},
			not:  []string{"ARREST"},
		},
		{
			name: "an arrest ordered (\"ordered the arrest of\") is a legal action, no arrest made",
			text: "The European Court of Human Rights ruled on Thursday that Norland had violated the rights of Ana Holm. A Tarsk court on Tuesday ordered the arrest of opposition leader Dana Veer.",
			want: []wantEvent{{"LEGAL_ACTION", "2025-05-06", []string{"patient:person/dana-veer"}}},
			not:  []string{"ARREST"},
		},
		{
			name: "an arrest in a clause a court orders (\"ordered that X be placed under house arrest\") is the order, a legal action, no arrest made",
			text: "A court ordered that Lena Farr be placed under house arrest on Wednesday. Police arrested Ola Frey on Friday.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-07", []string{"patient:person/lena-farr"}},
				{"ARREST", "2025-05-09", []string{"patient:person/ola-frey"}},
			},
			count: map[string]int{"ARREST": 1},
		},
		{
			name: "an act undone or kept in the passive (\"X's conviction was overturned\") is done to whom the act's noun names",
			text: "Dana Veer's conviction was overturned by the Supreme Court on Monday. Ivo Sarn's sentence was upheld by an appeals court on Tuesday.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-12", []string{"patient:person/dana-veer"}},
				{"LEGAL_ACTION", "2025-05-06", []string{"patient:person/ivo-sarn"}},
			},
		},
		{
			name: "responsibility claimed for \"the attack\" is for the act a sentence before keeps, not the toll's mention dropped for naming no one",
			text: "A bomb exploded at a police station in Dalmira on Friday, killing four officers. The Karvan Liberation Front claimed responsibility for the attack on Saturday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-09", []string{"agent:organization/karvan-liberation-front", "place:place/dalmira"}},
			},
			count: map[string]int{"ATTACK": 1},
		},
		{
			name: "a count of drones downed (\"61 of 85 Russian drones\"), or drones shot down in the passive, tells the drones' state's attack on the one that downed them, no attack on that state",
			text: "Ukrainian forces downed 61 of 85 Russian drones overnight. Separately, 12 Iranian drones were shot down over Iraq on Sunday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-11", []string{"agent:country/russia", "patient:country/ukraine"}},
				{"ATTACK", "2025-05-11", []string{"agent:country/iran"}},
			},
			notParts: []string{"patient:country/russia", "patient:country/iran"},
		},
		{
			name: "two sides that exchange or swap prisoners release them, each an agent",
			text: "Armenia and Azerbaijan exchanged prisoners on Thursday. Russia and Ukraine swapped prisoners of war on Sunday.",
			want: []wantEvent{
				{"RELEASE", "2025-05-08", []string{"agent:country/armenia", "agent:country/azerbaijan"}},
				{"RELEASE", "2025-05-11", []string{"agent:country/russia", "agent:country/ukraine"}},
			},
		},
		{
			name: "strikes a state resumes are its attack, dated by the verb that resumes them",
			text: "Israel resumed strikes on Gaza on Tuesday after the truce collapsed.",
			want: []wantEvent{{"ATTACK", "2025-05-06", []string{"agent:country/israel"}}},
		},
		{
			name: "a count in figures between the verb and the prisoners keeps the exchange",
			text: "Armenia and Azerbaijan exchanged 150 prisoners on Thursday. Russia and Ukraine swapped 84 prisoners of war on Sunday.",
			want: []wantEvent{
				{"RELEASE", "2025-05-08", []string{"agent:country/armenia", "agent:country/azerbaijan"}},
				{"RELEASE", "2025-05-11", []string{"agent:country/russia", "agent:country/ukraine"}},
			},
		},
		{
			name:     "a verb with its particle that the tagger read as a noun after the subject is the sentence's verb",
			text:     "Ukraine's air force shot down 30 of the 45 drones launched by Russia on Sunday.",
			want:     []wantEvent{{"ATTACK", "2025-05-11", []string{"agent:country/russia"}}},
			notParts: []string{"place:country/russia"},
		},
		{
			name: "a verb of an armed act that the tagger read as a modifier between a weapon or a force and a bare plural is the sentence's verb",
			text: "Israeli aircraft hit targets near the town of Oskel on Tuesday, the army said. Russian troops hit positions near the village of Brodna on Monday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-06", []string{"agent:country/israel", "place:place/oskel"}},
				{"ATTACK", "2025-05-12", []string{"agent:country/russia", "place:place/brodna"}},
			},
		},
		{
			name:     "what air defences down is aimed at their state, which is attacked, not attacking",
			text:     "Latvian air defences shot down 14 drones over the port of Belsk on Sunday.",
			want:     []wantEvent{{"ATTACK", "2025-05-11", []string{"patient:country/latvia"}}},
			notParts: []string{"agent:country/latvia"},
		},
		{
			name:     "air defences a demonym marks are their state's, and what downs weapons whose state is untold is attacked, not attacking",
			text:     "Ukrainian air defences intercepted 22 drones over the Odesa region on Friday.",
			want:     []wantEvent{{"ATTACK", "2025-05-09", []string{"patient:country/ukraine"}}},
			notParts: []string{"agent:country/ukraine"},
		},
		{
			name: "a truce violated is an attack; a constitution violated or talks that broke down are none",
			text: "Russian troops violated the ceasefire near the town of Kopany on Sunday, Ukraine's military said. " +
				"The opposition said on Tuesday that Ivo Dorn had violated the constitution. Talks on a new truce broke down on Monday.",
			want:  []wantEvent{{"ATTACK", "2025-05-11", []string{"agent:country/russia", "place:place/kopany"}}},
			count: map[string]int{"ATTACK": 1},
		},
		{
			name: "a freeze done to assets is a sanction on whose they are; a freeze of talks or of the weather is none",
			text: "Latvia froze Ilse Varga's accounts on Monday. Estonia froze all the bank accounts of Toma Brevik on Friday. " +
				"The government froze the talks on Wednesday. Temperatures in Norvik froze on Sunday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-12", []string{"agent:country/latvia", "patient:person/ilse-varga"}},
				{"SANCTION", "2025-05-09", []string{"agent:country/estonia", "patient:person/toma-brevik"}},
			},
			count: map[string]int{"SANCTION": 2},
		},
		{
			name: "one taken hostage, between the words or after them, is abducted, an attack; hostages carried to safety are not",
			text: "Gunmen took Ivo Marek hostage in the town of Hrudne on Sunday. The Sorel Brigade took hostage three aid workers near the village of Brodna on Friday. " +
				"Soldiers took the hostages to safety on Thursday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-11", []string{"patient:person/ivo-marek", "place:place/hrudne"}},
				{"ATTACK", "2025-05-09", []string{"agent:organization/sorel-brigade", "place:place/brodna"}},
			},
			count: map[string]int{"ATTACK": 2},
		},
		{
			name: "sides that accuse each other of an act are said to have done it, not only its sources",
			text: "Armenia and Azerbaijan accused one another on Sunday of shelling border villages. Russia and Ukraine accused each other on Monday of breaching the truce.",
			want: []wantEvent{
				{"ATTACK", "", []string{"agent:country/armenia", "agent:country/azerbaijan"}},
				{"ATTACK", "", []string{"agent:country/russia", "agent:country/ukraine"}},
			},
			notParts: []string{"source:country/armenia", "source:country/russia"},
		},
		{
			name: "a force the lemmatiser keeps plural is armed: what it pounds is attacked",
			text: "Troops pounded the town of Hrudne on Monday.",
			want: []wantEvent{{"ATTACK", "2025-05-12", []string{"place:place/hrudne"}}},
		},
		{
			name:     "the town of what was struck is where the attack was; a town it came from is not",
			text:     "A school in the town of Hrudne was hit by a guided bomb on Monday. A convoy from the town of Brodets was shelled on Sunday.",
			want:     []wantEvent{{"ATTACK", "2025-05-12", []string{"place:place/hrudne"}}},
			notParts: []string{"place:place/brodets"},
		},
		{
			name: "the state whose nationality marks what is struck (its object, a passive's subject, the phrase fired at) is attacked",
			text: "Russian forces shelled two Ukrainian border posts near the town of Hrudne on Monday. " +
				"Israeli troops fired artillery rounds at Lebanese army positions near the village of Marvash on Sunday. A Turkish supply depot was hit by Syrian missiles on Friday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-12", []string{"agent:country/russia", "patient:country/ukraine", "place:place/hrudne"}},
				{"ATTACK", "2025-05-11", []string{"agent:country/israel", "patient:country/lebanon", "place:place/marvash"}},
				{"ATTACK", "2025-05-09", []string{"agent:country/syria", "patient:country/turkey"}},
			},
		},
		{
			name: "who claims an attack, or by whom it was claimed, did it; a claim not made owns nothing",
			text: "The bombing in the town of Dalmira, which killed 12 people, was claimed by the Karvan Liberation Front. " +
				"The Sorel Brigade claimed the ambush near the village of Hrudne on Sunday. " +
				"The Varn Youth Movement did not claim the raid in the town of Brodets.",
			want: []wantEvent{
				{"ATTACK", "", []string{"agent:organization/karvan-liberation-front", "place:place/dalmira"}},
				{"ATTACK", "", []string{"agent:organization/sorel-brigade", "place:place/hrudne"}},
			},
			notParts: []string{"agent:organization/varn-youth-movement"},
		},
		{
			name: "strikes that a state or a force launches on a place are an attack, as its own strikes are; strikes workers launch are none",
			text: "Russian forces launched new strikes on the town of Hrudne on Tuesday. Israel launched fresh strikes on the city of Marvash on Sunday. " +
				"Dock workers in Brodets launched new strikes on Monday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-06", []string{"agent:country/russia", "place:place/hrudne"}},
				{"ATTACK", "2025-05-11", []string{"agent:country/israel", "place:place/marvash"}},
			},
			count: map[string]int{"ATTACK": 2},
		},
		{
			name: "an attack blamed on a group is said to be the group's, as one traced to it is; a defeat blamed on a minister is no act of his",
			text: "The bombing in the town of Dalmira on Monday was blamed on the Karvan Liberation Front. " +
				"A bomb exploded in the town of Hrudne on Friday. Police blamed the attack on the Sorel Brigade. " +
				"The government blamed the defeat on Ivo Dorn.",
			want: []wantEvent{
				{"ATTACK", "2025-05-12", []string{"agent:organization/karvan-liberation-front", "place:place/dalmira"}},
				{"ATTACK", "2025-05-09", []string{"agent:organization/sorel-brigade", "place:place/hrudne"}},
			},
			count:    map[string]int{"ATTACK": 2},
			notParts: []string{"patient:organization/sorel-brigade", "agent:person/ivo-dorn"},
		},
		{
			name: "a place that comes under fire is attacked there; a minister who comes under fire is criticised in words",
			text: "The village of Hrudne came under fire on Monday. Checkpoints near the town of Kopany came under heavy shelling on Sunday. " +
				"Ivo Dorn, the defence minister, came under fire on Tuesday for his remarks. The party came under pressure on Tuesday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-12", []string{"place:place/hrudne"}},
				{"ATTACK", "2025-05-11", []string{"place:place/kopany"}},
			},
			count: map[string]int{"ATTACK": 2},
		},
		{
			name: "a place retaken or recaptured is attacked; a lead retaken is no attack",
			text: "Ukrainian troops retook the village of Hlynsk on Saturday. Norland's army recaptured the town of Ostrivka on Sunday. The Green Party retook the lead in the polls on Monday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-10", []string{"agent:country/ukraine", "place:place/hlynsk"}},
				{"ATTACK", "2025-05-11", []string{"agent:country/norland", "place:place/ostrivka"}},
			},
			count: map[string]int{"ATTACK": 2},
		},
		{
			name: "the inquiry a witness tells is whom he tells, no inquiry opened; the clause after it is what he told",
			text: "Testifying on Tuesday, Ivo Marten told the inquiry that China had interfered in the 2023 election. " +
				"Ada Holm told the inquiry that Russian agents had met Petra Lind in Tarsk.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-06", []string{"agent:person/ivo-marten"}},
				{"INTERFERENCE", "2023", []string{"agent:country/china", "source:person/ivo-marten"}},
				{"MEETING", "", []string{"agent:country/russia", "participant:person/petra-lind", "place:place/tarsk", "source:person/ada-holm"}},
			},
			not: []string{"INVESTIGATION"},
		},
		{
			name: "a recommendation asks for what it recommends, done by no one, mistagged base forms and their conjuncts too",
			text: "The Harwick Commission recommended on Friday that the government impose sanctions on Russia and expel two Russian diplomats. " +
				"It also recommended that the government create a foreign-agent registry.",
			want: []wantEvent{{"REQUEST", "2025-05-09", []string{"agent:organization/harwick-commission"}}},
			not:  []string{"SANCTION"},
		},
		{
			name: "what a commission recommends one do, he has not done",
			text: "The Harwick Commission recommended that Ivo Dorn resign.",
			want: []wantEvent{{"REQUEST", "2025-05-12", []string{"agent:organization/harwick-commission", "participant:person/ivo-dorn"}}},
			not:  []string{"RESIGNATION"},
		},
		{
			name: "who concludes or finds in a report that names no author wrote it, on the day of the finding",
			text: "The Harwick Commission was set up in January. In a 212-page final report, the commission concluded on Friday that China had tried to influence the vote. " +
				"In its report, the Tarsk Institute found that Russia had paid two candidates.",
			want: []wantEvent{
				{"REPORT", "2025-05-09", []string{"source:organization/harwick-commission"}},
				{"INTERFERENCE", "", []string{"agent:country/china", "source:organization/harwick-commission"}},
				{"REPORT", "", []string{"source:organization/tarsk-institute"}},
			},
		},
		{
			name:     "one named in a report, or who finds in another's report, did not write it",
			text:     "Ivo Dorn was named in a report on Monday. In a report by the Harwick Commission, investigators concluded that China had tried to influence the vote.",
			want:     []wantEvent{{"REPORT", "", []string{"source:organization/harwick-commission"}}},
			once:     []string{"REPORT"},
			notParts: []string{"source:person/ivo-dorn"},
		},
		{
			name: "an attack told first by its noun and then by a verb keeps the town the noun named",
			text: "A Russian drone strike on Kharkiv killed three people overnight. Russia launched 85 drones at the country overnight, the air force said.",
			want: []wantEvent{{"ATTACK", "2025-05-11", []string{"agent:country/russia", "place:place/kharkiv"}}},
		},
		{
			name: "who a crowd walks out or marches behind or beside goes along with it: no one its protest is aimed at",
			text: "Ivo Dorn was suspended from the Tarsk Assembly on Monday. Opposition MPs walked out behind him in protest in Vellin on Monday. " +
				"Opposition MPs walked out of the chamber in protest in Brask on Friday, with Dorn behind them. " +
				"Protesters marched alongside Ivo Dorn in Lisle on Sunday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-12", []string{"place:place/vellin"}},
				{"PROTEST", "2025-05-09", []string{"place:place/brask"}},
				{"PROTEST", "2025-05-11", []string{"place:place/lisle"}},
			},
			notParts: []string{"target:person/ivo-dorn"},
		},
		{
			name: "workers who stop work strike, and who joins a strike holds it with the others",
			text: "Teachers across Vellin stopped work on Monday. The Tarsk Nurses Union joined a nationwide strike in Brask on Friday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-12", []string{"place:place/vellin"}},
				{"PROTEST", "2025-05-09", []string{"agent:organization/tarsk-nurses-union", "place:place/brask"}},
			},
		},
		{
			name: "a stoppage by workers, or industrial action, is a strike; stoppage time is none",
			text: "Bus drivers in Oren staged a 24-hour stoppage on Sunday. Nurses in Kiv began industrial action on Friday. The referee added four minutes of stoppage time in Dorm on Monday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-11", []string{"place:place/oren"}},
				{"PROTEST", "2025-05-09", []string{"place:place/kiv"}},
			},
			count: map[string]int{"PROTEST": 2},
		},
		{
			name: "who support is thrown behind is backed",
			text: "Ada Holm threw her support behind Ivo Dorn on Saturday.",
			want: []wantEvent{{"SUPPORT", "2025-05-10", []string{"agent:person/ada-holm", "target:person/ivo-dorn"}}},
		},
		{
			name: "a person's studies are what he studied, no report",
			text: "Ivo Dorn's academic studies took him to Tarsk in 2001. He met Ada Holm there on Monday.",
			want: []wantEvent{{"MEETING", "2025-05-12", []string{"agent:person/ivo-dorn", "participant:person/ada-holm"}}},
			not:  []string{"REPORT"},
		},
		{
			name: "\"overnight\" on a strike's toll, or on the toll's object where the parser hangs it, dates the strike the night before",
			text: "A Russian drone strike on Kharkiv killed three people and wounded 12 overnight, the regional governor said.",
			want: []wantEvent{{"ATTACK", "2025-05-11", []string{"agent:country/russia", "place:place/kharkiv"}}},
		},
		{
			name: "a protest that names no one and no place is held in the town the story is filed from",
			text: "TARSK, May 12 (Wire) - The Velmark parliament on Monday passed the budget, as thousands of protesters gathered outside the building.",
			want: []wantEvent{{"PROTEST", "2025-05-12", []string{"place:place/tarsk"}}},
		},
		{
			name: "an act dropped for naming no one is kept when a list after it names those it was done to",
			text: "Police arrested 14 people in the capital on Monday. Those arrested include Ivo Dorn and Mara Lind.",
			want: []wantEvent{{"ARREST", "2025-05-12", []string{"patient:person/ivo-dorn", "patient:person/mara-lind"}}},
		},
		{
			name: "the wrong an act answers on the actor's word is the actor's claim against the one the act is done to",
			text: "Velmark's foreign ministry summoned Norland's ambassador on Monday over alleged interference in the election. " +
				"The foreign ministry of Estonia summoned Russia's envoy on Tuesday over what it called a campaign of interference.",
			want: []wantEvent{
				{"MEETING", "2025-05-12", []string{"agent:country/velmark", "patient:country/norland"}},
				{"INTERFERENCE", "", []string{"source:country/velmark", "agent:country/norland"}},
				{"MEETING", "2025-05-06", []string{"agent:country/estonia", "patient:country/russia"}},
				{"INTERFERENCE", "", []string{"source:country/estonia", "agent:country/russia"}},
			},
		},
		{
			name: "a clause of time under one still to come (\"would not ... until\", \"would ... as soon as\") tells no event done",
			text: "Velmark Interior Minister Anna Dorsk said on Tuesday she would not resign until the Supreme Court had ruled on the appeal. " +
				"Tomas Reyl said on Monday that Velmark would not lift sanctions until Norland had released the prisoners. " +
				"The Velmark embassy said on Monday it would comment as soon as Norland had expelled its staff.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-06", []string{"agent:person/anna-dorsk"}},
				{"STATEMENT", "2025-05-12", []string{"agent:person/tomas-reyl"}},
			},
			not: []string{"LEGAL_ACTION", "RELEASE", "SANCTION", "DISMISSAL"},
		},
		{
			name: "what one failed to do is not done (\"failed to arrest\", \"failed to meet\"), but an election or a vote failed at was held, on the day of the failing",
			text: "Police in Tarsk failed on Monday to arrest opposition leader Piet Sander. " +
				"Prime Minister Lena Marov failed on Tuesday to meet Norland President Karl Bren. " +
				"Anna Dorsk failed on Sunday to win re-election in Tarsk.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"participant:person/anna-dorsk"}}},
			not:  []string{"ARREST", "MEETING"},
		},
		{
			name: "an event in a week still to come (\"next week\") is not told as done, though the month that dates it has begun",
			text: "Prime Minister Lena Marov faces a no-confidence vote in the Velmark parliament next week. Deputy Prime Minister Ivo Dorsk resigned last week.",
			want: []wantEvent{{"RESIGNATION", "2025-05", []string{"agent:person/ivo-dorsk"}}},
			not:  []string{"VOTE"},
		},
		{
			name: "a condition opened by several words (\"on condition that\", \"as long as\") tells no event done",
			text: "Tomas Reyl said on Monday that Velmark would sign the treaty on condition that Norland releases the prisoners. " +
				"Ivo Marrek said on Monday the ban would stay in place as long as Norland arrests opposition leaders.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-12", []string{"agent:person/tomas-reyl"}},
				{"STATEMENT", "2025-05-12", []string{"agent:person/ivo-marrek"}},
			},
			not: []string{"RELEASE", "ARREST"},
		},
		{
			name: "a clause of time under one told as done tells its event: \"did not leave until parliament had voted\", \"spent months in detention before a court acquitted her\"",
			text: "Anna Dorsk resigned on Monday after the Velmark parliament voted to censure her. " +
				"Karin Vell did not leave the chamber until the Velmark parliament had voted on the bill on Tuesday.",
			want: []wantEvent{
				{"RESIGNATION", "2025-05-12", []string{"agent:person/anna-dorsk"}},
			},
			count: map[string]int{"VOTE": 2},
		},
		{
			name: "abstaining is voting; deputies from a named body vote as that body",
			text: "Deputies from the Green Union abstained on Tuesday.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"agent:organization/green-union"}}},
		},
		{
			name: "walking out is a protest where it is done in protest; walking out of the room in tears is none, out of a coalition a resignation",
			text: "Opposition MPs from the Civic Alliance walked out of the chamber in protest on Thursday. " +
				"Ada Holm walked out of the building in tears on Friday. " +
				"The Farmers League walked out of the coalition on Wednesday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-08", []string{"agent:organization/civic-alliance"}},
				{"RESIGNATION", "2025-05-07", []string{"agent:organization/farmers-league"}},
			},
			count: map[string]int{"PROTEST": 1},
		},
		{
			name: "workers walking off the job, downing tools or staging a sit-in protest",
			text: "Dock workers in Tarsk walked off the job on Monday. Teachers in Velmora downed tools on Tuesday. " +
				"Students in Karsk staged a sit-in outside the ministry on Wednesday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-12", []string{"place:place/tarsk"}},
				{"PROTEST", "2025-05-06", []string{"place:place/velmora"}},
				{"PROTEST", "2025-05-07", []string{"place:place/karsk"}},
			},
		},
		{
			name: "workers who walk out strike, on the day a time after the verb gives, which is no one walked out on; delegates who walk out do not; a time inside \"called on ... on\" leaves the call",
			text: "Nurses in Tarsk walked out on Monday over pay. The delegates from Ostrel walked out on Wednesday. " +
				"Ivo Dorn called on Thursday on the government to resign.",
			want: []wantEvent{
				{"PROTEST", "2025-05-12", []string{"place:place/tarsk"}},
				{"REQUEST", "2025-05-08", []string{"agent:person/ivo-dorn"}},
			},
			count:    map[string]int{"PROTEST": 1},
			notParts: []string{"place:place/ostrel"},
		},
		{
			name: "a strike that workers, their trade or their union make is a protest; a state's strikes on a place an attack",
			text: "A teachers' strike in Tarsk closed most schools on Monday. A strike by hospital staff in Velmora began on Tuesday. " +
				"A strike called by the Dockers Union of Norland halted shipping on Wednesday. Israeli strikes on Gaza killed 12 people on Thursday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-12", []string{"place:place/tarsk"}},
				{"PROTEST", "2025-05-06", []string{"place:place/velmora"}},
				{"PROTEST", "2025-05-07", []string{"agent:organization/dockers-union-of-norland"}},
				{"ATTACK", "2025-05-08", []string{"agent:country/israel"}},
			},
			count: map[string]int{"PROTEST": 3},
		},
		{
			name: "who calls a protest, as the verb's subject or its passive \"by\", holds it, on the day it calls it for; who calls it illegal does not",
			text: "The Federation of Tarsk Dockers called a general strike in Velmora on Wednesday. The Velmora Teachers Union called a strike on Tuesday. " +
				"Thousands marched through Ostrel on Saturday. The strike was called by the Norland Farmers Union and the Green Union. " +
				"The Civic Party called the strike illegal on Friday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-07", []string{"agent:organization/federation-of-tarsk-dockers", "place:place/velmora"}},
				{"PROTEST", "2025-05-06", []string{"agent:organization/velmora-teachers-union"}},
				{"PROTEST", "2025-05-10", []string{"place:place/ostrel", "agent:organization/norland-farmers-union", "agent:organization/green-union"}},
			},
			notParts: []string{"target:organization/green-union", "agent:party/civic-party"},
			count:    map[string]int{"PROTEST": 3},
		},
		{
			name: "a rally or a march aimed at someone or something is a protest, what it is against its target; a campaign rally and a month are none",
			text: "Thousands joined a rally against President Arno Kesk in Ostrel on Saturday. The Civic Front held an anti-government march in Tarsk on Friday. " +
				"The Farmers League held a campaign rally in Velmora on Thursday. Protests began in March in Halden.",
			want: []wantEvent{
				{"PROTEST", "2025-05-10", []string{"target:person/arno-kesk", "place:place/ostrel"}},
				{"PROTEST", "2025-05-09", []string{"place:place/tarsk"}},
				{"PROTEST", "2025-03", []string{"place:place/halden"}},
			},
			count: map[string]int{"PROTEST": 3},
		},
		{
			name: "a crowd that protests against a visit or an execution holds a protest, which CAMEO's patterns for a state's protest do not make words; a state that protests a visit criticises it",
			text: "Hundreds of people protested outside the town hall in Tarsk on Friday against a visit by President Arno Kesk. " +
				"Thousands of students protested in Velmora on Thursday against the execution of a poet. Hungary protested the visit on Saturday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-09", []string{"place:place/tarsk"}},
				{"PROTEST", "2025-05-08", []string{"place:place/velmora"}},
				{"CRITICISM", "2025-05-10", []string{"agent:country/hungary"}},
			},
			count: map[string]int{"PROTEST": 2, "CRITICISM": 1},
		},
		{
			name: "a measure's name ending in \"Bill\" is what a chamber approves or rejects, no one called Bill",
			text: "The Slovak parliament approved the Land Reform Bill on Tuesday. The Slovak parliament rejected the Tax Reform Bill on Wednesday.",
			want: []wantEvent{
				{"VOTE", "2025-05-06", []string{"agent:organization/national-council-of-the-slovak-republic"}},
				{"VOTE", "2025-05-07", []string{"agent:organization/national-council-of-the-slovak-republic"}},
			},
			notParts: []string{"patient:person/bill", "participant:person/bill"},
		},
		{
			name: "\"the motion\" after a bill passed is another measure's vote, not the bill's told again; after a motion it is that motion's",
			text: "The Slovak parliament passed the Land Reform Bill on Tuesday by 90 votes to 51, hours after it suspended Ivo Marsk. " +
				"The motion was carried by 110 votes to 79, and Marsk was escorted from the chamber. " +
				"On Thursday the Slovak parliament rejected a motion of no confidence in Prime Minister Ada Holm. The motion was backed by 61 deputies.",
			want: []wantEvent{
				{"VOTE", "2025-05-06", []string{"agent:organization/national-council-of-the-slovak-republic"}},
				{"VOTE", "", []string{"participant:person/ivo-marsk"}},
				{"VOTE", "2025-05-08", []string{"participant:person/ada-holm"}},
			},
			count: map[string]int{"VOTE": 3},
		},
		{
			name: "'the capital' is where an event took place: the capital the article names of the country it is most about",
			text: "Thousands of protesters marched in Tallinn on Sunday. Estonia's prime minister, Kaja Lindvere, said police had arrested 40 people in the capital.",
			want: []wantEvent{{"ARREST", "", []string{"place:place/tallinn"}}},
		},
		{
			name: "'the capital' in a story filed from a capital is that capital",
			text: "TALLINN (Reuters) - Police arrested 40 people in the capital on Sunday, Estonia's interior ministry said.",
			want: []wantEvent{{"ARREST", "2025-05-11", []string{"place:place/tallinn"}}},
		},
		{
			name:     "'the capital' is no capital of another country the article names",
			text:     "Kaja Lindvere, who studied in Riga, is Estonia's prime minister. Police arrested Ivo Tamberg in the capital on Sunday, Estonia's government said.",
			want:     []wantEvent{{"ARREST", "2025-05-11", []string{"patient:person/ivo-tamberg"}}},
			notParts: []string{"place:place/riga"},
		},
		{
			name: "a standing word before a titled name that the parser makes a second subject or a time of the verb is the name's modifier: the name stays the speaker",
			text: "Opposition MP Karel Vossberg said on Tuesday that Mira Talven had told him the minister took bribes.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-06", []string{"agent:person/karel-vossberg"}},
				{"STATEMENT", "", []string{"agent:person/mira-talven", "participant:person/karel-vossberg"}},
			},
		},
		{
			name: "a standing word before a titled name that the parser makes a time of the verb: the name is the speaker",
			text: "Opposition MP Karel Vossberg said Mira Talven had lied.",
			want: []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:person/karel-vossberg"}}},
		},
		{
			name: "a subject opened by a long run of modifiers, which the parser leaves unlabelled, is still the speaker",
			text: "South Korea's main opposition Harvest Party said on Tuesday it would boycott a parliamentary hearing on the budget. " +
				"Hungary's largest opposition Civic Dawn Party said on Wednesday it would boycott the vote.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-06", []string{"agent:party/harvest-party"}},
				{"STATEMENT", "2025-05-07", []string{"agent:party/civic-dawn-party"}},
			},
		},
		{
			name: "a list with a serial comma before its last member, which the parser hangs on the verb, keeps its first names as subjects; so does a list after a fronted time",
			text: "Tomas Brevik, Ilse Marrow, and Kaja Stenlund met in Orvena on Monday. Brevik, Marrow, and Stenlund denied the claims on Tuesday. " +
				"Lukas Verhov, the party's treasurer, and Oona Pell met in Kelvar on Wednesday. On Thursday, Brevik, Marrow and Stenlund met in Tarsk.",
			want: []wantEvent{
				{"MEETING", "2025-05-12", []string{"agent:person/tomas-brevik", "agent:person/ilse-marrow", "agent:person/kaja-stenlund"}},
				{"DENIAL", "2025-05-06", []string{"agent:person/tomas-brevik", "agent:person/ilse-marrow", "agent:person/kaja-stenlund"}},
				{"MEETING", "2025-05-07", []string{"agent:person/lukas-verhov", "agent:person/oona-pell"}},
				{"MEETING", "2025-05-08", []string{"agent:person/tomas-brevik", "agent:person/ilse-marrow", "agent:person/kaja-stenlund"}},
			},
		},
		{
			name: "a list's first name, which the parser leaves as a dep of the verb when the last conjunct hangs on the second name's last word, is a subject too",
			text: "Lena Vasko, Ada Holm and Petra Lind met in Kelvar on Monday. Ministers Aron Vasko, Ada Holm and Petra Lind met in Tarsk on Thursday.",
			want: []wantEvent{
				{"MEETING", "2025-05-12", []string{"agent:person/lena-vasko", "agent:person/ada-holm", "agent:person/petra-lind"}},
				{"MEETING", "2025-05-08", []string{"agent:person/aron-vasko", "agent:person/ada-holm", "agent:person/petra-lind"}},
			},
		},
		{
			name: "\"the court\", \"the ministry\", \"the commission\" as a subject is the doer: the one body of that kind named before",
			text: "The Supreme Court of Veldoria heard the case on Monday. The court rejected the appeal on Tuesday. " +
				"The Ministry of Finance of Veldoria raised taxes last year. The ministry fined Tarsk Motors on Wednesday. " +
				"The Electoral Commission of Veldoria met on Thursday. The commission banned the Green Dawn party on Friday.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-06", []string{"agent:organization/supreme-court-of-veldoria"}},
				{"LEGAL_ACTION", "2025-05-07", []string{"patient:organization/tarsk-motors"}},
				// an electoral authority's ban is its ruling, as a court's is
				{"LEGAL_ACTION", "2025-05-09", []string{"agent:organization/electoral-commission-of-veldoria", "patient:party/green-dawn"}},
			},
		},
		{
			name: "\"the court\" named before, in a clause of time under \"would not\", tells no ruling",
			text: "The Supreme Court of Veldoria heard the case on Monday. Electoral commission chairman Ivo Lenk said on Tuesday that the commission would not hold any by-election until the court had ruled.",
			want: []wantEvent{{"STATEMENT", "2025-05-06", []string{"agent:person/ivo-lenk"}}},
			not:  []string{"LEGAL_ACTION"},
		},
		{
			name:     "\"the court\" calls no body where two courts were named before",
			text:     "The Supreme Court of Veldoria and the Constitutional Court of Veldoria heard the case on Monday. The court rejected the appeal on Tuesday.",
			notParts: []string{"agent:organization/supreme-court-of-veldoria", "agent:organization/constitutional-court-of-veldoria"},
		},
		{
			name: "a round-up's lead is not dated by the next section's day: that story is filed from elsewhere",
			text: "News in brief\n\nVALMORA, May 9 (Reuters) - The Velmark parliament on Friday approved a new cabinet led by Prime Minister Ivo Dorn. " +
				"The vote was 54 to 41. Opposition leader Mara Lind said her party would file a no-confidence motion.\n\n" +
				"NAIROBI - Kenyan police arrested opposition lawmaker Petar Vuk Dorin on Wednesday over what officials described as incitement.",
			want: []wantEvent{{"STATEMENT", "2025-05-09", []string{"agent:person/mara-lind"}}},
		},
		{
			name: "a free relative after a preposition (\"over what officials described as\") leaves the sentence's verb, its date and its patient alone",
			text: "Kenyan police arrested opposition lawmaker Petar Vuk Dorin on Wednesday over what officials described as incitement.",
			want: []wantEvent{{"ARREST", "2025-05-07", []string{"agent:country/kenya", "patient:person/petar-vuk-dorin"}}},
		},
		{
			name:     "who is the subject of a relative clause on the trigger's phrase does another act: no argument of the trigger",
			text:     "Estonia's intelligence service on Friday accused Russia of secretly funding two fringe parties, in a report that the Kremlin dismissed as fantasy.",
			notParts: []string{"target:organization/kremlin"},
		},
		{
			name:     "a \"they\" whose nearest antecedent is a plural noun naming no one stands for no entity",
			text:     "In 2023, Estonia expelled three Russian diplomats after they were accused of recruiting informants inside the defence ministry.",
			notParts: []string{"target:country/estonia"},
		},
		{
			name: "a list opened by the event's participle names its patients: each item, not who an item's description names",
			text: "The United States on Thursday imposed sanctions on four Latvian officials. The sanctioned individuals are Oren Falk, a deputy interior minister; " +
				"Ilse Marven, head of the Dravo Bank; and Kasimir Lott, an aide to Yana Prell. " +
				"Latvian prosecutors on Tuesday charged six former officials with fraud. Those charged include former energy minister Teo Varga, Brenna Holt and Silas Dunmore, whom Olek Rusk hired.",
			want: []wantEvent{
				{"SANCTION", "2025-05-08", []string{"patient:person/oren-falk", "patient:person/ilse-marven", "patient:person/kasimir-lott"}},
				{"LEGAL_ACTION", "2025-05-06", []string{"patient:person/teo-varga", "patient:person/brenna-holt", "patient:person/silas-dunmore"}},
			},
			notParts: []string{"patient:organization/dravo-bank", "patient:person/yana-prell", "patient:person/olek-rusk"},
		},
		{
			name: "a list opened by a participle that tells no type of its own names the patients of the act just told",
			text: "The European Union on Monday imposed sanctions on nine people it accuses of running a disinformation campaign. " +
				"Those targeted include Oren Falk, a former deputy speaker, and Ilse Marven, who heads the Dravo Bank.",
			want:     []wantEvent{{"SANCTION", "2025-05-12", []string{"agent:organization/european-union", "patient:person/oren-falk", "patient:person/ilse-marven"}}},
			notParts: []string{"patient:organization/dravo-bank"},
		},
		{
			name: "a list set out a line to a person after the participle and a colon names the patients, the first name of each line",
			text: "The European Union on Monday imposed sanctions on three people over Latvia's crackdown on protesters.\nThe sanctioned individuals are:\n" +
				"- Oren Falk, deputy interior minister\n- Ilse Marven, adviser to Yana Prell\n- Kasimir Lott",
			want:     []wantEvent{{"SANCTION", "2025-05-12", []string{"patient:person/oren-falk", "patient:person/ilse-marven", "patient:person/kasimir-lott"}}},
			notParts: []string{"patient:person/yana-prell"},
		},
		{
			name:     "a participle on another noun than the one listed lists none it was done to",
			text:     "Prosecutors on Tuesday charged Teo Varga with fraud. Critics of the charged minister include Brenna Holt and Silas Dunmore.",
			notParts: []string{"patient:person/brenna-holt", "patient:person/silas-dunmore"},
		},
		{
			name: "who follows suit or takes similar measures does the act told just before, to whom it was done",
			text: "The European Union imposed sanctions on Belarus on Thursday. Japan announced similar measures on Friday. Canada followed suit on Saturday.\n\n" +
				"Aron Vasko resigned from the Civic Party on Monday. Petra Lind followed suit on Tuesday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-09", []string{"agent:country/japan", "patient:country/belarus"}},
				{"SANCTION", "2025-05-10", []string{"agent:country/canada", "patient:country/belarus"}},
				{"RESIGNATION", "2025-05-06", []string{"agent:person/petra-lind"}},
			},
			not: []string{"STATEMENT"},
		},
		{
			name:     "an act told again in the sentence that follows suit is the same act; with nothing told before, following suit is nothing",
			text:     "Ivo Dorn followed suit on Monday. Norland expelled two Russian diplomats on Monday. Denmark followed suit on Tuesday, expelling three.",
			want:     []wantEvent{{"SANCTION", "2025-05-06", []string{"agent:country/denmark", "patient:country/russia"}}},
			notParts: []string{"agent:person/ivo-dorn"},
			count:    map[string]int{"SANCTION": 2},
		},
		{
			name: "following suit that is urged, expected or may come tells no act done again, nor the request that urges it a second time",
			text: "Germany imposed sanctions on Russia on Monday. Prime Minister Ivo Dorn thanked Berlin on Tuesday and urged other NATO members to follow suit. " +
				"Japan is expected to follow suit. Denmark could do the same.",
			want:     []wantEvent{{"REQUEST", "2025-05-06", []string{"agent:person/ivo-dorn"}}},
			notParts: []string{"agent:organization/north-atlantic-treaty-organization", "agent:country/japan", "agent:country/denmark"},
			count:    map[string]int{"SANCTION": 1, "REQUEST": 1},
		},
		{
			name:     "a provincial or city government is no state's: its words are not the country's the story is set in",
			text:     "Thousands marched in Kenya on Monday. The provincial government said on Tuesday that the curfew would stay.",
			notParts: []string{"agent:country/kenya"},
		},
		{
			name: "calling the claim denied false is the denial's own word on it, no criticism; calling its author names is",
			text: "Velmark's foreign ministry accused Norland of meddling in the election. Norland's embassy rejected the accusation on Friday, calling it \"absurd\". " +
				"The Velden Courier reported on Monday that Ivo Dorn had taken bribes. Dorn denied the report and called it a lie. Dorn denied the report again on Wednesday, calling the Courier a disgrace.",
			want: []wantEvent{{"CRITICISM", "2025-05-07", []string{"agent:person/ivo-dorn", "target:organization/velden-courier"}}},
			once: []string{"CRITICISM"},
		},
		{
			name: "an interviewer's \"you\" is the one whose name labels the answers",
			text: "Ivo Dorn, Velmark's finance minister, spoke to us in Kessel on Monday.\n\nInterviewer: Mira Holt has accused you of lying to parliament.\n\nDorn: I deny that completely.\n\nInterviewer: Will you resign?\n\nDorn: No.",
			want: []wantEvent{{"ACCUSATION", "2025-05-12", []string{"agent:person/mira-holt", "target:person/ivo-dorn"}}},
		},
		{
			name: "a transcript's \"I\" is the speaker its turn's label names by the title the article gives, through the paragraphs the turn runs over, and the turns are the speaker's statement",
			text: "The following is a transcript of Velmark Prime Minister Anna Vesk's press conference in Kessel on Monday.\n\n" +
				"PRIME MINISTER: Good afternoon. A few things from me first.\n\nOn Friday I met Norland's foreign minister, Ivo Dorn, in Tarsk.\n\n" +
				"REPORTER: Did you discuss the pipeline?\n\nPRIME MINISTER: We did. Ivo, anything to add?\n\nDORN: Only that the talks went well.",
			want: []wantEvent{
				{"MEETING", "2025-05-09", []string{"agent:person/anna-vesk", "participant:person/ivo-dorn"}},
				// each speaker's turns are a statement of theirs, the
				// surname in capitals standing for the one named in full
				{"STATEMENT", "2025-05-12", []string{"agent:person/anna-vesk"}},
				{"STATEMENT", "2025-05-12", []string{"agent:person/ivo-dorn"}},
			},
		},
		{
			name: "a transcript's label in capitals that a title or an honorific opens, or that gives the name in full, is the person named in full, none of its own; so is a label set off by bold marks",
			text: "The following is a transcript of the press conference given by President Tavo Renvik and Chancellor Lisel Arkholm in Kessel on Monday.\n\n" +
				"PRESIDENT RENVIK: Good afternoon. We have agreed a trade deal.\n\nCHANCELLOR ARKHOLM: Our countries will cooperate.\n\n" +
				"QUESTION: Will you raise tariffs?\n\nMR. RENVIK: No. I met the opposition leader on Friday.\n\n" +
				"**Q:** And the budget?\n\n**Arkholm:** It will pass.\n\nLISEL ARKHOLM: That is all.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-12", []string{"agent:person/tavo-renvik"}},
				{"STATEMENT", "2025-05-12", []string{"agent:person/lisel-arkholm"}},
				{"MEETING", "2025-05-09", []string{"agent:person/tavo-renvik"}},
			},
			notParts: []string{"agent:person/renvik", "agent:person/arkholm"},
		},
		{
			name: "a transcript's labels set off by bold marks are the turns of the person named in full: a statement of hers",
			text: "Lisel Arkholm, Velmark's finance minister, spoke to us in Kessel on Monday. Her rival Ivo Dornhelm declined to comment.\n\n" +
				"**Q:** What did you do on Friday?\n\n**Arkholm:** I met Tavo Renvik.\n\n**Q:** And the budget?\n\n**Arkholm:** It will pass.",
			want: []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:person/lisel-arkholm"}}},
		},
		{
			name: "a transcript's labels giving the name in full in capitals are the turns of the person named in full",
			text: "Ivo Dornhelm, the party's treasurer, spoke to us on Monday.\n\nQ: Did you meet Mira Holt?\n\nIVO DORNHELM: I met her on Thursday.\n\nQ: And then?\n\nIVO DORNHELM: Nothing.",
			want: []wantEvent{
				{"MEETING", "2025-05-08", []string{"agent:person/ivo-dornhelm", "participant:person/mira-holt"}},
				{"STATEMENT", "2025-05-08", []string{"agent:person/ivo-dornhelm"}},
			},
		},
		{
			name: "an interview's turns one to a line: a question typed without its mark ends at its line, asks rather than tells, and the answer's \"I\" is the one the lead names",
			text: "Ivo Brennar, leader of the Farmers' League, was interviewed by the Tarsk Herald on Friday.\n" +
				"Q: Did you meet the Norland ambassador, Pavel Dusek, in March\nA: I met him in April.\n" +
				"Q: Tell me why you sacked your deputy, Lina Morr\nA: Lina resigned.\n" +
				"Q: Why did you meet Pavel Dusek at his home\nA: We are friends.",
			want: []wantEvent{
				{"MEETING", "2025-04", []string{"agent:person/ivo-brennar", "participant:person/pavel-dusek"}},
				{"RESIGNATION", "", []string{"agent:person/lina-morr"}},
			},
			not:   []string{"DISMISSAL"},
			count: map[string]int{"MEETING": 1},
		},
		{
			name: "a question's statement that a clause of time opens tells, and asks nothing",
			text: "Ivo Brennar, leader of the Farmers League, was interviewed by the Tarsk Herald on Friday.\n" +
				"Q: When you were minister, you met Pavel Dusek in March 2020.\nA: I did.\nQ: Which envoy did you meet in Kessel\nA: Nobody.",
			want:  []wantEvent{{"MEETING", "2020-03", []string{"agent:person/ivo-brennar", "participant:person/pavel-dusek"}}},
			count: map[string]int{"MEETING": 1},
		},
		{
			name: "a broadcast interview told in prose: the question put to the speaker is no request of hers, and its clause's subject, hung on its auxiliary, is who resigned",
			text: "Opposition leader Mira Holvik spoke to Channel Six on Sunday. Asked why her deputy, Karl Wenzel, had resigned, Holvik said he had left for family reasons.",
			want: []wantEvent{{"RESIGNATION", "", []string{"agent:person/karl-wenzel"}}},
			not:  []string{"REQUEST"},
			once: []string{"RESIGNATION"},
		},
		{
			name: "an interview's \"A\" is the one its lead names, though the question before the first answer names another more",
			text: "Ivo Brennar, leader of the Farmers League, was interviewed by the Tarsk Herald on Friday.\n\n" +
				"Q: We have seen a letter from Pavel Dusek. Did Pavel Dusek pay you?\n\nA: No. I resigned from the board in March.\n\nQ: Will you stand again?\n\nA: No.",
			want:     []wantEvent{{"RESIGNATION", "2025-03", []string{"agent:person/ivo-brennar"}}},
			notParts: []string{"agent:person/pavel-dusek"},
		},
		{
			name: "a transcript's host and reporter ask; a question in capitals-labelled turns asks without its mark; the speaker's \"him\" is someone else, the one the question named",
			text: "Transcript of Sunday's programme on Channel Six. The guest is Senator Lena Dornvik of the Green Alliance.\n\n" +
				"HOST: Why did the Green Alliance expel Piet Harlan?\nSENATOR DORNVIK: The party expelled him because he broke the rules.\n\n" +
				"REPORTER: Have you ever met the Norland ambassador\nSENATOR DORNVIK: Never.",
			want:     []wantEvent{{"DISMISSAL", "", []string{"patient:person/piet-harlan"}}},
			not:      []string{"MEETING"},
			notParts: []string{"patient:person/lena-dornvik"},
		},
		{
			name: "a counted group of persons ('the three leaders', 'all three') stands for the list of that many named last",
			text: "Prime Minister Tavo Renvik, Finance Minister Lisel Arkholm and opposition leader Mira Holt arrived in Kessel on Monday. The three leaders met again in Orvena on Tuesday. All three denied the report on Wednesday.",
			want: []wantEvent{
				{"MEETING", "2025-05-06", []string{"agent:person/tavo-renvik", "agent:person/lisel-arkholm", "agent:person/mira-holt"}},
				{"DENIAL", "2025-05-07", []string{"agent:person/tavo-renvik", "agent:person/lisel-arkholm", "agent:person/mira-holt"}},
			},
		},
		{
			name: "a gathering yet to be held, which a modal puts on its carrying verb, is no meeting held",
			text: "The next summit will be held in Sweden in May, officials said.",
			not:  []string{"MEETING"},
		},
		{
			name: "two sides that talk by phone or video link meet; one speaker alone talking by phone meets no one",
			text: "Aron Vasko and Petra Lind spoke by phone on Tuesday. Mirela Tosk talked by video link with Ivo Dorn on Wednesday. " +
				"Lena Morvik and Teodor Rusnak held a video call on Thursday.",
			want: []wantEvent{
				{"MEETING", "2025-05-06", []string{"agent:person/aron-vasko", "agent:person/petra-lind"}},
				{"MEETING", "2025-05-07", []string{"agent:person/mirela-tosk", "participant:person/ivo-dorn"}},
				{"MEETING", "2025-05-08", []string{"agent:person/lena-morvik", "agent:person/teodor-rusnak"}},
			},
		},
		{
			name: "a speaker alone on the phone, or telling a reporter by phone, meets no one",
			text: "Aron Vasko, who spoke by phone from exile, said the vote was rigged. Speaking by phone on Tuesday, Petra Lind said she would stand.",
			not:  []string{"MEETING"},
		},
		{
			name: "who speaks at a gathering, or tells it, takes part in it",
			text: "Aron Vasko spoke at the summit in Tallinn on Friday.",
			want: []wantEvent{{"MEETING", "2025-05-09", []string{"agent:person/aron-vasko", "place:place/tallinn"}}},
		},
		{
			name: "who says something at a gathering, the phrase set before the clause, takes part in it",
			text: "At the summit in Tarsk on Thursday, Petra Lind said the coalition would hold.",
			want: []wantEvent{{"MEETING", "2025-05-08", []string{"agent:person/petra-lind", "place:place/tarsk"}}},
		},
		{
			name: "who tells a meeting something takes part in it, on the day of the telling",
			text: "Ivo Dorn told a meeting of party members in Velmora on Wednesday that he would resign.",
			want: []wantEvent{{"MEETING", "2025-05-07", []string{"agent:person/ivo-dorn", "place:place/velmora"}}},
		},
		{
			name: "who does something in a call or during talks takes part in them, and whom it is done with or told to too",
			text: "Aron Vasko and Petra Lind discussed the war in a phone call on Monday.\n\n" +
				"In a video call on Thursday, Mirela Tosk told Ivo Dorn that the border would stay open.",
			want: []wantEvent{
				{"MEETING", "2025-05-12", []string{"agent:person/aron-vasko", "agent:person/petra-lind"}},
				{"MEETING", "2025-05-08", []string{"agent:person/mirela-tosk", "participant:person/ivo-dorn"}},
			},
		},
		{
			name: "who is holding talks holds them, as who held them did",
			text: "Aron Vasko and Petra Lind are holding talks in Tarsk.",
			want: []wantEvent{{"MEETING", "2025-05-12", []string{"agent:person/aron-vasko", "agent:person/petra-lind", "place:place/tarsk"}}},
		},
		{
			name:     "who is arrested at a gathering takes no part in it for that",
			text:     "Aron Vasko was arrested at the summit in Tallinn on Friday.",
			want:     []wantEvent{{"ARREST", "2025-05-09", []string{"patient:person/aron-vasko"}}},
			notParts: []string{"agent:person/aron-vasko"},
		},
		{
			name: "what is going on as the report is written is the report's day; a habit, or what is to come, is not",
			text: "Thousands of farmers are protesting outside parliament in Tarsk. Aron Vasko is being questioned by police in Velmora. " +
				"Farmers are often protesting outside parliament in Orsk. Petra Lind is meeting Ivo Dorn soon.",
			want: []wantEvent{
				{"PROTEST", "2025-05-12", []string{"place:place/tarsk"}},
				{"INVESTIGATION", "2025-05-12", []string{"patient:person/aron-vasko"}},
				{"PROTEST", "", []string{"place:place/orsk"}},
				{"MEETING", "", []string{"agent:person/petra-lind"}},
			},
		},
		{
			name: "what is going on as a datelined report is written is the dateline's day",
			text: "TARSK, May 9 (Reuters) - Farmers are protesting outside parliament in Tarsk, police said.\n\n" +
				"On Wednesday, prosecutors questioned Ivo Dorn in Velmora. His supporters are protesting outside the court in Velmora.",
			want: []wantEvent{
				{"PROTEST", "2025-05-09", []string{"place:place/tarsk"}},
				{"INVESTIGATION", "2025-05-07", []string{"patient:person/ivo-dorn"}},
				{"PROTEST", "2025-05-09", []string{"place:place/velmora"}},
			},
		},
		{
			name: "a deal that will be signed is not yet an agreement",
			text: "A trade deal between Norway and Sweden will be signed in Oslo next week, Foreign Minister Aron Vasko said.",
			not:  []string{"AGREEMENT"},
		},
		{
			name: "a summit spoken or arrested at is dated by the verb's time, however the parse hangs it",
			text: "Speaking at the NATO summit on Friday, Prime Minister Aron Vasko said the alliance was united. " +
				"Lena Morvik was arrested at a protest in Norway on Thursday.",
			want: []wantEvent{
				{"MEETING", "2025-05-09", []string{"agent:organization/north-atlantic-treaty-organization"}},
				{"PROTEST", "2025-05-08", []string{"place:country/norway"}},
			},
		},
		{
			name: "a crowd marching or demonstrating protests",
			text: "Thousands of farmers were demonstrating outside the parliament in Norway on Tuesday. " +
				"On Wednesday thousands were marching across Sweden to protest against the new tax.",
			want: []wantEvent{
				{"PROTEST", "2025-05-06", []string{"place:country/norway"}},
				{"PROTEST", "2025-05-07", []string{"place:country/sweden"}},
			},
		},
		{
			name: "marching orders and figures that demonstrate something are no protest",
			text: "The Harvest Front gave Ivo Dorn his marching orders in Norway on Thursday. " +
				"The figures demonstrated that the tax was working in Norway, Lena Morvik said on Friday.",
			not: []string{"PROTEST"},
		},
		{
			name: "the two, alone, after two persons named stands for both",
			text: "Aron Vasko met Lena Morvik in Oslo on Monday. The two signed a deal on fishing rights.",
			want: []wantEvent{{"AGREEMENT", "2025-05-12", []string{"agent:person/aron-vasko", "agent:person/lena-morvik"}}},
		},
		{
			name: "a report noun dated by its own time dates the verb that tells what it says; two reports on two days are two",
			text: "A report by the Daily Courier on Tuesday said the finance ministry had hidden a deficit. " +
				"On Thursday a second report by the Daily Courier said the minister had known of it.",
			want: []wantEvent{
				{"REPORT", "2025-05-06", []string{"source:organization/daily-courier"}},
				{"REPORT", "2025-05-08", []string{"source:organization/daily-courier"}},
			},
		},
		{
			name: "a denial's object the parse hangs on its subject as an apposition is the denial's object, not a target",
			text: "Belarus on Monday rejected accusations by Poland that it had funded the protests in Grodvin.",
			want: []wantEvent{
				{"DENIAL", "2025-05-12", []string{"agent:country/belarus"}},
				{"ACCUSATION", "", []string{"agent:country/poland"}},
			},
			notParts: []string{"target:country/poland"},
		},
		{
			name: "an accusation a denial's phrase names with its accuser is an accusation of its own",
			text: "Dana Vorel rejected accusations by opposition leader Marko Lentz that she had taken bribes.",
			want: []wantEvent{
				{"DENIAL", "2025-05-12", []string{"agent:person/dana-vorel"}},
				{"ACCUSATION", "", []string{"agent:person/marko-lentz", "target:person/dana-vorel"}},
			},
		},
		{
			name: "allegations whose author a by-phrase or a possessor names are an accusation, which the denial answers",
			text: "Lithuania on Monday dismissed allegations by Poland that it had armed the rebels.",
			want: []wantEvent{
				{"DENIAL", "2025-05-12", []string{"agent:country/lithuania"}},
				{"ACCUSATION", "", []string{"agent:country/poland", "target:country/lithuania"}},
			},
		},
		{
			name: "a by-phrase after an allegation's act names who did the act, not who alleged it",
			text: "The allegations of torture by the Wagner Group were documented by the United Nations.",
			not:  []string{"ACCUSATION"},
		},
		{
			name: "a preposition the parse hangs on a title before a name is the name's: the accuser named by title and name",
			text: "Peter Lentz denied allegations by opposition leader Anna Vorel that he had taken bribes.",
			want: []wantEvent{
				{"ACCUSATION", "", []string{"agent:person/anna-vorel", "target:person/peter-lentz"}},
			},
		},
		{
			name: "a source who requested anonymity makes no request",
			text: "The Ministry of Justice of Varovia on Monday opened an inquiry into the deal. " +
				"A Justice official, who requested anonymity, said the Ministry of Justice had authority to cancel the contract.",
			not: []string{"REQUEST"},
		},
		{
			name: "a resignation an infinitive of purpose demands is asked for, not done",
			text: "Thousands marched through the capital of Belmora on Saturday to demand the resignation of Prime Minister Stefan Orlov.",
			not:  []string{"RESIGNATION"},
		},
		{
			name: "a visit or protest a request is made during, on or amid was made; a visit asked for was not",
			text: "During a visit to Ankara on Monday, Foreign Minister Lena Korvath of Veldonia asked Turkey to reopen the border crossing. " +
				"On a visit to Sofia on Tuesday, Deputy Minister Ivo Petrak urged Bulgaria to free the prisoners. " +
				"Amid protests in Dravo on Friday, Interior Minister Mira Tosk urged calm.",
			want: []wantEvent{
				{"MEETING", "2025-05-12", []string{"agent:person/lena-korvath", "place:place/ankara"}},
				{"MEETING", "2025-05-06", []string{"agent:person/ivo-petrak", "place:place/sofia"}},
				{"PROTEST", "2025-05-09", []string{"place:place/dravo"}},
			},
		},
		{
			name: "a visit asked for is not made",
			text: "Foreign Minister Lena Korvath of Veldonia asked for a visit to Ankara on Monday.",
			not:  []string{"MEETING"},
		},
		{
			name: "addressing a rally, the nation or a legislature is a speech; addressing an issue or a letter is none",
			text: "Opposition leader Marek Holub addressed a rally in Tarsk on Friday. " +
				"Finance Minister Teodor Kral addressed the concerns of farmers on Thursday. " +
				"Ivo Dorn addressed a letter to the Speaker on Wednesday.",
			want: []wantEvent{{"STATEMENT", "2025-05-09", []string{"agent:person/marek-holub", "place:place/tarsk"}}},
			once: []string{"STATEMENT"},
		},
		{
			name: "addressing a question or an appeal to someone asks of them",
			text: "On Tuesday, at the plenary session of the Mejlis, Deputy Ilyas Karimov addressed a parliamentary question to the Minister of Justice, Dilnoza Rahimova, concerning foreign funding. " +
				"Opposition leader Marek Holub addressed an appeal to the United Nations on Friday.",
			want: []wantEvent{
				{"REQUEST", "2025-05-06", []string{"agent:person/ilyas-karimov", "participant:person/dilnoza-rahimova"}},
				{"REQUEST", "2025-05-09", []string{"agent:person/marek-holub", "participant:organization/united-nations"}},
			},
		},
		{
			name: "a modal in a relative clause on the subject leaves the main verb on the story's day; votes on two measures are two votes",
			text: "The Harbour Bill passed its second reading in the Chamber of Deputies on Tuesday by 211 votes to 174.\n\n" +
				"An amendment tabled by Lukas Ferrand, which would have capped rent rises, was defeated by 198 votes to 187.",
			want: []wantEvent{
				{"VOTE", "2025-05-06", []string{"participant:organization/chamber-of-deputies"}},
				{"VOTE", "2025-05-06", []string{"participant:person/lukas-ferrand"}},
			},
			twice: []string{"VOTE"},
		},
		{
			name: "a bill whose name the parse splits at its and is still the measure that passes",
			text: "The Harbour and Fisheries Bill passed its second reading in the Chamber of Deputies on Tuesday by 211 votes to 174.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"participant:organization/chamber-of-deputies"}}},
		},
		{
			name: "a question one brought in unnamed asks is no retelling of a named speaker's request",
			text: "Rolf Dunst called on Anna Keller to publish the memo. A reporter asked Keller whether she would resign.",
			want: []wantEvent{
				{"REQUEST", "2025-05-12", []string{"agent:person/rolf-dunst", "participant:person/anna-keller"}},
			},
			twice: []string{"REQUEST"},
		},
		{
			name: "a body no entity names that spoke first is not the person who speaks next",
			text: "The electoral commission on Saturday declared Ada Holm the winner of the presidential election. " +
				"Opposition leader Ivo Dorn said the count was rigged.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-10", []string{"agent:person/ivo-dorn"}},
			},
			twice: []string{"STATEMENT"},
		},
		{
			name: "a moment of the day before the day's name leaves the act dated by it",
			text: "Before dawn on Tuesday, officers detained Ivo Dorn at his home in Varna.",
			want: []wantEvent{
				{"ARREST", "2025-05-06", []string{"patient:person/ivo-dorn", "place:place/varna"}},
			},
		},
		{
			name:     "aides of a named leader are not the leader",
			text:     "Police on Monday arrested two aides of the party leader Ivo Dorn.",
			notParts: []string{"patient:person/ivo-dorn"},
		},
		{
			name: "the middle act of a chain of three is one more act of the subject, not a modifier of the first act's object",
			text: "Protesters on Saturday blocked roads, clashed with police and set fire to cars in Varna.",
			want: []wantEvent{
				{"PROTEST", "2025-05-10", []string{"place:place/varna"}},
			},
		},
		{
			name: "lawmakers who censure a member find fault with him",
			text: "Lawmakers on Tuesday censured Ivo Dorn. The ethics committee reprimanded Ana Holm on Friday for misusing funds.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-06", []string{"target:person/ivo-dorn"}},
				{"CRITICISM", "2025-05-09", []string{"target:person/ana-holm"}},
			},
		},
		{
			name: "a vote or an election called, ordered or put off is still to be held",
			text: "The Constitutional Court of Varovia on Monday annulled the result of the election, citing irregularities, and ordered a new vote within 150 days. " +
				"President Ivo Dorn on Tuesday called snap elections in Varovia for June. The Harbour Party postponed its leadership election.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-12", []string{"agent:organization/constitutional-court-of-varovia"}},
			},
			not: []string{"VOTE", "ELECTION"},
		},
		{
			name: "a label the parse runs into the object's phrase still finds fault with it",
			text: "Ivo Dorn, who denies wrongdoing, called the case political persecution.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:person/ivo-dorn"}},
			},
		},
		{
			name: "calling a demand a political stunt finds fault with it",
			text: "Mia Roth demanded the resignation of Ulla Brandt. Brandt rejected the demand on Wednesday, calling it a political stunt.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-07", []string{"agent:person/ulla-brandt"}},
			},
		},
		{
			name: "according to a newspaper named after its kind is the claim's source",
			text: "According to the newspaper Ziarul Nou, Ivo Brask met a Russian diplomat in March.",
			want: []wantEvent{
				{"MEETING", "2025-03", []string{"agent:person/ivo-brask", "source:organization/ziarul-nou"}},
			},
		},
		{
			name: "according to the information of a newspaper: the newspaper is the claim's source",
			text: "According to the information of the newspaper Ziarul Nou, Ivo Brask met a Russian diplomat in March.",
			want: []wantEvent{
				{"MEETING", "2025-03", []string{"agent:person/ivo-brask", "source:organization/ziarul-nou"}},
			},
		},
		{
			name: "two persons traded accusations: both accuse",
			text: "Anna Keller and Rolf Dunst traded accusations on Thursday.",
			want: []wantEvent{
				{"ACCUSATION", "2025-05-08", []string{"agent:person/anna-keller", "agent:person/rolf-dunst"}},
			},
		},
		{
			name: "two persons each titled before the name and joined by and are both the subject",
			text: "Finance Minister Otto Sigg and party chairman Rolf Dunst criticised the plan on Tuesday. " +
				"Prime Minister Anna Keller and Green Party leader Mia Roth condemned the attack on Wednesday.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-06", []string{"agent:person/otto-sigg", "agent:person/rolf-dunst"}},
				{"CRITICISM", "2025-05-07", []string{"agent:person/anna-keller", "agent:person/mia-roth"}},
			},
		},
		{
			name: "a court filing an accusation is made in dates it by the participle that files it",
			text: "Ulla Brandt denied the allegations on Monday. In a counter-claim filed on Tuesday, the newspaper Nordwacht accused Harald Grune of abusing the courts. " +
				"In a lawsuit filed on Wednesday, the businessman Ivo Brask accused the weekly Kurier of defamation.",
			want: []wantEvent{
				{"ACCUSATION", "2025-05-06", []string{"agent:organization/nordwacht", "target:person/harald-grune"}},
				{"ACCUSATION", "2025-05-07", []string{"agent:person/ivo-brask"}},
			},
		},
		{
			name: "a past tense after a gerund object goes on from the verb that takes it, and lends that verb its time",
			text: "The newspaper Nordwacht accused Harald Grune of bribery on Monday. Grune denied wrongdoing and said on Tuesday that the report was false. " +
				"The weekly Kurier accused Ulla Brandt of fraud on Monday. Brandt denied cheating and resigned from the board on Wednesday.",
			want: []wantEvent{
				{"DENIAL", "2025-05-06", []string{"agent:person/harald-grune"}},
				{"STATEMENT", "2025-05-06", []string{"agent:person/harald-grune"}},
				{"DENIAL", "2025-05-07", []string{"agent:person/ulla-brandt"}},
				{"RESIGNATION", "2025-05-07", []string{"agent:person/ulla-brandt"}},
			},
		},
		{
			name: "two objects each with a charge of its own are both accused",
			text: "Prosecutors accuse Tomas Drell of fraud and Ivan Venn of bribery.",
			want: []wantEvent{
				{"ACCUSATION", "2025-05-12", []string{"target:person/tomas-drell", "target:person/ivan-venn"}},
			},
		},
		{
			name: "two persons each named with a charge of their own are the pair both stands for",
			text: "Prosecutors accuse Harald Grune of fraud and Ulla Brandt of taking bribes. Both deny the charges.",
			want: []wantEvent{
				{"DENIAL", "2025-05-12", []string{"agent:person/harald-grune", "agent:person/ulla-brandt"}},
			},
		},
		{
			name: "both men stands for the last two persons named, though named apart",
			text: "Police arrested Tomas Drell on Monday. His business partner, Ivan Venn, was detained on Tuesday. Both men deny the charges.",
			want: []wantEvent{
				{"DENIAL", "2025-05-12", []string{"agent:person/tomas-drell", "agent:person/ivan-venn"}},
			},
		},
		{
			name: "both men stands for the last two persons named before its sentence, not for its own subject",
			text: "Police arrested Tomas Drell on Monday. His business partner, Ivan Venn, was detained on Tuesday. Mia Roth criticised both men for lying.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:person/mia-roth", "target:person/tomas-drell", "target:person/ivan-venn"}},
			},
			notParts: []string{"target:person/mia-roth"},
		},
		{
			name:     "both men are the two its sentence counts before it, not the last two persons named",
			text:     "Mira Tansk leads the Civic Movement. Its spokesman, Anton Rusk, spoke on Monday. Prosecutors charged two of its members with inciting violence, charges both men deny.",
			notParts: []string{"agent:person/mira-tansk", "agent:person/anton-rusk", "patient:person/mira-tansk", "patient:person/anton-rusk"},
		},
		{
			name: "a reporting verb with its that clause after an apposed name is the sentence's verb, and the name's",
			text: "The Minister of Interior, Petru Vasca, stated on Tuesday that the government has no information about the payments.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-06", []string{"agent:person/petru-vasca"}},
			},
		},
		{
			name: "a title that runs on to a state's name is the person's set in apposition to it, not the state's",
			text: "The Minister of Justice of Moldova, Mr. Petru Vasca, accused Ion Cazan of lying to the court.",
			want: []wantEvent{
				{"ACCUSATION", "2025-05-12", []string{"agent:person/petru-vasca", "target:person/ion-cazan"}},
			},
			notParts: []string{"agent:country/moldova"},
		},
		{
			name: "a verb of pressure with an object and an infinitive is a request",
			text: "Foreign Minister Ilinca Borta of Moldova pressed Russia to agree to a ceasefire on Friday. On Saturday the Green Union pushed Senator Ana Voss to step down.",
			want: []wantEvent{
				{"REQUEST", "2025-05-09", []string{"agent:person/ilinca-borta", "participant:country/russia"}},
				{"REQUEST", "2025-05-10", []string{"agent:organization/green-union", "participant:person/ana-voss"}},
			},
			not: []string{"AGREEMENT", "RESIGNATION"},
		},
		{
			name: "what one is pressured to do is not told as done; pressing nobody to act, or pressing by no one named, is no request",
			text: "Senator Ana Voss was pressured to resign by her party on Friday. Minister Ivo Kask pushed the budget through parliament on Saturday. Her colleagues begged him to stay.",
			want: []wantEvent{
				{"REQUEST", "2025-05-09", []string{"participant:person/ana-voss"}},
			},
			not:  []string{"RESIGNATION"},
			once: []string{"REQUEST"},
		},
		{
			name: "a wire's lead keeps its verb past a short name in brackets and a closing clause of its own",
			text: "The Anti-Graft Bureau (AGB) on Thursday night arrested Governor Ivo Ralan of Kovar province in a bribery case linked to the award of port contracts, hours after he returned from a trip to Vienna.\n\n" +
				"The Anti-Fraud Office on Friday night detained Mayor Lina Torva of Brenmoor in a bribery case linked to the sale of port land, hours after she returned from a trip to Vienna.",
			want: []wantEvent{
				{"ARREST", "2025-05-08", []string{"agent:organization/anti-graft-bureau", "patient:person/ivo-ralan"}},
				{"ARREST", "2025-05-09", []string{"agent:organization/anti-fraud-office", "patient:person/lina-torva"}},
			},
		},
		{
			name: "a candidate who beats a rival in a run-off vote or a ballot wins an election, no vote of a chamber",
			text: "In a run-off vote of party lawmakers on Friday, Finance Minister Petra Lisak beat Radim Kopecky to become deputy leader of the Unity Party.\n\n" +
				"Ivo Stenmark defeated Ana Holm in a leadership ballot on Saturday. The motion was defeated in a vote on Sunday.\n\n" +
				"A run-off vote between Lena Dahl and Oskar Brandt was held on Sunday.",
			want: []wantEvent{
				{"ELECTION", "2025-05-09", []string{"agent:person/petra-lisak", "participant:person/radim-kopecky"}},
				{"ELECTION", "2025-05-10", []string{"agent:person/ivo-stenmark", "participant:person/ana-holm"}},
				{"ELECTION", "2025-05-11", []string{"participant:person/lena-dahl"}},
			},
			not: []string{"VOTE"},
		},
		{
			name: "a candidate who beats a rival in a round of voting wins an election",
			text: "Ivo Marek defeated Lena Dorn in the second round on Sunday.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:person/ivo-marek", "participant:person/lena-dorn"}}},
		},
		{
			name: "a time opening the sentence is no part of the titled name after it, nor the verb after that name a participle",
			text: "On Friday Foreign Minister Lena Dahl met President Oskar Brandt in Kovar.\n\n" +
				"On Saturday Ivo Stenmark defeated Ana Holm in a leadership ballot.",
			want: []wantEvent{
				{"MEETING", "2025-05-09", []string{"agent:person/lena-dahl", "participant:person/oskar-brandt", "place:place/kovar"}},
				{"ELECTION", "2025-05-10", []string{"agent:person/ivo-stenmark", "participant:person/ana-holm"}},
			},
		},
		{
			name: "a second act one sentence tells as later is a second event, though in the same town",
			text: "Foreign Minister Lena Dahl met President Oskar Brandt in Kovar on Friday and later visited a shipyard there.\n\n" +
				"Police arrested Ivo Stenmark in Brenmoor on Saturday and then detained his brother there.",
			want: []wantEvent{
				{"MEETING", "2025-05-09", []string{"agent:person/lena-dahl", "participant:person/oskar-brandt", "place:place/kovar"}},
				{"ARREST", "2025-05-10", []string{"patient:person/ivo-stenmark", "place:place/brenmoor"}},
			},
			twice: []string{"MEETING", "ARREST"},
		},
		{
			name: "two verbs of one act stay one event",
			text: "Foreign Minister Lena Dahl met and held talks with President Oskar Brandt in Kovar on Friday.",
			want: []wantEvent{
				{"MEETING", "2025-05-09", []string{"agent:person/lena-dahl", "participant:person/oskar-brandt"}},
			},
			once: []string{"MEETING"},
		},
		{
			name: "a time a verb sets its object for dates neither the verb nor a verb joined to it",
			text: "Marta Valente called a strike for Tuesday and urged workers to join the marches.",
			want: []wantEvent{
				{"REQUEST", "2025-05-12", []string{"agent:person/marta-valente"}},
			},
		},
		{
			name: "a conjunct takes the subject that follows a time opening the sentence",
			text: "On Sunday Marta Valente called a strike and urged workers to join the marches. In March Ivo Stenmark met Ana Holm and praised her government.",
			want: []wantEvent{
				{"REQUEST", "2025-05-11", []string{"agent:person/marta-valente"}},
				{"SUPPORT", "2025-03", []string{"agent:person/ivo-stenmark"}},
			},
		},
		{
			name: "an undated act in a paragraph that a day opens is that day's, not the story's",
			text: "Foreign Minister Lena Varkosi of Finland met Prime Minister Haruto Kanzaki of Japan in Tokyo on Friday.\n\n" +
				"On Saturday she flew to Seoul. She met President Oh Min-jae and praised his government.\n\n" +
				"On Tuesday police arrested the opposition leader Ion Caldare in Chisinau. Prosecutors accused him of taking bribes. Caldare denied the allegations.",
			want: []wantEvent{
				{"MEETING", "2025-05-09", []string{"agent:person/lena-varkosi", "participant:person/haruto-kanzaki", "place:place/tokyo"}},
				{"MEETING", "2025-05-10", []string{"agent:person/lena-varkosi", "participant:person/oh-min-jae"}},
				{"SUPPORT", "2025-05-10", []string{"agent:person/lena-varkosi"}},
				{"ACCUSATION", "2025-05-06", []string{"target:person/ion-caldare"}},
				{"DENIAL", "2025-05-06", []string{"agent:person/ion-caldare"}},
			},
		},
		{
			name: "the day a paragraph opens with dates neither the sentence's reporting tail nor an act told as later",
			text: "Police arrested the opposition leader Ion Caldare in Chisinau on Friday.\n\n" +
				"On Thursday police detained two students in Kovar, Interior Minister Ana Holm told reporters. The Supreme Court later dismissed Caldare's appeal.",
			want: []wantEvent{
				{"ARREST", "2025-05-08", []string{"place:place/kovar"}},
				{"STATEMENT", "2025-05-09", []string{"agent:person/ana-holm"}},
				{"LEGAL_ACTION", "", []string{"patient:person/ion-caldare"}},
			},
		},
		{
			name: "one agent's meetings of one day with two people are two events",
			text: "Foreign Minister Lena Varkosi of Finland met Prime Minister Haruto Kanzaki of Japan in Tokyo on Friday. She also met the opposition leader Aiko Mori.",
			want: []wantEvent{
				{"MEETING", "2025-05-09", []string{"agent:person/lena-varkosi", "participant:person/haruto-kanzaki"}},
				{"MEETING", "2025-05-09", []string{"agent:person/lena-varkosi", "participant:person/aiko-mori"}},
			},
			twice: []string{"MEETING"},
		},
		{
			name: "a noun event a light verb tells is not the later act of its agent with someone else",
			text: "President Lena Varkosi of Finland held a phone call with Prime Minister Haruto Kanzaki of Japan on Monday, her office said. Varkosi later hosted the foreign minister of Chile, Ana Rojas, in Helsinki.",
			want: []wantEvent{
				{"MEETING", "2025-05-12", []string{"agent:person/lena-varkosi", "participant:person/haruto-kanzaki"}},
				{"MEETING", "", []string{"agent:person/lena-varkosi", "participant:person/ana-rojas"}},
			},
			twice: []string{"MEETING"},
		},
		{
			name: "two acts of one agent, type and day told in two towns are two events",
			text: "Foreign Minister Lena Varkosi of Finland is on a tour of East Asia.\n\n" +
				"On Saturday Varkosi visited a shipyard in Busan. She then met President Oh Min-jae in Seoul.",
			want: []wantEvent{
				{"MEETING", "2025-05-10", []string{"agent:person/lena-varkosi", "place:place/busan"}},
				{"MEETING", "2025-05-10", []string{"agent:person/lena-varkosi", "participant:person/oh-min-jae", "place:place/seoul"}},
			},
			twice: []string{"MEETING"},
		},
		{
			name: "a request told as one more, to someone else, is a second request",
			text: "President Oren Tavik of Turkey urged Sweden on Thursday to extradite the activist Deniz Korul. Tavik also asked NATO to review its policy on arms exports.",
			want: []wantEvent{
				{"REQUEST", "2025-05-08", []string{"agent:person/oren-tavik", "participant:country/sweden"}},
				{"REQUEST", "2025-05-08", []string{"agent:person/oren-tavik", "participant:organization/north-atlantic-treaty-organization"}},
			},
			twice: []string{"REQUEST"},
		},
		{
			name: "a guest who also meets someone else holds a second meeting",
			text: "President Ilse Dunmore of Austria received Prime Minister Tomas Varek of Slovakia in Vienna on Saturday. Varek also met the opposition leader Gregor Hallam.",
			want: []wantEvent{
				{"MEETING", "2025-05-10", []string{"agent:person/ilse-dunmore", "participant:person/tomas-varek"}},
				{"MEETING", "2025-05-10", []string{"agent:person/tomas-varek", "participant:person/gregor-hallam"}},
			},
			twice: []string{"MEETING"},
		},
		{
			name: "the leaders just told of as meeting are its two sides",
			text: "President Ilse Dunmore of Austria received Prime Minister Tomas Varek of Slovakia in Vienna on Saturday. The leaders agreed to reopen a border crossing.",
			want: []wantEvent{
				{"AGREEMENT", "2025-05-10", []string{"agent:person/ilse-dunmore", "agent:person/tomas-varek"}},
			},
		},
		{
			name: "who speaks after talks held them",
			text: "President Ilse Dunmore of Austria said after talks with Chancellor Rolf Eber of Germany on Monday that the pipeline would be finished by 2027.",
			want: []wantEvent{
				{"MEETING", "2025-05-12", []string{"agent:person/ilse-dunmore", "participant:person/rolf-eber"}},
			},
		},
		{
			name: "an explainer's own questions tell of no event; its answers do",
			text: "Police arrested the opposition leader Tomas Brill on Tuesday. Here is what we know.\n\n" +
				"Did Brill resign as party leader?\n\nNo. He has refused to step down.\n\n" +
				"Has Lena Dravik criticised the arrest?\n\nYes.\n\n" +
				"When was Brill last charged?\n\nBrill was charged with fraud in 2019.",
			want: []wantEvent{
				{"ARREST", "2025-05-06", []string{"patient:person/tomas-brill"}},
				{"LEGAL_ACTION", "2019", []string{"patient:person/tomas-brill"}},
			},
			not:  []string{"RESIGNATION", "CRITICISM"},
			once: []string{"LEGAL_ACTION"},
		},
		{
			name: "a relative clause after a name set off late in the sentence tells of that name, not of the verb's object",
			text: "Lawmakers accuse Elena Quispe of accepting luxury watches from a regional governor, Walter Condori, who was later arrested in a separate corruption case.",
			want: []wantEvent{
				{"ARREST", "", []string{"patient:person/walter-condori"}},
			},
			notParts: []string{"patient:person/elena-quispe"},
		},
		{
			name: "an act told in the simple past in a sentence a feature sets back in time, with no time of its own, is left undated, not given the story's day",
			text: "Ivo Dorn was arrested in Vienna on Monday.\n\n" +
				"Lena Dravik condemned the arrest.\n\n" +
				"In 2014, Dorn was accused by Tomas Brill of torture, an accusation he denied. " +
				"Ana Holm condemned the arrest.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:person/lena-dravik"}},
				{"DENIAL", "", []string{"agent:person/ivo-dorn"}},
				{"CRITICISM", "2025-05-12", []string{"agent:person/ana-holm"}},
			},
		},
		{
			name: "a time that opens a sentence before a clause of time dates the main clause, and the clause too",
			text: "Tomas Brill was re-elected in 2008. " +
				"In 2012, after the party lost the election, Brill resigned as its leader. " +
				"In 2019, before the court ruled, Ana Holm was arrested in Vienna.",
			want: []wantEvent{
				{"RESIGNATION", "2012", []string{"agent:person/tomas-brill"}},
				{"ARREST", "2019", []string{"patient:person/ana-holm"}},
			},
		},
		{
			name: "a clause that \"when\" opens on a time tells what happened then",
			text: "Ivo Dorn led the Harbour Party for a decade. " +
				"Lena Dravik was a minister until 2022, when she resigned and accused the president of corruption.",
			want: []wantEvent{
				{"RESIGNATION", "2022", []string{"agent:person/lena-dravik"}},
				{"ACCUSATION", "2022", []string{"agent:person/lena-dravik"}},
			},
		},
		{
			name: "a question put to a speaker at a press conference is no request of the speaker's",
			text: "Asked whether he had met the lobbyist, Finance Minister Erik Holmvik said he had not. " +
				"When asked about the payments, Lena Dravik declined to comment. " +
				"Asked by reporters why he had stayed away, Tomas Brill said he was ill.",
			not: []string{"REQUEST"},
		},
		{
			name: "\"When asked if ...\", the question's clause hung on the verb the participle hangs on, is no request",
			text: "When asked if she would resign, Edda Dorn laughed. " +
				"Ivo Marek asked Oskar Venn on Saturday to resign.",
			want:  []wantEvent{{"REQUEST", "2025-05-10", []string{"agent:person/ivo-marek", "participant:person/oskar-venn"}}},
			count: map[string]int{"REQUEST": 1},
		},
		{
			name: "an act asked for in the subjunctive is not done; one told in a reported clause is",
			text: "President Tomas Varga refused demands from protesters that he step down. " +
				"The opposition insisted that the minister resign immediately. " +
				"Ana Holm said that Ivo Dorn resigned in May.",
			want:     []wantEvent{{"RESIGNATION", "2025-05", []string{"agent:person/ivo-dorn"}}},
			once:     []string{"RESIGNATION"},
			notParts: []string{"agent:person/tomas-varga"},
		},
		{
			name: "one who asks a question or asks another to act still requests",
			text: "Erik Holmvik asked the minister to resign on Monday.",
			want: []wantEvent{{"REQUEST", "2025-05-12", []string{"agent:person/erik-holmvik"}}},
		},
		{
			name: "a ban or tariffs a state imposes or slaps, and firms it blacklists, are sanctions on the state whose goods or firms they strike",
			text: "Poland imposed a ban on grain imports from Ukraine on Saturday. " +
				"Brazil slapped tariffs on Chinese steel on Friday. " +
				"The United States blacklisted 12 Chinese firms on Tuesday. " +
				"The European Union on Monday imposed sanctions on companies based in Iran.",
			want: []wantEvent{
				{"SANCTION", "2025-05-10", []string{"agent:country/poland", "patient:country/ukraine"}},
				{"SANCTION", "2025-05-09", []string{"agent:country/brazil"}},
				{"SANCTION", "2025-05-06", []string{"agent:country/united-states", "patient:country/china"}},
				{"SANCTION", "2025-05-12", []string{"agent:organization/european-union", "patient:country/iran"}},
			},
			notParts: []string{"place:country/iran"},
		},
		{
			name: "a ban on the imports or shipments of a state's goods, by verb or by noun, is a sanction on that state, each state of a list of goods",
			text: "Japan banned shipments of Lithuanian beef and Estonian pork on Thursday. " +
				"China imposed a ban on imports of Latvian grain on Friday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-08", []string{"agent:country/japan", "patient:country/lithuania", "patient:country/estonia"}},
				{"SANCTION", "2025-05-09", []string{"agent:country/china", "patient:country/latvia"}},
			},
		},
		{
			name: "a state recalling its envoy, in any form of the verb, reduces relations; one recalling a meeting does not",
			text: "Belarus responded on Tuesday by recalling its ambassador from Vilnius. " +
				"Ivo Dorn said on Monday that he did not recall the meeting.",
			want: []wantEvent{
				{"SANCTION", "2025-05-06", []string{"agent:country/belarus"}},
			},
			once: []string{"SANCTION"},
		},
		{
			name: "a state that orders an envoy to leave, or declares him persona non grata, expels him, a sanction on the envoy's state; one ordering protesters out expels no one",
			text: "Lithuania on Tuesday ordered the Belarusian ambassador to leave the country within 72 hours. " +
				"Two Russian diplomats were ordered to leave Poland on Friday. " +
				"The mayor of Kravenik ordered the protesters to leave the square on Wednesday. " +
				"The Hungarian envoy was declared persona non grata by Estonia on Saturday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-06", []string{"agent:country/lithuania", "patient:country/belarus"}},
				{"SANCTION", "2025-05-09", []string{"patient:country/russia"}},
				{"SANCTION", "2025-05-10", []string{"agent:country/estonia", "patient:country/hungary"}},
			},
			not: []string{"LEGAL_ACTION"},
		},
		{
			name: "a state that declares envoys persona non grata, or designates a group a terrorist or undesirable organisation, casts them out, a sanction on them; one declaring talks a success casts out no one",
			text: "The Latvian government on Thursday declared two Hungarian diplomats persona non grata. " +
				"Estonia on Monday designated the Northern Liberation Front a terrorist organisation. " +
				"The Kovel Foundation was declared an undesirable organisation by Belarus on Friday. " +
				"Ilse Varga declared the talks a success on Tuesday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-08", []string{"agent:country/latvia", "patient:country/hungary"}},
				{"SANCTION", "2025-05-12", []string{"agent:country/estonia", "patient:organization/northern-liberation-front"}},
				{"SANCTION", "2025-05-09", []string{"agent:country/belarus", "patient:organization/kovel-foundation"}},
			},
			count: map[string]int{"SANCTION": 3},
		},
		{
			name: "one who attributes or traces an attack or a cyberattack to another accuses that one; attributing a delay accuses no one",
			text: "The Defence Ministry of Estonia on Tuesday attributed the cyberattack to Russian military intelligence. " +
				"Police in Varnia traced the bombings to the Kalden Brigade on Friday. " +
				"Ilse Varga attributed the delay to the weather on Monday.",
			want: []wantEvent{
				{"ACCUSATION", "2025-05-06", []string{"agent:organization/defence-ministry--ee", "target:country/russia"}},
				{"ACCUSATION", "2025-05-09", []string{"target:organization/kalden-brigade"}},
			},
			count: map[string]int{"ACCUSATION": 2},
		},
		{
			name: "a participle's object pronoun that takes up the verb's object of a state's agents accuses their state; one taking up journalists accuses no state",
			text: "Lithuania expelled two Belarusian diplomats on Monday, accusing them of spying. " +
				"Latvia expelled two Russian journalists on Friday, accusing them of spreading propaganda.",
			want: []wantEvent{
				{"ACCUSATION", "2025-05-12", []string{"agent:country/lithuania", "target:country/belarus"}},
				{"ACCUSATION", "2025-05-09", []string{"agent:country/latvia"}},
			},
			notParts: []string{"target:country/russia"},
		},
		{
			name: "\"persona non grata\" is one noun, the complement of the verb that declares it, whatever the tagger makes of its words: the participle after it is the declaring state's",
			text: "The Latvian government on Friday declared three Belarusian diplomats persona non grata, accusing them of running a disinformation campaign.",
			want: []wantEvent{
				{"SANCTION", "2025-05-09", []string{"agent:country/latvia", "patient:country/belarus"}},
				{"ACCUSATION", "2025-05-09", []string{"agent:country/latvia", "target:country/belarus"}},
			},
		},
		{
			name: "a noun in an \"in\" phrase of a verb a modal puts in the future is yet to be held; of a past verb, held",
			text: "Voters in Portugal will go to the polls on Sunday in a snap election.",
			not:  []string{"ELECTION"},
		},
		{
			name: "a noun in an \"in\" phrase of a past verb is held",
			text: "Voters in Spain went to the polls on Sunday in a snap election.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"place:country/spain"}},
			},
		},
		{
			name: "the town an envoy is recalled or expelled from is where he served, not the sanction's patient",
			text: "Belarus responded on Tuesday by recalling its envoy from Vilnius for consultations.",
			want: []wantEvent{
				{"SANCTION", "2025-05-06", []string{"agent:country/belarus"}},
			},
			notParts: []string{"patient:place/vilnius"},
		},
		{
			name: "one who replaces or succeeds another, told in the passive, takes the post of the one replaced, named or not; a thing replaced gives no post",
			text: "Interior minister Tomas Brill resigned on Friday. He was replaced by Lena Dravik. " +
				"Ana Holm was succeeded by Ivo Dorn as party leader. " +
				"The old tax code was replaced by a new one.",
			want: []wantEvent{
				{"APPOINTMENT", "", []string{"patient:person/lena-dravik"}},
				{"APPOINTMENT", "", []string{"patient:person/ivo-dorn"}},
			},
			notParts: []string{"patient:person/tomas-brill", "patient:person/ana-holm"},
		},
		{
			name: "a state suspending its aid to another sanctions the other; a body suspending its sitting sanctions no one",
			text: "Germany suspended development aid to Niger on Tuesday. " +
				"The Harvest Party suspended the sitting on Wednesday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-06", []string{"agent:country/germany", "patient:country/niger"}},
			},
			once: []string{"SANCTION"},
		},
		{
			name: "a state suspending imports of another's goods sanctions the other; one suspending its own exports sanctions no one",
			text: "Beijing suspended imports of Lithuanian beef on Tuesday. " +
				"India suspended rice exports on Wednesday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-06", []string{"agent:country/china", "patient:country/lithuania"}},
			},
			once: []string{"SANCTION"},
		},
		{
			name: "one replaced by a kinsman named after a possessive is replaced by the kinsman, not by himself",
			text: "Tomas Brill was succeeded by his son Mihai Brill.",
			want: []wantEvent{
				{"APPOINTMENT", "", []string{"patient:person/mihai-brill"}},
			},
			notParts: []string{"patient:person/tomas-brill"},
		},
		{
			name: "a time after a quotation dates the verb the quotation hangs on, not a word inside it",
			text: "Lena Dravik called the verdict 'unacceptable and politically motivated' on Wednesday.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-07", []string{"agent:person/lena-dravik"}},
			},
		},
		{
			name: "a state's envoy summoned, a charge d'affaires or a consul as much as an ambassador, is the state's: the meeting's patient",
			text: "Estonia summoned the Russian charge d'affaires on Friday. " +
				"Latvia summoned the Belarusian consul on Thursday.",
			want: []wantEvent{
				{"MEETING", "2025-05-09", []string{"agent:country/estonia", "patient:country/russia"}},
				{"MEETING", "2025-05-08", []string{"agent:country/latvia", "patient:country/belarus"}},
			},
		},
		{
			// the parse may read the particle as a preposition, "in the
			// ambassador", and the envoy's state as a place
			name: "an envoy called in is summoned; other things called in are not",
			text: "Latvia called in the Belarusian ambassador on Thursday. " +
				"The government called in the army on Friday. Ivo Dorn called in sick on Monday.",
			want: []wantEvent{
				{"MEETING", "2025-05-08", []string{"agent:country/latvia", "patient:country/belarus"}},
			},
			count:    map[string]int{"MEETING": 1},
			notParts: []string{"place:country/belarus"},
		},
		{
			name: "an act others expect, predict or forecast is not told done",
			text: "Analysts expect the Civic Party to win the election. Pollsters predict the Union Party to lose its majority. " +
				"Ivo Dorn resigned on Monday.",
			want: []wantEvent{
				{"RESIGNATION", "2025-05-12", []string{"agent:person/ivo-dorn"}},
			},
			not: []string{"ELECTION"},
		},
		{
			name: "an infringement procedure or legal proceedings opened against a state are a legal action against it",
			text: "The European Commission on Wednesday opened an infringement procedure against Hungary over its new media law. " +
				"The Commission launched legal proceedings against Poland in March.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-07", []string{"agent:organization/european-commission", "patient:country/hungary"}},
				{"LEGAL_ACTION", "2025-03", []string{"agent:organization/european-commission", "patient:country/poland"}},
			},
		},
		{
			name: "an envoy recalled from a capital the parse hangs on the envoy still strikes the capital's state",
			text: "Latvia recalled its own ambassador from Minsk on Tuesday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-06", []string{"agent:country/latvia", "patient:country/belarus", "place:place/minsk"}},
			},
		},
		{
			name: "an envoy recalled from a capital strikes the state he was posted to, the capital's",
			text: "Belarus responded on Tuesday by recalling its ambassador from Vilnius.",
			want: []wantEvent{
				{"SANCTION", "2025-05-06", []string{"agent:country/belarus", "patient:country/lithuania", "place:place/vilnius"}},
			},
		},
		{
			name: "a bloc suspending a state strikes the state; a party suspending a member dismisses her",
			text: "The African Union suspended Niger from the bloc on Monday. " +
				"The Harvest Party suspended Ana Holm from its caucus on Tuesday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-12", []string{"agent:organization/african-union", "patient:country/niger"}},
				{"DISMISSAL", "2025-05-06", []string{"patient:person/ana-holm"}},
			},
			once: []string{"SANCTION", "DISMISSAL"},
		},
		{
			name: "voters who reject or approve a referendum hold it, on their verdict's day, where they vote; lawmakers who reject one stop it",
			text: "Voters in Ireland rejected the EU referendum on Sunday. " +
				"Danish voters on Saturday approved the constitutional referendum. " +
				"Lawmakers in Malta rejected a referendum on Tuesday.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"place:country/ireland"}},
				{"ELECTION", "2025-05-10", []string{"place:country/denmark"}},
			},
			notParts: []string{"place:country/malta"},
		},
		{
			name: "voters who decide a matter in a vote hold a referendum, told once, on the vote's day, in the story's country",
			text: "Latvian officials spoke on Monday. The referendum passed with 58% of the vote. " +
				"Voters approved the change in Sunday's vote.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"place:country/latvia"}},
			},
			once: []string{"ELECTION"},
		},
		{
			name: "voters who decide a matter in a vote the parse hangs on the matter hold it where they vote",
			text: "Voters in Tarvia rejected the amendment in a vote on Sunday.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"place:place/tarvia"}},
			},
		},
		{
			name: "lawmakers who decide a matter in a vote hold no election",
			text: "Lawmakers in Tarvia rejected the amendment in a vote on Sunday.",
			not:  []string{"ELECTION"},
		},
		{
			name: "whom a participle's clause after a comma names (\"dealing a blow to President X\") takes no part in the vote the noun before it tells",
			text: "The EU referendum in Moldova passed with 50.4 percent of the vote on Sunday, dealing a blow to President Ivan Dorin.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"place:country/moldova"}},
			},
			notParts: []string{"participant:person/ivan-dorin"},
		},
		{
			name: "a vote in which something was done is dated by the doing, wherever the parse hangs it",
			text: "Irish voters backed the treaty in a referendum on Sunday.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"place:country/ireland"}},
			},
		},
		{
			name: "a vote in which something was done is dated by the doing, through the verb that takes the doing",
			text: "Moldovans narrowly backed joining the EU in a referendum on Saturday.",
			want: []wantEvent{
				{"ELECTION", "2025-05-10", []string{"place:country/moldova"}},
			},
		},
		{
			name: "citizens who vote in a referendum or an election cast ballots in it: the election, no chamber's vote",
			text: "Britons voted to leave the EU in a referendum in June 2016.",
			want: []wantEvent{{"ELECTION", "2016-06", []string{"place:country/united-kingdom"}}},
			not:  []string{"VOTE"},
		},
		{
			name: "citizens who vote in a referendum, the time before it, cast ballots in it",
			text: "Moldovans voted on Sunday in an EU referendum.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"participant:country/moldova"}}},
			not:  []string{"VOTE"},
		},
		{
			name: "a people that votes in a referendum holds it where it lives, beside another state's vote; one that meddles in an election does not",
			text: "Britons voted to leave the EU in a referendum in June 2016. " +
				"Moldovans voted on Sunday in an EU referendum. " +
				"Russians interfered in the 2020 election in the United States.",
			want: []wantEvent{
				{"ELECTION", "2016-06", []string{"place:country/united-kingdom"}},
				{"ELECTION", "2025-05-11", []string{"participant:country/moldova"}},
			},
			notParts: []string{"place:country/russia"},
		},
		{
			name: "a plan rejected or voted against in a referendum met a vote held, whatever the parse hangs the referendum on; a plan for one is no vote",
			text: "Swiss voters rejected the plan in a referendum on Sunday.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"place:country/switzerland"}}},
		},
		{
			name: "voters who vote against a plan in a referendum cast ballots in it: no chamber's vote",
			text: "Austrian voters voted against the plan in a referendum on Saturday.",
			want: []wantEvent{{"ELECTION", "2025-05-10", []string{"place:country/austria"}}},
			not:  []string{"VOTE"},
		},
		{
			name: "a plan for a referendum is no vote held",
			text: "The government of Austria announced a plan for a referendum on Saturday.",
			not:  []string{"ELECTION"},
		},
		{
			name: "one who declares or proclaims himself to an office takes it; one who declares himself innocent takes none",
			text: "Colonel Issa Marandou declared himself head of state on Thursday. " +
				"General Habib Seydou proclaimed himself president on Friday. " +
				"Ivo Dorn declared himself innocent on Monday.",
			want: []wantEvent{
				{"APPOINTMENT", "2025-05-08", []string{"patient:person/issa-marandou"}},
				{"APPOINTMENT", "2025-05-09", []string{"patient:person/habib-seydou"}},
			},
			notParts: []string{"patient:person/ivo-dorn"},
		},
		{
			name: "one who names or appoints himself to an office takes it, and no place in the office's title is appointed",
			text: "Colonel Mamady Tarou named himself interim president of Guinea on Thursday. " +
				"General Lina Sorel appointed herself head of state on Friday. " +
				"Ivo Dorn named himself in the lawsuit on Monday.",
			want: []wantEvent{
				{"APPOINTMENT", "2025-05-08", []string{"patient:person/mamady-tarou"}},
				{"APPOINTMENT", "2025-05-09", []string{"patient:person/lina-sorel"}},
			},
			notParts: []string{"patient:country/guinea", "agent:person/mamady-tarou", "agent:person/lina-sorel", "patient:person/ivo-dorn"},
		},
		{
			name: "police who use water cannon against protesters, fire tear gas at them or disperse them meet a protest, which they do not hold; funds used are none; live rounds fired at them are an attack",
			text: "Police used water cannon and tear gas against protesters in Belgrade on Saturday. " +
				"Serbian police fired tear gas at demonstrators in Novi Sad on Friday. " +
				"Riot police dispersed the protesters outside parliament in Podgorica on Sunday. " +
				"The ministry used the funds to build schools in Skopje on Monday. " +
				"Soldiers fired live rounds at protesters in Kotor on Thursday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-10", []string{"place:place/belgrade"}},
				{"PROTEST", "2025-05-09", []string{"place:place/novi-sad"}},
				{"PROTEST", "2025-05-11", []string{"place:place/podgorica"}},
				{"ATTACK", "2025-05-08", []string{"place:place/kotor"}},
			},
			once:     []string{"ATTACK"},
			notParts: []string{"agent:country/serbia", "place:place/skopje"},
		},
		{
			name: "police who fire means of riot control at protesters, the target hung on the last of the means, or use them to disperse protesters meet a protest; not police who will disperse them",
			text: "Riot police fired tear gas and water cannon at demonstrators in Tarsk on Sunday. " +
				"Police used rubber bullets to disperse protesters in Velmora on Monday. " +
				"Police will disperse any protesters in Ostrel, the minister warned on Tuesday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-11", []string{"place:place/tarsk"}},
				{"PROTEST", "2025-05-12", []string{"place:place/velmora"}},
			},
			not:      []string{"ATTACK"},
			notParts: []string{"place:place/ostrel"},
		},
		{
			name: "the protest police met and the rally its sentence tells are one protest",
			text: "Police used water cannon against protesters in Belgrade on Saturday, as thousands of demonstrators rallied against Prime Minister Dario Vellic.",
			want: []wantEvent{{"PROTEST", "2025-05-10", []string{"place:place/belgrade", "target:person/dario-vellic"}}},
			once: []string{"PROTEST"},
		},
		{
			name: "a sanction placed on someone is imposed, on the day it is placed, by who places it; one placed under arrest is arrested",
			text: "The United States placed visa restrictions on 14 Georgian officials on Wednesday. Police placed Ivo Dorn under arrest on Monday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-07", []string{"agent:country/united-states", "patient:country/georgia"}},
				{"ARREST", "2025-05-12", []string{"patient:person/ivo-dorn"}},
			},
		},
		{
			name: "a verb that tells an event of its own and carries a noun shares its subject with the noun: what is announced is done",
			text: "China announced an export ban on gallium on Wednesday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-07", []string{"agent:country/china"}},
			},
		},
		{
			name: "a gerund's clause that a conjunction of time opens is done by the verb's subject, and its object pronoun is someone else",
			text: "President Tomas Velk sacked his defence minister on Monday after accusing him of plotting a coup.",
			want: []wantEvent{
				{"ACCUSATION", "2025", []string{"agent:person/tomas-velk"}},
			},
			notParts: []string{"target:person/tomas-velk"},
		},
		{
			name: "a chamber that approves an appointment makes it, on the day it approves it",
			text: "Ghana's parliament on Tuesday approved the appointment of Ivo Dorn as finance minister.",
			want: []wantEvent{
				{"APPOINTMENT", "2025-05-06", []string{"agent:organization/parliament-of-ghana", "patient:person/ivo-dorn"}},
			},
		},
		{
			name: "a minister dropped from a cabinet is dismissed",
			text: "Prime Minister Ana Holm reshuffled her cabinet on Sunday, dropping Finance Minister Ivo Dorn.",
			want: []wantEvent{
				{"DISMISSAL", "2025-05-11", []string{"agent:person/ana-holm", "patient:person/ivo-dorn"}},
			},
		},
		{
			name: "one who drops out of a race, or charges dropped, is dismissed from nothing",
			text: "Ivo Dorn dropped out of the race on Monday. Prosecutors dropped the charges against Ana Holm on Friday.",
			not:  []string{"DISMISSAL"},
		},
		{
			name: "a ban or sanctions lifted end; none is imposed",
			text: "Nigeria lifted a ban on rice imports from Benin on Monday. " +
				"The United States lifted sanctions on Venezuela's oil sector on Wednesday.",
			not: []string{"SANCTION"},
		},
		{
			name: "a party's name holding \"and\" is one noun phrase, not a list whose first word is the subject",
			text: "Freedom and Homeland's leader, Piet Mallory, has resigned.",
			want: []wantEvent{
				{"RESIGNATION", "", []string{"agent:person/piet-mallory", "organization:party/freedom-and-homeland"}},
			},
			notParts: []string{"agent:party/freedom-and-homeland"},
		},
		{
			name: "a covert act a state does is interference: hacking it is accused of, a cyberattack it is blamed for, servers its intelligence hacked",
			text: "Poland blamed Belarus for the cyberattack on its railways. " +
				"Germany accused Russia of hacking into the servers of the Bundestag in 2015. " +
				"Chinese military intelligence hacked the Green Party's emails, prosecutors said.",
			want: []wantEvent{
				{"INTERFERENCE", "2015", []string{"agent:country/russia", "source:country/germany", "target:organization/bundestag"}},
				{"INTERFERENCE", "", []string{"agent:country/belarus", "source:country/poland"}},
				{"INTERFERENCE", "", []string{"agent:country/china"}},
			},
		},
		{
			name: "an act traced, linked or attributed to someone is alleged of that one, not done there, on the tracer's word",
			text: "The Norland Security Service said on Monday it had traced a disinformation campaign targeting Ana Holm to Chinese intelligence. " +
				"Poland linked a series of arson attacks to Moscow's military intelligence. " +
				"Germany's intelligence agency attributed a cyberattack on its servers to Russian military intelligence. " +
				"An influence operation was linked to Iran, officials said.",
			want: []wantEvent{
				{"INTERFERENCE", "", []string{"agent:country/china", "target:person/ana-holm", "source:organization/norland-security-service"}},
				{"ATTACK", "", []string{"agent:country/russia", "source:country/poland"}},
				{"INTERFERENCE", "", []string{"agent:country/russia"}},
				{"INTERFERENCE", "", []string{"agent:country/iran"}},
			},
			notParts: []string{"place:person/ana-holm", "place:place/moscow", "place:country/iran"},
		},
		{
			name: "the wrong a sanction, an expulsion or an arrest answers by a \"for\" clause is done by whom it is done to, on the answerer's word",
			text: "The European Union sanctioned Russia for interfering in the election in Moldova. " +
				"Poland imposed sanctions on Belarus for meddling in the referendum. " +
				"Germany expelled two Chinese diplomats for spying for Beijing.",
			want: []wantEvent{
				{"INTERFERENCE", "", []string{"agent:country/russia", "source:organization/european-union"}},
				{"INTERFERENCE", "", []string{"agent:country/belarus", "source:country/poland"}},
				{"INTERFERENCE", "", []string{"agent:country/china", "source:country/germany"}},
			},
		},
		{
			name: "\"on behalf of\" a state's body after a noun serves that state, whose body is no target",
			text: "Prosecutors in Germany said Ivo Dorn had spied on dissidents on behalf of China's Ministry of State Security since 2019. " +
				"Ana Holm passed documents to a journalist on behalf of the Chinese embassy, Belgian prosecutors said.",
			want: []wantEvent{
				{"INTERFERENCE", "2019", []string{"agent:country/china", "target:person/ivo-dorn"}},
				{"INTERFERENCE", "", []string{"agent:country/china", "target:person/ana-holm"}},
			},
			notParts: []string{"target:organization/ministry-of-state-security"},
		},
		{
			name: "the campaign a sanction answers, run by the one sanctioned, is that one's, where the parse hangs \"on\" on the sanctions",
			text: "The European Union imposed sanctions on the Tarsk Agency for running a disinformation campaign in Moldova.",
			want: []wantEvent{{"INTERFERENCE", "", []string{"agent:organization/tarsk-agency", "source:organization/european-union"}}},
		},
		{
			name:     "one an influence campaign targets is its target, not its place",
			text:     "The platform removed a Russian influence campaign targeting Ivo Dorn on Tuesday.",
			want:     []wantEvent{{"INTERFERENCE", "", []string{"agent:country/russia", "target:person/ivo-dorn"}}},
			notParts: []string{"place:person/ivo-dorn"},
		},
		{
			name: "concern one expresses or voices, a warning one issues, is a statement",
			text: "Foreign Minister Ana Holm expressed deep concern over the arrests. " +
				"Ivo Dorn voiced alarm at the verdict. " +
				"The Canadian Security Intelligence Service issued a warning that Chinese agents had targeted Petra Lind.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-12", []string{"agent:person/ana-holm"}},
				{"STATEMENT", "2025-05-12", []string{"agent:person/ivo-dorn"}},
				{"STATEMENT", "2025-05-12", []string{"agent:organization/canadian-security-intelligence-service"}},
			},
		},
		{
			name: "a backing compound tells who stands behind a group, no act of support",
			text: "An Iran-backed militia fired rockets at the base on Monday. The Kremlin-funded outlet Norpress aired the claim.",
			not:  []string{"SUPPORT"},
		},
		{
			name: "a warrant issued, support expressed, concerns dismissed are no statement",
			text: "The court issued an arrest warrant for Ivo Dorn. Ana Holm dismissed the concerns as overblown.",
			not:  []string{"STATEMENT"},
		},
		{
			name: "agents that target one of politics interfere, foreign ones too, though they name no state",
			text: "CSIS warned that Chinese agents were targeting Ivo Dorn. Foreign agents targeted Ana Holm in 2022, the report said.",
			want: []wantEvent{
				{"INTERFERENCE", "", []string{"agent:country/china", "target:person/ivo-dorn"}},
				{"INTERFERENCE", "2022", []string{"target:person/ana-holm"}},
			},
		},
		{
			name: "an operation or a network a state runs is interference, on the word of who says so",
			text: "Poland's Vesta agency said on Monday that the operation was directed by the GRU.",
			want: []wantEvent{
				{"INTERFERENCE", "", []string{"agent:country/russia", "source:organization/vesta"}},
			},
		},
		{
			name: "a network run from a state is its interference",
			text: "The Ostria Foreign Office said on Friday that the network was run from Iran. Meta removed 300 accounts linked to a campaign run from Iran.",
			want: []wantEvent{
				{"INTERFERENCE", "", []string{"agent:country/iran"}},
			},
		},
		{
			name: "a campaign a party runs, or a military operation a ministry directs, is no interference",
			text: "Officials said a campaign run by the Halden Party had targeted pensioners. " +
				"The army said the military operation was directed by the defence ministry.",
			not: []string{"INTERFERENCE"},
		},
		{
			name: "a covert act no state does is none",
			text: "A teenager hacked the school's website. Prosecutors charged Ivo Dorn with espionage on Wednesday.",
			not:  []string{"INTERFERENCE"},
		},
		{
			name: "hacking no state does, and hackers who target or break into what is someone's, attack the one named; no one else's",
			text: "Hackers targeted the Electoral Board's website on Sunday. " +
				"The Tarnow City Council's email system was hacked on Saturday. " +
				"Unknown attackers hacked the Velmar Ministry's servers on Friday. " +
				"The new plan targeted the Norrvik Council. A teenager hacked the school's website.",
			want: []wantEvent{
				{"ATTACK", "2025-05-11", []string{"patient:organization/electoral-board"}},
				{"ATTACK", "2025-05-10", []string{"patient:organization/tarnow-city-council"}},
				{"ATTACK", "2025-05-09", []string{"patient:organization/velmar-ministry"}},
			},
			notParts: []string{"patient:organization/norrvik-council"},
		},
		{
			name: "a cyberattack or hacking no state does, on or of what is someone's, attacks the one named",
			text: "A cyberattack on the Harbour Ministry's servers disrupted the count on Sunday.",
			want: []wantEvent{{"ATTACK", "2025-05-11", []string{"patient:organization/harbour-ministry"}}},
		},
		{
			name: "the hacking of what is someone's attacks the one named",
			text: "The hacking of the Pellan Party's email accounts began on Friday.",
			want: []wantEvent{{"ATTACK", "2025-05-09", []string{"patient:party/pellan-party"}}},
		},
		{
			name: "a cyberattack a state does stays interference, no attack",
			text: "Prime Minister Ada Velk blamed a Russian cyberattack on the Harbour Ministry's servers.",
			want: []wantEvent{{"INTERFERENCE", "", []string{"agent:country/russia"}}},
			not:  []string{"ATTACK"},
		},
		{
			name: "hackers a state modifies who break into or attack what is someone's interfere for that state; hackers no state is named for attack",
			text: "Russian hackers breached the Tarnow Election Board's servers in March, officials said. " +
				"Chinese hackers attacked the Velmar Ministry's email system on Friday. " +
				"Hackers breached the Norrvik Council's website on Thursday.",
			want: []wantEvent{
				{"INTERFERENCE", "2025-03", []string{"agent:country/russia", "target:organization/tarnow-election-board"}},
				{"INTERFERENCE", "2025-05-09", []string{"agent:country/china", "target:organization/velmar-ministry"}},
				{"ATTACK", "2025-05-08", []string{"patient:organization/norrvik-council"}},
			},
			notParts: []string{"patient:organization/tarnow-election-board", "patient:organization/velmar-ministry"},
		},
		{
			name: "hackers who steal from what is someone's attack the one named, for the state that modifies them; \"stole\" is their verb, no noun",
			text: "North Korean hackers stole emails from the Tarnow Election Board in March, officials said. " +
				"Hackers stole files from the Velmar Ministry's servers on Friday. " +
				"Thieves stole a car from the Norrvik Council on Thursday.",
			want: []wantEvent{
				{"INTERFERENCE", "2025-03", []string{"agent:country/north-korea", "target:organization/tarnow-election-board"}},
				{"ATTACK", "2025-05-09", []string{"patient:organization/velmar-ministry"}},
			},
			notParts: []string{"patient:organization/norrvik-council", "target:organization/norrvik-council"},
		},
		{
			name: "a state's agents who try or seek to recruit or bribe one of politics interfere",
			text: "Chinese agents tried to recruit Ivo Dorn, prosecutors said. " +
				"Russian intelligence sought to bribe two lawmakers in 2023.",
			want: []wantEvent{
				{"INTERFERENCE", "", []string{"agent:country/china", "target:person/ivo-dorn"}},
				{"INTERFERENCE", "2023", []string{"agent:country/russia"}},
			},
		},
		{
			name: "a clause joined by \"and\" to a later one of speech is no report of that speaker's",
			text: "The European Union condemned Russia's hybrid attacks on member states, and NATO Secretary General Ivo Dorn said the alliance would respond.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:organization/european-union", "target:country/russia"}},
				{"STATEMENT", "2025-05-12", []string{"agent:person/ivo-dorn"}},
			},
			notParts: []string{"source:person/ivo-dorn"},
		},
		{
			name: "a state's officers named by a service it modifies are the state's: the sanction is on it",
			text: "The United States imposed sanctions on Tuesday on two Iranian intelligence officers.",
			want: []wantEvent{{"SANCTION", "2025-05-06", []string{"agent:country/united-states", "patient:country/iran"}}},
		},
		{
			name:     "a state's agents a participle says are accused are the accusation's target, not its agent",
			text:     "The United States imposed sanctions on two Russian diplomats accused of spying.",
			want:     []wantEvent{{"ACCUSATION", "2025-05-12", []string{"target:country/russia"}}},
			notParts: []string{"agent:country/russia"},
		},
		{
			name: "an arrest told by a gerund is an arrest",
			text: "The plot was foiled, Velmar police said on Sunday after arresting Ivo Dorn in Tarnow. " +
				"Guards were detaining Ana Holm at the border when the order came.",
			want: []wantEvent{
				{"ARREST", "2025", []string{"patient:person/ivo-dorn", "place:place/tarnow"}},
				{"ARREST", "", []string{"patient:person/ana-holm"}},
			},
		},
		{
			name: "one named to replace or succeed someone is given that one's post, with no title said",
			text: "President Ivo Dorn on Wednesday fired his prime minister, Ana Holm, and named Marek Novak to replace her.",
			want: []wantEvent{
				{"DISMISSAL", "2025-05-07", []string{"agent:person/ivo-dorn", "patient:person/ana-holm"}},
				{"APPOINTMENT", "2025-05-07", []string{"agent:person/ivo-dorn", "patient:person/marek-novak"}},
			},
		},
		{
			name: "a participle right after the noun of a verb's prepositional phrase is what that noun does, not the verb's subject",
			text: "Kenyan police fired tear gas on Tuesday at hundreds of students protesting the arrest of a lecturer.",
			want: []wantEvent{{"ATTACK", "2025-05-06", []string{"agent:country/kenya"}}},
			not:  []string{"SUPPORT"},
		},
		{
			name: "a bare name before the means of an attack (a weapon, a word of the trigger's phrase) owns the means and makes the attack; an air raid is an attack",
			text: "Sudan condemned the U.S. missile strike on a factory near Omdurman. " +
				"Lebanon condemned the Israeli air raid on Tyre.",
			want: []wantEvent{
				{"ATTACK", "", []string{"agent:country/united-states"}},
				{"ATTACK", "", []string{"agent:country/israel", "place:place/tyre"}},
			},
			notParts: []string{"patient:country/united-states"},
		},
		{
			name: "a verb after the opening noun and before one joined to it by \"and\" is the sentence's verb, not a participle on the name's title",
			text: "Police arrested opposition leader Ana Holm on Thursday and charged her with fraud.",
			want: []wantEvent{
				{"ARREST", "2025-05-08", []string{"patient:person/ana-holm"}},
				{"LEGAL_ACTION", "2025-05-08", []string{"patient:person/ana-holm"}},
			},
			notParts: []string{"agent:person/ana-holm"},
		},
		{
			name: "a visit that what a clause does is done on or during is made by the clause's subject, on the clause's day, though the parse hangs it on the object",
			text: "Foreign Minister Ana Holm laid a wreath at the embassy on Tuesday during a visit to Kenya. " +
				"Interior Minister Ivo Dorn paid tribute Thursday to the victims of the flood on a visit to Mozambique.",
			want: []wantEvent{
				{"MEETING", "2025-05-06", []string{"agent:person/ana-holm", "participant:country/kenya"}},
				{"MEETING", "2025-05-08", []string{"agent:person/ivo-dorn"}},
			},
		},
		{
			name: "a state that deplores something criticises it, the day between the verb and its object",
			text: "South Africa deplored Friday the bomb blasts in Nairobi.",
			want: []wantEvent{{"CRITICISM", "2025-05-09", []string{"agent:country/south-africa"}}},
		},
		{
			name: "a particle follows the verb or its object: \"off\" after a phrase opens a phrase of its own, no \"fire off\"",
			text: "North Korea fired a ballistic missile into the sea off its east coast on Sunday.",
			want: []wantEvent{{"ATTACK", "2025-05-11", []string{"agent:country/north-korea"}}},
			not:  []string{"CRITICISM"},
		},
		{
			name: "a court's finding, ruling on an appeal or a case is its legal action against whom the case is, whatever else the verb tells",
			text: "A court in Sofia found Marta Velkova guilty of embezzlement on Monday. " +
				"A jury in Warsaw found former mayor Tomasz Krall not guilty of abuse of office on Friday. " +
				"France's highest court rejected the appeal of former minister Claire Dumesnil on Wednesday. " +
				"A court in Dhaka on Sunday dismissed the case against opposition leader Rahim Chowdury.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-12", []string{"patient:person/marta-velkova"}},
				{"LEGAL_ACTION", "2025-05-09", []string{"patient:person/tomasz-krall"}},
				{"LEGAL_ACTION", "2025-05-07", []string{"patient:person/claire-dumesnil"}},
				{"LEGAL_ACTION", "2025-05-11", []string{"patient:person/rahim-chowdury"}},
			},
			not: []string{"DENIAL", "DISMISSAL"},
		},
		{
			name: "lawmakers who impeach a president vote on him: no dismissal, which only a trial's verdict makes",
			text: "Lawmakers in South Korea's National Assembly impeached President Tomas Varga on Friday.",
			want: []wantEvent{{"VOTE", "2025-05-09", []string{"participant:person/tomas-varga"}}},
			not:  []string{"DISMISSAL"},
		},
		{
			name: "one removed from office or a post is dismissed; what is removed is no one dismissed",
			text: "The Constitutional Court removed President Tomas Varga from office on Friday. Police removed the barricades outside parliament on Saturday.",
			want: []wantEvent{{"DISMISSAL", "2025-05-09", []string{"patient:person/tomas-varga"}}},
			once: []string{"DISMISSAL"},
		},
		{
			name: "where one says something at a briefing or a news conference is where the briefing is held",
			text: "Foreign Ministry spokesman Li Wen said at a regular news briefing in Beijing on Tuesday that China opposed the sanctions. " +
				"Prime Minister Elena Dorn said at a news conference in Kyiv on Wednesday that the talks had failed.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-06", []string{"agent:person/li-wen", "place:place/beijing"}},
				{"STATEMENT", "2025-05-07", []string{"agent:person/elena-dorn", "place:place/kyiv"}},
			},
		},
		{
			name: "a government named after its leader that survives or loses a confidence vote: the leader undergoes the vote",
			text: "The government of Prime Minister Elena Dorn lost a no-confidence vote in the Sejm on Wednesday. Tomas Varga's cabinet survived a confidence vote on Thursday.",
			want: []wantEvent{
				{"VOTE", "2025-05-07", []string{"participant:person/elena-dorn"}},
				{"VOTE", "2025-05-08", []string{"participant:person/tomas-varga"}},
			},
		},
		{
			name: "a chamber named by a common noun votes as the one chamber the article names; with none named, no state is made the voter",
			text: "Lawmakers in the Sejm debated the budget on Thursday. The lower house approved the budget on Friday.",
			want: []wantEvent{{"VOTE", "2025-05-09", []string{"agent:organization/sejm"}}},
		},
		{
			name: "an unnamed parliament is no state",
			text: "The parliament approved the bill on Friday.",
			not:  []string{"VOTE"},
		},
		{
			name: "agency copy's \"X made the remarks at ... in PLACE\" sets what X said just before in that place",
			text: "Foreign Ministry spokesman Li Wen on Monday urged the United States to stop arming Taiwan. Li made the remarks at a regular press briefing in Beijing. " +
				"Elena Dorn criticised the budget on Tuesday. She made the comments in Paris.",
			want: []wantEvent{
				{"REQUEST", "2025-05-12", []string{"agent:person/li-wen", "place:place/beijing"}},
				{"CRITICISM", "2025-05-06", []string{"agent:person/elena-dorn", "place:place/paris"}},
			},
		},
		{
			name: "a measure passed or defeated with no voter named is voted on in the one chamber the article names",
			text: "Lawmakers in the Sejm debated a motion to suspend Daniel Marsh on Tuesday. The motion was passed by 110 votes to 79, and Marsh left the chamber.",
			want: []wantEvent{{"VOTE", "", []string{"participant:organization/sejm"}}},
		},
		{
			name: "a name in an \"of\" phrase run into the day after it is the noun's: the nominee is the vote's, the day the verb's",
			text: "The Senate rejected the nomination of Daniel Marsh on Thursday.",
			want: []wantEvent{{"VOTE", "2025-05-08", []string{"participant:person/daniel-marsh"}}},
		},
		{
			name: "a court upholding a conviction rules against whose conviction it is",
			text: "Pavel Ostrik lost his appeal. An appeals court upheld his conviction on Friday.",
			want: []wantEvent{{"LEGAL_ACTION", "2025-05-09", []string{"patient:person/pavel-ostrik"}}},
		},
		{
			name: "a time in a \"for\" phrase of the verb an election is the object of is the election's own, not when it was called",
			text: "Prime Minister Arnold Vesk on Sunday called a snap election in Canada for April 28.",
			want: []wantEvent{{"ELECTION", "2025-04-28", []string{"place:country/canada"}}},
		},
		{
			name: "a participle with a phrase of its own after a noun inside the object modifies that noun: the election keeps its own date, not the ruling's",
			text: "Romania's Constitutional Court annulled the first round of the presidential election held on November 24.",
			want: []wantEvent{
				{"ELECTION", "2024-11-24", []string{"place:country/romania"}},
				{"LEGAL_ACTION", "", []string{"agent:organization/constitutional-court--ro"}},
			},
		},
		{
			name: "a time the election is set for is its own",
			text: "President Ilan Moser set the presidential election in Chile for May 4.",
			want: []wantEvent{{"ELECTION", "2025-05-04", []string{"place:country/chile"}}},
		},
		{
			name: "the time of what a happening sparked is the sequel's, not the happening's",
			text: "The arrest of opposition leader Tomas Vell sparked protests in Minsk on Sunday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-11", []string{"place:place/minsk"}},
				{"ARREST", "", []string{"patient:person/tomas-vell"}},
			},
		},
		{
			name: "an arrest or a conviction told as where a tenure ends still happened, at the time its phrase closes on",
			text: "Ana Sorel served as mayor until her arrest in 2019. Viktor Raal led the Harbour Party until his conviction in 2011.",
			want: []wantEvent{
				{"ARREST", "2019", []string{"patient:person/ana-sorel"}},
				{"LEGAL_ACTION", "2011", []string{"patient:person/viktor-raal"}},
			},
		},
		{
			name: "within hours of a dated happening is that happening's day",
			text: "Lars Hovde resigned as economy minister within hours of the vote on Wednesday.",
			want: []wantEvent{{"RESIGNATION", "2025-05-07", []string{"agent:person/lars-hovde"}}},
		},
		{
			name: "a place noun the attack hits is the place its \"of\" phrase names",
			text: "The port city of Odesa was hit by missiles on Sunday. The border town of Sumy was shelled on Saturday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-11", []string{"place:place/odesa"}},
				{"ATTACK", "2025-05-10", []string{"place:place/sumy"}},
			},
		},
		{
			name:     "who reacts to a happening that draws a reaction takes no part in the happening",
			text:     "The visit drew protests from China on Tuesday.",
			want:     []wantEvent{{"PROTEST", "2025-05-06", []string{"agent:country/china"}}},
			not:      []string{"MEETING"},
			notParts: []string{"participant:country/china"},
		},
		{
			name: "legislators left unnamed vote as their country",
			text: "Lawmakers in Hungary voted 120-80 on Wednesday to approve the new media law.",
			want: []wantEvent{{"VOTE", "2025-05-07", []string{"agent:country/hungary"}}},
		},
		{
			name: "legislators left unnamed vote as the one legislature the article names",
			text: "Kenya's National Assembly met on Monday. Lawmakers approved the finance bill on Tuesday.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"agent:organization/national-assembly-of-kenya"}}},
		},
		{
			name: "a pronoun right after the time a verb of saying takes is the reported clause's subject, not the time's",
			text: "Senator Rosa Undal said on Thursday she had quit the Liberal Party. The European Union said on Friday it had imposed new sanctions on Iran.",
			want: []wantEvent{
				{"RESIGNATION", "2025-05-08", []string{"agent:person/rosa-undal"}},
				{"SANCTION", "", []string{"agent:organization/european-union", "patient:country/iran"}},
			},
		},
		{
			name: "the time of a verb that draws a reaction dates the reaction its object tells",
			text: "The remarks sparked condemnation from Germany on Wednesday. The plan drew protests from China on Tuesday.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-07", []string{"agent:country/germany"}},
				{"PROTEST", "2025-05-06", []string{"agent:country/china"}},
			},
		},
		{
			name:     "a name a nationality opens is met whole, though a place follows it",
			text:     "Prime Minister Ada Rusk met French President Emmanuel Macron in Paris on Friday.",
			want:     []wantEvent{{"MEETING", "2025-05-09", []string{"agent:person/ada-rusk", "participant:person/emmanuel-macron"}}},
			notParts: []string{"participant:country/france"},
		},
		{
			name:     "a letter asking is one request, of the one written to, whom the asking's object pronoun stands for",
			text:     "Rival MP Ivo Brask wrote to President Emmanuel Macron on Wednesday asking him to intervene.",
			want:     []wantEvent{{"REQUEST", "2025-05-07", []string{"agent:person/ivo-brask", "participant:person/emmanuel-macron"}}},
			not:      []string{"STATEMENT"},
			notParts: []string{"participant:person/ivo-brask"},
		},
		{
			name: "a statement issued condemning or praising is one criticism or support, by its issuer, on the issuing's day",
			text: "Amnesty International issued a statement on Monday condemning the verdict against Ivo Dorn, a journalist from Velmora. " +
				"The Velmora Bar Association released a statement on Friday praising Judge Emil Sarto. " +
				"The Free Citizens Party issued a statement on Wednesday criticising Prime Minister Ona Velt over the new tax.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:organization/amnesty-international", "target:person/ivo-dorn"}},
				{"SUPPORT", "2025-05-09", []string{"agent:organization/velmora-bar-association", "target:person/emil-sarto"}},
				{"CRITICISM", "2025-05-07", []string{"agent:party/free-citizens-party", "target:person/ona-velt"}},
			},
			not: []string{"STATEMENT"},
		},
		{
			name: "a participle's request is made when the verb it hangs on is done",
			text: "Ada Rusk spoke on Tuesday, asking Pavel Orlov for calm.",
			want: []wantEvent{{"REQUEST", "2025-05-06", []string{"agent:person/ada-rusk", "participant:person/pavel-orlov"}}},
		},
		{
			name: "a court that upholds, overturns or strikes down does a legal action; a judge who bars does too, a party does not",
			text: "Kenya's Supreme Court upheld the conviction of former minister Ansel Drav on Friday. On Thursday, Justice Lucy Moran barred the Speaker, Edwin Kalo, from acting on the letter. The Constitutional Court of Ukraine on Tuesday struck down the law. The Harbour Party barred Ivo Dorn from standing.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-09", []string{"patient:person/ansel-drav"}},
				{"LEGAL_ACTION", "2025-05-08", []string{"agent:person/lucy-moran", "patient:person/edwin-kalo"}},
				{"LEGAL_ACTION", "2025-05-06", nil},
			},
			notParts: []string{"patient:person/ivo-dorn", "agent:person/ivo-dorn"},
		},
		{
			name: "an electoral authority that bars, disqualifies, refuses to register or annuls rules as a court does; a party that bars does not",
			text: "The Central Electoral Commission of Tessaly on Friday barred opposition leader Marta Vells from the presidential race. " +
				"On Saturday the commission disqualified Janos Pirk and refused to register the Workers' Union party. " +
				"Election officials disqualified Dana Orlo on Sunday. The Harbour Party barred Ivo Dorn from standing.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-09", []string{"agent:organization/central-electoral-commission-of-tessaly", "patient:person/marta-vells"}},
				{"LEGAL_ACTION", "2025-05-10", []string{"agent:organization/central-electoral-commission-of-tessaly", "patient:person/janos-pirk"}},
				{"LEGAL_ACTION", "2025-05-10", []string{"agent:organization/central-electoral-commission-of-tessaly", "patient:party/workers-union"}},
				{"LEGAL_ACTION", "2025-05-11", []string{"patient:person/dana-orlo"}},
			},
			notParts: []string{"patient:person/ivo-dorn", "agent:person/ivo-dorn"},
		},
		{
			name: "charges dropped or withdrawn are a legal action on the one they were against; a verb that drops or withdraws anything else tells none",
			text: "Prosecutors dropped all charges against Lev Oran on Monday. The state prosecutor withdrew the case against Ida Kessel on Tuesday. " +
				"Mira Tesk withdrew from the race on Wednesday. Velmark withdrew its ambassador on Thursday. The Civic Alliance dropped its plan on Friday.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-12", []string{"patient:person/lev-oran"}},
				{"LEGAL_ACTION", "2025-05-06", []string{"patient:person/ida-kessel"}},
			},
			count: map[string]int{"LEGAL_ACTION": 2},
		},
		{
			name: "a court petitioned or gone to hears the case: the one who goes acts, the court takes part, and the petition filed then is the same action",
			text: "Opposition MP Rosa Undal went to the High Court in Nairobi on Wednesday and filed a petition to stop the Speaker from acting. The opposition leader, Hana Ortiz, petitioned the Constitutional Court of Ukraine on Monday to annul the decree.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-07", []string{"agent:person/rosa-undal", "participant:organization/high-court--ke", "place:place/nairobi"}},
				{"LEGAL_ACTION", "2025-05-12", []string{"agent:person/hana-ortiz", "participant:organization/constitutional-court-of-ukraine"}},
			},
		},
		{
			name: "a court's ruling in someone's favour is a legal action, whatever CAMEO codes the favour",
			text: "A court in Lisbon ruled in favour of Aurora Mendes in 1995.",
			want: []wantEvent{{"LEGAL_ACTION", "1995", []string{"place:place/lisbon"}}},
			not:  []string{"SUPPORT"},
		},
		{
			name:     "a state is no one arrested: the possessor of the leader arrested names whose leader",
			text:     "Governments reacted on Tuesday to the arrest of Ukraine's best-known opposition leader.",
			notParts: []string{"patient:country/ukraine"},
		},
		{
			name: "conjoined verbs of one legal action are one event, of a court gone to by people it does not name",
			text: "The seven MPs went to the High Court in Nairobi on Wednesday afternoon and filed a petition to stop the Speaker from acting on the letter.",
			want: []wantEvent{{"LEGAL_ACTION", "2025-05-07", []string{"place:place/nairobi"}}},
			once: []string{"LEGAL_ACTION"},
		},
		{
			name: "protests a capital's state is drawn into are its own; protests staged from city to city are not a state's",
			text: "The visit drew protests from Beijing on Tuesday. Farmers staged protests from Paris to Lyon on Thursday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-06", []string{"agent:country/china"}},
				{"PROTEST", "2025-05-08", []string{"place:place/paris"}},
			},
			notParts: []string{"place:country/china", "place:place/beijing", "agent:country/france", "place:country/france"},
		},
		{
			name: "who finished second in an election ran in it, and so does the subject of a clause that weeks after it tell of",
			text: "Ivan Grosz was arrested in 2019, weeks after finishing second in that year's presidential election.",
			want: []wantEvent{{"ELECTION", "2019", []string{"participant:person/ivan-grosz"}}},
		},
		{
			name: "what a law deems to have happened is a rule, no event",
			text: "The Harbour Party expelled Ivo Dorn on Monday. Under the Political Parties Act, an MP elected on one party's ticket who joins another is deemed to have resigned from the party and may lose the seat.",
			want: []wantEvent{{"DISMISSAL", "2025-05-12", []string{"patient:person/ivo-dorn"}}},
			not:  []string{"RESIGNATION"},
		},
		{
			name:     "interference in an election is dated by it, and the state that interferes held no vote",
			text:     "Russia interfered in the 2024 election, officials in Chisinau said.",
			want:     []wantEvent{{"INTERFERENCE", "2024", []string{"agent:country/russia"}}},
			notParts: []string{"place:country/russia"},
		},
		{
			name: "what happened during a dated event happened then",
			text: "Police detained Mirko Dal during the 2019 protests in Minsk.",
			want: []wantEvent{{"ARREST", "2019", []string{"patient:person/mirko-dal"}}},
		},
		{
			name: "a protest expressed is carried by its verb, and dated by it",
			text: "On Thursday, the Ministry of Foreign Affairs of China expressed a strong protest to Japan.",
			want: []wantEvent{{"PROTEST", "2025-05-08", nil}},
		},
		{
			name: "a deal struck, reached or sealed is an agreement, dated and done by who struck it",
			text: "Pakistan and India struck a ceasefire deal on Saturday. Serbia sealed a gas deal with Russia on Thursday.",
			want: []wantEvent{
				{"AGREEMENT", "2025-05-10", []string{"agent:country/pakistan", "agent:country/india"}},
				{"AGREEMENT", "2025-05-08", []string{"agent:country/serbia"}},
			},
			not: []string{"ATTACK"},
		},
		{
			name: "a pact formed is an agreement, dated and done by those who form it",
			text: "The Harvest Party and the Civic Bloc formed an electoral pact on Tuesday.",
			want: []wantEvent{{"AGREEMENT", "2025-05-06", []string{"agent:party/harvest-party", "agent:party/civic-bloc"}}},
		},
		{
			name: "a time right after an event noun that comes first is the noun's, though the parse hangs it on the verb",
			text: "Hundreds gathered in Tbilisi after the detention of journalist Nino Beridze on Sunday. Protests erupted following the killing of activist Samir Haddad on Saturday.",
			want: []wantEvent{
				{"ARREST", "2025-05-11", []string{"patient:person/nino-beridze"}},
				{"ATTACK", "2025-05-10", []string{"patient:person/samir-haddad"}},
			},
		},
		{
			name: "a by-election is one word, the object its winner won",
			text: "The Civic Renewal Party won Thursday's by-election in Runcorn.",
			want: []wantEvent{{"ELECTION", "2025-05-08", []string{"agent:party/civic-renewal-party", "place:place/runcorn"}}},
		},
		{
			name: "a report whose author is named is a report, dated by the participle that publishes it, and frames nothing by itself",
			text: "Citing a report released last week by Amnesty International, Ivo Marek called for an inquiry.",
			want: []wantEvent{
				{"REPORT", "2025-05", []string{"source:organization/amnesty-international"}},
				{"REQUEST", "2025-05-12", []string{"agent:person/ivo-marek"}},
			},
		},
		{
			name: "what follows a verb of sequence is another happening, not the subject noun's",
			text: "The vote followed a report by Amnesty International.",
			want: []wantEvent{{"REPORT", "", []string{"source:organization/amnesty-international"}}},
			not:  []string{"VOTE"},
		},
		{
			name: "a report by a body whose name holds a verb's form",
			text: "The move came after a report by Human Rights Watch in March.",
			want: []wantEvent{{"REPORT", "2025-03", []string{"source:organization/human-rights-watch"}}},
		},
		{
			name: "a report whose \"by\" phrase the parser hangs on the day of its participle is still authored, and dated by that day",
			text: "A report released on Tuesday by the Velden Audit Office found that the Ministry of Roads overspent.",
			want: []wantEvent{{"REPORT", "2025-05-06", []string{"source:organization/velden-audit-office"}}},
		},
		{
			name: "a survey, a study or findings with a named author are reports too",
			text: "A survey by the Marsh Foundation published on Friday found that most voters oppose the new tax. A study by the Tarsk Institute found that Ivo Marek had lied.",
			want: []wantEvent{
				{"REPORT", "2025-05-09", []string{"source:organization/marsh-foundation"}},
				{"REPORT", "", []string{"source:organization/tarsk-institute"}},
			},
		},
		{
			name: "a report just made public (the present perfect) is news of its day: the day heading it stands under, else the story's",
			text: "Sunday 11 May\n\n21:00 Polls have closed. The Tarsk Courier has reported that Ivo Marek resigned.\n\n" +
				"Monday 12 May\n\n08:30 Observers from the OSCE have issued their preliminary findings.",
			want: []wantEvent{
				{"REPORT", "2025-05-11", []string{"source:organization/tarsk-courier"}},
				{"REPORT", "2025-05-12", []string{"source:organization/organization-for-security-and-co-operation-in-europe"}},
			},
		},
		{
			name: "a report just made public, with no time nor heading, is the story's day; one told in the simple past stays undated",
			text: "The Tarsk Courier has reported that Ivo Marek resigned. The Velden Gazette published a report on the scandal.",
			want: []wantEvent{
				{"REPORT", "2025-05-12", []string{"source:organization/tarsk-courier"}},
			},
		},
		{
			name: "what a report published by a named author says is claimed on its author's word, and the publishing and the saying are one report",
			text: "The report, published by the Tarsk Institute on Friday, said Ivo Marek had met Chinese officials in Pleven.",
			want: []wantEvent{
				{"REPORT", "2025-05-09", []string{"source:organization/tarsk-institute"}},
				{"MEETING", "", []string{"agent:person/ivo-marek", "source:organization/tarsk-institute"}},
			},
			count: map[string]int{"REPORT": 1},
		},
		{
			name: "what a report says is on its author's word where the parser hangs the author's \"by\" phrase on the day",
			text: "A report released on Tuesday by the Velden Audit Office said Ivo Marek had met Chinese officials in Pleven.",
			want: []wantEvent{
				{"REPORT", "2025-05-06", []string{"source:organization/velden-audit-office"}},
				{"MEETING", "", []string{"agent:person/ivo-marek", "source:organization/velden-audit-office"}},
			},
			count: map[string]int{"REPORT": 1},
		},
		{
			name: "a report that its author issues or presents is the author's, dated by the verb that makes it public",
			text: "Observers from the OSCE issued their preliminary findings on Sunday. The Velden Commission presented a 40-page report to parliament on Thursday.",
			want: []wantEvent{
				{"REPORT", "2025-05-11", []string{"source:organization/organization-for-security-and-co-operation-in-europe"}},
				{"REPORT", "2025-05-08", []string{"source:organization/velden-commission"}},
			},
		},
		{
			name: "a clause of time whose subject an aside restates has that subject, not the phrase its opener was read on",
			text: "Ivo Marek denied the claims. The denial came a day after his rival, councillor Lena Vosk, accused him of fraud.",
			want: []wantEvent{{"ACCUSATION", "", []string{"agent:person/lena-vosk", "target:person/ivo-marek"}}},
		},
		{
			name:     "the subject right after the opener of its clause is no preposition's name",
			text:     "Police arrested Ivo Marek after Lena Vosk, his rival, accused him of fraud.",
			want:     []wantEvent{{"ACCUSATION", "", []string{"agent:person/lena-vosk", "target:person/ivo-marek"}}},
			notParts: []string{"agent:person/ivo-marek"},
		},
		{
			name: "a verb after the comma that closes a name's aside is the name's",
			text: "Lena Vosk, of the Harvest Party, accused Ivo Marek of lying to voters.",
			want: []wantEvent{{"ACCUSATION", "2025-05-12", []string{"agent:person/lena-vosk", "target:person/ivo-marek"}}},
		},
		{
			name: "a verb after the comma that closes a name's aside on its noun is the name's",
			text: "Ana Holm, a member of the Harvest Party, insisted on Friday that the vote was rigged.",
			want: []wantEvent{{"STATEMENT", "2025-05-09", []string{"agent:person/ana-holm"}}},
		},
		{
			name: "\"it\" after the verb of a state's body named by its demonym is the state, and so is the subject of a verb joined to its clause",
			text: "The Spanish foreign ministry said it condemned the raid and urged both sides to show restraint.",
			want: []wantEvent{{"REQUEST", "2025-05-12", []string{"agent:country/spain"}}},
		},
		{
			name:     "a state named only as where a condemned act happened is not the criticism's target",
			text:     "Ivo Marek condemned an air strike on a hospital in northern Syria.",
			want:     []wantEvent{{"CRITICISM", "2025-05-12", []string{"agent:person/ivo-marek"}}},
			notParts: []string{"target:country/syria"},
		},
		{
			name: "an inquiry in the words that describe a speaker kept from the reader is who speaks, not what happened",
			text: "People familiar with the inquiry said Mirek Hal met Russian officials in Vellin.",
			want: []wantEvent{{"MEETING", "", []string{"agent:person/mirek-hal"}}},
			not:  []string{"INVESTIGATION"},
		},
		{
			name: "a town's prosecutors who open an inquiry open it there, after an unnamed speaker too",
			text: "Two officials familiar with the matter said prosecutors in Vellin opened an inquiry into the contracts last month.",
			want: []wantEvent{{"INVESTIGATION", "2025-04", []string{"place:place/vellin"}}},
		},
		{
			name: "a clause of time opened by its subordinator has its own subject, not the speaker",
			text: "WARSAW - Ivo Marek said he had backed the law after the government agreed to lower the threshold.",
			want: []wantEvent{{"AGREEMENT", "", []string{"agent:country/poland"}}},
		},
		{
			name: "what a verb of planning takes as its object has not happened",
			text: "Russia planned sabotage attacks on railways in Poland, officials in Warsaw said. The EU considered sanctions on Monday.",
			not:  []string{"ATTACK", "SANCTION"},
		},
		{
			name: "a conjunct with no time of its own takes the time of the verb it is joined to, where that verb tells no event",
			text: "Ana Holm conceded on Sunday and congratulated Ivo Marek. Ivo Marek joined the Civic Party as a student in 2004 and won a seat on the city council in 2011.",
			want: []wantEvent{
				{"SUPPORT", "2025-05-11", []string{"target:person/ivo-marek"}},
				{"ELECTION", "2011", []string{"agent:person/ivo-marek"}},
			},
		},
		{
			name: "observers from a body speak for it",
			text: "Observers from the OSCE said on Monday the vote was free.",
			want: []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:organization/organization-for-security-and-co-operation-in-europe"}}},
		},
		{
			name: "a host meets the one hosted; a visit paid is made; negotiations are talks",
			text: "President Ana Holm hosted her Brazilian counterpart in Warsaw on Tuesday. Ivo Marek paid a visit to Kyiv on Friday.",
			want: []wantEvent{
				{"MEETING", "2025-05-06", []string{"agent:person/ana-holm", "place:place/warsaw"}},
				{"MEETING", "2025-05-09", []string{"agent:person/ivo-marek", "place:place/kyiv"}},
			},
		},
		{
			name: "negotiations hosted are talks held",
			text: "Qatar hosted negotiations between the two sides on Monday.",
			want: []wantEvent{{"MEETING", "2025-05-12", []string{"agent:country/qatar"}}},
		},
		{
			name:     "a state hosting a body's summit holds it; the body takes part",
			text:     "Poland hosted a NATO summit in Warsaw on Tuesday.",
			want:     []wantEvent{{"MEETING", "2025-05-06", []string{"agent:country/poland", "participant:organization/north-atlantic-treaty-organization"}}},
			notParts: []string{"agent:organization/north-atlantic-treaty-organization"},
		},
		{
			name:     "one named in a phrase of the arrest about a thing is not the one arrested",
			text:     "Kenyan police arrested three men over the death of Ivo Marek on Monday. Police detained two women in connection with the disappearance of Ada Holm.",
			want:     []wantEvent{{"ARREST", "2025-05-12", []string{"agent:country/kenya"}}},
			notParts: []string{"patient:person/ivo-marek", "patient:person/ada-holm"},
		},
		{
			name: "two subjects joined by and are one list, both doing it",
			text: "The United States and Japan signed a trade agreement on Tuesday, the White House said.",
			want: []wantEvent{{"AGREEMENT", "2025-05-06", []string{"agent:country/united-states", "agent:country/japan"}}},
		},
		{
			name: "a counted participle before its noun is an adjective, no arrest told on the sentence's day",
			text: "Ana Holm called on Beijing on Thursday to release two detained Canadians.",
			not:  []string{"ARREST"},
		},
		{
			name: "who is declared or named the winner of an election won it; declaring it is no praise",
			text: "The electoral commission declared Ana Holm the winner of the presidential election on Wednesday. Ivo Dorn, the winner of the 2019 election, resigned on Monday.",
			want: []wantEvent{
				{"ELECTION", "", []string{"agent:person/ana-holm"}},
				{"ELECTION", "2019", []string{"agent:person/ivo-dorn"}},
			},
			not: []string{"SUPPORT"},
		},
		{
			name: "denouncing a detention or sanctions criticises them, though CAMEO codes a defence of the detained",
			text: "Amnesty International denounced the detention of activist Lira Mezan on Tuesday. The Civic Renewal party denounced the sanctions on Friday.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-06", []string{"agent:organization/amnesty-international"}},
				{"CRITICISM", "2025-05-09", []string{"agent:party/civic-renewal"}},
			},
			not: []string{"SUPPORT"},
		},
		{
			name: "defending a crackdown supports it, though CAMEO codes disapproval of those cracked down on",
			text: "Interior minister Goran Ulvik defended the crackdown on protesters on Tuesday.",
			want: []wantEvent{{"SUPPORT", "2025-05-06", []string{"agent:person/goran-ulvik"}}},
			not:  []string{"CRITICISM"},
		},
		{
			name: "a day before a participle that opens a phrase or a clause dates the verb before it",
			text: "Ivo Vucan resigned on Tuesday following weeks of protests. The Bundestag passed a law on Thursday banning foreign donations.",
			want: []wantEvent{
				{"RESIGNATION", "2025-05-06", []string{"agent:person/ivo-vucan"}},
				{"VOTE", "2025-05-08", []string{"agent:organization/bundestag"}},
			},
		},
		{
			name: "a country's election was held there, and the one who won it is still its agent",
			text: "VIENNA - The Harvest Party won Poland's parliamentary election on Sunday. Chinese interference in Canada's 2021 election was alleged.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"agent:party/harvest-party--at", "place:country/poland"}},
				{"ELECTION", "2021", []string{"place:country/canada"}},
			},
			notParts: []string{"place:country/austria"},
		},
		{
			name: "an attack people were killed in is dated by the killing",
			text: "Two journalists were killed in an Israeli air strike in southern Lebanon on Monday.",
			want: []wantEvent{{"ATTACK", "2025-05-12", []string{"agent:country/israel"}}},
		},
		{
			name:     "who gather or block to protest are a crowd, whoever they are; who gather to talk are not",
			text:     "Thousands of farmers blocked roads in Paris on Monday to protest against cheap imports. Leaders gathered in Brussels on Monday to discuss the budget.",
			want:     []wantEvent{{"PROTEST", "2025-05-12", []string{"place:place/paris"}}},
			notParts: []string{"place:place/brussels"},
		},
		{
			name: "who replaces or succeeds another in an office is appointed to it; what replaces a thing is not",
			text: "Ana Holm replaced Ivo Dorn as party leader in 2019. Ada Brisk succeeded Ana Holm as prime minister in March. The new law replaced the old one in 2019.",
			want: []wantEvent{
				{"APPOINTMENT", "2019", []string{"patient:person/ana-holm"}},
				{"APPOINTMENT", "2025-03", []string{"patient:person/ada-brisk"}},
			},
			notParts: []string{"patient:person/ivo-dorn"},
		},
		{
			name: "where one spoke on the occasion a participle tells is where one said it",
			text: "Speaking to reporters in Kyiv on Wednesday, Ivo Dorn said the talks had failed. Speaking about the war in Ukraine, Ada Holm said nothing had changed.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-07", []string{"agent:person/ivo-dorn", "place:place/kyiv"}},
				{"STATEMENT", "2025-05-07", []string{"agent:person/ada-holm"}},
			},
			notParts: []string{"place:country/ukraine"},
		},
		{
			name: "a place on whom or what a fronted participle spoke to or at is where the act was said",
			text: "Speaking to reporters in Vilnius on Monday, Ivo Dorn criticised the Baltic Farmers' Party over its stance on energy prices. Speaking at a rally in Tartu on Friday, Ada Holm praised Tom Brisk. Speaking to reporters about the war in Ukraine, Tom Brisk condemned Ivo Dorn on Sunday.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:person/ivo-dorn", "place:place/vilnius"}},
				{"SUPPORT", "2025-05-09", []string{"agent:person/ada-holm", "place:place/tartu"}},
				{"CRITICISM", "2025-05-11", []string{"agent:person/tom-brisk"}},
			},
			notParts: []string{"place:country/ukraine"},
		},
		{
			name: "a joint news conference with another, or held by two, is a meeting on its day and an act said at it shares that day; one with no other side named is none",
			text: "At a joint press conference with his Polish counterpart Ivo Dorn in Velmark on Thursday, Ada Holm urged the European Union to act. " +
				"Tom Brisk and Ivo Dorn held a joint news conference in Dostra on Friday. At a joint news conference on Sunday, Tom Brisk criticised Ada Holm. Ada Holm held a press conference in Orvenna on Monday.",
			want: []wantEvent{
				{"MEETING", "2025-05-08", []string{"agent:person/ada-holm", "participant:person/ivo-dorn"}},
				{"REQUEST", "2025-05-08", []string{"agent:person/ada-holm"}},
				{"MEETING", "2025-05-09", []string{"agent:person/tom-brisk", "agent:person/ivo-dorn", "place:place/dostra"}},
				{"CRITICISM", "2025-05-11", []string{"agent:person/tom-brisk"}},
			},
			count: map[string]int{"MEETING": 2},
		},
		{
			name: "a passive clause of time read as a preposition's phrase still dates what happened hours after it",
			text: "Ana Holm resigned hours after the report was published on Friday.",
			want: []wantEvent{{"RESIGNATION", "2025-05-09", []string{"agent:person/ana-holm"}}},
		},
		{
			name: "a call by telephone is a meeting of the two who talk",
			text: "Ivo Dorn phoned Ada Holm on Thursday. Tom Brisk telephoned Ada Holm on Friday and pledged support.",
			want: []wantEvent{
				{"MEETING", "2025-05-08", []string{"agent:person/ivo-dorn", "participant:person/ada-holm"}},
				{"MEETING", "2025-05-09", []string{"agent:person/tom-brisk", "participant:person/ada-holm"}},
			},
		},
		{
			name:     "a region's adjective is not the state whose demonym ends it",
			text:     "Leaders of Central American states met in Panama City on Monday.",
			notParts: []string{"agent:country/united-states"},
		},
		{
			name: "a candidate who wins a seat or by a margin wins an election",
			text: "In Norrvik, Erik Lund won with 42 percent on Sunday. Anna Holm took the seat from Ivo Dorn on Sunday. Per Sandell of the Liberals won by 14 votes on Sunday.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"agent:person/erik-lund", "place:place/norrvik"}},
				{"ELECTION", "2025-05-11", []string{"agent:person/anna-holm", "participant:person/ivo-dorn"}},
				{"ELECTION", "2025-05-11", []string{"agent:person/per-sandell"}},
			},
		},
		{
			name:     "one who stands down resigns; one who will stand down has not yet",
			text:     "The sitting MP, Tom Hale, stood down in March to run the Harbour Trust. Ana Holm will stand down at the next election.",
			want:     []wantEvent{{"RESIGNATION", "2025-03", []string{"agent:person/tom-hale"}}},
			notParts: []string{"agent:person/ana-holm"},
		},
		{
			name: "a person's party named by a possessive pronoun is the party the article makes the person a member or leader of",
			text: "Ana Holm is a member of the Harbour Party. On Monday her party expelled Ivo Dorn.",
			want: []wantEvent{{"DISMISSAL", "2025-05-12", []string{"agent:party/harbour-party", "patient:person/ivo-dorn"}}},
		},
		{
			name: "a leader's party named by a possessive pronoun is the body no list knows that the article makes the person leader of",
			text: "Tomas Marsk, the leader of the Movement for Civic Renewal, was arrested in Maputo on Monday. His party won 12 seats at the last election.",
			want: []wantEvent{{"ELECTION", "", []string{"agent:organization/movement-for-civic-renewal"}}},
		},
		{
			name: "a seat held in a by-election is the by-election's, with its date",
			text: "The Harbour Party held the Vell East seat in Thursday's by-election. Its founder, Ivo Dorn, stood down in December.",
			want: []wantEvent{{"ELECTION", "2025-05-08", []string{"agent:party/harbour-party"}}},
		},
		{
			name: "who loses a seat or concedes takes part in the election whoever won it",
			text: "Ivo Dorn lost his seat to Ada Holm on Sunday. Tom Brisk conceded defeat on Monday.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"participant:person/ivo-dorn", "agent:person/ada-holm"}},
				{"ELECTION", "2025-05-12", []string{"participant:person/tom-brisk"}},
			},
		},
		{
			name: "a seat or a post won or lost is told by the verb's gerund too, done by the subject of the clause it hangs on",
			text: "Ivo Dorn was mayor of Tarsk from 1988 to 1996 before winning the presidency in 2001. Ada Holm retired in 2009 after losing her seat in Vell East.",
			want: []wantEvent{
				{"ELECTION", "2001", []string{"agent:person/ivo-dorn"}},
				{"ELECTION", "", []string{"participant:person/ada-holm"}},
			},
		},
		{
			name:     "who leads what is no party into an election, an inquiry, does not run in it",
			text:     "Ana Holm led the inquiry into the 2019 election.",
			notParts: []string{"participant:person/ana-holm"},
		},
		{
			name: "a winning streak or a winning candidate is no election",
			text: "The Harbour Party is on a winning streak. Its winning candidate, Ivo Dorn, spoke on Monday.",
			not:  []string{"ELECTION"},
		},
		{
			name: "a case or a motion won or lost is no election",
			text: "Ivo Dorn won the case on Sunday. The motion was won by 14 votes on Sunday. Ada Holm took the floor on Monday. Tom Brisk lost the vote by 12 votes on Tuesday.",
			not:  []string{"ELECTION"},
		},
		{
			name: "the act a charge names is told by its gerund, whom the state served its target",
			text: "German prosecutors charged Ivo Dorn with spying for China on Tuesday. Ada Holm was charged with spying for Russia on Wednesday.",
			want: []wantEvent{
				{"INTERFERENCE", "2025-05-06", []string{"agent:country/china", "target:person/ivo-dorn", "source:country/germany"}},
				{"INTERFERENCE", "2025-05-07", []string{"agent:country/russia", "target:person/ada-holm"}},
			},
		},
		{
			name: "information passed on is no measure passed",
			text: "Prosecutors said Ivo Dorn had worked for a Chinese firm since 2019 and had repeatedly passed on information about talks in the Bundestag.",
			not:  []string{"VOTE"},
		},
		{
			name: "firms sanctioned by their nationality are their state's; who arrives on a visit makes it there",
			text: "Britain sanctioned three Chinese firms on Monday for supplying parts to Russia. Ada Holm arrived in Kyiv on Friday on an unannounced visit.",
			want: []wantEvent{
				{"SANCTION", "2025-05-12", []string{"agent:country/united-kingdom", "patient:country/china"}},
				{"MEETING", "2025-05-09", []string{"agent:person/ada-holm", "place:place/kyiv"}},
			},
			notParts: []string{"patient:country/russia"},
		},
		{
			name: "a name cut at the hyphen of its given name is one name: the party led by it won, and who took office met",
			text: "The party, led by Tsao Ming-te, won the election on Saturday. President Pak Su-mi, who took office last year, met Prime Minister Taro Sato in Tokyo on Friday.",
			want: []wantEvent{
				{"MEETING", "2025-05-09", []string{"agent:person/pak-su-mi", "participant:person/taro-sato"}},
			},
			notParts: []string{"agent:person/tsao-ming-te"},
		},
		{
			name: "a word the parse hangs on a comma belongs to the phrase the comma closes: the head of a service named in apposition is dismissed",
			text: "Ukraine's President Tomas Varga dismissed the head of the SBU security service, Ivo Dorn, on Friday. President Tomas Varga dismissed the head of the national security service, Ada Holm, on Saturday.",
			want: []wantEvent{
				{"DISMISSAL", "2025-05-09", []string{"agent:person/tomas-varga", "patient:person/ivo-dorn"}},
				{"DISMISSAL", "2025-05-10", []string{"agent:person/tomas-varga", "patient:person/ada-holm"}},
			},
			not: []string{"CRITICISM"},
		},
		{
			name: "a verb read as a participle inside its object is the verb; a resignation protesters demand has not happened, and whom a purpose clause names was not fired at",
			text: "Kenyan police fired tear gas on Saturday to disperse hundreds of protesters demanding the resignation of Interior Minister Ivo Dorn.",
			want: []wantEvent{
				{"ATTACK", "2025-05-10", []string{"agent:country/kenya"}},
			},
			not:      []string{"RESIGNATION"},
			notParts: []string{"patient:person/ivo-dorn"},
		},
		{
			name: "two titled names joined by and are one subject: both sign",
			text: "Serbian President Tomas Varga and Hungarian Prime Minister Ivo Dorn signed an energy agreement in Belgrade on Monday.",
			want: []wantEvent{
				{"AGREEMENT", "2025-05-12", []string{"agent:person/tomas-varga", "agent:person/ivo-dorn", "place:place/belgrade"}},
			},
		},
		{
			name: "sanctions imposed on firms are on their state; the act firms are accused of names no one accused",
			text: "Britain imposed sanctions on Wednesday on two Iranian firms accused of supplying drones to Russia.",
			want: []wantEvent{
				{"SANCTION", "2025-05-07", []string{"agent:country/united-kingdom", "patient:country/iran"}},
			},
			notParts: []string{"target:country/russia"},
		},
		{
			name: "a description set beside a name keeps its times: a member since 2004 resigns on Monday",
			text: "Tomas Varga, a member of the Civic Renewal party since 2004, announced his resignation from parliament on Monday.",
			want: []wantEvent{
				{"RESIGNATION", "2025-05-12", []string{"agent:person/tomas-varga"}},
			},
		},
		{
			name: "a party, a title and a name run together are one phrase the name heads, no list",
			text: "Labour co-leader Carla Denby accused ministers of complacency on Monday.",
			want: []wantEvent{
				{"ACCUSATION", "2025-05-12", []string{"agent:person/carla-denby"}},
			},
		},
		{
			name: "a party opening a sentence before a title is a name, no imperative verb",
			text: "Labour MP Carla Denby, who chairs the Commons foreign affairs committee, said the government had been too slow to act.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-12", []string{"agent:person/carla-denby"}},
			},
		},
		{
			name: "who has spoken by phone with someone met them",
			text: "The ministry said Tomas Varga had spoken by phone with Ivo Dorn on Friday.",
			want: []wantEvent{
				{"MEETING", "2025-05-09", []string{"agent:person/tomas-varga", "participant:person/ivo-dorn"}},
			},
		},
		{
			name: "a candidate who wins the second round or a run-off wins the election",
			text: "Tomas Varga won the second round with 50.9 percent on Sunday. Ivo Dorn won the presidential run-off on Monday.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"agent:person/tomas-varga"}},
				{"ELECTION", "2025-05-12", []string{"agent:person/ivo-dorn"}},
			},
		},
		{
			name: "an indictment unsealed is its unsealer's legal action",
			text: "The US Justice Department unsealed an indictment on Wednesday accusing two Russian nationals of running fake news websites.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-07", []string{"agent:organization/united-states-department-of-justice"}},
			},
		},
		{
			name: "what is added to a sanctions list is sanctioned, where what is added alone is no event",
			text: "Britain added Ivo Dorn to its sanctions list on Monday. Ada Holm added that the plan was flawed.",
			want: []wantEvent{
				{"SANCTION", "2025-05-12", []string{"agent:country/united-kingdom", "patient:person/ivo-dorn"}},
				{"STATEMENT", "2025-05-12", []string{"agent:person/ada-holm"}},
			},
		},
		{
			name: "a person rejecting a resolution casts no vote",
			text: "Kavran's ambassador to the United Nations, Ivo Maren, rejected the resolution as unjust on Monday.",
			not:  []string{"VOTE"},
		},
		{
			name: "a state rejecting a resolution votes",
			text: "Russia rejected the resolution on Tuesday.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"agent:country/russia"}}},
		},
		{
			name: "a bare day after a reporting verb dates it and leaves its subject the speaker",
			text: "The talks will resume, the Kremlin said Wednesday. The vote was fair, Ivo Holm said Friday. The police said Tuesday that Ada Varga had been arrested.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-07", []string{"agent:organization/kremlin"}},
				{"STATEMENT", "2025-05-09", []string{"agent:person/ivo-holm"}},
				{"ARREST", "2025-05-06", []string{"patient:person/ada-varga"}},
			},
		},
		{
			name: "a bare day after a name, or before a participle on the object, dates the verb",
			text: "Police arrested opposition leader Ana Holm Sunday at her home in Tbilisi, her lawyer said. Hungary's parliament approved a law Tuesday restricting foreign funding of charities.",
			want: []wantEvent{
				{"ARREST", "2025-05-11", []string{"patient:person/ana-holm"}},
				{"VOTE", "2025-05-06", []string{"agent:organization/hungarian-national-assembly"}},
			},
		},
		{
			name: "a description before the name given an office leaves the verb its sense",
			text: "The prime minister named former banker Ivo Dorn as finance minister on Monday. Voters in Moldova elected pro-Western candidate Ana Holm as president on Sunday.",
			want: []wantEvent{
				{"APPOINTMENT", "2025-05-12", []string{"patient:person/ivo-dorn"}},
				{"ELECTION", "2025-05-11", []string{"agent:person/ana-holm", "place:country/moldova"}},
			},
		},
		{
			name: "what a reporting tail or a named speaker tells in the present perfect is the news of the day it is told",
			text: "Police have arrested Ana Holm, a spokesman said on Tuesday. Ivo Dorn has resigned as finance minister, the government said on Monday. Ada Varga said on Friday that police have detained Tomas Brevik.",
			want: []wantEvent{
				{"ARREST", "2025-05-06", []string{"patient:person/ana-holm"}},
				{"RESIGNATION", "2025-05-12", []string{"agent:person/ivo-dorn"}},
				{"ARREST", "2025-05-09", []string{"patient:person/tomas-brevik"}},
			},
		},
		{
			name: "a habit told in the present perfect takes no day from its telling",
			text: "Ana Holm has been arrested a dozen times, her lawyer said on Monday.",
			want: []wantEvent{{"ARREST", "", []string{"patient:person/ana-holm"}}},
		},
		{
			name:     "a verb form inside a title is no verb: who is met is the titled person",
			text:     "Ivo Dorn met IMF managing director Ana Holm on Monday.",
			want:     []wantEvent{{"MEETING", "2025-05-12", []string{"agent:person/ivo-dorn", "participant:person/ana-holm"}}},
			notParts: []string{"participant:organization/international-monetary-fund"},
		},
		{
			name: "a party or a candidate that wins a share of the vote wins an election; a motion does not",
			text: "Moldova's ruling PAS party won 50 percent of the vote on Sunday. The motion won 52 percent of the vote on Monday.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:party/party-of-action-and-solidarity"}}},
			once: []string{"ELECTION"},
		},
		{
			name:     "an arrest that information would lead to is sought, not made; one that testimony led to is made",
			text:     "A reward of $50,000 is offered for information that leads to the arrest and conviction of Ana Holm. Her testimony led to the arrest of Ivo Dorn in March.",
			want:     []wantEvent{{"ARREST", "2025-03", []string{"patient:person/ivo-dorn"}}},
			notParts: []string{"patient:person/ana-holm"},
		},
		{
			name: "one charged in an attack is charged over it, not on its day; one detained in protests is detained during them",
			text: "Ivo Dorn is also charged in the 2019 bombing of the Kenyan parliament. Ana Holm was detained in the 2021 protests in Nairobi.",
			want: []wantEvent{
				{"LEGAL_ACTION", "", []string{"patient:person/ivo-dorn"}},
				{"ARREST", "2021", []string{"patient:person/ana-holm"}},
			},
		},
		{
			name: "a full date between the article and the noun dates the noun's event, not the verb it hangs on",
			text: "Ivo Dorn, who was charged in the Dec. 21, 2019, bombing of the parliament in Nairobi, fled.",
			want: []wantEvent{{"ATTACK", "2019-12-21", []string{"place:place/nairobi"}}},
		},
		{
			name: "the nationality of what is condemned or praised is the stance's target",
			text: "Kavran's foreign minister, Ivo Dorn, on Monday condemned the Indian nuclear tests. Ana Holm on Tuesday praised the Chinese proposal.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:person/ivo-dorn", "target:country/india"}},
				{"SUPPORT", "2025-05-06", []string{"agent:person/ana-holm", "target:country/china"}},
			},
		},
		{
			name:     "a city before an attack noun is where it struck",
			text:     "Ivo Dorn was charged on Monday over the 2019 Nairobi bombing.",
			want:     []wantEvent{{"ATTACK", "2019", []string{"place:place/nairobi"}}},
			notParts: []string{"patient:place/nairobi"},
		},
		{
			name: "a gerund a determiner heads is a thing done to, not someone dismissed",
			text: "The Speaker, Ana Holm, suspended the sitting after Ivo Dorn refused to withdraw his remarks.",
			not:  []string{"DISMISSAL"},
		},
		{
			name: "the one voters elect wins an election held where the voters are",
			text: "Algerian voters elected Ivo Dorn as president on Saturday. Voters in Kavran re-elected Ana Holm as mayor on Sunday.",
			want: []wantEvent{
				{"ELECTION", "2025-05-10", []string{"agent:person/ivo-dorn", "place:country/algeria"}},
				{"ELECTION", "2025-05-11", []string{"agent:person/ana-holm", "place:place/kavran"}},
			},
			not: []string{"APPOINTMENT"},
		},
		{
			name: "voters, the electorate or a state's people who elect, choose or return a body or a party hold an election there",
			text: "Voters in Moldova elected a new parliament on Sunday. Estonians chose a new president on Saturday. The electorate returned the Harbour Party to power on 4 May.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"place:country/moldova"}},
				{"ELECTION", "2025-05-10", []string{"place:country/estonia"}},
				{"ELECTION", "2025-05-04", []string{"agent:party/harbour-party"}},
			},
			notParts: []string{"agent:country/estonia"},
		},
		{
			name: "voters who return home, choose to stay away or choose a course elect no one",
			text: "Russians returned home on Monday. Voters chose to stay away on Sunday. Estonians chose stability on Saturday.",
			not:  []string{"ELECTION"},
		},
		{
			name: "the one a caucus elects is appointed by it",
			text: "The caucus elected Ivo Dorn as party leader on Sunday.",
			want: []wantEvent{{"APPOINTMENT", "2025-05-11", []string{"patient:person/ivo-dorn"}}},
			not:  []string{"ELECTION"},
		},
		{
			name: "a verb's past form tagged as an adjective, in a clause with no other verb, is its verb",
			text: "NATO jets pounded Serbian military targets for a third straight night, Yugoslav officials said Friday.",
			want: []wantEvent{{"ATTACK", "2025-05-09", []string{"agent:organization/north-atlantic-treaty-organization"}}},
		},
		{
			name: "a margin counted in votes is no vote of its own",
			text: "Prime Minister Ana Holm lost a confidence vote in parliament by one vote on Saturday.",
			want: []wantEvent{{"VOTE", "2025-05-10", []string{"participant:person/ana-holm"}}},
			once: []string{"VOTE"},
		},
		{
			name:     "names in a participle's clause with its own object are not the verb's",
			text:     "Thousands of students clashed with riot police outside parliament on Thursday, demanding the resignation of President Ivo Dorn.",
			notParts: []string{"patient:person/ivo-dorn"},
		},
		{
			name: "a clause \"as\" opens is read as a clause, at the time of the verb it modifies",
			text: "Russian troops pushed deeper into Chechnya on Sunday as warplanes bombed villages south of Grozny, officials said.",
			want: []wantEvent{{"ATTACK", "2025-05-11", []string{"place:place/grozny"}}},
		},
		{
			name: "a bomber who blows himself up attacks",
			text: "A suicide bomber blew himself up near a government building in Kabul on Sunday, killing at least six people, officials said.",
			want: []wantEvent{{"ATTACK", "2025-05-11", []string{"place:place/kabul"}}},
		},

		{
			name: "a government called after its leader, whatever words between, is the leader's in a vote it undergoes",
			text: "Prime Minister Ana Holm's minority government survived a no-confidence vote on Tuesday.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"participant:person/ana-holm"}}},
		},
		{
			name:     "who masterminds what a noun tells is its agent",
			text:     "The bombing was masterminded by Ivo Dorn, prosecutors said.",
			want:     []wantEvent{{"ATTACK", "", []string{"agent:person/ivo-dorn"}}},
			notParts: []string{"patient:person/ivo-dorn"},
		},
		{
			name:     "what a question asks about has not happened, and is not the asking's",
			text:     "Ivo Dorn asked if Ana Holm had met the Russian ambassador in Kavran.",
			want:     []wantEvent{{"REQUEST", "2025-05-12", []string{"agent:person/ivo-dorn"}}},
			not:      []string{"MEETING"},
			notParts: []string{"participant:person/ana-holm", "place:place/kavran", "participant:country/russia"},
		},

		{
			name:     "a state whose people an attack struck is what it was done to, not where",
			text:     "Kavran on Monday condemned the killing of nine Iranian diplomats in the north.",
			want:     []wantEvent{{"ATTACK", "", []string{"patient:country/iran"}}},
			notParts: []string{"place:country/iran"},
		},
		{
			name:     "no town is arrested",
			text:     "Moldovan police detained a lawmaker suspected of financing protests with money from Moscow, prosecutors said on Friday.",
			want:     []wantEvent{{"ARREST", "2025-05-09", []string{"agent:country/moldova"}}},
			notParts: []string{"patient:place/moscow"},
		},
		{
			name: "sabotage a state's agents do, and a disinformation network it runs, are interference; workers' sabotage is not",
			text: "Estonia said Russian agents sabotaged an undersea cable in 2023. " +
				"Finland accused Belarus of running a disinformation network.",
			want: []wantEvent{
				{"INTERFERENCE", "2023", []string{"agent:country/russia"}},
				{"INTERFERENCE", "", []string{"agent:country/belarus", "source:country/finland"}},
			},
		},
		{
			name: "sabotage no state does is none",
			text: "Striking workers sabotaged the assembly line at the Brevik plant on Monday.",
			not:  []string{"INTERFERENCE"},
		},
		{
			name: "a decree's act is done, when the decree is issued",
			text: "The President on Friday issued a decree dismissing Defence Minister Ana Holm.",
			want: []wantEvent{{"DISMISSAL", "2025-05-09", []string{"patient:person/ana-holm"}}},
		},

		{
			name: "consultations held are a meeting",
			text: "Deputy Foreign Minister Ivo Dorn held consultations with his Chinese counterpart Li Wen in Beijing on Monday.",
			want: []wantEvent{{"MEETING", "2025-05-12", []string{"agent:person/ivo-dorn", "participant:person/li-wen", "place:place/beijing"}}},
		},
		{
			name: "a delegation acts through the one who leads it",
			text: "A delegation headed by Ivo Dorn held talks with Chinese officials in Beijing on Friday.",
			want: []wantEvent{{"MEETING", "2025-05-09", []string{"agent:person/ivo-dorn"}}},
		},
		{
			name: "a crowd of a land's people protests there, and a crowd counted protests where its people are",
			text: "Thousands of Georgians rallied outside parliament on Sunday to protest against the law. Thousands of protesters in Tbilisi marched on Saturday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-11", []string{"place:country/georgia"}},
				{"PROTEST", "2025-05-10", []string{"place:place/tbilisi"}},
			},
		},
		{
			name: "an object set after the verb's \"as\" predicate is what the verb is done to",
			text: "The Kremlin on Tuesday dismissed as baseless a report by the Ostraven Herald.",
			want: []wantEvent{{"DENIAL", "2025-05-06", []string{"agent:organization/kremlin"}}},
			not:  []string{"DISMISSAL"},
		},
		{
			name: "claims after a noun predicate of \"as\" are the object denied",
			text: "Hungary dismissed as nonsense claims that it had spied on Slovakia.",
			want: []wantEvent{{"DENIAL", "2025-05-12", []string{"agent:country/hungary"}}},
			not:  []string{"DISMISSAL"},
		},
		{
			name: "a report's time does not date the denial a semicolon parts from it",
			text: "The Ostraven Herald reported on Sunday that Ana Holm had met Chinese agents in 2022; her office said the report was false.",
			want: []wantEvent{{"MEETING", "2022", []string{"agent:person/ana-holm"}}, {"DENIAL", "2025-05-11", []string{"agent:person/ana-holm"}}},
		},
		{
			name: "the time of a clause before a semicolon does not date the one after it",
			text: "Ana Holm met Chinese agents in 2022, the Ostraven Herald reported on Sunday; her office said the report was false.",
			want: []wantEvent{{"MEETING", "2022", []string{"agent:person/ana-holm"}}, {"DENIAL", "2025-05-11", []string{"agent:person/ana-holm"}}},
		},
		{
			name: "who is said to be behind an attack did it",
			text: "Officials said Russia was behind the explosion at the arms depot.",
			want: []wantEvent{{"ATTACK", "", []string{"agent:country/russia"}}},
		},
		{
			name: "who is accused of being behind an attack is said to have done it, on the accuser's word",
			text: "The Czech government accused Russia of being behind a 2014 explosion at an arms depot.",
			want: []wantEvent{{"ATTACK", "2014", []string{"agent:country/russia", "source:country/czech-republic"}}},
		},
		{
			name: "months before a year-dated act is most likely that year",
			text: "Lena Falk resigned as finance minister in 2018, two months after she was accused of accepting bribes.",
			want: []wantEvent{{"ACCUSATION", "2018", []string{"target:person/lena-falk"}}},
		},
		{
			name: "a clause \"after\" opens is the verb's adverbial clause, however the parser sets it beside",
			text: "Lena Falk resigned as finance minister in 2018, months after she was accused of accepting bribes.",
			want: []wantEvent{{"ACCUSATION", "2018", []string{"target:person/lena-falk"}}},
		},
		{
			name: "an act told on two joined dates happened twice",
			text: "Ivo Dorn was elected mayor of Vellin in 2008 and re-elected in 2012 and 2016.",
			want: []wantEvent{{"ELECTION", "2012", []string{"agent:person/ivo-dorn"}}, {"ELECTION", "2016", []string{"agent:person/ivo-dorn"}}},
		},
		{
			name: "an act told on three listed dates happened three times, the middle one too",
			text: "Ivo Dorn entered parliament in 2009. He was re-elected in 2013, 2017 and 2021.",
			want: []wantEvent{{"ELECTION", "2013", []string{"agent:person/ivo-dorn"}}, {"ELECTION", "2017", []string{"agent:person/ivo-dorn"}}, {"ELECTION", "2021", []string{"agent:person/ivo-dorn"}}},
		},
		{
			name: "an arrest on two joined dates is two arrests, each month of its year",
			text: "Police arrested Ana Holm in March and May 2021.",
			want: []wantEvent{{"ARREST", "2021-03", []string{"patient:person/ana-holm"}}, {"ARREST", "2021-05", []string{"patient:person/ana-holm"}}},
		},
		{
			name:     "a pronoun that names no one leaves its act undone by anyone named",
			text:     "The minister met Chinese officials during a visit to Beijing in 2018, a year before she was appointed ambassador.",
			want:     []wantEvent{{"MEETING", "2018", []string{"participant:country/china"}}},
			notParts: []string{"patient:country/china"},
		},
		{
			name:     "who mediates a release is not who is freed, nor are unnamed prisoners anyone named",
			text:     "Ukraine and Russia freed 150 prisoners of war on Friday, with the mediation of the United Arab Emirates.",
			want:     []wantEvent{{"RELEASE", "2025-05-09", []string{"agent:country/ukraine", "agent:country/russia"}}},
			notParts: []string{"patient:country/united-arab-emirates"},
		},
		{
			name: "an attack ordered is the attack, not a threat of one",
			text: "Police said Ana Holm had ordered the attack on the convoy in Vellin.",
			want: []wantEvent{{"ATTACK", "", []string{"agent:person/ana-holm"}}},
			not:  []string{"STATEMENT"},
		},
		{
			name: "police who tell of an arrest no one is named as making made it",
			text: "Estonian police said Ivo Dorn had been detained on suspicion of spying for the FSB.",
			want: []wantEvent{{"ARREST", "", []string{"patient:person/ivo-dorn", "agent:country/estonia"}}},
		},
		{
			name: "a time that opens the sentence is its clause's time, no noun a relative clause is on",
			text: "On March 3, 2019, police arrested Ana Holm. That summer she was released.",
			want: []wantEvent{{"RELEASE", "2019", []string{"patient:person/ana-holm"}}},
		},
		{
			name:     "a conjunct with a \"by\" of its own shares the passive its first verb marks",
			text:     "The motion was tabled by Petra Lindqvist and backed by Tom Redding on Monday. Ana Holm was re-elected in 2019 and resigned in 2022.",
			want:     []wantEvent{{"SUPPORT", "2025-05-12", []string{"agent:person/tom-redding"}}, {"RESIGNATION", "2022", []string{"agent:person/ana-holm"}}},
			notParts: []string{"target:person/tom-redding", "organization:person/ana-holm"},
		},
		{
			name: "a verb read as an adjective after the subject's time is the sentence's verb",
			text: "A court in Minsk on Tuesday sentenced opposition activist Ivo Dornik to 12 years in prison.",
			want: []wantEvent{{"LEGAL_ACTION", "2025-05-06", []string{"patient:person/ivo-dornik"}}},
		},
		{
			name: "a time between an act's noun and the verb read as its subject is the act's",
			text: "The sacking of army chief Gen. Ivan Petrenko last month angered Kyiv. The arrest of Ana Holm last week sparked protests in Minsk.",
			want: []wantEvent{{"DISMISSAL", "2025-04", []string{"patient:person/ivan-petrenko"}}, {"ARREST", "2025-05", []string{"patient:person/ana-holm"}}},
		},
		{
			name:     "a participle before its noun is done to the noun, at no time the clause tells",
			text:     "Russia released detained journalist Ana Holm on Monday.",
			want:     []wantEvent{{"RELEASE", "2025-05-12", []string{"patient:person/ana-holm"}}, {"ARREST", "", []string{"patient:person/ana-holm"}}},
			notParts: []string{"agent:person/ana-holm"},
		},
		{
			name: "a participle before a noun that names no one is no act of the sentence's names",
			text: "A Moscow court fined Google 3 million roubles on Monday for failing to delete banned content.",
			want: []wantEvent{{"LEGAL_ACTION", "2025-05-12", []string{"patient:organization/google"}}},
			not:  []string{"SANCTION"},
		},
		{
			name:     "strikes a state makes on a place are an attack; a rail strike is none",
			text:     "Israeli strikes on Syria killed 12 people on Monday. French rail strikes on Monday disrupted travel. Russia's strikes on Ukraine's energy grid continued on Tuesday.",
			want:     []wantEvent{{"ATTACK", "2025-05-12", []string{"agent:country/israel", "patient:country/syria"}}, {"ATTACK", "2025-05-06", []string{"agent:country/russia", "patient:country/ukraine"}}},
			notParts: []string{"agent:country/france"},
		},
		{
			name: "a demonym before the weapon an attack is made with names who attacks",
			text: "A Ukrainian drone attack hit an oil depot in Kursk on Monday.",
			want: []wantEvent{{"ATTACK", "2025-05-12", []string{"agent:country/ukraine", "place:place/kursk"}}},
		},
		{
			name: "an event noun inside the clause of its own verb dates the verb",
			text: "Japan's ruling Liberal Democratic Party elected Kenji Arata as its leader on Friday. The LDP lost its majority in the lower house in an election in October, and has since governed with the support of Komeito.",
			want: []wantEvent{{"ELECTION", "2024-10", []string{"participant:party/liberal-democratic-party-japan"}}},
		},
		{
			name:     "a leader of someone's party is the one convicted, not the party",
			text:     "Asad Mehmood, a senior leader of Baig's Pakistan Tehreek-e-Insaf (PTI) party, was convicted on Monday. The PTI condemned the ruling.",
			want:     []wantEvent{{"LEGAL_ACTION", "2025-05-12", []string{"patient:person/asad-mehmood"}}},
			notParts: []string{"patient:party/pakistan-tehreek-e-insaf"},
		},
		{
			name:     "people a nationality or a clause describes are unnamed, not the places the clause names",
			text:     "German prosecutors on Monday charged three German citizens with spying, in a case that has strained relations between Berlin and Beijing. Dutch prosecutors on Monday charged two men accused of spying for China.",
			want:     []wantEvent{{"LEGAL_ACTION", "2025-05-12", []string{"agent:country/germany"}}, {"LEGAL_ACTION", "2025-05-12", []string{"agent:country/netherlands"}}},
			notParts: []string{"patient:place/berlin", "patient:place/beijing", "patient:country/china"},
		},
		{
			name:     "a member who defects leaves the party the title names; an unnamed one is no party acting",
			text:     "Conservative MP Daniel Hartwell has defected to Reform UK on Monday. A Labour MP has also defected to Reform UK.",
			want:     []wantEvent{{"RESIGNATION", "2025-05-12", []string{"agent:person/daniel-hartwell", "organization:party/conservative-party-uk"}}, {"RESIGNATION", "2025-05-12", []string{"organization:party/labour-party-uk"}}},
			notParts: []string{"agent:party/labour-party-uk", "organization:party/reform-uk"},
		},
		{
			name:     "\"of\" after a party opens no clause: the party of a leader acts, not the leader",
			text:     "The Party for Freedom of Jorik Wilders won the most seats in the November 2023 election.",
			want:     []wantEvent{{"ELECTION", "2023-11", nil}},
			notParts: []string{"agent:person/jorik-wilders"},
		},
		{
			name: "a season yet to begin tells of no event held",
			text: "The Dutch government collapsed on Monday. New elections are expected in the autumn.",
			not:  []string{"ELECTION"},
		},
		{
			name: "a season begun before publication dates its event to the year",
			text: "Kenya held elections in the spring, Ana Holm said on Monday.",
			want: []wantEvent{{"ELECTION", "2025", []string{"place:country/kenya"}}},
		},
		{
			name:     "a by-phrase the parse hangs on an active verb with an object names no one done to",
			text:     "Latvia summoned Russia's ambassador on Monday over remarks by a lawmaker, Ivo Dorn, who accused Riga of lying.",
			want:     []wantEvent{{"MEETING", "2025-05-12", []string{"agent:country/latvia", "patient:country/russia"}}},
			notParts: []string{"patient:person/ivo-dorn"},
		},
		{
			name: "lawmakers from a party its name modifies are the party voting",
			text: "Lawmakers from the ruling Fidesz party voted on Monday to extend the detention of protesters.",
			want: []wantEvent{{"VOTE", "2025-05-12", []string{"agent:party/fidesz"}}},
		},
		{
			name: "voters paid to vote tell the payment, not that they voted",
			text: "Prosecutors in Moldova say the network paid thousands of voters to vote against the referendum on joining the European Union.",
			not:  []string{"VOTE"},
		},
		{
			name: "an invitation to meet tells of no meeting",
			text: "The junta accused ambassador Ivo Dorn of ignoring an invitation to meet the new foreign minister.",
			not:  []string{"MEETING"},
		},
		{
			name: "a participle between commas after the subject is no verb of the sentence's",
			text: "The Civic Alliance, launched last month by former justice minister Ivo Dorn, won 12 seats in Sunday's election.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:party/civic-alliance"}}},
			not:  []string{"ATTACK"},
		},
		{
			name: "an election a relative clause tells is not the one the sentence's verb tells",
			text: "Ivo Dorn, who narrowly lost the 2022 presidential election to Ana Holm, won his own seat in Riga on Sunday.",
			want: []wantEvent{
				{"ELECTION", "2022", []string{"agent:person/ana-holm", "participant:person/ivo-dorn"}},
				{"ELECTION", "2025-05-11", []string{"agent:person/ivo-dorn", "place:place/riga"}},
			},
		},
		{
			name: "an election a free relative names is the one the clause after it tells",
			text: "Ana Holm urged supporters on Sunday to stay away from work in protest at what she called a stolen mayoral election in the city of Varna, where Ivo Dorn was declared the winner last month by 300 votes.",
			once: []string{"ELECTION"},
		},
		{
			name: "a clause set against a report with while is not reported by its speaker",
			text: "Foreign Minister Ana Holm said she welcomed the court's ruling, while the African Union called for calm. " +
				"Ivo Dorn said he welcomed the court's ruling, while the African Union called for calm and Eva Lind accused the judges of bias.",
			want:     []wantEvent{{"REQUEST", "2025-05-12", []string{"agent:organization/african-union"}}},
			notParts: []string{"source:person/ana-holm", "source:person/ivo-dorn"},
		},
		{
			name:     "one who leaves a body a party owns does not leave the party",
			text:     "Ivo Dorn resigned from the Harbour Party's national committee in March.",
			want:     []wantEvent{{"RESIGNATION", "2025-03", []string{"agent:person/ivo-dorn"}}},
			notParts: []string{"organization:party/harbour-party"},
		},
		{
			name: "a verb after a name's aside of its party is the sentence's",
			text: "Ivo Dorn, of the Harbour Party, resigned on Friday.",
			want: []wantEvent{{"RESIGNATION", "2025-05-09", []string{"agent:person/ivo-dorn"}}},
		},
		{
			name: "visa restrictions imposed are a sanction",
			text: "The United States imposed visa restrictions on three Kavrani judges in January.",
			want: []wantEvent{{"SANCTION", "2025-01", []string{"agent:country/united-states"}}},
		},
		{
			name: "a candidate who wins from a place or flips it wins its seat",
			text: "Ivo Dorn of the Civic Party won from Vellore on Thursday, and Ana Holm of the Green League flipped Ostra.",
			want: []wantEvent{
				{"ELECTION", "2025-05-08", []string{"agent:person/ivo-dorn", "place:place/vellore"}},
				{"ELECTION", "2025-05-08", []string{"agent:person/ana-holm", "place:place/ostra"}},
			},
		},
		{
			name:     "one who pleads guilty is the defendant",
			text:     "Ana Holm pleaded guilty to a fraud offence in 2014, and Ivo Dorn pleads not guilty.",
			want:     []wantEvent{{"LEGAL_ACTION", "2014", []string{"patient:person/ana-holm"}}},
			notParts: []string{"agent:person/ana-holm", "agent:person/ivo-dorn"},
		},
		{
			name: "a clause an opener begins after the comma of a verb of speech is the clause's, its subject no preposition's",
			text: "Ana Holm said on Monday, after the African Union called for calm, that the vote would go ahead.",
			want: []wantEvent{{"REQUEST", "2025", []string{"agent:organization/african-union"}}},
		},
		{
			name: "a coup or persecution one calls an act finds fault with it",
			text: "Ana Holm called the detention a coup attempt. Ivo Dorn described the arrests as political persecution.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:person/ana-holm"}},
				{"CRITICISM", "2025-05-12", []string{"agent:person/ivo-dorn"}},
			},
		},
		{
			name: "an arrest warrant issued is a legal action, no arrest",
			text: "The International Criminal Court issued an arrest warrant for Ivo Dorn on Friday.",
			want: []wantEvent{{"LEGAL_ACTION", "2025-05-09", []string{"agent:organization/international-criminal-court", "patient:person/ivo-dorn"}}},
			not:  []string{"ARREST"},
		},
		{
			name: "the first of a list of subjects with a bracketed acronym is a subject too",
			text: "The conservative Harbour Party (HP), the far-right Dawn Front and the separatist Vesk party voted against the plan on Thursday.",
			want: []wantEvent{{"VOTE", "2025-05-08", []string{"agent:party/harbour-party", "agent:party/dawn-front"}}},
		},
		{
			name:     "a state that holds an election is where it is held",
			text:     "Hungary held a referendum on Sunday.",
			want:     []wantEvent{{"ELECTION", "2025-05-11", []string{"place:country/hungary"}}},
			notParts: []string{"agent:country/hungary"},
		},
		{
			name: "the speaker's request joined to the passive clause reported",
			text: "Opposition leader Ivo Dornan said the count in three towns had been rigged and called for an audit on Monday.",
			want: []wantEvent{{"REQUEST", "2025-05-12", []string{"agent:person/ivo-dornan"}}},
		},
		{
			name:     "a candidate who lost to another lost an election to the winner",
			text:     "Ivo Dornan lost to Ana Holmberg by 300 votes in Vellin on Sunday.",
			want:     []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:person/ana-holmberg", "participant:person/ivo-dornan"}}},
			notParts: []string{"agent:person/ivo-dornan"},
		},
		{
			name:     "who is declared the winner wins the election; who declares takes no part",
			text:     "The Vell Electoral Commission declared Kanda Joloba of the Harbour Party the winner on Sunday with 366,781 votes.",
			want:     []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:person/kanda-joloba"}}},
			notParts: []string{"agent:organization/vell-electoral-commission", "participant:organization/vell-electoral-commission"},
			not:      []string{"STATEMENT"},
		},
		{
			name: "a winner declared is of the election told just before, on its day",
			text: "Ghana held a presidential election on Thursday. The electoral commission declared Kanda Joloba the winner on Sunday with 366,781 votes.",
			want: []wantEvent{{"ELECTION", "2025-05-08", []string{"agent:person/kanda-joloba", "place:country/ghana"}}},
			once: []string{"ELECTION"},
		},
		{
			name: "a winner declared beside the object, as the parse may set it, wins; an election the winner lost before is another",
			text: "Ana Holmberg lost the 2019 election. On Sunday the commission declared Ana Holmberg the winner with 52 percent.",
			want: []wantEvent{{"ELECTION", "2019", []string{"participant:person/ana-holmberg"}}, {"ELECTION", "2025-05-11", []string{"agent:person/ana-holmberg"}}},
		},
		{
			name: "an accusation of one named after an act of wrongdoing alleged of another is a second accusation",
			text: "Prosecutors allege that Oskar Brennet took bribes from a builder. The indictment also accuses his former aide, Lena Fuchsberg, of forging invoices.",
			want: []wantEvent{{"ACCUSATION", "2025-05-12", []string{"target:person/oskar-brennet"}}, {"ACCUSATION", "2025-05-12", []string{"target:person/lena-fuchsberg"}}},
		},
		{
			name:     "a winner declared by a pronoun, which the parse reads as the winner's possessor, is the one the pronoun stands for",
			text:     "Marta Kessling, a former teacher, ran against the mayor of Vellin. On Sunday night the electoral commission declared her the winner with 54 percent of the vote.",
			want:     []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:person/marta-kessling"}}},
			notParts: []string{"agent:organization/electoral-commission"},
			not:      []string{"STATEMENT"},
		},
		{
			name: "her before a noun with a determiner of its own is no possessor: not the winner's, so no election",
			text: "On Sunday the commission declared her candidate the winner with 54 percent of the vote.",
			not:  []string{"ELECTION"},
		},
		{
			name: "who declares himself the winner claims it",
			text: "Ivo Dornan declared himself the winner on Sunday.",
			not:  []string{"ELECTION"},
		},
		{
			name:  "a winner declared in another race is another election",
			text:  "Ivo Dornan won the Vellin seat on Thursday. In Kolvek, the commission declared Ana Holmberg the winner on Sunday.",
			want:  []wantEvent{{"ELECTION", "2025-05-08", []string{"agent:person/ivo-dornan"}}, {"ELECTION", "2025-05-11", []string{"agent:person/ana-holmberg"}}},
			twice: []string{"ELECTION"},
		},
		{
			name: "a seat retained in a place, a rival defeated by a margin, as counting in an election went on, is that election won",
			text: "Harbour Party leader Ivo Dornan retained his seat in Vellin on Tuesday, defeating his rival by more than 390,000 votes, as counting in Norway's general election showed a close race.",
			want: []wantEvent{{"ELECTION", "2025-05-06", []string{"agent:person/ivo-dornan", "place:place/vellin"}}},
		},
		{
			name: "a party that sweeps a state wins its election",
			text: "The Harbour Party swept Bavaria on Sunday, winning 37 of the state's 80 seats.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:party/harbour-party"}}},
			once: []string{"ELECTION"},
		},
		{
			name: "a sweep by no candidate is no election",
			text: "Police swept the area on Monday.",
			not:  []string{"ELECTION"},
		},
		{
			name:     "whom a seat was lost to wins it where the parse hangs him on the place it was lost in",
			text:     "His sister, Mira Dornan, lost in Vellin to Tomas Brek of the Harbour Party by about 55,000 votes on Sunday.",
			want:     []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:person/tomas-brek", "participant:person/mira-dornan", "place:place/vellin"}}},
			notParts: []string{"participant:person/tomas-brek"},
		},
		{
			name: "a preposition before a noun read as a marker is its case",
			text: "In Vellin on Sunday, incumbent governor Ivo Dornan of the Harbour Party lost to businessman Tomas Brek, an independent candidate.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:person/tomas-brek", "participant:person/ivo-dornan"}}},
		},
		{
			name: "an election due is not yet held",
			text: "Norwegian local elections are due in October.",
			not:  []string{"ELECTION"},
		},
		{
			name: "an election expected to fail was held",
			text: "The Norwegian referendum, held on Sunday, was expected to fail.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"place:country/norway"}}},
		},
		{
			name:     "a list of places after from is where warnings came from, not where protests were held",
			text:     "Norland's parliament passed the law on Tuesday, defying weeks of mass protests and warnings from Washington and Brussels.",
			notParts: []string{"place:place/washington-d-c", "place:place/brussels"},
		},
		{
			name: "a label in a participle after the act is a criticism by its subject",
			text: "President Ivo Dornan vetoed the law on Saturday, calling it a disgrace.",
			want: []wantEvent{{"CRITICISM", "2025-05-10", []string{"agent:person/ivo-dornan"}}},
		},
		{
			name: "\"after\" opening a clause is no preposition on its subject, nor its span the subject; what came after another act is not on the story's day",
			text: "Finance Minister Ana Holm resigned on Monday, days after the World Bank urged the government to cut its deficit. " +
				"The cabinet approved a fuel tax on Friday, Treasury chief Amos Kirui said, two days after the International Monetary Fund urged the government to cut spending.",
			want: []wantEvent{
				{"REQUEST", "2025", []string{"agent:organization/world-bank"}}, // days before Monday: its year
				{"REQUEST", "", []string{"agent:organization/international-monetary-fund"}},
			},
		},
		{
			name:     "a news agency's country is not where the votes of its stories are held",
			text:     "The Associated Press reported that voters rejected a constitutional amendment in Sunday's referendum, a defeat for the government.",
			notParts: []string{"place:country/united-states"},
		},
		{
			name: "what a labelling verb calls is its object, though the parse makes the label that noun's object",
			text: "Norway's embassy called the move a provocation and promised a response.",
			want: []wantEvent{{"CRITICISM", "2025-05-12", []string{"agent:organization/embassy-of-norway--a78a0b955"}}},
		},
		{
			name:  "a verdict called politically motivated is criticised, not a claim denied; one criticism told in two verbs",
			text:  "France denounced the verdict against the editor Ilse Marrow on Tuesday, calling it politically motivated.",
			want:  []wantEvent{{"CRITICISM", "2025-05-06", []string{"agent:country/france"}}},
			count: map[string]int{"CRITICISM": 1, "DENIAL": 0},
		},
		{
			name: "a title's modifier read as a gerund keeps the act's day",
			text: "Finance Minister Ivo Dornan took over as acting president on Friday.",
			want: []wantEvent{{"APPOINTMENT", "2025-05-09", []string{"patient:person/ivo-dornan"}}},
		},
		{
			name: "an act one is declining to do is not done",
			text: "Ana Holmberg said Ivo Dornan had broken the law by declining to appoint three judges to the Constitutional Court on Monday.",
			not:  []string{"APPOINTMENT"},
		},
		{
			name: "whom soldiers place under house arrest is arrested, on the day they place him",
			text: "Soldiers placed President Ivo Dornan under house arrest on Wednesday.",
			want: []wantEvent{{"ARREST", "2025-05-07", []string{"patient:person/ivo-dornan"}}},
		},
		{
			name: "whom a state's service places under surveillance it investigates, from when it does",
			text: "The intelligence service placed the Harbour Party under surveillance on Wednesday. Ivo Dornan has been under surveillance since March.",
			want: []wantEvent{
				{"INVESTIGATION", "2025-05-07", []string{"patient:party/harbour-party"}},
				{"INVESTIGATION", "2025-03", []string{"patient:person/ivo-dornan"}},
			},
		},
		{
			name: "the passive subject of a placing verb is arrested",
			text: "Ivo Dornan was placed under house arrest by the army on Wednesday.",
			want: []wantEvent{{"ARREST", "2025-05-07", []string{"patient:person/ivo-dornan"}}},
		},
		{
			name:     "who opens a clause on the person, not on the party he is of",
			text:     "Ivo Dornan of the Harbour Party, who retained his seat on Sunday, thanked voters.",
			want:     []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:person/ivo-dornan"}}},
			notParts: []string{"agent:party/harbour-party"},
		},
		{
			name: "who is under sanctions undergoes them, and the relative clause's year dates nothing else",
			text: "Ivo Dornan, who has been under EU sanctions since 2022, denied the allegations.",
			want: []wantEvent{
				{"SANCTION", "2022", []string{"patient:person/ivo-dornan", "agent:organization/european-union"}},
				{"DENIAL", "2025-05-12", []string{"agent:person/ivo-dornan"}},
			},
		},
		{
			name:     "an outlet a denial is told to is no target of it",
			text:     "Ivo Dornan denied the allegations in an interview with the Harbour Times on Monday. Ana Holmberg criticised the plan in a statement to Reuters on Monday.",
			want:     []wantEvent{{"DENIAL", "2025-05-12", []string{"agent:person/ivo-dornan"}}, {"CRITICISM", "2025-05-12", []string{"agent:person/ana-holmberg"}}},
			notParts: []string{"target:organization/harbour-times", "target:organization/reuters", "participant:organization/reuters"},
		},
		{
			name:     "a reporting gerund after the reported clause is the speaker's",
			text:     "Ana Holmberg denied on Monday that the Harbour Party had any role, saying the police were acting on evidence.",
			want:     []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:person/ana-holmberg"}}},
			notParts: []string{"agent:party/harbour-party"},
		},
		{
			name: "an election a participle says is expected is yet to come",
			text: "Ivo Dornan quit the Harbour Party on Wednesday, ahead of a Norwegian general election expected later this year.",
			not:  []string{"ELECTION"},
		},
		{
			name:     "a party that won no seats ran and lost",
			text:     "The Harbour Party, which won no seats at the last election in 2019, has been polling at 12 percent.",
			want:     []wantEvent{{"ELECTION", "2019", []string{"participant:party/harbour-party"}}},
			notParts: []string{"agent:party/harbour-party"},
		},
		{
			name:     "the second noun of a coordinated apposition says who the name is, and does not speak",
			text:     "Ivo Dornan, the MP for Brask and a former deputy chairman of the Harbour Party, said on Monday he had lost faith in the government.",
			want:     []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:person/ivo-dornan"}}},
			notParts: []string{"agent:party/harbour-party"},
		},
		{
			name:     "whose side a passive's agent is does the act",
			text:     "The bill, backed by President Ivo Dornan's ruling coalition, was approved by 105 deputies.",
			want:     []wantEvent{{"SUPPORT", "", []string{"agent:person/ivo-dornan"}}},
			notParts: []string{"target:person/ivo-dornan"},
		},
		{
			name: "a vote to remove a president removes him",
			text: "Norway's parliament voted early on Friday to remove President Ivo Dornan from office.",
			want: []wantEvent{{"DISMISSAL", "2025-05-09", []string{"patient:person/ivo-dornan"}}},
		},
		{
			name: "a state's mediators or negotiators act for it",
			text: "Qatari mediators met Hamas leaders in Doha on Saturday. Egyptian negotiators urged Hamas on Sunday to accept the deal.",
			want: []wantEvent{{"MEETING", "2025-05-10", []string{"agent:country/qatar"}}, {"REQUEST", "2025-05-11", []string{"agent:country/egypt"}}},
		},
		{
			name: "an attack that could lead to a slaughter may come; the attack that could lead to war came",
			text: "The United Nations warned on Monday that an assault on Rafah could lead to a slaughter.",
			not:  []string{"ATTACK"},
		},
		{
			name: "the attack, with its day, that could lead to war happened",
			text: "The attack on Rafah on Friday could lead to war, the United Nations warned.",
			want: []wantEvent{{"ATTACK", "2025-05-09", []string{"place:place/rafah"}}},
		},
		{
			name: "a place across which strikes killed is where they struck",
			text: "Israeli air strikes killed at least 30 Palestinians across the Gaza Strip on Saturday, health officials said.",
			want: []wantEvent{{"ATTACK", "2025-05-10", []string{"agent:country/israel", "place:place/gaza-strip"}}},
		},
		{
			name: "a relative \"that\" on the noun that restates a name is what the clause does to the name",
			text: "The case is connected to Voice of Vellin, a news website that the Norwegian government sanctioned in March 2024.",
			want: []wantEvent{{"SANCTION", "2024-03", []string{"agent:country/norway", "patient:organization/voice-of-vellin"}}},
		},
		{
			name: "a pejorative compound written in two words labels as written with a hyphen",
			text: "Ivo Dornan called the ruling a \"witch hunt\" on Thursday.",
			want: []wantEvent{{"CRITICISM", "2025-05-08", []string{"agent:person/ivo-dornan"}}},
		},
		{
			name: "words of support are news the day they are said",
			text: "Varovia held a presidential run-off on Sunday. President Ivo Dornan congratulated his rival on social media.",
			want: []wantEvent{{"SUPPORT", "2025-05-12", []string{"agent:person/ivo-dornan"}}},
		},
		{
			name:     "a name the parser parts is read as one word",
			text:     "Human Rights Watch's Asia director, Oda Lind, called the verdict a travesty.",
			want:     []wantEvent{{"CRITICISM", "2025-05-12", []string{"agent:person/oda-lind"}}},
			notParts: []string{"agent:organization/human-rights-watch"},
		},
		{
			name: "seats a party holds, told in the present, are a standing, no election",
			text: "The government should survive the vote: the Civic Union holds 61 seats in the 101-seat parliament.",
			not:  []string{"ELECTION"},
		},
		{
			name: "hours later is the day of what was told before",
			text: "Prosecutors on Wednesday charged Ivo Dornan with fraud. He resigned hours later.",
			want: []wantEvent{{"RESIGNATION", "2025-05-07", []string{"agent:person/ivo-dornan"}}},
		},
		{
			name: "a purpose clause read on a name is the verb's: a vote sought is no vote",
			text: "Ana Holm, who took office in January, said she would seek the votes of the opposition Sovereign Harvest Alliance (SHA) to pass the budget.",
			not:  []string{"VOTE"},
		},
		{
			name:     "the agent of a joined passive is not the first verb's",
			text:     "Ivo Dornan was ousted in April and replaced by Ana Holm.",
			want:     []wantEvent{{"DISMISSAL", "2025-04", []string{"patient:person/ivo-dornan"}}},
			notParts: []string{"agent:person/ana-holm"},
		},
		{
			name:     "a hyphened word the parse parts is one word; a later verb's agent is not the vote's",
			text:     "Ivo Dornan was ousted in a parliamentary no-confidence vote in April and replaced by Ana Holm.",
			want:     []wantEvent{{"DISMISSAL", "2025-04", []string{"patient:person/ivo-dornan"}}},
			notParts: []string{"agent:person/ana-holm"},
		},
		{
			name: "rejecting an election's results leaves the election held",
			text: "The opposition rejected the results of Saturday's governorship election in Ondo state.",
			want: []wantEvent{{"ELECTION", "2025-05-10", []string{"place:place/ondo"}}},
		},
		{
			name: "a year on a figure compared dates the figure, not the win",
			text: "The Harvest Party won 40 seats, up from 12 in 2020.",
			want: []wantEvent{{"ELECTION", "", []string{"agent:party/harvest-party"}}},
		},
		{
			name: "a city hosting games meets no one",
			text: "Moscow hosted the games in 1980.",
			not:  []string{"MEETING"},
		},
		{
			name: "a state that funds or pays people of politics interferes",
			text: "Investigators said Moscow paid two Moldovan MPs in 2023. Candidates funded by Russia won three seats, officials said.",
			want: []wantEvent{
				{"INTERFERENCE", "2023", []string{"agent:country/russia"}},
				{"INTERFERENCE", "", []string{"agent:country/russia"}},
			},
		},
		{
			name: "a state's past verb read as an adjective on its object still funds",
			text: "Beijing funded activists in 2023, the agency said.",
			want: []wantEvent{{"INTERFERENCE", "2023", []string{"agent:country/china"}}},
		},
		{
			name: "a state's agents, or a group run out of its mission, who cultivate, recruit or bribe people of politics interfere for it",
			text: "Mirko Dal was cultivated by a network run out of the Chinese consulate in Toronto. " +
				"Kaspar Veit was recruited by Chinese intelligence in 2019. Russian diplomats bribed two lawmakers in Chisinau in 2023. " +
				"Petra Lind was targeted by Russian intelligence in 2024.",
			want: []wantEvent{
				{"INTERFERENCE", "", []string{"agent:country/china", "target:person/mirko-dal"}},
				{"INTERFERENCE", "2019", []string{"agent:country/china", "target:person/kaspar-veit"}},
				{"INTERFERENCE", "2023", []string{"agent:country/russia"}},
				{"INTERFERENCE", "2024", []string{"agent:country/russia", "target:person/petra-lind"}},
			},
		},
		{
			name: "one of politics who spies for, acts as an agent of, takes from or passes secrets to a state or its agents is its target",
			text: "Sara Holm spied for China in 2021. Ilse Varga acted as an agent of Russian intelligence in 2022. " +
				"Jonas Weller received funding from a group linked to the Kremlin. Tomas Brill passed secrets to a Chinese diplomat in 2020.",
			want: []wantEvent{
				{"INTERFERENCE", "2021", []string{"agent:country/china", "target:person/sara-holm"}},
				{"INTERFERENCE", "2022", []string{"agent:country/russia", "target:person/ilse-varga"}},
				{"INTERFERENCE", "", []string{"agent:country/russia", "target:person/jonas-weller"}},
				{"INTERFERENCE", "2020", []string{"agent:country/china", "target:person/tomas-brill"}},
			},
			notParts: []string{"place:organization/kremlin"},
		},
		{
			name: "what one takes from or passes to others than a state's agents, or a state's own money at home, is no interference",
			text: "Toronto received funding from Ottawa in 2023. Ivo Dorn received the Chinese ambassador in Vienna on Monday. " +
				"Petra Lind passed the bill to the Senate on Tuesday. Teo Marsh spied for the newspaper on his rivals in 2021. " +
				"The minister received a letter from the Russian embassy on Monday. Nora Falk acted as an agent for the footballer in 2019.",
			not: []string{"INTERFERENCE"},
		},
		{
			name: "a state that influences, or tries or seeks to influence or sway, an election, a vote or people of politics interferes, when the election it sways was held",
			text: "Britain said Iran had tried to influence the election. Officials said Russia sought to sway lawmakers in Berlin in 2023. " +
				"France said China influenced the 2024 election.",
			want: []wantEvent{
				{"INTERFERENCE", "", []string{"agent:country/iran"}},
				{"INTERFERENCE", "2023", []string{"agent:country/russia"}},
				{"INTERFERENCE", "2024", []string{"agent:country/china"}},
			},
		},
		{
			name: "one of politics who seeks to influence a debate, or a state that will try or did not try, does not interfere",
			text: "The minister sought to influence the debate in parliament on Monday. Russia will try to influence the election, Ivo Dorn warned. " +
				"Ana Brook tried to sway lawmakers on Tuesday. Iran did not seek to influence the vote, its envoy said.",
			not: []string{"INTERFERENCE"},
		},
		{
			name: "a campaign or an effort a state runs to influence or sway a vote or voters is its interference, the infinitive the noun's",
			text: "The report described a covert campaign by Russia to influence the 2024 election. Officials said China launched an effort to sway voters in 2023.",
			want: []wantEvent{
				{"INTERFERENCE", "2024", []string{"agent:country/russia"}},
				{"INTERFERENCE", "2023", []string{"agent:country/china"}},
			},
		},
		{
			name: "a campaign a party runs to sway voters is politics at home",
			text: "The Harbour Party launched a campaign to sway voters in 2023. The minister backed an effort to influence the debate on Monday.",
			not:  []string{"INTERFERENCE"},
		},
		{
			name: "a mission named again by its noun alone is the state's named before, however far back",
			text: "Mirko Dal dined with officials from China's consulate in Toronto in 2021. The dinners were private, the newspaper said. " +
				"Three guests attended. In 2022, Dal was cultivated by a network run out of the consulate, officials said.",
			want: []wantEvent{{"INTERFERENCE", "2022", []string{"agent:country/china", "target:person/mirko-dal"}}},
		},
		{
			name: "a meeting held at a state's mission has the state take part, not be where it was",
			text: "Mirko Dal attended a dinner at China's consulate in Toronto in 2019. Petra Lind met officials at Russia's embassy in Berlin in 2021.",
			want: []wantEvent{
				{"MEETING", "2019", []string{"agent:person/mirko-dal", "participant:country/china", "place:place/toronto"}},
				{"MEETING", "2021", []string{"agent:person/petra-lind", "participant:country/russia", "place:place/berlin"}},
			},
			notParts: []string{"place:country/russia"},
		},
		{
			name: "a party that recruits candidates, or a state that targets a city, does not interfere",
			text: "The Harbour Party recruited two candidates in 2023. Russia targeted Kharkiv on Monday. Police recruited 40 officers in 2022. " +
				"Ivo Dorn was targeted by critics after the vote.",
			not: []string{"INTERFERENCE"},
		},
		{
			name: "a state funding schools, or a person paying a fine, does not interfere",
			text: "Ivo Marek paid the fine on Monday. The state funded new schools in 2020.",
			not:  []string{"INTERFERENCE"},
		},
		{
			name: "an event noun that only classifies the noun after it tells of no event",
			text: "EU election observers said on Monday the count was clean. A court issued an arrest warrant for Ivo Marek on Monday. The investigation team arrived in Kyiv on Monday.",
			not:  []string{"ELECTION", "ARREST", "INVESTIGATION"},
		},
		{
			name: "protesters pouring into or flooding a place protest there; water does not",
			text: "Thousands of demonstrators poured into the streets of Belgrade on Saturday. Protesters flooded the main square of Tbilisi on Sunday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-10", []string{"place:place/belgrade"}},
				{"PROTEST", "2025-05-11", []string{"place:place/tbilisi"}},
			},
		},
		{
			name: "what pours into a street without protesters is no protest",
			text: "Water poured into the streets of Belgrade on Saturday.",
			not:  []string{"PROTEST"},
		},
		{
			name: "the act one is accused of is a gerund, not a noun's modifier, and a denial of the accusation denies it",
			text: "Ana Holm accused Beijing of funding candidates in the 2022 election. China denied the accusation on Monday.",
			want: []wantEvent{{"INTERFERENCE", "2025-05-12", []string{"agent:country/china"}}},
		},
		{
			name: "the report no one is named as writing refers back",
			text: "Ivo Marek read the report on Monday.",
			not:  []string{"REPORT"},
		},
		{
			name: "what came before an appeal is no appeal's request",
			text: "After Dmitri Volkov's arrest in March, his lawyers appealed.",
			want: []wantEvent{{"ARREST", "2025-03", []string{"patient:person/dmitry-volkov"}}},
		},
		{
			name: "an infinitive one goes on to, or fails at, is a vote or an election held; who fails to win one loses it",
			text: "The Serbian parliament went on to pass the budget on Friday. Finance Minister Petra Solin failed to win re-election on Sunday.",
			want: []wantEvent{
				{"VOTE", "2025-05-09", []string{"agent:organization/national-assembly-of-serbia"}},
				{"ELECTION", "2025-05-11", []string{"participant:person/petra-solin"}},
			},
			notParts: []string{"agent:person/petra-solin"},
		},
		{
			name: "a purpose on what is sought is sought too",
			text: "Prime Minister Ada Rusk said she would seek the votes of the opposition Civic Alliance (CA) to pass the budget.",
			not:  []string{"VOTE"},
		},
		{
			name: "an offensive, a bombardment and an incursion are attacks",
			text: "Russian troops launched an offensive near Pokrovsk on Sunday. Israel's bombardment of Gaza on Tuesday killed 40 people. Ukraine launched an incursion into Russia's Kursk region in August 2024.",
			want: []wantEvent{
				{"ATTACK", "2025-05-11", []string{"agent:country/russia"}},
				{"ATTACK", "2025-05-06", []string{"agent:country/israel"}},
				{"ATTACK", "2024-08", []string{"agent:country/ukraine"}},
			},
		},
		{
			name: "a charm offensive and offensive remarks are not",
			text: "The ruling party launched a charm offensive in Brussels on Monday. The senator made offensive remarks about Mexico on Friday.",
			not:  []string{"ATTACK"},
		},
		{
			name: "a strike workers stage or begin is a protest, not an attack",
			text: "Teachers in France staged a strike on Tuesday. Rail workers in Britain began a strike on Thursday. Doctors held a nationwide strike in Kenya on Friday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-06", []string{"place:country/france"}},
				{"PROTEST", "2025-05-08", []string{"place:country/united-kingdom"}},
				{"PROTEST", "2025-05-09", []string{"place:country/kenya"}},
			},
			not: []string{"ATTACK"},
		},
		{
			name: "the resignation of a person is theirs; a sacking is a dismissal",
			text: "The resignation of Health Minister Tomas Kerr on Friday left the cabinet short. The sacking of army chief Gen. Ivan Petrenko last month shocked Kyiv.",
			want: []wantEvent{
				{"RESIGNATION", "2025-05-09", []string{"agent:person/tomas-kerr"}},
				{"DISMISSAL", "2025-04", []string{"patient:person/ivan-petrenko"}},
			},
		},
		{
			name: "an infinitive under a decision denied, under a modal or declined is not done",
			text: "Foreign Minister Anna Kolar did not decide to resign. Interior Minister Ivo Dorn may decide to step down. Defence Minister Lea Marr declined to resign on Friday.",
			not:  []string{"RESIGNATION"},
		},
		{
			name: "one who did not hesitate did it",
			text: "Foreign Minister Ana Holm did not hesitate to condemn Russia on Friday.",
			want: []wantEvent{{"CRITICISM", "2025-05-09", []string{"agent:person/ana-holm", "target:country/russia"}}},
		},
		{
			name: "one's election as an officer is an appointment, as \"was elected speaker\" is",
			text: "Lena Moravec's election as speaker in 2019 surprised many.",
			want: []wantEvent{{"APPOINTMENT", "2019", []string{"patient:person/lena-moravec"}}},
			not:  []string{"ELECTION"},
		},
		{
			name: "talks that fail to produce a deal were held",
			text: "Talks between Serbia and Kosovo failed to produce a deal in Brussels on Thursday.",
			want: []wantEvent{{"MEETING", "2025-05-08", []string{"participant:country/serbia"}}},
		},
		{
			name: "talks that break down and a deal that falls through are no meeting held, no agreement made",
			text: "Talks between Serbia and Kosovo broke down in Brussels on Thursday. The deal between Iran and Oman fell through on Sunday.",
			not:  []string{"MEETING", "AGREEMENT"},
		},
		{
			name: "protesters who gather or block roads protest",
			text: "Protesters gathered outside the parliament in Tbilisi on Sunday. Thousands of demonstrators blocked roads in Novi Sad on Friday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-11", []string{"place:place/tbilisi"}},
				{"PROTEST", "2025-05-09", []string{"place:place/novi-sad"}},
			},
		},
		{
			name: "leaders who gather and a court that blocks a law do not",
			text: "Leaders of the European Union gathered in Brussels on Sunday. The Constitutional Court of Serbia blocked the law on Friday.",
			not:  []string{"PROTEST"},
		},
		{
			name: "a phrase after the comma that closes a fronted clause is the main verb's",
			text: "As the ministry informed, on Wednesday in Baku was held a meeting of the foreign ministers of Azerbaijan and Turkey.",
			want: []wantEvent{{"MEETING", "2025-05-07", []string{"participant:country/azerbaijan"}}},
		},
		{
			name:     "a name after a body's noun, no commas, is the one who heads it",
			text:     "The head of the department Anwar Hakimi was detained by the security service on Sunday. The wife of the minister Ivo Dorn was detained on Monday.",
			want:     []wantEvent{{"ARREST", "2025-05-11", []string{"patient:person/anwar-hakimi"}}},
			notParts: []string{"patient:person/ivo-dorn"},
		},
		{
			name: "the time of the statement a speaker speaks in is the saying's",
			text: "In a statement on Tuesday, the Foreign Ministry of Georgia condemned the decision of Russia.",
			want: []wantEvent{{"CRITICISM", "2025-05-06", []string{"target:country/russia"}}},
		},
		{
			name: "what a body says in a report it publishes, it reports, on the day it publishes it",
			text: "In a report published Tuesday, Amnesty International said police in Ostra had beaten detainees.",
			want: []wantEvent{{"REPORT", "2025-05-06", []string{"source:organization/amnesty-international"}}},
			not:  []string{"STATEMENT"},
		},
		{
			name: "what the tree says happened overnight happened the night before the report",
			text: "Russian missiles hit Kyiv overnight, the Ukrainian air force said.",
			want: []wantEvent{{"ATTACK", "2025-05-11", []string{"agent:country/russia"}}},
		},
		{
			name: "what happened overnight, a tail says on a day, happened the night before that day",
			text: "Russian drones hit the city of Tarsk overnight, the Ukrainian air force said on Sunday. Ukrainian troops shelled Vellin overnight, officials said.",
			want: []wantEvent{
				{"ATTACK", "2025-05-10", []string{"agent:country/russia"}},
				{"ATTACK", "2025-05-11", []string{"agent:country/ukraine"}},
			},
		},
		{
			name: "a verb the tagger reads as a noun, with a subject and an object, is the verb; an adverb before a reporting tail is the clause's",
			text: "Ukrainian air defences shot down 30 drones overnight, the air force said on Sunday.",
			want: []wantEvent{{"ATTACK", "2025-05-10", []string{"patient:country/ukraine"}}},
		},
		{
			name: "a present form the tagger reads as a noun, after a name and its closed aside and before an object, is the verb",
			text: "Tomas Vreel, who was indicted in March, denies wrongdoing.",
			want: []wantEvent{{"DENIAL", "2025-05-12", []string{"agent:person/tomas-vreel"}}},
		},
		{
			name: "an offensive forces launch, or that is launched by them, is an attack wherever it is aimed; a state's charm offensive is none",
			text: "Russian forces launched a new offensive near Pelarsk on Friday. A new offensive was launched by the 3rd Brigade on Monday near the town of Vellin, the Ukrainian army said. " +
				"Ukraine launched a diplomatic offensive in Brussels on Saturday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-09", []string{"agent:country/russia", "place:place/pelarsk"}},
				{"ATTACK", "2025-05-12", []string{"place:place/vellin"}},
			},
			count: map[string]int{"ATTACK": 2},
		},
		{
			name: "the state an attack's unnamed targets stood in is struck; with no object, it is where",
			text: "Russian jets hit targets in southern Ukraine on Saturday. Israeli jets bombed targets in Lebanon on Friday. French troops clashed with rebels in Mali on Thursday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-10", []string{"agent:country/russia", "patient:country/ukraine"}},
				{"ATTACK", "2025-05-09", []string{"agent:country/israel", "patient:country/lebanon"}},
				{"ATTACK", "2025-05-08", []string{"agent:country/france", "place:country/mali"}},
			},
		},
		{
			name: "\"it\" that says, after a body spoke in a tail, is that body, not the subject of what it told",
			text: "Russia launched 85 drones at Ukraine overnight, the Ukrainian air force said on Sunday. Air defences destroyed 60 of the drones, it said on Sunday.",
			want: []wantEvent{{"STATEMENT", "2025-05-11", []string{"agent:country/ukraine"}}},
		},
		{
			name: "overnight on another verb dates nothing else",
			text: "Talks went on overnight in Brussels, and Ivo Marek met Oda Lind.",
			want: []wantEvent{{"MEETING", "", []string{"agent:person/ivo-marek"}}},
		},
		{
			name: "a time in a noun phrase dates that noun, not the verb",
			text: "Premier Orla Vinter apologised on Friday for the 2015 raid on the newspaper.",
			want: []wantEvent{{"APOLOGY", "2025-05-09", []string{"agent:person/orla-vinter"}}},
		},
		{
			name: "a name in apposition to a title with its district speaks, not the district",
			text: "The MP for Sellin North, Ada Holm, said on Friday that she would vote against the bill.",
			want: []wantEvent{{"STATEMENT", "2025-05-09", []string{"agent:person/ada-holm"}}},
		},
		{
			name: "troops that clash attack; the verb is the sentence's, though it has a participle's form",
			text: "The ministries of Calvaria and Dresmora traded accusations on Thursday. Calvarian troops clashed with Dresmoran forces near Vellin on Wednesday.",
			want: []wantEvent{{"ATTACK", "2025-05-07", []string{"agent:country/calvaria", "patient:country/dresmora", "place:place/vellin"}}},
		},
		{
			name:     "a state's embassy that puts out a statement makes it, a body of its own",
			text:     "The Harvest Front met in Vellin on Sunday.\n\nThe Russian embassy in Vienna put out a statement on Monday calling the sanctions hostile.",
			want:     []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:organization/embassy-of-russia--at"}}},
			notParts: []string{"place:country/russia"},
		},
		{
			name: "a body's troops by a possessive pronoun are the body's",
			text: "The ministries of Calvaria and Dresmora traded accusations on Thursday. Calvaria said on Friday that its troops had shelled Vellin on Thursday.",
			want: []wantEvent{{"ATTACK", "2025-05-08", []string{"agent:country/calvaria"}}},
		},
		{
			name: "a minister's troops are her state's, by the title in apposition before her name",
			text: "The ministries of Calvaria and Dresmora traded accusations on Thursday. Calvaria's defence minister, Ada Holm, said on Friday that her troops had shelled Dresmoran positions on Thursday.",
			want: []wantEvent{{"ATTACK", "2025-05-08", []string{"agent:country/calvaria"}}},
		},
		{
			name: "a minister's troops are her state's, by the state's demonym before her title",
			text: "The ministries of Calvaria and Dresmora traded accusations on Thursday. Calvarian Defence Minister Ada Holm said on Friday that her troops had shelled Dresmoran positions on Thursday.",
			want: []wantEvent{{"ATTACK", "2025-05-08", []string{"agent:country/calvaria"}}},
		},
		{
			name: "two states' ministries joined by and are each state's: the statement is both states'",
			text: "The French and German foreign ministries said on Monday they would send observers to Vellin. The Polish and Lithuanian governments condemned the incursion on Friday.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-12", []string{"agent:country/france", "agent:country/germany"}},
				{"CRITICISM", "2025-05-09", []string{"agent:country/poland", "agent:country/lithuania"}},
			},
		},
		{
			name: "a list of nationalities before a body's noun names each state, the first too",
			text: "Jordanian, Egyptian and Saudi officials condemned the shelling of Vellin on Monday. Turkish and Omani diplomats attended the talks in Vellin on Tuesday. " +
				"The Egyptian, Qatari and US mediators held talks in Dorsk on Wednesday.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:country/jordan", "agent:country/egypt", "agent:country/saudi-arabia"}},
				{"MEETING", "2025-05-06", []string{"agent:country/turkey", "agent:country/oman"}},
				// a state's acronym set as a nationality goes on the list
				{"MEETING", "2025-05-07", []string{"agent:country/egypt", "agent:country/qatar", "agent:country/united-states"}},
			},
		},
		{
			name: "a combining form joined to a nationality names its state, as the nationality does; alone it is a name",
			text: "Franco Bernini criticised the Franco-German proposal on Monday. Sino-Russian diplomats attended the talks in Vellin on Tuesday.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:person/franco-bernini", "target:country/france", "target:country/germany"}},
				{"MEETING", "2025-05-06", []string{"agent:country/china", "agent:country/russia"}},
			},
		},
		{
			name: "a state's name joined to a combining form is a side of the pair, as a nationality there is, no place",
			text: "Sino-US talks were held in Vellin on Monday.",
			want: []wantEvent{
				{"MEETING", "2025-05-12", []string{"agent:country/china", "agent:country/united-states", "place:place/vellin"}},
			},
		},
		{
			name: "a noun of disapproval a verb of voicing carries is a criticism, dated by the spokesperson's aside; one no one voices is none",
			text: "Vietnam expressed strong dissatisfaction and firm opposition to the survey, ministry spokesperson Ivo Dorn said on Friday. " +
				"Mongolia lodged stern representations with Japan on Tuesday. Public dissatisfaction with the Vellin council grew on Wednesday, and Ana Holm led the opposition. " +
				"Ivo Dorn made representations to the council on behalf of residents on Thursday.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-09", []string{"agent:country/vietnam"}},
				{"CRITICISM", "2025-05-06", []string{"agent:country/mongolia", "target:country/japan"}},
			},
			count: map[string]int{"CRITICISM": 2},
		},
		{
			name: "a state that protests criticises, by its words, the one it protests to; a crowd that protests protests",
			text: "Mongolia protested to Japan on Tuesday over the drills. Thousands of farmers protested in Vellin on Wednesday.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-06", []string{"agent:country/mongolia", "target:country/japan"}},
				{"PROTEST", "2025-05-07", []string{"place:place/vellin"}},
			},
			notParts: []string{"place:country/japan"},
		},
		{
			name: "the two countries after a pair of states joined by a hyphen are those states; the two leaders are not",
			text: "Vietnam-Mongolia relations have grown, Ivo Dorn said, adding that the two countries signed five agreements on Monday. The two leaders signed a memorandum on Tuesday.",
			want: []wantEvent{
				{"AGREEMENT", "2025-05-12", []string{"agent:country/vietnam", "agent:country/mongolia"}},
			},
			count: map[string]int{"AGREEMENT": 1},
		},
		{
			name: "two states' names joined by a hyphen are the pair's two sides, no place and no person",
			text: "Vietnam-China talks were held in Vellin on Monday. Ivo Dorn criticised the Japan-South Korea accord on Tuesday.",
			want: []wantEvent{
				{"MEETING", "2025-05-12", []string{"agent:country/vietnam", "agent:country/china", "place:place/vellin"}},
				{"CRITICISM", "2025-05-06", []string{"agent:person/ivo-dorn", "target:country/japan", "target:country/south-korea"}},
			},
		},
		{
			name: "a campaign of disinformation run by a state is interference",
			text: "The Harvest Front met in Vellin on Sunday.\n\nRussia ran a disinformation campaign against the Harvest Front on Monday.",
			want: []wantEvent{{"INTERFERENCE", "2025-05-12", []string{"agent:country/russia"}}},
		},
		{
			name:     "an attack on a state is done to it; a strike on a town happens there",
			text:     "The Harvest Front met in Vellin on Sunday.\n\nRussia launched an attack on Ukraine on Monday and a drone strike on Vellin on Tuesday.",
			want:     []wantEvent{{"ATTACK", "2025-05-12", []string{"agent:country/russia", "patient:country/ukraine"}}},
			notParts: []string{"place:country/ukraine", "patient:place/vellin"},
		},
		{
			name: "a raid carried out by a state's forces is theirs",
			text: "The Harvest Front met in Vellin on Sunday.\n\nRussian forces carried out a raid in Vellin on Monday.",
			want: []wantEvent{{"ATTACK", "2025-05-12", []string{"agent:country/russia", "place:place/vellin"}}},
		},
		{
			name: "a party that expels a member dismisses them; a state that expels diplomats sanctions",
			text: "In February 2020 the party expelled Dario Corvo. The Harbour Party expelled Ivo Dorn on Tuesday. Hungary expelled two Ukrainian diplomats on Wednesday.",
			want: []wantEvent{
				{"DISMISSAL", "2020-02", []string{"patient:person/dario-corvo"}},
				{"DISMISSAL", "2025-05-06", []string{"patient:person/ivo-dorn"}},
				{"SANCTION", "2025-05-07", []string{"agent:country/hungary"}},
			},
		},
		{
			name: "the name set off after 'the leader of the opposition Party' is the leader's, not the party's",
			text: "The head of the opposition Harbour Party, Ivo Dorn, accused Ada Holm of corruption.",
			want: []wantEvent{
				{"ACCUSATION", "2025-05-12", []string{"agent:person/ivo-dorn", "target:person/ada-holm"}},
			},
			notParts: []string{"agent:party/harbour-party"},
		},
		{
			name: "the name set off after 'the leader of the opposition Alliance' demands, not the alliance",
			text: "The leader of the opposition Social Democratic Alliance, Marta Lobo, demanded the resignation of Paulo Serra on Tuesday.",
			want: []wantEvent{
				{"REQUEST", "2025-05-06", []string{"agent:person/marta-lobo"}},
			},
		},
		{
			name: "a motion of no confidence in someone is a vote on them, whether the motion or the chamber is the subject",
			text: "The motion of no confidence in Prime Minister Sabine Kroll was defeated by 88 votes to 71 on Tuesday. On Thursday the Senate rejected a censure motion against Finance Minister Ivo Dorn.",
			want: []wantEvent{
				{"VOTE", "2025-05-06", []string{"participant:person/sabine-kroll"}},
				{"VOTE", "2025-05-08", []string{"participant:person/ivo-dorn"}},
			},
		},
		{
			name: "elected interim or acting leader is an appointment, as elected leader is",
			text: "Petra Anzel was elected interim leader of the Renewal Party on Wednesday, beating Luka Sorin by 31 votes to 12. Ivo Dorn was elected acting speaker on Thursday.",
			want: []wantEvent{
				{"APPOINTMENT", "2025-05-07", []string{"patient:person/petra-anzel"}},
				{"APPOINTMENT", "2025-05-08", []string{"patient:person/ivo-dorn"}},
			},
			not:      []string{"ELECTION"},
			notParts: []string{"patient:person/luka-sorin"},
		},
		{
			name: "a participle joined after a purpose gerund goes on from the passive verb: the one released is its subject, not its doer",
			text: "Rui Kestner was detained for questioning in March and released on bail.",
			want: []wantEvent{
				{"ARREST", "2025-03", []string{"patient:person/rui-kestner"}},
				{"RELEASE", "2025-03", []string{"patient:person/rui-kestner"}},
			},
			notParts: []string{"agent:person/rui-kestner"},
		},
		{
			name: "the day of the gathering an act is done at dates the act",
			text: "Petra Anzel resigned as party leader at a meeting in Velmora on Wednesday.",
			want: []wantEvent{
				{"RESIGNATION", "2025-05-07", []string{"agent:person/petra-anzel"}},
			},
		},
		{
			name: "a party's own committee that expels a member dismisses them for the party",
			text: "The Harbour Party's disciplinary committee expelled Ivo Dorn on Tuesday. In 2022 the party's disciplinary committee expelled the former treasurer, Efua Dankwa.",
			want: []wantEvent{
				{"DISMISSAL", "2025-05-06", []string{"patient:person/ivo-dorn"}},
				{"DISMISSAL", "2022", []string{"patient:person/efua-dankwa"}},
			},
			not: []string{"SANCTION"},
		},
		{
			name: "a person named to an office after a description, set off by commas",
			text: "On Monday Premier Sabine Kroll named her deputy, Felix Marr, as transport minister. On Tuesday Hans Tigg named the former envoy, Rolf Dunst, as acting foreign minister.",
			want: []wantEvent{
				{"APPOINTMENT", "2025-05-12", []string{"agent:person/sabine-kroll", "patient:person/felix-marr"}},
				{"APPOINTMENT", "2025-05-06", []string{"agent:person/hans-tigg", "patient:person/rolf-dunst"}},
			},
		},
		{
			name: "a raid by police searches, one by troops attacks, whichever way it is written",
			text: "The Harvest Front met in Vellin on Sunday.\n\nPolice raided the offices of the Harvest Front in Vellin on Monday. " +
				"Anti-corruption officers raided the home of Ivo Dorn on Tuesday. Two aides were detained on Wednesday during a police raid on a rented flat in the port city of Orsk. " +
				"Russian troops raided the village of Brevik on Thursday.",
			want: []wantEvent{
				{"INVESTIGATION", "2025-05-12", []string{"patient:organization/harvest-front"}},
				{"INVESTIGATION", "2025-05-06", []string{"patient:person/ivo-dorn"}},
				{"INVESTIGATION", "2025-05-07", []string{"place:place/orsk"}},
				{"ARREST", "2025-05-07", []string{"place:place/orsk"}},
				{"ATTACK", "2025-05-08", []string{"agent:country/russia"}},
			},
		},
		{
			name: "what is seized and who seizes it tell the event: police seizing things search, a town seized is attacked, a person seized arrested",
			text: "The Harvest Front met in Vellin on Sunday.\n\nPolice seized documents and cash from the offices of the Harvest Front in Vellin on Monday. " +
				"Rebels seized the town of Kelmor on Tuesday. Soldiers seized the opposition leader Ivo Darsk at his home on Wednesday. " +
				"Police seized Ana Brel, a party treasurer, on Thursday.",
			want: []wantEvent{
				{"INVESTIGATION", "2025-05-12", []string{"patient:organization/harvest-front"}},
				{"ATTACK", "2025-05-06", []string{"place:place/kelmor"}},
				{"ARREST", "2025-05-07", []string{"patient:person/ivo-darsk"}},
				{"ARREST", "2025-05-08", []string{"patient:person/ana-brel"}},
			},
		},
		{
			name: "people seized or detained by gunmen, militants or a mob are abducted, an assault; by soldiers or police arrested",
			text: "The Harvest Front met in Vellin on Sunday.\n\nGunmen seized the journalist Lena Sorv in Kelmor on Monday. " +
				"Militants detained the engineer Tomas Reyn near Brevik on Tuesday. Armed men seized the mayor Karim Oudo in Tessit on Wednesday. " +
				"Soldiers seized the opposition leader Ivo Darsk in Orsk on Thursday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-12", []string{"patient:person/lena-sorv", "place:place/kelmor"}},
				{"ATTACK", "2025-05-06", []string{"patient:person/tomas-reyn"}},
				{"ATTACK", "2025-05-07", []string{"patient:person/karim-oudo", "place:place/tessit"}},
				{"ARREST", "2025-05-08", []string{"patient:person/ivo-darsk"}},
			},
		},
		{
			name: "a kidnapping or abduction is an assault on those taken, claimed by who took them",
			text: "The Harvest Front met in Vellin on Sunday.\n\nGunmen kidnapped the journalist Ana Velko in Kelmor on Friday. " +
				"Two aid workers were abducted in Brevik on Tuesday. The Dune Brigade claimed the abduction on Wednesday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-09", []string{"patient:person/ana-velko", "place:place/kelmor"}},
				{"ATTACK", "2025-05-06", []string{"place:place/brevik"}},
			},
		},
		{
			name: "an act practically or virtually done is a way of speaking, no event",
			text: "The Harvest Front met in Vellin on Sunday.\n\nLena Sorv said on Friday that she had been practically kidnapped by the Harvest Front. " +
				"Ivo Darsk said the party had virtually expelled him.",
			not: []string{"ATTACK", "DISMISSAL"},
		},
		{
			name: "power or the initiative seized by anyone but police is no event",
			text: "The Harvest Front met in Vellin on Sunday.\n\nColonel Mark Tenev seized power in 2019. The opposition seized the initiative on Monday.",
			not:  []string{"ARREST", "ATTACK", "INVESTIGATION"},
		},
		{
			name:     "a nationality before a noun and a name is the name's, not the object",
			text:     "The Harvest Front met in Vellin on Sunday.\n\nIran freed French tourist Luc Morel on Monday after two years in detention.",
			want:     []wantEvent{{"RELEASE", "2025-05-12", []string{"agent:country/iran", "patient:person/luc-morel"}}},
			notParts: []string{"patient:country/france"},
		},
		{
			name: "sanctions slapped on a state are imposed by whoever slaps them, on that day",
			text: "The Harvest Front met in Vellin on Sunday.\n\nWashington slapped new sanctions on Venezuela's state oil company on Wednesday.",
			want: []wantEvent{{"SANCTION", "2025-05-07", []string{"agent:country/united-states", "patient:country/venezuela"}}},
		},
		{
			name: "an unnamed crowd protests where it is; a hunger strike is a protest",
			text: "The Harvest Front met in Vellin on Sunday.\n\nDock workers in Orsk went on strike on Monday over pay. Teachers across Calvaria protested on Tuesday. " +
				"Ivo Dorn went on hunger strike in March.",
			want: []wantEvent{
				{"PROTEST", "2025-05-12", []string{"place:place/orsk"}},
				{"PROTEST", "2025-05-06", []string{"place:place/calvaria"}},
				{"PROTEST", "2025-03", []string{"agent:person/ivo-dorn"}},
			},
		},
		{
			name: "who downs a state's drones is attacked by that state",
			text: "The Harvest Front met in Vellin on Sunday.\n\nPoland downed a Russian drone over its territory on Wednesday. Israel intercepted a missile fired from Yemen on Tuesday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-07", []string{"agent:country/russia", "patient:country/poland"}},
				{"ATTACK", "2025-05-06", []string{"agent:country/yemen", "patient:country/israel"}},
			},
			notParts: []string{"agent:country/poland", "agent:country/israel"},
		},
		{
			name: "what is intercepted that is no weapon is no attack",
			text: "The Harvest Front met in Vellin on Sunday.\n\nPolice in Poland intercepted a shipment of cocaine on Monday.",
			not:  []string{"ATTACK"},
		},
		{
			name: "a strike an unnamed crowd holds is held where the crowd is",
			text: "The Harvest Front met in Vellin on Sunday.\n\nTeachers in France held a nationwide strike on Tuesday. Nurses across Italy staged a general strike on Thursday.",
			want: []wantEvent{
				{"PROTEST", "2025-05-06", []string{"place:country/france"}},
				{"PROTEST", "2025-05-08", []string{"place:country/italy"}},
			},
		},
		{
			name: "a crime named by a gerund is no clause of its own; a trade before a name is no part of it",
			text: "The Harvest Front met in Vellin on Sunday.\n\nBusinessman Ivo Dorn was convicted of money laundering in Orsk on Monday.",
			want: []wantEvent{{"LEGAL_ACTION", "2025-05-12", []string{"patient:person/ivo-dorn"}}},
		},
		{
			name: "vote rigging is a practice, no vote held",
			text: "The Harvest Front met in Vellin on Sunday.\n\nThe court jailed Ada Holm for vote rigging in Orsk on Friday.",
			want: []wantEvent{{"LEGAL_ACTION", "2025-05-09", []string{"patient:person/ada-holm"}}},
			not:  []string{"VOTE"},
		},
		{
			name:     "a visiting guest met is one meeting, not a second one the adjective tells",
			text:     "The Harvest Front met in Vellin on Sunday.\n\nAda Holm met the visiting Calvarian prime minister, Ivo Dorn, in Orsk on Thursday.",
			want:     []wantEvent{{"MEETING", "2025-05-08", []string{"agent:person/ada-holm", "participant:person/ivo-dorn", "place:place/orsk"}}},
			notParts: []string{"participant:place/orsk"},
		},
		{
			name: "words the trigger table gives wire verbs: lashed out at, tendered a resignation, initialled, executed",
			text: "The Harvest Front met in Vellin on Sunday.\n\nAda Holm lashed out at Ivo Dorn on Monday. Ivo Dorn tendered his resignation on Tuesday. " +
				"Armenia and Azerbaijan initialled a peace treaty in Orsk on Wednesday. Iran executed activist Pavel Orlov on Thursday.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:person/ada-holm", "target:person/ivo-dorn"}},
				{"RESIGNATION", "2025-05-06", []string{"agent:person/ivo-dorn"}},
				{"AGREEMENT", "2025-05-07", []string{"agent:country/armenia", "agent:country/azerbaijan"}},
				{"LEGAL_ACTION", "2025-05-08", []string{"agent:country/iran", "patient:person/pavel-orlov"}},
			},
		},
		{
			name: "a week dates to its month; a report's time, cited, is not the speaker's",
			text: "The Harvest Front met in Vellin on Sunday.\n\nAda Holm said on Monday that Ivo Dorn had resigned last week. " +
				"Citing a report released last week by the Harvest Front, Ivo Dorn said the figure was wrong.",
			want: []wantEvent{
				{"RESIGNATION", "2025-05", []string{"agent:person/ivo-dorn"}},
				{"DENIAL", "2025-05-11", []string{"agent:person/ivo-dorn"}}, // the story's day, not the week the report came out; the figure called wrong is denied
			},
		},
		{
			name: "an abbreviated month keeps its period inside the parse",
			text: "The Harvest Front met in Vellin on Sunday.\n\nAda Holm won the Nov. 5 election by a wide margin.",
			want: []wantEvent{{"ELECTION", "2024-11-05", []string{"agent:person/ada-holm"}}},
		},
		{
			name: "what is planned, cancelled, banned or only offered did not happen",
			text: "Ada Holm cancelled a planned visit to Orsk on Monday. A planned meeting between Ada Holm and Ivo Dorn was postponed on Tuesday. " +
				"Ivo Dorn offered to resign on Wednesday. The government banned protests in Orsk on Thursday.",
			want: []wantEvent{{"SANCTION", "2025-05-08", []string{"place:place/orsk"}}},
			not:  []string{"MEETING", "RESIGNATION", "PROTEST"},
		},
		{
			name: "who claims an attack named after the claim is its doer, on the attack's day: one event",
			text: "The Harvest Front met in Vellin on Sunday.\n\nThe Taliban claimed responsibility for Friday's attack on the embassy in Kabul.",
			want: []wantEvent{{"ATTACK", "2025-05-09", []string{"agent:organization/taliban", "place:place/kabul"}}},
		},
		{
			name: "armed groups named in the news since 2015 are organisations that attack and are attacked",
			text: "Officials in Vellin spoke on Sunday.\n\nJNIM fighters attacked an army post in central Mali on Monday. Indian forces killed three Jaish-e-Mohammed militants in Kashmir on Wednesday. The Arakan Army captured the town of Paletwa on Saturday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-12", []string{"agent:organization/jamaat-nusrat-al-islam-wal-muslimin", "patient:country/mali"}}, // the state whose post was struck
				{"ATTACK", "2025-05-07", []string{"agent:country/india", "patient:organization/jaish-e-mohammed"}},
				{"ATTACK", "2025-05-10", []string{"agent:organization/arakan-army"}},
			},
		},
		{
			name: "congratulating someone or throwing one's support behind them supports them",
			text: "The Harvest Front met in Vellin on Sunday.\n\nAda Holm congratulated Ivo Dorn on his victory on Monday. Pavel Orlov threw his support behind Ivo Dorn on Tuesday.",
			want: []wantEvent{
				{"SUPPORT", "2025-05-12", []string{"agent:person/ada-holm", "target:person/ivo-dorn"}},
				{"SUPPORT", "2025-05-06", []string{"agent:person/pavel-orlov", "target:person/ivo-dorn"}},
			},
		},
		{
			name: "a verbless line that names a place sets the scene of what its paragraph tells next",
			text: "The Harvest Front met in Vellin on Sunday.\n\n23:20 Some trouble in the eastern city of Orsk. Police detained eleven people on Monday after a scuffle. " +
				"All eleven were released on Tuesday, he said.\n\nTrouble in Brevik. Police in Dresk detained two men on Wednesday. Both were released on Thursday.",
			want:     []wantEvent{{"ARREST", "2025-05-12", []string{"place:place/orsk"}}, {"RELEASE", "2025-05-06", []string{"place:place/orsk"}}},
			notParts: []string{"place:place/brevik"},
		},
		{
			name: "who talks or clashes \"between\" two sides are both its participants, not where it happened",
			text: "The Harvest Front met in Vellin on Sunday.\n\nTalks between Ada Holm and Ivo Dorn took place in Orsk on Monday. " +
				"Clashes between Armenia and Azerbaijan killed five soldiers on Tuesday.",
			want: []wantEvent{
				{"MEETING", "2025-05-12", []string{"participant:person/ada-holm", "participant:person/ivo-dorn", "place:place/orsk"}},
				{"ATTACK", "2025-05-06", []string{"participant:country/armenia", "participant:country/azerbaijan"}},
			},
			notParts: []string{"place:country/armenia", "place:country/azerbaijan"},
		},
		{
			name: "talks one travels to a place for are held there",
			text: "The Harvest Front met in Vellin on Sunday.\n\nAda Holm flew to Kyiv on Monday for talks with Ivo Dorn.",
			want: []wantEvent{{"MEETING", "2025-05-12", []string{"agent:person/ada-holm", "participant:person/ivo-dorn", "place:place/kyiv"}}},
		},
		{
			name: "a verb the parse reads as a participle after its subject's phrase is the sentence's; a spokesman for a body's head speaks for the body",
			text: "The Harvest Front met in Vellin on Sunday.\n\nA spokesman for the United Nations secretary-general called on Ivo Dorn to resign on Monday.",
			want: []wantEvent{{"REQUEST", "2025-05-12", []string{"agent:organization/united-nations"}}},
		},
		{
			name: "two states joined by a hyphen before an event noun are its sides, not where it happened",
			text: "The Harvest Front met in Vellin on Sunday.\n\nRussian-Ukrainian talks resumed in Istanbul on Monday.",
			want: []wantEvent{{"MEETING", "2025-05-12", []string{"agent:country/russia", "agent:country/ukraine", "place:place/istanbul"}}},
		},
		{
			name: "a verb the parse reads as an adjective on the title after it is its clause's verb, dated by the clause's time",
			text: "Kenyan police detained opposition leader Ada Owino on Tuesday, her party said.",
			want: []wantEvent{{"ARREST", "2025-05-06", []string{"agent:country/kenya", "patient:person/ada-owino"}}},
		},
		{
			name: "a past form the parse reads as a compound of the name after it is its clause's verb, dated by the vote it was done in",
			text: "Lawmakers ousted Prime Minister Ivo Dorn in a no-confidence vote on Tuesday.",
			want: []wantEvent{
				{"DISMISSAL", "2025-05-06", []string{"patient:person/ivo-dorn"}},
				{"VOTE", "2025-05-06", []string{"participant:person/ivo-dorn"}},
			},
		},
		{
			name:     "a verb joined by \"and\" to the subject of the verb before it shares that subject, not the first verb's object",
			text:     "Mutinous troops ousted Prime Minister Ivo Dorn on Monday and declared a state of emergency across Moldova.",
			want:     []wantEvent{{"DISMISSAL", "2025-05-12", []string{"patient:person/ivo-dorn"}}, {"SANCTION", "2025-05-12", []string{"place:country/moldova"}}},
			notParts: []string{"agent:person/ivo-dorn"},
		},
		{
			name: "a verb the parse reads as an adjective after the noun \"said\" takes is the said clause's verb, with the obliques after it",
			text: "The report, tabled in parliament by Senator Ivo Dorn, said Chinese officials funnelled money to candidates through proxies.",
			want: []wantEvent{{"INTERFERENCE", "", []string{"agent:country/china"}}},
		},
		{
			name: "a relative clause that carries an event noun with a light verb gives its doer and its time",
			text: "The court on Wednesday sentenced Ana Holm for a protest she led in January. Ivo Dorn defended the talks he held in Doha in March.",
			want: []wantEvent{
				{"PROTEST", "2025-01", []string{"agent:person/ana-holm"}},
				{"MEETING", "2025-03", []string{"agent:person/ivo-dorn"}},
			},
			notParts: []string{"target:person/ana-holm"},
		},
		{
			name:     "who loses an election takes part in it; whom it is lost to wins it",
			text:     "Ana Holm lost the election to Ivo Dorn on Monday.",
			want:     []wantEvent{{"ELECTION", "2025-05-12", []string{"agent:person/ivo-dorn", "participant:person/ana-holm"}}},
			notParts: []string{"agent:person/ana-holm"},
		},
		{
			name: "a bare title is the one holder named just before of a title of its kind",
			text: "Foreign Minister Ana Holm visited Kyiv on Monday. The minister criticised Russia on Tuesday.",
			want: []wantEvent{{"CRITICISM", "2025-05-06", []string{"agent:person/ana-holm", "target:country/russia"}}},
		},
		{
			name:     "a title with a field after it is not the holder's of another field",
			text:     "Foreign Minister Ana Holm is 54. The minister of regional cohesion criticised Belarus on Thursday.",
			notParts: []string{"agent:person/ana-holm"},
		},
		{
			name: "who takes office is given it; a verb after a relative clause on its subject is the sentence's",
			text: "The Harvest Front met in Vellin on Sunday.\n\nIvo Dorn, who took office in January, met Ada Holm on Monday.",
			want: []wantEvent{{"APPOINTMENT", "2025-01", []string{"patient:person/ivo-dorn"}}, {"MEETING", "2025-05-12", []string{"agent:person/ivo-dorn"}}},
		},
		{
			name: "a verb the parse hangs on a relative clause's object after its closing comma is the sentence's",
			text: "The Harvest Front met in Vellin on Sunday.\n\nAda Holm, who denies the allegations, resigned on Friday. Ivo Dorn, who denies wrongdoing, resigned from the Harvest Front on Monday.",
			want: []wantEvent{{"RESIGNATION", "2025-05-09", []string{"agent:person/ada-holm"}}, {"RESIGNATION", "2025-05-12", []string{"agent:person/ivo-dorn"}}},
		},
		{
			name: "a past the same as its base form after a relative clause is the sentence's verb",
			text: "The Harvest Front met in Vellin on Sunday.\n\nAda Holm, who was elected to parliament for the Harvest Front in 2021, quit the party on Tuesday.",
			want: []wantEvent{{"RESIGNATION", "2025-05-06", []string{"agent:person/ada-holm", "organization:organization/harvest-front"}}},
		},
		{
			name:     "a name after a reporting verb that an auxiliary follows is the reported clause's subject, not the speaker",
			text:     "The Harvest Front met in Vellin on Sunday.\n\nIvo Dorn was acquitted on Monday. The Front's leader, Ada Holm, welcomed the ruling on Tuesday and said Dorn would be \"welcome back on the front line\".",
			want:     []wantEvent{{"STATEMENT", "2025-05-06", []string{"agent:person/ada-holm"}}},
			notParts: []string{"agent:person/ivo-dorn"},
		},
		{
			name: "a time before a reporting tail hung on the clause is the clause's, not the report's",
			text: "The Harvest Front met in Vellin on Sunday.\n\nIvo Dorn met Russian officials in Vienna in March, the Harbour Lantern reported on Sunday.",
			want: []wantEvent{{"MEETING", "2025-03", []string{"agent:person/ivo-dorn"}}, {"REPORT", "2025-05-11", []string{"source:organization/harbour-lantern"}}},
		},
		{
			name: "a verb after its subject's time, as wires write, is the sentence's",
			text: "The Harvest Front met in Vellin on Sunday.\n\nAda Holm on Tuesday denied meeting Russian officials in Vienna in 2023.",
			want: []wantEvent{{"DENIAL", "2025-05-06", []string{"agent:person/ada-holm"}}, {"MEETING", "2023", []string{"agent:person/ada-holm"}}},
		},
		{
			name: "words spoken to reporters in a city or through a statement released there are spoken there",
			text: "The Harvest Front met in Vellin on Sunday.\n\nIvo Dorn told reporters in Vellin on Monday that the talks had failed. Ada Holm said on Tuesday in a statement released in Orsk that they had not.",
			want: []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:person/ivo-dorn", "place:place/vellin"}}, {"STATEMENT", "2025-05-06", []string{"agent:person/ada-holm", "place:place/orsk"}}},
		},
		{
			name: "a time on a verb dates what the verb's \"in\" clause tells",
			text: "The Harvest Front met in Vellin on Sunday.\n\nIvo Dorn last month joined Ada Holm in calling on the European Union to act.",
			want: []wantEvent{{"REQUEST", "2025-04", []string{"participant:organization/european-union"}}},
		},
		{
			name: "a verb joined to the reporting verb shares its day, not the reported clause's year",
			text: "The Harvest Front met in Vellin on Sunday.\n\nIts foreign minister, Ivo Dorn, said on Wednesday that his country had expelled a Calvarian military attache last year for similar activity, and he called on Ada Holm to resign.",
			want: []wantEvent{{"REQUEST", "2025-05-07", []string{"agent:person/ivo-dorn", "participant:person/ada-holm"}}},
		},
		{
			name: "one elected a party's leader is appointed to lead it",
			text: "The Harvest Front met in Vellin on Sunday.\n\nIvo Dorn was elected leader of the Harvest Front on Monday.",
			want: []wantEvent{{"APPOINTMENT", "2025-05-12", []string{"patient:person/ivo-dorn"}}},
			not:  []string{"ELECTION"},
		},
		{
			name: "a report that says is its author's report; a statement from a body is the body's",
			text: "The Harvest Front met in Vellin on Sunday.\n\nA report by the Vellin Rights Centre said on Monday that police had beaten detainees. A statement from the Harvest Front said on Tuesday that it would sue.",
			want: []wantEvent{{"REPORT", "2025-05-12", []string{"source:organization/vellin-rights-centre"}}, {"STATEMENT", "2025-05-06", []string{"agent:organization/harvest-front"}}},
		},
		{
			name: "a call by phone is a meeting",
			text: "The Harvest Front met in Vellin on Sunday.\n\nIvo Dorn spoke by phone with Ada Holm on Tuesday.",
			want: []wantEvent{{"MEETING", "2025-05-06", []string{"agent:person/ivo-dorn", "participant:person/ada-holm"}}},
		},
		{
			name: "a noun's event told again by a verb that names no one stays",
			text: "The Harvest Front met in Vellin on Sunday.\n\nThe arrest of Ivo Dorn in Vellin on Monday came a day after three men were arrested.",
			want: []wantEvent{{"ARREST", "2025-05-12", []string{"patient:person/ivo-dorn"}}},
		},
		{
			name: "a killing long before the article's day is no date for what is said in it",
			text: "Investigators in Vellin have found a buried rifle.\n\nIvo Dorn was shot dead by a sniper on 2 January at his home in Vellin. Ada Holm said the rifle was important.",
			want: []wantEvent{{"ATTACK", "2025-01-02", []string{"patient:person/ivo-dorn"}}, {"STATEMENT", "2025-05-12", []string{"agent:person/ada-holm"}}},
		},
		{
			name: "a verb after a name's apposition is the sentence's, though it has a participle's form",
			text: "The Harvest Front met in Vellin on Sunday.\n\nIvo Dorn, the party's deputy leader, resigned on Monday.",
			want: []wantEvent{{"RESIGNATION", "2025-05-12", []string{"agent:person/ivo-dorn"}}},
		},
		{
			name:     "an unpunctuated first line set apart is the headline, whose participle tells no one acting",
			text:     "Former minister jailed for seven years over hospital contracts\n\nA court in Varna on Thursday sentenced former health minister Ivo Dorn to seven years in prison.",
			want:     []wantEvent{{"LEGAL_ACTION", "2025-05-08", []string{"patient:person/ivo-dorn"}}},
			notParts: []string{"agent:person/ivo-dorn"},
		},
		{
			name: "a strapline under the headline heads the story as the headline does and tells no undated act",
			text: "Leaders Vow To Cut Tariffs After Summit\nKessel and Velin agree steel deal in Geneva\n\nPrime Minister Anton Kessel met President Dara Velin in Geneva on Friday.",
			want: []wantEvent{{"MEETING", "2025-05-09", []string{"agent:person/anton-kessel", "participant:person/dara-velin"}}},
			not:  []string{"AGREEMENT"},
		},
		{
			name: "one named as someone's successor is appointed to the post of the one succeeded",
			text: "Defence Minister Karl Brandt resigned on Sunday. Prime Minister Sofia Lenz named Ana Ruhl as his successor.",
			want: []wantEvent{{"RESIGNATION", "2025-05-11", []string{"agent:person/karl-brandt"}}, {"APPOINTMENT", "2025-05-11", []string{"agent:person/sofia-lenz", "patient:person/ana-ruhl"}}},
		},
		{
			name: "one named as a preferred successor is wished for, not appointed",
			text: "Defence Minister Karl Brandt resigned on Sunday. Brandt named Ana Ruhl as his preferred successor.",
			want: []wantEvent{{"RESIGNATION", "2025-05-11", []string{"agent:person/karl-brandt"}}},
			not:  []string{"APPOINTMENT"},
		},
		{
			name: "a time before a clause joined after a comma is the first verb's, and tariffs cut are no sanction",
			text: "Prime Minister Anton Kessel met President Dara Velin in Geneva on Friday, and the two leaders agreed to cut tariffs on steel.",
			want: []wantEvent{{"MEETING", "2025-05-09", []string{"agent:person/anton-kessel", "participant:person/dara-velin"}}},
			not:  []string{"SANCTION"},
		},
		{
			name: "a district the parser leaves an orphan of the verb, read as a passive with no auxiliary",
			text: "The Labour lawmaker for Brevik West, Ada Holm, resigned on Friday.",
			want: []wantEvent{{"RESIGNATION", "2025-05-09", []string{"agent:person/ada-holm"}}},
		},
		{
			name:     "a party's member noun before a name is the name's; the person acts",
			text:     "In the United States, the Senate debated the bill on Tuesday. Democrat Ivo Dorn voted against it.",
			want:     []wantEvent{{"VOTE", "", []string{"agent:person/ivo-dorn"}}},
			notParts: []string{"agent:party/democratic-party-united-states"},
		},
		{
			name: "a verb read with its object: artillery is fired in an attack",
			text: "The Russian army fired artillery rounds at rebel positions on Saturday.",
			want: []wantEvent{{"ATTACK", "2025-05-10", nil}},
			not:  []string{"DISMISSAL"},
		},
		{
			name: "a verb with an object is a clause's, not a participle on the noun before it",
			text: "Calvarian forces fired artillery rounds at two Dresmoran border posts on Saturday, the defence ministry of Dresmora said. Calvaria's foreign ministry denied it.",
			want: []wantEvent{{"ATTACK", "2025-05-10", []string{"agent:country/calvaria"}}},
		},
		{
			name: "a noun read as what a speaker reports is the object of the verb read as a participle before it; a demonym on an attack names the attacker",
			text: "Officials in Vellin spoke on Sunday.\n\nRussian air strikes killed at least 12 people in Brask on Saturday, health officials said.",
			want: []wantEvent{{"ATTACK", "2025-05-10", []string{"agent:country/russia", "place:place/brask"}}},
		},
		{
			name: "a demonym on strikes names the state that strikes, without the word air",
			text: "Officials in Vellin spoke on Sunday.\n\nIsraeli strikes killed a Hezbollah commander in Beirut on Tuesday. An Israeli strike killed a senior Hamas commander in Gaza on Saturday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-06", []string{"agent:country/israel", "place:place/beirut"}},
				{"ATTACK", "2025-05-10", []string{"agent:country/israel"}},
			},
		},
		{
			name: "the state rockets are fired at is struck; where they are fired from is not",
			text: "Officials in Vellin spoke on Sunday.\n\nHezbollah fired rockets at northern Israel on Wednesday. Militants fired mortars at Pakistan from Afghanistan on Thursday.",
			want: []wantEvent{
				{"ATTACK", "2025-05-07", []string{"agent:organization/hezbollah", "patient:country/israel"}},
				{"ATTACK", "2025-05-08", []string{"patient:country/pakistan"}},
			},
			notParts: []string{"patient:country/afghanistan"},
		},
		{
			name: "what a verb vetoes or blocks does not happen, though the trigger table reads the noun as a verb; calls one rejects were still made of one",
			text: "Officials in Vellin spoke on Sunday.\n\nHungary vetoed the EU's new sanctions package on Tuesday. Ivo Dorn rejected calls for his resignation on Monday.",
			want: []wantEvent{{"REQUEST", "2025-05-12", []string{"participant:person/ivo-dorn"}}},
			not:  []string{"SANCTION", "RESIGNATION"},
		},
		{
			name: "what a verb averts or prevents does not happen either",
			text: "Officials in Vellin spoke on Sunday.\n\nThe budget deal averted early elections in Serbia, analysts said. The accord staved off a strike by port workers in Antwerp on Friday.",
			want: []wantEvent{{"AGREEMENT", "2025-05-09", []string{"place:place/antwerp"}}},
			not:  []string{"ELECTION", "PROTEST"},
		},
		{
			name: "a noun is read by the CAMEO pattern of the verb that carries it: a state's protest lodged with another is its disapproval",
			text: "Officials in Vellin spoke on Sunday.\n\nPoland lodged a formal protest with Belarus on Tuesday.",
			want: []wantEvent{{"CRITICISM", "2025-05-06", []string{"agent:country/poland", "target:country/belarus"}}},
			not:  []string{"PROTEST"},
		},
		{
			name: "a verb's pattern for another noun of its clause does not settle a noun trigger",
			text: "Officials in Vellin spoke on Sunday.\n\nIvo Dorn faces trial on fraud charges.",
			want: []wantEvent{{"LEGAL_ACTION", "", []string{"patient:person/ivo-dorn"}}},
			not:  []string{"ACCUSATION"},
		},
		{
			name: "a verdict of guilty is a stage of legal action, done to who is found guilty",
			text: "Officials in Vellin spoke on Sunday.\n\nIvo Dorn was found guilty of fraud on Tuesday.",
			want: []wantEvent{{"LEGAL_ACTION", "2025-05-06", []string{"patient:person/ivo-dorn"}}},
		},
		{
			name: "a day the parse hangs on the grounds of an arrest dates the arrest",
			text: "Officials in Vellin spoke on Sunday.\n\nPolish police detained a Belarusian national on suspicion of spying on Thursday. Ivo Dorn was arrested on suspicion of spying on Tuesday.",
			want: []wantEvent{
				{"ARREST", "2025-05-08", []string{"agent:country/poland"}},
				{"ARREST", "2025-05-06", []string{"patient:person/ivo-dorn"}},
			},
		},
		{
			name: "a deadline on what is asked does not date the asking",
			text: "Officials in Vellin spoke on Sunday.\n\nAna Holm urged Ivo Dorn to resign by Friday.",
			want: []wantEvent{{"REQUEST", "2025-05-12", []string{"agent:person/ana-holm", "participant:person/ivo-dorn"}}},
		},
		{
			name: "a prisoner swap frees prisoners",
			text: "Officials in Vellin spoke on Sunday.\n\nThe prisoner swap took place in Vellin on Tuesday.",
			want: []wantEvent{{"RELEASE", "2025-05-06", []string{"place:place/vellin"}}},
		},
		{
			name: "who takes over as an office holder is appointed; who steps aside resigns",
			text: "Officials in Vellin spoke on Sunday.\n\nAna Holm stepped aside as party leader on Tuesday. Ivo Dorn took over as party leader on Wednesday.",
			want: []wantEvent{{"RESIGNATION", "2025-05-06", []string{"agent:person/ana-holm"}}, {"APPOINTMENT", "2025-05-07", []string{"patient:person/ivo-dorn"}}},
		},
		{
			name: "a time before a reporting tail is the reported clause's, though the parser hangs it on the reporting verb",
			text: "Officials in Vellin spoke on Sunday.\n\nA suicide bomber killed 12 people at a market in Vellin on Tuesday, police said.",
			want: []wantEvent{{"ATTACK", "2025-05-06", []string{"place:place/vellin"}}},
		},
		{
			name: "a verb the tagger reads as an adjective after the subject's relative aside is the sentence's verb",
			text: "Officials in Vellin spoke on Sunday.\n\nIvo Dorn won the vote on Sunday. Ana Holm, who finished second, congratulated Dorn but vowed to fight on in Tarsk.",
			want: []wantEvent{{"SUPPORT", "2025-05-12", []string{"agent:person/ana-holm", "target:person/ivo-dorn"}}, {"STATEMENT", "2025-05-12", []string{"agent:person/ana-holm"}}},
		},
		{
			name: "a whose-clause told by a copula is the name's, and the verb after its closing comma the sentence's",
			text: "Officials in Vellin spoke on Sunday.\n\nAna Holm, whose district was at the center of the case, said she was disappointed.",
			want: []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:person/ana-holm"}}},
		},
		{
			name:     "a bare participle fronted before its clause tells what the clause's subject underwent",
			text:     "Officials in Vellin spoke on Sunday.\n\nArrested on Tuesday, Ivo Dorn was charged on Friday. Criticised by the Harbour Party on Wednesday, the plan was dropped.",
			want:     []wantEvent{{"ARREST", "2025-05-06", []string{"patient:person/ivo-dorn"}}, {"CRITICISM", "2025-05-07", []string{"agent:party/harbour-party"}}},
			notParts: []string{"agent:person/ivo-dorn", "target:party/harbour-party"},
		},
		{
			name: "a bare apostrophe after a name ending in s is its possessive, not a quote: the measure it owns is approved",
			text: "Officials in Vellin spoke on Sunday.\n\nThe Harbour Assembly on Tuesday approved President Ivo Morales' sweeping reform bill after a marathon session.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"agent:organization/harbour-assembly"}}},
		},
		{
			name: "protesters who clash with police protest; rebels who clash with troops attack",
			text: "Officials in Vellin spoke on Sunday.\n\nThousands of protesters clashed with police in Vellin on Tuesday. Rebels clashed with troops near Tessit on Wednesday.",
			want: []wantEvent{{"PROTEST", "2025-05-06", []string{"place:place/vellin"}}, {"ATTACK", "2025-05-07", []string{"place:place/tessit"}}},
		},
		{
			name: "caucuses won are a contest won, on the night they were held",
			text: "Officials in Vellin spoke on Sunday.\n\nAna Holm won the Tarsk caucuses on Monday night.",
			want: []wantEvent{{"ELECTION", "2025-05-12", []string{"agent:person/ana-holm"}}},
		},
		{
			name: "the rivals a participle on a contest win beats ran in it, whatever the contest won names",
			text: "Officials in Vellin spoke on Sunday.\n\nAna Holm won the Norland primary on Monday night, defeating Ivo Dorn and Lena Falk. The Harbour Party won the regional election in Tarsk on Sunday, beating the Civic Union and the Green Front.",
			want: []wantEvent{
				{"ELECTION", "2025-05-12", []string{"agent:person/ana-holm", "participant:person/ivo-dorn", "participant:person/lena-falk"}},
				{"ELECTION", "2025-05-11", []string{"agent:party/harbour-party", "participant:organization/green-front", "place:place/tarsk"}},
			},
		},
		{
			name:     "a name the tagger reads as a verb is retagged before the parse, and stays the subject",
			text:     "Foreign Minister Ana Xi arrived in Vellin on Monday. Xi called on both sides to exercise restraint.",
			want:     []wantEvent{{"REQUEST", "2025-05-12", []string{"agent:person/ana-xi"}}},
			notParts: []string{"participant:person/ana-xi"},
		},
		{
			name: "hours after a dated clause that tells no event is that clause's day",
			text: "Officials in Vellin spoke on Sunday.\n\nPolice arrested Ivo Dorn hours after he returned to Vellin on Friday.",
			want: []wantEvent{{"ARREST", "2025-05-09", []string{"patient:person/ivo-dorn"}}},
		},
		{
			name: "who claims responsibility for an attack told before is its agent",
			text: "Officials in Vellin spoke on Sunday.\n\nA suicide bomber killed 12 people at a market in Vellin on Tuesday. The Harvest Front claimed responsibility for the attack.",
			want: []wantEvent{{"ATTACK", "2025-05-06", []string{"place:place/vellin", "agent:organization/harvest-front"}}},
		},
		{
			name: "who claims responsibility on a later day for an attack told before is its agent, on the attack's day: one event",
			text: "Officials in Vellin spoke on Sunday.\n\nGunmen attacked an army base near Tessit on Wednesday. The Harvest Front claimed responsibility for the attack in a statement on Thursday.",
			want: []wantEvent{{"ATTACK", "2025-05-07", []string{"place:place/tessit", "agent:organization/harvest-front"}}},
			once: []string{"ATTACK"},
		},
		{
			name: "who goes on trial undergoes it",
			text: "Officials in Vellin spoke on Sunday.\n\nIvo Dorn went on trial in Vellin on Tuesday.",
			want: []wantEvent{{"LEGAL_ACTION", "2025-05-06", []string{"patient:person/ivo-dorn", "place:place/vellin"}}},
		},
		{
			name: "who travels for talks holds them, at the journey's time",
			text: "Officials in Vellin spoke on Sunday.\n\nOrla Vinter flew to Kyiv on Saturday for talks with Ivo Dorn.",
			want: []wantEvent{{"MEETING", "2025-05-10", []string{"agent:person/orla-vinter", "participant:person/ivo-dorn"}}},
		},
		{
			name: "sanctions imposed are imposed",
			text: "Officials in Vellin spoke on Sunday.\n\nThe EU imposed new sanctions on Russia on Tuesday.",
			want: []wantEvent{{"SANCTION", "2025-05-06", []string{"agent:organization/european-union", "patient:country/russia"}}},
		},
		{
			name:     "a bare name before an attack tells where, a possessive who",
			text:     "Officials in Vellin spoke on Sunday.\n\nThe Brask bombing killed four people on Saturday. Russia's attack on Ukraine followed on Sunday.",
			want:     []wantEvent{{"ATTACK", "2025-05-11", []string{"agent:country/russia", "patient:country/ukraine"}}},
			notParts: []string{"agent:place/brask"},
		},
		{
			name: "a paper closing the sentence reports it, though the parser hangs it on the object before",
			text: "Orla Vinter joined the Harvest Front, The Harbour Lantern reported on Wednesday.",
			want: []wantEvent{{"REPORT", "2025-05-07", []string{"source:organization/harbour-lantern"}}},
		},
		{
			name:     "a news agency named after its noun closing the sentence reports it, not the subject of the act",
			text:     "Officials in Vellin spoke on Sunday.\n\nPresident Orla Vinter opened a new gas pipeline to China on Wednesday, the state news agency Velna Habar reported on Thursday.",
			want:     []wantEvent{{"REPORT", "2025-05-08", []string{"source:organization/velna-habar"}}},
			notParts: []string{"source:person/orla-vinter"},
		},
		{
			name: "a span after \"during\" dates what happened in it; a verb told later with another date tells another event",
			text: "Senator Orla Vinter attended three private dinners with officials from China's consulate during the 2022 election campaign. Ivo Dorn said on Monday that he had spoken to Orla Vinter.",
			want: []wantEvent{{"MEETING", "2022", []string{"agent:person/orla-vinter", "participant:country/china"}}, {"MEETING", "2025-05-12", []string{"participant:person/orla-vinter"}}},
		},
		{
			name: "a happening an act is done in or at dates the act by its day",
			text: "The Harvest Party won 12 seats in Sunday's by-elections. Police arrested Ivo Dorn at Friday's rally in Brevik.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:party/harvest-party"}}, {"ARREST", "2025-05-09", []string{"patient:person/ivo-dorn"}}},
		},
		{
			name: "a thing that is no happening keeps its year",
			text: "Orla Vinter criticised the cuts in last year's budget.",
			want: []wantEvent{{"CRITICISM", "2025-05-12", []string{"agent:person/orla-vinter"}}},
		},
		{
			name: "one body's agreeing to an act is the act, done by the body",
			text: "European Union foreign ministers agreed on Monday to impose sanctions on Belarus over the arrests.",
			want: []wantEvent{{"SANCTION", "2025-05-12", []string{"agent:organization/european-union", "patient:country/belarus"}}},
			not:  []string{"AGREEMENT"},
		},
		{
			name: "an unnamed speaker closing the sentence is not the name before it",
			text: "Orla Vinter resigned on Monday. Her post will be filled by Ivo Dorn, a government spokesman said.",
			want: []wantEvent{{"RESIGNATION", "2025-05-12", []string{"agent:person/orla-vinter"}}},
			not:  []string{"STATEMENT"},
		},
		{
			name: "a statement by any verb of saying is news the day it is reported",
			text: "Orla Vinter told reporters the repression must stop. Ivo Dorn warned that talks would fail.",
			want: []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:person/orla-vinter"}}, {"STATEMENT", "2025-05-12", []string{"agent:person/ivo-dorn"}}},
		},
		{
			name: "travel bans and asset freezes are sanctions, and one body's agreeing to impose them is the sanction",
			text: "The Kavranian government agreed on Monday to impose travel bans and asset freezes on fourteen Russian officials.",
			want: []wantEvent{{"SANCTION", "2025-05-12", []string{"patient:country/russia"}}},
			not:  []string{"AGREEMENT"},
		},
		{
			name: "sanctions asked for are not imposed, though their verb's form could be read as one",
			text: "Estonia joined Lithuania on Monday in calling on the European Union to tighten sanctions on Belarus.",
			want: []wantEvent{{"REQUEST", "2025-05-12", []string{"participant:organization/european-union"}}},
			not:  []string{"SANCTION"},
		},
		{
			name: "a country attacked is what the attack is done to, not where",
			text: "Azerbaijani troops shelled Armenia on Saturday, killing two soldiers.",
			want: []wantEvent{{"ATTACK", "2025-05-10", []string{"agent:country/azerbaijan", "patient:country/armenia"}}},
		},
		{
			name: "who lodges an appeal takes legal action; who receives a sentence undergoes it",
			text: "Rudi Pell was sentenced to four years on Saturday and lodged an appeal on Sunday. Boris Anhalt received a three-year suspended sentence in March.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-11", []string{"agent:person/rudi-pell"}},
				{"LEGAL_ACTION", "2025-03", []string{"patient:person/boris-anhalt"}},
			},
		},
		{
			name: "her before an office title is whom it is given to",
			text: "Ilaria Vonn won a seat in 2011. Three years later the prime minister, Gregor Lanz, appointed her health minister.",
			want: []wantEvent{{"APPOINTMENT", "2014", []string{"agent:person/gregor-lanz", "patient:person/ilaria-vonn"}}},
		},
		{
			name: "calling upon is calling on; underlining that is saying",
			text: "On Saturday, Ana Holm called upon the ministry to publish the list. Ivo Dorn underlined on Sunday that the checks were fair.",
			want: []wantEvent{
				{"REQUEST", "2025-05-10", []string{"agent:person/ana-holm"}},
				{"STATEMENT", "2025-05-11", []string{"agent:person/ivo-dorn"}},
			},
		},
		{
			name: "a second clause's subject is not the first clause's second object",
			text: "The Harvest Front demanded an inquiry, and its leader, Maren Holm, accused the government of lying.",
			want: []wantEvent{{"ACCUSATION", "2025-05-12", []string{"agent:person/maren-holm"}}},
		},
		{
			name: "firing a minister is a dismissal",
			text: "Premier Orla Vinter fired the finance minister, Teodor Rusnak, on Saturday.",
			want: []wantEvent{{"DISMISSAL", "2025-05-10", []string{"agent:person/orla-vinter", "patient:person/teodor-rusnak"}}},
			not:  []string{"ATTACK"},
		},
		{
			name: "a conjunct shares the passive subject",
			text: "Teodor Rusnak was arrested in Valdora on Tuesday and charged with treason.",
			want: []wantEvent{
				{"ARREST", "2025-05-06", []string{"patient:person/teodor-rusnak"}},
				{"LEGAL_ACTION", "2025-05-06", []string{"patient:person/teodor-rusnak"}},
			},
		},
		{
			name: "the time of a reporting verb does not date what it reports",
			text: "Orla Vinter said on Monday that Teodor Rusnak had resigned in March.",
			want: []wantEvent{
				{"STATEMENT", "2025-05-12", []string{"agent:person/orla-vinter"}},
				{"RESIGNATION", "2025-03", []string{"agent:person/teodor-rusnak"}},
			},
		},
		{
			name: "a named speaker in apposition",
			text: "Mirela Osk, a spokeswoman for the Varovian Interior Ministry, said turnout was high.",
			want: []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:person/mirela-osk"}}},
		},
		{
			name:     "a nationality, a title and a name are one speaker, not a list of two",
			text:     "But Estonian Foreign Minister Ilse Marwen, speaking at a joint news conference, said there was no danger.",
			want:     []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:person/ilse-marwen"}}},
			notParts: []string{"agent:country/estonia"},
		},
		{
			name:     "what is promised or warned against is no party to the statement",
			text:     "Premier Orla Vinter pledged on Monday that Estonia would help Latvia. The ministry warned against all travel to Belarus.",
			want:     []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:person/orla-vinter"}}},
			notParts: []string{"participant:country/estonia", "participant:country/latvia", "participant:country/belarus"},
		},
		{
			name: "a statement a plan is told by was made, by whom its title and name say",
			text: "Teodor Rusnak was due to appear in court, according to a statement by prosecutor Ivo Dorn.",
			want: []wantEvent{{"STATEMENT", "", []string{"agent:person/ivo-dorn"}}},
		},
		{
			name: "a participle's aside parts a subject from its verb, and tells when the verb happened",
			text: "Orla Vinter, speaking at a news conference at the party's headquarters on Friday, accused Ivo Dorn of treachery.",
			want: []wantEvent{{"ACCUSATION", "2025-05-09", []string{"agent:person/orla-vinter", "target:person/ivo-dorn"}}},
		},
		{
			name: "an envoy summoned is what the summons is done to, or the envoy's state",
			text: "Estonia summoned Russia's ambassador on Friday. Latvia's foreign minister, Ilse Marwen, summoned the Belarusian charge d'affaires, Ivo Dorn, on Saturday.",
			want: []wantEvent{
				{"MEETING", "2025-05-09", []string{"agent:country/estonia", "patient:country/russia"}},
				{"MEETING", "2025-05-10", []string{"agent:person/ilse-marwen", "patient:person/ivo-dorn"}},
			},
		},
		{
			name: "what is done by doing another thing happens with it, and expelling is a sanction or, from a party, a dismissal",
			text: "The Harvest Party's executive responded on Friday by expelling Ivo Dorn.",
			want: []wantEvent{{"DISMISSAL", "2025-05-09", []string{"organization:party/harvest-party", "patient:person/ivo-dorn"}}},
		},
		{
			name: "a winner declared, a member suspended, a petition filed",
			text: "Ivo Dorn was declared the winner on Sunday. The Assembly suspended Orla Vinter for six months on Friday. Teodor Rusnak filed a petition in the High Court on Saturday.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"agent:person/ivo-dorn"}},
				{"DISMISSAL", "2025-05-09", []string{"patient:person/orla-vinter"}},
				{"LEGAL_ACTION", "2025-05-10", []string{"agent:person/teodor-rusnak"}},
			},
		},
		{
			name: "what is suspended that is no one is no dismissal",
			text: "The European Union suspended aid to Niger on Monday.",
			not:  []string{"DISMISSAL"},
		},
		{
			name: "a participle used as an adjective tells no event",
			text: "Orla Vinter laid flowers at the bombed embassy in Valdora on Monday. The Harvest Party's expelled deputy leader, Ivo Dorn, founded a party on Monday.",
			not:  []string{"ATTACK", "SANCTION", "DISMISSAL"},
		},
		{
			name:     "in a statement the sentence opens with, its subject speaks",
			text:     "In a statement released in Tallinn, Ilse Marwen praised the police.",
			want:     []wantEvent{{"STATEMENT", "", []string{"agent:person/ilse-marwen"}}},
			notParts: []string{"participant:person/ilse-marwen"},
		},
		{
			name: "a body's name split at its last word is still the subject of its verb",
			text: "Human Rights Watch called for the immediate release of Ivo Dorn.",
			want: []wantEvent{{"REQUEST", "2025-05-12", []string{"agent:organization/human-rights-watch"}}},
		},
		{
			name:     "who a participle's by-phrase names does it",
			text:     "A report published by Amnesty International on Friday accused the police of torture.",
			want:     []wantEvent{{"REPORT", "2025-05-09", []string{"source:organization/amnesty-international"}}},
			notParts: []string{"target:organization/amnesty-international"},
		},
		{
			name: "the same speaker's next words are told of the same occasion",
			text: "Ivo Dorn resigned on Monday.\n\nOrla Vinter, speaking at a news conference on Friday, accused Ivo Dorn of treachery. \"He sold out his own voters,\" she said.",
			want: []wantEvent{{"STATEMENT", "2025-05-09", []string{"agent:person/orla-vinter"}}},
		},
		{
			name: "no one's statement",
			text: "It is said that turnout was high, and analysts say the count was fair.",
			not:  []string{"STATEMENT"},
		},
		{
			name: "a country's ruling party acts, not the country: the participle after \"'s\" modifies the party's noun",
			text: "Hungary's ruling Fidesz party won 54 percent of the vote in Sunday's election. " +
				"Turkey's ruling AK Party on Monday criticised the verdict.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"agent:party/fidesz"}},
				{"CRITICISM", "2025-05-12", []string{"agent:party/justice-and-development-party-turkey"}},
			},
			notParts: []string{"agent:country/hungary", "agent:country/turkey"},
		},
		{
			name:     "the person set off after \"the leader of the opposition X party\" speaks, not the party: an office's words before a party's name are no title of the party",
			text:     "The leader of the opposition Pheu Thai party, Somchai Wongrat, said on Tuesday the government must resign.",
			want:     []wantEvent{{"STATEMENT", "2025-05-06", []string{"agent:person/somchai-wongrat"}}},
			notParts: []string{"agent:party/pheu-thai"},
		},
		{
			name:     "the person set off after \"the head of the opposition X\" speaks where no noun \"party\" follows the name: the standing modifies the party's name, the person is the head's",
			text:     "The head of the opposition Civic Platform, Jan Borowik, said on Tuesday the government had lied about the budget.",
			want:     []wantEvent{{"STATEMENT", "2025-05-06", []string{"agent:person/jan-borowik"}}},
			notParts: []string{"agent:party/civic-platform"},
		},
		{
			name: "calling a decision a pejorative word, quoted or not, after it or with \"as\", is a criticism by the one who calls it",
			text: "Opposition leader Jan Borowik called the decision 'a disaster' on Tuesday. Senator Ruta Valk on Monday described the ruling as a travesty of justice.",
			want: []wantEvent{{"CRITICISM", "2025-05-06", []string{"agent:person/jan-borowik"}}, {"CRITICISM", "2025-05-12", []string{"agent:person/ruta-valk"}}},
			not:  []string{"REQUEST"},
		},
		{
			name: "an adverb and the word it modifies that together find fault (\"politically motivated\") are a pejorative label",
			text: "Officials in Vellin spoke on Sunday.\n\nAna Holm called the decision politically motivated on Tuesday.",
			want: []wantEvent{{"CRITICISM", "2025-05-06", []string{"agent:person/ana-holm"}}},
		},
		{
			name: "a pejorative label that the parse hangs on the object as an adjective after it, joins to another or names by \"of\" is a criticism",
			text: "Mila Ostrova called the arrest \"unacceptable and politically motivated\" on Tuesday. " +
				"On Wednesday, Dario Venn called the verdict \"politically motivated and unacceptable\". " +
				"The Civic Dawn party on Monday called the arrests \"a declaration of war\" on peaceful citizens.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-06", []string{"agent:person/mila-ostrova"}},
				{"CRITICISM", "2025-05-07", []string{"agent:person/dario-venn"}},
				{"CRITICISM", "2025-05-12", []string{"agent:party/civic-dawn"}},
			},
		},
		{
			name: "a named speaker who calls something by a label that finds no fault, or describes it as one, makes a statement (\"called the vote a victory for democracy\")",
			text: "The Harbour Party described the result as a mandate for change. Opposition leader Mara Lindqvist called the vote a victory for democracy on Tuesday.",
			want: []wantEvent{{"STATEMENT", "2025-05-06", []string{"agent:person/mara-lindqvist"}}, {"STATEMENT", "2025-05-06", []string{"agent:party/harbour-party"}}}, // the story's one day
			not:  []string{"CRITICISM"},
		},
		{
			name: "a party's nomination raced or bid for is a candidacy sought, no appointment, and the party is no one appointed",
			text: "Senator Arla Kettering dropped out of the race for the Harbour Party nomination on Monday. Mayor Lena Fisk launched her bid for the Civic Union's nomination in Denholm on Tuesday.",
			not:  []string{"APPOINTMENT"},
		},
		{
			name: "a contest a candidate wins is an election she won, dated and set where the contest was",
			text: "Tomas Vallo won the first contest in Marsby on Tuesday with 54 percent of the vote.",
			want: []wantEvent{{"ELECTION", "2025-05-06", []string{"agent:person/tomas-vallo", "place:place/marsby"}}},
		},
		{
			name: "a nomination no party owns, of a person to an office, is still an appointment",
			text: "President Oda Lind announced the nomination of Ivo Marek as defence minister on Tuesday.",
			want: []wantEvent{{"APPOINTMENT", "2025-05-06", []string{"patient:person/ivo-marek"}}},
		},
		{
			name: "calling a vote, calling the talks useful, describing a friend or calling one's own act one's mistake is no criticism",
			text: "Jan Borowik called a snap election on Tuesday. Ruta Valk called the talks useful. Ivo Dorn described him as a friend. Lena Kask later called the interview \"the biggest mistake of my life\".",
			not:  []string{"CRITICISM"},
		},
		{
			name: "an office title before a name, the name set off by an aside (\"quoted by Interfax\"), modifies the name: the official speaks",
			text: "Deputy Foreign Minister Sergei Volkin, quoted by Interfax, said Moscow would respond to the new sanctions.",
			want: []wantEvent{{"STATEMENT", "2025-05-12", []string{"agent:person/sergei-volkin"}}},
		},
		{
			name:     "a bare \"the ministry\" is the state whose ministry the story named last, not the dateline's",
			text:     "PARIS, March 3 (AFP) - Algeria recalled its ambassador on Tuesday, the Algerian foreign ministry said. The ministry said on Wednesday the decision was final.",
			want:     []wantEvent{{"STATEMENT", "2025-05-07", []string{"agent:country/algeria"}}},
			notParts: []string{"agent:country/france"},
		},
		{
			name: "a bare \"the foreign ministry\" after a possessed one is that state's; another ministry's state is no owner of it",
			text: "LONDON, March 3 (Reuters) - Iran's foreign ministry summoned the Dutch ambassador on Tuesday. The ministry said on Wednesday the envoy had been warned. " +
				"Russia's defence ministry said on Thursday its forces had captured a village.",
			want:     []wantEvent{{"STATEMENT", "2025-05-07", []string{"agent:country/iran"}}},
			notParts: []string{"agent:country/united-kingdom"},
		},
		{
			name: "a bare state noun right after a sentence set abroad (\"In Warsaw,\") is of the state it was set in",
			text: "MOSCOW, March 3 (Reuters) - Russian forces shelled Kharkiv overnight. In Warsaw, Poland summoned Russia's ambassador on Tuesday. The foreign ministry said on Wednesday the shelling was a war crime.",
			want: []wantEvent{{"STATEMENT", "2025-05-07", []string{"agent:country/poland"}}},
		},
		{
			name: "a bare \"the junta\" is the state the story is filed from, as \"the government\" is",
			text: "NIAMEY, March 3 (AP) - The junta expelled the French ambassador, Paul Brenet, on Friday.",
			want: []wantEvent{{"SANCTION", "2025-05-09", []string{"agent:country/niger", "patient:person/paul-brenet"}}},
		},
		{
			name: "a state's name the tagger reads as an adjective is the name, and the verb after it the verb (\"Mali cut diplomatic ties\")",
			text: "Mali cut diplomatic ties with Ukraine on Friday.",
			want: []wantEvent{{"SANCTION", "2025-05-09", []string{"agent:country/mali", "patient:country/ukraine"}}},
		},
		{
			name: "a side's adjective opening a sentence (\"Pro-Beijing\") is no verb, and a possessor before a chain of compounds owns the last",
			text: "Pro-Beijing candidates swept Hong Kong's district council elections on Sunday. Anti-war candidates swept Bavaria's new district council elections on Saturday.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"place:place/hong-kong"}},
				{"ELECTION", "2025-05-10", []string{"place:place/bavaria"}},
			},
		},
		{
			name:     "a place's adjective the tagger reads as a verb (\"In neighbouring Bolivia, the ruling party expelled\") is an adjective: the party is the subject",
			text:     "In neighbouring Bolivia, the ruling Movement for Socialism (MAS) expelled former minister Tadeo Urrutia on Wednesday, accusing him of plotting with the opposition.",
			want:     []wantEvent{{"DISMISSAL", "2025-05-07", []string{"agent:party/movement-for-socialism-bolivia", "patient:person/tadeo-urrutia"}}, {"ACCUSATION", "2025-05-07", []string{"target:person/tadeo-urrutia"}}},
			notParts: []string{"agent:country/bolivia"},
		},
		{
			name: "a time clause's verb the tagger reads as a participle on its subject (\"a day after police arrested X\") is its past tense, dated by the clause",
			text: "Thousands marched in Nairobi on Wednesday, a day after police arrested opposition leader Ruben Okoth.",
			want: []wantEvent{{"ARREST", "2025-05-06", []string{"patient:person/ruben-okoth"}}},
		},
		{
			name: "a past participle right after the subject (\"A Liberal MP accused of ties to Beijing has quit\") is a reduced relative: the noun is the one accused and the one who quits",
			text: "OTTAWA - A Liberal MP accused of ties to Beijing's consulate has quit the caucus. Tomas Veyr said on Wednesday he would sit as an independent. He denied ever acting on behalf of a foreign state.",
			want: []wantEvent{{"ACCUSATION", "2025-05-07", []string{"target:person/tomas-veyr"}}, {"RESIGNATION", "2025-05-07", []string{"agent:person/tomas-veyr"}}},
		},
		{
			name:     "a title before a name's possession (\"far-right leader Tomas Brenk's Party for Freedom agreed\") is the possessor's: the party acts, not its leader",
			text:     "THE HAGUE (Reuters) - Dutch far-right leader Tomas Brenk's Party for Freedom (PVV) agreed on Wednesday to form a coalition with two other parties.",
			want:     []wantEvent{{"AGREEMENT", "2025-05-07", []string{"agent:party/party-for-freedom"}}},
			notParts: []string{"agent:person/tomas-brenk"},
		},
		{
			name: "a win the tagger reads as a fragment of a split word (\"election win on Sunday\") is the noun of the election, dated by its phrase",
			text: "The Civic Union's election win on Sunday stunned analysts.",
			want: []wantEvent{{"ELECTION", "2025-05-11", nil}},
		},
		{
			name: "mocking, ridiculing or deriding a decision is criticising it",
			text: "Foreign Ministry spokeswoman Vera Saltan mocked the decision on Telegram on Friday. Opposition leader Ivo Dorn derided the plan on Monday.",
			want: []wantEvent{{"CRITICISM", "2025-05-09", []string{"agent:person/vera-saltan"}}, {"CRITICISM", "2025-05-12", []string{"agent:person/ivo-dorn"}}},
		},
		{
			name:     "a participle of substitution after a dismissal (\"fired X on Friday, replacing him with Y\") appoints Y, by the one who fired X",
			text:     "President Ana Holm fired army chief Ivo Dorn on Friday, replacing him with General Tor Brak. Tor Brak is replacing the ageing fleet.",
			want:     []wantEvent{{"DISMISSAL", "2025-05-09", []string{"patient:person/ivo-dorn"}}, {"APPOINTMENT", "2025-05-09", []string{"agent:person/ana-holm", "patient:person/tor-brak"}}},
			notParts: []string{"agent:person/tor-brak"},
		},
		{
			name: "a verb's election named by a dated noun in its sentence (\"lost their majority in Sunday's election\") takes the noun's day over the lead's",
			text: "TOKYO, May 12 (Nipponwire) - Japan's ruling Liberal Democratic Party and its coalition partner Komeito lost their majority in the lower house in Sunday's election, the first such defeat since 2009.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"participant:party/komeito"}}},
		},
		{
			name: "a time after \"since\" on a noun (\"the first such defeat since 2009\") is a span's start and dates no act",
			text: "OSLO, May 12 (Nordwire) - The ruling Harvest Party lost its majority in the lower house in Sunday's election, the first such defeat since 2009.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"participant:party/harvest-party--no"}}},
		},
		{
			name: "a toll's conjuncts share the attack and its time, whichever the parse hangs them on (\"were killed and 15 wounded in a bombing on Friday\")",
			text: "Two soldiers were killed and 15 wounded in a suicide bombing at an army base in Mogadishu on Friday, officials said.\n\n" +
				"At least 30 people were killed and over 200 injured in a bomb blast near the French embassy in Kabul on Thursday, police said.",
			want: []wantEvent{
				{"ATTACK", "2025-05-09", []string{"place:place/mogadishu"}},
				{"ATTACK", "2025-05-08", []string{"place:place/kabul"}},
			},
		},
		{
			name: "an attack in which people were wounded or died is of the toll's time (\"seven were wounded in a landmine blast on Saturday\")",
			text: "Five soldiers died and seven were wounded in a landmine blast in Kashmir on Saturday, the army said.",
			want: []wantEvent{{"ATTACK", "2025-05-10", []string{"place:place/kashmir"}}},
		},
		{
			name: "a \"while\" clause, and each conjunct of it, is of the time of the clause it hangs on, through a \"when\" clause too",
			text: "The governing coalition in Serbia lost its majority on Wednesday when the Green Party walked out, while Poland imposed a ban on grain imports and Brazil's Supreme Court threw out the conviction of Mara Silva.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-07", []string{"patient:person/mara-silva"}},
			},
		},
		{
			name: "\"the two sides\", \"both leaders\" after a meeting are those who met",
			text: "Chinese Premier Li Wanfeng met visiting Cambodian Prime Minister Hun Maly in Beijing on Thursday, and the two sides signed five cooperation agreements.",
			want: []wantEvent{
				{"AGREEMENT", "2025-05-08", []string{"agent:person/li-wanfeng", "agent:person/hun-maly"}},
			},
		},
		{
			name: "\"the two countries\" after a meeting are the states those who met hold office in, where their titles say so",
			text: "Chilean President Ivo Dorn met Peruvian President Ana Holm in Lima on Monday. The two countries signed a trade pact.",
			want: []wantEvent{
				{"AGREEMENT", "2025-05-12", []string{"agent:country/chile", "agent:country/peru"}},
			},
		},
		{
			name: "\"both leaders\" in the sentence after a meeting are those who met",
			text: "President Ivo Dorn met his Polish counterpart Marek Novak in Warsaw on Tuesday. Both leaders condemned the attack on the railway.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-06", []string{"agent:person/ivo-dorn", "agent:person/marek-novak"}},
			},
		},
		{
			name: "\"the two leaders\" after a meeting of three are not told: no two of them are taken for them",
			text: "Ivo Dorn, Ada Holm and Petra Lind attended the summit in Tarsk. The two leaders signed a border treaty on Tuesday.",
			not:  []string{"AGREEMENT"},
		},
		{
			name: "\"they\" in a clause joined to a meeting's are those who met, not one of them",
			text: "Turkish President Ali Demir met Syrian leader Omar Halabi in Ankara on Friday, and they signed a security agreement.",
			want: []wantEvent{
				{"AGREEMENT", "2025-05-09", []string{"agent:person/ali-demir", "agent:person/omar-halabi"}},
			},
		},
		{
			name: "the act one is charged with is a verb, its doer the one charged, where the parse hangs it on the name or a name stands beside a noun",
			text: "German prosecutors have charged Ivo Dorn with spying for China.\n\n" +
				"Dutch prosecutors charged a former army officer, Pieter Vos, with spying for Russia.",
			want: []wantEvent{
				{"INTERFERENCE", "", []string{"agent:country/china", "target:person/ivo-dorn"}},
				{"INTERFERENCE", "", []string{"agent:country/russia", "target:person/pieter-vos"}},
			},
		},
		{
			name: "a weekday that ends a past verb's object is the verb's, not its object's noun's (\"annulled the first round of the election on Friday\")",
			text: "Moldova's constitutional court annulled the first round of the presidential election on Friday, citing irregularities.",
			want: []wantEvent{
				{"LEGAL_ACTION", "2025-05-09", []string{"agent:country/moldova"}},
				{"ELECTION", "", []string{"place:country/moldova"}},
			},
		},
		{
			name: "a weekday that ends a past verb's object is the verb's across a participle on the object (\"executed a man convicted of spying for Israel on Wednesday\")",
			text: "Iran executed a man convicted of spying for Israel on Wednesday, the judiciary said.",
			want: []wantEvent{{"LEGAL_ACTION", "2025-05-07", []string{"agent:country/iran"}}},
		},
		{
			name:     "\"they\" right after unnamed speakers' \"said\" are those speakers, not the persons named before; a passive after it is told of others",
			text:     "Ana Holm and Ivo Dorn led a march in Vienna on Monday. Police said they had arrested 40 protesters. Officials said on Tuesday they had detained three more.",
			notParts: []string{"agent:person/ana-holm", "agent:person/ivo-dorn"},
		},
		{
			name:     "\"they\" right after unnamed speakers' \"said\" name no one the windows may guess: not the person named last",
			text:     "Ivo Dorn met Ana Holm in Vienna on Monday, and police said they had arrested Marek Novak.",
			want:     []wantEvent{{"ARREST", "2025-05-12", []string{"patient:person/marek-novak"}}},
			notParts: []string{"agent:person/ana-holm"},
		},
		{
			name: "\"they\" of a passive after unnamed speakers' \"said\" is told of the persons named before",
			text: "Ana Holm and Ivo Dorn were arrested on Monday. Officials said they had been released on bail.",
			want: []wantEvent{{"RELEASE", "", []string{"patient:person/ana-holm", "patient:person/ivo-dorn"}}},
		},
		{
			name: "the results later clauses tell join the story's election: a place, a share, seats won or lost",
			text: "The Harbour Party won Norway's parliamentary election on Sunday with 31 percent of the vote. " +
				"The Valley Party came second with 22 percent, and the Fjord Party was third with 9 percent. " +
				"The Coastal Party won 16 seats. The Mountain Party lost eight of its 30 seats.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:party/harbour-party--no", "participant:party/valley-party--no",
				"participant:party/fjord-party--no", "participant:party/coastal-party", "participant:party/mountain-party--no"}}},
			once:     []string{"ELECTION"},
			notParts: []string{"agent:party/coastal-party"},
		},
		{
			name: "polls closing tell the election, whose count follows; the first share told is the winner's, a background election gets none",
			text: "Polls closed across Norway on Sunday. Turnout was 61 percent, up from 54 percent at the last parliamentary election in 2019. " +
				"With most ballots counted, the commission has the Harbour Party on 33.8 percent, the Valley Party on 28.1 and the Fjord Party on 9.7 percent.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"place:country/norway", "agent:party/harbour-party--no", "participant:party/valley-party--no"}},
				{"ELECTION", "2019", nil},
			},
			notParts: []string{"agent:party/valley-party--no"},
		},
		{
			name: "who came first in an election the clause names won it, on the clause's day",
			text: "The Harbour Party came first in the first round of Norway's regional elections on Sunday with 33 percent of the vote. " +
				"The Valley Party trailed with 22 percent.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:party/harbour-party--no", "participant:party/valley-party--no"}}},
		},
		{
			name: "a run-off its own time dates was held, and who faced a rival in it ran; one yet to come is none, and neither winning is no win",
			text: "Marta Oyarzun won Sunday's presidential runoff. " +
				"In Bucharest, Dorin Calescu faced Ana Ivanescu in Saturday's run-off for mayor. " +
				"In Lima, Rosa Quispe took 38 percent, forcing a run-off with Carlos Ugarte. " +
				"Tomas Ferreira will face Ivo Dornas in a runoff, after neither won a majority in the first round.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"agent:person/marta-oyarzun"}},
				{"ELECTION", "2025-05-10", []string{"participant:person/dorin-calescu", "participant:person/ana-ivanescu"}},
			},
			notParts: []string{"agent:person/tomas-ferreira", "participant:person/tomas-ferreira", "participant:person/carlos-ugarte"},
		},
		{
			name: "a loser's concession a later sentence tells, undated, is who lost the story's election",
			text: "Marta Oyarzun won Sunday's presidential runoff. The ruling coalition's candidate, Alvaro Delgano, conceded defeat.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:person/marta-oyarzun", "participant:person/alvaro-delgano"}}},
			once: []string{"ELECTION"},
		},
		{
			name: "a win claimed, or a defeat admitted, after the story's election, with no time of its own, is who won or lost it; the rally's town is not the election's",
			text: "The Harvest Front topped the poll in Sunday's regional election in Vellmark. Front leader Ana Holm claimed victory at a rally in Tarsk. " +
				"Ivo Dorn of the Civic Party admitted defeat.",
			want:     []wantEvent{{"ELECTION", "2025-05-11", []string{"place:place/vellmark", "agent:person/ana-holm", "participant:person/ivo-dorn"}}},
			once:     []string{"ELECTION"},
			notParts: []string{"place:place/tarsk"},
		},
		{
			name: "who claims victory in an election its noun names won it; a victory or a nomination no election gives, or charges admitted, tell none",
			text: "Juan Ortez claimed victory in the presidential run-off on Sunday. Police claimed victory over the gangs in Tarsk. " +
				"Ana Holm admitted the charges on Monday. Ivo Dorn accepted the nomination.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:person/juan-ortez"}}},
			once: []string{"ELECTION"},
		},
		{
			name:     "a count told as scant (\"won only nine seats\") is no winner's, though it is the first result told",
			text:     "Marta Velkova conceded defeat late on Sunday. The Agrarian League won only nine seats, and the Civic Party took just 4 percent.",
			want:     []wantEvent{{"ELECTION", "2025-05-11", []string{"participant:person/marta-velkova", "participant:party/agrarian-league", "participant:party/civic-party--a51eae9ac"}}},
			notParts: []string{"agent:party/agrarian-league", "agent:party/civic-party--a51eae9ac"},
		},
		{
			name: "an election a verb tells with no time, after a lead that dates only its election noun, was held that day; a seat lost in another town is a race of its own",
			text: "The Progress Alliance retained its majority in Saturday's parliamentary election in Lorvania. Hanna Selm was re-elected in Brettfeld. " +
				"Ivo Dorn lost his seat in Tarsk.",
			want: []wantEvent{
				{"ELECTION", "2025-05-10", []string{"agent:person/hanna-selm", "place:place/brettfeld"}},
				{"ELECTION", "2025-05-10", []string{"participant:person/ivo-dorn", "place:place/tarsk"}},
			},
			count: map[string]int{"ELECTION": 3},
		},
		{
			name:     "who tops the poll in an election won it; a list headed is no poll",
			text:     "The Harvest Party topped the poll in Sunday's regional election in Vellmark. The Civic Party headed the list of complaints.",
			want:     []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:party/harvest-party", "place:place/vellmark"}}},
			notParts: []string{"agent:party/civic-party--afa50362b", "participant:party/civic-party--afa50362b"},
		},
		{
			name: "the rival a winner beat, or won against, ran and lost",
			text: "Lucas Ferraro won Argentina's presidential run-off on Sunday, beating Economy Minister Sergio Masson with 56 percent. " +
				"Lithuanian President Ona Rimkute was re-elected on Saturday, winning 74 percent of the vote against Prime Minister Ingrida Simonyte.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"agent:person/lucas-ferraro", "participant:person/sergio-masson"}},
				{"ELECTION", "2025-05-10", []string{"agent:person/ona-rimkute", "participant:person/ingrida-simonyte"}},
			},
		},
		{
			name: "a party that walks out of the coalition quits it, and the later sentence that restates the quitting is the lead's, on its day",
			text: "Belgium's Democratic Party walked out of the governing coalition on Wednesday. " +
				"The Democratic Party quit the coalition after talks collapsed over the budget. " +
				"Opposition lawmakers walked out of the chamber in protest.",
			want: []wantEvent{{"RESIGNATION", "2025-05-07", []string{"agent:party/democratic-party--be"}}},
			once: []string{"RESIGNATION"},
		},
		{
			name: "an undated lead takes no time from a later sentence that dates another act",
			text: "Ivo Dorn was arrested by police in Velbrook. Ana Holm was charged on Tuesday.",
			want: []wantEvent{
				{"ARREST", "", []string{"patient:person/ivo-dorn"}},
				{"LEGAL_ACTION", "2025-05-06", []string{"patient:person/ana-holm"}},
			},
		},
		{
			name: "an undated lead takes no time from a later sentence whose time dates what others did",
			text: "Police arrested Ivo Dorn in Velbrook.\n\nOn Tuesday the finance committee amended the budget.",
			want: []wantEvent{{"ARREST", "", []string{"patient:person/ivo-dorn"}}},
		},
		{
			name: "an undated lead takes the time of a later sentence whose unnamed speaker tells it again",
			text: "Ivo Dorn resigned as leader of the Civic Party.\n\nA spokesman confirmed the news on Tuesday.",
			want: []wantEvent{{"RESIGNATION", "2025-05-06", []string{"agent:person/ivo-dorn"}}},
		},
		{
			name: "an undated lead takes the time of a later sentence that tells it again",
			text: "Ivo Dorn resigned as leader of the Civic Party. He made the announcement on Tuesday.",
			want: []wantEvent{{"RESIGNATION", "2025-05-06", []string{"agent:person/ivo-dorn"}}},
		},
		{
			name: "a place named in a clause on the bill voted on is where the bill's act would be, not where the vote was",
			text: "Chile's Senate voted on Thursday on a bill that would ban strikes in Velbrook.\n\n" +
				"The Orsk Assembly held a vote on Friday on a bill banning rallies in Velbrook.",
			want: []wantEvent{
				{"VOTE", "2025-05-08", []string{"agent:organization/senate-of-chile"}},
				{"VOTE", "2025-05-09", []string{"agent:organization/orsk-assembly"}},
			},
			notParts: []string{"place:place/velbrook"},
		},
		{
			name: "the outlet an interview was given to is where words were put, not what they were about",
			text: "Ivo Dorn criticised the plan in an interview with the daily Nordposten on Sunday.\n\n" +
				"Ana Holm defended the budget in an interview with Radio Orsk on Monday.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-11", []string{"agent:person/ivo-dorn"}},
				{"SUPPORT", "2025-05-12", []string{"agent:person/ana-holm"}},
			},
			notParts: []string{"target:organization/nordposten", "target:organization/radio-orsk"},
		},
		{
			name: "a \"where\" clause on a place tells where its verb happened",
			text: "Ivo Dorn travelled to Jakarta, where he met Ana Holm on Thursday.\n\n" +
				"Lena Dravik was born in Vienna, where she was arrested in 2019.",
			want: []wantEvent{
				{"MEETING", "2025-05-08", []string{"agent:person/ivo-dorn", "participant:person/ana-holm", "place:place/jakarta"}},
				{"ARREST", "2019", []string{"patient:person/lena-dravik", "place:place/vienna"}},
			},
		},
		{
			name: "a clause joined by \"and\" whose subject a name in commas restates is a clause, not a second object",
			text: "The National Front lost nine seats and its leader, Paul Renner, resigned on Monday.\n\n" +
				"Police arrested two men and their lawyer, Ana Holm, condemned the raid.",
			want: []wantEvent{
				{"RESIGNATION", "2025-05-12", []string{"agent:person/paul-renner"}},
				{"CRITICISM", "2025-05-12", []string{"agent:person/ana-holm"}},
			},
			notParts: []string{"participant:person/paul-renner", "patient:person/ana-holm"},
		},
		{
			name: "an event named as the object of a clause a span after or before a dated verb is that span away",
			text: "Ivo Dorn was sworn in as mayor of Velbrook on Monday, a week after winning the election.",
			want: []wantEvent{
				{"APPOINTMENT", "2025-05-12", []string{"patient:person/ivo-dorn"}},
				{"ELECTION", "2025-05-05", []string{"agent:person/ivo-dorn"}},
			},
		},
		{
			name: "an event named as the object of a clause on the span before its mark is that span away",
			text: "Lena Dravik resigned on Friday, three days after losing the election.",
			want: []wantEvent{{"ELECTION", "2025-05-06", []string{"participant:person/lena-dravik"}}},
		},
		{
			name: "a weekday that ends a past verb's object is the verb's across a gerund inside the object (\"arrested three men suspected of financing the rebels on Friday\")",
			text: "Police in Orsk arrested three men suspected of financing the Harvest Front on Friday.",
			want: []wantEvent{{"ARREST", "2025-05-09", []string{"place:place/orsk"}}},
		},
		{
			name: "a state removed from a body is sanctioned by it, not dismissed; a person removed from a party is",
			text: "Mali was suspended from the African Union on Monday.\n\n" +
				"Ivo Dorn was suspended from the Civic Party on Friday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-12", []string{"patient:country/mali", "agent:organization/african-union"}},
				{"DISMISSAL", "2025-05-09", []string{"patient:person/ivo-dorn"}},
			},
			once:     []string{"DISMISSAL"},
			notParts: []string{"organization:organization/african-union"},
		},
		{
			name: "a body that suspends a member's membership does it to the member, named by a possessive or an \"of\" phrase",
			text: "The Sahel Union suspended Guinea's membership on Friday after the coup in Conakry.\n\n" +
				"The Commonwealth suspended the membership of Fiji on Monday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-09", []string{"agent:organization/sahel-union", "patient:country/guinea"}},
				{"SANCTION", "2025-05-12", []string{"patient:country/fiji"}},
			},
		},
		{
			name: "the subject of a relative clause on the object does what the clause tells and is not the object",
			text: "Lena Moravec criticised the mining law, a policy which the United Nations and the European Union have both criticised.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:person/lena-moravec"}},
				{"CRITICISM", "2025-05-12", []string{"agent:organization/united-nations", "agent:organization/european-union"}},
			},
			notParts: []string{"target:organization/united-nations", "target:organization/european-union"},
		},
		{
			name: "a relative clause whose pronoun is its object has the phrase after the pronoun as its subject, however the parse splits it",
			text: "Norway and Denmark have maintained a policy of detaining asylum seekers offshore, which the United Nations and the United States have both criticised.\n\n" +
				"The mayor, Ilse Brandt, defended the curfew, which opposition groups and the Red Cross have condemned.\n\n" +
				"Sweden backed the treaty, which Russia had denounced as hostile.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-12", []string{"agent:organization/united-nations", "agent:country/united-states"}},
				{"SUPPORT", "2025-05-12", []string{"agent:person/ilse-brandt"}},
				{"CRITICISM", "2025-05-12", []string{"agent:organization/international-committee-of-the-red-cross"}},
				{"CRITICISM", "", []string{"agent:country/russia"}},
			},
			notParts: []string{"source:country/norway"},
		},
		{
			name: "what a state's voice denies doing is the act reported of the state before, not a second act",
			text: "The Daily Lantern reported on Friday that Russia had tried to interfere in Norway's elections. The Kremlin denied interfering in the elections.",
			want: []wantEvent{
				{"INTERFERENCE", "", []string{"agent:country/russia", "source:organization/daily-lantern"}},
			},
			once: []string{"INTERFERENCE"},
		},
		{
			name: "what a state's voice denies doing is the act one named said the state did, not a second act",
			text: "Foreign Minister Lena Moravec said on Friday that Russia had tried to interfere in the referendum. The Kremlin denied interfering in the referendum.",
			want: []wantEvent{
				{"INTERFERENCE", "2025-05-09", []string{"agent:country/russia", "source:person/lena-moravec"}},
			},
			once: []string{"INTERFERENCE"},
		},
		{
			name: "a phrase of time or place set before the subject with no comma is the verb's, and the name after it its subject",
			text: "In March Ivo Dorn was elected.\n\n" +
				"On 3 February Ana Holm resigned from the Civic Party.\n\n" +
				"In 2019 Tomas Brill was arrested.\n\n" +
				"In Vienna Lena Dravik met Marek Solt.",
			want: []wantEvent{
				{"ELECTION", "2025-03", []string{"agent:person/ivo-dorn"}},
				{"RESIGNATION", "2025-02-03", []string{"agent:person/ana-holm"}},
				{"ARREST", "2019", []string{"patient:person/tomas-brill"}},
				{"MEETING", "", []string{"agent:person/lena-dravik", "place:place/vienna"}},
			},
		},
		{
			// a time in a relative clause about the denier tells of him,
			// not of the denial: no background that leaves it undated
			name: "a denial past a relative clause's month",
			text: "Peru's Congress voted on Thursday to remove Interior Minister Tomas Vedra, accusing him of failing to curb smuggling.\n\n" +
				"Vedra, who took office in October, denied any wrongdoing and said he would respect the decision.",
			want: []wantEvent{
				{"DENIAL", "2025-05-08", []string{"agent:person/tomas-vedra"}},
				{"APPOINTMENT", "2024-10", []string{"patient:person/tomas-vedra"}},
			},
		},
		{
			// the accusing clause's subject is the chamber's, a name the
			// article resolves to nothing: not the one accused
			name:     "an accusation whose accuser is no entity",
			text:     "Parliament voted on Thursday to remove Interior Minister Tomas Vedra, accusing him of failing to curb smuggling.",
			want:     []wantEvent{{"ACCUSATION", "2025-05-08", []string{"target:person/tomas-vedra"}}},
			notParts: []string{"agent:person/tomas-vedra"},
		},
		{
			// a demonym as a noun for people done something to names
			// nationals, not their state; as a modifier of firms it
			// counts the state, as the press counts sanctions
			name: "nationals are not their state",
			text: "Tanzania expelled five Iraqis and a Libyan on Friday. The United States sanctioned three Chinese firms on Monday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-09", []string{"agent:country/tanzania"}},
				{"SANCTION", "2025-05-12", []string{"agent:country/united-states", "patient:country/china"}},
			},
			notParts: []string{"patient:country/iraq", "patient:country/libya"},
		},
		{
			// a bare participle after a verb's object tells what is to
			// be done to it: the object undergoes it, whoever orders it
			name: "\"ordered X detained\" detains X",
			text: "A court in Varnel ordered opposition activist Mara Veldin detained for 30 days on Tuesday. " +
				"Judge Otto Brasek ordered union leader Pavel Koric released on bail on Thursday.",
			want: []wantEvent{
				{"ARREST", "2025-05-06", []string{"patient:person/mara-veldin"}},
				{"RELEASE", "2025-05-08", []string{"patient:person/pavel-koric"}},
			},
			notParts: []string{"agent:person/mara-veldin", "agent:person/pavel-koric"},
		},
		{
			// "had X removed": X undergoes it and who has it done does
			// it; the parse may split the title's words from the name
			name: "a causative \"had X removed\" is done to X by the one who has it done",
			text: "Prime Minister Ana Sorel had Defence Minister Piet Kamm removed from the cabinet on Monday. " +
				"President Ilse Tarnow had Ivo Dorn arrested on Tuesday.",
			want: []wantEvent{
				{"DISMISSAL", "2025-05-12", []string{"agent:person/ana-sorel", "patient:person/piet-kamm"}},
				{"ARREST", "2025-05-06", []string{"agent:person/ilse-tarnow", "patient:person/ivo-dorn"}},
			},
			notParts: []string{"agent:person/piet-kamm", "agent:person/ivo-dorn"},
		},
		{
			// CAMEO 1723 and 1724, which the project's table types
			// SANCTION; what else is declared or imposed keeps its type
			name: "martial law, a state of emergency or a curfew declared or imposed is a sanction, no statement",
			text: "President Ilse Tarnow declared martial law on Thursday. Prime Minister Otto Brasek declared a state of emergency in Varnel on Friday. " +
				"Interior Minister Mara Veldin imposed a curfew in Kelsby on Saturday. Pavel Koric declared victory on Sunday. " +
				"Ivo Dorn imposed his will on the party on Monday.",
			want: []wantEvent{
				{"SANCTION", "2025-05-08", []string{"agent:person/ilse-tarnow"}},
				{"SANCTION", "2025-05-09", []string{"agent:person/otto-brasek", "place:place/varnel"}},
				{"SANCTION", "2025-05-10", []string{"agent:person/mara-veldin", "place:place/kelsby"}},
				{"STATEMENT", "2025-05-11", []string{"agent:person/pavel-koric"}},
			},
			count: map[string]int{"SANCTION": 3, "STATEMENT": 1},
		},
	})
}

// treeCase is an article text and the events its extraction must and
// must not hold.
type treeCase struct {
	name, text string
	want       []wantEvent
	not        []string       // types that must not be found
	notParts   []string       // participants no event may have ("agent:country/x")
	once       []string       // types that must be found exactly once
	twice      []string       // types that must be found at least twice
	count      map[string]int // types that must be found exactly so many times
}

// checkTreeCases extracts each case's text, published 2025-05-12, and
// checks its events.
func checkTreeCases(t *testing.T, tests []treeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tt.text, PublishedAt: "2025-05-12"})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !treeEventFound(x, w) {
					t.Errorf("no %s dated %q with %v; got %s", w.typ, w.date, w.parts, eventsString(x))
				}
			}
			for _, typ := range tt.not {
				for _, ev := range x.Events {
					if ev.Type == typ {
						t.Errorf("unwanted %s; got %s", typ, eventsString(x))
					}
				}
			}
			for _, typ := range tt.once {
				if n := slices.IndexFunc(x.Events, func(ev polgraph.Event) bool { return ev.Type == typ }); n < 0 || slices.ContainsFunc(x.Events[n+1:], func(ev polgraph.Event) bool { return ev.Type == typ }) {
					t.Errorf("want one %s; got %s", typ, eventsString(x))
				}
			}
			for _, typ := range tt.twice {
				if n := slices.IndexFunc(x.Events, func(ev polgraph.Event) bool { return ev.Type == typ }); n < 0 || !slices.ContainsFunc(x.Events[n+1:], func(ev polgraph.Event) bool { return ev.Type == typ }) {
					t.Errorf("want two %s; got %s", typ, eventsString(x))
				}
			}
			for typ, n := range tt.count {
				if got := len(slices.DeleteFunc(slices.Clone(x.Events), func(ev polgraph.Event) bool { return ev.Type != typ })); got != n {
					t.Errorf("want %d %s, got %d: %s", n, typ, got, eventsString(x))
				}
			}
			for _, ev := range x.Events {
				for _, p := range ev.Participants {
					if slices.Contains(tt.notParts, p.Role+":"+p.Entity) {
						t.Errorf("unwanted %s:%s on %s; got %s", p.Role, p.Entity, ev.Type, eventsString(x))
					}
				}
			}
		})
	}
}

func treeEventFound(x *polgraph.Extraction, w wantEvent) bool {
	for _, ev := range x.Events {
		if ev.Type != w.typ || deref(ev.Date) != w.date {
			continue
		}
		var parts []string
		for _, p := range ev.Participants {
			parts = append(parts, p.Role+":"+p.Entity)
		}
		if !slices.ContainsFunc(w.parts, func(p string) bool { return !slices.Contains(parts, p) }) {
			return true
		}
	}
	return false
}

func eventsString(x *polgraph.Extraction) string {
	var b strings.Builder
	for _, ev := range x.Events {
		b.WriteString("\n\t" + ev.Type + " " + deref(ev.Date))
		for _, p := range ev.Participants {
			b.WriteString(" " + p.Role + ":" + p.Entity)
		}
	}
	return b.String()
}

// CAMEO codes arresting and charging alike (173): a charge stays a charge.
func TestChargeIsNoArrest(t *testing.T) {
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: "Prosecutors charged Teodor Rusnak with fraud in January 2021.", PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	if !treeEventFound(x, wantEvent{"LEGAL_ACTION", "2021-01", []string{"patient:person/teodor-rusnak"}}) {
		t.Errorf("no LEGAL_ACTION 2021-01 for Rusnak; got %s", eventsString(x))
	}
}

// A charge of a named crime stays a charge, though CAMEO codes it an
// accusation of the crime (1121-1125); an accusation of one stays one.
func TestChargeOfACrimeIsNoAccusation(t *testing.T) {
	text := "Two men, Omid Tavan and Karel Brisk, were charged with conspiracy to murder in March. " +
		"Prosecutors charged Teodor Rusnak with espionage in January 2021. Ana Holm accused Ivo Dorn of murder on Monday."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []wantEvent{
		{"LEGAL_ACTION", "2025-03", []string{"patient:person/omid-tavan", "patient:person/karel-brisk"}},
		{"LEGAL_ACTION", "2021-01", []string{"patient:person/teodor-rusnak"}},
		{"ACCUSATION", "2025-05-12", []string{"agent:person/ana-holm", "target:person/ivo-dorn"}},
	} {
		if !treeEventFound(x, want) {
			t.Errorf("no %s %s %v; got %s", want.typ, want.date, want.parts, eventsString(x))
		}
	}
}

// What befell people in an attack told elsewhere is its toll, not another
// attack: a passive with no agent, a participle with no subject, a clause
// on the attack.
func TestTollIsNoAttack(t *testing.T) {
	text := "A car bomb exploded outside the parliament in Vellin on Monday, killing 12 people.\n\n" +
		"Eleven of those killed were soldiers. Three were killed in Orsk, and the blast that killed them was condemned by Ivo Dorn."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	var attacks []string
	for _, ev := range x.Events {
		if ev.Type == "ATTACK" {
			attacks = append(attacks, ev.Evidence.Text)
		}
	}
	if len(attacks) != 1 {
		t.Errorf("got %d attacks, want 1: %q", len(attacks), attacks)
	}
}

// A rights group, watchdog or charity named once is then called "the
// group", "the watchdog" or "the organisation", whatever its name ends in;
// a state's section of one ("Transparency International Kenya") by the
// head before the state's name (data/words/body_call_nouns.tsv).
func TestRightsGroupCalledByItsKind(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{
			name: "the watchdog accuses as the watchdog named before",
			text: "The Velmar Election Watch said on Thursday it had found 200 cases of vote buying. " +
				"The watchdog accused the ruling Civic Dawn party of handing out cash to voters on Thursday.",
			want: []wantEvent{{"ACCUSATION", "2025-05-08", []string{"agent:organization/velmar-election-watch"}}},
		},
		{
			name: "the organisation asks as the section named before",
			text: "Amnesty International Nigeria on Wednesday condemned the arrest of 12 opposition activists. " +
				"The organisation called on the authorities to free the activists on Wednesday.",
			want: []wantEvent{{"REQUEST", "2025-05-07", []string{"agent:organization/amnesty-international-nigeria"}}},
		},
	})
}

// A guest named with "visiting" before a demonym and a title is the one
// met, whatever the parse made of "with visiting" and of a participle
// after a comma, "here" where the story is filed; the two sides of the
// meeting sign what they sign.
func TestVisitingGuestIsMet(t *testing.T) {
	checkTreeCases(t, []treeCase{{
		name: "met with a visiting minister, pledging; the two sides signed",
		text: "RIGA (AP) — Latvian Prime Minister Ivo Dorn met with visiting Estonian Foreign Minister Ana Lisk here on Tuesday, pledging to deepen cooperation in energy. " +
			"The two sides also signed an agreement on power lines.",
		want: []wantEvent{
			{"MEETING", "2025-05-06", []string{"agent:person/ivo-dorn", "participant:person/ana-lisk", "place:place/riga"}},
			{"AGREEMENT", "2025-05-06", []string{"agent:person/ivo-dorn", "agent:person/ana-lisk"}},
		},
		notParts: []string{"participant:country/estonia"},
		count:    map[string]int{"MEETING": 1, "AGREEMENT": 1},
	}, {
		// a past participle the parse reads as an adjective on its
		// object is still the verb, not a modifier the noun takes in
		name: "condemned read as an adjective on the attacks it condemns",
		text: "The Estonian government Saturday strongly condemned two terrorist bomb attacks in Kenya and Uganda which killed dozens of people.",
		want: []wantEvent{{"CRITICISM", "2025-05-10", []string{"agent:country/estonia"}}},
	}})
}
