// Package scalar holds the GraphQL scalars polgraph adds to the built-in ones.
package scalar

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// MarshalDate writes a YYYY-MM-DD date. Dates stay strings end to end: the
// graph returns them formatted, and nothing in between needs a time.Time.
func MarshalDate(s string) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { io.WriteString(w, strconv.Quote(s)) })
}

// UnmarshalDate accepts only a valid YYYY-MM-DD date, so that a bad date is
// the caller's error, never a Neo4j one.
func UnmarshalDate(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", badInput("Date must be a string YYYY-MM-DD, got %T", v)
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return "", badInput("Date must be YYYY-MM-DD, got %q", s)
	}
	return s, nil
}

// badInput is an error the API shows as it is, coded BAD_USER_INPUT.
func badInput(format string, args ...any) error {
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": "BAD_USER_INPUT"}}
}
