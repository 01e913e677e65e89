package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// claimTypes tell of a claim that a denial can answer.
var claimTypes = set("REPORT ACCUSATION")

// chargeTypes charge the one they are done to with a wrong, which that
// one may deny without naming an accuser: "X was charged with bribery …
// X denies wrongdoing", "was arrested … her lawyer said she was innocent".
var chargeTypes = set("LEGAL_ACTION ARREST")

// proceedingTypes are what authorities do to one over a wrong alleged of
// them: a denial by that one answers the allegation, and the proceeding
// stays what it was ("Police are investigating Vostrak … Vostrak denies the
// allegations": the inquiry is still under way).
var proceedingTypes = set("INVESTIGATION LEGAL_ACTION ARREST")

// deniedBy reports whether a denial by denier that answers ev makes ev
// denied: where denier takes part in it, other than as the one a
// proceeding is brought against.
func (ev *event) deniedBy(denier int) bool {
	return ev.has(denier) && !(proceedingTypes[ev.typ] && ev.onlyUndergone(denier))
}

// verdictWords tell a court's verdict or penalty (data/words/verdict_words.txt),
// which is no charge a denial of wrongdoing answers.
var verdictWords = wordSet("verdict_words.txt")

// isVerdict reports whether event ev is told by a word of a verdict:
// "convicted", "sentenced", "found guilty", "his conviction".
func (d *doc) isVerdict(ev *event) bool {
	for i := ev.trig[0]; i < ev.trig[1]; i++ {
		if verdictWords[d.toks[i].lower] {
			return true
		}
	}
	return false
}

// takesPart reports whether ent takes part in ev other than as its source.
func (ev *event) takesPart(ent int) bool {
	return slices.ContainsFunc(ev.parts, func(p part) bool { return p.ent == ent && p.role != "source" })
}

// isPatient reports whether ent takes part in ev as the one it is done to.
func (ev *event) isPatient(ent int) bool {
	return slices.ContainsFunc(ev.parts, func(p part) bool { return p.ent == ent && p.role == "patient" })
}

// onlyUndergone reports whether ent takes part in ev only as the one it
// is done to: "Poland expelled four Russian diplomats, the ministry said"
// tells no act of Russia's, and Russia's denial of "any involvement"
// after it answers what Russia is said to have done, not the expulsion.
func (ev *event) onlyUndergone(ent int) bool {
	return ev.isPatient(ent) && !slices.ContainsFunc(ev.parts, func(p part) bool { return p.ent == ent && p.role != "patient" })
}

// linkDenials links each denial to what it denies: the event told in the
// clause it governs ("denied that he met the envoy"), else the nearest claim
// before it about the one who denies, preferring what was alleged over the
// report that alleged it ("Global News reported that Holm met the envoy …
// Holm refuted the report" denies the meeting; "He had dismissed those
// allegations" after a report with no alleged event denies the report).
func (d *doc) linkDenials() {
	d.denialsByNegation()
	for i, ev := range d.events {
		if ev.dropped || ev.typ != "DENIAL" || len(ev.denies) > 0 {
			continue // linked where it was read (claimOfNegatedAct)
		}
		denier := d.agentOf(ev)
		principal := d.speakerPrincipal(ev, denier)
		t, claimed := d.deniedInClause(ev)
		if t == nil {
			t, claimed = d.deniedInClaimClause(ev), true
		}
		if t != nil && claimed {
			d.accusedOfDenied(ev, t, denier, principal)
			// what a claim called false tells: denied where the denier
			// takes part in it ("her office said reports that she had met
			// Lind were untrue"), other than as its source; else still
			// claimed ("Kyiv said reports that Russian troops had shelled
			// Vellin were false")
			if t.takesPart(denier) || principal >= 0 && t.takesPart(principal) || d.voiceOfDoer(denier, t) {
				t.status = "denied"
			} else {
				t.status = "alleged"
			}
			ev.denies = append(ev.denies, t)
			continue
		}
		if t != nil {
			switch {
			case t.has(denier), principal >= 0 && t.has(principal), d.voiceOfDoer(denier, t):
				t.status = "denied" // "Holm denied that she had met the envoy"
			case t.status == "denied":
				// "Belarus denied that Russian troops had shelled Kharkiv":
				// denied by one it does not name, it is still claimed
				t.status = "alleged"
			}
			ev.denies = append(ev.denies, t)
			continue
		}
		if t := d.deniedAccusation(i, ev); t != nil {
			ev.denies = append(ev.denies, t)
			continue
		}
		if denier < 0 {
			if t := d.deniedByNoun(i, ev); t != nil {
				ev.denies = append(ev.denies, t)
			}
			continue
		}
		d.linkClaimsAgainst(i, ev, denier, principal)
		for _, p := range ev.parts {
			if p.role == "agent" && p.ent != denier {
				// "Both men deny the charges": each answers what was
				// told of him
				d.linkClaimsAgainst(i, ev, p.ent, d.speakerPrincipal(ev, p.ent))
			}
		}
		ev.denies = uniqueEvents(ev.denies)
	}
	d.claimsOwnNames()
	d.denialsApart()
}

// accusedOfDenied gives act t, told by a gerund on the claims denial ev
// rejects and done by no one named, the one the claims are against: the
// denier, or the one the denier speaks for. "Velmark rejects accusations
// of meddling in the vote" is Velmark's alleged meddling, and the
// accusations, where they name no one, are against Velmark.
func (d *doc) accusedOfDenied(ev, t *event, denier, principal int) {
	if principal >= 0 {
		denier = principal
	}
	x, v := d.denyingVerb(ev)
	w := x.eventWord(t)
	if denier < 0 || v < 0 || w < 0 || len(t.withRole("agent")) > 0 || !x.ofGerund(w) {
		return
	}
	n := x.head(w)
	if !slices.Contains(x.objectsOf(v), n) && !slices.Contains(x.childrenWith(v, "nsubj:pass"), n) {
		return
	}
	t.add(denier, "agent")
	for _, o := range d.evSent[ev.sent] {
		if o.typ == "ACCUSATION" && !o.dropped && x.eventWord(o) == n && len(o.withRole("target")) == 0 {
			o.add(denier, "target")
		}
	}
}

// denialsApart tells apart two denials of one denier and day whose
// clauses name different acts, which dropping what they deny from their
// parts (claimsOwnNames) may have left with one id: "denied meeting the
// envoy … also denied taking bribes, calling Kessel's accusation a lie".
// Two denials left with one id that nothing tells apart are one, told
// twice, as a noun and by a restatement that became a denial after
// events were merged: "In a denial issued on Monday, the ministry said it
// had never funded the group" is one denial, denying what either denies.
func (d *doc) denialsApart() {
	byID := map[string]*event{}
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "DENIAL" {
			continue
		}
		id := d.eventID(ev)
		if o, ok := byID[id]; ok && d.deniesApart(o, ev) {
			ev.apart = true
			id = d.eventID(ev)
		}
		if o, ok := byID[id]; ok {
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			o.denies = uniqueEvents(append(o.denies, ev.denies...))
			o.conf = max(o.conf, ev.conf)
			ev.dropped, ev.same = true, o
			continue
		}
		byID[id] = ev
	}
}

