package cameo

import "strings"

// foldWord makes a pattern word and a text word comparable: lowercase,
// singular ("sanctions" → "sanction") and American spelling ("organisation"
// → "organization"). Both sides go through it, so a wrong fold ("news" →
// "new") only joins words that were equal before, and the dictionary need
// not list every form.
func foldWord(w string) string {
	return americanSpelling(singular(strings.ToLower(w)))
}

// foldVerb makes a lemma comparable: lowercase, single spaces, American
// spelling of each word ("apologise" → "apologize"). Verbs are not
// singularised: a lemma ends in s only as itself ("focus", "press").
func foldVerb(v string) string {
	f := strings.Fields(strings.ToLower(v))
	for i, w := range f {
		f[i] = americanSpelling(w)
	}
	return strings.Join(f, " ")
}

// singular strips a simple English plural. It knows no irregular nouns and
// leaves -ss, -us and -is words alone ("press", "status", "crisis").
func singular(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y" // policies
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		return w[:n-2] // addresses, marches, clashes, taxes
	case n > 3 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// americanSpelling folds the British spellings news copy uses onto the
// dictionary's American ones. Short words are left alone so that "rise"
// and "four" stay themselves.
func americanSpelling(w string) string {
	n := len(w)
	switch {
	case n >= 5 && strings.HasSuffix(w, "ise"):
		return w[:n-3] + "ize" // criticise, apologise
	case n >= 6 && strings.HasSuffix(w, "ised"):
		return w[:n-4] + "ized"
	case n >= 7 && strings.HasSuffix(w, "ising"):
		return w[:n-5] + "izing"
	case n >= 8 && strings.HasSuffix(w, "isation"):
		return w[:n-7] + "ization"
	case n >= 5 && strings.HasSuffix(w, "yse"):
		return w[:n-3] + "yze" // analyse, paralyse
	case n >= 6 && strings.HasSuffix(w, "our"):
		return w[:n-3] + "or" // labour, favour, rumour
	case n >= 7 && strings.HasSuffix(w, "fence"):
		return w[:n-4] + "ense" // defence, offence
	case n >= 6 && strings.HasSuffix(w, "tre"):
		return w[:n-3] + "ter" // centre, theatre
	case w == "programme":
		return "program"
	}
	return w
}
