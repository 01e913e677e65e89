package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"log/slog"
	"strings"
	"testing"
)

func TestNormalisePattern(t *testing.T) {
	synsets := map[string][]string{"weapon": {"gun"}, "aircraft": {"jet"}, "fight_of_words": {"war of words"}}
	tests := []struct{ in, want, why string }{
		{" * &WEAPON (ON EXERCISE)   ", "* &weapon (on exercise)", ""},
		{"&WEAPON * (FROM $) (TOWARD +)", "&weapon * (from $) (toward +)", ""},
		{"* (OVER {&WEAPON ATTACK})", "* (over {&weapon attack})", ""},
		{"FIGHTER_&AIRCRAFT *", "{fighter &aircraft} *", ""},
		{"* NOT_TO", "* {not to}", ""},
		{"* (IN &FIGHT_OF_WORDS)", "* (in &fight_of_words)", ""},
		{"* (BY/WITH &WEAPON)", "* (by/with &weapon)", ""},
		{"* (IN &WEATHER)", "", "undefined synset &weather"},
		{"* VENTURE (WITH VISIT) VISIT)", "", "unbalanced brackets"},
		{"* +", "", "no literal word (actor marks only), would match every clause"},
		{"&WEAPON", "", "not exactly one verb mark"},
	}
	for _, tt := range tests {
		got, why := normalisePattern(tt.in, synsets)
		if got != tt.want || why != tt.why {
			t.Errorf("normalisePattern(%q) = %q, %q; want %q, %q", tt.in, got, why, tt.want, tt.why)
		}
	}
}

func TestParseVerbLine(t *testing.T) {
	tests := []struct {
		in   string
		want blockVerb
		ok   bool
	}{
		{"HURRY {HURRIES HURRYING HURRIED }", blockVerb{verb: "hurry", code: "190"}, true},
		{"+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]", blockVerb{verb: "ask for", code: "020"}, true},
		{"ACCUSE [112] ", blockVerb{verb: "accuse", code: "112"}, true},
		{"BASE  # shan   9/27/93", blockVerb{verb: "base", code: "190"}, true},
		{"SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93", blockVerb{verb: "scrap", code: "190"}, true},
		{"RECONVENE[---]", blockVerb{verb: "reconvene", code: "---"}, true},
		{"BREACH [:110]", blockVerb{verb: "breach", code: ":110"}, true},
		{"TWO WORDS", blockVerb{}, false},
	}
	for _, tt := range tests {
		got, ok := parseVerbLine(tt.in, "190")
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseVerbLine(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseRole(t *testing.T) {
	tests := []struct {
		in   string
		want actorRole
		why  string
	}{
		{"[DEUGOV >051122]", actorRole{code: "DEUGOV", country: "DEU", role: "GOV", from: "2005-11-22"}, ""},
		{"[DEUELI 720101-000101]", actorRole{code: "DEUELI", country: "DEU", role: "ELI", from: "1972-01-01", to: "2000-01-01"}, ""},
		// PETRARCH's pivot: 31-99 are 19YY, so 1945 stays in the past.
		{"[RWAELI 460101-940409]", actorRole{code: "RWAELI", country: "RWA", role: "ELI", from: "1946-01-01", to: "1994-04-09"}, ""},
		{"[AFGELI 19270101-730717]", actorRole{code: "AFGELI", country: "AFG", role: "ELI", from: "1927-01-01", to: "1973-07-17"}, ""},
		{"[EGYGOV > 140608]", actorRole{code: "EGYGOV", country: "EGY", role: "GOV", from: "2014-06-08"}, ""},
		{"[USAGOV <130701]", actorRole{code: "USAGOV", country: "USA", role: "GOV", to: "2013-07-01"}, ""},
		{"[DEUGOVEDU >051201]", actorRole{code: "DEUGOVEDU", country: "DEU", role: "GOV", from: "2005-12-01"}, ""},
		{"[DNKFROELI]", actorRole{code: "DNKFROELI", country: "DNK", role: "ELI"}, ""},
		{"[BIH >920305]", actorRole{}, "code without a role (a place, not a person)"},
		{"[SLEGOV 920429-920429]", actorRole{}, "bad date: end 1992-04-29 not after start 1992-04-29"},
	}
	for _, tt := range tests {
		got, why := parseRole(tt.in)
		if got != tt.want || why != tt.why {
			t.Errorf("parseRole(%q) = %+v, %q; want %+v, %q", tt.in, got, why, tt.want, tt.why)
		}
	}
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{"ANGELA MERKEL": "Angela Merkel", "BASHAR AL-ASSAD": "Bashar Al-Assad", "JOHN O'NEILL": "John O'Neill"} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRunUsage(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := run(context.Background(), log, nil, io.Discard); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("run with no -petrarch = %v, want a usage error", err)
	}
	err := run(context.Background(), log, []string{"-petrarch", t.TempDir(), "-out", t.TempDir()}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "read verb dictionary") {
		t.Errorf("run on an empty checkout = %v, want the failed step named", err)
	}
}
