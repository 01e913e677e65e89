// Package neo4jlocal provisions and runs a local Neo4j Community server from Maven Central.
package neo4jlocal
