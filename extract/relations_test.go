package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// An article about a country the gazetteer does not cover: its own bodies
// keep their names even where a short form is a known namesake's alias, a
// relative clause does not hide the subject's membership, and "since"
// dates it; what he is a member of, an alliance, is a party.
func TestUnknownCountryBodiesAndMembershipSince(t *testing.T) {
	text := "The assembly opened an inquiry into Perrin Brannock on Tuesday.\n\n" +
		"Brannock, who represents Norrow South in the chamber, has been a member of the Kavranian People's Alliance since 2005. " +
		"Dariel Caskey, the leader of the People's Alliance, criticised Brannock."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2023-01-11"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Entities {
		if e.ID == "party/peoples-alliance-of-new-brunswick" || e.ID == "country/canada" {
			t.Errorf("the Kavranian party's short form read as a Canadian namesake: %s", e.ID)
		}
	}
	tests := []struct {
		typ, from, to, validFrom string
	}{
		{"MEMBER_OF", "person/perrin-brannock", "party/kavranian-peoples-alliance", "2005"},
		{"LEADS", "person/dariel-caskey", "party/kavranian-peoples-alliance", ""},
		{"REPRESENTS", "person/perrin-brannock", "place/norrow-south", ""},
	}
	for _, tt := range tests {
		found := false
		for _, r := range x.Relations {
			if r.Type == tt.typ && r.From == tt.from && r.To == tt.to {
				found = true
				if got := deref(r.ValidFrom); got != tt.validFrom {
					t.Errorf("%s %s → %s validFrom = %q, want %q", tt.typ, tt.from, tt.to, got, tt.validFrom)
				}
			}
		}
		if !found {
			t.Errorf("no %s %s → %s among %+v", tt.typ, tt.from, tt.to, x.Relations)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// A story set in a place the gazetteer does not know, which mentions one
// known country in passing: a bare "President" is not that country's, a
// party name made of common words is not a namesake abroad, and an age
// between a name and its clause does not hide the clause.
func TestStorySetInAnUnknownPlace(t *testing.T) {
	text := "Opposition leader arrested in Varnholt\n\n" +
		"Police in Varnholt arrested opposition leader Marek Ostrava on Saturday.\n\n" +
		"Ostrava, 54, who leads the Civic Renewal Party, was detained at his home.\n\n" +
		"President Ilona Verhaegen denied that the arrest was politically motivated.\n\n" +
		"The United States condemned the arrest. Washington urged the government to release Ostrava.\n\n" +
		"Verhaegen's ruling National Unity party won 61 percent of the vote last year."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Title: "Opposition leader arrested in Varnholt", Text: text, PublishedAt: "2024-06-10"})
	if err != nil {
		t.Fatal(err)
	}
	has := map[string]bool{}
	for _, r := range x.Relations {
		has[r.Type+" "+r.From+" "+r.To] = true
	}
	for _, want := range []string{
		"LEADS person/marek-ostrava party/civic-renewal-party",
		// a name only parties elsewhere have, in a story filed from no
		// known country: its id is the article's own
		"MEMBER_OF person/ilona-verhaegen " + gazetteer.ScopedID("party/national-unity", "", text),
	} {
		if !has[want] {
			t.Errorf("missing %s among %v", want, has)
		}
	}
	for _, wrong := range []string{
		"HOLDS_OFFICE person/ilona-verhaegen country/united-states",
		"LEADS person/ilona-verhaegen country/united-states",
		"MEMBER_OF person/ilona-verhaegen party/national-unity-israel",
	} {
		if has[wrong] {
			t.Errorf("wrong fact %s", wrong)
		}
	}
}

// Wishes, plans and refusals are no events: "urged Orlov to resign" tells
// of a request, not of a resignation, nor "urged partners to widen
// sanctions" of sanctions; a modal tells what is not yet real, a negation
// what did not happen, a condition what may; "meeting the needs of
// victims" and "was met with outrage" tell of no meeting.
func TestIrrealisInfinitiveIsNoEvent(t *testing.T) {
	for _, text := range []string{
		"Elena Vasiliu urged Stefan Orlov to resign.",
		"Stefan Orlov refused to resign on Monday.",
		"Stefan Orlov threatened to resign.",
		"Elena Vasiliu urged her partners to widen sanctions against Varnessa.",
		"Prime Minister Elena Vasiliu defended the expulsions and urged European Union partners to widen sanctions against Varnessan security officials.",
		"Stefan Orlov plans to call a resignation vote.",
		"Stefan Orlov would resign if the coalition fell, his aides said.",
		"Elena Vasiliu will impose sanctions on Varnessa next week.",
		"The ministry said the council could launch sanctions against Varnessa.",
		"Stefan Orlov did not resign after the vote.",
		"Stefan Orlov was scheduled to meet Elena Vasiliu on Friday.",
		"Stefan Orlov plans to visit Varnessa next month.",
		"Stefan Orlov is set to be appointed defence minister.",
		"Besides meeting the needs of victims, Stefan Orlov sent aid to Varnessa on Monday.", // a need met is no meeting
		"Elena Vasiliu moved that Stefan Orlov be suspended from the House for six months.",  // a motion's ask
		"Stefan Orlov is awaiting extradition from Varnessa.",                                // still to come
		"Elena Vasiliu promised sanctions against Varnessa on Monday.",                       // undertaken, still to come
		"Elena Vasiliu vowed the dismissal of Stefan Orlov.",
		"The cousins want the court to let them meet with Stefan Orlov on Monday.",       // a wish, through "let"
		"If Stefan Orlov resigned, Elena Vasiliu would call a new vote.",                 // a condition
		"The party will leave the coalition unless the ministry dismissed Stefan Orlov.", // a condition
		"Stefan Orlov's decision was met with outrage by Elena Vasiliu's supporters.",    // a reception, no meeting
		"Stefan Orlov is preparing to resign, his aides said.",
		"Stefan Orlov said he looked forward to resigning.",
		"Elena Vasiliu and Stefan Orlov agreed to further talks in Tarvel.",                       // consented to, still to come
		"Varnessa and the Northern Front agreed to a truce on Friday and to new talks in Tarvel.", // listed after the truce agreed
	} {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-05-17"})
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range x.Events {
			if ev.Type == "RESIGNATION" || ev.Type == "SANCTION" || ev.Type == "MEETING" || ev.Type == "APPOINTMENT" || ev.Type == "DISMISSAL" || ev.Type == "LEGAL_ACTION" {
				t.Errorf("%q: a %s was extracted: %+v", text, ev.Type, ev)
			}
		}
	}
}

