package server_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/server/generated"
)

// Each vocabulary enum of the schema lists exactly the root package's list,
// in its order: the API can neither offer a value the graph never holds nor
// miss one it does.
func TestVocabularyEnumsAreTheDomainLists(t *testing.T) {
	tests := []struct {
		enum      string
		got, want []string
	}{
		{"EventType", lower(generated.AllEventType), lower(polgraph.EventTypes)},
		{"ParticipantRole", lower(generated.AllParticipantRole), lower(polgraph.Roles)},
		{"EventStatus", lower(generated.AllEventStatus), lower(polgraph.Statuses)},
		{"DatePrecision", lower(generated.AllDatePrecision), lower(polgraph.Precisions)},
		{"RelationType", lower(generated.AllRelationType), lower(polgraph.RelationTypes)},
		{"StepType", lower(generated.AllStepType), lower(polgraph.StepTypes)},
	}
	for _, tt := range tests {
		if len(tt.want) == 0 || !slices.Equal(tt.got, tt.want) {
			t.Errorf("%s = %v, want the domain list %v", tt.enum, tt.got, tt.want)
		}
	}
}

func lower[T ~string](vs []T) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, strings.ToLower(string(v)))
	}
	return out
}
