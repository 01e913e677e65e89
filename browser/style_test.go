package browser

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// rule is one GRASS rule: a selector ("node.Person") and its properties.
type rule struct {
	selector string
	props    map[string]string
}

var selectorRE = regexp.MustCompile(`^(node|relationship)(\.[A-Za-z_][A-Za-z0-9_]*)*$`)

// parseGrass reads a style sheet the way Neo4j Browser does (selector, then
// "{ key: value; … }", quotes stripped from values), but strictly: Browser
// silently turns what it cannot read (a comment, a colon inside a value)
// into junk selectors or truncated values, so here those are errors.
func parseGrass(src string) ([]rule, error) {
	var rules []rule
	var sel, body strings.Builder
	inBlock, inQuote := false, false
	for _, c := range src {
		switch {
		case inBlock && (c == '\'' || c == '"'):
			inQuote = !inQuote
			body.WriteRune(c)
		case inBlock && !inQuote && c == '}':
			r, err := parseRule(strings.TrimSpace(sel.String()), body.String())
			if err != nil {
				return nil, err
			}
			rules = append(rules, r)
			sel.Reset()
			body.Reset()
			inBlock = false
		case inBlock:
			body.WriteRune(c)
		case c == '{':
			inBlock = true
		case c == '}':
			return nil, fmt.Errorf("unexpected } after %q", sel.String())
		default:
			sel.WriteRune(c)
		}
	}
	if inBlock {
		return nil, fmt.Errorf("%s: no closing brace", strings.TrimSpace(sel.String()))
	}
	if rest := strings.TrimSpace(sel.String()); rest != "" {
		return nil, fmt.Errorf("text after the last rule: %q", rest)
	}
	return rules, nil
}

func parseRule(sel, body string) (rule, error) {
	if !selectorRE.MatchString(sel) {
		return rule{}, fmt.Errorf("selector %q is not node[.Label…] or relationship[.TYPE]", sel)
	}
	r := rule{selector: sel, props: map[string]string{}}
	// Browser splits on ';' and ':' without regard to quotes.
	for _, decl := range strings.Split(body, ";") {
		if strings.TrimSpace(decl) == "" {
			continue
		}
		parts := strings.Split(decl, ":")
		if len(parts) != 2 {
			return rule{}, fmt.Errorf("%s: %q must be exactly one key: value", sel, strings.TrimSpace(decl))
		}
		key, val := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
		if q := strings.Trim(val, "'"); len(q) == len(val)-2 {
			val = q
		} else if strings.ContainsAny(val, `'"`) {
			return rule{}, fmt.Errorf("%s: badly quoted value %q", sel, val)
		}
		r.props[key] = val
	}
	return r, nil
}

