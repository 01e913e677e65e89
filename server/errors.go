package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

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

func notFound(what, id string) error {
	return &codedError{codeNotFound, fmt.Sprintf("no %s with id %q", what, id)}
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
		case errors.Is(err, graph.ErrInvalid), errors.Is(err, ErrBadInput):
			out.Message = err.Error()
			setCode(out, codeBadUserInput)
		case errors.As(err, &gqlErr) && gqlErr.Err == nil && gqlErr.Extensions["code"] != nil:
			// Made to be shown, code and all (a scalar that does not parse).
			out.Message = gqlErr.Message
			out.Extensions = gqlErr.Extensions
		default:
			log.ErrorContext(ctx, "graphql: internal error", "path", out.Path.String(), "err", err)
			out.Message = "internal error"
			out.Extensions = map[string]any{"code": codeInternal}
		}
		out.Err = nil
		return out
	}
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
