package extract

import "testing"

// "Mr Varga" and "Ms Varga" beside two namesakes whose given names the
// lists do not know are told apart by the noun of kin or role before a
// full name ("his daughter Dina Zolana"): the honorific goes to the one
// the article shows to be of its gender, not to the last named.
func TestHonorificByKinNoun(t *testing.T) {
	court := "JOHANNESBURG, May 2 (Reuters) - Former president Jakob Zolana and his daughter Dina Zolana appeared in court on Tuesday. Mr Zolana denied the charges. Ms Zolana did not comment."
	before := "LONDON, May 2 (Reuters) - Ms Zolana said on Tuesday she would appeal. Her father, former president Jakob Zolana, was convicted in 2021. His daughter Dina Zolana is a lawmaker."
	tests := []idCase{
		{"Mr after the daughter was named last", court, "Zolana", 2, "person/jakob-zolana"},
		{"Ms, the daughter", court, "Zolana", 3, "person/dina-zolana"},
		{"Ms before either is named in full", before, "Zolana", 0, "person/dina-zolana"},
	}
	checkIDs(t, tests)
}
