/**
 * npm start: config → Neo4j (local one started and supervised if NEO4J_URI is unset) →
 * schema → ingest of the bundled corpus (unchanged documents skipped) → GraphQL.
 * If the local Neo4j dies, it is restarted with backoff while the API answers SERVICE_UNAVAILABLE.
 * Ctrl-C stops the server and the Neo4j it started within 10 s; no Java process is left behind.
 */
import "reflect-metadata";
import { createAppServer } from "./api/createServer.js";
import { ConfigError, loadConfig } from "./config/config.js";
import { Database } from "./db/Database.js";
import { createLogger, type Logger } from "./log/logger.js";
import { stopAllLocalNeo4j, Neo4jSetupError } from "./neo4j/localNeo4j.js";
import { superviseLocalNeo4j, type SupervisedNeo4j, type SupervisorEvent } from "./neo4j/superviseLocalNeo4j.js";
import { runIngest } from "../ingest/runIngest.js";

/** Everything is stopped by then, or the process exits anyway (Neo4j itself is SIGKILLed after 8 s). */
const SHUTDOWN_DEADLINE_MS = 9_500;
/** In-flight requests get this long before their connections are cut. */
const REQUEST_DRAIN_MS = 2_000;
/** Set by the first SIGINT/SIGTERM; start-up steps that were cut short by the shutdown are not errors. */
let stopping = false;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
  let server: Awaited<ReturnType<typeof createAppServer>> | undefined;
  let db: Database | undefined;
  let neo4j: SupervisedNeo4j | undefined;
  // Registered before Neo4j starts, so Ctrl-C during start-up leaves no Java process behind.
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const began = Date.now();
    log.info({ signal }, "shutting down");
    setTimeout(() => {
      log.error({ ms: Date.now() - began }, "shutdown deadline passed; exiting");
      log.flush(() => process.exit(1));
    }, SHUTDOWN_DEADLINE_MS).unref();
    const drain = setTimeout(() => server?.http.closeAllConnections(), REQUEST_DRAIN_MS);
    await Promise.allSettled([
      (async () => {
        await server?.stop().catch(() => {});
        clearTimeout(drain);
        await db?.close();
      })(),
      // The supervisor first, so it does not restart the server we are stopping.
      (async () => {
        await neo4j?.stop();
        await stopAllLocalNeo4j();
      })(),
    ]);
    log.info({ ms: Date.now() - began }, "stopped");
    // pino writes asynchronously; without a flush the last lines are lost at exit.
    log.flush(() => process.exit(0));
  };
  // `on`, not `once`: Ctrl-C reaches us twice under npm (from the terminal's process group and
  // forwarded by npm), and a second SIGINT with no listener would kill the process mid-shutdown.
  const onSignal = (signal: NodeJS.Signals) => void shutdown(signal);
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let uri = config.NEO4J_URI;
  if (!uri) {
    neo4j = await superviseLocalNeo4j({
      boltPort: config.NEO4J_BOLT_PORT,
      dataDir: config.NEO4J_DATA_DIR,
      heap: config.NEO4J_HEAP,
      password: config.NEO4J_PASSWORD,
      quickStart: false,
      log: (l) => log.info(l),
      onEvent: (e) => logSupervisorEvent(log, e),
    });
    uri = neo4j.uri;
  }
  if (stopping) return;
  db = new Database({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, readTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS });

  const summary = await runIngest({ paths: [config.CORPUS_DIR], db });
  const byStatus = (s: string) => summary.loads.filter((l) => l.status === s).length;
  log.info({ loaded: byStatus("loaded"), unchanged: byStatus("unchanged"), failed: byStatus("failed"), unreadable: summary.errors.length, seconds: ((summary.extractMs + summary.loadMs) / 1000).toFixed(1) }, "corpus ingested");
  for (const e of [...summary.errors.map((x) => x.message), ...summary.loads.filter((l) => l.error).map((l) => l.error)]) log.warn(e);
  if (stopping) return;

  server = await createAppServer(db, { port: config.PORT, host: config.HOST, development: config.NODE_ENV === "development", requestTimeoutMs: config.REQUEST_TIMEOUT_MS });
  // Apollo registers its own SIGINT/SIGTERM handlers (stop Apollo, then re-raise the signal), which
  // ended the process before Neo4j was stopped and before our last log lines. This process's shutdown
  // is ours; `stopOnTerminationSignals: false` in createServer would say the same at the source.
  for (const signal of ["SIGINT", "SIGTERM"] as const) for (const l of process.listeners(signal)) if (l !== onSignal) process.removeListener(signal, l);
  // The last lines of start-up: where to point a browser.
  const root = new URL("/", server.url).href;
  log.info(`ready: explorer ${root} · GraphQL playground ${server.url}`);
}

function logSupervisorEvent(log: Logger, e: SupervisorEvent): void {
  if (e.type === "exited") log.error({ code: e.code, signal: e.signal, uptimeS: Math.round(e.uptimeMs / 1000), restartInMs: e.restartInMs, stderr: e.stderrTail.slice(-1000) || undefined }, "Neo4j exited unexpectedly; restarting it");
  else if (e.type === "restarted") log.warn({ attempt: e.attempt, startS: +(e.startMs / 1000).toFixed(1), downS: +(e.downMs / 1000).toFixed(1), pid: e.pid }, "Neo4j restarted");
  else log.error({ attempt: e.attempt, error: e.error, retryInMs: e.retryInMs }, "Neo4j restart failed; trying again");
}

main().catch((error: unknown) => {
  // Ctrl-C during start-up stops Neo4j under the start-up's feet; the shutdown reports and exits.
  if (stopping) return;
  const known = error instanceof ConfigError || error instanceof Neo4jSetupError;
  process.stderr.write(`${known ? (error as Error).message : ((error as Error)?.stack ?? String(error))}\n`);
  // Leave no Java process behind when start-up fails.
  void stopAllLocalNeo4j().finally(() => process.exit(1));
});
