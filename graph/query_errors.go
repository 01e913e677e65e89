package graph

import "errors"

// ErrInvalid marks a request the graph cannot answer as asked (a bad
// argument); callers show its message to the user.
var ErrInvalid = errors.New("invalid request")