// uniqueEvents is evs without repeats, in order: a claim told of two
// deniers is denied once.
func uniqueEvents(evs []*event) []*event {
	var out []*event
	for _, e := range evs {
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// linkClaimsAgainst links denial ev, the i-th event, to the claims told
// before it of denier, or of the principal the denier speaks for (-1 for
// none): what was alleged of them, else the nearest claim or charge, else
// what the denial's noun names.
func (d *doc) linkClaimsAgainst(i int, ev *event, denier, principal int) {
	acts := d.deniedActs(ev)
	namesClaim := d.deniesClaimNoun(ev)
	owner := d.deniedClaimOwner(ev)
	if owner < 0 {
		owner = d.refutedClaimOwner(ev)
	}
	if principal >= 0 {
		// "Novotna's lawyer, Petr Hajek, denied the charges": the
		// denial stays the lawyer's, what it answers is told of the
		// one the lawyer speaks for
		denier = principal
	}
	linked := false
	// an arrest is no charge: what the denial answers is a charge or a
	// claim told in the sentences before, where there is one ("X was
	// indicted on Tuesday … He was arrested on Monday … His lawyer denied
	// the charges"), else the arrest ("Police arrested X. X denied any
	// wrongdoing")
	var arrested, chargedFirst *event
	for si := ev.sent; si >= 0 && si >= ev.sent-4 && !linked; si-- {
		var alleged, claim, charged, said *event
		for _, o := range d.events[:i] {
			o = o.kept()
			// a state's voice answers for what its bodies are said to
			// have done: "Russian military intelligence carried out the
			// attack … The Russian embassy said the accusations were absurd"
			if o == nil || o.sent != si || o == ev || !o.has(denier) && !o.has(d.bodysState(denier)) && !d.voiceOfDoer(denier, o) && !d.saysOf(o, denier) || o.sent == ev.sent && o.trig[0] > ev.trig[0] {
				continue // what is told after the denial is not what it denies
			}
			if claimTypes[o.typ] && d.agentOf(o) == denier {
				continue // "said the claims were unfounded and accused Chisinau": one's own claim is not denied
			}
			if d.carries(o, ev) {
				continue // "Brenn said Hungary rejected the accusations": the telling is no claim the denial answers
			}
			if d.claimedByAnother(o, owner) {
				continue // "Norland's claims were pure fantasy": not what another claimed
			}
			switch {
			case (o.claimed() || (acts == nil || d.isAct(o, acts)) && d.toldByAnother(o, denier) && !d.isVerdict(o)) && !speechActs[o.typ] && !o.onlyUndergone(denier) && alleged == nil:
				// told on another's word, named or not, where the
				// denial names no act of its own: "X was targeted by
				// Russian intelligence, officials said … X denied the
				// allegations", "Germany said Russia had run a
				// disinformation campaign … The Kremlin dismissed the
				// allegations"; what one denial denied is still alleged
				// for the next ("Wardle denied the allegations … His
				// lawyer said the claims were false"); where the denial
				// names its act, that act: "Lithuania's intelligence
				// service said Belarus had interfered … \"Belarus does
				// not interfere\", the ministry said"; a verdict his
				// lawyer tells is still the court's act, which a denial
				// of wrongdoing does not deny (verdictWords)
				alleged = o
			case claimTypes[o.typ] && claim == nil:
				claim = o
			case said == nil && namesClaim && d.saysOf(o, denier):
				// another's statement that tells what the denier did,
				// where no claim does: "Sen. Ana Vell said the Civic
				// Front had bought votes. The Civic Front dismissed the
				// allegations"
				said = o
			case chargeTypes[o.typ] && o.isPatient(denier) && charged == nil && !d.isVerdict(o) && d.tellsActs(o, acts):
				if o.typ != "ARREST" {
					charged = o
				} else if arrested == nil {
					arrested = o
				}
			}
		}
		if chargedFirst != nil {
			// a charge told nearer: only the act it charges, alleged
			// before it, is denied instead
			claim = nil
		} else if alleged == nil && claim == nil && charged != nil {
			// "Prosecutors say X met an agent in 2023. X was charged with
			// espionage. X denies the charges": to deny charges is to deny
			// the act they allege, where the story has told it before;
			// else the charge, the accusation that tells it
			chargedFirst = charged
			continue
		}
		if claim == nil && chargedFirst == nil {
			claim = said
		}
		if alleged != nil {
			ev.denies = append(ev.denies, alleged)
			alleged.status = "denied" // denied by its own subject, still alleged by its source
			linked = true
			for _, o := range d.moreAllegations(i, ev, alleged, denier) {
				ev.denies = append(ev.denies, o)
				o.status = "denied"
			}
		} else if claim != nil {
			ev.denies = append(ev.denies, claim)
			linked = true
		}
	}
	if !linked && chargedFirst != nil {
		ev.denies = append(ev.denies, chargedFirst) // "X was charged with bribery. X denies wrongdoing"
		linked = true
	}
	if !linked && arrested != nil {
		if t := d.deniedByNoun(i, ev); t != nil && d.deniedNounRefers(ev) == "accusation" && t.has(denier) {
			// "He was arrested on Monday … His lawyer denied the
			// charges": the charges told further back, not the arrest
			arrested = t
		}
		ev.denies = append(ev.denies, arrested)
		linked = true
	}
	if !linked {
		if t := d.deniedByNoun(i, ev); t != nil && !d.claimedByAnother(t, owner) {
			if s := d.saidOfInstead(i, ev, denier, t); s != nil {
				// "Kessel said Varka had taken bribes. The Herald
				// reported that Orrin had met an envoy … Varka called
				// such reports a smear": what was said of her, not the
				// nearest claim, which is of another
				t = s
			}
			if !speechActs[t.typ] && t.deniedBy(denier) {
				// "…, a claim Hamas dismissed": denied by one it is
				// about; criticism rejected was still made
				t.status = "denied"
			} else if !speechActs[t.typ] && t.status == polgraph.StatusAsserted {
				// "Russia said its forces had captured Ternivka. Ukraine
				// denied the claim": a claim another denies is alleged
				t.status = polgraph.StatusAlleged
			}
			ev.denies = append(ev.denies, t)
		} else if t := d.allegedFarBefore(i, ev, denier, acts); t != nil && !d.claimedByAnother(t, owner) {
			ev.denies = append(ev.denies, t)
			if t.deniedBy(denier) {
				t.status = "denied"
			}
		} else if t := d.accusedAfter(i, ev, denier); t != nil && !d.claimedByAnother(t, owner) {
			ev.denies = append(ev.denies, t)
		}
	}
}

// deniedNounRefers is the kind of claim (data/denied_nouns.tsv) the noun
// that denial ev takes as its object refers back to, or "".
func (d *doc) deniedNounRefers(ev *event) string {
	x, v := d.denyingVerb(ev)
	if v < 0 {
		return ""
	}
	for _, o := range x.objectsOf(v) {
		if r := deniedNouns[strings.ToLower(x.lemma(o))]; r != "" {
			return r
		}
	}
	return ""
}

// deniesClaimNoun reports whether denial ev takes as its object a noun of
// a claim ("dismissed the allegations", "rejected the claim"): what
// another said of the denier is a claim it may deny only when the denial
// calls it one; "denied any wrongdoing" answers no judge's finding.
func (d *doc) deniesClaimNoun(ev *event) bool {
	x, v := d.denyingVerb(ev)
	return v >= 0 && slices.ContainsFunc(append(x.objectsOf(v), x.childrenWith(v, "nsubj:pass")...), func(o int) bool {
		return deniedNouns[strings.ToLower(x.lemma(o))] != ""
	})
}

// saysOf reports whether statement o is another's words about ent, a
// party, a body or a state: ent is the subject of a clause the
// statement's verb reports ("Sen. Ana Vell said the Civic Front had
// bought votes") or of the quote a closing "said" hangs on ("\"The Front
// bought votes,\" Vell said"), not the speaker, nor one the speaker
// speaks for, in a clause that claims what it did, not what it did not.
// A person's denial answers what was told of them as an accusation, a
// report or a charge: read for people too, it linked their denials to a
// judge's finding and to others' asides about them.
func (d *doc) saysOf(o *event, ent int) bool {
	return ent >= 0 && isBody(d.ents[ent].kind) && d.saysOfAnyone(o, ent)
}

// saysOfAnyone is saysOf for any ent, a person too.
func (d *doc) saysOfAnyone(o *event, ent int) bool {
	if ent < 0 || o.typ != "STATEMENT" && !o.speech || o.noun || d.agentOf(o) == ent {
		return false
	}
	x, v := d.eventTree(o)
	if v < 0 {
		return false
	}
	for _, mi := range d.sentMents[o.sent] {
		m := &d.ments[mi]
		if m.ent < 0 || !slices.Contains(d.refs(m), ent) {
			continue
		}
		w := x.nameHead(m.first, m.last)
		if w < 0 || x.rel(w) != "nsubj" && x.rel(w) != "nsubj:pass" {
			continue
		}
		c := x.head(w)
		if c < 0 || c == v {
			continue // the speaker
		}
		if x.negated(c) || x.saysInnocence(c) {
			continue // "Holm's lawyer said Holm had never met the envoy": no claim against her
		}
		if x.dominates(v, c) || x.reportsBefore(v) && x.dominates(c, v) {
			return !slices.Contains(d.speakersPrincipals(o.sent, x, v, "nsubj"), ent)
		}
	}
	return false
}

// saidOfInstead is what another said of denier, a person, told before
// denial ev, the i-th event, within nounReach sentences, where t, the
// claim the denial's noun would answer, is of another person and not of
// the denier: one answers what was said of oneself. It is nil where t
// takes in the denier, or is done by no other person, or nothing was
// said of the denier.
func (d *doc) saidOfInstead(i int, ev *event, denier int, t *event) *event {
	if denier < 0 || d.ents[denier].kind != polgraph.KindPerson || t.has(denier) {
		return nil
	}
	doer := d.agentOf(t)
	if ps := t.withRole("patient"); doer < 0 && len(ps) > 0 {
		doer = ps[0]
	}
	if doer < 0 || doer == denier || d.ents[doer].kind != polgraph.KindPerson {
		return nil
	}
	for k := i - 1; k >= 0; k-- {
		o := d.events[k].kept()
		if o == nil || o == ev || o.sent >= ev.sent {
			continue
		}
		if o.sent < ev.sent-nounReach {
			break
		}
		if d.saysOfAnyone(o, denier) {
			return o
		}
	}
	return nil
}

// accusedAfter is the accusation against denier told in the few sentences
// after a denial that nothing before it answers, or nil: a story may open
// with the denial and retell the charge after it ("Rell denied that he had
// taken bribes … The denial came a day after Kask accused him of receiving
// payments").
func (d *doc) accusedAfter(i int, ev *event, denier int) *event {
	for _, o := range d.events[i+1:] {
		if o.sent > ev.sent+forwardReach {
			break
		}
		if o = o.kept(); o == nil || o == ev || o.sent == ev.sent || o.typ != "ACCUSATION" {
			continue
		}
		if slices.Contains(o.withRole("target"), denier) && d.agentOf(o) != denier {
			return o
		}
	}
	return nil
}

// allegedFarBefore is the nearest act alleged of denier told further back
// than the sentences a denial's own search reads, up to nounReach, that a
// denial naming no act of its own answers: "The Herald reported that Dal
// met Russian officers … [five sentences on Dal's career] … Dal has
// denied any wrongdoing". It is nil for a denial that names its act.
func (d *doc) allegedFarBefore(i int, ev *event, denier int, acts map[string]bool) *event {
	if denier < 0 || acts != nil {
		return nil
	}
	for k := i - 1; k >= 0; k-- {
		o := d.events[k].kept()
		if o == nil || o == ev || o.sent >= ev.sent-4 {
			continue
		}
		if o.sent < ev.sent-nounReach {
			break
		}
		if o.claimed() && !speechActs[o.typ] && o.has(denier) {
			return o
		}
	}
	return nil
}

// moreReach is how many sentences before the nearest act a denial of "the
// allegations" denies the others alleged of its denier may be told: the
// paragraph that alleges them.
const moreReach = 2

// moreAllegations are the other acts alleged of denier that a denial of
// "the allegations", "the claims" or "the reports" denies with first, the
// nearest: those told in first's sentence or the moreReach before it
// ("Prosecutors said Russia recruited Brandt. Brandt met the officer in
// Vienna, they said. Brandt denied the allegations"), and those a lead's
// denial comes before ("Wardle denied the allegations. According to the newspaper,
// Wardle was cultivated by Chinese intelligence"), within forwardReach
// sentences. A denial of one claim ("the report", "denied it") denies
// only the nearest.
func (d *doc) moreAllegations(i int, ev, first *event, denier int) []*event {
	x, v := d.denyingVerb(ev)
	if v < 0 || !slices.ContainsFunc(x.objectsOf(v), func(o int) bool {
		return x.tree.XPOS[o] == "NNS" && deniedNouns[strings.ToLower(x.lemma(o))] != ""
	}) {
		return nil
	}
	var out []*event
	for k, o := range d.events {
		if o = o.kept(); o == nil || o == ev || o == first || slices.Contains(out, o) || slices.Contains(ev.denies, o) {
			continue
		}
		before := k < i && o.sent <= first.sent && o.sent >= first.sent-moreReach
		after := k > i && o.sent > ev.sent && o.sent <= ev.sent+forwardReach
		if (before || after) && o.status == "alleged" && !speechActs[o.typ] && (o.has(denier) || o.has(d.bodysState(denier))) {
			out = append(out, o)
		}
	}
	return out
}

// speakerPrincipal is the one a denial's named speaker speaks for, where the
// speaker is named in apposition to a word of one who speaks for another
// ("Novotna's lawyer, Petr Hajek, said", "Petr Hajek, a lawyer for
// Novotna, denied", "Holm's party, the Civic Forum, said", "were denied by
// Holm's party, the Civic Forum"): the denial is the speaker's, but the
// claim it answers is told of the principal. It is -1 for none, or where
// the principal is the denier.
func (d *doc) speakerPrincipal(ev *event, denier int) int {
	if denier < 0 || ev.noun || d.ents[denier].kind != polgraph.KindPerson && d.ents[denier].kind != polgraph.KindParty {
		return -1 // a person, or a party named for the one it speaks for ("Holm's party, the Civic Forum, said")
	}
	x, v := d.eventTree(ev)
	if v < 0 {
		return -1
	}
	for _, p := range d.speakersPrincipals(ev.sent, x, v, "nsubj", "obl:agent") {
		if p != denier {
			return p
		}
	}
	return -1
}

// claimsOwnNames drops from each denial the targets and places that what
// it denies names, or the clause or the claim it denies, and the one a
// denial by a verb of speech is told to: in "North Korea denied reports
// that it had supplied Russia", "told the Daily Lantern the claims were
// false" or "denied misleading the House", Russia, the paper and the
// House are the claim's, not what the denial is done to; in "denied that
// its troops had shelled Vellin" Vellin is where the shelling was.
func (d *doc) claimsOwnNames() {
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "DENIAL" {
			continue
		}
		inClause := d.namedInDeniedClause(ev)
		ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool {
			if p.role == "target" && ev.speech {
				return true // "told Reuters the allegations were false": who is told
			}
			return (p.role == "target" || p.role == "place") && (slices.Contains(inClause, p.ent) || slices.ContainsFunc(ev.denies, func(t *event) bool { return t.has(p.ent) }))
		})
	}
}

