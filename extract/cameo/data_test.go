package cameo

import (
	"bufio"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// codebook is every 2-digit root and 3-digit code of the CAMEO codebook
// (v1.1b3). types.tsv must list each explicitly, so that a reviewer has
// decided every one and none falls through to its root by accident.
var codebook = strings.Fields(`
01 010 011 012 013 014 015 016 017 018 019
02 020 021 022 023 024 025 026 027 028
03 030 031 032 033 034 035 036 037 038 039
04 040 041 042 043 044 045 046
05 050 051 052 053 054 055 056 057
06 060 061 062 063 064
07 070 071 072 073 074 075
08 080 081 082 083 084 085 086 087
09 090 091 092 093 094
10 100 101 102 103 104 105 106 107 108
11 110 111 112 113 114 115 116
12 120 121 122 123 124 125 126 127 128 129
13 130 131 132 133 134 135 136 137 138 139
14 140 141 142 143 144 145
15 150 151 152 153 154 155
16 160 161 162 163 164 165 166
17 170 171 172 173 174 175 176
18 180 181 182 183 184 185 186
19 190 191 192 193 194 195 196
20 200 201 202 203 204`)

func TestTypesListEveryCodebookCode(t *testing.T) {
	types := Default().types
	for _, c := range codebook {
		if _, ok := types[Code(c)]; !ok {
			t.Errorf("types.tsv has no row for CAMEO code %s", c)
		}
	}
}

// TestEveryVerbCodeHasAType reads verbs.tsv itself, apart from the loader,
// and checks both halves of every active:passive code.
func TestEveryVerbCodeHasAType(t *testing.T) {
	f, err := dataFS.Open("data/verbs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	types := Default().types
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 5 {
			t.Fatalf("verbs.tsv:%d: %d columns", n, len(cols))
		}
		for _, c := range strings.Split(cols[3], ":") {
			if c == "" || seen[c] {
				continue
			}
			seen[c] = true
			if _, ok := types.resolve(Code(c)); !ok {
				t.Errorf("verbs.tsv:%d: code %s resolves to no row of types.tsv", n, c)
			}
		}
	}
	if len(seen) < 200 {
		t.Errorf("verbs.tsv uses %d distinct codes, want the full dictionary (over 200)", len(seen))
	}
}

func TestCodeType(t *testing.T) {
	tests := []struct {
		code Code
		want string
	}{
		{"010", "STATEMENT"},
		{"016", "DENIAL"},
		{"0211", "REQUEST"},
		{"036", ""},
		{"043", "MEETING"},
		{"051", "SUPPORT"},
		{"052", "SUPPORT"},
		{"055", "APOLOGY"},
		{"057", "AGREEMENT"},
		{"0841", "RELEASE"},
		{"0842", ""},
		{"091", "INVESTIGATION"},
		{"1041", "REQUEST"},
		{"111", "CRITICISM"},
		{"1124", "ACCUSATION"},
		{"114", "CRITICISM"},
		{"115", "LEGAL_ACTION"},
		{"116", "LEGAL_ACTION"},
		{"1312", "STATEMENT"},
		{"1411", "PROTEST"},
		{"154", ""},
		{"163", "SANCTION"},
		{"1661", "SANCTION"},
		{"1722", "SANCTION"},
		{"173", "ARREST"},
		{"174", "LEGAL_ACTION"},
		{"176", "ATTACK"},
		{"1823", "ATTACK"},
		{"195", "ATTACK"},
		{"202", "ATTACK"},
		{"---", ""},
		{"99", ""},
	}
	for _, tt := range tests {
		if got := tt.code.Type(); got != tt.want {
			t.Errorf("Code(%q).Type() = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestCounts(t *testing.T) {
	d := Default()
	patterns := 0
	seen := map[*block]bool{}
	for _, e := range d.verbs {
		if !seen[e.block] {
			seen[e.block] = true
			patterns += len(e.block.patterns)
		}
	}
	if d.nBlocks < 390 || len(d.verbs) < 1700 || patterns < 4400 || len(d.roles) < 28000 {
		t.Errorf("loaded %d blocks, %d verbs, %d patterns, %d roles: the data looks truncated", d.nBlocks, len(d.verbs), patterns, len(d.roles))
	}
	t.Logf("%d blocks, %d verb rows (%d after spelling folds), %d patterns, %d roles", d.nBlocks, d.nVerbs, len(d.verbs), patterns, len(d.roles))
}

func TestRolesOn(t *testing.T) {
	d := Default()
	merkelGov := Role{Name: "Angela Merkel", Country: "DEU", ISO: "DE", Code: "GOV", From: "2005-11-22"}
	merkelEli := Role{Name: "Angela Merkel", Country: "DEU", ISO: "DE", Code: "ELI"}
	tests := []struct {
		name, date string
		want       []Role
	}{
		{"Angela Merkel", "2010-06-01", []Role{merkelGov, merkelEli}},
		{"angela merkel", "2005-11-22", []Role{merkelGov, merkelEli}}, // from is inclusive
		{"Angela  MERKEL", "2005-11-21", []Role{merkelEli}},
		{"Chancellor Merkel", "2010-06-01", []Role{merkelGov, merkelEli}}, // an alias
		{"ANGELA_MERKEL", "1990-01-01", []Role{{Name: "Angela Merkel", Country: "DEU", ISO: "DE", Code: "ELI", From: "1972-01-01", To: "2000-01-01"}, merkelEli}},
		{"Angela Merkel", "2000-01-01", []Role{merkelEli}}, // to is exclusive
		{"Angela Merkel", "", nil},
		{"Ivo Dorn", "2010-06-01", nil},
	}
	for _, tt := range tests {
		if got := d.RolesOn(tt.name, tt.date); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("RolesOn(%q, %q) = %+v, want %+v", tt.name, tt.date, got, tt.want)
		}
	}
}

// Malformed data must fail the load with the file and line, not be skipped.
func TestLoadRejectsMalformedData(t *testing.T) {
	good := map[string]string{
		"types.tsv":     "# c\n---\t-\tnot an event\n19\tATTACK\tfight\n190\tATTACK\tforce\twhy\n",
		"synsets.tsv":   "&weapon\tartillery\n&weapon\tmachine gun\n",
		"verbs.tsv":     "fight\tfire\t\t190\t\nfight\t\t* &weapon\t190:190\tfire\n",
		"leaders.tsv":   "Ivo Dorn\tDorn\tRUR\tGOV\t2001-02-03\t\tRURGOV\n",
		"countries.tsv": "cameo\tiso\nRUR\tRU\n",
	}
	if _, err := load(mapFS(good, "", "")); err != nil {
		t.Fatalf("load(good) = %v", err)
	}
	tests := []struct{ file, text, wantErr string }{
		{"types.tsv", "190\tWAR\tforce\n", "types.tsv:1"},
		{"types.tsv", "19\tATTACK\tx\n19\tATTACK\tx\n", "listed twice"},
		{"verbs.tsv", "fight\tfire\t\t999\t\n", "no row in types.tsv"},
		{"verbs.tsv", "fight\tfire\t\t19x\t\n", "bad code"},
		{"verbs.tsv", "fight\t\t* &gun\t190\tfire\n", "undefined synset"},
		{"verbs.tsv", "fight\t\t* (at\t190\tfire\n", "unclosed"},
		{"verbs.tsv", "fight\t\t&weapon\t190\tfire\n", "verb marks"},
		{"verbs.tsv", "fight\tfire\t\t190\n", "columns"},
		{"verbs.tsv", "fight\tfire\t\t190\t\nshoot\tshoot\t\t190\t\nfight\tburn\t\t190\t\n", "continues after another block"},
		{"leaders.tsv", "Ivo Dorn\t\tRUR\tGOV\t2001-02-30\t\tRURGOV\n", "leaders.tsv:1: date"},
		{"leaders.tsv", "Ivo Dorn\t\tRUR\tGOV\t2001-02-03\t2000-01-01\tRURGOV\n", "not after"},
		{"countries.tsv", "RUR\tRussia\n", "countries.tsv:1"},
	}
	for _, tt := range tests {
		_, err := load(mapFS(good, tt.file, tt.text))
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("load with %s %q: err = %v, want one containing %q", tt.file, tt.text, err, tt.wantErr)
		}
	}
}

// mapFS is the files of good with file's text replaced.
func mapFS(good map[string]string, file, text string) fs.FS {
	m := fstest.MapFS{}
	for name, body := range good {
		if name == file {
			body = text
		}
		m["data/"+name] = &fstest.MapFile{Data: []byte(body)}
	}
	return m
}