// "named", "made" and their kind give an office only to a person followed
// by its title, and "was named" only to a subject its title follows.
func TestNamingWithoutOfficeIsNoAppointment(t *testing.T) {
	for _, text := range []string{
		"The Amber Union named its candidates for the June election on Monday.",
		"Dorin Lind made a speech in parliament on Monday.",
		"Dorin Lind picked Ivo Dorn for the trip to Brevik.",
		"A man named Ivo Dorn was arrested on Monday.",
		"Ivo Dorn and Pavo Strand were named on Thursday in a notice sent by the police in Brevik.",
		"The two men, Ivo Dorn and Pavo Strand, were named Thursday in a notice sent by the police office in Brevik.",
		"Ivo Dorn was named in the report as the owner of the boat.",
		"Dorin Lind said no one had been named as a suspect in the fire.",
	} {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-05-17"})
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range x.Events {
			if ev.Type == "APPOINTMENT" {
				t.Errorf("%q: an APPOINTMENT was extracted: %+v", text, ev)
			}
		}
	}
}

// A career sentence: the age aside, two verbs of one subject, and the
// periods they give.
func TestCareerSentenceDatesFacts(t *testing.T) {
	text := "Mirela Dascalu resigned on Wednesday.\n\n" +
		"Dascalu, 47, joined the Social Democratic Party in 2010 and served as a member of parliament for Northgate from 2016 until 2020."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-05-17"})
	if err != nil {
		t.Fatal(err)
	}
	type period struct{ from, to string }
	got := map[string]period{}
	for _, r := range x.Relations {
		got[r.Type+" "+r.To] = period{deref(r.ValidFrom), deref(r.ValidTo)}
	}
	want := map[string]period{
		"MEMBER_OF " + gazetteer.ScopedID("party/social-democratic-party", "", text): {"2010", ""},
		"REPRESENTS place/northgate": {"2016", "2020"},
	}
	for k, w := range want {
		if g, ok := got[k]; !ok || g != w {
			t.Errorf("%s: got %+v (found %v), want %+v", k, g, ok, w)
		}
	}
	for _, ev := range x.Events {
		if ev.Type == "RESIGNATION" && deref(ev.Date) != "2024-05-15" {
			t.Errorf("resignation dated %q, want 2024-05-15 (not the background year)", deref(ev.Date))
		}
	}
}

// "Resigned as minister of X" ends an office; "appointed as" starts one.
func TestOfficeAsEndsOrStartsIt(t *testing.T) {
	text := "Ruritania in crisis\n\nMirela Dascalu resigned as finance minister of Ruritania on Wednesday. " +
		"Stefan Orlov appointed Andrei Cazan as finance minister on Thursday."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-05-17"})
	if err != nil {
		t.Fatal(err)
	}
	var ended, started bool
	for _, r := range x.Relations {
		if r.Type != "HOLDS_OFFICE" {
			continue
		}
		switch r.From {
		case "person/mirela-dascalu":
			ended = deref(r.ValidTo) == "2024-05-15" && r.To == "place/ruritania"
		case "person/andrei-cazan":
			started = deref(r.ValidFrom) == "2024-05-16"
		}
	}
	if !ended || !started {
		t.Errorf("office ended %v, started %v; relations %+v", ended, started, x.Relations)
	}
}