// namedInDeniedClause lists the entities named in the clauses a denial's
// verb governs and in the claim it takes as object: "denied that Russian
// troops had crossed", "denied misleading the House", "rejected Israeli
// claims that its fighters had attacked a convoy in Rafah".
func (d *doc) namedInDeniedClause(ev *event) []int {
	x, v := d.denyingVerb(ev)
	if v < 0 {
		return nil
	}
	roots := x.deniedClauses(v)
	for _, o := range x.childrenWith(v, "obj") {
		if deniedNouns[x.lemma(o)] != "" {
			roots = append(roots, o) // "rejected Israeli claims", "denied a Der Spiegel report"
		}
	}
	var out []int
	for _, c := range roots {
		for w := range x.tree.Words {
			if x.dominates(c, w) {
				out = append(out, d.entsAt(ev.sent, x, w, ev.typ)...)
			}
		}
	}
	return out
}

//go:embed data/denied_nouns.tsv
var deniedNounsTSV string

// deniedNouns is data/denied_nouns.tsv: noun -> the kind of event it refers to.
var deniedNouns = func() map[string]string {
	out := map[string]string{}
	for n, line := range strings.Split(deniedNounsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 || f[1] != "accusation" && f[1] != "report" && f[1] != "claim" && f[1] != "criticism" {
			panic(fmt.Sprintf("extract: data/denied_nouns.tsv:%d: want noun, accusation|report|claim|criticism: %q", n+1, line))
		}
		out[f[0]] = f[1]
	}
	return out
}()

