// Package neo4jlocal provisions and runs a local Neo4j Community server from Maven Central.
//
// Neo4j publishes no tarball to Maven Central, but its assembly pom lists
// exactly the jars of the distribution's lib/ folder, so Maven can assemble
// a runnable server from it. Everything lives in one cache folder:
//
//	neo4j/pom.xml     the pinned distribution, fed to Maven
//	neo4j/home/       NEO4J_HOME: lib/, conf/neo4j.conf, data/, logs/
//	neo4j/password    the initial password, when polgraph generated it
//	neo4j/neo4j.pid   the pid of the server polgraph started
package neo4jlocal
