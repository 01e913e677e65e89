package extract

import (
	"context"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
)

// A claim carries who makes it: the named speaker up the chain of reported
// clauses is its source and an unnamed one its attribution; a report that
// only cites someone's words is folded into the statement it cites; and an
// alleged event its own subject denies is denied, still sourced.
func TestClaimsCarryWhoMakesThem(t *testing.T) {
	text := "The Daily Lantern reported on Monday that two intelligence officials had said that senator Ada Rusk met a Varnessan envoy in May 2022. " +
		"The Daily Lantern also cited a spokesman for the Interior Ministry as saying that the ministry had opened no inquiry. " +
		"Rusk denied that she had met the envoy."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2024-05-02"})
	if err != nil {
		t.Fatal(err)
	}
	names, _ := namesAndTypes(x)
	roles := func(ev polgraph.Event) map[string]string {
		out := map[string]string{}
		for _, p := range ev.Participants {
			out[names[p.Entity]] = p.Role
		}
		return out
	}
	var meeting, statement *polgraph.Event
	reports := 0
	for i, ev := range x.Events {
		switch ev.Type {
		case "MEETING":
			meeting = &x.Events[i]
		case "STATEMENT":
			if roles(ev)["Interior Ministry"] != "" {
				statement = &x.Events[i]
			}
		case "REPORT":
			reports++
		}
	}
	if meeting == nil {
		t.Fatalf("no meeting among %+v", x.Events)
	}
	if got := roles(*meeting)["Daily Lantern"]; got != "source" {
		t.Errorf("meeting: Daily Lantern's role %q, want source (%v)", got, roles(*meeting))
	}
	if meeting.Attribution != "two intelligence officials" {
		t.Errorf("meeting attribution %q, want %q", meeting.Attribution, "two intelligence officials")
	}
	if meeting.Status != "denied" {
		t.Errorf("meeting status %q, want denied (Rusk denies it)", meeting.Status)
	}
	if statement == nil {
		t.Fatalf("no statement by the Interior Ministry among %+v", x.Events)
	}
	if got := roles(*statement)["Daily Lantern"]; got != "source" {
		t.Errorf("cited statement: Daily Lantern's role %q, want source", got)
	}
	if reports != 1 {
		t.Errorf("%d reports, want 1: the citing is folded into the statement it cites", reports)
	}
}

// A denial whose denier the claim does not name finds what it denies by
// the noun it takes: "dismissed the accusations" answers the accusation.
func TestDenialByItsNoun(t *testing.T) {
	text := "Varnessa accused Keldara of sending spies across the border on Monday. " +
		"The weather in the capital was mild. " +
		"Oda Lind, a spokeswoman for the Keldaran foreign ministry, dismissed the accusations as fantasy."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2024-05-02"})
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	for _, ev := range x.Events {
		types[ev.ID] = ev.Type
	}
	for _, ev := range x.Events {
		if ev.Type != "DENIAL" {
			continue
		}
		if len(ev.Denies) != 1 || types[ev.Denies[0]] != "ACCUSATION" {
			var got []string
			for _, id := range ev.Denies {
				got = append(got, types[id])
			}
			t.Errorf("the denial denies %v, want the accusation", got)
		}
		return
	}
	t.Fatalf("no denial among %+v", x.Events)
}

// A denial's noun reaches back further than a pronoun; it denies what an
// accusation accused someone of where that is told as an event, and the
// accusation its own noun tells where none came before.
func TestDenialByItsNounFarAndNear(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"accused of an event, six sentences back",
			"Arman Tolek accused Keldara of interference in the elections in Varnessa. " +
				"The session went on late. Other deputies asked about roads. The budget was debated. " +
				"A vote was put off. The chamber rose at nine. " +
				"The Keldaran embassy in Varnessa rejected the accusations as baseless.",
			"INTERFERENCE"},
		{"the accusation told by the denial's own noun",
			"Police in Ostra detained two clerks on Monday. " +
				"Oda Lind, a spokeswoman for the Keldaran foreign ministry, dismissed the accusations against Keldara as fantasy.",
			"ACCUSATION"},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: "Row\n\n" + tt.text, PublishedAt: "2024-05-02"})
		if err != nil {
			t.Fatal(err)
		}
		types := map[string]string{}
		for _, ev := range x.Events {
			types[ev.ID] = ev.Type
		}
		var got []string
		denials := 0
		for _, ev := range x.Events {
			if ev.Type == "DENIAL" {
				denials++
				for _, id := range ev.Denies {
					got = append(got, types[id])
				}
			}
		}
		if denials != 1 || len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: %d denials denying %v, want one denying the %s", tt.name, denials, got, tt.want)
		}
	}
}