// deniedByNoun links a denial about no claim of its denier's by the noun
// it takes as object: "dismissed the accusations" denies the nearest
// accusation before it (or what that accused someone of), "denied any
// involvement" the nearest alleged event or claim, within nounReach
// sentences; the noun's own claim where none came before. It is nil
// without such a noun.
func (d *doc) deniedByNoun(i int, ev *event) *event {
	x, v := d.denyingVerb(ev)
	if v < 0 {
		return nil
	}
	refers, noun := "", -1
	// what is denied is the object, or the subject of a passive: "the
	// report was denied by the Kremlin"
	for _, o := range append(x.objectsOf(v), x.childrenWith(v, "nsubj:pass")...) {
		if r := deniedNouns[strings.ToLower(x.lemma(o))]; r != "" {
			refers, noun = r, o
		}
	}
	if refers == "" && slices.ContainsFunc(x.objectsOf(v), func(o int) bool { return demonstratives[strings.ToLower(x.tree.Words[o])] }) {
		// "Dunst said the memo showed cuts. Sigg rejected that": what
		// was said just before
		if o := d.saidJustBefore(i, ev); o != nil {
			return o
		}
	}
	if refers == "" {
		// a claim called false: "these claims are baseless", "that is not true"
		w, c := d.refutation(ev.sent)
		switch {
		case w < 0:
			return nil
		case c >= 0:
			refers, noun = claimRefers(x, c), c
		default:
			refers = "claim"
		}
	}
	// the noun may itself tell the claim, when nothing before it did:
	// "dismissed the accusations as a provocation"
	var told *event
	for _, o := range d.evSent[ev.sent] {
		if claimTypes[o.typ] && x.eventWord(o) == noun { // "denied reports that …", read as a verb too
			told = o.kept()
		}
	}
	var first, second *event
	if refers == "claim" && noun >= 0 {
		// "X said its forces had killed Y, a claim Y dismissed": the
		// claim is what the sentence reports someone saying, its source
		// or, where the speaker takes part in it, under the speech
		for _, o := range d.evSent[ev.sent] {
			if o.kept() == o && o != ev && o.trig[0] < x.token(noun) && (o.hasRole("source") || d.spokenIn(x, o)) {
				first = o
			}
		}
	}
	for k := i - 1; k >= 0 && first == nil; k-- {
		o := d.events[k].kept()
		if o == nil || o == ev || o == told || o.sent < ev.sent-nounReach {
			continue
		}
		want, fallback := refersTo(refers, o)
		if !want && refers == "claim" && !speechActs[o.typ] {
			// what a statement tells, where its speaker takes part:
			// "Russia's defence ministry said its forces had captured
			// Ternivka. Ukraine's General Staff denied the claim"
			if ox, _ := d.eventTree(o); ox != nil && d.spokenIn(ox, o) {
				want = true
			}
		}
		if want {
			first = o
			break
		}
		if fallback && second == nil {
			second = o
		}
	}
	if first != nil {
		return d.claimedIn(first)
	}
	if told != nil {
		return told
	}
	if second == nil && refers == "claim" && noun < 0 {
		// a pronoun no claim before answers: what was said just before
		// ("Quell criticised the plan. \"I reject that,\" Brenn said")
		if o := d.saidJustBefore(i, ev); o != nil {
			return o
		}
	}
	if second == nil {
		// a lead may deny before it tells what it denies: "X denied a
		// newspaper report that … The daily Y reported on Wednesday that …"
		first = d.toldAfter(i, ev, refers)
	}
	if first != nil {
		return d.claimedIn(first)
	}
	return second
}

// demonstratives stand for what was just said ("rejected that").
var demonstratives = set("that this")

// saidJustBefore is what the sentence before denial ev, the i-th event,
// tells someone other than the denier said: what it tells as a claim, else
// the statement, criticism or claim itself; nil where it tells none. An
// interview's answer reaches back over the whole question put to it ("Q:
// Marta Quell called your plan a giveaway. How do you respond? A: I
// reject that").
func (d *doc) saidJustBefore(i int, ev *event) *event {
	denier := d.agentOf(ev)
	from := d.questionAnswered(ev.sent)
	var said *event
	for k := i - 1; k >= 0; k-- {
		o := d.events[k].kept()
		if o == nil || o == ev || o.sent >= ev.sent {
			continue
		}
		if o.sent < from {
			break
		}
		if o.claimed() && !o.has(denier) {
			return o
		}
		if said == nil && (o.typ == "STATEMENT" || o.typ == "CRITICISM" || claimTypes[o.typ]) && d.agentOf(o) != denier {
			said = o
		}
	}
	return said
}

// questionAnswered is the first sentence of the question an interview's
// answer at sentence si answers, where si opens the answer and a question
// is put right before it, up to three sentences long; else the sentence
// before si.
func (d *doc) questionAnswered(si int) int {
	from := si - 1
	if d.turns == nil || si == 0 || d.turns[si].speaker < 0 || d.turns[si].asks || !d.turns[si-1].asks {
		return from
	}
	for k := si - 1; k >= 0 && k >= si-3 && d.turns[k].asks && d.turns[k] == d.turns[si-1]; k-- {
		from = k
	}
	return from
}

// spokenIn reports whether event o is told in a clause under a statement
// of its sentence, whose tree is x: "Israel said its forces had killed".
func (d *doc) spokenIn(x *syntax, o *event) bool {
	w := x.eventWord(o)
	return w >= 0 && slices.ContainsFunc(d.evSent[o.sent], func(s *event) bool {
		v := x.eventWord(s)
		return s != o && (s.speech || s.typ == "STATEMENT") && v >= 0 && v != w && x.dominates(v, w)
	})
}

// carries reports whether statement o tells event ev in its clause.
func (d *doc) carries(o, ev *event) bool {
	if o.sent != ev.sent || !o.speech && o.typ != "STATEMENT" {
		return false
	}
	x, v := d.eventTree(o)
	if v < 0 {
		return false // no parse, no word of the statement in it
	}
	w := x.eventWord(ev)
	return w >= 0 && v != w && x.dominates(v, w)
}

// toldByAnother reports whether event o is told on the word of another
// than denier: an unnamed speaker's, a source's, a statement's its
// clause is under.
func (d *doc) toldByAnother(o *event, denier int) bool {
	return o.attribution != "" || slices.ContainsFunc(o.parts, func(p part) bool { return p.role == "source" && p.ent != denier }) || d.spokenByAnother(o, denier)
}

// spokenByAnother reports whether event o is told in a clause under a
// statement of its sentence by another than denier: "Germany said Russia
// had run a disinformation campaign", which the Kremlin may deny.
func (d *doc) spokenByAnother(o *event, denier int) bool {
	x, w := d.eventTree(o)
	return w >= 0 && slices.ContainsFunc(d.evSent[o.sent], func(s *event) bool {
		v := x.eventWord(s)
		return s != o && !s.dropped && (s.speech || s.typ == "STATEMENT") && v >= 0 && v != w && x.dominates(v, w) && d.agentOf(s) != denier
	})
}

// toldAfter is the claim of the kind refers names told in the few
// sentences after a denial's about its denier, or nil.
func (d *doc) toldAfter(i int, ev *event, refers string) *event {
	denier := d.agentOf(ev)
	if denier < 0 {
		return nil
	}
	for _, o := range d.events[i+1:] {
		if o.sent > ev.sent+forwardReach {
			break
		}
		if o = o.kept(); o == nil || o == ev || o.sent == ev.sent || !o.has(denier) && !o.has(d.bodysState(denier)) {
			continue
		}
		if spokenTypes[o.typ] && (slices.Contains(o.withRole("agent"), denier) || slices.Contains(o.withRole("source"), denier)) {
			continue // "X rejected the accusations. The ministry accused Kolar of lying": X's retort, not what X denies
		}
		if want, fallback := refersTo(refers, o); want || refers == "claim" && fallback {
			return o
		}
	}
	return nil
}

