package extract

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// trigger is a word or phrase that signals an event of a type.
type trigger struct {
	words  []string // lowercase tokens
	typ    string
	noun   bool // a nominalisation ("resignation"), weaker than a verb
	speech bool // reported speech: an event only with a named speaker
	// clause: speech that tells a statement only where it reports a
	// clause ("testified that the army had paid", not "testified against
	// his partner", a witness's part in a trial)
	clause bool
	// unsaid: a speech verb read as a denial for the one its speaker
	// speaks for by the negated clause it reports, kept only where that
	// clause's act was alleged of that one ("the MP's office said he had
	// never met the diplomat")
	unsaid bool
	// undergo: the verb's subject undergoes the event, in the role of its
	// object ("Holm became prime minister": Holm is appointed)
	undergo bool
	// toOffice: an event only where a person and then an office title
	// follow ("named Pavo Strand as energy minister", not "named its
	// candidates")
	toOffice bool
	// armed: an event only where what does it is armed, a weapon, a
	// force or a state ("missiles hit Kharkiv", not "the storm hit the
	// coast" or "the scandal hit the party"); a noun (armed-noun) only
	// where one does it to a place or a body ("Israeli strikes on Gaza",
	// not "rail strikes")
	armed bool
	// truce: a verb that tells of an attack only where what it is done
	// to is a truce ("violated the ceasefire", "the truce was broken";
	// not "violated the constitution", "broke the record")
	truce bool
	// assets: a verb that tells of a sanction only where what it is
	// done to is someone's assets ("froze Ilse Varga's accounts", "the
	// assets were frozen"; not "froze the talks", "temperatures froze")
	assets bool
	// hostage: a verb of taking that tells of an abduction only where
	// it takes someone hostage ("took a pastor hostage"; not "took the
	// hostages to safety")
	hostage bool
	// underFire: a verb that tells of an attack its subject undergoes
	// only where it comes under fire (data/words/fire_nouns.txt) and is
	// no person or body ("the village came under fire", not "the
	// minister came under fire for his remarks")
	underFire bool
	// crowd: a verb that tells of a protest only where protesters do it
	// ("protesters gathered outside parliament")
	crowd bool
	// strikers: a noun that tells of a protest only where workers make
	// it, named by its possessor, a modifier or a "by" phrase
	// ("teachers' strike", "a strike by dock workers"; not "Israeli
	// strikes on Gaza"), or a verb only where workers are its subject
	// ("nurses walked out"); another row of the same words tells otherwise
	strikers bool
	// against: a noun of a gathering that tells of a protest only where
	// it is aimed at someone or something ("a rally against the reform",
	// "an anti-government march"; not "a campaign rally")
	against bool
	// court: a verb that tells of a legal action only where a court or a
	// judge does it, is addressed or is gone to ("the Supreme Court
	// upheld the ban", "petitioned the High Court"; not "the party barred
	// him from standing")
	court bool
	// chamber: a noun that tells of a vote only where a legislature
	// does it ("parliament's approval of the bill", not "the approval
	// of the board")
	chamber bool
	// authored: a noun that tells of a report only where its author is
	// named ("a report by Amnesty International", "the OSCE's report",
	// "a report released by the commission"; not "the report", which
	// refers back to one told before)
	authored bool
	// funding: a verb that tells of interference only where a state
	// pays or funds people or means of another country's politics
	// ("Beijing funded candidates", "Moscow paid two MPs")
	funding bool
	// forState: a verb that tells of interference only where one acts
	// for, takes from or gives to a state or its agents ("spied for
	// China", "acted as an agent of Beijing", "received money from
	// Moscow", "passed secrets to a Russian diplomat")
	forState bool
	// covert: a verb or a noun (covert-noun) that tells of interference
	// only where a state or its agents do it ("Russia hacked the
	// servers", "a Russian cyberattack", "accused Russia of hacking";
	// not "a teenager hacked the school's website")
	covert bool
	// stateRun: a noun of a concerted effort (state-run) that tells of
	// interference only where a state or its agents run it, by a
	// participle on it, a passive it is the subject of, or a verb that
	// traces it to them ("a network run from Russia", "the operation was
	// directed by the GRU"; not "the rescue operation", "Russia's
	// campaign", where the possessor may wage a war or seek a seat)
	stateRun bool
	// cyber: a verb of breaking into computer systems that tells of an
	// attack, where no state does it (covert comes first), only where
	// what it is done to names someone ("hacked the Harbour Ministry's
	// servers"; not "a teenager hacked the school's website");
	// cyberDoer also only where hackers do it ("hackers targeted the
	// commission's website"; not "the plan targeted the commission");
	// with covert (covert-doer), the hackers a state's ("Russian
	// hackers breached the commission's servers": interference)
	// a noun (cyber-noun) only where its "on", "against" or "of" names
	// someone ("a cyberattack on the Harbour Ministry's servers")
	cyber, cyberDoer bool
	// contest: a verb that tells of an election only where a person or
	// a party wins, takes or holds a seat or wins by a margin ("won the
	// Norrvik seat", "won with 42 percent"; not "won the case")
	contest bool
	// label: a verb that tells of a criticism only where it calls what
	// it is done to a pejorative word ("called the vote a sham",
	// "branded the sanctions illegal"; not "called a vote")
	label bool
	// wrongdoing: a verb of an act of wrongdoing that tells of an
	// accusation only where someone tells it ("Prosecutors said Holm
	// accepted bribes"; not "accused Holm of taking bribes", which an
	// accusation tells, nor a bribe told as fact)
	wrongdoing bool
	// orderedOut: a verb of ordering that tells of an expulsion only
	// where it orders an envoy to leave ("ordered the ambassador to
	// leave the country"; not "ordered the protesters to leave")
	orderedOut bool
	// envoy: a verb phrase that tells of an event only where what it is
	// done to is an envoy ("called in the French ambassador"; not
	// "called in the army", "called in sick")
	envoy bool
	// ties: a verb that tells of a sanction only where what it is done to
	// is the ties between states ("cut diplomatic ties with Iran",
	// "Morocco severed relations with Tehran"; not "cut taxes", "the
	// party cut ties with the donor")
	ties bool
	// privilege: a verb of taking away that tells of an event only where
	// what it takes is a privilege of office, of the type the privilege
	// gives ("stripped Holm of his immunity" a sanction, "of his seat" a
	// dismissal; not "stripped the walls", "lifted the ban")
	privilege bool
	// crowdTarget: a verb done by police that tells of a protest only
	// where it is done to or against protesters ("police used water
	// cannon against protesters", "dispersed the demonstrators"); who
	// does it takes no part in the protest
	crowdTarget bool
	// pressTo: a verb of pressure that tells of a request only where it
	// presses someone to act, an object and a to-infinitive ("pressed
	// Russia to agree to a ceasefire"; not "pressed the button", "pushed
	// the bill through parliament")
	pressTo bool
	// stance: a verb whose form is also a noun's, an adverb's or an
	// adjective's ("back", "support", "welcome") that tells of a stance
	// only where the parse reads it as a verb done to something ("I back
	// Tomas", "we welcome the ruling"; not "came back", "the back
	// benches", "support payments", "a warm welcome")
	stance bool
	// sensed: a verb that tells of an event only where the class of its
	// object (data/object_senses.tsv) gives it one ("parliament overrode
	// the president's veto"; not "overrode her advisers' objections", nor
	// a form the parse reads as no verb)
	sensed bool
	// threat: a verb of threatening that tells of a statement, the threat
	// made, only where a named subject threatens an act ("threatened to
	// expel the envoys", "threatened Norland with sanctions"; not "the
	// floods threatened the town", "Russia threatens Europe's security")
	threat bool
	// winner: a verb that tells of an election only where it makes its
	// object (or its passive subject) the winner ("the commission
	// declared Ada Holm the winner on Sunday"); the one declared won it,
	// who declares takes no part in it
	winner bool
	// outcast: a verb that tells of a sanction only where it makes its
	// object (or its passive subject) an outcast by its complement
	// ("declared two diplomats persona non grata", "designated the Front
	// a terrorist organisation"; not "declared the talks a success")
	outcast bool
	// mutual: a verb of talking that tells of a meeting only where both
	// sides are named: its subject names two or more ("Holm and Dorn
	// spoke by phone", "the two leaders talked by phone") or a "with" or
	// "to" phrase names the other side; one speaker alone talks to the
	// reporter ("Holm, speaking by phone from exile, said")
	mutual bool
	// talkTo: a mutual verb whose other side only a "with" or "to"
	// phrase names, wherever it stands ("spoke on Friday with Dorn");
	// a subject of two does not ("both candidates spoke at the rally")
	talkTo bool
	// joint: a noun of an appearance two sides make together that tells
	// of a meeting only where the other side is named, by a "with"
	// phrase ("a joint news conference with Dorn") or a subject of two or
	// more that holds it ("Holm and Dorn held a joint news conference");
	// "a news conference in Kyiv" alone is no meeting
	joint bool
	// echo: a phrase that tells the act told just before it done again
	// by another ("Canada followed suit", "Velmark announced similar
	// measures"); its type is that act's (see doc.echoed)
	echo bool
	// voiced: a noun of disapproval that tells of a criticism only where
	// a verb of voicing carries it ("China expressed strong
	// dissatisfaction", "lodged stern representations"; not "public
	// dissatisfaction grew", "the opposition party")
	voiced bool
	// electorate: a verb that tells of an election only where the
	// electorate does it ("voters elected a new parliament", "Velmarans
	// chose a new president"; not "the caucus chose a new leader")
	electorate bool
	// objectRole, where set, is the role of what the verb is done to in
	// place of its type's: the envoy summoned is a MEETING's patient
	objectRole string
}

