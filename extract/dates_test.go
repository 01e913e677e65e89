package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/parse"
)

// Events dated by a time of another clause, as the tree relates the two:
// a when-clause, a verb coordinated with one that reports (not one it reports).
func TestTimeOfTheClauseAnEventHangsOn(t *testing.T) {
	tests := []struct {
		text, typ, want string
	}{
		{"The affair began in 2018, when the Varovian Audit Office opened an investigation into the ferry contract.", "INVESTIGATION", "2018"},
		{"The protests started in May 2022, when police in Ostra arrested the opposition leader Tomas Velk.", "ARREST", "2022-05"},
		// a "when" clause after the last of joined verbs is that verb's,
		// however the parse joins it: the year it ended, not the first
		{"Oda Lind was appointed health minister of Norway in 2003 and served until 2007, when she resigned over a hospital scandal.", "RESIGNATION", "2007"},
		{"The Baltic Harbour Council, of which Varnessa has been a member since 2011, said on Thursday that it was following events closely.", "STATEMENT", "2024-05-30"},
		{"OSTRA, May 30 (Nordwire) - Parliament debated the budget on Thursday.\n\nMarta Zelinska accused Tomas Velk on 28 May of \"ruling by decree\" and said his budget would fail.", "STATEMENT", "2024-05-28"},
		{"Tomas Velk, who has sat for Brevik since 2016, denied the allegations in a statement issued through his lawyer late on Tuesday, after the paper put its questions to him.", "DENIAL", "2024-05-28"},
		{"Police arrested Tomas Velk on Friday over a murder committed in 2015.", "ARREST", "2024-05-31"},
		// remarks broadcast on a day, the act's oblique "in": the day of the
		// act done in them, though the time hangs on the participle
		{"In remarks broadcast by state television on Wednesday, Marek Tolva condemned the shelling of a border post near Dravik.", "CRITICISM", "2024-05-29"},
		{"In comments published by the Velden Courier on Tuesday, Ana Holm criticised the housing plan.", "CRITICISM", "2024-05-28"},
		{"Ana Holm was in Brevik on Thursday, where she met Tomas Velk and they signed a new fisheries accord.", "AGREEMENT", "2024-05-30"},
		{"Ana Holm flew to Brevik on Thursday, where she met Tomas Velk and they signed a new fisheries accord.", "AGREEMENT", "2024-05-30"},
		// the outcome of a noun's event dates it
		{"Keldara's Harbour Party won the parliamentary election on Sunday.", "ELECTION", "2024-05-26"},
		{"Tomas Velk lost the presidential election in 2021 and said on Monday he would run again.", "ELECTION", "2021"},
		// what an unnamed speaker tells is bounded by the day it is told,
		// as a named speaker's statement dates it; with or without "that"
		{"Police said on Friday they had detained the opposition leader Tomas Velk.", "ARREST", "2024-05-31"},
		{"Prosecutors said on Tuesday they had opened an investigation into Mayor Oda Lind.", "INVESTIGATION", "2024-05-28"},
		{"The ministry said on Tuesday that Russia had expelled two Keldaran diplomats.", "SANCTION", "2024-05-28"},
		// unless the clause's own adverb puts it before the telling
		{"Police said on Friday they had already detained the opposition leader Tomas Velk.", "ARREST", ""},
		{"Interior Minister Ana Holm said on Thursday that police had earlier arrested the opposition leader Tomas Velk.", "ARREST", ""},
		{"OSTRA, May 30 (Nordwire) - Interior Minister Ana Holm said that police had earlier arrested the opposition leader Tomas Velk.", "ARREST", ""},
		// a clause a span of time opens ("days after", "a day after") is
		// not the day of the verb it hangs on, whatever past form or
		// phrase the parse reads it as
		{"Keldara's parliament elected Ivo Marek as prime minister on Sunday, days after the army arrested his rival Tomas Velk.", "ARREST", "2024"},
		{"Keldara's parliament elected Ivo Marek as prime minister on Sunday, weeks after the army detained his rival Tomas Velk.", "ARREST", "2024"},
		{"Keldara's parliament elected Ivo Marek as prime minister on Sunday, a day after President Tomas Velk resigned.", "RESIGNATION", "2024-05-25"},
		{"Parliament met on Sunday, days after President Tomas Velk resigned.", "RESIGNATION", "2024"},
		// an event noun that is the verb's occasion ("in a raid", "during
		// a protest") lends the verb its day
		{"Varnian soldiers arrested the country's vice president, Tomas Velk, in a pre-dawn raid on Thursday.", "ARREST", "2024-05-30"},
		// a call is dated by the verb it is the means of, where the parse
		// hangs it on the verb's object ("the dispute in a call")
		{"Ivo Dorn and Ana Holm discussed the grain deal in a telephone conversation on Saturday.", "MEETING", "2024-06-01"},
		// so does one a frame ("on the sidelines of") sets the verb in
		{"The talks opened on Monday. Keldara and Varnessa signed a fisheries memorandum on the sidelines of the summit on Wednesday.", "AGREEMENT", "2024-05-29"},
		// and one a prospect phrase sets ahead of it keeps its own day,
		// which the act came before: somewhen, or the day before where
		// the phrase is "the eve of"
		{"The talks opened on Monday. Keldara and Varnessa signed a fisheries memorandum ahead of the summit on Wednesday.", "AGREEMENT", ""},
		{"The talks opened on Monday. Keldara and Varnessa signed a fisheries memorandum on the eve of the summit on Wednesday.", "AGREEMENT", "2024-05-28"},
		// the start of a span in what is said dates no saying
		{"OSTRA, May 30 (Nordwire) - Foreign Minister Ana Holm said the measures target those responsible for the violent repression of protesters in the towns of Kessaw and Tarrin since February 2024.", "STATEMENT", "2024-05-30"},
		// what a vote decides is done at the vote's time
		{"The Keldaran National Assembly voted 89-65 to approve the harbour bill on Monday.", "VOTE", "2024-05-27"},
		// a clause the parse hangs on a time's noun is done at that time
		{"In April of that year Oto Brak criticised the budget, and the following month he resigned from the cabinet.", "RESIGNATION", "2024-05"},
		// the noun after a preposition ("of fraud") takes no day from the verb
		{"Senator Ilse Grauer was acquitted of fraud by a regional court on Monday.", "LEGAL_ACTION", "2024-05-27"},
		// a time between a verb's object and a participle is the verb's,
		// however the parse makes the object the participle's subject
		{"The Keldaran Rights Council published a report on Wednesday criticising conditions in Ostra's prisons.", "REPORT", "2024-05-29"},
		// a relative clause on a person tells of the person: its time is
		// not the time of the clause its noun is in
		{"Oto Brak was sworn in as Keldara's interior minister, replacing Ivo Marek, who resigned last month.", "APPOINTMENT", ""},
	}
	for _, tt := range tests {
		checkEventDate(t, tt.text, "2024-06-01", tt.typ, tt.want, true)
	}
}