// bodysState is the state whose voice body b is ("the Kremlin", "the
// Chinese embassy" speak for Russia, China), which a claim may name in
// its stead: "The Kremlin dismissed the accusations … Britain accused
// Russia of plotting"; -1 for none, or for a person.
func (d *doc) bodysState(b int) int {
	if d.ents[b].kind != polgraph.KindOrganization {
		return -1
	}
	if code := d.ents[b].missionOf; code != "" {
		return d.countryEntity(code)
	}
	return d.countryOf(b)
}

// voiceOfDoer reports whether denier is the voice of the state that does
// event t, or whose officer does it: "The Kremlin denied that Putin met
// the envoy" is the meeting's own side denying it.
func (d *doc) voiceOfDoer(denier int, t *event) bool {
	if denier < 0 {
		return false
	}
	st := d.bodysState(denier)
	if st < 0 {
		return false
	}
	doer := d.agentOf(t)
	if doer < 0 {
		return false
	}
	if l := d.ents[doer].leader; l != nil && l.Country != "" && d.countryEntity(l.Country) == st {
		return true // a leader the gazetteer knows, of the state they lead
	}
	return d.countryOf(doer) == st
}

// forwardReach is how many sentences after a denial what it denies may
// be told: a lead's next paragraph or two.
const forwardReach = 3

// refersTo tells whether event o is what a denied noun of kind refers
// names (want), or, failing one, a claim it may stand for (fallback).
func refersTo(refers string, o *event) (want, fallback bool) {
	switch refers {
	case "report":
		// what someone is told to have said stands for the reports:
		// "Protesters said police fired tear gas …. The ministry denied
		// the reports"
		return o.typ == "REPORT", claimTypes[o.typ] || o.claimed() || o.hasRole("source")
	case "claim":
		// what someone is told to claim: "Russia said Ukrainian
		// drones had attacked …. Ukraine denied the claim"
		return o.claimed() || o.hasRole("source"), claimTypes[o.typ]
	case "criticism":
		return o.typ == "CRITICISM", claimTypes[o.typ] || o.claimed()
	}
	return o.typ == "ACCUSATION", claimTypes[o.typ] || o.claimed()
}

// claimed reports whether event ev is told as a claim: alleged, or
// denied, which is still alleged by its source and may be denied again
// ("Wardle denied the allegations … His lawyer said the claims were false").
func (ev *event) claimed() bool {
	return ev.status == "alleged" || ev.status == "denied"
}

// nounReach is how many sentences back a denial's noun ("the
// accusations") may refer: a definite noun reaches further than a pronoun.
const nounReach = 8

// claimedIn is what a claim tells, where its sentence tells it as an
// event: what an accusation accuses someone of, the alleged event a
// report reports ("The Lantern reported that Holm met the envoy"). A
// denial of the claim by its noun ("the Kremlin denied the report")
// denies that event. Else it is the claim.
func (d *doc) claimedIn(claim *event) *event {
	if claim.typ != "REPORT" {
		return d.accusedOf(claim)
	}
	x, v := d.denyingVerb(claim) // the report's verb, as a denial's
	if v < 0 {
		return claim
	}
	for _, o := range d.evSent[claim.sent] {
		if w := x.eventWord(o); o != claim && !o.dropped && o.status == "alleged" && w >= 0 && x.dominates(v, w) {
			return o
		}
	}
	return claim
}

// accusedOf is what an accusation accuses someone of, where its sentence
// tells it as an event ("accused X of interference in the elections",
// "of interfering", "of launching drone strikes"): what a denial of the
// accusation denies.
// Else it is the accusation.
func (d *doc) accusedOf(acc *event) *event {
	if acc.typ != "ACCUSATION" || acc.noun {
		return acc
	}
	x, v := d.eventTree(acc)
	if x == nil {
		return acc
	}
	for _, o := range d.evSent[acc.sent] {
		if w := x.eventWord(o); o != acc && !o.dropped && (o.noun && x.hangsOn(v, w) || w >= 0 && accusedAct(x, v, w)) {
			return o
		}
	}
	return acc
}

// deniedAccusation is the accusation a denial answers by denying the act
// in its own words: "Holm denied misleading parliament" after "Brill
// accused the minister of misleading parliament", where the act is no
// event of its own. It is the nearest accusation, within nounReach
// sentences before, whose "of" clause has the lemma of the clause the
// denial governs, or what it accuses of where that is an event
// ("denied launching drones" after "accused Calmora of launching drone
// strikes"); nil without one.
func (d *doc) deniedAccusation(i int, ev *event) *event {
	x, v := d.denyingVerb(ev)
	if v < 0 {
		return nil
	}
	acts := map[string]bool{}
	for _, c := range x.deniedClauses(v) {
		if x.isVerb(c) {
			acts[x.lemma(c)] = true
		}
	}
	if len(acts) == 0 {
		return nil
	}
	denier := d.agentOf(ev)
	for k := i - 1; k >= 0; k-- {
		acc := d.events[k].kept()
		if acc == nil || acc.typ != "ACCUSATION" || acc.noun || acc.sent < ev.sent-nounReach || denier >= 0 && d.agentOf(acc) == denier {
			continue // one's own accusation is not denied
		}
		y := d.syntaxOf(acc.sent)
		if y == nil {
			continue
		}
		a := y.eventWord(acc)
		for w := range y.tree.Words {
			if acts[y.lemma(w)] && y.isVerb(w) && accusedOf(y, a, w) {
				return d.accusedOf(acc)
			}
		}
	}
	return nil
}

// deniedClauses are the clauses denial verb v governs: "denied that he
// had met", "denied accepting money", and a gerund right after it, but
// for its adverbs, which the parser may read as an adverbial clause
// ("denied ever meeting the ambassador"; not "denied the report, saying
// it was false", which says more).
func (x *syntax) deniedClauses(v int) []int {
	out := x.childrenWith(v, "ccomp", "xcomp")
	for _, c := range x.childrenWith(v, "csubj") {
		if c > v && x.marked(c, "that") {
			out = append(out, c) // "denies reports that Putin met …", its clause read as a subject after the verb
		}
	}
	for _, c := range x.childrenWith(v, "advcl") {
		if c <= v || x.tree.XPOS[c] != "VBG" || len(x.childrenWith(c, "mark", "nsubj")) > 0 {
			continue
		}
		adjacent := true
		for k := v + 1; k < c; k++ {
			adjacent = adjacent && x.head(k) == v && x.rel(k) == "advmod"
		}
		if adjacent {
			out = append(out, c)
		}
	}
	return out
}

// deniedActs are the lemmas of the verbs of the clauses a denial's verb
// governs: "receive" in "denied receiving money from Moscow"; nil for a
// denial of a claim by its noun ("denied the charges", "denies wrongdoing"),
// or by a clause that only calls the claim false ("said the charges were
// politically motivated", "were fabricated"), which names no act.
func (d *doc) deniedActs(ev *event) map[string]bool {
	x, v := d.denyingVerb(ev)
	if v < 0 {
		return nil
	}
	var acts map[string]bool
	for _, c := range x.deniedClauses(v) {
		if x.isVerb(c) && !x.saysInnocence(c) && refutationUses[x.lemma(c)] != "false" {
			if acts == nil {
				acts = map[string]bool{}
			}
			acts[x.lemma(c)] = true
		}
	}
	return acts
}

// saysInnocence reports whether clause c only says its subject did no
// wrong ("he had done nothing wrong") or took no part in what it names
// ("Moscow had nothing to do with the attack"), which names no act a
// charge must tell: it answers an arrest or a charge of anything, or what
// was told on another's word.
func (x *syntax) saysInnocence(c int) bool {
	for w := range x.tree.Words {
		if !x.dominates(c, w) {
			continue
		}
		switch refutationUses[x.lemma(w)] {
		case "innocent":
			if x.ownInnocence(w) {
				return true
			}
		case "unrelated":
			if x.baseRel(w) == "obj" && x.head(w) == c && x.lemma(c) == "have" {
				return true
			}
		}
	}
	return false
}

