package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
)

// namesAndTypes are an extraction's entity names and event types by id.
func namesAndTypes(x *polgraph.Extraction) (names, types map[string]string) {
	names, types = map[string]string{}, map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	for _, ev := range x.Events {
		types[ev.ID] = ev.Type
	}
	return names, types
}

// denialsOf lists an extraction's denials as "denier -> denied types".
func denialsOf(x *polgraph.Extraction) []string {
	names, types := namesAndTypes(x)
	var out []string
	for _, ev := range x.Events {
		if ev.Type != "DENIAL" {
			continue
		}
		var agents, denied []string
		for _, p := range ev.Participants {
			if p.Role == polgraph.RoleAgent {
				agents = append(agents, names[p.Entity])
			}
		}
		for _, id := range ev.Denies {
			denied = append(denied, types[id])
		}
		out = append(out, strings.Join(agents, "+")+" -> "+strings.Join(denied, ","))
	}
	return out
}

// A denial is told in many ways besides "denied": a claim called false in
// a quote or a reported clause, refused, or called a lie; a lead may deny
// a report it tells only after; and two speakers' denials stay two.
func TestDenialsAsNewsTellsThem(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a denial of that answers what was said just before",
			"Rolf Dunst accused Anna Keller of misleading voters. Keller denied the claim. " +
				"Dunst said the memo showed that the government planned to cut pensions. Otto Sigg rejected that, saying no cuts were planned.",
			[]string{"Anna Keller -> ACCUSATION", "Otto Sigg -> STATEMENT"}},
		{"a clause that only calls the charges false names no act the charge must tell",
			"Prosecutors charged Ivo Brask with fraud on Monday. Brask said on Tuesday that the charges were politically motivated.",
			[]string{"Ivo Brask -> LEGAL_ACTION"}},
		{"a joint denial answers what was told of each of its deniers",
			"Marta Kell accused Tomas Drell of fraud. Jonas Weil accused Ivan Venn of bribery. Drell and Venn denied the allegations.",
			[]string{"Tomas Drell+Ivan Venn -> ACCUSATION,ACCUSATION"}},
		{"a denial of the wrong an act answered on its actor's word",
			"The foreign ministry of Estonia summoned Russia's envoy on Tuesday over what it called a campaign of interference. Moscow denied any involvement.",
			[]string{"Russia -> INTERFERENCE"}},
		{"a denial of the wrong a sanction answered by a clause",
			"The European Union imposed sanctions on Russia for meddling in the election in Moldova. The Kremlin denied any meddling.",
			[]string{"Kremlin -> INTERFERENCE"}},
		{"a claim called false in a quote",
			"Tomas Brill accused the Calmoran embassy of paying his rivals on Monday. " +
				`"These claims are baseless and we reject them entirely," the embassy's spokeswoman, Ilse Varga, told reporters on Tuesday.`,
			[]string{"Ilse Varga -> ACCUSATION"}},
		{"a claim called false in a reported clause",
			"The Ostraven Herald reported on Monday that Mirko Dal had met a Calmoran agent. " +
				"Mirko Dal said the report was false.",
			[]string{"Mirko Dal -> MEETING"}},
		{"one's own innocence",
			"The Ostraven Herald reported on Monday that Mirko Dal had met a Calmoran agent. " +
				"Mirko Dal insisted he had done nothing wrong.",
			[]string{"Mirko Dal -> MEETING"}},
		{"a report denied in the passive by one it does not name denies what it reports",
			"The Ostraven Herald reported that Mirko Dal had been arrested in Moscow. The report was denied by the Kremlin.",
			[]string{"Kremlin -> ARREST"}},
		{"a denial by one's office",
			"The Ostraven Herald reported on Monday that Mirko Dal took bribes. Dal's office denied the report on Tuesday.",
			[]string{"Mirko Dal -> REPORT"}},
		{"a denial by one's spokesman",
			"The Ostraven Herald reported on Monday that Mirko Dal took bribes. A spokesman for Dal denied the report on Tuesday.",
			[]string{"Mirko Dal -> REPORT"}},
		{"a denial by one's aide, an aide to one",
			"Rivals accused Mirko Dal of taking gifts from Qatar on Monday. An aide to Dal said the accusations were baseless.",
			[]string{"Mirko Dal -> ACCUSATION"}},
		{"a denial by an aide to one named in full, the parser reading \"to\" as a marker",
			"Rivals accused Petra Lind of taking gifts from Qatar on Monday. An aide to Petra Lind said the accusations were baseless.",
			[]string{"Petra Lind -> ACCUSATION"}},
		{"a denial by an adviser to one named in full, the name read as an oblique",
			"The Ostraven Herald reported on Monday that Mirko Dal took bribes. An adviser to Mirko Dal denied the report on Tuesday.",
			[]string{"Mirko Dal -> REPORT"}},
		{"a denial by one's aide, one's own",
			"Rivals accused Mirko Dal of taking gifts from Qatar on Monday. Dal's aide said the claims were baseless.",
			[]string{"Mirko Dal -> ACCUSATION"}},
		{"one's client's innocence said by a lawyer named in apposition, who denies",
			"The Ostraven Herald reported on Monday that Mirko Dal had met a Calmoran agent. Dal's lawyer, Ana Brook, said his client had done nothing wrong.",
			[]string{"Ana Brook -> MEETING"}},
		{"a lawyer's word that one's client is innocent answers a charge",
			"Prosecutors charged Mirko Dal with bribery on Tuesday. His lawyer said his client was innocent.",
			[]string{"Mirko Dal -> LEGAL_ACTION"}},
		{"one's innocence said by a lawyer answers an arrest, naming no act",
			"Police arrested Mirko Dal in Vienna on Friday. His lawyer said he had done nothing wrong.",
			[]string{"Mirko Dal -> ARREST"}},
		{"a state's attempt to sway voters called absurd by its voice",
			"France said on Tuesday that Russia had tried to sway voters in the election. The Kremlin called the claims absurd.",
			[]string{"Kremlin -> INTERFERENCE"}},
		{"claims called a lie, the lie read as the claims' own object",
			"Marta Quell accused Ivo Dorn of taking bribes from a builder on Monday. Dorn called the claims a lie, and said he would sue her.",
			[]string{"Ivo Dorn -> ACCUSATION"}},
		{"a story labelled a smear campaign, the word of falsity the label's compound",
			"The Velden Courier reported on Monday that Ivo Dorn had accepted payments from a shipping firm. Dorn labelled the story a smear campaign.",
			[]string{"Ivo Dorn -> REPORT"}},
		{"a complaint called groundless answers the complaint filed",
			"The Union of Tarvo filed a complaint against Mayor Oskar Brenda on Monday. Brenda called the complaint groundless.",
			[]string{"Oskar Brenda -> LEGAL_ACTION"}},
		{"a complaint dismissed by a court is its ruling, no denial",
			"The Union of Tarvo filed a complaint against Mayor Oskar Brenda on Monday. The Supreme Court of Tarvo dismissed the complaint on Friday.",
			nil},
		{"a vote labelled a smear campaign is no claim called false",
			"Ivo Dorn labelled the vote a smear campaign.",
			nil},
		{"no truth to the allegations",
			"The Ostraven Herald reported on Monday that Mirko Dal had met a Calmoran agent. Dal said there was no truth to the allegations.",
			[]string{"Mirko Dal -> MEETING"}},
		{"a report called a quoted fabrication, the participle read as modifying it",
			"The Velden Courier reported on Monday that Ivo Dorn had accepted payments from a shipping firm. Dorn called the report \"fabricated\".",
			[]string{"Ivo Dorn -> REPORT"}},
		{"a story called quoted nonsense, the story read as the word's compound",
			"The Velden Courier reported on Monday that Ivo Dorn had accepted payments from a shipping firm. Dorn's office called the story \"nonsense\".",
			[]string{"Ivo Dorn -> REPORT"}},
		{"no quoted truth in the report, the report read as the place of the copula",
			"The Velden Courier reported on Monday that Ivo Dorn had accepted payments from a shipping firm. A spokesman for Dorn said there was \"no truth\" in the report.",
			[]string{"Ivo Dorn -> REPORT"}},
		{"an interview's answer calls false what its question put to the interviewee, the one the article names first",
			"Ivo Dorn, Velmark's finance minister, spoke to us in Kessel on Monday.\n\nQ: The Velden Courier reported that you took money from a shipping firm. Did you?\n\nA: No. That is simply false.\n\nQ: Will you resign?\n\nA: I will not resign.",
			[]string{"Ivo Dorn -> REPORT"}},
		{"an interviewer's \"you\" is the one whose name labels the answers",
			"Ivo Dorn, Velmark's finance minister, spoke to us in Kessel on Monday.\n\nInterviewer: Mira Holt has accused you of lying to parliament.\n\nDorn: I deny that completely.\n\nInterviewer: Will you resign?\n\nDorn: No.",
			[]string{"Ivo Dorn -> ACCUSATION"}},
		{"an answer's \"we reject\", in the present, denies the criticism its question puts",
			"Olaf Brenn, the deputy prime minister, is our guest this week. On Friday, opposition leader Marta Quell criticised his housing plan.\n\nQ: Marta Quell called your plan a giveaway. How do you respond?\n\nA: We reject her criticism.\n\nQ: Will you resign?\n\nA: No.",
			[]string{"Olaf Brenn -> CRITICISM"}},
		{"a quoted \"I deny that\" is the speaker's denial, told by the verb that names him",
			"Marta Quell accused Olaf Brenn of lying to parliament on Monday. \"I deny that,\" Olaf Brenn said.",
			[]string{"Olaf Brenn -> ACCUSATION"}},
		{"a quoted \"I deny\" told by a phrase of speech, \"told reporters\", is the speaker's denial",
			"Prosecutors accused Vesna Korlat of taking bribes from a builder. \"I deny these claims,\" Korlat told reporters.",
			[]string{"Vesna Korlat -> ACCUSATION"}},
		{"a quoted \"we reject\" said in a statement is the speaker's denial",
			"Prosecutors accused Vesna Korlat of taking bribes from a builder. \"We reject these allegations,\" Korlat said in a statement on Tuesday.",
			[]string{"Vesna Korlat -> ACCUSATION"}},
		{"a report said to be without foundation by one's office",
			"The Kessel Herald alleged that Defence Minister Anka Rovel had approved a contract for her brother's firm. Rovel's office said the report was \"without foundation\".",
			[]string{"Anka Rovel -> ACCUSATION"}},
		{"claims said to be without any merit by one's lawyer",
			"Prosecutors accused Anka Rovel of taking bribes on Monday. Her lawyer said the claims were without any merit.",
			[]string{"Anka Rovel -> ACCUSATION"}},
		{"a plan without merit is no claim called false",
			"Anka Rovel said the budget was without merit.",
			nil},
		{"a body's quoted \"we deny these claims\" answers the claims told before, though they are not against the body",
			"Prosecutors accused Vesna Korlat, the transport minister, of taking bribes from a builder. \"We deny these claims,\" the Ministry of Transport said.",
			[]string{"Ministry of Transport -> ACCUSATION"}},
		{"an interview's turns labelled in brackets, \"(Q)\" and \"(A)\": the answer's \"I\" denies what was put to the one interviewed",
			"Interior Minister Dara Velko spoke to the Kessel Herald on Monday.\n\n(Q) Opposition leader Ivo Marsh accused you of lying to parliament. Is that true?\n\n(A) I deny that completely.\n\n(Q) Will you resign?\n\n(A) No.",
			[]string{"Dara Velko -> ACCUSATION"}},
		{"an interview's turns set off by dashes alone, the questions asking, the others answering",
			"Interior Minister Dara Velko spoke to the Kessel Herald on Monday.\n\n— Opposition leader Ivo Marsh accused you of lying to parliament. Is that true?\n\n— I deny that completely.\n\n— Will you resign?\n\n— No.",
			[]string{"Dara Velko -> ACCUSATION"}},
		{"a quoted \"I reject that\" answers the criticism just before",
			"Opposition leader Marta Quell criticised Olaf Brenn's housing plan on Monday. Asked about her remarks, Brenn said: \"I reject that completely.\"",
			[]string{"Olaf Brenn -> CRITICISM"}},
		{"an answer's \"that\" reaches back over the whole question put to it",
			"Olaf Brenn, the deputy prime minister, is our guest this week.\n\nQ: Marta Quell says your plan is a giveaway. What do you say to that?\n\nA: I reject that completely.\n\nQ: Will you resign?\n\nA: No.",
			[]string{"Olaf Brenn -> STATEMENT"}},
		{"a name and a colon opening a lone paragraph is no interview's turn: what follows is no one's word",
			"The Velden Courier reported on Monday that Ivo Dorn took money from a shipping firm.\n\nDorn: That is simply false.",
			nil},
		{"not a word of truth in it, the negation on the copula and the truth a measure's",
			"The Velden Courier reported on Monday that Ivo Dorn had accepted payments from a shipping firm. \"There is not a word of truth in it,\" Dorn told reporters.",
			[]string{"Ivo Dorn -> REPORT"}},
		{"a story called a pack of lies, the predicate a measure of the word of falsity",
			"The Velden Courier reported on Monday that Ivo Dorn had accepted payments from a shipping firm. Dorn said the story was \"a pack of lies\".",
			[]string{"Ivo Dorn -> REPORT"}},
		{"not a word of truth in what is no claim, or a pack of what is not false, denies nothing",
			"Ivo Dorn said there was not a word of truth in the budget speech. Lena Holt said the plan was a pack of cards.",
			nil},
		{"claims a denial names as one maker's are not another's claim told nearer",
			"The Velden Courier reported on Monday that Ivo Dorn had met a Norland agent in Kessel. On Tuesday, Lena Holt accused Dorn of lying to parliament. Dorn said the Courier's claims were baseless.",
			[]string{"Ivo Dorn -> MEETING"}},
		{"a state's voice calling the other state's claims false does not deny its own state's accusation",
			"The Velmark government on Thursday accused Norland of sheltering the suspects in a bombing. Norland's foreign ministry hit back, saying Velmark had armed the rebels. " +
				"Velmark's government spokeswoman, Ada Rusk, said on Friday that Norland's claims were \"pure fantasy\".",
			[]string{"Ada Rusk -> "}},
		{"no basis for the charges",
			"Prosecutors accused Petra Lind of taking bribes on Monday. Lind said there was no basis for the charges.",
			[]string{"Petra Lind -> ACCUSATION"}},
		{"no basis for what is no claim denies nothing",
			"Petra Lind said there was no basis for the decision. Tomas Brill said there was some truth to the allegations.",
			nil},
		{"wrongdoing denied in the perfect is a noun, which names no act a charge must tell",
			"Prosecutors charged Petra Lind with taking bribes. Lind has denied wrongdoing.",
			[]string{"Petra Lind -> LEGAL_ACTION"}},
		{"a denier's own accusation told after the denial is its retort, not what it denies",
			"Russia's foreign ministry rejected the accusations on Thursday. The ministry accused Petra Lind of lying.",
			[]string{"Russia -> "}},
		{"one's office says one never did what was reported",
			"The Ostraven Herald reported on Monday that MP Mirko Dal had met a Calmoran agent. The MP's office said he had never met the agent.",
			[]string{"Mirko Dal -> MEETING"}},
		{"a lawyer says one's client never did what was reported",
			"The Ostraven Herald reported on Monday that Petra Lind had met a Calmoran agent. Her lawyer said her client had never met the man.",
			[]string{"Petra Lind -> MEETING"}},
		{"a lawyer's negation of what nobody alleged denies nothing",
			"Police arrested Petra Lind in Vienna on Monday. Her lawyer said her client had never met the officers.",
			nil},
		{"a denial through a spokesperson, the phrase opening the sentence",
			"The Ostraven Herald reported on Monday that Mirko Dal took bribes. Through a spokesperson, Dal denied the report.",
			[]string{"Mirko Dal -> REPORT"}},
		{"a denial of wrongdoing through one's lawyer, the phrase opening the sentence",
			"Prosecutors charged Mirko Dal with fraud on Tuesday. Through his lawyer, Dal denied any wrongdoing.",
			[]string{"Mirko Dal -> LEGAL_ACTION"}},
		{"a spokesperson named in apposition denies",
			"The Ostraven Herald reported on Monday that Calmora had paid candidates. A spokesperson, Ilse Varga, denied the report.",
			[]string{"Ilse Varga -> REPORT"}},
		{"a report branded a lie, the lie read as the report's adverbial noun",
			"The Ostraven Herald reported on Monday that Mirko Dal had met a Calmoran agent. Dal branded the report a lie.",
			[]string{"Mirko Dal -> MEETING"}},
		{"a lawyer says his client denied the charges: the client's denial, the client named as the lawyer's",
			"Prosecutors charged Erik Lunde with fraud on Monday. Lunde's lawyer, Tobias Fenn, said his client denied the charges.",
			[]string{"Erik Lunde -> LEGAL_ACTION"}},
		{"a party named in apposition to one's party denies for one, answering what was reported of one",
			"The Velby Tribune reported on Sunday that Karl Osterberg had accepted free holidays from a builder. The Velby Tribune reported that Lena Holmgren had met Russian agents. Holmgren's party, the Civic Forum, said the report was false.",
			[]string{"Civic Forum -> MEETING"}},
		{"a party named in apposition to one's party denies for one in the passive, answering what was told of one, not the nearest claim",
			"Prosecutors accused councillor Ines Rothe of falsifying expense claims. Ukraine accused Russia of shelling a hospital in Kharkiv. " +
				"The Kremlin rejected the claim. The allegations were denied by Rothe's party, the Civic Forum, on Wednesday.",
			[]string{"Kremlin -> ATTACK", "Civic Forum -> ACCUSATION"}},
		{"a denial by the party named before",
			"Moldova's electoral commission accused the Ostraven Unity Party of illegal financing. The party said the accusations were politically motivated.",
			[]string{"Ostraven Unity Party -> ACCUSATION"}},
		{"a denial by the party named before, by a verb of denying",
			"Moldova's electoral commission accused the Ostraven Unity Party of illegal financing. The party rejected the accusations.",
			[]string{"Ostraven Unity Party -> ACCUSATION"}},
		{"a denial by the embassy named before",
			"Lithuania accused the Russian embassy in Vilnius of spreading propaganda on Monday. The embassy rejected the accusations.",
			[]string{"Russian embassy -> ACCUSATION"}},
		{"a denial by the embassy named before, calling the claims false",
			"Lithuania accused Russia of planning sabotage on Monday. The Russian embassy in Vilnius did not comment. " +
				"On Tuesday the embassy said the allegations were baseless.",
			[]string{"Russian embassy -> ACCUSATION"}},
		{"a negated truth",
			"Jonas Weller accused Petra Holm of hiding the findings. " +
				`"That is simply not true," Petra Holm said.`,
			[]string{"Petra Holm -> ACCUSATION"}},
		{"a report called a fabrication",
			"The Ostraven Herald reported on Monday that Calmora had paid candidates. " +
				"Ilse Varga called the report a fabrication.",
			[]string{"Ilse Varga -> REPORT"}},
		{"a report called a smear, parsed with the smear as a time",
			"The Ostraven Herald reported on Monday that Ilse Varga had met a Calmoran agent. " +
				"Varga called the report a smear.",
			[]string{"Ilse Varga -> MEETING"}},
		{"a report called baseless, parsed as one noun phrase",
			"The Ostraven Herald reported on Monday that Ilse Varga had met a Calmoran agent. " +
				"Varga called the report baseless.",
			[]string{"Ilse Varga -> MEETING"}},
		{"claims called baseless, the word of falsity on the claims",
			"The Ostraven Herald reported on Monday that Ilse Varga had met a Calmoran agent. " +
				"Varga called the claims baseless.",
			[]string{"Ilse Varga -> MEETING"}},
		{"a report called fake news, the word of falsity on the noun that says what it is",
			"The Ostraven Herald reported on Monday that Ilse Varga had met a Calmoran agent. " +
				"Varga called the report fake news.",
			[]string{"Ilse Varga -> MEETING"}},
		{"allegations called a witch hunt",
			"The Ostraven Herald reported on Monday that Ilse Varga had met Russian officials. " +
				"Varga called the allegations a witch hunt.",
			[]string{"Ilse Varga -> MEETING"}},
		{"a report called propaganda",
			"The Ostraven Herald reported on Monday that Ilse Varga had met Russian officials. " +
				"Varga called the report propaganda.",
			[]string{"Ilse Varga -> MEETING"}},
		{"a report called real news denies nothing",
			"The Ostraven Herald reported on Monday that Ilse Varga had met a Calmoran agent. " +
				"Mirko Dal called the report real news.",
			nil},
		{"a claim that those accused deny is no denial by its accuser",
			"Mirko Dal has accused Calmoran embassies of funding the protests, a claim they deny.",
			nil},
		{"claims called serious deny nothing",
			"The Ostraven Herald reported on Monday that Ilse Varga had met a Calmoran agent. " +
				"Mirko Dal called the claims serious.",
			nil},
		{"a claim in apposition to what a speaker said, dismissed in a clause on it",
			"Ilse Varga said on Monday that Mirko Dal had met a Calmoran agent in Vellin, a claim Dal dismissed.",
			[]string{"Mirko Dal -> MEETING"}},
		{"a claim dismissed in apposition, its speaker taking part in what was said",
			"Israel said its forces had killed a Hamas commander in Gaza, a claim Hamas dismissed.",
			[]string{"Hamas -> ATTACK"}},
		{"a denial that goes on to accuse denies the claim before it, not its own accusation",
			"The Ostraven Herald reported on Monday that Calmora had paid candidates. " +
				"Mirko Dal, a Calmoran spokesman, said the report was unfounded and accused Varnessa of lying.",
			[]string{"Mirko Dal -> REPORT"}},
		{"a claim dismissed in a relative clause with no \"that\"",
			"Ilse Varga accused Russia on Monday of plotting a coup, an allegation the Kremlin quickly dismissed as unfounded.",
			[]string{"Kremlin -> ACCUSATION"}},
		{"a claim called false in quotes, the copula's subject read as the verb's object",
			"Ilse Varga accused Russia on Monday of plotting a coup. " +
				`Kremlin spokesman Ivan Sokolov said the claims were "absolutely unfounded and unsubstantiated" and accused Varnessa of lying.`,
			[]string{"Ivan Sokolov -> ACCUSATION"}},
		{"criticism rejected",
			"Ilse Varga accused the government of copying foreign laws. Interior Minister Mirko Dal rejected the criticism.",
			[]string{"Mirko Dal -> ACCUSATION"}},
		{"criticism rejected after a condemnation",
			"Varnessa condemned the verdict against Mirko Dal. Ilse Varga urged Calmora to free him. Calmora rejected the criticism.",
			[]string{"Calmora -> CRITICISM"}},
		{"the government of the country the story is about",
			"Chile's opposition Harvest Front accused the ruling Civic Union of buying votes on Monday. The government rejected the charge.",
			[]string{"Chile -> ACCUSATION"}},
		{"a charge the government rejected, in a relative clause",
			"Chile's opposition Harvest Front accused the ruling Civic Union of buying votes on Monday, a charge the government rejected.",
			[]string{"Chile -> ACCUSATION"}},
		{"the foreign ministry of the country the story is about",
			"Chile's opposition Harvest Front accused the ruling Civic Union of buying votes on Monday. The foreign ministry rejected the charge.",
			[]string{"Chile -> ACCUSATION"}},
		{"a lead denies a report told after it",
			"The government of Calmora has denied a newspaper report about its embassy. " +
				"The Ostraven Herald reported on Wednesday that Calmoran diplomats had sent letters to candidates in Ostraven.",
			[]string{"Calmora -> REPORT"}},
		{"a lead's denial by a state's voice, the accusation told after it naming the state",
			"The Kremlin dismissed the accusations as hysteria on Tuesday. " +
				"Britain accused Russia of plotting to disrupt the vote in Moldova.",
			[]string{"Kremlin -> ACCUSATION"}},
		{"two speakers' denials in neighbouring sentences",
			"Mirko Dal was questioned by police on Tuesday. His lawyer said he denied any wrongdoing. " +
				"Russia denied that its diplomats had been involved in spying.",
			[]string{"Mirko Dal -> ", "Russia -> "}},
		{"an accusation's quoted act is what rejecting the accusation denies",
			"Ilse Varga summoned Calmora's ambassador on Monday and accused Calmora of " +
				`"interfering in the internal affairs of a sovereign state, for the third time this year". ` +
				"Calmora's foreign minister, Mirko Dal, later rejected the accusation.",
			[]string{"Mirko Dal -> INTERFERENCE"}},
		{"denying the act an accusation names denies the accusation",
			"Tomas Brill accused the finance minister of misleading parliament on Monday. " +
				"Petra Holm, the finance minister, answered him on Tuesday. Holm denied misleading parliament.",
			[]string{"Petra Holm -> ACCUSATION"}},
		{"denying what an accusation says was launched denies the launch's act, not an attack told beside it",
			"Ilse Varga said her troops had shelled two Calmoran border posts and accused Calmora of launching drone strikes across the border on Wednesday. " +
				"Calmoran officials denied that any drones had been launched.",
			[]string{"Calmora -> ATTACK"}},
		{"an accusation of doing something to an event is denied as the accusation",
			"Tomas Brill accused Petra Holm of rigging the vote on Monday. " +
				"Holm said in a statement that the accusation was false.",
			[]string{"Petra Holm -> ACCUSATION"}},
		{"a charge denied by the one charged",
			"Prosecutors charged Mirko Dal with bribery on Monday. Dal denies the charges.",
			[]string{"Mirko Dal -> LEGAL_ACTION"}},
		{"a charge of another act is not what a denial of its own act denies: the act its clause tells is",
			"Mirko Dal, who has been charged with incitement, denied receiving money from Moscow.",
			[]string{"Mirko Dal -> INTERFERENCE"}},
		{"a denial of its own act denies the act an accusation accuses of, not the charge beside it",
			"Tomas Brill accused Mirko Dal of taking Russian money on Monday. " +
				"Dal, who has been charged with incitement, denied receiving money from Moscow.",
			[]string{"Mirko Dal -> INTERFERENCE"}},
		{"a charge of another act is not what a denial of an act that is no event denies",
			"Mirko Dal, who has been charged with incitement, denied writing the leaflets.",
			[]string{"Mirko Dal -> "}},
		{"charges denied deny the act they allege, told before the charge, not the charge",
			"Prosecutors say Mirko Dal met a Velmark agent in Tarsk in 2023. Dal was charged with espionage on Monday. Dal denies the charges.",
			[]string{"Mirko Dal -> MEETING"}},
		{"a charge of the act denied",
			"Prosecutors charged Mirko Dal on Monday with taking bribes. Dal denied taking bribes.",
			[]string{"Mirko Dal -> LEGAL_ACTION"}},
		{"a report that a state's diplomats paid candidates, denied by the state, denies the payment",
			"The government of Calmora has denied a newspaper report about its embassy. " +
				"The Ostraven Herald reported on Wednesday that Calmoran diplomats had paid candidates in Ostraven.",
			[]string{"Calmora -> INTERFERENCE"}},
		{"allegations denied by the one a state's intelligence targeted, on officials' word",
			"Mirko Dal was targeted by Russian intelligence ahead of the election, officials said. Dal denied the allegations.",
			[]string{"Mirko Dal -> INTERFERENCE"}},
		{"allegations rejected by the mission of the state whose agents bribed",
			"Russian diplomats bribed two lawmakers in Chisinau, prosecutors said. The Russian embassy rejected the allegations as baseless.",
			[]string{"Russian embassy -> INTERFERENCE"}},
		{"charges denied by one recruited by a state's intelligence",
			"Kaspar Veit was recruited by Chinese intelligence in 2019, prosecutors said. Veit denied the charges.",
			[]string{"Kaspar Veit -> INTERFERENCE"}},
		{"allegations a state's voice dismisses are what another said the state did",
			"Germany said Russia had run a disinformation campaign ahead of the vote. The Kremlin dismissed the allegations.",
			[]string{"Kremlin -> INTERFERENCE"}},
		{"claims denied by one said to have taken money from a state",
			"Prosecutors said Jonas Weller had received money from Russia. Weller denied the claims.",
			[]string{"Jonas Weller -> INTERFERENCE"}},
		{"a denial that names its own act links no other act told on another's word",
			"A police spokesman, Tomas Brill, said Mirko Dal had been detained for inciting violence. " +
				"Brill denied that officers had beaten Dal's bodyguards.",
			[]string{"Tomas Brill -> "}},
		{"wrongdoing denied after a conviction denies no verdict",
			"A court in Vellin convicted Mirko Dal of taking bribes on Monday. Dal denied any wrongdoing throughout the trial.",
			[]string{"Mirko Dal -> "}},
		{"wrongdoing denied after a sentence denies no verdict",
			"A court in Berlin sentenced Petra Holm to six years in prison on Monday. Holm denies wrongdoing.",
			[]string{"Petra Holm -> "}},
		{"wrongdoing denied after a sentence her lawyer tells denies no verdict",
			"A court in Berlin sentenced Petra Holm to six years in prison on Monday, her lawyer said. Holm, who denies wrongdoing, will appeal.",
			[]string{"Petra Holm -> "}},
		{"wrongdoing denied after a verdict denies the charge before it",
			"Prosecutors charged Mirko Dal with bribery in 2021. A court in Vellin found him guilty on Monday. Dal denied any wrongdoing.",
			[]string{"Mirko Dal -> LEGAL_ACTION"}},
		{"wrongdoing denied after an arrest",
			"Police arrested Petra Holm in Vellin on Friday. Holm has denied any wrongdoing.",
			[]string{"Petra Holm -> ARREST"}},
		{"charges denied after an arrest told last answer the charges told further back",
			"A grand jury on Tuesday indicted Dale Morvik, the former mayor of Brenfield, on 14 counts of fraud. " +
				"The indictment accuses Morvik of taking bribes from a paving company. " +
				"The company's owner, Marc Tellan, was charged with bribery. His lawyer said he would plead not guilty. " +
				"Morvik served two terms as mayor. He was arrested at his home on Monday and released on bond. " +
				"Morvik's attorney, Paul Dimarco, denied the charges.",
			[]string{"Paul Dimarco -> ACCUSATION"}},
		{"charges denied after an arrest answer the charge before it",
			"Prosecutors charged Ivo Dalrek with fraud on Monday. Police arrested Dalrek at his home in Vellin on Tuesday. Dalrek denied the charges.",
			[]string{"Ivo Dalrek -> LEGAL_ACTION"}},
		{"a meeting said never to have happened",
			"The Ostraven Herald reported on Monday that Mirko Dal had met a Calmoran agent in Berlin. " +
				"Dal said the meeting never happened.",
			[]string{"Mirko Dal -> MEETING"}},
		{"no such meeting took place",
			"Tomas Brill accused Petra Holm of meeting Russian officials in Moscow in March. " +
				"Holm said no such meeting took place.",
			[]string{"Petra Holm -> MEETING"}},
		{"no such event, said by one who took no part in the claimed one",
			"A post on Facebook claims that MP Ivo Brenak was arrested in Vellin on March 3. " +
				"The Interior Ministry said no such arrest took place.",
			[]string{"Interior Ministry -> ARREST"}},
		{"an event that happened, said by one who took no part, denies nothing",
			"A post on Facebook claims that MP Ivo Brenak was arrested in Vellin on March 3. " +
				"The Interior Ministry said the arrest took place.",
			nil},
		{"one's own act negated",
			"The Ostraven Herald reported on Monday that Mirko Dal had met the Iranian ambassador in Paris. " +
				"Dal insisted he had never met the ambassador.",
			[]string{"Mirko Dal -> MEETING"}},
		{"a negated act nobody alleged denies nothing",
			"Mirko Dal said he had never met the Iranian ambassador in Paris.",
			nil},
		{"two named together deny as they",
			"The Ostraven Herald reported on Monday that Mirko Dal and Tomas Brill had met a Calmoran agent in Berlin. They denied the report.",
			[]string{"Mirko Dal+Tomas Brill -> MEETING"}},
		{"two named together deny as both",
			"Prosecutors accused Mirko Dal and Tomas Brill of taking bribes. Both denied the charges.",
			[]string{"Mirko Dal+Tomas Brill -> ACCUSATION"}},
		{"two named together deny as both men",
			"Prosecutors accused Mirko Dal and Tomas Brill of taking bribes. Both men denied the charges.",
			[]string{"Mirko Dal+Tomas Brill -> ACCUSATION"}},
		{"allegations called politically motivated",
			"Tomas Brill accused Petra Holm of lying to parliament. Holm called the allegations politically motivated.",
			[]string{"Petra Holm -> ACCUSATION"}},
		{"claims said to be unsubstantiated",
			"Tomas Brill accused Petra Holm of lying to parliament. Holm said the claims were unsubstantiated.",
			[]string{"Petra Holm -> ACCUSATION"}},
		{"a denial said more by a negation is one denial",
			"The Ostraven Herald reported on Monday that Mirko Dal had met a Calmoran agent in Berlin. " +
				"Dal has denied the allegations, saying he had never met the agent.",
			[]string{"Mirko Dal -> MEETING"}},
		{"the reports a ministry denies are what a crowd said",
			"Protesters said police fired tear gas at them in Tbilisi on Saturday. Georgia's interior ministry denied the reports on Sunday.",
			[]string{"Georgia -> ATTACK"}},
		{"the reports a ministry denies are no act that nobody told",
			"Police fired tear gas at protesters in Tbilisi on Saturday. Georgia's interior ministry denied the reports on Sunday.",
			[]string{"Georgia -> "}},
		{"a lawyer named in apposition to one's lawyer denies the charge against one",
			"Prosecutors charged Jana Novotna with taking bribes on Friday. Her lawyer, Petr Hajek, denied the charges.",
			[]string{"Petr Hajek -> LEGAL_ACTION"}},
		{"a lawyer named before \"a lawyer for\" one calls the charges against one baseless",
			"Prosecutors charged Jana Novotna with taking bribes on Friday. Petr Hajek, a lawyer for Novotna, said the charges were baseless.",
			[]string{"Petr Hajek -> LEGAL_ACTION"}},
		{"a lawyer named in apposition says one's client is innocent after an arrest",
			"Czech police detained Jana Novotna on Friday. Novotna's lawyer, Petr Hajek, said his client was innocent.",
			[]string{"Petr Hajek -> ARREST"}},
		{"a claim called \"ridiculous\", read as the object's complement",
			"Prime Minister Peter Hudak accused Michal Sestak of planning a coup. Opposition leader Michal Sestak called the claim \"ridiculous\" and said Hudak was trying to distract voters.",
			[]string{"Michal Sestak -> ACCUSATION"}},
		{"a claim called \"ridiculous\", read as the object's conjunct",
			"Prime Minister Peter Hudak accused Michal Sestak of planning a coup. Opposition leader Michal Sestak called the claim \"ridiculous\".",
			[]string{"Michal Sestak -> ACCUSATION"}},
		{"allegations said to be \"lies\", the predicate read as the claim's conjunct",
			"Ivan Petkov has been accused of taking money from Moscow. Petkov said the allegations were \"lies spread by my enemies\".",
			[]string{"Ivan Petkov -> INTERFERENCE"}},
		{"a relative clause's present verb read as a plural noun",
			"Lithuania accused Russia of plotting sabotage, an accusation the Kremlin rejects.",
			[]string{"Kremlin -> ACCUSATION"}},
		{"a relative clause's present \"denies\" after the government",
			"Turkish opposition leader Emre Kaplan accused the government of rigging the vote in Izmir, a charge the government denies.",
			[]string{"Turkey -> ACCUSATION"}},
		{"the allegations denied are each act a report alleged in its sentence",
			"The Ostraven Herald reported that Mirko Dal had met Russian officials in Vienna and had received money from Moscow. Dal denied the allegations.",
			[]string{"Mirko Dal -> MEETING,INTERFERENCE"}},
		{"the report denied is the nearest act it alleged",
			"The Ostraven Herald reported that Mirko Dal had met Russian officials in Vienna and had received money from Moscow. Dal denied the report.",
			[]string{"Mirko Dal -> MEETING"}},
		{"a lead's denial of the allegations denies what the next paragraph alleges too",
			"Ian Wardle attended dinners with Chinese diplomats in 2022, the Harbour Lantern reported on Wednesday, citing two security sources. " +
				"Wardle denied the allegations. According to the newspaper, Wardle was cultivated by Chinese intelligence.",
			[]string{"Ian Wardle -> MEETING,INTERFERENCE"}},
		{"what one denial denied is still alleged for the next denial by one's lawyer",
			"Ian Wardle attended dinners with Chinese diplomats in 2022, the Harbour Lantern reported on Wednesday. Wardle denied the allegations. " +
				"According to the newspaper, Wardle was being cultivated by a network run out of the Chinese consulate. " +
				"His lawyer, Ross Keel, said his client had attended ordinary events and that the claims were false.",
			[]string{"Ian Wardle -> MEETING,INTERFERENCE", "Ross Keel -> INTERFERENCE"}},
		{"one's campaign denies for one",
			"The Daily Sentinel reported on Monday that Paul Greer had met Russian officials in Vienna. Greer's campaign dismissed the report as a \"hit job\".",
			[]string{"Paul Greer -> MEETING"}},
		{"one's party denies for one, dismissing the report as a smear",
			"A report in Le Monde said Marc Dorval had received money from Moscow. Dorval's party dismissed the report as a smear.",
			[]string{"Marc Dorval -> INTERFERENCE"}},
		{"findings dismissed deny the act a body found",
			"A parliamentary inquiry found that Chinese agents had targeted Ivo Dorn. China's foreign ministry dismissed the findings.",
			[]string{"China -> INTERFERENCE"}},
		{"a party with no one's name on it denies for no state its adjective names",
			"Le Monde reported that Marc Dorval had met Russian officials. A French party denied the report.",
			nil},
		{"a state's embassy answers for what the state's intelligence is said to have done",
			"British officials said Russian military intelligence had carried out the arson attack on a warehouse in London. " +
				"The Russian embassy said the accusations were \"absurd\".",
			[]string{"Russian embassy -> ATTACK"}},
		{"a state that had nothing to do with an attack denies it",
			"Ukraine accused Russia of shelling a hospital in Kharkiv on Monday. The Kremlin said Russia had nothing to do with the attack.",
			[]string{"Kremlin -> ATTACK"}},
		{"nothing to do with what is no event denies nothing",
			"Jana Novotna said she had nothing to do with the new budget.",
			nil},
		{"claims said to be fabricated, the passive read as a relative clause on them, deny the hacking they allege",
			"Britain accused China on Monday of hacking the electoral commission. " +
				"A spokesperson for the Chinese embassy in London said the claims were \"completely fabricated\".",
			[]string{"Chinese embassy -> INTERFERENCE"}},
		{"a relative clause's present verb read as a plural noun after a name",
			"The European Union accused Hungary of breaching the rule of law, a charge Budapest rejects.",
			[]string{"Hungary -> ACCUSATION"}},
		{"accusations called hysteria",
			"German prosecutors said a Russian intelligence officer had recruited lawmaker Kai Brandt in 2022. " +
				"The Russian embassy in Berlin called the accusations \"Russophobic hysteria\".",
			[]string{"Russian embassy -> INTERFERENCE"}},
		{"the reports denied are each act alleged of the denier in the sentences before",
			"The Ostraven Herald reported that Mirko Dal had met Russian officials in Vienna. " +
				"In a separate report, the paper said Dal had received money from Moscow. Dal denied the reports.",
			[]string{"Mirko Dal -> INTERFERENCE,MEETING"}},
		{"wrongdoing denied a paragraph after what was alleged",
			"The Ostraven Herald reported on Monday that Mirko Dal had met Russian intelligence officers in Vienna in March. " +
				"The meeting took place at a hotel near the station. Dal, 54, has been a member of parliament since 2015. " +
				"He chairs the defence committee. His party won 12 seats in the last election. The opposition called for an inquiry. " +
				"Dal has denied any wrongdoing.",
			[]string{"Mirko Dal -> MEETING"}},
		{"a state's unnamed official denies for the state",
			"The Ostraven Herald reported that Saudi officials had met Israeli envoys in Riyadh. A Saudi official denied the report.",
			[]string{"Saudi Arabia -> MEETING"}},
		{"a state's unnamed official calls the report baseless for the state",
			"The Ostraven Herald reported that Saudi officials had met Israeli envoys in Riyadh. A Saudi official said the report was baseless.",
			[]string{"Saudi Arabia -> MEETING"}},
		{"a lawyer says one's client, by name, never did what was reported",
			"The Ostraven Herald reported that Kai Brandt had met Russian officials in Vienna. Brandt's lawyer said Brandt had never met any Russian official.",
			[]string{"Kai Brandt -> MEETING"}},
		{"an embassy says its state, by its capital's name, never did what it is accused of",
			"British officials accused Iran of plotting to interfere in the election. Iran's embassy in London said Tehran had never interfered in British politics.",
			[]string{"Iran's embassy -> ACCUSATION"}},
		{"a claim dismissed with its predicate before it, the claim's clause after",
			"Ilse Varga dismissed as groundless the accusation that Tomas Brill had funded the protests in Vellin.",
			[]string{"Ilse Varga -> ACCUSATION"}},
		{"a quotation its speaker goes on with to call the claim false, after the speaker",
			"The Ostraven Herald reported that Ana Holm had met Russian agents in Vienna. " +
				"\"I have never met any Russian agent,\" Holm told reporters. \"The report is a lie.\"",
			[]string{"Ana Holm -> MEETING"}},
		{"a quotation its speaker goes on with, calling nothing false",
			"The Ostraven Herald reported that Ana Holm had met Russian agents in Vienna. " +
				"\"We will keep working,\" Holm told reporters. \"The budget is ready.\"",
			nil},
		{"a party's dismissal answers another party's senator who said in a reported clause what it did, not an older accusation of a third party",
			"The Renewal Party accused the Democratic Front of rigging the election. Sen. Ana Vell of the Unity Party said the Civic Front had bought votes. The Civic Front dismissed the allegations.",
			[]string{"Civic Front -> STATEMENT"}},
		{"a party's dismissal answers a quote about it, its speaker named after it",
			"\"The Civic Front bought votes in the north,\" Ana Vell of the Unity Party told reporters on Monday. The Renewal Party accused the Democratic Front of rigging the election. The Civic Front dismissed the allegations.",
			[]string{"Civic Front -> STATEMENT"}},
		{"an accusation told beside the speaker's words is the claim denied",
			"Lars Omen said Mira Holt had taken bribes. Holt denied the allegations.",
			[]string{"Mira Holt -> ACCUSATION"}},
		{"one denial told twice, first by an unnamed ministry about the minister, then by the minister's office, is the minister's",
			"The Harbour Times reported that Defence Minister Lars Kellberg approved the purchase of the boats. A spokesman for the defence ministry denied the report, saying the minister had not seen the memo. Kellberg's office said the story was false.",
			[]string{"Lars Kellberg -> REPORT"}},
		{"a ministry's dismissal of the claim answers an MP who claimed that it had done wrong, where the claim tells no event of its own",
			"Greta Moll accused the minister of misleading parliament. Earlier, Ruth Adler of the Liberal Union claimed that the Interior Ministry had awarded the contract without a tender. The Interior Ministry dismissed the claim as false.",
			[]string{"Interior Ministry -> STATEMENT"}},
		{"a spokeswoman for the ministry, named before, denies as the ministry",
			"Greta Moll accused the Interior Ministry of hiding the audit. A spokeswoman for the ministry denied the accusation.",
			[]string{"Interior Ministry -> ACCUSATION"}},
		{"the ruling party's secretary-general denies as the ruling party",
			"The Renewal Party accused the ruling Democratic Front of rigging the election. The ruling party's secretary-general rejected the claims.",
			[]string{"Democratic Front -> ACCUSATION"}},
		{"a ministry named once and then called by its head noun denies as that ministry",
			"The Keltburg Herald reported that the Ostland Ministry of Defence had paid Varovian hackers. The ministry denied the report.",
			[]string{"Ostland Ministry of Defence -> REPORT"}},
		{"a company whose name ends in its trade denies as the company",
			"The Keltburg Herald reported that Brenhall Mining had bribed officials in Keltburg. The company rejected the report.",
			[]string{"Brenhall Mining -> REPORT"}},
		{"a body an apposition calls a company is the company that denies",
			"Opposition lawmaker Ilse Varga on Monday accused Halden Build, a construction company, of bribing officials in Karsten. The company rejected the accusation on Tuesday.",
			[]string{"Halden Build -> ACCUSATION"}},
		{"the noun calls no body where two of its kind were named",
			"The Keltburg Herald reported that Brenhall Mining and Corvane Mining had bribed officials. The company rejected the report.",
			nil},
		{"the noun calls no named body where the article tells of another, unnamed one of its kind",
			"The Electoral Commission of Dravia said on Monday the vote had been fair. On Tuesday the government set up a new commission to review the count. " +
				"The Keltburg Herald reported that the count had been rigged. The commission denied the report on Wednesday.",
			nil},
		{"an accusation a denial's phrase names with its accuser is what it denies",
			"Dana Vorel rejected accusations by opposition leader Marko Lentz that she had taken bribes.",
			[]string{"Dana Vorel -> ACCUSATION"}},
		{"allegations whose author is named are the accusation the denial answers",
			"Lithuania on Monday dismissed allegations by Poland that it had armed the rebels. " +
				"Peter Lentz denied allegations by opposition leader Anna Vorel that he had taken bribes.",
			[]string{"Lithuania -> ACCUSATION", "Peter Lentz -> ACCUSATION"}},
		{"a denial by a negated restatement that there was no such event",
			"The Ostraven Herald reported on Monday that Lena Marsk had met a Calmoran envoy in Vellin in March. " +
				"\"There was no meeting,\" Marsk said on Tuesday.",
			[]string{"Lena Marsk -> MEETING"}},
		{"a state's voice restates in the present that it does not do what an unnamed service said it did",
			"Poland's security service said on Monday that Hungary had interfered in the local elections. " +
				"\"Hungary does not interfere in the affairs of other states,\" the Hungarian foreign ministry said on Tuesday.",
			[]string{"Hungary -> INTERFERENCE"}},
		{"a negated restatement with no claim before it is a statement",
			"\"Hungary does not interfere in the affairs of other states,\" the Hungarian foreign ministry said on Tuesday.",
			nil},
		{"two denials by one person on one day of two claims stay two, each linked to its own",
			"The Ostraven Herald reported on Monday that Lena Marsk had met a Calmoran envoy in March. " +
				"Opposition MP Jon Kessel accused Marsk on Monday of taking bribes from a builder. " +
				"On Tuesday, Marsk denied meeting the envoy. She also denied taking bribes, calling Kessel's accusation a lie.",
			[]string{"Lena Marsk -> MEETING", "Lena Marsk -> ACCUSATION"}},
		{"a loose noun answers what was said of the denier, not the nearer report of another",
			"Opposition MP Jon Kessel said on Monday that Interior Minister Lena Marsk had taken bribes from a builder. " +
				"The Ostraven Herald reported on Tuesday that Finance Minister Pal Orrin had met a Calmoran envoy in Vellin. " +
				"The ministry declined to comment. Parliament will debate the budget next week. " +
				"Marsk called such reports \"a smear\" on Wednesday.",
			[]string{"Lena Marsk -> STATEMENT"}},
		{"a loose noun answers the nearer report of another where nothing was said of the denier",
			"The Ostraven Herald reported on Tuesday that Finance Minister Pal Orrin had met a Calmoran envoy in Vellin. " +
				"Interior Minister Lena Marsk called such reports \"a smear\" on Wednesday.",
			[]string{"Lena Marsk -> MEETING"}},
		{"a party leader's negated restatement of what a report said the party did, by the same verb, for \"we\"",
			"The Ostraven Herald reported on Monday that the Civic Union had funded the Green Dawn party. " +
				"Arno Dorn, the leader of the Civic Union, said on Tuesday: \"We have never funded any party.\"",
			[]string{"Arno Dorn -> REPORT"}},
		{"one's negated restatement of what another said one did, by the same verb",
			"Jon Kessel said on Monday that Arno Dorn had bribed three judges. \"I have never bribed anyone,\" Dorn said on Tuesday.",
			[]string{"Arno Dorn -> STATEMENT"}},
		{"a negated restatement of what another said someone else did",
			"Jon Kessel said on Monday that Lena Marsk had bribed three judges. \"I have never bribed anyone,\" Arno Dorn said on Tuesday.",
			nil},
		{"accusations of a gerund rejected by the one they are against",
			"Hungary's foreign minister, Oskar Brenn, said on Tuesday that Hungary categorically rejects accusations of meddling in Poland's elections.",
			[]string{"Hungary -> INTERFERENCE"}},
		{"a denial told in a statement does not deny the statement that tells it",
			"Oskar Brenn said on Monday that Hungary rejected the accusations.",
			[]string{"Hungary -> "}},
		{"a denial told by its noun and by a negated restatement in one sentence is one denial",
			"The Tarsk Herald reported on Friday that Velmark's Interior Ministry had funded the Free Velmark Front, an armed group. " +
				"In a denial issued on Monday, the Interior Ministry said it had never funded the group.",
			[]string{"Interior Ministry -> REPORT"}},
		{"a person's denial told by its noun and by a negated restatement is one denial",
			"The Tarsk Herald reported on Friday that Ivo Dorn had met a Calmoran envoy in secret. " +
				"In a denial issued on Monday, Dorn said he had never met the envoy.",
			[]string{"Ivo Dorn -> MEETING"}},
		{"a fact-checker's rating of a report as false refutes what it tells",
			"The Tarsk Herald reported on Monday that Ivo Dorn had met a Calmoran envoy in secret. " +
				"The fact-checking site Veritas Velmark rated the report false on Tuesday.",
			[]string{"Veritas Velmark -> MEETING"}},
		{"a rating that calls nothing false refutes nothing",
			"The Tarsk Herald reported on Monday that Ivo Dorn had met a Calmoran envoy in secret. " +
				"Voters rated the minister highly in a poll on Tuesday.",
			nil},
		{"a denial answers what the denier is said to have done, not what was done to it",
			"Estonia expelled two Russian diplomats on Friday, the foreign ministry said. " +
				"The Internal Security Service said the diplomats had recruited informants in Narva. Russia denied any involvement.",
			[]string{"Russia -> "}},
		{"a post called fake in a clause of speech denies what it claims",
			"A post on Telegram claims that MP Ivo Brenak was arrested in Larissa on Sunday. " +
				"The Interior Ministry said the post was fake.",
			[]string{"Interior Ministry -> ARREST"}},
		{"a video called fabricated, as a passive, denies what it claims",
			"A video shared online claims that Mayor Dana Korlov was detained in Vorna. " +
				"Korlov's office said on Monday that the video was fabricated.",
			[]string{"Dana Korlov -> ARREST"}},
		{"a post refused, or a decision called fake, calls no claim false",
			"A post on Telegram claims that MP Ivo Brenak was arrested in Larissa on Sunday. " +
				"The Interior Ministry rejected the post. Brenak said the decision was fake.",
			nil},
		{"a denial whose clause follows the post it was made in denies that clause, not what was said before",
			"Mirela Dancu wrote on Facebook on Tuesday that the March 3 election had been stolen. " +
				"Ivo Dorn denied on Thursday, in a post on Telegram, that he had met Ana Holm.",
			[]string{"Ivo Dorn -> MEETING"}},
		{"falsehoods that deny nothing",
			"Tomas Brill said the bridge was unsafe. Petra Holm said voters had been told lies. " +
				"Jonas Weller said they lied about the budget.",
			nil},
		{"a claim retracted by the one who made it",
			"Deputy Harlan Pruitt retracted his accusation that Ilse Maddox had taken money from a lobbyist.",
			[]string{"Harlan Pruitt -> ACCUSATION"}},
		{"a claim withdrawn, the verb's irregular past",
			"The Ostraven Herald reported on Monday that Mirko Dal had met a Calmoran agent. " +
				"Halm Ridley later withdrew the claim.",
			[]string{"Halm Ridley -> MEETING"}},
		{"charges withdrawn are a legal step, no denial",
			"Prosecutors withdrew the charges against Ivo Brask on Monday.",
			nil},
		{"a claim called wrong",
			"The Ostraven Herald reported on Monday that Mirko Dal had met a Calmoran agent. " +
				"Mirko Dal said the report was wrong.",
			[]string{"Mirko Dal -> MEETING"}},
		{"one called wrong, no claim",
			"Mirko Dal said the minister was wrong.",
			nil},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: "Row\n\n" + tt.text, PublishedAt: "2023-09-14"})
		if err != nil {
			t.Fatal(err)
		}
		if got := denialsOf(x); !slices.Equal(got, tt.want) {
			t.Errorf("%s: denials %q, want %q", tt.name, got, tt.want)
		}
	}
}