// What someone is accused of is alleged, done by the accused on the
// accuser's word, and where it happened is its place, not the accusation's;
// a denial by the accused denies it.
func TestAccusedActIsAlleged(t *testing.T) {
	tests := []struct {
		text, status string
	}{
		{"Petra Lind accused Ivo Dorn of meeting Tomas Velk in Brevik.", polgraph.StatusAlleged},
		{"Petra Lind accused Ivo Dorn of meeting Tomas Velk in Brevik. Dorn denied meeting him.", polgraph.StatusDenied},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: "2024-06-05"})
		if err != nil {
			t.Fatal(err)
		}
		var meeting, accusation, denial *polgraph.Event
		for i := range x.Events {
			switch ev := &x.Events[i]; ev.Type {
			case "MEETING":
				if meeting == nil { // the one accused of, not the one denied
					meeting = ev
				}
			case "ACCUSATION":
				accusation = ev
			case "DENIAL":
				denial = ev
			}
		}
		if meeting == nil || accusation == nil {
			t.Fatalf("%q: meeting %v, accusation %v", tt.text, meeting, accusation)
		}
		roles := map[string]string{}
		for _, p := range meeting.Participants {
			roles[p.Entity] = p.Role
		}
		if r := roles["person/ivo-dorn"]; r == "agent" || r == "participant" { // a meeting's two sides are alike
			roles["person/ivo-dorn"] = "agent"
		}
		want := map[string]string{"person/ivo-dorn": "agent", "person/petra-lind": "source", "person/tomas-velk": "participant", "place/brevik": "place"}
		if !maps.Equal(roles, want) || meeting.Status != tt.status {
			t.Errorf("%q: meeting %s %v, want %s %v", tt.text, meeting.Status, roles, tt.status, want)
		}
		for _, p := range accusation.Participants {
			if p.Role == "place" {
				t.Errorf("%q: the accusation took place in %s", tt.text, p.Entity)
			}
		}
		if denial != nil && !slices.Contains(denial.Denies, meeting.ID) {
			t.Errorf("%q: the denial denies %v, not the meeting %s", tt.text, denial.Denies, meeting.ID)
		}
	}
}

// The accuser is the source of what it accuses someone of, never its doer,
// though the clause's subject is the accuser's name, and wherever the
// parser hangs the "of" clause (on the verb, or on a time after it).
func TestAccuserIsNoDoer(t *testing.T) {
	for _, text := range []string{
		"Germany accused Russia of interfering in the election.",
		"Germany accused Russia on Monday of interfering in the election.",
	} {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-06-05"})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(x.Events, func(ev polgraph.Event) bool { return ev.Type == "INTERFERENCE" })
		if i < 0 {
			t.Errorf("%q: no interference: %s", text, eventsString(x))
			continue
		}
		roles := map[string]string{}
		for _, p := range x.Events[i].Participants {
			roles[p.Entity] = p.Role
		}
		if want := map[string]string{"country/russia": "agent", "country/germany": "source"}; !maps.Equal(roles, want) || x.Events[i].Status != polgraph.StatusAlleged {
			t.Errorf("%q: interference %s %v, want %s %v", text, x.Events[i].Status, roles, polgraph.StatusAlleged, want)
		}
	}
}

