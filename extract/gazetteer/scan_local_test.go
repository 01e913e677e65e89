package gazetteer

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

func TestScanLocal(t *testing.T) {
	path := os.Getenv("SCAN")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	g := Default()
	words := regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}.'’&-]*`).FindAllString(string(b), -1)
	for i := 0; i < len(words); {
		n := 0
		for k := min(g.MaxWords(), len(words)-i); k >= 1; k-- {
			s := strings.TrimSuffix(strings.Join(words[i:i+k], " "), ".")
			s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
			if ms := g.Lookup(s); len(ms) > 0 {
				var ids []string
				for _, m := range ms {
					ids = append(ids, m.Entry.ID+"/"+m.Via)
				}
				fmt.Printf("%-30q %s\n", s, strings.Join(ids, " "))
				n = k
				break
			}
			if o, ok := g.Office(s); ok && k > 0 {
				fmt.Printf("%-30q OFFICE %s (%s)\n", s, o.Title, o.Body)
				n = k
				break
			}
		}
		if n == 0 {
			n = 1
		}
		i += n
	}
}