// checkEventDate extracts text, published on published, and checks that
// every event of type typ is dated want; required says an event of the
// type must be there.
func checkEventDate(t *testing.T, text, published, typ, want string, required bool) {
	t.Helper()
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: published})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ev := range x.Events {
		if ev.Type == typ {
			found = true
			if got := deref(ev.Date); got != want {
				t.Errorf("%q: %s dated %q, want %q", text, typ, got, want)
			}
		}
	}
	if required && !found {
		t.Errorf("%q: no %s", text, typ)
	}
}

// A lead that describes its subject by a career ("was the minister who
// closed the schools and then became the party's leader") tells no news of
// the day in that clause: the appointment keeps no date, not the lead's.
func TestLeadDescriptionIsNotTheNews(t *testing.T) {
	text := "Marta Delin, who has died aged 84, was the minister who closed the schools and then became the leader of the Harbour Party.\n\n" +
		"Her death on Sunday was announced by her family."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-06-04"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ev := range x.Events {
		if ev.Type == "APPOINTMENT" {
			found = true
			if ev.Date != nil {
				t.Errorf("appointment dated %q, want none", *ev.Date)
			}
		}
	}
	if !found {
		t.Error("no appointment")
	}
}

// A denial, a criticism or a request with no time of its own is news of
// the day the report is datelined, as a statement is; one told as earlier
// is not.
func TestSpokenEventsTakeTheDatelineDay(t *testing.T) {
	text := "OSTRA, May 9 (Nordwire) - Varnessa expelled two Keldaran diplomats on Thursday.\n\n" +
		"The foreign ministry gave them 72 hours to leave.\n\n" +
		"The Keldaran embassy in Ostra rejected the accusations of Varnessa as baseless. " +
		"Arman Tolek criticised the embassy. " +
		"Oda Lind had denied any involvement.\n"
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-05-10"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, ev := range x.Events {
		got[ev.Evidence.Text[:10]+" "+ev.Type] = deref(ev.Date)
	}
	want := map[string]string{
		"The Keldar DENIAL":    "2024-05-09",
		"Arman Tole CRITICISM": "2024-05-09",
		"Oda Lind h DENIAL":    "",
	}
	for k, w := range want {
		if g, ok := got[k]; !ok || g != w {
			t.Errorf("%s dated %q (found %v), want %q; all: %v", k, g, ok, w, got)
		}
	}
}

// An article given no publication date is read as filed on the day its
// dateline or the head of a line near its top gives, year and all: its
// relative dates ("on Tuesday", "yesterday") count back from that day.
// A date that opens a sentence of the story is no filing day.
func TestFilingDayAnchorsAnUndatedArticle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"BRESKOV, March 3, 2024 (Nordwire) - Finance Minister Dara Velk resigned on Tuesday after a row over the budget.\n", "2024-02-27"},
		{"Brenna, 3 March 2024 - Finance Minister Dara Velk resigned on Tuesday after a row over the budget.\n", "2024-02-27"},
		{"Velk quits\n\nPublished 3 March 2024\n\nFinance Minister Dara Velk resigned yesterday, the ministry said.\n", "2024-03-02"},
		{"March 3, 2024 — Finance Minister Dara Velk resigned yesterday.\n", "2024-03-02"},
		{"Velk quits\n\nOn March 3, 2024, the budget passed. Finance Minister Dara Velk resigned yesterday.\n", ""},
		{"BRESKOV, March 3 (Nordwire) - Finance Minister Dara Velk resigned on Tuesday after a row over the budget.\n", ""},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		got, found := "", false
		for _, tm := range x.Times {
			if tm.Text == "Tuesday" || tm.Text == "yesterday" {
				got, found = deref(tm.Value), true
			}
		}
		if !found || got != tt.want {
			t.Errorf("%q: the relative day is %q (found %v), want %q", tt.text, got, found, tt.want)
		}
	}
}