// The outlet a claim is told to, or whose report it is "according to",
// is its source, not a participant in what it reports.
func TestOutletAsSource(t *testing.T) {
	tests := []struct{ name, text, typ, want, date string }{
		{"sources told an outlet", "Sources told The Daily Lantern that senator Ada Rusk had met a Varnessan envoy in Vellin.", "MEETING", "Daily Lantern", ""},
		{"according to an outlet's report", "Senator Ada Rusk met a Varnessan envoy in Vellin in 2022, according to a report by The Daily Lantern.", "MEETING", "Daily Lantern", ""},
		// fronted, where the parse made the phrase the root
		{"according to an outlet, fronted", "According to Reuters, Serbian police arrested Ivo Marek on Monday.", "ARREST", "Reuters", ""},
		{"according to an outlet's report, fronted", "According to a report by The Daily Lantern, police detained Ada Rusk on Friday.", "ARREST", "Daily Lantern", ""},
		// the parse read an aside after the outlet as a conjunct of its name
		{"an outlet citing sources in an aside", "The Daily Lantern, citing two security sources, reported on Tuesday that Ada Rusk met a Varnessan envoy in Vellin.", "MEETING", "Daily Lantern", ""},
		// fronted, where the parse read the clause as a relative one on the name
		{"according to a person, fronted", "According to Lia Perr, police arrested Tom Hale on Monday.", "ARREST", "Lia Perr", ""},
		// the parse read "arrested" as an adjective on "dozens" and hung
		// the clause's date on "said"
		// the parse hung the closing phrase on the purpose clause
		{"according to documents a body released, after a purpose clause", "Russian intelligence officers paid Latvian influencers to promote the candidate Ada Rusk, according to declassified documents released by the Harbour Council on Monday.", "INTERFERENCE", "Harbour Council", ""},
		{"according to documents an outlet saw, after a purpose clause", "Russian intelligence officers paid Latvian influencers to promote the candidate Ada Rusk, according to documents seen by The Daily Lantern.", "INTERFERENCE", "Daily Lantern", ""},
		{"a body's report said, its clause's verb read as a modifier", "A report by Amnesty International said Serbian police arrested dozens of students in January.", "ARREST", "Amnesty International", "2024-01"},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tt.text, PublishedAt: "2024-05-02"})
		if err != nil {
			t.Fatal(err)
		}
		names, _ := namesAndTypes(x)
		got, date := map[string]string{}, ""
		for _, ev := range x.Events {
			if string(ev.Type) == tt.typ {
				if ev.Date != nil {
					date = *ev.Date
				}
				for _, p := range ev.Participants {
					got[names[p.Entity]] = string(p.Role)
				}
			}
		}
		if got[tt.want] != "source" {
			t.Errorf("%s: %s is %q in the %s, want source (%v)", tt.name, tt.want, got[tt.want], tt.typ, got)
		}
		if tt.date != "" && date != tt.date {
			t.Errorf("%s: the %s is dated %q, want %q", tt.name, tt.typ, date, tt.date)
		}
	}
}