// tellsActs reports whether charge o's phrase has a verb of one of acts,
// or acts is nil: a denial that names its own act denies a charge
// of that act ("charged with taking bribes … denied taking bribes"), not
// one of another ("X, who has been charged with incitement, denied
// receiving money from Moscow" denies the money, not the incitement).
func (d *doc) tellsActs(o *event, acts map[string]bool) bool {
	if acts == nil {
		return true
	}
	x, v := d.eventTree(o)
	if v < 0 {
		return false
	}
	for w := range x.tree.Words {
		if w != v && x.isVerb(w) && acts[x.lemma(w)] && x.dominates(v, w) {
			return true
		}
	}
	return false
}

// deniesApart reports two denials whose clauses name different acts:
// "Holm denied meeting the envoy. She also denied taking bribes" are two
// denials, of two claims, though one denier and one day would take them
// for one told twice.
func (d *doc) deniesApart(a, b *event) bool {
	if a.typ != "DENIAL" || b.typ != "DENIAL" {
		return false
	}
	actsA, actsB := d.deniedActs(a), d.deniedActs(b)
	if len(actsA) == 0 || len(actsB) == 0 {
		return false
	}
	for l := range actsA {
		if actsB[l] {
			return false
		}
	}
	return true
}

// deniedActsKey is the lemmas of the acts denial ev names, sorted and
// joined: what tells its id from another's denial of that day.
func (d *doc) deniedActsKey(ev *event) string {
	var ls []string
	for l := range d.deniedActs(ev) {
		ls = append(ls, l)
	}
	slices.Sort(ls)
	return strings.Join(ls, ",")
}

// isAct reports whether event o is told by a verb of one of acts, the
// lemmas of the acts a denial names: "interfered" for "does not
// interfere", by its lemma or, where the parser's lemma differs
// ("interfer"), by a form of the act's.
func (d *doc) isAct(o *event, acts map[string]bool) bool {
	x, w := d.eventTree(o)
	return w >= 0 && x.verbOfActs(w, acts)
}

// verbOfActs reports whether word w is a verb of one of acts, lemmas, by
// its lemma or by a form of one.
func (x *syntax) verbOfActs(w int, acts map[string]bool) bool {
	if !x.isVerb(w) {
		return false
	}
	if acts[x.lemma(w)] {
		return true
	}
	for l := range acts {
		if slices.Contains(verbForms(l), strings.ToLower(x.tree.Words[w])) {
			return true
		}
	}
	return false
}

// denyingVerb is the tree of a denial's sentence and the word of its
// verb; the word is -1 for a noun ("his denial") or where there is no tree.
func (d *doc) denyingVerb(ev *event) (*syntax, int) {
	if ev.noun {
		return nil, -1
	}
	x, v := d.eventTree(ev)
	if v < 0 || !slices.ContainsFunc(triggers[d.toks[x.token(v)].lower], func(t trigger) bool { return t.speech }) {
		return x, v
	}
	// "\"We deny these claims,\" the ministry said": a denial told by
	// the verb of speech that names its speaker (saidDenial) denies what
	// the quoted verb of denial takes as its object
	for w := range x.tree.Words {
		if i := x.token(w); w != v && x.isVerb(w) && (x.dominates(v, w) || x.dominates(w, v)) && slices.ContainsFunc(triggers[d.toks[i].lower], func(t trigger) bool {
			return t.typ == "DENIAL" && len(t.words) == 1 && !t.noun
		}) {
			return x, w
		}
	}
	return x, v
}

// kept is the event that stands for ev in the output: itself, or the
// event it was merged into; nil when it was dropped outright.
func (ev *event) kept() *event {
	for n := 0; ev != nil && ev.dropped && n < 8; n++ {
		ev = ev.same
	}
	if ev != nil && ev.dropped {
		return nil
	}
	return ev
}

// deniedInClause is the event told in a clause the denial verb governs:
// "denied that he had met", "denied accepting money". Where that is a
// claim with a clause of its own, what the claim tells is denied, and
// claimed is true: "her office said reports that she had met Lind were
// untrue" denies the meeting, not the reports.
func (d *doc) deniedInClause(ev *event) (t *event, claimed bool) {
	x, v := d.denyingVerb(ev)
	if v < 0 {
		return nil, false
	}
	clauses := x.deniedClauses(v)
	for _, o := range d.evSent[ev.sent] {
		if o == ev {
			continue
		}
		if w := x.eventWord(o); w >= 0 && slices.ContainsFunc(clauses, func(c int) bool {
			return x.dominates(c, w) && !(x.rel(w) == "conj" && x.head(w) == c) && !x.asideUnder(c, w)
		}) {
			// not a verb joined to the clause's own predicate: "said the
			// claims were unfounded and accused Chisinau" is two acts;
			// nor one the parse hangs on it that says more of the
			// denier: "denied reports that he would resign, saying he
			// would fight on"
			if claimTypes[o.typ] && deniedNouns[strings.ToLower(x.lemma(w))] != "" {
				if t := d.toldInClaim(x, ev, x.claimClauses(w)); t != nil {
					return t, true
				}
			}
			return d.allegedEarlier(o.kept(), ev), x.inClaimClause(w)
		}
	}
	return nil, false
}

// deniedInClaimClause is the event told in the clause of the claims a
// denial takes as its object, what they say: "denied reports that he had
// ordered the strike", "rejected claims that she had met Lind", "the
// reports, which said he had met the envoy"; of several, the one nearest
// the clause's root. The denial denies what the claims tell, as "refuted
// the report" denies the meeting it told. Only claims in the plural, which
// the denial brings up itself: one claim in the singular ("denied the
// report that ...", "a report by the Herald that ...") is one the article
// tells as an event of its own, which the denial answers as such (on the
// validation set, linking its clause added a link the gold does not have,
// even where the article tells no event of the report).
func (d *doc) deniedInClaimClause(ev *event) *event {
	x, v := d.denyingVerb(ev)
	if v < 0 {
		return nil
	}
	var clauses []int
	for _, o := range append(x.objectsOf(v), x.childrenWith(v, "nsubj:pass")...) {
		if x.tree.XPOS[o] == "NNS" && deniedNouns[strings.ToLower(x.lemma(o))] != "" {
			clauses = append(clauses, x.claimClauses(o)...)
		}
	}
	return d.toldInClaim(x, ev, clauses)
}

// toldInClaim is the event a claim's clauses tell, the act nearest their
// root, as it stands in the output; nil for none.
func (d *doc) toldInClaim(x *syntax, ev *event, clauses []int) *event {
	var best *event
	bestDepth := 0
	for _, o := range d.evSent[ev.sent] {
		w := x.eventWord(o)
		if o == ev || o.dropped || w < 0 {
			continue
		}
		if o.typ == "STATEMENT" {
			continue // "denied reports that he would resign, saying he would stay": his own words
		}
		for _, c := range clauses {
			if !x.dominates(c, w) || !x.claimsAct(w) || x.asideUnder(c, w) {
				continue
			}
			depth := 0
			for k := w; k != c && k >= 0; k = x.head(k) {
				depth++
			}
			if best == nil || depth < bestDepth {
				best, bestDepth = o, depth
			}
		}
	}
	if best == nil {
		return nil
	}
	return d.allegedEarlier(best.kept(), ev)
}

// asideUnder reports whether word w lies under clause c only through an
// adverbial clause or a parataxis the parse hung on it, which says more
// of the sentence than the claim tells: "denied reports that he would
// resign, calling them a smear", "after a report by the BBC that Holm had
// been arrested, Lithuania summoned the ambassador".
func (x *syntax) asideUnder(c, w int) bool {
	for k := w; k != c && k >= 0; k = x.head(k) {
		if x.rel(k) == "parataxis" || x.baseRel(k) == "advcl" {
			return true
		}
	}
	return false
}

// inClaimClause reports whether word w lies in the clause of a claim's
// noun: "said suggestions that the Kremlin ordered the attack were
// absurd" tells the attack as claimed.
func (x *syntax) inClaimClause(w int) bool {
	for c := w; c >= 0 && x.head(c) >= 0; c = x.head(c) {
		if x.claimNounOf(c) >= 0 {
			return true
		}
	}
	return false
}