//go:embed data/triggers.tsv
var triggersTSV string

// triggerForms are the forms data/triggers.tsv gives a trigger, each with
// the flags it sets on the trigger.
var triggerForms = map[string]func(t *trigger){
	"verb":            func(*trigger) {},
	"noun":            func(t *trigger) { t.noun = true },
	"speech":          func(t *trigger) { t.speech = true },
	"speech-clause":   func(t *trigger) { t.speech, t.clause = true, true },
	"undergo":         func(t *trigger) { t.undergo = true },
	"under-fire":      func(t *trigger) { t.undergo, t.underFire = true, true },
	"to-office":       func(t *trigger) { t.toOffice = true },
	"armed":           func(t *trigger) { t.armed = true },
	"armed-noun":      func(t *trigger) { t.noun, t.armed = true, true },
	"truce":           func(t *trigger) { t.truce = true },
	"assets":          func(t *trigger) { t.assets = true },
	"hostage":         func(t *trigger) { t.hostage = true },
	"crowd":           func(t *trigger) { t.crowd = true },
	"crowd-target":    func(t *trigger) { t.crowdTarget = true },
	"strikers-noun":   func(t *trigger) { t.noun, t.strikers = true, true },
	"strikers-verb":   func(t *trigger) { t.strikers = true },
	"against-noun":    func(t *trigger) { t.noun, t.against = true, true },
	"court":           func(t *trigger) { t.court = true },
	"chamber":         func(t *trigger) { t.noun, t.chamber = true, true },
	"authored":        func(t *trigger) { t.noun, t.authored = true, true },
	"funding":         func(t *trigger) { t.funding = true },
	"for-state":       func(t *trigger) { t.forState = true },
	"covert":          func(t *trigger) { t.covert = true },
	"covert-noun":     func(t *trigger) { t.noun, t.covert = true, true },
	"state-run":       func(t *trigger) { t.noun, t.stateRun = true, true },
	"cyber":           func(t *trigger) { t.cyber = true },
	"cyber-doer":      func(t *trigger) { t.cyber, t.cyberDoer = true, true },
	"covert-doer":     func(t *trigger) { t.covert, t.cyber, t.cyberDoer = true, true, true },
	"cyber-noun":      func(t *trigger) { t.noun, t.cyber = true, true },
	"contest":         func(t *trigger) { t.contest = true },
	"label":           func(t *trigger) { t.label = true },
	"wrongdoing":      func(t *trigger) { t.wrongdoing = true },
	"ordered-out":     func(t *trigger) { t.orderedOut = true },
	"envoy":           func(t *trigger) { t.envoy = true },
	"ties":            func(t *trigger) { t.ties = true },
	"privilege":       func(t *trigger) { t.privilege = true },
	"press-to":        func(t *trigger) { t.pressTo = true },
	"stance":          func(t *trigger) { t.stance = true },
	"sensed":          func(t *trigger) { t.sensed = true },
	"threat":          func(t *trigger) { t.threat = true },
	"declares-winner": func(t *trigger) { t.winner = true },
	"electorate":      func(t *trigger) { t.electorate = true },
	"outcast":         func(t *trigger) { t.outcast = true },
	"mutual":          func(t *trigger) { t.mutual = true },
	"talk-to":         func(t *trigger) { t.mutual, t.talkTo = true, true },
	"joint":           func(t *trigger) { t.noun, t.joint = true, true },
	"echo":            func(t *trigger) { t.echo = true },
	"echo-noun":       func(t *trigger) { t.noun, t.echo = true, true },
	"voiced":          func(t *trigger) { t.noun, t.voiced = true, true },
}