// Accusations of an act that name no doer, rejected, are against the one
// rejecting them: the act is theirs, alleged and denied.
func TestAccusationsOfGerundAgainstTheDenier(t *testing.T) {
	text := "Oskar Brenn said on Tuesday that Hungary categorically rejects accusations of meddling in Poland's elections."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, ev := range x.Events {
		for _, p := range ev.Participants {
			if p.Entity == "country/hungary" {
				got[ev.Type] = ev.Status + " " + string(p.Role)
			}
		}
	}
	want := map[string]string{"INTERFERENCE": "denied agent", "ACCUSATION": "asserted target", "DENIAL": "asserted agent"}
	for typ, w := range want {
		if got[typ] != w {
			t.Errorf("%s: got %q, want %q", typ, got[typ], w)
		}
	}
}

// What a speaker said, called a claim and dismissed by one it is about,
// is denied, and still has its speaker as source; the denial itself is
// told as fact, not hedged by the noun "claim" it is on.
func TestClaimDismissedInApposition(t *testing.T) {
	text := "Ilse Varga said on Monday that Mirko Dal had met a Calmoran agent in Vellin, a claim Dal dismissed."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, ev := range x.Events {
		st := ev.Status
		for _, p := range ev.Participants {
			if p.Role == polgraph.RoleSource {
				st += " from " + p.Entity
			}
		}
		got[ev.Type] = st
	}
	want := map[string]string{"MEETING": "denied from person/ilse-varga", "DENIAL": "asserted"}
	for typ, w := range want {
		if got[typ] != w {
			t.Errorf("%s: got %q, want %q", typ, got[typ], w)
		}
	}
}

