// Package readtest loads a small fictional world into the real Neo4j for the
// read side's tests (graph's and server's), through the loader's own
// WriteExtractions, and removes it afterwards. Every id carries a tag, so
// packages testing in parallel on one database never touch each other's data.
package readtest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
)

// World names the fixture's ids for one tag.
type World struct {
	Tag                        string
	Ilsa, Tomas, Mira          string // persons
	Party, Country, Org, Place string
	Articles                   []string
	Meeting, Resignation       string // events (ids as first reported)
	Arrest, Inquiry            string
}

// NewWorld returns the ids of the fixture tagged tag.
func NewWorld(tag string) World {
	id := func(kind, slug string) string { return kind + "/" + slug + "-" + tag }
	return World{
		Tag:  tag,
		Ilsa: id("person", "ilsa-brandtvik"), Tomas: id("person", "tomas-oderlund"), Mira: id("person", "mira-kalvane"),
		Party: id("party", "northern-accord"), Country: id("country", "valdoria"), Org: id("organization", "kestrel-energy"),
		Place:    id("place", "port-aster"),
		Articles: []string{"readtest-" + tag + "-a1", "readtest-" + tag + "-a2", "readtest-" + tag + "-a3"},
		Meeting:  "readtest-" + tag + "-a1#meeting", Resignation: "readtest-" + tag + "-a2#resignation",
		Arrest: "readtest-" + tag + "-a3#arrest", Inquiry: "readtest-" + tag + "-a3#inquiry",
	}
}

// Load writes the world tagged tag and removes it when the test ends. A
// world left over by a crashed run is removed first.
func Load(t testing.TB, db *graph.DB, tag string) World {
	t.Helper()
	w := NewWorld(tag)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := db.UnloadArticles(ctx, w.Articles); err != nil {
		t.Fatalf("unload leftover fixture: %v", err)
	}
	if err := db.WriteExtractions(ctx, w.Extractions()); err != nil {
		t.Fatalf("write fixture: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if _, err := db.UnloadArticles(ctx, w.Articles); err != nil {
			t.Errorf("unload fixture: %v", err)
		}
	})
	return w
}

func ptr[T any](v T) *T { return &v }

// span finds s in text; the fixture's texts are written so that it occurs.
func span(text, s string) polgraph.Span {
	i := strings.Index(text, s)
	if i < 0 {
		panic("readtest: " + s + " not in text")
	}
	return polgraph.Span{Start: i, End: i + len(s), Text: s}
}

func entity(text, id, kind, name string, aliases ...string) polgraph.Entity {
	e := polgraph.Entity{ID: id, Kind: kind, Name: name, Aliases: aliases}
	for _, n := range append([]string{name}, aliases...) {
		for off := 0; ; {
			i := strings.Index(text[off:], n)
			if i < 0 {
				break
			}
			e.Mentions = append(e.Mentions, polgraph.Span{Start: off + i, End: off + i + len(n), Text: n})
			off += i + len(n)
		}
	}
	return e
}

