package parse

// A Unit is a span of words [From, To) that names one thing, which the
// parser is to read as its one word Head: "Human Rights Watch" as "Watch".
type Unit struct{ From, To, Head int }

// CompleteUnits is CompleteParts, then, where units reports names that
// the parse parted (a name's words hung on different words outside it, as
// "Rights" the subject and "Watch" a possessor in "Human Rights Watch's
// director said"), a second parse that reads each such name as its head
// word alone. The name's other words keep the arcs they had inside it, or
// else hang on its head.
func (p *Parser) CompleteUnits(t *Tree, cuts []int, units func(*Tree) []Unit) {
	if t.Head != nil {
		return
	}
	ws := p.workspace()
	defer p.pool.Put(ws)
	p.completeParts(ws, t, cuts)
	if us := units(t); len(us) > 0 {
		p.reparse(ws, t, cuts, us)
	}
	t.words = nil // read once: a long article's window holds thousands of trees
}

// reparse parses t again with each of units us read as its head word.
func (p *Parser) reparse(ws *workspace, t *Tree, cuts []int, us []Unit) {
	n := len(t.Words)
	unit := make([]int, n) // the unit a word is inside, or -1
	for i := range unit {
		unit[i] = -1
	}
	for k, u := range us {
		for i := u.From; i < u.To; i++ {
			unit[i] = k
		}
	}
	var keep []int        // the words the second parse reads
	pos := make([]int, n) // a word's index among keep, or -1
	for i := range n {
		pos[i] = -1
		if unit[i] < 0 || us[unit[i]].Head == i {
			pos[i] = len(keep)
			keep = append(keep, i)
		}
	}
	sub := Tree{Words: make([]string, len(keep)), classes: make([]uint8, len(keep)), words: make([]parserWord, len(keep))}
	for r, i := range keep {
		sub.Words[r], sub.classes[r], sub.words[r] = t.Words[i], t.classes[i], t.words[i]
	}
	var subCuts []int
	for _, c := range cuts {
		if pos[c] >= 0 {
			subCuts = append(subCuts, pos[c])
		}
	}
	p.completeParts(ws, &sub, subCuts)
	for i := range n {
		if r := pos[i]; r >= 0 {
			if h := sub.Head[r]; h < 0 {
				t.Head[i] = -1
			} else {
				t.Head[i] = keep[h]
			}
			t.Rel[i] = sub.Rel[r]
			continue
		}
		u := us[unit[i]]
		if h := t.Head[i]; h >= u.From && h < u.To {
			continue // an arc inside the name: "of" on "Justice" in "Court of Electoral Justice"
		}
		t.Head[i], t.Rel[i] = u.Head, "flat"
		switch {
		case i < u.Head && t.UPOS[i] == "ADJ":
			t.Rel[i] = "amod" // "former" in "former President Ana Holm"
		case i < u.Head:
			t.Rel[i] = "compound"
		}
	}
}