// A report dismissed by who it names as its outlet, however the outlet is
// named ("a report by the online portal X", "a report in X", "X's
// report"), is the outlet's REPORT, and the denial denies it (or what it
// tells) and stays apart from the same speaker's other denial that day.
func TestOutletsReportDismissed(t *testing.T) {
	tests := []struct {
		name, text string
		denials    []string
		source     string // the REPORT's source
		alleged    string // an event the report tells, alleged on its word
	}{
		{"by the outlet the noun restates",
			"Premier Lida Vaskor has denied that the law targets the press. On Monday his office dismissed a report by the online portal Kestrelnews that officials had drawn up a list of websites to be blocked, calling it \"baseless\".",
			[]string{"Lida Vaskor -> ", "Lida Vaskor -> REPORT"}, "Kestrelnews", ""},
		{"by the outlet named in apposition",
			"On Monday the office of Premier Lida Vaskor dismissed a report by the online portal Kestrelnews that officials had drawn up a list of websites to be blocked.",
			[]string{"Lida Vaskor -> REPORT"}, "Kestrelnews", ""},
		{"in the outlet",
			"Mayor Tova Brenn on Monday dismissed a report in the Velbrook Courier that her deputy, Ivo Strand, had met Chinese diplomats.",
			[]string{"Tova Brenn -> MEETING"}, "Velbrook Courier", "MEETING"},
		{"the outlet's, beside another denial the same day",
			"Mayor Tova Brenn denied that the law targets the press. On Monday she rejected the Harbour Gazette's report that her deputy, Ivo Strand, had met Chinese diplomats.",
			[]string{"Tova Brenn -> ", "Tova Brenn -> REPORT"}, "Harbour Gazette", ""},
		{"a report in a month has no outlet",
			"Mayor Tova Brenn dismissed a report in May that her deputy had met lobbyists.",
			[]string{"Tova Brenn -> "}, "", ""},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: "Row\n\n" + tt.text, PublishedAt: "2025-05-12"})
		if err != nil {
			t.Fatal(err)
		}
		if got := denialsOf(x); !slices.Equal(got, tt.denials) {
			t.Errorf("%s: denials %q, want %q", tt.name, got, tt.denials)
		}
		names, _ := namesAndTypes(x)
		source, alleged := "", ""
		for _, ev := range x.Events {
			for _, p := range ev.Participants {
				if ev.Type == "REPORT" && p.Role == polgraph.RoleSource {
					source = names[p.Entity]
				}
			}
			if ev.Type != "REPORT" && ev.Type != "DENIAL" && ev.Status == "alleged" {
				alleged = ev.Type
			}
		}
		if source != tt.source {
			t.Errorf("%s: report's source %q, want %q", tt.name, source, tt.source)
		}
		if alleged != tt.alleged {
			t.Errorf("%s: alleged %q, want %q", tt.name, alleged, tt.alleged)
		}
	}
}

