import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, getVariableValues, Kind, visit, type ASTNode, type DocumentNode, type GraphQLSchema } from "graphql";
import { LIMITS } from "./limits.js";
import { createCostModel, queryCost, UncostableQueryError } from "./queryCost.js";

const refuse = (message: string, code: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * Variables are coerced here, before cost or execution: graphql-jit coerces them too, but
 * reports a failure as a crash, and the cost estimator needs the coerced values anyway.
 */
function checkVariables(schema: GraphQLSchema, definitions: Parameters<typeof getVariableValues>[1], variables: Record<string, unknown>): void {
  const { errors } = getVariableValues(schema, definitions, variables, { maxErrors: 5 });
  if (errors?.length) throw new GraphQLError(errors.map((e) => e.message).join("; "), { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}

/** The first string or list in a JSON value that exceeds the limits, as a path, or null. */
function oversized(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.length > LIMITS.stringLength ? `${path} has ${value.length} characters (at most ${LIMITS.stringLength})` : null;
  if (Array.isArray(value)) {
    if (value.length > LIMITS.listLength) return `${path} has ${value.length} items (at most ${LIMITS.listLength})`;
    for (let i = 0; i < value.length; i++) {
      const found = oversized(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = oversized(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

/** Literal arguments anywhere in the document (fragments included), checked against the same limits. */
function oversizedLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  const argumentNames: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void argumentNames.push(node.name.value), leave: () => void argumentNames.pop() },
    StringValue(node) {
      if (!found && argumentNames.length && node.value.length > LIMITS.stringLength) found = `argument ${argumentNames.at(-1)} has ${node.value.length} characters (at most ${LIMITS.stringLength})`;
    },
    ListValue(node: ASTNode & { kind: Kind.LIST }) {
      if (!found && argumentNames.length && node.values.length > LIMITS.listLength) found = `argument ${argumentNames.at(-1)} has ${node.values.length} items (at most ${LIMITS.listLength})`;
    },
  });
  return found;
}

/**
 * Checks a resolved operation before anything executes: variable types, the size of every
 * string and list a client sent, then the query's cost (queryCost.ts). Apollo runs
 * `didResolveOperation` after parsing and validation and before execution, so nothing
 * refused here reaches a resolver or Neo4j. Costs are cached per parsed document (Apollo hands
 * back the same document object for the same query text) and variables.
 */
export function requestGuardPlugin(schema: GraphQLSchema, maxCost: number = LIMITS.cost): ApolloServerPlugin {
  const model = createCostModel(schema);
  const costCache = new WeakMap<DocumentNode, Map<string, number>>();
  const literalCache = new WeakMap<DocumentNode, string | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // No operation (an unknown operationName): Apollo answers that itself.
          if (!operation) return;
          const variables = request.variables ?? {};
          checkVariables(schema, operation.variableDefinitions ?? [], variables);
          const variableProblem = oversized(variables, "variables");
          if (variableProblem) throw refuse(variableProblem, "BAD_USER_INPUT");
          let literalProblem = literalCache.get(document);
          if (literalProblem === undefined) literalCache.set(document, (literalProblem = oversizedLiteral(document)));
          if (literalProblem) throw refuse(literalProblem, "BAD_USER_INPUT");

          const key = `${request.operationName ?? ""}|${JSON.stringify(variables)}`;
          let costs = costCache.get(document);
          if (!costs) costCache.set(document, (costs = new Map()));
          let cost = costs.get(key);
          if (cost === undefined) {
            try {
              cost = queryCost(model, document, variables, request.operationName);
            } catch (error) {
              if (error instanceof UncostableQueryError) throw refuse(`query too large to cost: ${error.message}`, "QUERY_TOO_COMPLEX");
              throw error;
            }
            if (costs.size < 100) costs.set(key, cost);
          }
          if (cost > maxCost) throw refuse(`query cost ${cost} exceeds the limit of ${maxCost}; ask for smaller pages (first, limit, maxHops, depth) or fewer nested lists`, "QUERY_TOO_COMPLEX");
        },
      };
    },
  };
}
