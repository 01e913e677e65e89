package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

// Wire copy describes people by their work and nationality and quotes
// them: a line of work is no office of a state, and a title in a quote is
// the speaker's words, not the speaker's post.
func TestWireDescriptionsAreNoOffices(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a nationality before a line of work gives no office",
			text: "Swedish diplomat Lars Eklund said the talks had stalled. Danish soldier Per Holt was wounded near Gao on Monday.",
			want: [][3]string{{"CITIZEN_OF", "Lars Eklund", "Sweden"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Lars Eklund", "Sweden"}, {"HOLDS_OFFICE", "Per Holt", "Denmark"}},
		},
		{
			name: "a military rank is no office",
			text: "Colonel Ivo Brandt, a spokesman for the Pelsaran Defence Ministry, said shells had landed near Tamrek. Finnish general Aino Lehto said the border was quiet.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Brandt", "Pelsara"}, {"HOLDS_OFFICE", "Ivo Brandt", "Finland"}, {"HOLDS_OFFICE", "Aino Lehto", "Finland"}},
		},
		{
			name: "an official in apposition is the state's servant, no office holder",
			text: "Lars Eklund, a Swedish government official, said the talks had stalled.",
			not:  [][3]string{{"HOLDS_OFFICE", "Lars Eklund", "Sweden"}},
		},
		{
			name: "a line of work at a body named still works for it",
			text: "Lars Eklund, a Swedish Foreign Ministry official, said the talks had stalled.",
			want: [][3]string{{"WORKS_FOR", "Lars Eklund", "Ministry for Foreign Affairs (Sweden)"}},
		},
		{
			name: "an office after a nationality stays an office",
			text: "Italian ambassador Paolo Renzetti said the talks had stalled.",
			want: [][3]string{{"HOLDS_OFFICE", "Paolo Renzetti", "Italy"}},
		},
		{
			name: "a title inside a quote is not the speaker's",
			text: "\"I never met any Russian minister,\" Ivo Rusk said on Tuesday. “No Polish official paid me,” Ana Holm said.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Rusk", "Russia"}, {"HOLDS_OFFICE", "Ana Holm", "Poland"}},
		},
	})
}

// A post one person gives another is the giver's state's: the holder's
// nationality does not say whose it is, nor does it set the country of
// the giver's own office.
func TestPostsGivenByAnother(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a nationality in the appointee's description is not the appointer's country",
			text: "President Claude Verand on Tuesday appointed former Swedish diplomat Lars Eklund as his special envoy to the Sahel.",
			want: [][3]string{{"CITIZEN_OF", "Lars Eklund", "Sweden"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Claude Verand", "Sweden"}, {"LEADS", "Claude Verand", "Sweden"}, {"HOLDS_OFFICE", "Lars Eklund", "Sweden"}},
		},
		{
			name: "a national in apposition neither",
			text: "President Claude Verand appointed Lars Eklund, a Swedish national, as his envoy on Monday.",
			not:  [][3]string{{"HOLDS_OFFICE", "Claude Verand", "Sweden"}, {"HOLDS_OFFICE", "Lars Eklund", "Sweden"}},
		},
		{
			name: "a nationality before any noun describing another sets no office's country",
			text: "President Claude Verand thanked Swedish mediator Lars Eklund on Tuesday. Foreign Minister Ivo Dorn said talks would resume.",
			not:  [][3]string{{"HOLDS_OFFICE", "Claude Verand", "Sweden"}, {"HOLDS_OFFICE", "Ivo Dorn", "Sweden"}},
		},
		{
			name: "nationals named after their nationality set no office's country",
			text: "Foreign Minister Ivo Dorn said two Norwegian nationals, Per Holt and Ola Rud, had been freed.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Norway"}},
		},
		{
			name: "a post given by a state's office holder is that state's",
			text: "Swedish Prime Minister Lars Eklund on Tuesday appointed Anna Berg as ambassador to Mali.",
			want: [][3]string{{"HOLDS_OFFICE", "Lars Eklund", "Sweden"}, {"HOLDS_OFFICE", "Anna Berg", "Sweden"}},
		},
	})
}

// A work role at a body: the title reading of a role ("adviser") does not
// hide the job, and the body one works at is an organisation, whatever
// "at" before an unknown name otherwise says.
func TestJobsAtBodies(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "works as a titled role at a body",
			text: "Ana Holm works as a senior adviser at the Ministry of Finance. Ivo Dorn served as an adviser at the Audit Office from 2015 to 2018.",
			want: [][3]string{{"WORKS_FOR", "Ana Holm", "Ministry of Finance"}, {"WORKS_FOR", "Ivo Dorn", "Audit Office"}},
		},
		{
			name: "a role at an unknown name is a job at a body",
			text: "Ana Holm, an analyst at Petrokav, said prices would rise. Ivo Dorn, a senior economist at Dravco Capital, agreed.",
			want: [][3]string{{"WORKS_FOR", "Ana Holm", "Petrokav"}, {"WORKS_FOR", "Ivo Dorn", "Dravco Capital"}},
		},
		{
			name: "a body's possessive owns the role in apposition after the name",
			text: "Ana Holm, Dravco Holdings' chief economist, said prices would rise. Ivo Dorn, the Harlow Institute's senior researcher, agreed. Pavo Strand, Varga's lawyer, objected.",
			want: [][3]string{{"WORKS_FOR", "Ana Holm", "Dravco Holdings"}, {"WORKS_FOR", "Ivo Dorn", "Harlow Institute"}},
			not:  [][3]string{{"WORKS_FOR", "Pavo Strand", "Varga"}},
		},
		{
			name: "their lawyer after people went to a court does not work for the court",
			text: "The seven MPs went to the High Court in Nairobi on Wednesday. Their lawyer, Ahmed Warsame Ali, argued that the party had erred.",
			not:  [][3]string{{"WORKS_FOR", "Ahmed Warsame Ali", "High Court of Nairobi"}},
		},
		{
			name: "their leader after a party is the party's",
			text: "The Greens met in Tallinn on Sunday. Their leader, Ivo Dorn, said the party would stay in the coalition.",
			want: [][3]string{{"LEADS", "Ivo Dorn", "Estonian Greens"}}, // the Greens of the state whose capital the story is set in
		},
		{
			name: "an adviser to a body works for it; to a person, not",
			text: "Ana Holm, a senior adviser to the Ministry of Finance, said prices would rise. Ivo Dorn, an adviser to President Pavo Strand, disagreed.",
			want: [][3]string{{"WORKS_FOR", "Ana Holm", "Ministry of Finance"}},
			not:  [][3]string{{"WORKS_FOR", "Ivo Dorn", "Pavo Strand"}},
		},
	})
}