// A denied clause dated only by the denial's own day ("On Tuesday, X
// denied meeting the envoy") tells the act alleged before, on its own
// date, not a new act on the day of the denial.
func TestDeniedActKeepsItsAllegedDate(t *testing.T) {
	text := "The Ostraven Herald reported on Monday that Lena Marsk had met a Calmoran envoy in Vellin in March. " +
		"On Tuesday, Marsk denied meeting the envoy."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: "Row\n\n" + text, PublishedAt: "2023-09-14"})
	if err != nil {
		t.Fatal(err)
	}
	dates := map[string]string{}
	var meetings []string
	for _, ev := range x.Events {
		if ev.Date != nil {
			dates[ev.ID] = *ev.Date
		}
		if ev.Type == "MEETING" {
			meetings = append(meetings, dates[ev.ID])
		}
	}
	if len(meetings) != 1 || meetings[0] != "2023-03" {
		t.Errorf("meetings dated %q, want one, in 2023-03", meetings)
	}
	for _, ev := range x.Events {
		if ev.Type != "DENIAL" {
			continue
		}
		if len(ev.Denies) != 1 || dates[ev.Denies[0]] != "2023-03" {
			t.Errorf("denial denies %q, want the meeting of 2023-03", ev.Denies)
		}
	}
}

