package extract

import "testing"

// Parliamentary reports label a member with her party, in Hansard's short
// form or in full, and then her seat: "Mr Tom Lind (Con)", "Ms Ana Holm
// (Lab, Leeds North)", "Ms Ana Holm (Leeds North, Lab)". The label is the
// party, not a seat; the name beside the party's is the seat; "(Ind)"
// names neither. The local press labels its councillors alike: "Cllr Ana
// Holm (Green, Millbrook)".
func TestHansardMemberLabels(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a short label alone",
			text: "LONDON (Reuters) - Mr Tom Lind (Con) told the House of Commons that the plan would fail.",
			want: [][3]string{{"MEMBER_OF", "Tom Lind", "Conservative Party (UK)"}},
			not:  [][3]string{{"REPRESENTS", "Tom Lind", "Con"}},
		},
		{
			name: "a short label and a seat",
			text: "LONDON (Reuters) - Mr Ivo Kerr (Lab, Glasgow East) accused the minister of misleading parliament. Sir Peter Moss (LD) said the bill was flawed.",
			want: [][3]string{
				{"MEMBER_OF", "Ivo Kerr", "Labour Party (UK)"},
				{"REPRESENTS", "Ivo Kerr", "Glasgow East"},
				{"MEMBER_OF", "Peter Moss", "Liberal Democrats"},
			},
			not: [][3]string{{"REPRESENTS", "Peter Moss", "LD"}},
		},
		{
			name: "the party's name and a seat",
			text: "LONDON (Reuters) - Ms Ana Holm (Labour, Leeds North) asked the minister whether the budget would be delayed.",
			want: [][3]string{
				{"MEMBER_OF", "Ana Holm", "Labour Party (UK)"},
				{"REPRESENTS", "Ana Holm", "Leeds North"},
			},
		},
		{
			name: "the seat before the party",
			text: "LONDON (Reuters) - Ms Ana Holm (Leeds North, Labour) asked the minister whether the budget would be delayed. " +
				"Mr Ivo Kerr (Glasgow East, Lab) said the bill was flawed.",
			want: [][3]string{
				{"MEMBER_OF", "Ana Holm", "Labour Party (UK)"},
				{"REPRESENTS", "Ana Holm", "Leeds North"},
				{"MEMBER_OF", "Ivo Kerr", "Labour Party (UK)"},
				{"REPRESENTS", "Ivo Kerr", "Glasgow East"},
			},
		},
		{
			name: "the seat before a party's full name",
			text: "The Green Party and the Labour Party clashed over housing. Ms Corra Vell (Tarsk East, Green Party) asked the minister whether the report would be published.",
			want: [][3]string{{"MEMBER_OF", "Corra Vell", "Green Party"}, {"REPRESENTS", "Corra Vell", "Tarsk East"}},
		},
		{
			name: "a councillor's Green label and her ward",
			text: "BIRMINGHAM, England - Cllr Wynne Harrop (Green, Ashcombe) criticised the council's parking plan on Monday.",
			want: [][3]string{
				{"MEMBER_OF", "Wynne Harrop", "Green Party of England and Wales"},
				{"REPRESENTS", "Wynne Harrop", "Ashcombe"},
			},
		},
		{
			name: "an independent's label names no seat",
			text: "LONDON (Reuters) - Mr Ivo Dorn (Ind) said the bill was flawed.",
			not:  [][3]string{{"REPRESENTS", "Ivo Dorn", "Ind"}},
		},
		{
			name: "an outlet before the place is no party",
			text: "REPORTER (Ana Vell, Harbour Radio, Wexcombe): Will the minister resign?",
			not:  [][3]string{{"REPRESENTS", "Ana Vell", "Wexcombe"}},
		},
	})
}

// A possessive pronoun before a party's name makes its person a member, as
// "Holm's own party" does: "her Progress Party", "his ruling Harbour
// Party"; not where the name modifies a noun the pronoun owns ("her
// Harbour Party rival").
func TestPronounOwnsParty(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "her party's name",
			text: "OSLO (Reuters) - Anne Berg said on Sunday that her Progress Party would back the budget.",
			want: [][3]string{{"MEMBER_OF", "Anne Berg", "Progress Party (Norway)"}},
		},
		{
			name: "his party's standing and name, a sentence on",
			text: "Jonas Dahl spoke in Kelmora on Monday. He said his ruling Harbour Party would win.",
			want: [][3]string{{"MEMBER_OF", "Jonas Dahl", "Harbour Party"}},
		},
		{
			name: "a rival of the party is not of it",
			text: "Ana Vell beat her Harbour Party rival Ivo Dorn in the vote.",
			not:  [][3]string{{"MEMBER_OF", "Ana Vell", "Harbour Party"}},
		},
	})
}

