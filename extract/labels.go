package extract

import (
	"slices"
	"strings"
)

// pejorativeWords are what one calls a thing to find fault with it
// (data/words/pejorative_words.txt).
var pejorativeWords = wordSet("pejorative_words.txt")

// firstPersonOwners make a label the speaker's own: "my mistake".
var firstPersonOwners = set("my our")

// labelledPejorative reports whether the verb at tokens [i, i+n) of
// sentence si calls what it is done to a pejorative word: its complement
// ("called the vote a sham", "branded the sanctions illegal"), an "as"
// phrase ("described the ruling as a travesty") or a phrase set after its
// object, which a parse may hang on the object ("called the decision 'a
// disaster'").
func (d *doc) labelledPejorative(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	if x.tree.XPOS[v] == "VBG" && len(x.childrenWith(v, "nsubj")) == 0 && (x.head(v) < 0 || !x.isVerb(x.head(v))) {
		// "vetoed the law, calling it a disgrace": the gerund is done by
		// the subject of the verb it hangs on; hung on a noun, the parse
		// has lost who calls
		return false
	}
	objs := x.childrenWith(v, "obj")
	if len(objs) == 0 {
		return false // "called on", "called for a vote": no one called anything
	}
	for _, p := range x.labelsOf(v, objs) {
		if slices.ContainsFunc(x.subtree(p, nil), func(w int) bool { return firstPersonOwners[strings.ToLower(x.tree.Words[w])] }) {
			continue // "called the story the worst mistake of my career": an admission, no fault found with another
		}
		if pejorativeWords[x.lemma(p)] || pejorativeWords[strings.ToLower(x.tree.Words[p])] {
			return true
		}
		for _, a := range x.childrenWith(p, "amod", "compound", "advmod") {
			if x.rel(a) != "advmod" && pejorativeWords[strings.ToLower(x.tree.Words[a])] {
				return true // "called the vote a shameful act", "a coup attempt"
			}
			if x.rel(a) != "amod" && pejorativeWords[strings.ToLower(x.tree.Words[a]+"-"+x.tree.Words[p])] {
				return true // "a witch hunt", as "a witch-hunt"; "politically motivated"
			}
		}
	}
	return false
}

// quoteMarks open or close a quoted phrase.
var quoteMarks = set("\" ' `` '' “ ” ‘ ’")

// quotedAfter are the words of a quoted phrase that opens right after
// word w, or nil where none does.
func (x *syntax) quotedAfter(w int) []int {
	if w+1 >= len(x.tree.Words) || !quoteMarks[x.tree.Words[w+1]] {
		return nil
	}
	var in []int
	for k := w + 2; k < len(x.tree.Words); k++ {
		if quoteMarks[x.tree.Words[k]] {
			return in
		}
		in = append(in, k)
	}
	return nil // never closed: no phrase set off
}

// labelsOf are the words that may say what verb v calls what it is done
// to, objs its objects: its complement ("called the vote a sham"), an
// "as" phrase ("described the ruling as a travesty"), a second object, a
// complement or a quote the parse hangs on an object ("called the
// decision 'a disaster'"), each with its later conjuncts and "of" phrase
// ("unfair and illegal", "a declaration of war"). Where objs is empty (a
// passive: "was declared an undesirable organisation") any object is one.
func (x *syntax) labelsOf(v int, objs []int) []int {
	preds := x.childrenWith(v, "xcomp")
	if len(x.childrenWith(v, "iobj")) > 0 {
		// "calling them a disgrace" read as a double object: the first
		// is what is called, the second what it is called
		preds = append(preds, objs...)
	}
	for _, c := range x.childrenWith(v, "obl", "obj") {
		if (len(objs) == 0 || c != objs[0]) && (x.rel(c) == "obj" || x.caseOf(c) == "as") {
			preds = append(preds, c)
		}
	}
	for _, o := range objs {
		// the label may be hung on the object's "of" phrase, the last
		// noun before it: "called the arrests of three reporters a
		// disgrace"
		for _, n := range append([]int{o}, x.ofPhrases(o)...) {
			// (a participle the parse reads as a reduced relative on
			// the object: "called the decision politically motivated";
			// an adjective it reads as modifying the noun it follows:
			// "called the move absurd"; a second object it reads as the
			// first one's, as no noun takes one: "called the vote a
			// victory for democracy on Tuesday")
			for _, c := range x.childrenWith(n, "appos", "xcomp", "acl", "obj", "amod") {
				if c > n {
					preds = append(preds, c)
				}
			}
		}
		// a quote right after the object is what it is called, whatever
		// the parse makes of its words: "called the arrest 'unacceptable
		// and politically motivated'"
		preds = append(preds, x.quotedAfter(o)...)
	}
	for _, p := range preds {
		// "called the vote unfair and illegal", "a declaration of war":
		// the fault may be found by a later conjunct or by what the
		// label is "of"
		preds = append(preds, x.childrenWith(p, "conj")...)
		preds = append(preds, x.ofPhrases(p)...)
	}
	return preds
}

// ofPhrases are the "of" phrases on word w: "a declaration of war".
func (x *syntax) ofPhrases(w int) []int {
	var out []int
	for _, c := range x.childrenWith(w, "nmod") {
		if x.caseOf(c) == "of" {
			out = append(out, c)
		}
	}
	return out
}

// verdictObjects name a contest or what it came to
// (data/words/verdict_objects.txt).
var verdictObjects = wordSet("verdict_objects.txt")

// labelSaid reports whether the labelling verb at tokens [i, i+n) of
// sentence si has a named speaker give a verdict on a contest: a label
// for an object of verdictObjects ("Lind called the vote a victory for
// democracy", "described the result as a mandate for change"). Where no
// fault is found, the verdict is the speaker's statement; "called a
// vote", "a group called the Front" say nothing of anything.
func (d *doc) labelSaid(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 || !d.namedSpeaker(i, si, "STATEMENT") {
		return false
	}
	objs := slices.DeleteFunc(x.childrenWith(v, "obj"), func(o int) bool { return !verdictObjects[strings.ToLower(x.lemma(o))] })
	return len(objs) > 0 && len(x.labelsOf(v, objs[:1])) > 0
}
