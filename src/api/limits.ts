import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";

/**
 * Everything a client controls is bounded. Each refusal carries its own code, and all of
 * them are decided before any resolver runs, so none reaches Neo4j.
 */
export const LIMITS = {
  /** Request body, bytes (HTTP 413, PAYLOAD_TOO_LARGE). */
  bodyBytes: 1024 * 1024,
  /**
   * Lexical tokens in the query text (TOO_MANY_TOKENS), checked while parsing. Besides bounding
   * parse work, this is what bounds graphql-js's OverlappingFieldsCanBeMerged rule, which is
   * quadratic in repeated fields: validating N × `health { neo4j }` took (warm, median CPU on this
   * loaded VM) 1.7 ms for N = 62, 4.5 ms for 124 (500 tokens), 18.7 ms for 249 (1000 tokens).
   * The largest query we ship (all of schema/examples.graphql) is 216 tokens; GraphiQL's
   * introspection query about 190.
   */
  tokens: 500,
  /** Field nesting; fragments add no depth (QUERY_TOO_DEEP). */
  depth: 10,
  /** Aliased fields in an operation, fragments expanded (TOO_MANY_ALIASES). */
  aliases: 20,
  /** Directives in an operation (TOO_MANY_DIRECTIVES). */
  directives: 20,
  /** Query cost, see queryCost.ts (QUERY_TOO_COMPLEX). */
  cost: 10_000,
  /** Characters in any string argument or variable: names, search text, ids, cursors (BAD_USER_INPUT). */
  stringLength: 500,
  /** Items in any list argument or variable (BAD_USER_INPUT). */
  listLength: 100,
  /** Nesting of lists and objects in the variables; the schema's inputs nest 2 deep (BAD_USER_INPUT). */
  inputDepth: 8,
} as const;

/** Codes of the refusals above; the formatter keeps them when it masks everything else. */
export const LIMIT_CODES = new Set(["PAYLOAD_TOO_LARGE", "TOO_MANY_TOKENS", "QUERY_TOO_DEEP", "TOO_MANY_ALIASES", "TOO_MANY_DIRECTIVES", "QUERY_TOO_COMPLEX"]);

/** graphql-armor reports "Syntax Error: …"; ours say which limit and carry a code. */
const reportAs = (code: string) => (context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code } }));
};

/**
 * graphql-js 16 validates an operation type the schema lacks without complaint (17 adds
 * KnownOperationTypesRule) and leaves it to the executor, which reports it as a crash.
 * This API is read-only: `mutation` and `subscription` are refused at validation.
 */
export const KnownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === "query" ? schema.getQueryType() : node.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) context.reportError(new GraphQLError(`This API is read-only: the schema has no ${node.operation} type; send a query.`, { nodes: [node] }));
  },
});

/**
 * Validation rules that bound the shape of a document (Apollo runs them after graphql-js's own):
 * graphql-armor's depth, alias and directive limits, reporting our codes. Armor's cost limit
 * counts no list sizes (queryCost.ts does), its token limit throws from a parsing hook, where
 * Apollo turns it into a 500 (Apollo's own `parseOptions.maxTokens` is used instead), and its
 * field-suggestion masking hides nothing that introspection does not show.
 */
export function limitRules(): ValidationRule[] {
  const off = { enabled: false };
  const { validationRules } = new ApolloArmor({
    costLimit: off,
    maxTokens: off,
    blockFieldSuggestion: off,
    maxDepth: { n: LIMITS.depth, flattenFragments: true, propagateOnRejection: false, onReject: [reportAs("QUERY_TOO_DEEP")] },
    maxAliases: { n: LIMITS.aliases, propagateOnRejection: false, onReject: [reportAs("TOO_MANY_ALIASES")] },
    maxDirectives: { n: LIMITS.directives, propagateOnRejection: false, onReject: [reportAs("TOO_MANY_DIRECTIVES")] },
  }).protect();
  return [KnownOperationTypes, ...validationRules];
}
