/**
 * `npm run neo4j` — start the local Neo4j and keep it running until Ctrl-C.
 * `npm run neo4j:install` — only fetch the jars, compile the launcher and make the class-data archive (used by CI).
 */
import { loadConfig, ConfigError } from "../config/config.js";
import { ensureNeo4jInstalled, startLocalNeo4j, stopAllLocalNeo4j, Neo4jSetupError } from "./localNeo4j.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (process.argv.includes("--install-only")) {
    const report = ensureNeo4jInstalled(log, config.NEO4J_BOLT_PORT);
    log(
      `Neo4j ready to start: ${report.jarCount} jars, ${(report.libBytes / 1e6).toFixed(1)} MB` +
        ` (downloaded: ${report.downloaded}, compiled: ${report.compiled}, class archive made: ${report.archived}, ${(report.ms / 1000).toFixed(1)} s)`,
    );
    return;
  }
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log("stopping Neo4j…");
    await stopAllLocalNeo4j();
    log("Neo4j stopped");
    process.exit(0);
  };
  // `on`: under npm, Ctrl-C arrives twice (terminal and npm), and a second unhandled SIGINT would kill us mid-stop.
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  const server = await startLocalNeo4j({
    boltPort: config.NEO4J_BOLT_PORT,
    dataDir: config.NEO4J_DATA_DIR,
    heap: config.NEO4J_HEAP,
    password: config.NEO4J_PASSWORD,
    log,
  });
  process.stdout.write(`${server.uri}\n`);
  if (server.reused) process.exit(0);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof Neo4jSetupError;
  process.stderr.write(`${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
