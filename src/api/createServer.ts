import { ApolloServer, HeaderMap } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Database } from "../db/Database.js";
import { DatabaseQueryError, DatabaseUnavailableError } from "../db/Database.js";
import { buildAppSchema } from "./buildSchema.js";
import { createContext, type Context } from "./context.js";
import { servePlayground } from "./playground.js";
import { createExplorerHandler } from "./explorer.js";
import { jitExecutor } from "./jitGateway.js";
import { JSON_CONTENT_TYPE, knownOperations } from "./knownOperations.js";
import { LIMIT_CODES, LIMITS, limitRules } from "./limits.js";
import { createRequestGuard, requestGuardPlugin } from "./requestGuard.js";
import { serveExport } from "./export/serveExport.js";

/** Overall time a request may take before the client gets REQUEST_TIMEOUT (main.ts passes REQUEST_TIMEOUT_MS). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** Masks everything unexpected; known client and availability errors keep their code. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, development: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DatabaseUnavailableError) return { message: "The graph database is unavailable; try again shortly.", extensions: { code: "SERVICE_UNAVAILABLE" } };
  if (original instanceof DatabaseQueryError && /TransactionTimedOut/.test(original.neo4jCode)) {
    return { message: "A database read took longer than its time limit; ask for less (smaller pages, fewer hops).", path: formatted.path, extensions: { code: "QUERY_TIMEOUT" } };
  }
  // Apollo files every validation failure under GRAPHQL_VALIDATION_FAILED and every parse failure under
  // GRAPHQL_PARSE_FAILED; a refusal by one of our limits keeps the code that names the limit.
  const cause = (error as GraphQLError | undefined)?.originalError as GraphQLError | undefined;
  const limitCode = cause?.extensions?.code;
  if (typeof limitCode === "string" && LIMIT_CODES.has(limitCode)) return { message: formatted.message, locations: formatted.locations, extensions: { code: limitCode } };
  const tokens = /Document contains more tha[nt] (\d+) tokens/.exec(formatted.message);
  if (tokens && formatted.extensions?.code === "GRAPHQL_PARSE_FAILED") return { message: `The query has more than ${tokens[1]} tokens (the limit); send a smaller query.`, extensions: { code: "TOO_MANY_TOKENS" } };
  const code = formatted.extensions?.code;
  if (code && code !== "INTERNAL_SERVER_ERROR") return development ? formatted : { ...formatted, extensions: { code } };
  return development ? formatted : { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

class PayloadTooLargeError extends Error {}

/**
 * How much of an over-limit body is read (and dropped) before the 413 goes out. Clients such as
 * fetch read no response until their upload is done, and see a reset socket (EPIPE) instead of the
 * 413 if the server answers and closes first; a body beyond this is cut without waiting.
 */
const DRAIN_BYTES = 64 * 1024 * 1024;

