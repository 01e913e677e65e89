package extract

import (
	"strings"
	"testing"
)

// "Council of Ministers" alone is a national cabinet's name (Bulgaria's,
// Poland's, a state no list knows), scoped by its country like any
// generic state body, never the Council of the European Union, which the
// press calls the "EU Council of Ministers".
func TestCouncilOfMinistersIsTheStatesCabinet(t *testing.T) {
	known := "SOFIA - Bulgaria's Council of Ministers approved a draft budget on Wednesday, Finance Minister Dora Velkova said. The Council of the European Union must approve the loan, and the EU Council of Ministers meets in June."
	fictional := "The Council of Ministers of Kelmora approved the draft on Monday. Velkova said the Council of Ministers would send it to parliament."
	checkIDs(t, []idCase{
		{"a known state's cabinet", known, "Council of Ministers", 0, "organization/council-of-ministers--bg"},
		{"the EU body by its own name", known, "Council of the European Union", 0, "organization/council-of-the-european-union"},
		{"the EU body by the press's name", known, "EU Council of Ministers", 0, "organization/council-of-the-european-union"},
	})
	// a state no list knows: the article's own cabinet, whatever its scope
	for n := range 2 {
		if got := entityOf(t, fictional, "Council of Ministers", n); !strings.HasPrefix(got, "organization/council-of-ministers--") {
			t.Errorf("Council of Ministers (%d) in %q is %q, want the article's state's", n, fictional, got)
		}
	}
}

// A chamber named by its noun alone ("the House", "the Assembly") is the
// one chamber of the story whose name has that noun, "House" any lower
// house: a short form of the body named before, not a body of its own;
// where two chambers fit, neither.
func TestBareChamberIsTheChamberNamed(t *testing.T) {
	for _, c := range []struct {
		name, text, full, bare string
		same                   bool
	}{
		{"a state assembly, then the House",
			"MUMBAI: The Vendra Legislative Assembly passed the farm bill on Monday. Chief Minister Arun Patekar said opposition members walked out of the House in protest.",
			"Vendra Legislative Assembly", "House", true},
		{"the Lok Sabha, then the House, the upper house beside it",
			"NEW DELHI: The Lok Sabha passed the bill on Monday. Opposition members walked out of the House. The Rajya Sabha will debate it next week.",
			"Lok Sabha", "House", true},
		{"the House of Representatives, then the House",
			"The House of Representatives passed the bill on Monday. The Senate will vote next week. The House also voted to censure Ana Holt.",
			"House of Representatives", "House also", true},
		{"the seat of government, then the House: the chamber, not a short form",
			"WASHINGTON - The White House criticised the bill on Monday. The House voted on Tuesday to pass it.",
			"White House", "House voted", false},
		{"a headline's chamber without its article",
			"Budget live: Assembly passes budget\n\n08:30 EDT\nThe Vendra Legislative Assembly voted 212-180 to pass the budget, Speaker Lorna Haskel said.",
			"Vendra Legislative Assembly", "Assembly passes", true},
		{"a sentence's chamber without its article",
			"The Vendra Legislative Assembly voted 212-180 to pass the budget. Assembly members then adjourned until Monday.",
			"Vendra Legislative Assembly", "Assembly members", true},
		{"two assemblies: which one is not said",
			"The Vendra Legislative Assembly and the Tarsi Legislative Assembly both passed the bill on Monday. Opposition members walked out of the Assembly in protest.",
			"Vendra Legislative Assembly", "Assembly in", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			full, bare := entityOf(t, c.text, c.full, 0), entityOf(t, c.text, c.bare, 0)
			if bare == "" || (full == bare) != c.same {
				t.Errorf("%s is %q, %s %q: want the same %v", c.full, full, c.bare, bare, c.same)
			}
		})
	}
}

// "House Republicans" are the party's members in the House: the party is
// the one named, not a body of that two-word name, and a chamber the
// gazetteer names by itself ("Senate Democrats") stays a mention of its
// own.
func TestChamberCaucusIsTheParty(t *testing.T) {
	text := "WASHINGTON - House Republicans criticised the decision on Wednesday. Senate Democrats blocked the bill."
	checkIDs(t, []idCase{
		{"the House's party", text, "Republicans", 0, "party/republican-party-united-states"},
		{"the Senate's party", text, "Democrats", 0, "party/democratic-party-united-states"},
		{"the Senate itself", text, "Senate", 0, "organization/united-states-senate"},
	})
}

