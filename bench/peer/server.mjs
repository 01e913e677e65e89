// The peer polgraph's API is measured against: @neo4j/graphql's generated
// resolvers over the same Neo4j, served by Apollo Server. Read-only use.
// env: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, PEER_ADDR (host:port).
// `node server.mjs --print-schema` prints the generated schema and exits.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { printSchema } from "graphql";

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(
  process.env.NEO4J_URI || "bolt://127.0.0.1:7687",
  neo4j.auth.basic(process.env.NEO4J_USER || "neo4j", process.env.NEO4J_PASSWORD || ""),
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
if (process.argv.includes("--print-schema")) {
  console.log(printSchema(schema));
  await driver.close();
  process.exit(0);
}
const [host, port] = (process.env.PEER_ADDR || "127.0.0.1:4000").split(":");
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { host, port: Number(port) } });
console.log(`peer @neo4j/graphql at ${url}`);
// Apollo stops on a signal, but the driver's pool keeps Node alive: close it.
for (const sig of ["SIGTERM", "SIGINT"]) {
  process.on(sig, async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  });
}