/** The request body as text, refused past `limit` bytes; stream events, as the async iterator costs more per request. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > DRAIN_BYTES) return reject(new PayloadTooLargeError());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > DRAIN_BYTES) {
        req.removeAllListeners("data");
        reject(new PayloadTooLargeError());
      } else chunks.length = 0;
    });
    req.on("end", () => {
      if (size > limit) reject(new PayloadTooLargeError());
      else resolve(chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", reject);
  });
}

function sendError(res: ServerResponse, status: number, message: string, code: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.setHeader("content-length", Buffer.byteLength(body));
  res.end(body);
}

export interface AppServer {
  url: string;
  http: Server;
  stop(): Promise<void>;
}

export interface AppServerOptions {
  port: number;
  host: string;
  development: boolean;
  /** Overall deadline of one GraphQL request, ms (default DEFAULT_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
}

export async function createAppServer(db: Database, options: AppServerOptions): Promise<AppServer> {
  const schema = await buildAppSchema();
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const jit = jitExecutor(schema);
  const guard = createRequestGuard(schema);
  const known = knownOperations(jit, guard);
  const apollo = new ApolloServer<Context>({
    // Apollo's gateway hook is where a custom executor plugs in; graphql-jit runs compiled operations.
    gateway: jit.gateway,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: options.development,
    // graphql-js stops lexing past this many tokens, before any parse tree is built.
    parseOptions: { maxTokens: LIMITS.tokens },
    validationRules: limitRules(),
    formatError: (formatted, error) => formatError(formatted, error, options.development),
    // Compact JSON: Apollo pretty-prints by default, which costs time and bytes on every response.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      // We set no cache hints; the default cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads from a CDN; we serve our own offline playground instead.
      ApolloServerPluginLandingPageDisabled(),
      // Variable types, string and list sizes, and cost, after validation and before execution.
      requestGuardPlugin(guard),
      // Remembers queries answered cleanly, for the fast path below.
      known.plugin,
    ],
  });
  await apollo.start();

  const serveExplorer = createExplorerHandler();
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (servePlayground(req, res)) return;
    if (serveExplorer(req, res)) return;
    // Path and query string split by hand: a WHATWG URL per request showed up in profiles.
    const target = req.url ?? "/";
    const q = target.indexOf("?");
    const pathname = q < 0 ? target : target.slice(0, q);
    const search = q < 0 ? "" : target.slice(q);
    if (pathname === "/health") {
      let body: object;
      try {
        const info = await db.serverInfo();
        body = { status: "ok", neo4j: "up", version: info.version };
        res.statusCode = 200;
      } catch {
        body = { status: "degraded", neo4j: "unavailable", code: "SERVICE_UNAVAILABLE" };
        res.statusCode = 503;
      }
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(body));
      return;
    }
    if (pathname.startsWith("/export/")) {
      await serveExport(db, req, res, pathname, search);
      return;
    }
    if (pathname !== "/graphql") {
      res.statusCode = 404;
      res.end("not found; the explorer is at /, GraphQL at /graphql\n");
      return;
    }
    if (db.isUnreachable) {
      // Circuit open: a read already found Neo4j unreachable and the Database's probe has not reached it
      // since. Answering here skips the body, parsing, validation and execution, so a flood of requests
      // during an outage leaves the CPU to the Neo4j that is restarting.
      res.setHeader("retry-after", "1");
      sendError(res, 503, "The graph database is unavailable; try again shortly.", "SERVICE_UNAVAILABLE");
      return;
    }
    let raw: string;
    try {
      raw = await readBody(req, LIMITS.bodyBytes);
    } catch (error) {
      if (!(error instanceof PayloadTooLargeError)) throw error;
      res.setHeader("connection", "close");
      sendError(res, 413, `The request body exceeds the limit of ${LIMITS.bodyBytes} bytes (1 MB).`, "PAYLOAD_TOO_LARGE");
      return;
    }
    let body: unknown = raw;
    if ((req.headers["content-type"] ?? "").includes("application/json") && raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        res.statusCode = 400;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ errors: [{ message: "request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] }));
        return;
      }
    }
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<"timeout">((done) => (timer = setTimeout(() => done("timeout"), requestTimeoutMs)));
    const context = createContext(db);
    const fast = req.method === "POST" ? known.match(req.headers, body) : undefined;
    const answer = async () => {
      const text = fast && (await known.run(fast, context));
      if (text) return text;
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
      return apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: req.method ?? "GET", headers, search, body }, context: async () => context });
    };
    const response = await Promise.race([answer(), deadline]).finally(() => clearTimeout(timer));
    if (response === "timeout") {
      // The work still running is bounded by Neo4j's transaction timeout; its answer is dropped.
      sendError(res, 504, `The request took longer than its deadline of ${requestTimeoutMs} ms; ask for less (smaller pages, fewer nested lists).`, "REQUEST_TIMEOUT");
      return;
    }
    if (typeof response === "string") {
      res.statusCode = 200;
      res.setHeader("content-type", JSON_CONTENT_TYPE).setHeader("content-length", Buffer.byteLength(response)).end(response);
      return;
    }
    for (const [k, v] of response.headers) res.setHeader(k, v);
    res.statusCode = response.status ?? 200;
    // With a length, Node sends headers and body in one write; without, it chunks and writes the terminator apart.
    if (response.body.kind === "complete") res.setHeader("content-length", Buffer.byteLength(response.body.string)).end(response.body.string);
    else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };
  // A client that drops the connection mid-body must not become an unhandled rejection (which ends the process).
  const http = createHttpServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
      else res.destroy();
    });
  });
  // A client must finish sending its headers within 10 s and its whole request within 30 s (Node's defaults,
  // 60 s and 300 s, let a slow sender hold a socket for minutes); the deadline above starts after that.
  http.headersTimeout = 10_000;
  http.requestTimeout = 30_000;
  await new Promise<void>((done) => http.listen(options.port, options.host, done));
  const address = http.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://${options.host === "0.0.0.0" ? "localhost" : options.host}:${port}/graphql`,
    http,
    stop: async () => {
      await new Promise<void>((done) => http.close(() => done()));
      await apollo.stop();
    },
  };
}
