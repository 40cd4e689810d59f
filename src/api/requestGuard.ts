import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, getVariableValues, Kind, visit, type ASTNode, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
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

/**
 * The first string, list or nesting in the request's variables that exceeds the limits, as a
 * message, or null. Iterative: a 1 MB body can nest arrays 500 000 deep, which would overflow the
 * stack of a recursive walk (and of JSON.stringify, used for the cost cache key).
 */
function oversized(root: unknown): string | null {
  const stack: Array<[value: unknown, path: string, depth: number]> = [[root, "variables", 0]];
  while (stack.length > 0) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value === "string") {
      if (value.length > LIMITS.stringLength) return `${path} has ${value.length} characters (at most ${LIMITS.stringLength})`;
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth > LIMITS.inputDepth) return `${path} is nested more than ${LIMITS.inputDepth} levels deep`;
    if (Array.isArray(value)) {
      if (value.length > LIMITS.listLength) return `${path} has ${value.length} items (at most ${LIMITS.listLength})`;
      for (let i = 0; i < value.length; i++) stack.push([value[i], `${path}[${i}]`, depth + 1]);
    } else for (const [k, v] of Object.entries(value)) stack.push([v, `${path}.${k}`, depth + 1]);
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

/** What the guard reads of a request: the parsed document, the operation Apollo resolved, and the request's variables and name. */
export interface GuardedRequest {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  operationName: string | null | undefined;
}

/**
 * Checks a resolved operation before anything executes: variable types, the size of every
 * string and list a client sent, then the query's cost (queryCost.ts); throws the refusal.
 * Costs are cached per parsed document (Apollo hands back the same document object for the
 * same query text) and variables.
 */
export function createRequestGuard(schema: GraphQLSchema, maxCost: number = LIMITS.cost): (request: GuardedRequest) => void {
  const model = createCostModel(schema);
  const costCache = new WeakMap<DocumentNode, Map<string, number>>();
  const literalCache = new WeakMap<DocumentNode, string | null>();
  return ({ document, operation, variables = {}, operationName }) => {
    // Sizes first: they bound the work of coercing.
    const variableProblem = oversized(variables);
    if (variableProblem) throw refuse(variableProblem, "BAD_USER_INPUT");
    checkVariables(schema, operation.variableDefinitions ?? [], variables);
    let literalProblem = literalCache.get(document);
    if (literalProblem === undefined) literalCache.set(document, (literalProblem = oversizedLiteral(document)));
    if (literalProblem) throw refuse(literalProblem, "BAD_USER_INPUT");

    const key = `${operationName ?? ""}|${JSON.stringify(variables)}`;
    let costs = costCache.get(document);
    if (!costs) costCache.set(document, (costs = new Map()));
    let cost = costs.get(key);
    if (cost === undefined) {
      try {
        cost = queryCost(model, document, variables, operationName);
      } catch (error) {
        if (error instanceof UncostableQueryError) throw refuse(`query too large to cost: ${error.message}`, "QUERY_TOO_COMPLEX");
        throw error;
      }
      if (costs.size < 100) costs.set(key, cost);
    }
    if (cost > maxCost) throw refuse(`query cost ${cost} exceeds the limit of ${maxCost}; ask for smaller pages (first, limit, maxHops, depth) or fewer nested lists`, "QUERY_TOO_COMPLEX");
  };
}

/**
 * The guard as an Apollo plugin: Apollo runs `didResolveOperation` after parsing and validation
 * and before execution, so nothing refused here reaches a resolver or Neo4j.
 */
export function requestGuardPlugin(guard: (request: GuardedRequest) => void): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // No operation (an unknown operationName): Apollo answers that itself.
          if (!operation) return;
          guard({ document, operation, variables: request.variables, operationName: request.operationName });
        },
      };
    },
  };
}
