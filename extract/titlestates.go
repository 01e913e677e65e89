package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph/extract/gazetteer"
)

// titleStates are the titles of an office that only some states give it
// (data/words/title_states.tsv): "home secretary" is Britain's interior
// minister alone, "taoiseach" Ireland's prime minister.
var titleStates = wordTable("title_states.tsv")

// titledOffice is office o as the title written surface names it: where
// only some states give that title (titleStates), a copy of o whose
// states officeStates tells; else o itself. The copy keeps o's title, so
// the role a relation records is the same whichever title the text used.
func (d *doc) titledOffice(o *gazetteer.Office, surface string) *gazetteer.Office {
	key := strings.ToLower(surface)
	codes, ok := titleStates[key]
	if !ok {
		return o
	}
	if c, ok := d.titled[key]; ok {
		return c
	}
	if d.titled == nil {
		d.titled = map[string]*gazetteer.Office{}
		d.officeStates = map[*gazetteer.Office][]string{}
	}
	c := *o
	d.titled[key] = &c
	d.officeStates[&c] = strings.Fields(codes)
	return &c
}

// canonicalOffice is the office of data/offices.tsv that o is, or is a
// copy of for a title only some states give (titledOffice): who holds an
// office is one list whichever title named it.
func (d *doc) canonicalOffice(o *gazetteer.Office) *gazetteer.Office {
	if _, ok := d.officeStates[o]; ok {
		if c, ok := d.x.gaz.Office(o.Title); ok {
			return c
		}
	}
	return o
}

// givesTitle reports whether country entity c is one of the states that
// give the title office o was named by ("US +KE": the United States and
// Kenya), or any state where the title is no state's own; for a title all
// but some states give ("!US CH ..."), whether c is none of those.
func (d *doc) givesTitle(o *gazetteer.Office, c int) bool {
	states, ok := d.officeStates[o]
	if !ok {
		return true
	}
	e := d.ents[c]
	if len(states) > 0 && strings.HasPrefix(states[0], "!") {
		return e.gaz == nil || !slices.Contains(states, e.gaz.Country) && "!"+e.gaz.Country != states[0]
	}
	return e.gaz != nil && (slices.Contains(states, e.gaz.Country) || slices.Contains(states, "+"+e.gaz.Country))
}

// someStatesGive reports a title that only the states listed give it
// ("home secretary"), not one all but some give ("prime minister").
func (d *doc) someStatesGive(o *gazetteer.Office) bool {
	states := d.officeStates[o]
	return len(states) > 0 && !strings.HasPrefix(states[0], "!")
}

// onlyState is the one state that gives the title office o was named
// by wherever the story is set, or "" for a title several or all but
// some give. States that give it too only in their own stories ("+KE"
// of "US +KE") leave it the one state's elsewhere.
func (d *doc) onlyState(o *gazetteer.Office) string {
	states := d.officeStates[o]
	if len(states) == 0 || strings.HasPrefix(states[0], "!") || strings.HasPrefix(states[0], "+") {
		return ""
	}
	for _, c := range states[1:] {
		if !strings.HasPrefix(c, "+") {
			return ""
		}
	}
	return states[0]
}
