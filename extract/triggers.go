package extract

import "strings"

// trigger is a word or phrase that signals an event of a type.
type trigger struct {
	words []string // lowercase tokens
	typ   string
	noun  bool // a nominalisation ("resignation"), weaker than a verb
}

// triggerTable lists the triggers of each event type: "v:" verb forms and
// phrases, "n:" nouns, separated by commas.
var triggerTable = []struct{ typ, verbs, nouns string }{
	{"ELECTION", "re-elected, reelected, was elected, were elected, won the election, lost the election, won re-election, went to the polls, won a second term, won a third term, won a fourth term, won another term, secured a second term, secured another term", "election, elections, by-election, re-election, general election, presidential election, parliamentary election, referendum"},
	{"APPOINTMENT", "appointed, appoints, appoint, appointing, was named, were named, named as, sworn in, took office, takes office, nominated, nominates, elected leader, elected chairman, elected president, elected speaker, installed as, promoted to", "appointment, nomination, swearing-in, inauguration, inaugurated"},
	{"RESIGNATION", "resigned, resigns, resign, resigning, stepped down, steps down, step down, stepping down, quit, quits, quitting, defected, defects, defecting, left, leaves, left the caucus, left the party, leave the caucus, leave the party, leaving the caucus, leaving the party", "resignation"},
	{"DISMISSAL", "fired, sacked, sacks, dismissed, dismisses, ousted, ousts, removed from, impeached, expelled from, kicked out, suspended from", "dismissal, ouster, impeachment, expulsion from"},
	{"STATEMENT", "announced, announces, announce, declared, declares, vowed, vows, pledged, pledges, warned, warns, promised, as saying, made the announcement, issued a statement, told reporters, said in a statement", "statement, announcement, declaration"},
	{"REPORT", "reported, reports that, reported that, cited, cites, revealed, reveals, published", ""},
	{"ACCUSATION", "accused, accuses, accuse, accusing, allege, alleges, blamed, blames, blame, blaming", "accusation, accusations"},
	{"DENIAL", "denied, denies, deny, denying, refuted, refutes, refute, rejected the, rejects the, rejected what, rejected claims, rejected allegations, rejected accusations, rejected reports, rejected suggestions, rejected charges, dismissed the allegations, dismissed those allegations, dismissed the claims, dismissed the report, dismissed the reports, dismissed allegations, dismissed claims", "denial"},
	{"SUPPORT", "defended, defends, defend, defending, backed, backs, endorsed, endorses, praised, praises, supported, supports, stood by, welcomed, welcomes, hailed, hails, applauded", "endorsement"},
	{"CRITICISM", "criticised, criticized, criticises, criticizes, condemned, condemns, condemn, slammed, slams, denounced, denounces, rebuked, blasted, lambasted", "criticism, condemnation"},
	{"MEETING", "met, meets, meet, met with, spoke to, spoken to, spoke with, spoken with, held talks, hold talks, holds talks, visited, visits, visiting", "meeting, talks, summit, visit"},
	{"REQUEST", "asked, asks, urged, urges, urge, invited, invites, called for, calls for, call for, advised, advises, requested, requests, demanded, demands, sought, seeks, appealed, appeals", "request, appeal"},
	{"ARREST", "arrested, arrests, arrest, detained, detains, taken into custody, took into custody, captured, apprehended", "arrest, arrests, detention"},
	{"RELEASE", "released, releases, freed, frees, allowed to leave, let go", "release, freeing"},
	{"LEGAL_ACTION", "charged, charges, sued, sues, convicted, sentenced, indicted, extradited, prosecuted, handed over, deported, tried for, pleaded guilty, pleads guilty, pleaded not guilty, acquitted, fined, jailed, imprisoned, filed a lawsuit, filed suit", "trial, extradition, lawsuit, indictment, conviction, prosecution, deportation"},
	{"INVESTIGATION", "investigated, investigates, investigating, probed, probing, questioned, interrogated, searched for", "investigation, probe, inquiry, investigations"},
	{"SANCTION", "sanctioned, sanctions, expelled, expels, banned, bans, imposed sanctions", "sanctions, embargo, expulsion, expulsions"},
	{"AGREEMENT", "signed, signs, agreed, agrees, ratified, ratifies, reached a deal, reached an agreement, struck a deal", "agreement, deal, treaty, accord, pact"},
	{"PROTEST", "protested, protests, protesting, demonstrated, rallied, marched, went on strike, took to the streets", "protest, protests, demonstration, demonstrations, general strike"},
	{"INTERFERENCE", "interfered, interferes, meddled, meddling", "interference, influence operation, influence operations, influence campaign, foreign interference"},
	{"VOTE", "voted, votes, vote on, voted on, passed the bill, passed a bill, approved the bill, rejected the bill, passed the motion, rejected the motion", "vote, ballot, motion"},
	{"APOLOGY", "apologised, apologized, apologises, apologizes, apologise, apologize, expressed regret", "apology"},
	{"ATTACK", "bombed, attacked, attacks, raided, raids, shelled, invaded, stormed, exploded", "bombing, bombings, attack, attacks, raid, raids, shelling, explosion, explosions, blast, blasts, assault, air strike, air strikes, airstrike, airstrikes, drone strike, invasion, ambush"},
}

// triggers indexes the table by first word.
var triggers = func() map[string][]trigger {
	idx := map[string][]trigger{}
	add := func(list, typ string, noun bool) {
		for p := range strings.SplitSeq(list, ",") {
			w := strings.Fields(strings.TrimSpace(p))
			if len(w) == 0 {
				continue
			}
			idx[w[0]] = append(idx[w[0]], trigger{words: w, typ: typ, noun: noun})
		}
	}
	for _, r := range triggerTable {
		add(r.verbs, r.typ, false)
		add(r.nouns, r.typ, true)
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
var allegingWords = set("allegedly reportedly alleged purportedly supposedly sources claimed claims claim according")
