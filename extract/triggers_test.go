package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
)

// The trigger table is data: each form reads back with its type and kind.
func TestTriggerTable(t *testing.T) {
	tests := []struct {
		phrase, typ  string
		noun, speech bool
	}{
		{"resigned", "RESIGNATION", false, false},
		{"stepped down", "RESIGNATION", false, false},
		{"resignation", "RESIGNATION", true, false},
		{"said", "STATEMENT", false, true},
		{"told reporters", "STATEMENT", false, false},
		{"air strikes", "ATTACK", true, false},
	}
	for _, tt := range tests {
		w := strings.Fields(tt.phrase)
		var got *trigger
		for _, tr := range triggers[w[0]] {
			if strings.Join(tr.words, " ") == tt.phrase {
				got = &tr
			}
		}
		if got == nil {
			t.Errorf("%q: not in data/triggers.tsv", tt.phrase)
			continue
		}
		if got.typ != tt.typ || got.noun != tt.noun || got.speech != tt.speech {
			t.Errorf("%q = %s noun=%v speech=%v, want %s noun=%v speech=%v", tt.phrase, got.typ, got.noun, got.speech, tt.typ, tt.noun, tt.speech)
		}
	}
}

// A verb trigger's form that the tree reads as a noun argument, and that
// no noun trigger lists, tells of no event: votes bought are no vote held.
func TestVerbFormReadAsNounIsNoEvent(t *testing.T) {
	tests := []struct {
		text, typ string
		want      bool
	}{
		{"The opposition Harvest Front accused the Civic Union of using state funds to buy votes before the election.", "VOTE", false},
		{"Ivo Dorn votes against the bill, his office said.", "VOTE", true},                            // a verb the tagger reads as a noun
		{"An appeals court upheld the nine-year sentence of Ivo Dorn on Wednesday.", "REQUEST", false}, // a noun modifying a court's
		{"An appeals court upheld the nine-year sentence of Ivo Dorn on Wednesday.", "LEGAL_ACTION", true},
	}
	for _, tt := range tests {
		if got, events := toldOfType(t, "Row", tt.text, tt.typ); got != tt.want {
			t.Errorf("%q: a %s event is %v, want %v (%+v)", tt.text, tt.typ, got, tt.want, events)
		}
	}
}

// A trigger noun that a compound makes a document of words tells of no
// event of its own: a press release is what a body put out, no one freed.
func TestDocumentCompoundIsNoEvent(t *testing.T) {
	tests := []struct {
		text, typ string
		want      bool
	}{
		{"According to a press release from the Harvest Front, its chairman Ivo Dorn will stand for mayor of Kestrel.", "RELEASE", false},
		{"In a news release on Monday, the Civic Union said the talks had failed.", "RELEASE", false},
		{"The release of Ivo Dorn was ordered by a court in Kestrel on Monday.", "RELEASE", true}, // the noun alone still frees
	}
	for _, tt := range tests {
		if got, events := toldOfType(t, "Row", tt.text, tt.typ); got != tt.want {
			t.Errorf("%q: a %s event is %v, want %v (%+v)", tt.text, tt.typ, got, tt.want, events)
		}
	}
}

// A verb of succession in the news's present before a post tells of the
// appointment of its subject, as its past does; with no post it tells of
// none ("the law replaces").
func TestPresentSuccessionIsAppointment(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Ivo Dorn succeeds Lida Marosh as Velmark's chief of staff.", true},
		{"Ivo Dorn replaces Lida Marosh as Velmark's finance minister.", true},
		{"The new levy replaces a 2019 law, Ivo Dorn said on Monday.", false},
	}
	for _, tt := range tests {
		if got, events := toldOfType(t, "Reshuffle", tt.text, "APPOINTMENT"); got != tt.want {
			t.Errorf("%q: an APPOINTMENT is %v, want %v (%+v)", tt.text, got, tt.want, events)
		}
	}
}

// Taking a party's lead noun tells of an appointment; the noun that only
// modifies another ("the leadership election") names no post taken.
func TestLeadNounTakenIsAppointment(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Ivo Dorn took over the leadership of the Harbour Party on Monday.", true},
		{"Ivo Dorn won the party leadership on Monday.", true},
		{"Lida Marosh took the helm of the Harbour Party on Monday.", true},
		{"Ivo Dorn won the leadership election on Monday.", false},
	}
	for _, tt := range tests {
		if got, events := toldOfType(t, "Party", tt.text, "APPOINTMENT"); got != tt.want {
			t.Errorf("%q: an APPOINTMENT is %v, want %v (%+v)", tt.text, got, tt.want, events)
		}
	}
}

// A noun trigger's form that the tree reads as a verb in the simple present
// tells a habit in a report's body, not an event: "talks to" is no talks
// held.
func TestNounFormReadAsPresentVerbIsNoEvent(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Oda Lind said she sometimes talks to her sisters in Varnessa. She has not been back since 2019.", false},
		{"Nobody talks to the president, Ivo Marek said on Monday.", false},
		{"Oda Lind held talks with the president in Varnessa on Monday.", true},
	}
	for _, tt := range tests {
		if got, events := toldOfType(t, "Family ties", tt.text, "MEETING"); got != tt.want {
			t.Errorf("%q: a MEETING is %v, want %v (%+v)", tt.text, got, tt.want, events)
		}
	}
}

