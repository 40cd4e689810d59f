import type { ApolloServerPlugin } from "@apollo/server";
import type { DocumentNode, OperationDefinitionNode } from "graphql";
import type { IncomingHttpHeaders } from "node:http";
import { PRECOMPUTED, type JitExecutor } from "./jitGateway.js";
import type { GuardedRequest } from "./requestGuard.js";

/**
 * A fast path for queries Apollo has already answered without error. Apollo's pipeline costs
 * a fixed amount per request whatever the query: a sha256 of the query text, two content
 * negotiations, MIME parsing for CSRF prevention, plugin hooks and a dozen awaits. For a query
 * text it has parsed, validated and run cleanly before, none of that can come out differently
 * except the parts repeated here: the request guard (variables, sizes, cost) and execution by
 * the same jit executor. Anything else (GET, other content or accept types, extensions,
 * unknown text, a refusal, a result with errors) goes through Apollo, so every error keeps
 * Apollo's formatting, codes and status; a result with errors is handed to Apollo with the
 * request instead of being computed again.
 */

/** JSON answers Apollo would give the same request: its media type when `accept` is absent or asks for JSON. */
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";
const JSON_ACCEPTS = new Set(["*/*", "application/json", JSON_CONTENT_TYPE]);

/** How many distinct query texts (with operation names) are remembered; past this, new ones go through Apollo only. */
const MAX_KNOWN = 500;

interface Known {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

export interface FastRequest {
  known: Known;
  operationName: string | null;
  variables: Record<string, unknown> | undefined;
}

export interface KnownOperations {
  /** Records operations Apollo answered with data and no errors. */
  plugin: ApolloServerPlugin;
  /** The known operation a parsed POST body asks for, or undefined when it must go through Apollo. */
  match(headers: IncomingHttpHeaders, body: unknown): FastRequest | undefined;
  /**
   * Guards and runs it: the response text, or false when Apollo must answer (the guard refused, and
   * Apollo refuses again with its own formatting; or the executor threw). A result with errors is left on the context
   * (PRECOMPUTED), for Apollo to format without running it again.
   */
  run(request: FastRequest, context: object): Promise<string | false>;
}

const keyOf = (query: string, operationName: string | null | undefined) => `${operationName ?? ""}\n${query}`;

export function knownOperations(jit: JitExecutor, guard: (request: GuardedRequest) => void): KnownOperations {
  const known = new Map<string, Known>();
  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({ request, document, operation, response }) {
          if (known.size >= MAX_KNOWN || !document || !operation || typeof request.query !== "string" || request.extensions) return;
          if (response.body.kind !== "single" || response.body.singleResult.errors || (response.http.status ?? 200) !== 200) return;
          const key = keyOf(request.query, request.operationName);
          if (!known.has(key)) known.set(key, { document, operation });
        },
      };
    },
  };

  const match: KnownOperations["match"] = (headers, body) => {
    const accept = headers.accept;
    if (accept !== undefined && !JSON_ACCEPTS.has(accept)) return undefined;
    if (!headers["content-type"]?.toLowerCase().startsWith("application/json")) return undefined;
    if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
    const { query, operationName, variables, extensions, ...rest } = body as Record<string, unknown>;
    if (typeof query !== "string" || extensions !== undefined || Object.keys(rest).length > 0) return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== "string") return undefined;
    if (variables !== undefined && variables !== null && (typeof variables !== "object" || Array.isArray(variables))) return undefined;
    const found = known.get(keyOf(query, operationName));
    return found && { known: found, operationName: operationName ?? null, variables: (variables ?? undefined) as Record<string, unknown> | undefined };
  };

  const run: KnownOperations["run"] = async ({ known: { document, operation }, operationName, variables }, context) => {
    try {
      guard({ document, operation, variables, operationName });
    } catch {
      return false;
    }
    let result: Awaited<ReturnType<JitExecutor["execute"]>>;
    try {
      result = await jit.execute(document, operationName, context, variables ?? {});
    } catch {
      // Not expected (graphql-jit reports resolver failures as errors); Apollo turns a throwing executor into its own answer.
      return false;
    }
    if (result.errors?.length) {
      (context as { [PRECOMPUTED]?: unknown })[PRECOMPUTED] = result;
      return false;
    }
    // Apollo's own serialisation (see createServer's stringifyResult): `errors` and `extensions` absent.
    return JSON.stringify({ data: result.data });
  };

  return { plugin, match, run };
}