// triggers indexes data/triggers.tsv by first word.
var triggers = func() map[string][]trigger {
	idx := map[string][]trigger{}
	for n, line := range strings.Split(triggersTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 && (len(f) != 4 || !slices.Contains(polgraph.Roles, polgraph.Role(f[3]))) || triggerForms[f[1]] == nil {
			forms := strings.Join(slices.Sorted(maps.Keys(triggerForms)), "|")
			panic(fmt.Sprintf("extract: data/triggers.tsv:%d: want type, %s, phrase[, object role]: %q", n+1, forms, line))
		}
		if _, ok := objectRole[f[0]]; !ok && !((f[1] == "echo" || f[1] == "echo-noun") && f[0] == "-") {
			panic(fmt.Sprintf("extract: data/triggers.tsv:%d: %q is no event type of the contract", n+1, f[0]))
		}
		w := strings.Fields(f[2])
		t := trigger{words: w, typ: f[0]}
		triggerForms[f[1]](&t)
		if len(f) == 4 {
			t.objectRole = f[3]
		}
		idx[w[0]] = append(idx[w[0]], t)
	}
	return idx
}()

// beForms before a participle make a passive ("was arrested").
var beForms = set("was were is are be been being got gets")

// clauseBreaks end the clause a subject is looked for in.
var clauseBreaks = set("; after before while when because although though until unless whereas that since as")

// prepositions before a mention put it in a prepositional phrase, not the subject.
var prepositions = set("in on at by of to from with for into onto about over under against between among during after before near via toward towards across through than like including")

// alleging words make an event alleged.
var allegingWords = wordSet("alleging_words.txt")