// An unnamed speaker is the attribution of what it says, whole, however
// the parse hangs its modifiers, and one kept from the reader makes it a
// claim.
func TestUnnamedSpeakerIsTheAttribution(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a subject with a phrase after it, which the parse read as the speaker",
			"People familiar with the matter said Ada Rusk met a Chinese diplomat in Ottawa.",
			`MEETING alleged "People familiar with the matter"`},
		{"a subject with a participle's aside, its \"of\" read as the verb's marker",
			"Officials speaking on condition of anonymity said Russian agents met Ada Rusk in Berlin.",
			`MEETING alleged "Officials speaking on condition of anonymity"`},
		{"an unnamed document one tells something according to, without its preposition",
			"According to a leaked memo, Ada Rusk met Chinese officials in Hong Kong.",
			`MEETING alleged "a leaked memo"`},
		{"a subject with an adjective the parse read as the sentence's verb",
			"Sources close to the investigation said Ada Rusk was arrested in Minsk on Friday.",
			`ARREST alleged "Sources close to the investigation"`},
		{"people close to someone are kept from the reader",
			"People close to the minister said Ada Rusk met Russian officials in Vellin.",
			`MEETING alleged "People close to the minister"`},
		{"one who alleges that something happened is its unnamed claimant",
			"A whistleblower alleged that Ada Rusk met Chinese officials in Toronto.",
			`MEETING alleged "A whistleblower"`},
		{"a possessive inside the speaker's words is written as the text writes it",
			"Kallistra's spy agency concluded that Ada Rusk met Chinese officials in Toronto.",
			`MEETING alleged "Kallistra's spy agency"`},
		{"what prosecutors say is their claim",
			"Prosecutors say Ada Rusk met Russian officials in Vellin.",
			`MEETING alleged "Prosecutors"`},
		{"what state media say is their claim",
			"Russian state media said Ukrainian drones attacked a refinery in Ryazan.",
			`ATTACK alleged "Russian state media"`},
		{"unnamed media in a closing tail the parse hangs on the time before it",
			"Ada Rusk was arrested in Vellin on Thursday, French media reported.",
			`ARREST alleged "French media"`},
		{"a source in a closing tail",
			"Ada Rusk was arrested in Vellin on Thursday, a police source told AFP.",
			`ARREST alleged "a police source"`},
		{"police in a closing tail tell a fact",
			"Ada Rusk was arrested in Vellin on Thursday, police said.",
			`ARREST asserted "police"`},
		{"whom an outlet cites",
			"Citing two people familiar with the matter, Bloomberg reported that Ada Rusk met Russian officials in Vellin.",
			`MEETING alleged "two people familiar with the matter"`},
		{"an unnamed speaker after \"according to\" at the close",
			"Ada Rusk met Russian officials in Vellin, according to two people familiar with the matter.",
			`MEETING alleged "two people familiar with the matter"`},
		{"\"according to\" at the close, the parse hanging it on the month before its comma",
			"Ada Rusk met Russian officials in Vellin in March, according to two officials familiar with the matter.",
			`MEETING alleged "two officials familiar with the matter"`},
		{"a person briefed on something is kept from the reader",
			"Ada Rusk met Russian officials in Vellin in March, a person briefed on the matter said.",
			`MEETING alleged "a person briefed on the matter"`},
		{"a speaker asking not to be named is kept from the reader",
			"Ada Rusk met Russian officials in Vellin in March, a Western official said, asking not to be named.",
			`MEETING alleged "a Western official"`},
		{"a speaker speaking on condition of anonymity after the verb is kept from the reader",
			"Ada Rusk met Russian officials in Vellin in March, diplomats said, speaking on condition of anonymity.",
			`MEETING alleged "diplomats"`},
		{"a speaker who spoke on condition of anonymity is kept from the reader",
			"Security officials, who spoke on condition of anonymity, said Ada Rusk had met Russian officers in Vellin.",
			`MEETING alleged "Security officials"`},
		{"people with knowledge of something are kept from the reader",
			"Ada Rusk met Russian officials in Vellin in March, people with knowledge of the talks told Reuters.",
			`MEETING alleged "people with knowledge of the talks"`},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: "Row\n\n" + tt.text, PublishedAt: "2024-05-31"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ev := range x.Events {
			got = append(got, ev.Type+" "+ev.Status+" "+strconv.Quote(ev.Attribution))
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// The speaker of a closing tail is who tells what comes before it, however
// the tail is worded: the verb before its subject, a titled name the parse
// hangs elsewhere, one who speaks for a body, a verb tagged an adjective
// or read as a participle; and what a tail cites as its reason is no
// speaker.
func TestClosingTailTellsWho(t *testing.T) {
	tests := []struct{ name, text, typ, source, attribution string }{
		{"the verb before its subject",
			"Ivo Dorn had met Iranian envoys in Baghdad, said Lena Sorvik, a senior aide to Prime Minister Anders Kall.",
			"MEETING", "Lena Sorvik", ""},
		{"a titled name, the parse hanging it on the day before",
			"Ukraine shelled the town of Belgorod on Sunday, Defence Minister Oleg Varsk said in remarks carried by TASS.",
			"ATTACK", "Oleg Varsk", ""},
		{"a spokesman for a body, its \"for\" read as the verb's marker",
			"Tomas Varga resigned on Monday, a spokesman for the Interior Ministry told Reuters.",
			"RESIGNATION", "Interior Ministry", ""},
		{"an outlet's tail verb tagged an adjective, its determiner hung on it",
			"Mirko Dal met Russian agents in Vienna, the Ostraven Herald alleged.",
			"MEETING", "Ostraven Herald", ""},
		{"a report's verb read as its participle",
			"Beijing funded candidates in the 2021 election, the intelligence report alleged.",
			"INTERFERENCE", "", "the intelligence report"},
		{"police cited are a speaker",
			"Ivo Dorn was arrested in Vienna, Austrian broadcaster ORF reported, citing police.",
			"ARREST", "ORF", "police"},
		{"a reason cited is no speaker",
			"Lithuania expelled two Russian diplomats, the foreign ministry said, citing espionage.",
			"SANCTION", "", ""},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: "Row\n\n" + tt.text, PublishedAt: "2024-05-31"})
		if err != nil {
			t.Fatal(err)
		}
		names, _ := namesAndTypes(x)
		found := false
		for _, ev := range x.Events {
			if ev.Type != tt.typ {
				continue
			}
			found = true
			source := ""
			for _, p := range ev.Participants {
				if p.Role == "source" {
					source = names[p.Entity]
				}
			}
			if source != tt.source || ev.Attribution != tt.attribution {
				t.Errorf("%s: source %q attribution %q, want %q %q", tt.name, source, ev.Attribution, tt.source, tt.attribution)
			}
		}
		if !found {
			t.Errorf("%s: no %s in %v", tt.name, tt.typ, claimsOf(x))
		}
	}
}

