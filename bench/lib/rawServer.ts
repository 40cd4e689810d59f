/**
 * Hand-written Cypher behind a bare node:http server: GET /<op> runs that op's statement and returns JSON.
 * It reads the way our Database does (an auto-commit statement in a READ session, one round trip, no caller
 * stack capture) and answers with a Content-Length as our server does, so the ratio measures what our
 * GraphQL layer adds rather than differences in driver or HTTP handling.
 */
import { createServer } from "node:http";
import neo4j, { type Driver } from "neo4j-driver";
import type { Operation } from "./operations.js";

export async function startRawServer(driver: Driver, ops: Operation[]): Promise<{ url: string; stop(): Promise<void> }> {
  const byPath = new Map(ops.map((op) => [`/${op.name}`, op]));
  const http = createServer(async (req, res) => {
    const op = byPath.get(req.url ?? "");
    if (!op) {
      res.statusCode = 404;
      res.end();
      return;
    }
    try {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      // Without the driver's per-result caller stack trace, as src/db/Database.ts runs it.
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      const pending = session.run(op.cypher, op.params);
      Error.stackTraceLimit = limit;
      const { records } = await pending.finally(() => session.close());
      const body = JSON.stringify({ data: records.map((r) => r.toObject()) });
      // A length lets Node send headers and body in one write, as our server does.
      res.setHeader("content-type", "application/json").setHeader("content-length", Buffer.byteLength(body)).end(body);
    } catch (error) {
      res.statusCode = 500;
      res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  });
  await new Promise<void>((done) => http.listen(0, "127.0.0.1", done));
  const address = http.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((done) => { http.close(() => done()); http.closeAllConnections(); }) };
}