// A party's name before "minister" that with it makes no office names
// the minister's party; leaving the party later in the sentence ends the
// membership.
func TestPartyBeforeMinister(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a former minister who left the party",
			text: "Former Conservative minister Rupert Halloway, who left the party in 2019, said the plan would fail.",
			want: [][3]string{{"MEMBER_OF", "Rupert Halloway", "Conservative"}},
		},
		{
			name: "a former minister in apposition who left the party",
			text: "Rupert Halloway, a former Conservative cabinet minister who left the party in 2019, said the plan would fail.",
			want: [][3]string{{"MEMBER_OF", "Rupert Halloway", "Conservative"}},
		},
		{
			name: "a portfolio before minister is no party",
			text: "Justice Minister Rupert Halloway said the plan would fail.",
			not:  [][3]string{{"MEMBER_OF", "Rupert Halloway", "Justice"}},
		},
	})
}

// A job's role keeps all its role words ("chief executive", "chief
// economist"), not the first of them.
func TestRoleOfSeveralWords(t *testing.T) {
	for _, tc := range []struct{ text, role string }{
		{"Dravco Holdings' chief executive, Oleg Varnov, told reporters the deal was dead.", "chief executive"},
		{"Ana Holm, Dravco Holdings' chief economist, said prices would rise.", "chief economist"},
		{"Ana Holm, chief economist at Dravco Holdings, said prices would rise.", "chief economist"},
	} {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tc.text, PublishedAt: "2024-05-02"})
		if err != nil {
			t.Fatal(err)
		}
		var roles []string
		for _, r := range x.Relations {
			if r.Type == "WORKS_FOR" && r.Role != nil {
				roles = append(roles, *r.Role)
			}
		}
		if len(roles) != 1 || roles[0] != tc.role {
			t.Errorf("%q: WORKS_FOR roles %q, want [%q]", tc.text, roles, tc.role)
		}
	}
}

// Wire copy names the outlet a journalist works for by the trade, or by
// what she does for it: a photographer's outlet employs her as a
// reporter's does, and one who writes or reports for an outlet works for
// it.
func TestJournalistsOutlets(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a photographer for an outlet, and an outlet's photographer",
			text: "Tom Bell, a Reuters photographer, was hurt on Monday. Ana Ruiz, a photographer for Agence France-Presse, was also hurt.",
			want: [][3]string{{"WORKS_FOR", "Tom Bell", "Reuters"}, {"WORKS_FOR", "Ana Ruiz", "Agence France-Presse"}},
		},
		{
			name: "one who writes or reports for an outlet",
			text: "Ivo Lind, who writes for the Coastal Herald, was detained on Monday. Sara Kim, who reports for Radio Free Asia, was expelled.",
			want: [][3]string{{"WORKS_FOR", "Ivo Lind", "Coastal Herald"}, {"WORKS_FOR", "Sara Kim", "Radio Free Asia"}},
		},
		{
			name: "a role 'with' a one-word name no list knows: the body she works for",
			text: "VILNIUS (Reuters) - Ivo Dorn, an analyst with Nordbank, said rates would fall on Monday.",
			want: [][3]string{{"WORKS_FOR", "Ivo Dorn", "Nordbank"}},
		},
		{
			name: "an outlet's editor at the time, named after it",
			text: "In 1994 the weekly Tribuna Livre accused her of taking bribes. A court ordered the weekly to pay damages in 1995; its editor at the time, Rui Tavela, later apologised.",
			want: [][3]string{{"WORKS_FOR", "Rui Tavela", "Tribuna Livre"}},
		},
		{
			name: "an outlet's editor, 'its' the outlet the text calls by its noun",
			text: "In 1993 the weekly Tribuna Livre reported that her campaign had taken undeclared donations. Ana Mendes denied the claim and sued the paper for libel. A court ruled in her favour in 1995 and ordered the weekly to pay damages; its editor at the time, Rui Tavela, later apologised.",
			want: [][3]string{{"WORKS_FOR", "Rui Tavela", "Tribuna Livre"}},
		},
		{
			name: "a transcript's label gives the asker's outlet in brackets",
			text: "PRIME MINISTER: Good afternoon.\n\nREPORTER (Tomas Reyes, Harbour City Radio): The donor gave money to your party in 2023.\n\nQUESTION (Lena Vos, Daily Courier): Will you resign?",
			want: [][3]string{{"WORKS_FOR", "Tomas Reyes", "Harbour City Radio"}, {"WORKS_FOR", "Lena Vos", "Daily Courier"}},
		},
	})
}