// Extractions returns the world's three articles.
func (w World) Extractions() []*polgraph.Extraction {
	const extractor = "readtest/1"
	t1 := "Ilsa Brandtvik of the Northern Accord Party met Tomas Oderlund in Port Aster on 3 May 2022. " +
		"Ilsa Brandtvik has been a member of the Northern Accord Party since 2019."
	meet1 := span(t1, "Ilsa Brandtvik of the Northern Accord Party met Tomas Oderlund in Port Aster on 3 May 2022.")
	a1 := &polgraph.Extraction{
		Extractor: extractor,
		Article:   polgraph.Article{ID: w.Articles[0], Title: "Brandtvik meets Oderlund", PublishedAt: "2022-05-10", Source: ptr("Valdoria Herald"), URL: ptr("https://example.test/a1-" + w.Tag), Text: t1},
		Entities: []polgraph.Entity{
			entity(t1, w.Ilsa, polgraph.KindPerson, "Ilsa Brandtvik"),
			entity(t1, w.Tomas, polgraph.KindPerson, "Tomas Oderlund"),
			entity(t1, w.Party, polgraph.KindParty, "Northern Accord Party"),
			entity(t1, w.Place, polgraph.KindPlace, "Port Aster"),
		},
		Events: []polgraph.Event{{
			ID: w.Meeting, Type: "MEETING", Date: ptr("2022-05-03"), Precision: polgraph.PrecisionDay, Status: polgraph.StatusAsserted,
			Participants: []polgraph.Participant{{Entity: w.Ilsa, Role: "agent"}, {Entity: w.Tomas, Role: "patient"}, {Entity: w.Place, Role: "place"}},
			Evidence:     meet1, Confidence: 0.9,
		}},
		Relations: []polgraph.Relation{{
			Type: "MEMBER_OF", From: w.Ilsa, To: w.Party, ValidFrom: ptr("2019"),
			Evidence: span(t1, "Ilsa Brandtvik has been a member of the Northern Accord Party since 2019."), Confidence: 0.8,
		}},
	}

	t2 := "Ilsa Brandtvik left the Northern Accord Party on 14 February 2023. " +
		"In May 2022 Ilsa Brandtvik had met Tomas Oderlund, chief executive of Kestrel Energy."
	a2 := &polgraph.Extraction{
		Extractor: extractor,
		Article:   polgraph.Article{ID: w.Articles[1], Title: "Brandtvik leaves the Northern Accord", PublishedAt: "2023-02-15", Source: ptr("Aster Daily"), Text: t2},
		Entities: []polgraph.Entity{
			entity(t2, w.Ilsa, polgraph.KindPerson, "Ilsa Brandtvik"),
			entity(t2, w.Tomas, polgraph.KindPerson, "Tomas Oderlund"),
			entity(t2, w.Party, polgraph.KindParty, "Northern Accord Party"),
			entity(t2, w.Org, polgraph.KindOrganization, "Kestrel Energy"),
		},
		Events: []polgraph.Event{{
			ID: w.Resignation, Type: "RESIGNATION", Date: ptr("2023-02-14"), Precision: polgraph.PrecisionDay, Status: polgraph.StatusAsserted,
			Participants: []polgraph.Participant{{Entity: w.Ilsa, Role: "agent"}, {Entity: w.Party, Role: "organization"}},
			Evidence:     span(t2, "Ilsa Brandtvik left the Northern Accord Party on 14 February 2023."), Confidence: 0.9,
		}, {
			// The same meeting, dated to the month: the loader merges it.
			ID: "readtest-" + w.Tag + "-a2#meeting", Type: "MEETING", Date: ptr("2022-05"), Precision: polgraph.PrecisionMonth, Status: polgraph.StatusAsserted,
			Participants: []polgraph.Participant{{Entity: w.Ilsa, Role: "agent"}, {Entity: w.Tomas, Role: "patient"}},
			Evidence:     span(t2, "In May 2022 Ilsa Brandtvik had met Tomas Oderlund, chief executive of Kestrel Energy."), Confidence: 0.7,
		}},
		Relations: []polgraph.Relation{{
			Type: "MEMBER_OF", From: w.Ilsa, To: w.Party, ValidTo: ptr("2023-02-14"),
			Evidence: span(t2, "Ilsa Brandtvik left the Northern Accord Party on 14 February 2023."), Confidence: 0.85,
		}, {
			Type: "WORKS_FOR", From: w.Tomas, To: w.Org, Role: ptr("chief executive"),
			Evidence: span(t2, "In May 2022 Ilsa Brandtvik had met Tomas Oderlund, chief executive of Kestrel Energy."), Confidence: 0.75,
		}},
	}

	t3 := "Mira Kalvane, a Valdoria citizen who works for Kestrel Energy, was allegedly arrested in March 2021. " +
		"An inquiry into Tomas Oderlund has been opened."
	a3 := &polgraph.Extraction{
		Extractor: extractor,
		Article:   polgraph.Article{ID: w.Articles[2], Title: "Kalvane arrest alleged", PublishedAt: "2023-03-01", Source: ptr("Valdoria Herald"), Text: t3},
		Entities: []polgraph.Entity{
			entity(t3, w.Mira, polgraph.KindPerson, "Mira Kalvane"),
			entity(t3, w.Country, polgraph.KindCountry, "Valdoria"),
			entity(t3, w.Org, polgraph.KindOrganization, "Kestrel Energy"),
			entity(t3, w.Tomas, polgraph.KindPerson, "Tomas Oderlund"),
		},
		Events: []polgraph.Event{{
			ID: w.Arrest, Type: "ARREST", Date: ptr("2021-03"), Precision: polgraph.PrecisionMonth, Status: polgraph.StatusAlleged,
			Participants: []polgraph.Participant{{Entity: w.Mira, Role: "patient"}},
			Evidence:     span(t3, "Mira Kalvane, a Valdoria citizen who works for Kestrel Energy, was allegedly arrested in March 2021."), Confidence: 0.6,
		}, {
			ID: w.Inquiry, Type: "INVESTIGATION", Precision: polgraph.PrecisionUnknown, Status: polgraph.StatusAsserted,
			Participants: []polgraph.Participant{{Entity: w.Tomas, Role: "patient"}},
			Evidence:     span(t3, "An inquiry into Tomas Oderlund has been opened."), Confidence: 0.5,
		}},
		Relations: []polgraph.Relation{{
			Type: "CITIZEN_OF", From: w.Mira, To: w.Country,
			Evidence: span(t3, "Mira Kalvane, a Valdoria citizen who works for Kestrel Energy, was allegedly arrested in March 2021."), Confidence: 0.7,
		}, {
			Type: "WORKS_FOR", From: w.Mira, To: w.Org,
			Evidence: span(t3, "Mira Kalvane, a Valdoria citizen who works for Kestrel Energy, was allegedly arrested in March 2021."), Confidence: 0.7,
		}},
	}
	return []*polgraph.Extraction{a1, a2, a3}
}
