package extract

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"
)

func TestDebugMentions(t *testing.T) {
	f := os.Getenv("DEBUG_FILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	x := New()
	d := &doc{x: x, ctx: context.Background(), text: string(b), dct: time.Date(2023, 3, 23, 0, 0, 0, 0, time.UTC)}
	d.segment()
	d.tagTimes()
	d.recognize()
	d.resolve()
	d.references()
	for si, l := range d.sentMents {
		for _, mi := range l {
			m := d.ments[mi]
			name := ""
			if m.ent >= 0 {
				name = d.ents[m.ent].name
			}
			fmt.Printf("%d %q via=%s kind=%s ent=%s group=%v\n", si, d.text[m.start:m.end], m.via, m.kind, name, m.group)
		}
	}
}
