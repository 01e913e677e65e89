package graph

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ServerCPU is the CPU time the Neo4j server process has used since it
// started (its JVM's ProcessCpuTime), for a benchmark to tell what a
// load costs the database apart from what it costs polgraph: on a shared
// machine CPU time moves far less with the other work than wall time does.
func (db *DB) ServerCPU(ctx context.Context) (time.Duration, error) {
	res, err := db.read(ctx, `CALL dbms.queryJmx('java.lang:type=OperatingSystem') YIELD attributes
RETURN attributes.ProcessCpuTime.value AS ns`, nil)
	if err != nil {
		return 0, fmt.Errorf("graph: read Neo4j's CPU time: %w", err)
	}
	if len(res.Records) == 0 {
		return 0, errors.New("graph: read Neo4j's CPU time: the JVM gave none")
	}
	v, _ := res.Records[0].Get("ns")
	ns, ok := v.(int64)
	if !ok {
		return 0, fmt.Errorf("graph: read Neo4j's CPU time: %v is not nanoseconds", v)
	}
	return time.Duration(ns), nil
}