// computeStyle computes what Browser shows for an element: every matching rule in
// order (a rule matches when the element has all its labels), later rules
// overriding earlier ones.
func computeStyle(rules []rule, tag string, classes ...string) map[string]string {
	got := map[string]string{}
	for _, r := range rules {
		kind, _, _ := strings.Cut(r.selector, ".")
		if kind != tag {
			continue
		}
		matches := true
		for _, class := range strings.Split(r.selector, ".")[1:] {
			matches = matches && contains(classes, class)
		}
		if !matches {
			continue
		}
		for k, v := range r.props {
			got[k] = v
		}
	}
	return got
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestStyleSheet(t *testing.T) {
	rules, err := parseGrass(string(Style()))
	if err != nil {
		t.Fatalf("style.grass: %v", err)
	}
	// What each node, as the loader labels it, must look like: its caption
	// properties exist on that label (docs/graph-model.md).
	nodes := []struct {
		labels  []string
		caption string
	}{
		{[]string{"Entity", "Person"}, "{name}"},
		{[]string{"Entity", "Party"}, "{name}"},
		{[]string{"Entity", "Country"}, "{name}"},
		{[]string{"Entity", "Organization"}, "{name}"},
		{[]string{"Entity", "Place"}, "{name}"},
		{[]string{"Event"}, "{name}{type} {date}"},
		{[]string{"Article"}, "{name}{title}"},
	}
	colours := map[string][]string{}
	for _, n := range nodes {
		s := computeStyle(rules, "node", n.labels...)
		if got := s["caption"]; got != n.caption {
			t.Errorf("%v caption = %q, want %q", n.labels, got, n.caption)
		}
		if !regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`).MatchString(s["color"]) {
			t.Errorf("%v color = %q, want #RRGGBB", n.labels, s["color"])
		}
		if !strings.HasSuffix(s["diameter"], "px") {
			t.Errorf("%v diameter = %q, want a size in px", n.labels, s["diameter"])
		}
		colours[s["color"]] = append(colours[s["color"]], strings.Join(n.labels, ":"))
	}
	// Each label its own colour, or the picture cannot be read.
	for c, labels := range colours {
		if len(labels) > 1 {
			t.Errorf("labels %v share colour %s", labels, c)
		}
	}
	// Claims stand apart from facts: an alleged event and a denied one each
	// have their own colour and say so in the caption; one alleged and then
	// denied shows as denied (the later rule wins, as in Browser).
	event := computeStyle(rules, "node", "Event")
	for _, tc := range []struct {
		labels       []string
		like, marker string
	}{
		{[]string{"Event", "Alleged"}, "Event:Alleged", "(alleged)"},
		{[]string{"Event", "Denied"}, "Event:Denied", "(denied)"},
		{[]string{"Event", "Alleged", "Denied"}, "Event:Denied", "(denied)"},
	} {
		s := computeStyle(rules, "node", tc.labels...)
		if want := computeStyle(rules, "node", strings.Split(tc.like, ":")...); s["color"] != want["color"] {
			t.Errorf("%v drawn %s, want %s's %s", tc.labels, s["color"], tc.like, want["color"])
		}
		if s["color"] == event["color"] || s["caption"] != "{type} {date} "+tc.marker {
			t.Errorf("%v = colour %s caption %q: not told apart from an asserted event (%s)", tc.labels, s["color"], s["caption"], event["color"])
		}
	}
	if a, d := computeStyle(rules, "node", "Event", "Alleged"), computeStyle(rules, "node", "Event", "Denied"); a["color"] == d["color"] {
		t.Errorf("alleged and denied events share colour %s", a["color"])
	}
	// An undated event says so, and when it was first reported, which tells
	// apart undated events of one type; alleged or denied, it says that too.
	for _, tc := range []struct {
		labels []string
		marker string
	}{
		{[]string{"Event", "Undated"}, ""},
		{[]string{"Event", "Undated", "Alleged"}, " (alleged)"},
		{[]string{"Event", "Undated", "Denied"}, " (denied)"},
		{[]string{"Event", "Undated", "Alleged", "Denied"}, " (denied)"},
	} {
		if c := computeStyle(rules, "node", tc.labels...)["caption"]; c != "{type} undated, reported {firstReportedText}"+tc.marker {
			t.Errorf("%v caption %q: not marked undated%s with its first report", tc.labels, c, tc.marker)
		}
	}
	// In db.schema.visualization() each label is one node whose only
	// caption property is name: the labels a node is drawn by show it.
	for _, label := range []string{"Entity", "Person", "Party", "Country", "Organization", "Place", "Event", "Article"} {
		if c := computeStyle(rules, "node", label)["caption"]; !strings.Contains(c, "{name}") {
			t.Errorf("the schema view's %s node is captioned %q, which has no {name}: it would be blank", label, c)
		}
	}
	// A fact's edge shows its role and the years of its validity, as the
	// writer keeps them short enough for an edge (caption); its colour,
	// named in Browser's legend, its type (Browser cuts a caption longer
	// than its edge, and a type would make most too long).
	for _, typ := range []string{"MEMBER_OF", "HOLDS_OFFICE", "REPRESENTS", "LEADS", "WORKS_FOR", "CITIZEN_OF", "LOCATED_IN"} {
		if c := computeStyle(rules, "relationship", typ)["caption"]; c != "{caption}" {
			t.Errorf("%s caption %q, want the fact's caption property", typ, c)
		}
	}
	if c := computeStyle(rules, "relationship", "CLAIMS")["caption"]; c != "{status}" {
		t.Errorf("CLAIMS caption %q, want its status", c)
	}
	for _, typ := range []string{"MENTIONS", "REPORTED_IN", "PARTICIPATED_IN", "MEMBER_OF", "HOLDS_OFFICE", "REPRESENTS", "LEADS", "WORKS_FOR", "CITIZEN_OF", "LOCATED_IN", "CLAIMS", "DENIES"} {
		found := false
		for _, r := range rules {
			found = found || r.selector == "relationship."+typ
		}
		if !found {
			t.Errorf("no rule for relationship.%s", typ)
		}
	}
	// Browser replaces <type> and <id> only when they are the whole caption.
	for _, r := range rules {
		c := r.props["caption"]
		if strings.Contains(c, "<") && c != "<type>" && c != "<id>" {
			t.Errorf("%s caption %q mixes <type>/<id> with other text; Browser would show it literally", r.selector, c)
		}
	}
}

func TestParseGrassRejectsWhatBrowserMisreads(t *testing.T) {
	tests := []struct {
		name, src string
	}{
		{"comment", "/* people */ node.Person { color: #4C8EDA; }"},
		{"colon in value", "node.Person { caption: 'a: b'; }"},
		{"unclosed", "node.Person { color: #4C8EDA;"},
		{"bad selector", "node Person { color: #4C8EDA; }"},
	}
	for _, tt := range tests {
		if _, err := parseGrass(tt.src); err == nil {
			t.Errorf("%s: parseGrass(%q) succeeded, want an error", tt.name, tt.src)
		}
	}
	rules, err := parseGrass("node { diameter: 50px; }\nnode.Event { caption: '{type} {date}'; }")
	if err != nil {
		t.Fatal(err)
	}
	if got := computeStyle(rules, "node", "Event"); got["caption"] != "{type} {date}" || got["diameter"] != "50px" {
		t.Errorf("style(Event) = %v", got)
	}
}