// A country's own society or section of an international body, named by
// its demonym ("the Ghanaian Red Cross"), is a body of its own, not the
// international one (data/words/federated_bodies.txt).
func TestDemonymsSocietyIsNotTheInternationalBody(t *testing.T) {
	text := "TAMARU - The Ghanaian Red Cross said on Tuesday it had sent 40 volunteers to the flooded district, secretary-general Kofi Ansabeng said. The International Committee of the Red Cross pledged support. The Kenyan Red Crescent sent tents, and Amnesty International urged calm."
	checkIDs(t, []idCase{
		{"a demonym's society", text, "Ghanaian Red Cross", 0, "organization/ghanaian-red-cross"},
		{"another demonym's society", text, "Kenyan Red Crescent", 0, "organization/kenyan-red-crescent"},
		{"the international body by its own name", text, "International Committee of the Red Cross", 0, "organization/international-committee-of-the-red-cross"},
		{"an international body without a demonym", text, "Amnesty International", 0, "organization/amnesty-international"},
	})
}

// A state's section of an international body, named by the body's name
// and then the state's ("Transparency International Kenya") or "of" and
// the state's ("the Red Cross of Serbia"), and a national body whose head
// the state's name closes ("the Anti-Corruption Coalition Uganda"), are
// bodies of their own: neither the international body nor the state.
func TestStateClosesBodysName(t *testing.T) {
	text := "MORANI - Transparency International Kenya on Tuesday accused the roads ministry of padding contracts. The Red Cross of Serbia said 40 people were hurt. The Anti-Corruption Coalition Uganda said the minister hid three houses. Amnesty International Nigeria condemned the arrests, and Kenya denied it."
	checkIDs(t, []idCase{
		{"a section after the body's name", text, "Transparency International Kenya", 0, "organization/transparency-international-kenya"},
		{"the state inside it is no mention", text, "Kenya", 0, ""},
		{"a section after of", text, "Red Cross of Serbia", 0, "organization/red-cross-of-serbia"},
		{"a national body's head, then its state", text, "Anti-Corruption Coalition Uganda", 0, "organization/anti-corruption-coalition-uganda"},
		{"another section", text, "Amnesty International Nigeria", 0, "organization/amnesty-international-nigeria"},
		{"the state alone is the state", text, "Kenya denied", 0, "country/kenya"},
	})
}

// A money transfer firm whose name reads as a party's (a compass word and
// "Union", as "the Christian Union") is the company the gazetteer lists.
func TestMoneyTransferFirmIsNoParty(t *testing.T) {
	text := "DORAVA - Relatives of the jailed activist said the money for her bail was sent via Western Union from abroad. The Civic Union denied any part in it."
	checkIDs(t, []idCase{
		{"the transfer firm", text, "Western Union", 0, "organization/western-union"},
	})
}

// A name before a noun of another kind of body ("the Silver Meadow
// movement", "the Silver Meadow alliance") is that body, not the short
// form of a party named "Party" the article names too: a movement and a
// party are two bodies unless the text says one became the other. Alone
// the name is still the party's short form.
func TestMovementIsNoShortFormOfAParty(t *testing.T) {
	for _, c := range []struct {
		name, text, short, party string
		same                     bool
	}{
		{"a movement, then a party of its words",
			"Thousands marched in Velden on Saturday as the Silver Meadow movement staged its largest protest. The Silver Meadow Party, which holds four seats, did not take part.",
			"Silver Meadow movement", "Silver Meadow Party", false},
		{"a party, then an alliance of its words",
			"The Silver Meadow Party won four seats in Velden on Sunday. The Silver Meadow alliance of farmers' groups said it would march on Monday.",
			"Silver Meadow alliance", "Silver Meadow Party", false},
		{"a party, then its name alone",
			"The Silver Meadow Party won four seats in Velden on Sunday. Silver Meadow leader Ana Holm said the count was fair.",
			"Silver Meadow leader", "Silver Meadow Party", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			short, party := entityOf(t, c.text, c.short, 0), entityOf(t, c.text, c.party, 0)
			if short == "" || party == "" || (short == party) != c.same {
				t.Errorf("%q is %q and %q is %q in %q, want same=%v", c.short, short, c.party, party, c.text, c.same)
			}
		})
	}
}