// A title in apposition after the name gives the same facts as one before
// it; a seat in a legislature is an office, not a membership.
func TestAppositiveTitleAndSeat(t *testing.T) {
	text := "Ana Holm, the Australian Minister for Trade, signed the agreement. " +
		"Tomas Brevik was a Democratic member of the United States House of Representatives."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	has := map[string]string{}
	for _, r := range x.Relations {
		has[r.Type+" "+r.From+" "+r.To] = deref(r.Role)
	}
	for want, role := range map[string]string{
		"HOLDS_OFFICE person/ana-holm country/australia":                                       "Trade Minister",
		"HOLDS_OFFICE person/tomas-brevik organization/united-states-house-of-representatives": "Member",
		"MEMBER_OF person/tomas-brevik party/democratic-party-united-states":                   "",
	} {
		if got, ok := has[want]; !ok || got != role {
			t.Errorf("%s: role %q (found %v), want %q; relations %v", want, got, ok, role, has)
		}
	}
	if _, ok := has["MEMBER_OF person/tomas-brevik organization/united-states-house-of-representatives"]; ok {
		t.Error("a seat in the House read as a membership")
	}
}

// A senator sits in the one Senate the article names, not in its
// committee; "an investigation into X" makes X no place.
func TestSenatorSitsInTheSenate(t *testing.T) {
	text := "WASHINGTON — The Senate Judiciary Committee voted on Thursday to subpoena Garrett Hollins. " +
		"The Senate will debate the bill. Senator Dana Whitcombe said the subpoena was overdue. The White House declined to comment. " +
		"The Justice Department opened an investigation into Hollins last year."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-05-10"})
	if err != nil {
		t.Fatal(err)
	}
	var seat string
	for _, r := range x.Relations {
		if r.Type == "HOLDS_OFFICE" && r.From == "person/dana-whitcombe" {
			seat = r.To
		}
	}
	if seat != "organization/united-states-senate" {
		t.Errorf("the senator's seat is %q, want organization/united-states-senate", seat)
	}
	for _, e := range x.Entities {
		if e.ID == "person/garrett-hollins" || e.Name != "Garrett Hollins" {
			continue
		}
		t.Errorf("Garrett Hollins is a %s", e.Kind)
	}
}

// A senator in a story of a Senate committee, where no chamber is named,
// sits in that country's Senate, not in the committee nor the bare state;
// one in a story of a House committee keeps the state.
func TestSenatorOfASenateCommittee(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a Senate committee named gives the senator's seat",
			text: "WASHINGTON — The Senate Energy Committee voted on Thursday to subpoena Garrett Holm. Senator Dana Marosh said the subpoena was overdue.",
			want: [][3]string{{"HOLDS_OFFICE", "Dana Marosh", "United States Senate"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Dana Marosh", "United States"}},
		},
		{
			name: "a House committee gives no senate",
			text: "WASHINGTON — The House Energy Committee voted on Thursday to subpoena Garrett Holm. Senator Dana Marosh said the subpoena was overdue.",
			not:  [][3]string{{"HOLDS_OFFICE", "Dana Marosh", "United States Senate"}},
		},
	})
}

// A wire story: the agency's country is not the story's, so a shared party
// name of that country is not read; a party is known by the spectrum word
// before it; a share of the vote is no vote.
func TestWireStoryParties(t *testing.T) {
	text := "OSLO, Norway (Reuters) - The centre-right Civic Union won Sunday's parliamentary election with 34 percent of the vote.\n\n" +
		"Civic Union leader Henrik Aasgaard said he would begin talks. Ingrid Solheim, who has led the Labour Party since 2015, conceded."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2025-09-09"})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, e := range x.Entities {
		ids[e.ID] = true
	}
	if ids["party/labour-party-uk"] {
		t.Error("Labour read as the British party in a Norwegian story filed by Reuters")
	}
	if !ids["party/civic-union--no"] { // Norway's, which the gazetteer does not know
		t.Errorf("the centre-right Civic Union is no party: %v", ids)
	}
	for _, ev := range x.Events {
		if ev.Type == "VOTE" {
			t.Errorf("a share of the vote read as a vote: %+v", ev)
		}
	}
	leads := false
	for _, r := range x.Relations {
		leads = leads || r.Type == "LEADS" && r.From == "person/henrik-aasgaard" && r.To == "party/civic-union--no"
	}
	if !leads {
		t.Errorf("Aasgaard does not lead the Civic Union: %+v", x.Relations)
	}
}

// An MP who met a foreign party's officials is no member of that party;
// the relative clause's "since 2019" dates his seat, not the meeting; the
// paper that reported it tells it, it took no part.
func TestMeetingOfficialsIsNoMembership(t *testing.T) {
	text := "Canada's Conservative Party expelled MP Lorne Thibodeau from its caucus on Tuesday.\n\n" +
		"Thibodeau, who has represented Carleton-Rideau since 2019, met officials of the Chinese Communist Party's United Front Work Department in May, according to the Globe and Mail."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-06-05"})
	if err != nil {
		t.Fatal(err)
	}
	rels := map[string]polgraph.Relation{}
	for _, r := range x.Relations {
		rels[r.Type+" "+r.From+" "+r.To] = r
	}
	if _, ok := rels["MEMBER_OF person/lorne-thibodeau party/chinese-communist-party"]; ok {
		t.Error("meeting a party's officials read as membership")
	}
	if r, ok := rels["MEMBER_OF person/lorne-thibodeau party/conservative-party-of-canada"]; !ok || deref(r.ValidTo) != "2024-06-04" {
		t.Errorf("the expulsion does not end the membership: %+v", r)
	}
	if r, ok := rels["REPRESENTS person/lorne-thibodeau place/carleton-rideau"]; !ok || deref(r.ValidFrom) != "2019" {
		t.Errorf("the seat is not dated from 2019: %+v (found %v)", r, ok)
	}
	for _, ev := range x.Events {
		if ev.Type != "MEETING" {
			continue
		}
		if deref(ev.Date) != "2024-05" {
			t.Errorf("meeting dated %q, want 2024-05", deref(ev.Date))
		}
		roles := map[string]string{}
		for _, p := range ev.Participants {
			roles[p.Entity] = p.Role
		}
		if roles["person/lorne-thibodeau"] != "agent" || roles["organization/united-front-work-department"] != "participant" || roles["organization/the-globe-and-mail"] != "" {
			t.Errorf("meeting participants %v", roles)
		}
	}
}

