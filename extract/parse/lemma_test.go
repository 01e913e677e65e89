package parse

import "testing"

func TestLearnLemmatizer(t *testing.T) {
	c := lemmaCounts{}
	for _, p := range [][3]string{
		{"organised", "VERB", "organise"}, {"realised", "VERB", "realise"}, {"apologised", "VERB", "apologise"},
		{"fired", "VERB", "fire"}, {"hired", "VERB", "hire"}, {"retired", "VERB", "retire"},
		{"walked", "VERB", "walk"}, {"talked", "VERB", "talk"}, {"jumped", "VERB", "jump"}, {"voted", "VERB", "vote"},
		{"denied", "VERB", "deny"}, {"tried", "VERB", "try"}, {"carried", "VERB", "carry"},
		{"parties", "NOUN", "party"}, {"cities", "NOUN", "city"}, {"votes", "NOUN", "vote"}, {"seats", "NOUN", "seat"},
		{"news", "NOUN", "news"}, {"was", "AUX", "be"}, {"went", "VERB", "go"}, {"led", "VERB", "lead"},
		{"Was", "AUX", "be"}, {"fled", "VERB", "flead"},
	} {
		c.add(p[0], p[1], p[2])
	}
	l := learnLemmatizer(c)
	for _, tc := range []struct{ form, upos, want string }{
		{"fired", "VERB", "fire"},           // seen
		{"went", "VERB", "go"},              // seen, irregular
		{"criticised", "VERB", "criticise"}, // unseen: -ised like organised
		{"inspired", "VERB", "inspire"},     // unseen: -ired like fired
		{"buried", "VERB", "bury"},          // unseen: -ied
		{"sacked", "VERB", "sack"},          // unseen: -ed
		{"elections", "NOUN", "election"},   // unseen: -s
		{"agencies", "NOUN", "agency"},      // unseen: -ies
		{"news", "NOUN", "news"},
		{"co-led", "VERB", "co-lead"},    // unseen: prefixed, irregular like led
		{"re-voted", "VERB", "re-vote"},  // unseen: prefixed, regular like voted
		{"co-led", "ADJ", "co-led"},      // no rules for other prefixed words' parts
		{"varga", "PROPN", "varga"},      // no rules for names
		{"swore", "VERB", "swear"},       // unseen, irregular: the irregular verbs know it
		{"fled", "VERB", "flee"},         // seen with a wrong lemma: the irregular verbs win
		{"co-swore", "VERB", "co-swear"}, // unseen: prefixed, irregular as the irregular verbs know
	} {
		if got := l.lemma([]byte(tc.form), tc.form, tc.upos, new([]byte)); got != tc.want {
			t.Errorf("lemma(%s/%s) = %q, want %q", tc.form, tc.upos, got, tc.want)
		}
	}
}
