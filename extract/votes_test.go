package extract

import "testing"

// How legislatures' votes are told: a vote, its time, and what it decides
// done at that time.
func TestVotes(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{
			name: "members unnamed: the chamber they vote in",
			text: "In the Knesset, lawmakers voted 61 to 59 on Wednesday to approve the budget.",
			want: []wantEvent{{"VOTE", "2025-05-07", []string{"participant:organization/knesset"}}},
		},
		{
			name:     "members unnamed: not a chamber named only after the vote, which the bill goes to next",
			text:     "NAIROBI, Kenya - Lawmakers in Kenya voted on Tuesday to approve the finance bill. The Senate is expected to debate the bill next week.",
			want:     []wantEvent{{"VOTE", "2025-05-06", []string{"agent:country/kenya"}}},
			notParts: []string{"agent:organization/senate-of-kenya"},
		},
		{
			name: "members unnamed: a chamber named before the vote",
			text: "NAIROBI, Kenya - The Senate sat late on Monday. Lawmakers voted on Tuesday to approve the finance bill.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"agent:organization/senate-of-kenya"}}},
		},
		{
			name: "MEPs: the European Parliament, not the dateline's state",
			text: "BRUSSELS (Reuters) - MEPs voted 330-271 on Wednesday to reject the Commission's plan to cut fishing quotas.",
			want: []wantEvent{{"VOTE", "2025-05-07", []string{"agent:organization/european-parliament"}}},
		},
		{
			name: "members unnamed, someone else named: still the chamber they vote in",
			text: "Deputies in the State Duma voted 400 to 0 on Tuesday to ratify the treaty with North Korea.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"participant:organization/state-duma"}}},
		},
		{
			name: "two chambers' votes on one day are two votes",
			text: "The Polish Senate voted 52 to 47 on Tuesday to confirm Ada Brenn as ombudsman. Earlier in the day the Sejm passed the Rural Roads Act by 288 votes to 140.",
			want: []wantEvent{
				{"VOTE", "2025-05-06", []string{"agent:organization/senate-of-poland"}},
				{"VOTE", "2025-05-06", []string{"agent:organization/sejm"}},
			},
			count: map[string]int{"VOTE": 2},
		},
		{
			name: "the government that loses a vote is the state's",
			text: "Latvian MPs approved an amendment to the budget on Tuesday. On Tuesday the government also lost the vote on a second amendment by 45 votes to 48.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"participant:country/latvia"}}},
		},
		{
			name:  "a vote on one more amendment is another vote",
			text:  "Latvian MPs approved an amendment to the budget on Tuesday. On Tuesday the government also lost the vote on a second amendment by 45 votes to 48.",
			count: map[string]int{"VOTE": 2},
		},
		{
			name: "a treaty approved by a tally: the chamber's vote",
			text: "The Saeima debated the border treaty with Estonia for six hours. On Tuesday the treaty was approved by 70 votes to 12.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"participant:organization/saeima"}}},
		},
		{
			name: "a bill passed in a chamber",
			text: "The bill was passed by 287 votes to 199 in the Verkhovna Rada on Wednesday.",
			want: []wantEvent{{"VOTE", "2025-05-07", []string{"participant:organization/verkhovna-rada"}}},
		},
		{
			name: "a chamber the press names in its own language",
			text: "The bill was passed by 90 votes to 79 in the Storting on Wednesday.",
			want: []wantEvent{{"VOTE", "2025-05-07", []string{"participant:organization/storting"}}},
		},
		{
			name: "a chamber named in its own language is no person",
			text: "Iran's Majlis approved the budget on Sunday.",
			want: []wantEvent{{"VOTE", "2025-05-11", []string{"agent:organization/islamic-consultative-assembly"}}},
		},
		{
			name: "no chamber named: a vote on the measure its mover tabled",
			text: "The amendment, tabled by Senator Ada Brenn, was rejected on Monday.",
			want: []wantEvent{{"VOTE", "2025-05-12", []string{"participant:person/ada-brenn"}}},
		},
		{
			name: "no chamber named: the mover's own measure",
			text: "Senator Ada Brenn's amendment was defeated on Monday.",
			want: []wantEvent{{"VOTE", "2025-05-12", []string{"participant:person/ada-brenn"}}},
		},
		{
			name:     "a measure's mover is no voter",
			text:     "The bill, sponsored by Senator Ada Brenn, passed the US Senate on Monday.",
			want:     []wantEvent{{"VOTE", "2025-05-12", []string{"participant:organization/united-states-senate"}}},
			notParts: []string{"agent:person/ada-brenn"},
		},
		{
			name: "a reduced relative's agent read as the passive's subject",
			text: "An amendment tabled by MP Ivo Sarn was defeated by 40 votes on Tuesday.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"participant:person/ivo-sarn"}}},
		},
		{
			name: "the same, the name cut from its title",
			text: "A motion put forward by opposition leader Ivo Sarn was defeated on Wednesday.",
			want: []wantEvent{{"VOTE", "2025-05-07", []string{"participant:person/ivo-sarn"}}},
		},
		{
			name: "what a vote adopts is done at the vote's time",
			text: "The Sejm on Tuesday adopted a resolution approving the appointment of Ivo Marek as governor of the central bank.",
			want: []wantEvent{
				{"VOTE", "2025-05-06", []string{"agent:organization/sejm", "participant:person/ivo-marek"}},
				{"APPOINTMENT", "2025-05-06", []string{"patient:person/ivo-marek"}},
			},
		},
		{
			name: "however the parse hangs the time",
			text: "At its sitting on Tuesday, the Sejm adopted a resolution approving the appointment of Ivo Marek as governor of the central bank.",
			want: []wantEvent{{"APPOINTMENT", "2025-05-06", []string{"patient:person/ivo-marek"}}},
		},
		{
			name: "a tally before the day: the parse's marker is the day's preposition",
			text: "The Sejm voted 120-80 on Tuesday to approve the budget.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"agent:organization/sejm"}}},
		},
		{
			name: "an election a vote paves the way for is yet to come",
			text: "The Sejm voted on Monday to dissolve itself, paving the way for a new election.",
			want: []wantEvent{{"VOTE", "2025-05-12", []string{"agent:organization/sejm"}}},
			not:  []string{"ELECTION"},
		},
		{
			name: "voters who will vote in an election on a day to come",
			text: "Poles will vote on Sunday in a snap general election.",
			not:  []string{"ELECTION"},
		},
		{
			name: "a chamber that confirms a person as an office holder appoints them",
			text: "The US Senate confirmed Lena Brask as defense secretary on Thursday by a vote of 51-47.",
			want: []wantEvent{{"APPOINTMENT", "2025-05-08", []string{"agent:organization/united-states-senate", "patient:person/lena-brask"}}},
			not:  []string{"STATEMENT"},
		},
		{
			name: "one confirmed as an office holder",
			text: "Oda Lind was confirmed as defense secretary on Thursday.",
			want: []wantEvent{{"APPOINTMENT", "2025-05-08", []string{"patient:person/oda-lind"}}},
		},
		{
			name: "one approved as an office holder",
			text: "The Sejm approved Oda Lind as prime minister on Thursday.",
			want: []wantEvent{{"APPOINTMENT", "2025-05-08", []string{"patient:person/oda-lind"}}},
		},
		{
			name: "a report confirmed is a statement, no appointment",
			text: "Ivo Marek confirmed the report on Thursday.",
			want: []wantEvent{{"STATEMENT", "2025-05-08", []string{"agent:person/ivo-marek"}}},
			not:  []string{"APPOINTMENT"},
		},
		{
			name: "a by-election is dated through the word the parser splits it into",
			text: "Ivo Marek won the by-election in Wellingborough on Thursday.",
			want: []wantEvent{{"ELECTION", "2025-05-08", []string{"agent:person/ivo-marek"}}},
		},
		{
			name: "a no-confidence motion faced is none held yet",
			text: "Prime Minister Ivo Marek faced a no-confidence motion in parliament on Tuesday.",
			not:  []string{"VOTE"},
		},
		{
			name: "a censure motion tabled is none held yet",
			text: "The opposition tabled a censure motion against Prime Minister Ivo Marek on Tuesday.",
			not:  []string{"VOTE"},
		},
		{
			name: "a motion of no confidence that failed was voted on",
			text: "The motion of no confidence against Prime Minister Ivo Marek failed on Thursday, with 210 lawmakers voting in favour.",
			want: []wantEvent{{"VOTE", "2025-05-08", []string{"participant:person/ivo-marek"}}},
		},
		{
			name: "a motion of no confidence filed is none voted on yet",
			text: "The opposition filed a motion of no confidence against Prime Minister Ivo Marek on Thursday.",
			not:  []string{"VOTE"},
		},
		{
			name: "a chamber's speaker is elected by it: an appointment, no election",
			text: "Oda Lind was elected speaker of the Sejm on Friday.",
			want: []wantEvent{{"APPOINTMENT", "2025-05-09", []string{"patient:person/oda-lind"}}},
			not:  []string{"ELECTION"},
		},
		{
			name: "who defeats a rival in an election wins it; the rival loses it",
			text: "Oda Lind defeated Ivo Marek in the presidential election on Sunday, taking 54% of the vote.",
			want: []wantEvent{{"ELECTION", "2025-05-11", []string{"agent:person/oda-lind", "participant:person/ivo-marek"}}},
		},
		{
			name: "who wins a confidence vote undergoes it, as who loses one",
			text: "Prime Minister Ivo Marek won a confidence vote in parliament on Friday.",
			want: []wantEvent{{"VOTE", "2025-05-09", []string{"participant:person/ivo-marek"}}},
		},
		{
			name: "a chamber's approval told as a noun is its vote",
			text: "The Knesset's approval of the harbour bill on Wednesday averted a crisis.",
			want: []wantEvent{{"VOTE", "2025-05-07", []string{"agent:organization/knesset"}}},
		},
		{
			name: "so is its rejection",
			text: "The Sejm's rejection of the budget on Friday was a blow to Prime Minister Ivo Marek.",
			want: []wantEvent{{"VOTE", "2025-05-09", []string{"agent:organization/sejm"}}},
		},
		{
			name: "an impeachment motion defeated removes no one",
			text: "The impeachment motion against Peruvian President Lida Varo was defeated in Congress on Friday.",
			want: []wantEvent{{"VOTE", "2025-05-09", []string{"participant:person/lida-varo"}}},
			not:  []string{"DISMISSAL"},
		},
		{
			name: "nor does an impeachment vote that failed",
			text: "The impeachment vote against Peruvian President Lida Varo failed in Congress on Friday.",
			want: []wantEvent{{"VOTE", "2025-05-09", []string{"participant:person/lida-varo"}}},
			not:  []string{"DISMISSAL"},
		},
		{
			name: "a motion to remove one, rejected: the vote's day, however the parse hangs it",
			text: "Peru's Congress rejected a motion to remove President Lida Varo on Friday.",
			want: []wantEvent{{"VOTE", "2025-05-09", []string{"agent:organization/congress-of-the-republic-of-peru"}}},
			not:  []string{"DISMISSAL"},
		},
		{
			name: "a motion to remove one, passed, removes her",
			text: "Peru's Congress passed a motion to remove President Lida Varo on Friday.",
			want: []wantEvent{{"DISMISSAL", "2025-05-09", []string{"patient:person/lida-varo"}}},
		},
		{
			name: "a confidence vote that failed to oust one: a vote on him, on the day of the attempt",
			text: "The opposition failed to oust Croatian Prime Minister Tomo Lenac in a confidence vote on Thursday.",
			want: []wantEvent{{"VOTE", "2025-05-08", []string{"participant:person/tomo-lenac"}}},
			not:  []string{"DISMISSAL"},
		},
		{
			name: "a chamber that overrides a veto votes, though the parse leaves the verb's irregular past as its lemma",
			text: "Moldova's parliament on Tuesday overrode the president's veto of the press law.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"agent:organization/parliament-of-moldova"}}},
		},
		{
			name: "a chamber that confirms a suspension votes on it, no statement",
			text: "The Dravian Senate confirmed the suspension of President Tomas Brek in a vote of 54 to 31 on Wednesday.",
			want: []wantEvent{{"VOTE", "2025-05-07", []string{"agent:organization/dravian-senate"}}},
			not:  []string{"STATEMENT"},
		},
		{
			name: "a ministry that confirms a suspension tells of it, no vote",
			text: "The Interior Ministry of Dravia on Wednesday confirmed the suspension of police chief Tomas Brek.",
			want: []wantEvent{{"STATEMENT", "2025-05-07", []string{"agent:organization/interior-ministry-of-dravia"}}},
			not:  []string{"VOTE"},
		},
		{
			name: "one who overrides objections casts no vote",
			text: "The mayor of Velka, Ana Holm, overrode objections from her advisers on Tuesday.",
			not:  []string{"VOTE"},
		},
		{
			name: "a motion carried with no voter named: the chamber the story is about",
			text: "Moldova's parliament debated the fisheries bill on Tuesday. A motion to send it back to committee was carried by 61 votes to 40 on Wednesday.",
			want: []wantEvent{{"VOTE", "2025-05-07", []string{"participant:organization/parliament-of-moldova"}}},
		},
		{
			name: "a vote to dismiss one is a vote on him, told apart from a vote on another",
			text: "Moldova's parliament voted on Wednesday to dismiss the interior minister, Pavel Oren. It also rejected a motion of no confidence in Prime Minister Tomas Varga by 52 votes to 49.",
			want: []wantEvent{
				{"VOTE", "2025-05-07", []string{"agent:organization/parliament-of-moldova", "participant:person/pavel-oren"}},
				{"VOTE", "2025-05-07", []string{"participant:person/tomas-varga"}},
			},
			count: map[string]int{"VOTE": 2},
		},
		{
			name: "legislators left unnamed who elect a speaker or vote to dismiss a minister act as the chamber the story names",
			text: "Moldova's parliament opened its new session on Thursday. Deputies elected Mira Zupan as speaker on Thursday. On Friday deputies voted to dismiss Interior Minister Pavel Oren.",
			want: []wantEvent{
				{"APPOINTMENT", "2025-05-08", []string{"agent:organization/parliament-of-moldova", "patient:person/mira-zupan"}},
				{"DISMISSAL", "2025-05-09", []string{"agent:organization/parliament-of-moldova", "patient:person/pavel-oren"}},
			},
		},
		{
			name:     "no chamber named: an appointment by legislators is not their state's",
			text:     "Moldovan deputies elected Mira Zupan as speaker on Thursday.",
			want:     []wantEvent{{"APPOINTMENT", "2025-05-08", []string{"patient:person/mira-zupan"}}},
			notParts: []string{"agent:country/moldova"},
		},
		{
			name: "a chamber that endorses a cabinet votes on it; a person who endorses a bill backs it",
			text: "Moldova's parliament endorsed the new cabinet on Thursday. Former president Ana Holm endorsed the fisheries bill on Friday.",
			want: []wantEvent{
				{"VOTE", "2025-05-08", []string{"agent:organization/parliament-of-moldova"}},
				{"SUPPORT", "2025-05-09", []string{"agent:person/ana-holm"}},
			},
		},
		{
			name: "elections of two tiers on one day are two elections",
			text: "Moldova held a parliamentary election on Sunday, in which the Unity Front won 54 seats. Municipal elections were held on the same day, and the Civic Dawn won in the capital.",
			want: []wantEvent{
				{"ELECTION", "2025-05-11", []string{"place:country/moldova", "participant:party/unity-front--md"}},
				{"ELECTION", "2025-05-11", []string{"participant:party/civic-dawn--md"}},
			},
			count: map[string]int{"ELECTION": 2},
		},
		{
			name:  "an election told again by another name of its tier is one election",
			text:  "Moldova held a parliamentary election on Sunday. Turnout in the general election was 48 percent.",
			count: map[string]int{"ELECTION": 1},
		},
		{
			name:  "a chamber that votes again holds a second vote",
			text:  "Moldova's parliament rejected the reform on Wednesday. Twelve deputies voted no. The parliament voted again and approved it.",
			want:  []wantEvent{{"VOTE", "2025-05-07", []string{"agent:organization/parliament-of-moldova"}}},
			count: map[string]int{"VOTE": 2},
		},
		{
			name:  "a vote told again without a word of repeating it is one vote",
			text:  "Moldova's parliament rejected the reform on Wednesday. Twelve deputies voted no.",
			count: map[string]int{"VOTE": 1},
		},
		{
			name: "a council approves a tax rise after a long meeting: a vote, no meeting",
			text: "Harrowby Borough Council approved a 3.5 per cent council tax increase on Tuesday after a five-hour meeting.",
			want: []wantEvent{{"VOTE", "2025-05-06", []string{"agent:organization/harrowby-borough-council"}}},
			not:  []string{"MEETING"},
		},
		{
			name: "an unnamed council approves plans: the council named before",
			text: "Harrowby Borough Council met on Monday. On Wednesday the council approved plans for a new ring road.",
			want: []wantEvent{{"VOTE", "2025-05-07", []string{"agent:organization/harrowby-borough-council"}}},
		},
		{
			name: "a committee rejects a scheme",
			text: "The Orlen Valley Planning Committee rejected the parking scheme on Thursday.",
			want: []wantEvent{{"VOTE", "2025-05-08", []string{"agent:organization/orlen-valley-planning-committee"}}},
		},
		{
			name: "an approval by no chamber is no vote",
			text: "Ivo Marek's approval rating fell on Friday after the board's approval of the merger.",
			not:  []string{"VOTE"},
		},
	})
}

// A legislature is known by its name's words, a native chamber name among
// them, with no gazetteer entry to lend it an English alias.
func TestIsLegislatureByName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Maharashtra Vidhan Sabha", true},
		{"Dáil", true},
		{"Storting", true},
		{"Sejm", true},
		{"Supreme Court", false},
		{"Ministry of Finance", false},
	} {
		if got := isLegislature(&entity{name: c.name}); got != c.want {
			t.Errorf("isLegislature(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