// A vote told in the simple past happened: in an article of February, the
// March it names is last year's.
func TestPastTenseEventIsNotInTheFuture(t *testing.T) {
	x, err := New().Extract(context.Background(), polgraph.Article{Text: "Slovakia's parliament voted in March to tighten the rules.", PublishedAt: "2024-02-16"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range x.Events {
		if ev.Type == "VOTE" && deref(ev.Date) != "2023-03" {
			t.Errorf("vote dated %q, want 2023-03", deref(ev.Date))
		}
	}
}

// A time in a subordinate clause after the trigger is that clause's.
func TestSubordinateClauseTimeIsItsOwn(t *testing.T) {
	x, err := New().Extract(context.Background(), polgraph.Article{Text: "Tomas Brevik accused Garrett Hollins of failing to register while he lobbied for Qatar in 2021.", PublishedAt: "2024-05-10"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range x.Events {
		if ev.Type == "ACCUSATION" && deref(ev.Date) == "2021" {
			t.Error("the accusation dated by the lobbying's year")
		}
	}
}

// "a sanctioned buyer" tells of no sanction; "Minister X of Y" holds the
// office of Y; "the opposition X" is a party.
func TestAdjectivalParticipleAndTitleOfPlace(t *testing.T) {
	text := "Defence Minister Ilse Marwen of Varovia resigned on Wednesday after a memo showed she had approved a sale to a sanctioned buyer. " +
		"The opposition Civic Alliance called for an inquiry."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-03-14"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range x.Events {
		if ev.Type == "SANCTION" {
			t.Errorf("a sanctioned buyer read as a sanction: %+v", ev)
		}
	}
	office := false
	for _, r := range x.Relations {
		office = office || r.Type == "HOLDS_OFFICE" && r.From == "person/ilse-marwen" && r.To == "place/varovia" && deref(r.Role) == "Defence Minister"
	}
	if !office {
		t.Errorf("no Defence Minister office of Varovia: %+v", x.Relations)
	}
	for _, e := range x.Entities {
		if e.Name == "Civic Alliance" && e.Kind != polgraph.KindParty {
			t.Errorf("the opposition Civic Alliance is a %s", e.Kind)
		}
	}
}

// A noun event in a verb's clause does not take the verb's day: the
// bombings were not on the Saturday a president vowed to punish them.
func TestNounEventKeepsItsOwnDate(t *testing.T) {
	text := "President Ana Holm on Saturday vowed to punish those behind the bombings."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "1998-08-09"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range x.Events {
		if ev.Type == "ATTACK" && ev.Date != nil {
			t.Errorf("the bombings dated %s, the day of the vow", *ev.Date)
		}
	}
}

// A former office is no office held now: with no end date it would read as
// held still, so it gives no fact.
func TestFormerTitleGivesNoCurrentOffice(t *testing.T) {
	text := "Former Prime Minister Ilse Marwen of Varovia criticised the plan. Prime Minister Tomas Brevik of Varovia agreed."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-05-10"})
	if err != nil {
		t.Fatal(err)
	}
	current := false
	for _, r := range x.Relations {
		if r.From == "person/ilse-marwen" && (r.Type == "HOLDS_OFFICE" || r.Type == "LEADS") {
			t.Errorf("a former prime minister %s %s", r.Type, r.To)
		}
		current = current || r.From == "person/tomas-brevik" && r.Type == "HOLDS_OFFICE"
	}
	if !current {
		t.Errorf("the prime minister holds no office: %+v", x.Relations)
	}
}

// An election report names each candidate with the party she stands for.
func TestCandidateOfParty(t *testing.T) {
	text := "Ana Lisk of the Civic Alliance party won 12 per cent, while Petar Hollan of the Labour Party came second."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"person/ana-lisk": "civic-alliance", "person/petar-hollan": "labour-party"}
	for from, party := range want {
		found := false
		for _, r := range x.Relations {
			if r.Type == "MEMBER_OF" && r.From == from && strings.Contains(r.To, party) {
				found = true
			}
		}
		if !found {
			t.Errorf("no MEMBER_OF %s → *%s* among %+v", from, party, x.Relations)
		}
	}
}

// A party that modifies a role noun set beside a name is that person's:
// "the Labour candidate", "a Labour Party councillor".
func TestPartyOfARoleInApposition(t *testing.T) {
	text := "Sara Holm, the Labour candidate for Leeds North, conceded on Friday. Tomas Brevik, a Labour Party councillor in Leeds, said the count was fair."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	for _, from := range []string{"person/sara-holm", "person/tomas-brevik"} {
		found := false
		for _, r := range x.Relations {
			if r.Type == "MEMBER_OF" && r.From == from && r.To == "party/labour-party-uk" {
				found = true
			}
		}
		if !found {
			t.Errorf("no MEMBER_OF %s → party/labour-party-uk among %+v", from, x.Relations)
		}
	}
}

// A call for an inquiry is a request, not an inquiry; a contract signed
// by a body no one names has no signer among the sentence's people.
func TestCallForAnInquiry(t *testing.T) {
	text := "Inquiry call\n\nMarta Zelinska called for a parliamentary commission of inquiry into every contract signed by the Varovian rail ministry since 2017."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range x.Events {
		got = append(got, ev.Type)
		switch ev.Type {
		case "INVESTIGATION":
			t.Errorf("the inquiry asked for was extracted: %+v", ev)
		case "REQUEST":
			if deref(ev.Date) == "2017" {
				t.Error("the request dated by the signing's year")
			}
		default:
			for _, p := range ev.Participants {
				if p.Entity == "person/marta-zelinska" {
					t.Errorf("%s: the requester made a participant: %+v", ev.Type, ev)
				}
			}
		}
	}
	if !slices.Contains(got, "REQUEST") {
		t.Errorf("events %v, want a REQUEST", got)
	}
}

// A resignation leaves the post its sentence gives: the party or body the
// person leads or works for takes part as the organisation; a state whose
// office the person holds does not.
func TestResignationTakesThePostsBody(t *testing.T) {
	tests := []struct {
		text, body string // body "" : no organisation
	}{
		{"The Green Alliance's leader, Tomas Hedlund, has resigned.", "Green Alliance"},
		{"Tomas Hedlund, the leader of the Green Alliance, resigned on Monday.", "Green Alliance"},
		{"Kallistan's prime minister, Oskar Lindh, has resigned.", ""},
		{"Tomas Hedlund resigned on Monday. He had led the Green Alliance since 2019.", ""},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: "2024-06-05"})
		if err != nil {
			t.Fatal(err)
		}
		names, _ := namesAndTypes(x)
		got, found := "", false
		for _, ev := range x.Events {
			if ev.Type != "RESIGNATION" {
				continue
			}
			found = true
			for _, p := range ev.Participants {
				if p.Role == "organization" {
					got = names[p.Entity]
				}
			}
		}
		if !found || got != tt.body {
			t.Errorf("%q: organisation %q (resignation found: %v), want %q", tt.text, got, found, tt.body)
		}
	}
}