// claimNounOf is the claim noun whose clause c is, as claimClauses finds
// them: the noun c hangs on, or the one right before its "that"; -1 for
// none.
func (x *syntax) claimNounOf(c int) int {
	cands := []int{x.head(c)}
	for k := 1; k < c; k++ {
		if x.head(k) == c && strings.EqualFold(x.tree.Words[k], "that") {
			cands = append(cands, k-1)
		}
	}
	for _, n := range cands {
		if n >= 0 && x.tree.UPOS[n] == "NOUN" && deniedNouns[strings.ToLower(x.lemma(n))] != "" && slices.Contains(x.claimClauses(n), c) {
			return n
		}
	}
	return -1
}

// claimsAct reports whether event word w, in a claim's clause, tells the
// act the claim says was done: a verb ("that he had met Lind"), the noun
// of a light verb ("that he had ordered the air strike", "had held talks")
// or of a verb of happening ("that the meeting took place"); not a noun
// the claimed act is done to ("that Brill had funded the protests": the
// protests were held, the funding is claimed).
func (x *syntax) claimsAct(w int) bool {
	if x.isVerb(w) {
		return true
	}
	h := x.head(w)
	if h < 0 || !x.isVerb(h) {
		return false
	}
	switch x.baseRel(w) {
	case "obj":
		return slices.ContainsFunc(verbForms(x.lemma(h)), func(f string) bool { return lightVerbs[f] })
	case "nsubj":
		return x.happening(h)
	}
	return false
}

// claimClauses are the clauses that tell what claim noun n says: a clause
// on it marked "that" ("reports that he had met"), or read as a relative
// clause whose "that" has no other part in it ("the report that she had
// resigned", "that" read as the object of "resigned"); one hung on the
// outlet the noun names ("a report by the Herald that she had resigned");
// what a relative clause on it says it said ("the reports, which said he
// had met the envoy").
func (x *syntax) claimClauses(n int) []int {
	heads := []int{n}
	for _, m := range x.childrenWith(n, "nmod") {
		if x.caseOf(m) == "by" && x.pos(m) == "PROPN" {
			heads = append(heads, m) // "a report by the Herald that …"
		}
	}
	var out []int
	if n+1 < len(x.tree.Words) && strings.EqualFold(x.tree.Words[n+1], "that") && x.rel(n+1) == "mark" {
		// the clause right after the noun, wherever the parse hangs it:
		// "there is no truth to reports that he was arrested", read as
		// the truth's
		if c := x.head(n + 1); c > n && x.isVerb(c) && !x.dominates(c, n) {
			out = append(out, c)
		}
	}
	for _, h := range heads {
		for _, c := range x.childrenWith(h, "acl", "acl:relcl", "ccomp") {
			if slices.Contains(out, c) {
				continue
			}
			if !x.isVerb(c) {
				continue
			}
			marked, relative := false, false
			for k := range x.tree.Words {
				if x.head(k) != c || k > c {
					continue
				}
				switch l := strings.ToLower(x.tree.Words[k]); {
				case l == "that" && x.rel(k) == "mark":
					marked = true
				case l == "that" && x.baseRel(k) == "obj" && len(x.childrenWith(c, "nsubj", "nsubj:pass")) > 0 && !claimMaking[x.lemma(c)]:
					// "the report that she had resigned", "that" read as
					// the object of a verb that takes none; not "the
					// report that the Herald published"
					marked = true
				case l == "that" || l == "which" || l == "who":
					relative = true
				}
			}
			switch {
			case marked, x.ofGerund(c):
				out = append(out, c)
			case relative && claimSpeech[x.lemma(c)]:
				out = append(out, x.childrenWith(c, "ccomp")...) // "the reports, which said he had met"
			}
		}
	}
	return out
}

// ofGerund reports whether clause c is a gerund on a claim noun that
// names no doer: "accusations of meddling in the vote", "allegations of
// having funded the party".
func (x *syntax) ofGerund(c int) bool {
	return x.tree.XPOS[c] == "VBG" && x.markOf(c) == "of" && len(x.childrenWith(c, "nsubj", "nsubj:pass")) == 0
}

// claimMaking are the verbs a claim is made, published or pressed by,
// whose "that" is a relative's: "the allegations that she made".
var claimMaking = set("make publish print carry run air broadcast write level file raise repeat report")

// claimSpeech are the verbs by which a claim says what it tells: "the
// reports, which said he had met the envoy".
var claimSpeech = set("say claim allege suggest state")

// allegedEarlier is the alleged event an undated denied clause tells
// again: in "The Lantern reported that Holm met the envoy in May. Holm
// denied that she had met the envoy", the denied meeting is the reported
// one, which the clause's own event then merges into; so is what one named
// said was done ("Moravec said Russia had tried to interfere in the
// elections"), and what a state's voice denies of the state ("The Kremlin
// denied interfering in the elections"). It is o itself when no earlier
// event of its type, alleged or told on someone's word, shares its
// subject or the subject's state. A clause dated by the day of denial ev
// is undated here: in "On Tuesday, Holm denied meeting the envoy"
// Tuesday is the denial's day, not the meeting's.
func (d *doc) allegedEarlier(o, ev *event) *event {
	if o == nil || o.date != "" && o.date != ev.date {
		return o
	}
	subj := d.agentOf(o)
	if subj < 0 {
		return o
	}
	for _, e := range d.events {
		if e == o {
			break
		}
		if e = e.kept(); e != nil && e != o && e.typ == o.typ && (e.status == "alleged" || e.hasRole("source")) && (e.has(subj) || d.bodysState(subj) >= 0 && e.has(d.bodysState(subj))) {
			o.dropped, o.same = true, e
			return e
		}
	}
	return o
}

// denialsByNegation makes a denial of a statement whose speaker says that
// what was alleged of them did not happen, with no verb of denying: "Sand
// said the meeting never happened", "said no such meeting took place",
// "insisted he had never met the ambassador" after a report that Sand met
// the ambassador. The negated clause must tell an event of the type of one
// alleged before of the speaker (or of which the speaker is accused), done
// by the speaker ("he", "she", "we", the speaker's name) or named by its
// noun as subject of a verb of happening; the link itself is left to
// linkDenials.
func (d *doc) denialsByNegation() {
	for _, ev := range d.events {
		if ev.unsaid && !ev.dropped {
			// "The MP's office said he had never met the diplomat": a
			// denial for the one spoken for only where it was alleged
			ev.dropped = !d.deniesAlleged(ev)
			continue
		}
		if ev.dropped || ev.typ != "STATEMENT" || !ev.speech {
			continue
		}
		speaker := d.agentOf(ev)
		if speaker < 0 {
			continue
		}
		x, v := d.eventTree(ev)
		if v < 0 {
			continue
		}
		if slices.ContainsFunc(d.evSent[ev.sent], func(o *event) bool { return o.typ == "DENIAL" && !o.dropped && x.eventWord(o) == x.head(v) }) {
			continue // "denied the allegations, saying she had never met them": one denial, said more
		}
		if d.deniesAlleged(ev) {
			ev.typ = "DENIAL"
		} else if c := d.claimOfNegatedAct(ev); c != nil {
			ev.typ, ev.denies = "DENIAL", []*event{c}
		} else if c := d.suchEventDenied(ev); c != nil {
			ev.typ, ev.denies = "DENIAL", []*event{c}
		}
	}
}

// suchEventDenied is the claimed event that statement ev says did not
// happen by pointing back to it with "no such": "The Interior Ministry
// said no such arrest took place" after a post claiming that Brenak was
// arrested. "Such" names an event already told, so the statement denies
// it whoever speaks, a participant or not: the nearest claimed event, in
// the four sentences before, of a type the noun tells.
func (d *doc) suchEventDenied(ev *event) *event {
	x, v := d.eventTree(ev)
	if v < 0 {
		return nil
	}
	for _, c := range x.childrenWith(v, "ccomp") {
		subj := x.childrenWith(c, "nsubj")
		if len(subj) != 1 || !x.happening(c) || !x.negated(subj[0]) || !x.pointsBack(subj[0]) {
			continue
		}
		types := nounEventTypes(x.tree.Words[subj[0]])
		for i := len(d.events) - 1; i >= 0; i-- {
			o := d.events[i].kept()
			if o != nil && o.sent < ev.sent && o.sent >= ev.sent-4 && types[o.typ] && o.claimed() {
				return o
			}
		}
	}
	return nil
}