// A report datelined a day or two before its publication date tells its
// relative dates from the dateline's day; one filed long before keeps the
// publication date.
func TestDatelineBeforePublicationAnchorsRelativeDays(t *testing.T) {
	text := "BRESKOV, March 3 (Nordwire) - Finance Minister Dara Velk resigned on Sunday after a row over the budget, and said yesterday she would not stand again.\n"
	tests := []struct{ published, sunday, yesterday string }{
		{"2024-03-03", "2024-03-03", "2024-03-02"},
		{"2024-03-04", "2024-03-03", "2024-03-02"},
		{"2024-03-05", "2024-03-03", "2024-03-02"},
		{"2024-03-09", "2024-03-03", "2024-03-08"},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: tt.published})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, tm := range x.Times {
			got[tm.Text] = deref(tm.Value)
		}
		if got["Sunday"] != tt.sunday || got["yesterday"] != tt.yesterday {
			t.Errorf("published %s: Sunday %q, yesterday %q; want %q, %q", tt.published, got["Sunday"], got["yesterday"], tt.sunday, tt.yesterday)
		}
	}
}

// A clause opened by "after" or "before" tells its own time: it takes no
// day from the clause it hangs on (at most that clause's year), and its
// unnamed subject is no one of the main clause. What happened during a
// noun event shares that event's time and place.
func TestClausesWithTimesOfTheirOwn(t *testing.T) {
	text := "OSTRA, May 9 (Nordwire) - Prime Minister Arman Tolek recalled the ambassador to Brevik on Thursday after two state engineers were arrested on suspicion of spying.\n\n" +
		"Two aides to Mayor Oda Lind were detained on Tuesday during a police raid on the town hall in Brevik, prosecutors said.\n\n" +
		"Police arrested the shipping magnate Ivo Marek in March 2021, two days after he resigned from the Harbour Party.\n"
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-05-10"})
	if err != nil {
		t.Fatal(err)
	}
	names, _ := namesAndTypes(x)
	var got []string
	for _, ev := range x.Events {
		s := ev.Type + " " + deref(ev.Date)
		for _, p := range ev.Participants {
			s += " " + p.Role + ":" + names[p.Entity]
		}
		got = append(got, s)
	}
	want := []string{
		"SANCTION 2024-05-09 agent:Arman Tolek patient:Brevik", // an ambassador recalled: CAMEO 161
		"ARREST 2024-05-07 place:Brevik",
		"INVESTIGATION 2024-05-07 place:Brevik", // a police raid: a search
		"ARREST 2021-03 patient:Ivo Marek",
		"RESIGNATION 2021 agent:Ivo Marek organization:Harbour Party",
	}
	if !slices.Equal(got, want) {
		t.Errorf("events:\n got %q\nwant %q", got, want)
	}
}

// A span before "after" or "before" dates the clause from the one it
// hangs on: two days before Monday's resignation is Saturday, hours
// before it the same day, a week before it the Monday before; two days
// after Monday's accusation, Wednesday.
func TestSpanFromTheAnchoringClause(t *testing.T) {
	tests := []struct{ text, typ, want string }{
		{"Ivo Marek resigned on Monday, two days after Oda Lind accused him of fraud.", "ACCUSATION", "2024-05-04"},
		{"Ivo Marek resigned on Monday, hours after Oda Lind accused him of fraud.", "ACCUSATION", "2024-05-06"},
		{"Ivo Marek resigned on Monday, a week after Oda Lind accused him of fraud.", "ACCUSATION", "2024-04-29"},
		{"Oda Lind accused Ivo Marek of fraud on Monday, two days before he resigned.", "RESIGNATION", "2024-05-08"},
	}
	for _, tt := range tests {
		if got := lastDateOf(t, "Officials in Ostra spoke on Sunday.\n\n"+tt.text, tt.typ); got != tt.want {
			t.Errorf("%q: %s on %q, want %q", tt.text, tt.typ, got, tt.want)
		}
	}
}

// lastDateOf extracts text, published 2024-05-10, and returns the date of
// its last event of type typ ("" where undated), or "none" where it has
// none.
func lastDateOf(t *testing.T, text, typ string) string {
	t.Helper()
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-05-10"})
	if err != nil {
		t.Fatal(err)
	}
	got := "none"
	for _, ev := range x.Events {
		if ev.Type == typ {
			got = deref(ev.Date)
		}
	}
	return got
}

