/**
 * The same graph described for @neo4j/graphql v7: typeDefs mapped onto the
 * labels and relationship types our ingest writes. Evidence is joined to a
 * relationship by `Evidence.relationId = r.id` (a property, not an edge), which
 * @neo4j/graphql cannot express as a relationship, so it comes from @cypher fields.
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { Driver } from "neo4j-driver";

const entityFields = `
  id: ID!
  name: String!
  acronym: String
  kind: String!
  mentionCount: Int
  lookup: [String!]
`;

export const typeDefs = /* GraphQL */ `
  type Evidence @node {
    id: ID!
    relationId: String!
    documentId: String!
    text: String!
    start: Int!
    end: Int!
    confidence: Float
  }

  type Rel @relationshipProperties {
    id: String
    year: Int
    role: String
    confidence: Float
    evidenceCount: Int
  }

  type Entity @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entity_search", queryName: "entityNameSearch", fields: ["searchText"] }]) {
    ${entityFields}
    aliasText: String
    searchText: String
  }

  type Organization @node(labels: ["Organization", "Entity"]) {
    ${entityFields}
    memberOf: [Forum!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Rel")
    chaired: [Forum!]! @relationship(type: "CHAIRED", direction: OUT, properties: "Rel")
    supportsForums: [Forum!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "Rel")
    supportsInitiatives: [Initiative!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "Rel")
    leads: [Initiative!]! @relationship(type: "LEADS", direction: OUT, properties: "Rel")
    participatesIn: [Initiative!]! @relationship(type: "PARTICIPATES_IN", direction: OUT, properties: "Rel")
    funds: [Initiative!]! @relationship(type: "FUNDS", direction: OUT, properties: "Rel")
    promotes: [Convention!]! @relationship(type: "PROMOTES", direction: OUT, properties: "Rel")
    partnersWith: [Organization!]! @relationship(type: "PARTNERS_WITH", direction: OUT, properties: "Rel")
    partneredBy: [Organization!]! @relationship(type: "PARTNERS_WITH", direction: IN, properties: "Rel")
    """Evidence of every relation touching the entity, best first per relation (no edge to follow)."""
    relationEvidence: [Evidence!]!
      @cypher(
        statement: """
        MATCH (this)-[r]-(:Entity)
        CALL (r) { MATCH (ev:Evidence {relationId: r.id}) RETURN ev ORDER BY ev.confidence DESC, ev.documentId, ev.start LIMIT 1 }
        RETURN ev
        """
        columnName: "ev"
      )
  }

  type Initiative @node(labels: ["Initiative", "Entity"]) {
    ${entityFields}
    operatesIn: [Country!]! @relationship(type: "OPERATES_IN", direction: OUT, properties: "Rel")
  }

  type Country @node(labels: ["Country", "Entity"]) {
    ${entityFields}
  }

  type Convention @node(labels: ["Convention", "Entity"]) {
    ${entityFields}
  }

  type Forum @node(labels: ["Forum", "Entity"]) {
    ${entityFields}
  }

  type PathStep {
    type: String!
    relationId: String
    from: String!
    to: String!
  }

  type PathResult {
    nodes: [Entity!]!
    steps: [PathStep!]!
  }

  type Query {
    """Shortest paths emulated with a @cypher field (no path support in @neo4j/graphql)."""
    shortestPaths(from: ID!, to: ID!, maxHops: Int! = 4, first: Int! = 5): [PathResult!]!
      @cypher(
        statement: """
        MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
        MATCH p = allShortestPaths((a)-[*..6]-(b))
        WHERE length(p) <= $maxHops AND all(n IN nodes(p) WHERE n:Entity)
        WITH p LIMIT $first
        RETURN { nodes: [n IN nodes(p) | n { .* }],
                 steps: [r IN relationships(p) | { type: type(r), relationId: r.id, from: startNode(r).id, to: endNode(r).id }] } AS path
        """
        columnName: "path"
      )
  }
`;

export async function startNeo4jGraphql(driver: Driver): Promise<{ url: string; stop(): Promise<void> }> {
  const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
  const schema = await neoSchema.getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}