// An act a report tells in the lead is not dated by the day the next
// sentence gives its answer: the report came out on its own day, and the
// act before it.
func TestReportedActNotDatedByItsAnswer(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a denial's later day does not date the reported meeting",
			"The Tarsk Herald reported on May 9 that Ivo Dorn had met a Calmoran envoy in secret. Dorn denied the report on Monday.", ""},
		{"a repeated denial's day does not either",
			"The Tarsk Herald reported on May 9 that Ivo Dorn had met a Calmoran envoy in secret. On Thursday he again denied it.", ""},
		{"a lead with no report is still dated by the next sentence",
			"Ivo Dorn met a Calmoran envoy in Tarsk. The talks were held on Monday.", "2025-05-12"},
	}
	for _, tt := range tests {
		var got []string
		for _, ev := range rowEvents(t, tt.text, "MEETING") {
			got = append(got, deref(ev.Date))
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: meetings dated %q, want one, dated %q", tt.name, got, tt.want)
		}
	}
}

// rowEvents extracts text under the heading "Row", published 2025-05-17,
// and returns its events of type typ.
func rowEvents(t *testing.T, text, typ string) []polgraph.Event {
	t.Helper()
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: "Row\n\n" + text, PublishedAt: "2025-05-17"})
	if err != nil {
		t.Fatal(err)
	}
	var out []polgraph.Event
	for _, ev := range x.Events {
		if ev.Type == typ {
			out = append(out, ev)
		}
	}
	return out
}