// A verb's span "after" or "before" an event noun told earlier with its
// day ("a week after his arrest", "two days after the vote") dates the
// verb that span from the noun's day, not by the lead's month; a span
// before a clause of the verb's own ("Days before the charges were
// filed") keeps it off the story's day.
func TestSpanFromAnotherEvent(t *testing.T) {
	tests := []struct{ text, typ, want string }{
		{"Police arrested Tomas Velk in Ostra on March 3. A court released Velk on bail a week after his arrest.", "RELEASE", "2024-03-10"},
		{"Police arrested Tomas Velk in Ostra on March 3. Velk was freed two days after his arrest.", "RELEASE", "2024-03-05"},
		// a noun that points back ("the vote") is the event of its type told last
		{"Parliament held a no-confidence vote on May 6. Two days after the vote, Deputy Speaker Lena Kurz resigned from the Reform Party.", "RESIGNATION", "2024-05-08"},
		{"Parliament held a no-confidence vote on May 6. A week before the vote, Lena Kurz had criticised the party leader Otto Fenn.", "CRITICISM", "2024-04-29"},
		{"Prosecutors charged the former defence minister Odd Brun with bribery on Tuesday. Days before the charges were filed, Brun denied the allegations in an interview with the Tolsby Post.", "DENIAL", ""},
		// a span the parse leaves unattached before the noun
		{"Police arrested Mayor Bera Quint in Tollin on Tuesday. Two days after the arrest, the Justice Party expelled Quint.", "DISMISSAL", "2024-05-09"},
		// a day's noun after "the" is a day's span ("the night before",
		// "the morning after"), as is "the eve of"
		{"Police arrested Mayor Bera Quint in Tollin on Tuesday. The day before the arrest, Quint met prosecutors.", "MEETING", "2024-05-06"},
		{"Police arrested Mayor Bera Quint in Tollin on Tuesday. The morning after the arrest, her deputy Ivo Penn resigned.", "RESIGNATION", "2024-05-08"},
		{"Parliament held a no-confidence vote on May 6. The night before the vote, Deputy Speaker Lena Kurz resigned from the Reform Party.", "RESIGNATION", "2024-05-05"},
		// a noun "the eve of" sets ahead is no event of its own: the
		// event of its type told before, or its own day, dates it
		{"Police arrested Mayor Bera Quint in Tollin on Tuesday. On the eve of her arrest, Quint met prosecutors.", "MEETING", "2024-05-06"},
		{"Tamsin Rell resigned on the eve of the vote on Monday.", "RESIGNATION", "2024-05-05"},
		// a span with no count ("days after", "days later") is some
		// days on: the month where they cannot leave it, else the year
		{"Police arrested Mayor Bera Quint in Tollin on May 2. Days after the arrest, the Justice Party expelled Quint.", "DISMISSAL", "2024-05"},
		{"Police arrested the mayor of Tollin, Bera Quint, on Thursday. Days after the arrest, the Justice Party expelled Bera Quint.", "DISMISSAL", "2024-05"},
		{"Police arrested Mayor Bera Quint in Tollin on May 2. Days later, the Justice Party expelled Quint.", "DISMISSAL", "2024-05"},
		{"Police arrested Mayor Bera Quint in Tollin on April 28. Days later, the Justice Party expelled Quint.", "DISMISSAL", "2024"},
		{"Police arrested Mayor Bera Quint in Tollin on March 2. The Justice Party expelled Quint weeks later.", "DISMISSAL", "2024"},
		// "within" a span of the event: at most that span after it
		{"Police arrested Mayor Bera Quint in Tollin on May 2. Within days of the arrest, the Justice Party expelled Quint.", "DISMISSAL", "2024-05"},
		{"Police arrested Mayor Bera Quint in Tollin on April 27. The Justice Party expelled Quint within a week of her arrest.", "DISMISSAL", "2024"},
		{"Police arrested Mayor Bera Quint in Tollin on April 2. Within 48 hours of the arrest, the Justice Party expelled Quint.", "DISMISSAL", "2024-04"},
	}
	for _, tt := range tests {
		if got := lastDateOf(t, tt.text, tt.typ); got != tt.want {
			t.Errorf("%q: %s on %q, want %q", tt.text, tt.typ, got, tt.want)
		}
	}
}

// What a speaker says happened earlier, in the past perfect, or would
// happen keeps its own time: the saying is not dated by it.
func TestSayingNotDatedByAnEarlierAct(t *testing.T) {
	tests := []struct{ text, typ, agent, want string }{
		{"Commissioner Ada Brisk said on Monday that the inquiry had opened. Ada Brisk said the Security Board had warned Ivo Marek in 2021.", "STATEMENT", "Ada Brisk", "2024-05-06"},
		{"Commissioner Ada Brisk said on Monday that the inquiry had opened. Ada Brisk said the Security Board had warned Ivo Marek in 2021.", "STATEMENT", "Security Board", "2021"},
		// nor by the time of an act told in what is said, where no time
		// of the saying's own dates it
		{"Interior Minister Osric Vael told reporters the army had bombed the village of Kelm in 2016.", "STATEMENT", "Osric Vael", "2024-05-10"},
		{"The Harrow Party said in a statement that its leader had resigned in 2020.", "STATEMENT", "Harrow Party", "2024-05-10"},
		// a reporting tail that tells the saying is no act it tells
		{"Osric Vael met the envoy of Brenland in Kelm on Thursday.\n\nTovan Reke said he would go to Kelm alone if the police promised to release his brother, Osric Vael said Sunday.", "STATEMENT", "Tovan Reke", "2024-05-05"},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: "2024-05-10"})
		if err != nil {
			t.Fatal(err)
		}
		names, _ := namesAndTypes(x)
		var got []string
		for _, ev := range x.Events {
			if ev.Type == tt.typ && slices.ContainsFunc(ev.Participants, func(p polgraph.Participant) bool { return p.Role == "agent" && names[p.Entity] == tt.agent }) {
				got = append(got, deref(ev.Date))
			}
		}
		if len(got) == 0 || got[len(got)-1] != tt.want {
			t.Errorf("%q: %s by %s on %q, want last %q", tt.text, tt.typ, tt.agent, got, tt.want)
		}
	}
}