// Translated agency copy names a chamber's presiding posts by titles that
// companies bear too: "Deputy Chairman of the State Duma". In a chamber the
// post is an office there (HOLDS_OFFICE), not a job, and "Deputy" before
// "Chairman" is part of the title, no body of its own.
func TestChamberPresidingPosts(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "in apposition after the name",
			text: "MOSCOW (TASS) - Viktor Lebedev, Deputy Chairman of the State Duma, said the law would be adopted.",
			want: [][3]string{{"HOLDS_OFFICE", "Viktor Lebedev", "State Duma"}},
			not:  [][3]string{{"WORKS_FOR", "Viktor Lebedev", "State Duma"}, {"LEADS", "Viktor Lebedev", "State Duma"}},
		},
		{
			name: "the chamber before the title",
			text: "MOSCOW (TASS) - State Duma Deputy Chairman Viktor Lebedev said the law would be adopted.",
			want: [][3]string{{"HOLDS_OFFICE", "Viktor Lebedev", "State Duma"}},
			not:  [][3]string{{"WORKS_FOR", "Viktor Lebedev", "State Duma"}, {"LEADS", "Viktor Lebedev", "Deputy"}},
		},
		{
			name: "a bare deputy chairman leads no body called Deputy",
			text: "Deputy Chairman Ivo Dorn said the law would be adopted.",
			not:  [][3]string{{"LEADS", "Ivo Dorn", "Deputy"}},
		},
		{
			name: "a company's vice-chairman still works for it",
			text: "Huawei Deputy Chairman Ivo Dorn said profits fell.",
			want: [][3]string{{"WORKS_FOR", "Ivo Dorn", "Huawei"}},
		},
	})
}

// An apposition's head is its last noun: "the CHP's deputy group chairman"
// is a person's role, though "group" before it names a body's kind; the
// possessor's mark is no word of the phrase.
func TestRoleApposition(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a party's group chairman",
			text: "ANKARA (Anadolu) - Ali Demir, the CHP's deputy group chairman, accused the government of corruption.",
			want: [][3]string{{"MEMBER_OF", "Ali Demir", "Republican People's Party"}},
		},
	})
}

// Co-chairs lead their party as co-leaders do, in every form the press
// gives the title: "co-chair of the Left Party", "Left Party co-chair X",
// "who co-chairs the Left Party"; and whoever leads a party is its member.
func TestCoChairsLeadTheirParty(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "in apposition",
			text: "BERLIN (Reuters) - Sara Lind, co-chair of the Left Party, said the party would join the protests.",
			want: [][3]string{{"LEADS", "Sara Lind", "The Left (Germany)"}, {"MEMBER_OF", "Sara Lind", "The Left (Germany)"}},
		},
		{
			name: "before the name",
			text: "BERLIN (Reuters) - Left Party co-chair Sara Lind said the party would join the protests.",
			want: [][3]string{{"LEADS", "Sara Lind", "The Left (Germany)"}, {"MEMBER_OF", "Sara Lind", "The Left (Germany)"}},
		},
		{
			name: "by a verb",
			text: "BERLIN (Reuters) - Sara Lind, who co-chairs the Left Party, said the party would join the protests.",
			want: [][3]string{{"LEADS", "Sara Lind", "The Left (Germany)"}, {"MEMBER_OF", "Sara Lind", "The Left (Germany)"}},
		},
	})
}

// A party's leader in a chamber ("the SNP's Westminster leader X") leads
// the party's members there, not the chamber.
func TestPartysLeaderInAChamber(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "the party owns the chamber's name",
			text: "LONDON (Reuters) - The SNP's Westminster leader Ian Dorr said the vote was a disgrace.",
			want: [][3]string{{"MEMBER_OF", "Ian Dorr", "Scottish National Party"}},
			not:  [][3]string{{"LEADS", "Ian Dorr", "Parliament of the United Kingdom"}},
		},
	})
}

// The head of a body's part leads the part, not the body: "head of the
// Majlis national security committee" names a committee, whose name the
// chamber's only modifies.
func TestHeadOfABodysPart(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a chamber's committee",
			text: "TEHRAN (IRNA) - Hossein Rezaei, head of the Majlis national security committee, criticised the agency.",
			not:  [][3]string{{"LEADS", "Hossein Rezaei", "Islamic Consultative Assembly"}},
		},
		{
			name: "the body's kind noun after its name",
			text: "Ana Holm, head of the Civic Union party, spoke on Monday.",
			want: [][3]string{{"LEADS", "Ana Holm", "Civic Union"}},
		},
	})
}