// A reported clause keeps its speaker as source however the speaker's
// channel or hearer comes between the verb and the clause: "said in a
// statement that", "wrote on Facebook that", "said in a post on X that",
// "told reporters that", "told state television on Monday that", where
// the parse reads the clause as a relative clause on the channel. A
// relative clause on a channel whose own subject is its "that" is no
// reported clause.
func TestSourceAcrossTheChannel(t *testing.T) {
	tests := []claimCase{
		{"said in a statement that",
			"Tomas Varga said in a statement that Mirko Dal had met Russian officials in Vellin.",
			[]string{"STATEMENT asserted agent=Tomas Varga", "MEETING asserted agent=Mirko Dal participant=Russia place=Vellin source=Tomas Varga"}},
		{"wrote on Facebook that, the clause hung on the verb",
			"Tomas Varga wrote on Facebook that Mirko Dal had met Russian officials in Vellin.",
			[]string{"STATEMENT asserted agent=Tomas Varga", "MEETING asserted agent=Mirko Dal participant=Russia place=Vellin source=Tomas Varga"}},
		{"said in a post on X that",
			"Opposition leader Tomas Varga said in a post on X that Mirko Dal had met Russian officials in Vellin.",
			[]string{"STATEMENT asserted agent=Tomas Varga", "MEETING asserted agent=Mirko Dal participant=Russia place=Vellin source=Tomas Varga"}},
		{"told reporters that",
			"Tomas Varga told reporters that police had arrested Jan Kral in Bratislava.",
			[]string{"STATEMENT asserted agent=Tomas Varga", "ARREST asserted patient=Jan Kral place=Bratislava source=Tomas Varga"}},
		{"told state television on a day that, the day read as the channel's",
			"Interior Minister Ivo Dorn told state television on Monday that police had arrested Jan Kral in Bratislava.",
			[]string{"STATEMENT asserted agent=Ivo Dorn", "ARREST asserted patient=Jan Kral place=Bratislava source=Ivo Dorn"}},
	}
	checkClaims(t, tests)
}

// "Its" on a state's organ ("its foreign ministry", "its government")
// is the state's where the body named last is the organisation the state
// acts on: the organisation has no ministry. An organisation that is its
// clause's subject keeps its own people.
func TestStateOrganOwnedByTheState(t *testing.T) {
	checkClaims(t, []claimCase{
		{"a company sanctioned, the state's ministry speaking",
			"Canada imposed sanctions on Tarvel Aero on Monday, its foreign ministry said.",
			[]string{"SANCTION asserted agent=Canada patient=Tarvel Aero", "STATEMENT asserted agent=Canada"}},
		{"a company the subject keeps its own officer",
			"The Orvane Group said its chief executive, Lida Marsk, had resigned.",
			[]string{"STATEMENT asserted agent=Orvane Group", "RESIGNATION asserted agent=Lida Marsk source=Orvane Group"}},
	})
}

// An interview's "A" answers for the one its text names, not for whom a
// headline names before it: "Orlov" heads the transcript, but the answers,
// and the question's "you", are the senator's.
func TestInterviewAnswersAreNotTheHeadlines(t *testing.T) {
	tests := []struct {
		name, title, body, answer, want string
	}{
		{"the headline names whom the questions ask about",
			"Orlov ties: the transcript",
			"Senator Lena Dorn spoke to Radio Kelm on Thursday.\n\nQ: Did you meet Viktor Orlov in Geneva?\n\nA: I never met him.\n\nQ: Will you stand again?\n\nA: No.",
			"I never met him", "person/lena-dorn"},
		{"a headline that names only the interviewee still gives the answers",
			"Senator Lena Dorn answers our questions",
			"Q: Did you meet Viktor Orlov in Geneva?\n\nA: I never met him.\n\nQ: Will you stand again?\n\nA: No.",
			"I never met him", "person/lena-dorn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := New().Extract(context.Background(), polgraph.Article{Title: tt.title, Text: tt.title + "\n\n" + tt.body, PublishedAt: "2025-05-12"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, ev := range x.Events {
				if !strings.Contains(ev.Evidence.Text, tt.answer) {
					continue
				}
				for _, p := range ev.Participants {
					if p.Role == "agent" {
						got = append(got, p.Entity)
					}
				}
			}
			if !slices.Equal(got, []string{tt.want}) {
				t.Errorf("agents of %q = %v, want [%s]", tt.answer, got, tt.want)
			}
		})
	}
}