// A time after an infinitive dates the clause told in the past: a
// weekday the time tagger reads forward ("agreed to form a coalition on
// Monday") is the one before; a past time on what a request asks for
// dates the request, made then for what has not happened; a time on a
// decision ("decided on Monday to resign") dates what it decided; one on
// what a vote decides ("a motion to remove X on Monday") dates the vote.
func TestTimesAfterAnInfinitive(t *testing.T) {
	tests := []struct{ text, typ, agent string }{
		{"The Harbour Party and the Civic Union agreed to form a coalition government on Monday.", "AGREEMENT", "party/harbour-party"},
		{"Oda Lind called on Ivo Marek to resign on Monday.", "REQUEST", "person/oda-lind"},
		// a vote does what it decides, so a past time on that act is the vote's
		{"The opposition Harbour Party failed to pass a motion to remove Prime Minister Anca Morar on Monday.", "VOTE", "party/harbour-party"},
		{"The Harbour Party voted to remove Speaker Anca Morar on Monday.", "VOTE", "party/harbour-party"},
		// a decision makes its infinitive done, when it is taken
		{"Foreign Minister Ilse Varga decided to resign on Monday.", "RESIGNATION", "person/ilse-varga"},
		{"Prime Minister Ilse Varga decided on Monday to sack Interior Minister Pavel Rusk.", "DISMISSAL", "person/ilse-varga"},
		{"Premier Ilse Varga chose on Monday to step down.", "RESIGNATION", "person/ilse-varga"},
		// so does a decision told as a noun, by whose it is
		{"Poland's decision on Monday to expel three Belarusian diplomats angered Minsk.", "SANCTION", "country/poland"},
		{"Estonia's decision on Monday to expel the Russian ambassador drew criticism from Moscow.", "SANCTION", "country/estonia"},
	}
	for _, tt := range tests {
		text := "Officials in Ostra spoke on Sunday.\n\n" + tt.text
		x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-05-10"})
		if err != nil {
			t.Fatal(err)
		}
		if !hasEvent(x, tt.typ, "2024-05-06", tt.agent, "agent") {
			t.Errorf("%q: no %s by %s on Monday 6 May: %s", tt.text, tt.typ, tt.agent, eventsString(x))
		}
	}
}

// A time on what a call, a plan or a threat sets ahead is the day of that
// act, not of the call: the day set for a strike or for an occasion
// called for ("to walk out on Monday", "to join a strike on Friday",
// "called for a protest on Saturday"), or a time yet to come ("threatened
// to strike again next month"). The call keeps the story's day.
func TestTimeOfAWishedActDatesNoCall(t *testing.T) {
	tests := []struct{ text, typ, want string }{
		{"The Brevik Dockers Union urged its members to join a national strike on Friday.", "REQUEST", "2024-05-07"},
		{"The Brevik Dockers Union called on its members to walk out on Monday.", "REQUEST", "2024-05-07"},
		{"The Brevik Dockers Union called for a nationwide protest on Saturday.", "REQUEST", "2024-05-07"},
		{"The Brevik Dockers Union threatened to strike again next month.", "STATEMENT", "2024-05-07"},
		// a call's own day stays its own
		{"The Brevik Dockers Union on Wednesday urged its members to join a national strike on Monday.", "REQUEST", "2024-05-08"},
	}
	for _, tt := range tests {
		text := "Dock workers in Brevik walked out on Tuesday.\n\n" + tt.text
		if got := lastDateOf(t, text, tt.typ); got != tt.want {
			t.Errorf("%q: %s on %q, want %q", tt.text, tt.typ, got, tt.want)
		}
	}
	// nor does the day set in the next sentence date an undated lead, nor
	// a time after it
	lead := "Dockers reject pay offer\n\nThe Brevik Dockers Union urged its members to reject the pay offer. Its leaders want members to walk out on Monday. The port was quiet on Thursday."
	if got := lastDateOf(t, lead, "REQUEST"); got == "2024-05-06" || got == "2024-05-09" {
		t.Errorf("%q: REQUEST on %q, the strike's Monday or a day after it", lead, got)
	}
}