// A party's name before a person's makes a member ("Civic Platform's Ivo
// Dorn"), as does "of" the party after a list of names; only the party's
// leader leads it, not its candidate or deputy.
func TestPartyTitlesAndPossessiveMembers(t *testing.T) {
	tests := []struct {
		text        string
		member, led bool
	}{
		{"Civic Platform's Ivo Dorn spoke on Monday.", true, false},
		{"Civic Platform leader Ivo Dorn spoke on Monday.", true, true},
		{"Ivo Dorn, Civic Platform candidate, spoke on Monday.", true, false},
		{"Civic Platform's deputy leader, Ivo Dorn, spoke on Monday.", true, false},
		{"Ivo Dorn and Petra Lind of Civic Platform spoke on Monday.", true, false},
		{"Ivo Dorn, Ana Lisk and Petra Lind of Civic Platform spoke on Monday.", true, false},
		{"Ivo Dorn met Petra Lind of Civic Platform on Monday.", false, false},
		{"Ivo Dorn, from Civic Platform, spoke on Monday.", true, false},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: "2024-06-05"})
		if err != nil {
			t.Fatal(err)
		}
		member, led := false, false
		for _, r := range x.Relations {
			if r.From != "person/ivo-dorn" || !strings.HasPrefix(r.To, "party/civic-platform") {
				continue
			}
			member = member || r.Type == "MEMBER_OF"
			led = led || r.Type == "LEADS"
		}
		if member != tt.member || led != tt.led {
			t.Errorf("%q: member %v, leads %v; want %v, %v (%+v)", tt.text, member, led, tt.member, tt.led, x.Relations)
		}
	}
}

