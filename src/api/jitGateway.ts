import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/** A context may carry a result the fast path already computed (knownOperations.ts); Apollo then formats it instead of running it again. */
export const PRECOMPUTED = Symbol("precomputed result");

export interface JitExecutor {
  /** Apollo's gateway hook, running operations through `execute`. */
  gateway: GatewayInterface;
  /** Runs an operation Apollo has parsed and validated; errors come back as GraphQLErrors, as Apollo needs them. */
  execute(document: DocumentNode, operationName: string | null, context: object, variables: Record<string, unknown>): Promise<ExecutionResult>;
}

/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter: each
 * operation is compiled once into a JavaScript function (Apollo hands back the same
 * parsed document for the same query text, so the document keys the cache). Apollo's
 * gateway interface is its documented hook for a custom executor; parsing,
 * validation (with our depth rule), the cost plugin, error formatting and CSRF
 * prevention all stay Apollo's. `execute` is also what the fast path for known operations
 * (knownOperations.ts) runs, so both paths execute alike.
 */
export function jitExecutor(schema: GraphQLSchema): JitExecutor {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | null) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? "";
    let query = byName.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName ?? undefined);
      byName.set(key, query);
    }
    return query;
  };
  const execute: JitExecutor["execute"] = async (document, operationName, context, variables) => {
    const query = compile(document, operationName);
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  const executor: GatewayExecutor = async (request) => {
    // Apollo found no operation to run (an unknown name, or several operations and none named). graphql-jit
    // would run nothing and report no error, which Apollo takes for a crash; graphql-js's answer is an error.
    if (!request.operation) {
      const message = request.request.operationName ? `Unknown operation named "${request.request.operationName}".` : "Must provide operation name if query contains multiple operations.";
      return { errors: [new GraphQLError(message)] };
    }
    const precomputed = (request.context as { [PRECOMPUTED]?: ExecutionResult })[PRECOMPUTED];
    if (precomputed) return precomputed;
    return execute(request.document, request.operationName, request.context, request.request.variables ?? {});
  };
  const gateway: GatewayInterface = {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
  return { gateway, execute };
}

/**
 * graphql-jit reports errors two ways, neither of them a graphql-js GraphQLError, which Apollo's
 * error formatting needs: its own error type (an unresolvable type, a non-null violation), which
 * holds any cause in an own `originalError`, and a resolver's own Error with `path` and `locations`
 * stuck on. Either way the cause is kept as `originalError`, so masking and codes (BAD_USER_INPUT,
 * SERVICE_UNAVAILABLE) work as they do with graphql-js.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  // jit's error type inherits GraphQLError's prototype, so instanceof alone cannot tell them apart.
  if (error instanceof GraphQLError && error.extensions) return error;
  const jit = error as Error & { path?: ReadonlyArray<string | number>; locations?: unknown; originalError?: Error & { extensions?: Record<string, unknown> } };
  const original: (Error & { extensions?: Record<string, unknown> }) | undefined = Object.hasOwn(jit, "originalError") ? jit.originalError : jit;
  const converted = new GraphQLError(jit.message, { path: jit.path, originalError: original, extensions: original?.extensions });
  if (jit.locations) Object.defineProperty(converted, "locations", { value: jit.locations, enumerable: true });
  return converted;
}