// A day still to come on the infinitive of a past act ("subpoenaed Dorn
// to testify on June 12") is the day of what is to be done: it dates
// neither the act nor, moved back a year, its past.
func TestTimeAheadOnAnInfinitiveDatesNoAct(t *testing.T) {
	for _, text := range []string{
		"Ivo Dorn subpoenaed Ana Holm to testify before the committee on June 12.",
		"Senator Ivo Dorn said he had subpoenaed Ana Holm to testify before the Committee on Harbour Affairs on June 12.",
	} {
		if got := lastDateOf(t, text, "LEGAL_ACTION"); strings.HasSuffix(got, "-06-12") {
			t.Errorf("%q: LEGAL_ACTION on %q, the day set for what is to be done", text, got)
		}
	}
}

// A deadline on the infinitive a pledge or request tells ("to call
// elections by the end of the year") bounds what is to be done, however
// many words the time spans: it does not date the pledge.
func TestDeadlineDatesNoPledge(t *testing.T) {
	for _, text := range []string{
		"Premier Tamsin Rell promised to call elections by the end of the year.",
		"Premier Tamsin Rell vowed to hold a referendum by the end of June.",
	} {
		if got := lastDateOf(t, "Officials in Ostra spoke on Monday.\n\n"+text, "STATEMENT"); got == "2024" || got == "2024-06" {
			t.Errorf("%q: STATEMENT on %q, the deadline's", text, got)
		}
	}
}

// What is dated after the article's day has not happened: "the 2027
// election" in a 2025 story is no election held.
func TestFutureIsNoEvent(t *testing.T) {
	text := "Estonia's 2027 election is expected to be close. Estonia held an election in 2023."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, ev := range x.Events {
		dates = append(dates, deref(ev.Date))
	}
	if !slices.Contains(dates, "2023") || slices.Contains(dates, "2027") {
		t.Errorf("event dates %v, want 2023 and not 2027", dates)
	}
}

// One speaker's statements on one day to different audiences are two
// occasions, two events: whom a statement is made to is part of its id,
// in one article as across articles.
func TestStatementsToTwoAudiences(t *testing.T) {
	id := func(text string) string {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2025-05-12"})
		if err != nil {
			t.Fatal(err)
		}
		return eventID(x, "STATEMENT")
	}
	said := id("Ivo Dorn said on Monday that taxes would fall.")
	told := id("Ivo Dorn told the Valdora Herald on Monday that taxes would fall.")
	if said == "" || told == "" || said == told {
		t.Errorf("statement ids %q and %q, want two different ones", said, told)
	}
}

// Two states' chambers voting, or two states' courts ruling, on one day
// are two events, each with its own agent.
func TestActsOfTwoStatesOnOneDay(t *testing.T) {
	x, err := New().Extract(context.Background(), polgraph.Article{PublishedAt: "2025-05-12", Text: "Ukraine's parliament voted on Tuesday to extend martial law. " +
		"Moldova's parliament voted on Tuesday to ban the channel. The Supreme Court of Poland ruled on Tuesday that the vote was valid. " +
		"Romania's Constitutional Court ruled on Tuesday that the law was invalid."})
	if err != nil {
		t.Fatal(err)
	}
	events := map[string]int{}
	for _, ev := range x.Events {
		events[ev.Type]++
		agents := 0
		for _, p := range ev.Participants {
			if p.Role == "agent" {
				agents++
			}
		}
		if agents != 1 {
			t.Errorf("%s has %d agents, want 1: %v", ev.Type, agents, ev.Participants)
		}
	}
	if events["VOTE"] != 2 || events["LEGAL_ACTION"] != 2 {
		t.Errorf("events %v, want two votes and two rulings", events)
	}
}

// What a lead says was said is said on a day: a month in the sentences
// after it is background, not its date.
func TestLeadStatementTakesNoLaterMonth(t *testing.T) {
	text := "Ivo Dorn said taxes would fall.\n\nAna Holm resigned in March."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range x.Events {
		if ev.Type == "STATEMENT" && deref(ev.Date) != "2025-05-12" {
			t.Errorf("the statement is dated %q, want the report's day 2025-05-12", deref(ev.Date))
		}
	}
}

// The lead's news is recent: a month years before the article in the
// sentences after it is a career's background, not the lead's date; a
// month of the last weeks dates it still.
func TestLeadTakesNoMonthYearsBack(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Foreign Minister Mira Kalen met Prime Minister Rui Salgado in Lisbon. In March 2021 Salgado was elected prime minister.", ""},
		{"Foreign Minister Mira Kalen met Prime Minister Rui Salgado in Lisbon. The talks were held in April 2025.", "2025-04"},
	} {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: "2025-05-12"})
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range x.Events {
			if ev.Type == "MEETING" && deref(ev.Date) != tt.want {
				t.Errorf("%q: the meeting is dated %q, want %q", tt.text, deref(ev.Date), tt.want)
			}
		}
	}
}