// A member's label after her name, as parliamentary reports and lists of
// defectors write it, names her seat and, before a hyphen or comma, her
// party's initials: "Ada Holm (Wexcombe)", "Ivo Dorn (KUF-Lower Vell)";
// "the four-term MP for X" is X's, a body named after the seat outside
// "in the …" no chamber; "X in Y" places a place or a body in a place
// (a state's mission in the city it is posted to, a place in a part of a
// country: "in northern Mali"), and so does a place noun in apposition
// ("Vila Serrada, a farming village in the district of Guarda").
func TestMemberLabelsAndSeats(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "labels",
			text: "Ivo Dorn, who leads the Kelmoran Unity Front, spoke first.\n\n" +
				"Replying to Mira Salt (KUF-Lower Vell), the minister said nine were released. " +
				"Those who left were Ada Holm (Wexcombe Hills), Tarik Oduya (Sellin North) and Pavo Renn (Drummet).",
			want: [][3]string{
				{"MEMBER_OF", "Mira Salt", "Kelmoran Unity Front"}, {"REPRESENTS", "Mira Salt", "Lower Vell"},
				{"REPRESENTS", "Ada Holm", "Wexcombe Hills"}, {"REPRESENTS", "Tarik Oduya", "Sellin North"}, {"REPRESENTS", "Pavo Renn", "Drummet"},
			},
		},
		{
			name: "a label of a party's full name and a seat",
			text: "Replying to Mira Salt (Civic Union-Lower Vell), the minister said nine were released. " +
				"The Austro-Hungarian Empire fell long ago.",
			want: [][3]string{{"MEMBER_OF", "Mira Salt", "Civic Union"}, {"REPRESENTS", "Mira Salt", "Lower Vell"}},
			not:  [][3]string{{"REPRESENTS", "Mira Salt", "Civic Union-Lower Vell"}},
		},
		{
			name: "a hyphened word before MP for",
			text: "Ivo Dorn, the four-term MP for Sellin North, launched the Unity Front at a rally in Vellin on Saturday.",
			want: [][3]string{{"REPRESENTS", "Ivo Dorn", "Sellin North"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Unity Front"}},
		},
		{
			name: "a title with its district before the name, which the parser hangs on the district",
			text: "The Harvest Front MP for Sellin North, Ada Holm, said she would vote against the bill.",
			want: [][3]string{{"REPRESENTS", "Ada Holm", "Sellin North"}, {"MEMBER_OF", "Ada Holm", "Harvest Front"}},
		},
		{
			name: "in",
			text: "Voters in Sellin North in Kelmora went to the polls. The MPs went to the High Court in Vellin on Wednesday.",
			want: [][3]string{{"LOCATED_IN", "Sellin North", "Kelmora"}, {"LOCATED_IN", "High Court", "Vellin"}},
		},
		{
			name: "a place joined to a seat participle before the body or in its description",
			text: "The Nairobi-based group Harambee Watch said 40 people were held. " +
				"The Kestrel Foundation, a Geneva-based charity, said the Paris-based OECD had cut its aid. " +
				"Ana Holm, a Nairobi-based lawyer, said she would appeal.",
			want: [][3]string{{"LOCATED_IN", "Harambee Watch", "Nairobi"}, {"LOCATED_IN", "Kestrel Foundation", "Geneva"},
				{"LOCATED_IN", "Organisation for Economic Co-operation and Development", "Paris"}},
			not: [][3]string{{"LOCATED_IN", "Ana Holm", "Nairobi"}},
		},
		{
			name: "a description with a seat participle ends where a relative clause opens; the body named in the clause sits elsewhere",
			text: "Varnet Analytics, a Tallinn-based consultancy that the European Union sanctioned last year, denied the claims.",
			want: [][3]string{{"LOCATED_IN", "Varnet Analytics", "Tallinn"}},
			not:  [][3]string{{"LOCATED_IN", "European Union", "Tallinn"}},
		},
		{
			name: "the names of a list after a plural settlement noun are no place in one another",
			text: "The storm flooded the villages of Dorvik, Lanmere and Oskel on Sunday, and the towns of Brask, Helmo, and Kilpa.",
			not:  [][3]string{{"LOCATED_IN", "Dorvik", "Lanmere"}, {"LOCATED_IN", "Brask", "Helmo"}, {"LOCATED_IN", "Helmo", "Kilpa"}},
		},
		{
			name: "the towns of a list after a verb are no place in one another; a town's state or region after it still is",
			text: "Drones struck Sumy, Poltava, Kramatorsk and Izium overnight, Ana Holm said. " +
				"She later toured Nairobi, Kenya, and Springfield, Illinois, and Springfield, Missouri.",
			want: [][3]string{{"LOCATED_IN", "Nairobi", "Kenya"}, {"LOCATED_IN", "Springfield", "Illinois"}, {"LOCATED_IN", "Springfield", "Missouri"}},
			not:  [][3]string{{"LOCATED_IN", "Sumy", "Poltava"}, {"LOCATED_IN", "Poltava", "Kramatorsk"}},
		},
		{
			name: "a country's adjective on the place noun the name stands by",
			text: "Protesters gathered in the Kenyan capital, Nairobi, on Friday. " +
				"Fighting reached the Sudanese capital Khartoum and the Ukrainian port of Odesa.",
			want: [][3]string{{"LOCATED_IN", "Nairobi", "Kenya"}, {"LOCATED_IN", "Khartoum", "Sudan"}, {"LOCATED_IN", "Odesa", "Ukraine"}},
			not:  [][3]string{{"LOCATED_IN", "Odesa", "Sudan"}},
		},
		{
			name: "a state's mission in the city it is posted to",
			text: "Protesters gathered outside the Chinese embassy in Canberra on Saturday.",
			want: [][3]string{{"LOCATED_IN", "Chinese embassy", "Canberra"}},
		},
		{
			name: "a pass, a port and a town in a part of a country",
			text: "Fighting broke out near the Salang Pass in Afghanistan. The ship was seized at the port of Tarsk in Estonia. " +
				"Soldiers raided a house in the town of Kidal in northern Mali.",
			want: [][3]string{{"LOCATED_IN", "Salang Pass", "Afghanistan"}, {"LOCATED_IN", "Tarsk", "Estonia"}, {"LOCATED_IN", "Kidal", "Mali"}},
		},
		{
			name: "a place noun in apposition, in a district or a country",
			text: "Ana Holm was born in Vila Serrada, a farming village in the district of Guarda, in 1940. She later moved to Tartu, a city in Estonia.",
			want: [][3]string{{"LOCATED_IN", "Vila Serrada", "Guarda"}, {"LOCATED_IN", "Tartu", "Estonia"}},
		},
		{
			name: "a people's adjective",
			text: "Officials in Ukraine spoke on Monday. Police raided the ethnic Latvian village of Selo Dar.",
			not:  [][3]string{{"LOCATED_IN", "Selo Dar", "Latvia"}},
		},
	})
	checkKinds(t, "Replying to Mira Salt (KUF-Lower Vell), the minister said nine were released.",
		map[string]string{"Lower Vell": polgraph.KindPlace}, "KUF-Lower Vell")
}

