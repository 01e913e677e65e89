package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

// A verb whose sense turns on its object takes its type from the class of
// the object the parse gives it (data/object_senses.tsv; a measure's, as
// its subject too).
func TestTypeByObjectClass(t *testing.T) {
	tests := []typeCase{
		{"Foreign Minister Pavel Stenk dismissed the apology as too late.", "CRITICISM"},
		{"President Ilka Varo dismissed the interior minister on Monday.", "DISMISSAL"},
		{"Oda Lind was dismissed on Monday.", "DISMISSAL"},
		// a court that suspends or blocks a measure rules on it; a party
		// that suspends a member dismisses him, and protesters who block
		// a road protest
		{"The Constitutional Court on Thursday blocked the referendum on the harbour law.", "LEGAL_ACTION"},
		{"The court on Monday suspended the decree of President Oda Lind.", "LEGAL_ACTION"},
		{"The Harbour Party suspended Ivo Marek on Monday.", "DISMISSAL"},
		{"Protesters blocked the main road in Ostra on Monday.", "PROTEST"},
		{"Tomas Velk dismissed the allegations on Monday.", "DENIAL"},
		{"Ilka Varo fired her chief of staff, Ivo Marek, on Monday.", "DISMISSAL"},
		{"Keldara's president fired the head of the armed forces, Ivo Marek, on Tuesday.", "DISMISSAL"}, // the apposition names a person
		{"Keldaran police fired on protesters in Ostra on Monday, killing Ivo Marek.", "ATTACK"},
		{"Keldara fired two missiles at Varnessa on Monday.", "ATTACK"},
		// a launch of weapons is an attack, a launch of anything else none
		{"Russia launched more than 100 drones at Ukraine on Sunday.", "ATTACK"},
		{"The Harbour Party launched its campaign in Ostra on Sunday.", ""},
		{"Russia launched a satellite on Sunday.", ""},
		// one attacks a person named or in office with words, someone
		// counted or indefinite with blows
		{"Prosecutors said Tomas Velk had attacked a police officer during the protest.", "ATTACK"},
		{"Ivo Marek attacked two police officers on Saturday.", "ATTACK"},
		{"Ivo Marek attacked the prime minister on Saturday.", "CRITICISM"},
		{"Ivo Marek attacked two ministers over the budget on Saturday.", "CRITICISM"},
		{"The Harbour Party attacked the budget as unfair to farmers on Monday.", "CRITICISM"}, // a measure is attacked with words
		{"Oda Lind attacked the new decree on Tuesday.", "CRITICISM"},
		{"Tomas Velk spoke on Monday about the allegations, which Oda Lind dismissed.", "DENIAL"}, // the relative clause's noun
		// a person denied something is refused it, in the active or in a
		// passive that keeps its object; denied charges are a denial
		{"The reporter Lena Sarn was denied access to a lawyer on Monday.", ""},
		{"Police denied the editor Lena Sarn access to her lawyer on Monday.", ""},
		{"Two journalists were denied entry to the court in Ostra on Monday.", ""},
		{"Lena Sarn denied the charges on Monday.", "DENIAL"},
		{"The charges were denied by Lena Sarn on Monday.", "DENIAL"},
		// one who appeals a ruling takes the case to a higher court; one
		// who appeals for anything asks it; a court that dismisses the
		// charges rules on them, where one charged denies them
		{"Prosecutors in Ostra on Wednesday appealed the acquittal of Ivo Marek.", "LEGAL_ACTION"},
		{"Oda Lind appealed her conviction on Tuesday.", "LEGAL_ACTION"},
		{"Oda Lind appealed for calm on Tuesday.", "REQUEST"},
		{"A judge in Ostra on Monday dismissed the charges against Ivo Marek.", "LEGAL_ACTION"},
		{"The Supreme Court on Monday dismissed the charges against Ivo Marek.", "LEGAL_ACTION"},
		{"Ivo Marek on Monday dismissed the charges as politically motivated.", "DENIAL"},
		// a state's goods kept out are a sanction on it (CAMEO 163);
		// goods of no state named are none
		{"Beijing suspended imports of Lithuanian beef on Tuesday.", "SANCTION"},
		{"The ministry suspended rice exports on Tuesday.", ""},
		{"Police released Ivo Marek on Tuesday.", "RELEASE"},
		{"The ministry said in a statement released in Ostra that Ivo Marek had resigned.", "RESIGNATION"},          // a statement is no one freed
		{"Citing a report released last week by the bar association, Oda Lind criticised the police.", "CRITICISM"}, // nor a report, the parse's verb aside
		// a release from custody sets a person free; a statement or a
		// ruling released is published
		{"The rebels released two hostages on Monday in Ostra.", "RELEASE"},
		{"Ivo Marek was released on Monday.", "RELEASE"},
		{"The ministry released new figures on Monday.", ""},
		{"The appeals panel released its decision on Monday.", ""},
		// one seeks what one asks for; a person sought is searched for
		{"Oda Lind sought a delay on Monday.", "REQUEST"},
		{"Oda Lind has sought to distance herself from the row since Monday.", ""}, // an attempt
		{"Ivo Marek is being sought as a witness in the case.", ""},
		{"Police sought Ivo Marek for questioning on Monday.", ""},
		// a state recalls its ambassador to cut relations (CAMEO 161);
		// one who recalls a meeting or that something happened remembers
		{"Keldara recalled its ambassador to Varnessa on Monday.", "SANCTION"},
		{"Oda Lind recalled that the talks had been tense.", ""},
		{"Oda Lind recalled the talks with warmth.", ""},
		// one inaugurated takes office; a hospital inaugurated opens
		{"Oda Lind, the country's first female president, was inaugurated on Sunday.", "APPOINTMENT"},
		{"Oda Lind inaugurated a new hospital in Ostra on Monday.", ""},
		// one added to a list is no one's words; "she added" are
		{"Ilka Varo added Ivo Marek to the list of candidates on Monday.", ""},
		{"\"We will not back down,\" Ivo Marek added on Monday.", "STATEMENT"},
		{"Keldara froze the assets of Ivo Marek on Monday.", "SANCTION"},
		// a person captured is arrested; a town captured is taken by force
		{"Police captured Ivo Marek in Ostra on Monday.", "ARREST"},
		{"Keldaran troops captured the village of Ostra on Monday.", "ATTACK"},
		// a share or hold of a place is the place: "most of", "control of"
		{"Keldaran troops captured most of the town of Ostra on Monday.", "ATTACK"},
		{"Police captured most of the suspects in Ostra on Monday.", "ARREST"},
		// what a legislature votes on makes the verb done to it a vote: a
		// bill passed or rejected, a motion carried; the same verbs done
		// to anything else tell of none
		{"The Sejm passed the bill on Tuesday.", "VOTE"},
		{"The bill passed the Sejm on Tuesday by 91 votes to 78.", "VOTE"},
		{"The legislation was passed by the Riksdag on Tuesday.", "VOTE"},
		{"Lawmakers rejected the budget on Wednesday, a blow to Finance Minister Ivo Marek.", "VOTE"},
		{"The Senate rejected the nomination of Oda Lind on Thursday.", "VOTE"},
		{"The Sejm defeated the amendment of Finance Minister Ivo Marek on Monday by 91 votes to 78.", "VOTE"},
		{"The Sejm approved the budget of Finance Minister Ivo Marek on Monday.", "VOTE"},
		{"The Sejm adopted a resolution on Monday condemning Ivo Marek.", "VOTE"},
		{"The Sejm passed the Media Ownership Bill on Tuesday by 121 votes to 84.", "VOTE"}, // the parse's oblique
		{"The US Senate passed the Inflation Reduction Act on Sunday.", "VOTE"},             // a name a measure's word heads
		{"The bill cleared the Sejm on Tuesday by 91 votes to 78.", "VOTE"},
		{"Ivo Marek was cleared of wrongdoing by the Sejm on Tuesday.", ""},
		{"Ivo Marek passed the ball to Oda Lind on Monday.", ""},
		{"Ivo Marek passed away in Ostra on Monday.", ""},
		{"Ivo Marek approved the plan on Monday.", ""},
		{"Ivo Marek rejected the proposal of Oda Lind on Monday.", ""},
		// a reform, a package or a plan is a measure where a legislature
		// acts on it, and no one else
		{"The Sejm approved a pension reform on Thursday.", "VOTE"},
		{"The Bundestag adopted the spending package on Friday.", "VOTE"},
		{"The reform was approved by the Storting on Friday.", "VOTE"},
		{"The Riksdag rejected the proposal of Oda Lind on Monday.", "VOTE"},
		{"President Oda Lind approved the pension reform on Monday.", ""},
		{"The Harbour Party rejected the package on Monday.", ""},
		// a cabinet a chamber approves is voted in; one a president approves is not
		{"The Sejm approved the new cabinet of Prime Minister Ivo Marek on Thursday by 231 votes to 209.", "VOTE"},
		{"The Sejm approved a new government led by Ivo Marek on Thursday.", "VOTE"},
		{"President Oda Lind approved the new cabinet on Monday.", ""},
		// a state's veto is a vote cast in a council; a president's a
		// refusal
		{"Russia vetoed a Security Council resolution on Syria on Tuesday.", "VOTE"},
		{"President Oda Lind vetoed the bill on Monday.", ""},
		{"Hungary vetoed the sanctions package on Monday.", ""},
		// a measure a chamber failed to pass was voted on and defeated
		{"The Security Council failed to adopt a resolution on Thursday.", "VOTE"},
		{"The Sejm failed to approve the pension reform on Thursday.", "VOTE"},
		{"Ivo Marek failed to pass the exam on Thursday.", ""},
		// one welcomed in person is met; a decision welcomed is backed
		{"Ilka Varo was welcomed at the airport by Foreign Minister Ivo Marek on Monday.", "MEETING"},
		{"Foreign Minister Ivo Marek welcomed Ilka Varo at the airport on Monday.", "MEETING"},
		{"Foreign Minister Ivo Marek welcomed the decision on Monday.", "SUPPORT"},
		// one received in person is met; anything else received is not
		{"President Oda Lind received Ilka Varo at the palace on Monday.", "MEETING"},
		{"Ilka Varo was received by President Oda Lind on Monday.", "MEETING"},
		{"Ilka Varo received an award on Monday.", ""},
		{"It offered criticisms of the treatment that the grandmothers, Ana Dorn and Mia Dorn, received from Oda Lind during the encounter.", ""},
		{"Prosecutors said Ivo Marek received bribes from a builder.", "ACCUSATION"},
		// soldiers who topple, depose or overthrow a leader remove him;
		// a statue or a tree toppled is no one removed
		{"Army officers toppled President Ivo Marek on Monday.", "DISMISSAL"},
		{"Oda Lind was deposed by soldiers of the presidential guard on Monday.", "DISMISSAL"},
		{"Rebels overthrew President Ilka Varo in Ostra on Monday.", "DISMISSAL"},
		{"Protesters toppled a statue of Ivo Marek in Ostra on Monday.", ""},
		{"The storm toppled the Harbour House in Ostra on Monday.", ""}, // a named building is no one removed
	}
	checkEventTypes(t, "2024-06-05", tests)
}

