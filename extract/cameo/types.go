package cameo

// contractTypes are the extraction contract's event types; types.tsv may
// name only these, or "-" for none.
var contractTypes = map[string]bool{
	"ELECTION": true, "APPOINTMENT": true, "RESIGNATION": true, "DISMISSAL": true,
	"STATEMENT": true, "REPORT": true, "ACCUSATION": true, "DENIAL": true,
	"SUPPORT": true, "CRITICISM": true, "MEETING": true, "REQUEST": true,
	"ARREST": true, "RELEASE": true, "LEGAL_ACTION": true, "INVESTIGATION": true,
	"SANCTION": true, "AGREEMENT": true, "PROTEST": true, "INTERFERENCE": true,
	"VOTE": true, "APOLOGY": true, "ATTACK": true,
}

// noType is types.tsv's explicit "this code has no contract type".
const noType = "-"

// typeTable maps a code prefix to a contract type or noType.
type typeTable map[Code]string

// resolve is the type of the longest listed prefix of c, and whether any
// prefix is listed.
func (t typeTable) resolve(c Code) (string, bool) {
	for n := len(c); n > 0; n-- {
		if typ, ok := t[c[:n]]; ok {
			return typ, true
		}
	}
	return "", false
}

func (t typeTable) typeOf(c Code) string {
	typ, _ := t.resolve(c)
	if typ == noType {
		return ""
	}
	return typ
}
