package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/polgraph/polgraph/graph"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Error codes in extensions.code.
const (
	codeNotFound        = "NOT_FOUND"
	codeBadUserInput    = "BAD_USER_INPUT"
	codeUnauthenticated = "UNAUTHENTICATED"
	codeInternal        = "INTERNAL"
)

// ErrBadInput marks an Ingester's error as the client's fault (an article
// with no text); the API shows its message as BAD_USER_INPUT.
var ErrBadInput = errors.New("bad input")

// codedError is an error whose message is meant for the client.
type codedError struct {
	code string
	msg  string
}

func (e *codedError) Error() string { return e.msg }

func userErrorf(format string, args ...any) error {
	return &codedError{codeBadUserInput, fmt.Sprintf(format, args...)}
}

// notFound names the id that names nothing. An entity id is a kind and a
// slug ("person/han-dong"); one without the slash is most likely a name
// typed where the id belongs, so the message says how to find the id.
func notFound(what, id string) error {
	msg := fmt.Sprintf("no %s with id %q", what, id)
	if isEntity(what) && !strings.Contains(id, "/") && strings.TrimSpace(id) != "" {
		msg += fmt.Sprintf(`: ids look like "person/han-dong", not a name; search(text: %q) finds the entity and its id`, id)
	}
	return &codedError{codeNotFound, msg}
}

func isEntity(what string) bool {
	switch what {
	case "entity", "person", "party", "country", "organization", "place":
		return true
	}
	return false
}

var errUnauthenticated = &codedError{codeUnauthenticated, "a valid API token is required (Authorization: Bearer …)"}

// presentError gives every error a code. Errors meant for the client keep
// their message; anything else (Neo4j down, a timeout, a bug) is logged
// and shown as INTERNAL with no detail, which could leak the graph's
// internals.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		out := graphql.DefaultErrorPresenter(ctx, err)
		var coded *codedError
		var gqlErr *gqlerror.Error
		switch {
		case errors.As(err, &coded):
			out.Message = coded.msg
			setCode(out, coded.code)
		case errors.Is(err, graph.ErrInvalid):
			out.Message = userMessage(err, graph.ErrInvalid)
			setCode(out, codeBadUserInput)
		case errors.Is(err, ErrBadInput):
			out.Message = userMessage(err, ErrBadInput)
			setCode(out, codeBadUserInput)
		case isUnavailable(err):
			log.WarnContext(ctx, "graphql: neo4j unavailable", "path", out.Path.String(), "err", err)
			out.Message = "Neo4j is unavailable, so the graph cannot be read or written now; try again shortly"
			out.Extensions = map[string]any{"code": codeUnavailable}
		case errors.As(err, &gqlErr) && gqlErr.Err == nil && gqlErr.Extensions["code"] != nil:
			// Made to be shown, code and all (a scalar that does not parse).
			out.Message = gqlErr.Message
			out.Extensions = gqlErr.Extensions
		default:
			log.ErrorContext(ctx, "graphql: internal error", "path", out.Path.String(), "err", err)
			out.Message = "internal error"
			out.Extensions = map[string]any{"code": codeInternal}
		}
		if len(out.Locations) == 0 && out.Extensions["code"] == codeBadUserInput {
			// An argument that does not parse comes with a path but no
			// position: point at the field it was given to.
			if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Field.Field != nil && fc.Field.Position != nil {
				out.Locations = []gqlerror.Location{{Line: fc.Field.Position.Line, Column: fc.Field.Position.Column}}
			}
		}
		out.Err = nil
		return out
	}
}

// userMessage is what err, which wraps sentinel, tells the user: the
// message from the sentinel on ("maxHops must be between 1 and 4"), without
// gqlgen's "input:1:3: relationships " (the error's locations and path say
// where) or whatever wrapped it on its way up, nor the sentinel's own words.
func userMessage(err, sentinel error) string {
	var gqlErr *gqlerror.Error
	for errors.As(err, &gqlErr) && gqlErr.Err != nil {
		err = gqlErr.Err
	}
	msg := err.Error()
	if _, after, ok := strings.Cut(msg, sentinel.Error()+": "); ok {
		return after
	}
	return msg
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	if _, ok := e.Extensions["code"]; !ok {
		e.Extensions["code"] = code
	}
}

// recoverPanic turns a resolver panic into an INTERNAL error.
func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "graphql: panic", "panic", p)
		return errors.New("panic")
	}
}