// A TIMEX3 value dates an event to the contract's precisions: a week to
// the month it lies in, or the year where it spans two months.
func TestEventDate(t *testing.T) {
	tests := []struct {
		value, date, prec string
	}{
		{"2025-05-12", "2025-05-12", polgraph.PrecisionDay},
		{"2025-05-12TEV", "2025-05-12", polgraph.PrecisionDay},
		{"2025-05", "2025-05", polgraph.PrecisionMonth},
		{"2025", "2025", polgraph.PrecisionYear},
		{"2025-W19", "2025-05", polgraph.PrecisionMonth},    // 5 to 11 May
		{"2025-W22", "2025", polgraph.PrecisionYear},        // 26 May to 1 June
		{"2025-W19-WE", "2025-05", polgraph.PrecisionMonth}, // 10 and 11 May
		{"2025-W22-WE", "2025", polgraph.PrecisionYear},     // 31 May and 1 June
		{"2026-W01", "", polgraph.PrecisionUnknown},         // 29 December 2025 to 4 January 2026
		{"PRESENT_REF", "", polgraph.PrecisionUnknown},
		{"2025-W60", "", polgraph.PrecisionUnknown},
		{"2020-FA", "2020", polgraph.PrecisionYear}, // the autumn of 2020
		{"2019-SP", "2019", polgraph.PrecisionYear},
		{"2019-XX", "", polgraph.PrecisionUnknown},
		{"2023-Q3", "2023", polgraph.PrecisionYear}, // the third quarter of 2023
		{"2024-H1", "2024", polgraph.PrecisionYear}, // the first half of 2024
		{"2024-Q5", "", polgraph.PrecisionUnknown},
	}
	for _, tt := range tests {
		date, prec := eventDate(tt.value)
		if date != tt.date || prec != tt.prec {
			t.Errorf("eventDate(%q) = %q, %q; want %q, %q", tt.value, date, prec, tt.date, tt.prec)
		}
	}
}

// A casualty verb whose subject is the event counts the event's toll, so
// its time is the event's; one whose subject is someone else is an act.
func TestTollOf(t *testing.T) {
	tests := []struct {
		words       []string
		verb, event int
		want        bool
	}{
		{[]string{"Twin", "bombings", "on", "Aug.", "7", "killed", "40", "people", "."}, 5, 1, true},
		{[]string{"Twin", "bombings", "on", "Aug.", "7", "shocked", "the", "city", "."}, 5, 1, false},
		{[]string{"Troops", "on", "Aug.", "7", "killed", "40", "people", "after", "the", "bombings", "."}, 4, 9, false},
	}
	for _, tt := range tests {
		tree := parse.Default().Tag(tt.words)
		parse.Default().Complete(&tree)
		x := &syntax{tree: tree}
		if got := x.tollOf(tt.verb, map[int]bool{tt.event: true}); got != tt.want {
			t.Errorf("%q: tollOf(%d) = %v, want %v (tree %v %v)", strings.Join(tt.words, " "), tt.verb, got, tt.want, tree.Head, tree.Rel)
		}
	}
}

// An act within a span of a day is somewhen up to that span later: dated
// to the month or the year the whole reach stays in.
func TestWithinDate(t *testing.T) {
	tests := []struct{ date, prec, span, want string }{
		{"2024-05-02", polgraph.PrecisionDay, "P1W", "2024-05"},
		{"2024-05-28", polgraph.PrecisionDay, "P1W", "2024"},
		{"2024-12-28", polgraph.PrecisionDay, "PXD", ""},
		{"2024-05-02", polgraph.PrecisionDay, "PT12H", "2024-05"},
		{"2024-05", polgraph.PrecisionMonth, "PXD", "2024"},
	}
	for _, tt := range tests {
		if got, _, _ := withinDate(tt.date, tt.prec, tt.span); got != tt.want {
			t.Errorf("withinDate(%s, %s) = %q, want %q", tt.date, tt.span, got, tt.want)
		}
	}
}

// A feature (no dateline, no day of news in its lead) goes on in the time
// its paragraph has set: an event told in the simple past in a sentence
// with no time of its own takes the year of the paragraph's last time,
// not the day of publication; a time told in an earlier paragraph, or
// news with a day in its lead, sets nothing.
func TestFeatureParagraphSetsTheYear(t *testing.T) {
	tests := []struct {
		text, typ, want string
	}{
		{"The slow fall of Ilse Varn\n\nVarn joined the Harbour League in 2009.\n\nThree years later the league split. A faction led by Oto Brak accused Varn of running it as a fiefdom.", "ACCUSATION", "2012"},
		{"The slow fall of Ilse Varn\n\nIn 2013 farmers marched on the capital, and Oto Brak accused Ilse Varn of betraying the coast. Varn dismissed the charge.", "DENIAL", "2013"},
		{"The slow fall of Ilse Varn\n\nIn 2009 Ilse Varn stood for the council of Drevik. She won the seat by 41 votes.", "ELECTION", "2009"},
		// a time of an earlier paragraph sets nothing
		{"The slow fall of Ilse Varn\n\nVarn joined the Harbour League in 2009.\n\nThe league's youth wing criticised Ilse Varn.", "CRITICISM", "2025-05-12"},
		// nor a past perfect, told before that time
		{"The slow fall of Ilse Varn\n\nIn 2013 Oto Brak founded the Coast Party. Ilse Varn had criticised him.", "CRITICISM", ""},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: "2025-05-12"})
		if err != nil {
			t.Fatal(err)
		}
		got, found := "", false
		for _, ev := range x.Events {
			if ev.Type == tt.typ {
				got, found = deref(ev.Date), true
			}
		}
		if !found || got != tt.want {
			t.Errorf("%q: %s dated %q (found %v), want %q", tt.text, tt.typ, got, found, tt.want)
		}
	}
}

