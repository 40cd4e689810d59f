import { ApolloServer, HeaderMap } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, type DocumentNode, type GraphQLFormattedError, type ValidationContext, type ASTVisitor, Kind, type FieldNode } from "graphql";
import { getComplexity, simpleEstimator } from "graphql-query-complexity";
import { createServer as createHttpServer, type IncomingMessage, type Server } from "node:http";
import type { Database } from "../db/Database.js";
import { DatabaseUnavailableError } from "../db/Database.js";
import { buildAppSchema } from "./buildSchema.js";
import { createContext, type Context } from "./context.js";
import { servePlayground } from "./playground.js";
import { jitGateway } from "./jitGateway.js";
import { serveExport } from "./export/serveExport.js";

export const MAX_DEPTH = 10;
export const MAX_COST = 5000;

/** Rejects queries nested deeper than MAX_DEPTH before any resolver (or Neo4j) runs. */
function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const depthOf = (node: { selectionSet?: { selections: readonly any[] } }, depth: number): number => {
      if (!node.selectionSet) return depth;
      return Math.max(depth, ...node.selectionSet.selections.map((s: FieldNode) => depthOf(s, s.kind === Kind.FIELD ? depth + 1 : depth)));
    };
    return {
      OperationDefinition(op) {
        const depth = depthOf(op, 0);
        if (depth > max) context.reportError(new GraphQLError(`query depth ${depth} exceeds the limit of ${max}`, { extensions: { code: "QUERY_TOO_DEEP" } }));
      },
    };
  };
}

/** Masks everything unexpected; known client and availability errors keep their code. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, development: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DatabaseUnavailableError) return { message: "The graph database is unavailable; try again shortly.", extensions: { code: "SERVICE_UNAVAILABLE" } };
  const code = formatted.extensions?.code;
  if (code && code !== "INTERNAL_SERVER_ERROR") return development ? formatted : { ...formatted, extensions: { code } };
  return development ? formatted : { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** The request body as text; stream events, as the async iterator costs more per request. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export interface AppServer {
  url: string;
  http: Server;
  stop(): Promise<void>;
}

export async function createAppServer(db: Database, options: { port: number; host: string; development: boolean }): Promise<AppServer> {
  const schema = await buildAppSchema();
  const costCache = new WeakMap<DocumentNode, Map<string, number>>();
  const apollo = new ApolloServer<Context>({
    // Apollo's gateway hook is where a custom executor plugs in; graphql-jit runs compiled operations.
    gateway: jitGateway(schema),
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: options.development,
    validationRules: [
      depthLimit(MAX_DEPTH),
    ],
    formatError: (formatted, error) => formatError(formatted, error, options.development),
    // Compact JSON: Apollo pretty-prints by default, which costs time and bytes on every response.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      // We set no cache hints; the default cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads from a CDN; we serve our own offline playground instead.
      ApolloServerPluginLandingPageDisabled(),
      {
        // Cost needs the request's variables ("first: $n"), which validation rules never see.
        async requestDidStart() {
          return {
            async didResolveOperation({ request, document }) {
              // Apollo hands back the same parsed document for the same query text, so the cost is computed once per
              // (document, operation, variables) rather than on every request.
              const key = `${request.operationName ?? ""}|${JSON.stringify(request.variables ?? {})}`;
              let costs = costCache.get(document);
              if (!costs) costCache.set(document, (costs = new Map()));
              let cost = costs.get(key);
              if (cost === undefined) {
                cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName, estimators: [simpleEstimator({ defaultComplexity: 1 })] });
                if (costs.size < 100) costs.set(key, cost);
              }
              if (cost > MAX_COST) throw new GraphQLError(`query cost ${cost} exceeds the limit of ${MAX_COST}`, { extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } } });
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const http = createHttpServer(async (req, res) => {
    if (servePlayground(req, res)) return;
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
      res.end("not found; GraphQL is at /graphql\n");
      return;
    }
    const raw = await readBody(req);
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    let body: unknown = raw;
    if ((headers.get("content-type") ?? "").includes("application/json") && raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        res.statusCode = 400;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ errors: [{ message: "request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] }));
        return;
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search, body },
      context: async () => createContext(db),
    });
    for (const [k, v] of response.headers) res.setHeader(k, v);
    res.statusCode = response.status ?? 200;
    // With a length, Node sends headers and body in one write; without, it chunks and writes the terminator apart.
    if (response.body.kind === "complete") res.setHeader("content-length", Buffer.byteLength(response.body.string)).end(response.body.string);
    else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  });
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