// A denial told by its noun in an "in" phrase of the verb that says it
// ("In a denial on Monday, Dorn called the report a smear") is dated by
// that verb's time.
func TestDenialNounDatedByItsVerb(t *testing.T) {
	text := "The Tarsk Herald reported on May 9 that Ivo Dorn had met a Calmoran envoy in secret. " +
		"In a denial on Monday, Dorn called the report a smear."
	var got []string
	for _, ev := range rowEvents(t, text, "DENIAL") {
		got = append(got, deref(ev.Date))
	}
	if !slices.Equal(got, []string{"2025-05-12"}) {
		t.Errorf("denials dated %q, want one, on 2025-05-12", got)
	}
}

// A proceeding brought against one stays what it was when that one denies
// the allegations behind it: the denial answers the wrong alleged, not the
// inquiry or the charge. An act the denier is said to have done is denied.
func TestProceedingNotDeniedByItsSubject(t *testing.T) {
	tests := []struct {
		name, text, typ, want string
	}{
		{"an inquiry on an agency's word",
			"Police are investigating Karel Vostrak, the mayor of Dunmoor, over suspected bribery, the agency reported. Vostrak denies the allegations.",
			"INVESTIGATION", "alleged"},
		{"an inquiry opened, told as fact",
			"Prosecutors in Dunmoor are investigating Senator Ilse Marran over a land deal, the Dunmoor Gazette reported on Monday. Marran has denied the claims.",
			"INVESTIGATION", "alleged"},
		{"an act the denier is said to have done",
			"The Dunmoor Gazette reported on Monday that Karel Vostrak had met a Calmoran envoy. Vostrak denied the report.",
			"MEETING", "denied"},
	}
	for _, tt := range tests {
		var got []string
		for _, ev := range rowEvents(t, tt.text, tt.typ) {
			got = append(got, string(ev.Status))
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: %s status %q, want one, %q", tt.name, tt.typ, got, tt.want)
		}
	}
}