// An undated act told in the simple past in the sentence right after a
// dated lead goes on telling the lead's day, whoever acts; what the lead's
// patient did, a misparsed participle or a sentence with its own time does
// not.
func TestActRightAfterDatedLead(t *testing.T) {
	tests := []struct{ text, typ, want string }{
		{"LIMA (Reuters) - Peru's Congress on Tuesday removed Interior Minister Rafael Quispal from office. Lawmakers voted 88-20 to censure him over a wave of killings in the capital.", "VOTE", "2024-05-07"},
		{"ANKARA (Reuters) - Turkish police on Monday detained opposition mayor Emre Balkan in a corruption probe. Balkan won the mayoralty of Kestel as a member of the Unity Party.", "ELECTION", ""},
		{"LIMA (Reuters) - Peru's Congress on Tuesday removed Interior Minister Rafael Quispal from office. Lawmakers voted 88-20 to censure him in March.", "VOTE", "2024-03"},
		// a participle after a comma the parse reads as a conjunct
		{"WASHINGTON (AP) -- Police on Monday arrested Ivo Dranko in Kestel. Interior Minister Lars Penn said the government is offering a reward for information that leads to the arrest and conviction of Tomas Vell, indicted as the architect of the bombing of a courthouse in Kestel.", "LEGAL_ACTION", ""},
	}
	for _, tt := range tests {
		if got := lastDateOf(t, tt.text, tt.typ); got != tt.want {
			t.Errorf("%q: %s on %q, want %q", tt.text, tt.typ, got, tt.want)
		}
	}
}

// An undated sentence of the lead paragraph after one that names the
// story's day takes no day a later paragraph names: what is told then
// came after.
func TestLeadDayGivenBeforeWinsOverLaterDay(t *testing.T) {
	tests := []struct{ text, typ, want string }{
		{"Prime Minister Ilse Varnik told a news conference in Tallinn on Tuesday that the government would raise defence spending. At a joint news conference with Hugo Brandt, Varnik urged NATO to send more troops to the region.\n\nBrandt said his country would help.\n\nOn Wednesday the opposition Green League accused her of ignoring voters.", "REQUEST", "2024-05-07"},
		// with no day before it, the lead still takes the next one
		{"Prime Minister Ilse Varnik urged NATO to send more troops to the region.\n\nShe made the appeal on Tuesday at a news conference in Tallinn.", "REQUEST", "2024-05-07"},
	}
	for _, tt := range tests {
		if got := lastDateOf(t, tt.text, tt.typ); got != tt.want {
			t.Errorf("%q: %s on %q, want %q", tt.text, tt.typ, got, tt.want)
		}
	}
}

// An act the lead's first sentence tells in the simple present, as wires
// open a story, is done on the story's day: the day the lead's news
// gives, else the day of publication. A habit, a sentence past the lead
// or a present after "if" is no act of the day.
func TestPresentLeadTakesTheStorysDay(t *testing.T) {
	tests := []struct {
		text, typ, want string
	}{
		{"President Ilse Varga appoints Oto Brak as prime minister.\n\nBrak, a former finance minister, must now win a confidence vote.", "APPOINTMENT", "2025-05-12"},
		{"Prime Minister Ilse Varga sacks defence minister Ivo Marek.\n\nMarek, who led the ministry for a decade, has denied any wrongdoing.", "DISMISSAL", "2025-05-12"},
		{"Prime Minister Ilse Varga sacks defence minister Ivo Marek.\n\nVarga's office said on Friday that the decision was final.", "DISMISSAL", "2025-05-09"},
		{"Oto Brak was re-elected in March.\n\nPresident Ilse Varga usually appoints Brak's deputies herself.", "APPOINTMENT", ""},
	}
	for _, tt := range tests {
		checkEventDate(t, tt.text, "2025-05-12", tt.typ, tt.want, tt.want != "")
	}
}

// An extradition and the sentence it follows are two steps of a case: the
// sentence told in a relative clause on the country he is sent to is
// neither dated by the extradition nor merged into it, so the country is
// the sentence's place, not the extradition's.
func TestExtraditionApartFromItsSentence(t *testing.T) {
	text := "A judge in Wexcombe on Tuesday ordered the extradition of Ivo Dorn to Varnessa, where he was sentenced in absentia to nine years in prison."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-05-31"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range x.Events {
		var places []string
		for _, p := range ev.Participants {
			if p.Role == "place" {
				places = append(places, p.Entity)
			}
		}
		got = append(got, ev.Type+" "+deref(ev.Date)+" "+strings.Join(places, ","))
	}
	want := []string{"LEGAL_ACTION 2024-05-28 place/wexcombe", "LEGAL_ACTION  place/varnessa"}
	if !slices.Equal(got, want) {
		t.Errorf("%q: events %q, want %q", text, got, want)
	}
}