// typeCase is a one-sentence text and the one event type it tells, or ""
// for none.
type typeCase struct{ text, want string }

// checkEventTypes extracts each case's text, published on published, and
// checks that it tells one event, of the type wanted, or none.
func checkEventTypes(t *testing.T, published string, tests []typeCase) {
	t.Helper()
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: published})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ev := range x.Events {
			got = append(got, ev.Type)
		}
		if tt.want == "" && len(got) > 0 {
			t.Errorf("%q: events %v, want none", tt.text, got)
		}
		if tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
			t.Errorf("%q: events %v, want one %s", tt.text, got, tt.want)
		}
	}
}

// Signing a treaty is an agreement; signing a bill or a decree into force,
// or a letter, is not.
func TestSigningWhat(t *testing.T) {
	tests := []struct {
		text string
		want bool // an AGREEMENT
	}{
		{"Estonia and Latvia signed a border treaty on Monday.", true},
		{"Ivo Marek and Oda Lind signed the accession papers on Monday.", true},
		{"President Oda Lind signed the bill on Monday.", false},
		{"President Oda Lind signed a decree on Monday.", false},
		{"In a letter signed by Ivo Marek, the committee said Oda Lind had resigned.", false},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: "2024-06-05"})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, ev := range x.Events {
			got = got || ev.Type == "AGREEMENT"
		}
		if got != tt.want {
			t.Errorf("%q: an AGREEMENT is %v, want %v", tt.text, got, tt.want)
		}
	}
}

// "Leave" a party is to quit it when someone leaves it; an outcome that
// leaves a party with seats or a majority is none quitting.
func TestLeavingAPartyOrLeavingItWithSeats(t *testing.T) {
	checkEventTypes(t, "2025-05-12", []typeCase{
		{"Councillor Ida Renn left the Labour Party on Monday.", "RESIGNATION"},
		{"The result leaves the Conservatives with 24 of the council's 49 seats.", ""},
		{"The defection left Labour with a majority of one on Tarbridge City Council.", ""},
	})
}

// A party that "still held" a majority tells of a standing that goes on,
// no contest won.
func TestMajorityStillHeld(t *testing.T) {
	text := "A Tarbridge councillor has quit the Labour Party. " +
		"The council's leader, Ivo Penrose, said Labour still held a working majority on Tarbridge City Council."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range x.Events {
		if ev.Type == "ELECTION" {
			t.Errorf("%q: an ELECTION, want none", ev.Evidence.Text)
		}
	}
}