// toldOfType extracts text under a headline, as published on 5 June 2024,
// and reports whether an event of type typ is among its events.
func toldOfType(t *testing.T, headline, text, typ string) (bool, []polgraph.Event) {
	t.Helper()
	x, err := New().Extract(context.Background(), polgraph.Article{Text: headline + "\n\n" + text, PublishedAt: "2024-06-05"})
	if err != nil {
		t.Fatal(err)
	}
	return slices.ContainsFunc(x.Events, func(ev polgraph.Event) bool { return ev.Type == typ }), x.Events
}

// Taking the oath (of office) is being sworn in: an appointment of the
// subject, every one of a coordinated subject; what is only to come is not.
func TestOathTakenIsAppointment(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Lena Varro took the oath of office before parliament on Tuesday.", true},
		{"Foreign Minister Ivo Dorn and Finance Minister Ana Holm took their oaths at the palace on Tuesday.", true},
		{"Lena Varro will take the oath on Friday.", false},
	}
	for _, tt := range tests {
		if got, events := toldOfType(t, "New cabinet", tt.text, "APPOINTMENT"); got != tt.want {
			t.Errorf("%q: an APPOINTMENT is %v, want %v (%+v)", tt.text, got, tt.want, events)
		}
	}
}

// A present participle after its clause tells an act of the clause's
// subject, on the clause's day, as the verb's past does: "hit back,
// slamming the ruling" is one criticism by who hit back, told once.
func TestParticipleAfterClauseIsAct(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{
			name: "slamming, hailing and deploring after a clause criticise or support, done by its subject on its day",
			text: "Opposition leader Ivo Dorn hit back on Tuesday, slamming the Constitutional Court's decision as a farce. " +
				"Prime Minister Lena Markov spoke in Tolvik on Friday, hailing the accord with Serbia as historic. " +
				"On Wednesday, the rights group Open Door issued a statement deploring the arrests of four students.",
			want: []wantEvent{
				{"CRITICISM", "2025-05-06", []string{"agent:person/ivo-dorn"}},
				{"SUPPORT", "2025-05-09", []string{"agent:person/lena-markov"}},
				{"CRITICISM", "2025-05-07", []string{"agent:organization/open-door"}},
			},
			count: map[string]int{"CRITICISM": 2, "SUPPORT": 1, "STATEMENT": 0},
		},
		{
			name: "a stance verb's participle on a statement takes a stance for who issues it, its only act",
			text: "Moldova's Interior Ministry issued a statement on Friday welcoming the ceasefire.",
			want: []wantEvent{
				{"SUPPORT", "2025-05-09", []string{"agent:organization/interior-ministry--md"}},
			},
			count: map[string]int{"SUPPORT": 1, "STATEMENT": 0},
		},
	})
}

// A verb of speech a negation denies tells no statement: a fact-check's
// "did not say" answers a claim about the speaker; what the speaker did
// say, beside it or in a clause, is told.
func TestUnsaidIsNoStatement(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Health minister Ilona Vasko did not say that the government would close 40 rural hospitals.", false},
		{"Senator Ray Dunmore never said that the council had cut the budget.", false},
		{"Ilona Vasko said she did not meet Petr Hanzal.", true},
		{"Ilona Vasko did not say whether the hospitals would close, but said she would resign.", true},
	}
	for _, tt := range tests {
		if got, events := toldOfType(t, "Row", tt.text, "STATEMENT"); got != tt.want {
			t.Errorf("%q: a STATEMENT is %v, want %v (%+v)", tt.text, got, tt.want, events)
		}
	}
}

// A subject that denies its verb ("Nobody", "No one", "None of",
// "Neither ... nor") tells no event, as "not" does; the same verb with
// a subject of its own is told.
func TestNegativeSubjectTellsNoEvent(t *testing.T) {
	tests := []struct {
		text, typ string
		want      bool
	}{
		{"Nobody has accused the interior minister, Pella Varn, of taking bribes.", "ACCUSATION", false},
		{"No one has charged Senator Ilse Maddox with any crime.", "LEGAL_ACTION", false},
		{"Neither Aleksy Dorran nor Greta Holm condemned the attack on the radio station.", "CRITICISM", false},
		{"None of the ministers met Ivo Senn in Brussels.", "MEETING", false},
		{"No prosecutor has charged Ivo Senn.", "LEGAL_ACTION", false},
		{"Greta Holm condemned the attack on the radio station.", "CRITICISM", true},
		{"Neither the Civic Union nor the Labour Front won a majority in the 2023 general election in Varnia.", "ELECTION", true},
		{"Pella Varn has accused the interior minister, Ivo Senn, of taking bribes.", "ACCUSATION", true},
	}
	for _, tt := range tests {
		if got, events := toldOfType(t, "Row", tt.text, tt.typ); got != tt.want {
			t.Errorf("%q: a %s is %v, want %v (%+v)", tt.text, tt.typ, got, tt.want, events)
		}
	}
}

// A clause "if" opens before the main clause tells what may happen, also
// where the parser hangs "if" on the main verb; the same clause without
// "if" is told.
func TestFrontedConditionTellsNoEvent(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"If Brant Oswin resigns, the coalition would collapse within weeks.", false},
		{"Brant Oswin resigns, and the coalition collapses within weeks.", true},
	}
	for _, tt := range tests {
		if got, events := toldOfType(t, "Row", tt.text, "RESIGNATION"); got != tt.want {
			t.Errorf("%q: a RESIGNATION is %v, want %v (%+v)", tt.text, got, tt.want, events)
		}
	}
}
