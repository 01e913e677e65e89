package graph

import (
	"errors"
	"net"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Retryable reports whether a failed write may succeed later unchanged:
// Neo4j unreachable or restarting, or a transient error that outlasted the
// driver's own retries. Other errors (a bad statement, a constraint
// violation) would fail again, so a loader should not wait for them.
func Retryable(err error) bool {
	if err == nil {
		return false
	}
	var (
		conn  *neo4j.ConnectivityError
		limit *neo4j.TransactionExecutionLimit
		dbErr *neo4j.Neo4jError
		op    *net.OpError
	)
	switch {
	case errors.As(err, &conn), errors.As(err, &limit), errors.As(err, &op):
		return true
	case errors.As(err, &dbErr):
		return neo4j.IsRetryable(dbErr) || dbErr.Code == "Neo.ClientError.Cluster.NotALeader" ||
			dbErr.Code == "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase"
	}
	return neo4j.IsRetryable(err)
}
