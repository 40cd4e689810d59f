/**
 * npm start: config → Neo4j (local one started if NEO4J_URI is unset) →
 * schema → ingest of the bundled corpus (unchanged documents skipped) → GraphQL.
 * Ctrl-C stops the server and the Neo4j it started; no Java process is left behind.
 */
import "reflect-metadata";
import { createAppServer } from "./api/createServer.js";
import { ConfigError, loadConfig } from "./config/config.js";
import { Database } from "./db/Database.js";
import { createLogger } from "./log/logger.js";
import { startLocalNeo4j, stopAllLocalNeo4j, Neo4jSetupError } from "./neo4j/localNeo4j.js";
import { runIngest } from "../ingest/runIngest.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
  let server: Awaited<ReturnType<typeof createAppServer>> | undefined;
  let db: Database | undefined;
  // Registered before Neo4j starts, so Ctrl-C during start-up leaves no Java process behind.
  const shutdown = async (signal: string) => {
    log.info({ signal }, "shutting down");
    await server?.stop().catch(() => {});
    await db?.close();
    await stopAllLocalNeo4j();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  let uri = config.NEO4J_URI;
  if (!uri) {
    const local = await startLocalNeo4j({ boltPort: config.NEO4J_BOLT_PORT, dataDir: config.NEO4J_DATA_DIR, heap: config.NEO4J_HEAP, password: config.NEO4J_PASSWORD, quickStart: false, log: (l) => log.info(l) });
    uri = local.uri;
  }
  db = new Database({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, readTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS });

  const summary = await runIngest({ paths: [config.CORPUS_DIR], db });
  const byStatus = (s: string) => summary.loads.filter((l) => l.status === s).length;
  log.info({ loaded: byStatus("loaded"), unchanged: byStatus("unchanged"), failed: byStatus("failed"), unreadable: summary.errors.length, seconds: ((summary.extractMs + summary.loadMs) / 1000).toFixed(1) }, "corpus ingested");
  for (const e of [...summary.errors.map((x) => x.message), ...summary.loads.filter((l) => l.error).map((l) => l.error)]) log.warn(e);

  server = await createAppServer(db, { port: config.PORT, host: config.HOST, development: config.NODE_ENV === "development", requestTimeoutMs: config.REQUEST_TIMEOUT_MS });
  // The last lines of start-up: where to point a browser.
  const root = new URL("/", server.url).href;
  log.info(`ready: explorer ${root} · GraphQL playground ${server.url}`);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof Neo4jSetupError;
  process.stderr.write(`${known ? (error as Error).message : ((error as Error)?.stack ?? String(error))}\n`);
  process.exit(1);
});
