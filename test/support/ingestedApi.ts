import type { Database } from "../../src/db/Database.js";
import { createAppServer, type AppServer } from "../../src/api/createServer.js";
import { runIngest } from "../../ingest/runIngest.js";
import { resetDatabase, testDatabase } from "./testDatabase.js";

/** A fresh graph of the bundled corpus and an API server over it, for one test file. */
export async function startIngestedApi(options: { ingest?: boolean } = {}): Promise<{ db: Database; server: AppServer; stop(): Promise<void> }> {
  const db = testDatabase();
  if (options.ingest !== false) {
    await resetDatabase(db);
    await runIngest({ paths: ["data/corpus"], db, reset: true });
  }
  const server = await createAppServer(db, { port: 0, host: "127.0.0.1", development: false });
  return {
    db,
    server,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

export async function gql(server: AppServer, query: string, variables?: object) {
  const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}