// pointsBack reports whether noun n is modified by "such", which points
// back to something already told ("no such meeting").
func (x *syntax) pointsBack(n int) bool {
	return slices.ContainsFunc(x.childrenWith(n, "amod", "det"), func(c int) bool { return x.lemma(c) == "such" })
}

// nounEventTypes are the event types that word, as a one-word noun
// trigger, tells ("meeting", "arrest").
func nounEventTypes(word string) map[string]bool {
	out := map[string]bool{}
	for _, t := range triggers[strings.ToLower(word)] {
		if t.noun && len(t.words) == 1 {
			out[t.typ] = true
		}
	}
	return out
}

// claimOfNegatedAct is the claim told before statement ev, within four
// sentences, that its speaker's side did an act no event type tells,
// which the statement's negated clause says it did not do by the same
// verb: "The Herald reported that the Civic Union had funded the Green
// Dawn party … \"We have never funded any party,\" Civic Union leader
// Arno Dorn said". The side is the speaker, or a body named in the
// speaker's phrase, for "we" or "I" or by name; the claim is a report or
// an accusation, or another's statement, whose clause has that side as
// the subject of that verb. It is nil for none.
func (d *doc) claimOfNegatedAct(ev *event) *event {
	speaker := d.agentOf(ev)
	x, v := d.eventTree(ev)
	if speaker < 0 || v < 0 {
		return nil
	}
	sides := []int{speaker}
	for _, subj := range x.childrenWith(v, "nsubj") {
		for _, mi := range d.sentMents[ev.sent] {
			m := &d.ments[mi]
			if w := x.nameHead(m.first, m.last); m.ent >= 0 && w >= 0 && x.dominates(subj, w) {
				sides = appendNew(sides, d.refs(m)...)
			}
		}
	}
	acts := map[string]bool{}
	for _, c := range x.childrenWith(v, "ccomp") {
		subjects := x.childrenWith(c, "nsubj")
		if !x.negated(c) || !x.isVerb(c) || len(subjects) != 1 {
			continue
		}
		subj := subjects[0]
		if l := x.lemma(subj); l == "we" || l == "i" || slices.ContainsFunc(d.entsAt(ev.sent, x, subj, "STATEMENT"), func(e int) bool { return slices.Contains(sides, e) }) {
			acts[x.lemma(c)] = true
		}
	}
	if len(acts) == 0 {
		return nil
	}
	for k := len(d.events) - 1; k >= 0; k-- {
		o := d.events[k].kept()
		if o == nil || o == ev || o.sent >= ev.sent || o.sent < ev.sent-4 || o.noun || slices.Contains(sides, d.agentOf(o)) {
			continue
		}
		if !claimTypes[o.typ] && o.typ != "STATEMENT" && !o.speech {
			continue
		}
		y, u := d.eventTree(o)
		if u < 0 {
			continue
		}
		for w := range y.tree.Words {
			if w == u || !y.dominates(u, w) || y.negated(w) || !y.verbOfActs(w, acts) {
				continue
			}
			for _, s := range y.childrenWith(w, "nsubj") {
				if slices.ContainsFunc(d.entsAt(o.sent, y, s, "STATEMENT"), func(e int) bool { return slices.Contains(sides, e) }) {
					return o
				}
			}
		}
	}
	return nil
}

// deniesAlleged reports whether speech event ev's negated clauses say
// that an event alleged of its speaker, or of the one its speaker speaks
// for, did not happen.
func (d *doc) deniesAlleged(ev *event) bool {
	speaker := d.agentOf(ev)
	x, v := d.eventTree(ev)
	if speaker < 0 || v < 0 {
		return false
	}
	types := map[string]bool{}
	for _, c := range x.childrenWith(v, "ccomp") {
		for typ := range d.negatedEventTypes(ev.sent, x, c, speaker) {
			types[typ] = true
		}
	}
	return len(types) > 0 && d.allegedOf(ev, speaker, types)
}

// negatedEventTypes are the event types clause c, negated, says did not
// happen: those of its verb when its subject is the speaker ("he had never
// met them"), those of its subject's noun when its verb tells only that
// something happened ("the meeting never happened", "no such meeting took
// place").
func (d *doc) negatedEventTypes(si int, x *syntax, c int, speaker int) map[string]bool {
	out := map[string]bool{}
	subjects := x.childrenWith(c, "nsubj")
	if len(subjects) != 1 {
		return out
	}
	subj := subjects[0]
	if x.happening(c) {
		if !x.negated(c) && !x.negated(subj) { // "no such meeting"
			return out
		}
		return nounEventTypes(x.tree.Words[subj])
	}
	// the speaker by a pronoun or by name, or the state a body speaks
	// for: "Iran's embassy said Tehran had never interfered"
	own := slices.ContainsFunc(d.entsAt(si, x, subj, "STATEMENT"), func(e int) bool { return e == speaker || e == d.bodysState(speaker) })
	if !x.negated(c) || !x.isVerb(c) || !innocentSubjects[x.lemma(subj)] && !own {
		return out
	}
	for _, t := range triggers[strings.ToLower(x.tree.Words[c])] {
		if !t.noun && !t.speech && len(t.words) == 1 {
			out[t.typ] = true
		}
	}
	return out
}

// allegedOf reports whether, in the few sentences up to statement ev, an
// event of one of types is alleged of speaker, or an accusation of the
// speaker accuses them of one.
func (d *doc) allegedOf(ev *event, speaker int, types map[string]bool) bool {
	for _, o := range d.events {
		if o = o.kept(); o == nil || o == ev || o.sent > ev.sent || o.sent < ev.sent-4 || !o.has(speaker) && !o.has(d.bodysState(speaker)) {
			continue
		}
		if types[o.typ] && (o.claimed() || d.toldByAnother(o, speaker)) {
			// told on another's word, named or not: "Lithuania's
			// intelligence service said Belarus had interfered"
			return true
		}
		if o.typ == "ACCUSATION" {
			if a := d.accusedOf(o); a != o && types[a.typ] {
				return true
			}
		}
	}
	return false
}

// happening reports whether verb w tells only that its subject happened,
// by its lemma or its lemma and object ("took place") or expletive
// subject ("there was no meeting", read as "be" with "there").
func (x *syntax) happening(w int) bool {
	if refutationUses[x.lemma(w)] == "happen" {
		return true
	}
	return slices.ContainsFunc(x.childrenWith(w, "obj", "expl"), func(o int) bool { return refutationUses[x.lemma(w)+" "+x.lemma(o)] == "happen" })
}

// refutedClaimOwner is the one named as the maker of the claim that
// denial ev, told by calling a claim false, names ("Rusk said Norland's
// claims were pure fantasy"), or -1.
func (d *doc) refutedClaimOwner(ev *event) int {
	if ev.typ != "DENIAL" {
		return -1
	}
	w, c := d.refutation(ev.sent)
	if w < 0 || c < 0 {
		return -1
	}
	return d.claimOwner(ev.sent, d.syntaxOf(ev.sent), c)
}

// claimedByAnother reports whether claim o is made by one other than
// owner, the one a denial names as the maker of what it denies (-1 for
// none): "Norland's claims" are not Velmark's accusation.
func (d *doc) claimedByAnother(o *event, owner int) bool {
	if owner < 0 {
		return false
	}
	if o.typ == "ACCUSATION" && slices.ContainsFunc(o.parts, func(p part) bool { return p.ent == owner && p.role == "target" }) {
		return true // the accused's claims are not the accusation against them
	}
	m := d.claimMaker(o)
	return m >= 0 && m != owner && d.bodysState(m) != owner && d.bodysState(owner) != m
}

// claimMaker is who makes claim o: an accusation's or a report's agent or
// source, an alleged event's source; or -1.
func (d *doc) claimMaker(o *event) int {
	for _, p := range o.parts {
		if p.role == "source" || claimTypes[o.typ] && p.role == "agent" {
			return p.ent
		}
	}
	return -1
}