// An event noun under a noun of what may come is not told as happened:
// the threat of strikes is no strike, a reward for an arrest no arrest.
func TestProspectIsNoEvent(t *testing.T) {
	tests := []struct {
		text, typ string
		want      bool
	}{
		{"Oda Lind warned of the threat of air strikes against Varnessa if talks failed.", "ATTACK", false},
		{"The ministry is offering a reward for information leading to the arrest and conviction of the bombers.", "ARREST", false},
		{"The ministry is offering a reward for information leading to the arrest and conviction of the bombers.", "LEGAL_ACTION", false},
		{"Police announced the arrest of Ivo Marek in Ostra on Monday.", "ARREST", true},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: "Alert\n\n" + tt.text, PublishedAt: "2024-05-17"})
		if err != nil {
			t.Fatal(err)
		}
		got := slices.ContainsFunc(x.Events, func(ev polgraph.Event) bool { return ev.Type == tt.typ })
		if got != tt.want {
			t.Errorf("%q: a %s is %v, want %v (%+v)", tt.text, tt.typ, got, tt.want, x.Events)
		}
	}
}

// Memberships and leaderships as the text states them. A party named as
// what its member stood or sat as: in an "as" phrase of the member's verb
// ("elected as a Democrat", "ran as the Republican candidate"), or
// modifying the noun a copula says she is ("is a Labour Party
// politician"); a verb with an object says what the object is, not its
// subject, but an object that is no one does not ("won the seat as"). A
// leader's title between the body and the name leads the body ("Eskom
// chief X", "Labour Party chairman X", "the Green Alliance's chairman, X",
// a country's "Soviet leader X"), but not a deputy's or an opposition's;
// a co-leader "of" a party leads it. "Belongs to the Y party" is a
// membership. A founder leads what she founds, as "founder of" reads it
// ("the Unity Front, co-founded by X"); "found" of finding founds nothing.
func TestStatedMembershipsAndLeads(t *testing.T) {
	tests := []struct {
		text          string
		typ, from, to string
		want          bool
	}{
		{"Tom Berrick is an American lawyer. Berrick was elected as a Democrat to the Senate in 1990.", "MEMBER_OF", "person/tom-berrick", "party/democratic-party-united-states", true},
		{"Tom Berrick is an American lawyer. He ran as the Republican candidate in 1996.", "MEMBER_OF", "person/tom-berrick", "party/republican-party-united-states", true},
		{"Tom Berrick is an American lawyer. Berrick described Ann Forde as a Democrat.", "MEMBER_OF", "person/tom-berrick", "party/democratic-party-united-states", false},
		{"Ina Vollan is an Irish Labour Party politician.", "MEMBER_OF", "person/ina-vollan", "party/labour-party-ireland", true},
		{"Ina Vollan is an Irish lawyer. She won the seat in 2011 as the candidate of the Labour Party.", "MEMBER_OF", "person/ina-vollan", "party/labour-party-ireland", true},
		{"Eskom chief Ben Mokoena requested it.", "LEADS", "person/ben-mokoena", "organization/eskom", true},
		{"Labour Party chairman Ann Dorr spoke.", "LEADS", "person/ann-dorr", "party/labour-party", true},
		{"Labour Party founder Ann Dorr spoke.", "LEADS", "person/ann-dorr", "party/labour-party", true},
		{"Labour Party deputy leader Ann Dorr spoke.", "LEADS", "person/ann-dorr", "party/labour-party", false},
		{"Soviet leader Pavel Orlov visited.", "LEADS", "person/pavel-orlov", "country/soviet-union", true},
		{"Russian opposition leader Pavel Orlov visited.", "LEADS", "person/pavel-orlov", "country/russia", false},
		{"The Green Alliance's chairman, Tomas Hedlund, said.", "LEADS", "person/tomas-hedlund", "party/green-alliance", true},
		{"Tomas Hedlund, co-leader of the Green Alliance, said.", "LEADS", "person/tomas-hedlund", "party/green-alliance", true},
		{"The Green Alliance's deputy leader, Tomas Hedlund, said.", "LEADS", "person/tomas-hedlund", "party/green-alliance", false},
		{"Ravi Sinha, who belongs to the Bharatiya Janata Party, said.", "MEMBER_OF", "person/ravi-sinha", "party/bharatiya-janata-party", true},
		{"The Unity Front, co-founded by Ana Lisk in 1990, won.", "LEADS", "person/ana-lisk", "party/unity-front", true},
		{"The Harvest Party, founded by Ivo Rakoto in 2001, won nine seats.", "LEADS", "person/ivo-rakoto", "party/harvest-party", true},
		{"Ana Lisk found the Unity Front divided.", "LEADS", "person/ana-lisk", "organization/unity-front", false},
		// a party named in apposition to, or as called by, the noun a
		// founding verb takes; "form" founds as "launch" does
		{"Ivo Rakoto launched a new party, the Rural Voice, on Monday.", "LEADS", "person/ivo-rakoto", "party/rural-voice", true},
		{"Ivo Rakoto formed a new party, the Rural Voice, in 2019.", "LEADS", "person/ivo-rakoto", "party/rural-voice", true},
		{"Lena Vask formed a new movement called Forward Together on Tuesday.", "LEADS", "person/lena-vask", "party/forward-together", true},
		{"Ivo Rakoto formed a coalition with the Harvest Party in 2019.", "LEADS", "person/ivo-rakoto", "party/harvest-party", false},
		// a leader coordinated after a name is another person, named in
		// apposition or not: "A and the leader of Y, B," leads Y as B
		{"Ivo Rakoto and the leader of the Harvest Party, Lena Vask, signed the truce on Sunday.", "LEADS", "person/ivo-rakoto", "party/harvest-party", false},
		{"Ivo Rakoto and the leader of the Harvest Party, Lena Vask, signed the truce on Sunday.", "LEADS", "person/lena-vask", "party/harvest-party", true},
		{"Ivo Rakoto and the commander of the Dorvan Liberation Army met in Geneva on Monday.", "LEADS", "person/ivo-rakoto", "organization/dorvan-liberation-army", false},
		{"In 2019 Ivo Rakoto formed the political organization Civic Watch.", "LEADS", "person/ivo-rakoto", "organization/civic-watch", false},
		// a party's title of a council is the council's post: its holder
		// is the party's member, not its leader
		{"Labour council leader Huw Penry rejected the claim in Cardiff.", "MEMBER_OF", "person/huw-penry", "party/labour-party-uk", true},
		{"Labour council leader Huw Penry rejected the claim in Cardiff.", "LEADS", "person/huw-penry", "party/labour-party-uk", false},
		{"Conservative councillor Tom Ashby has resigned as leader of Leeds City Council.", "MEMBER_OF", "person/tom-ashby", "party/conservative-party-uk", true},
		{"Conservative councillor Tom Ashby has resigned as leader of Leeds City Council.", "LEADS", "person/tom-ashby", "party/conservative-party-uk", false},
		{"The SNP-led Glasgow City Council has appointed Fiona Baird as its new leader.", "LEADS", "person/fiona-baird", "party/scottish-national-party", false},
		{"The Harvest Party has elected Fiona Baird as its new leader.", "LEADS", "person/fiona-baird", "party/harvest-party", true},
		{"Marvin Ostley, the Labour leader of the council, congratulated him in Bristol.", "MEMBER_OF", "person/marvin-ostley", "party/labour-party-uk", true},
		{"Marvin Ostley, the Labour leader of the council, congratulated him in Bristol.", "LEADS", "person/marvin-ostley", "party/labour-party-uk", false},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: "2024-03-01"})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, r := range x.Relations {
			// an unknown party's id ends in a hash of its article
			got = got || r.Type == tt.typ && r.From == tt.from && strings.HasPrefix(r.To, tt.to)
		}
		if got != tt.want {
			t.Errorf("%q: %s %s → %s = %v, want %v (%+v)", tt.text, tt.typ, tt.from, tt.to, got, tt.want, x.Relations)
		}
	}
}

// A party's standing before its name ("the ruling", "the opposition")
// says nothing of a person's link to it: "X of the opposition Y" and "X,
// a lawmaker from the ruling Y" are Y's members.
func TestPartyStandingKeepsMembership(t *testing.T) {
	texts := []string{
		"Officials in Vellin spoke on Sunday.\n\nAna Vell of the opposition Harvest Party said on Monday she would stand.",
		"Officials in Vellin spoke on Sunday.\n\nAna Vell, a lawmaker from the ruling Harvest Party, said on Monday she would stand.",
	}
	for _, text := range texts {
		checkDatedFacts(t, text, []datedFact{{"MEMBER_OF", "Ana Vell", "Harvest Party", "", ""}}, nil)
	}
}
