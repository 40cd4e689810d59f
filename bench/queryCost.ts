/**
 * Query cost figures and time to refuse. Prints figures only; no assertions.
 *
 *   npm run bench:cost
 *
 * 1. The cost (src/api/queryCost.ts) of every README example, every operation of
 *    schema/examples.graphql and the explorer's queries, as the README table rows.
 * 2. How long the server takes to refuse each attack issue 10 lists (and a 2 MB body):
 *    HTTP round trips on loopback to an in-process server whose Database points at a port
 *    where nothing listens, so any attempt to reach Neo4j would show as an error, and every
 *    statement sent is counted (it must stay 0). Each request's text is new (a trailing
 *    comment differs), so Apollo's parse cache and the cost cache never help: this is the
 *    cost of refusing a query seen for the first time.
 *
 * Env: BENCH_REFUSALS (requests per attack, 200).
 */
import "reflect-metadata";
import { parse } from "graphql";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { buildAppSchema } from "../src/api/buildSchema.js";
import { createAppServer } from "../src/api/createServer.js";
import { LIMITS } from "../src/api/limits.js";
import { createCostModel, queryCost } from "../src/api/queryCost.js";
import { Database } from "../src/db/Database.js";
import { attackQueries, exampleQueries, explorerQueries, readmeQueries } from "./lib/costedQueries.js";

const perAttack = Number(process.env.BENCH_REFUSALS ?? 200);

const model = createCostModel(await buildAppSchema());
console.log(`Query cost (limit ${LIMITS.cost}); README rows:\n`);
console.log("| query | cost |\n| --- | ---: |");
for (const q of [...readmeQueries(), ...exampleQueries(), ...explorerQueries]) console.log(`| ${q.name} | ${queryCost(model, parse(q.query))} |`);

console.log("\nThe cost walk alone (queryCost on a parsed document, 1000 calls each):\n");
console.log("| query | cost | µs per call |\n| --- | ---: | ---: |");
for (const q of [...exampleQueries().slice(0, 1), ...attackQueries.filter((a) => a.code === "QUERY_TOO_COMPLEX")]) {
  const document = parse(q.query);
  const c = queryCost(model, document);
  const start = performance.now();
  for (let i = 0; i < 1000; i++) queryCost(model, document);
  console.log(`| ${q.name} | ${c} | ${((performance.now() - start) * 1000 / 1000).toFixed(0)} |`);
}

const db = new Database({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "unused-password", maxRetryMs: 0, connectionTimeoutMs: 500 });
let statements = 0;
db.onQuery(() => statements++);
const server = await createAppServer(db, { port: 0, host: "127.0.0.1", development: false });

// Server-side time: from the request event to the last byte handed to the socket.
let serverTimes: number[] = [];
server.http.prependListener("request", (_req, res) => {
  const start = performance.now();
  res.on("finish", () => serverTimes.push(performance.now() - start));
});

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (x: number) => x.toFixed(2);

async function timeRefusals(name: string, body: (i: number) => string, expected: string) {
  const times: number[] = [];
  serverTimes = [];
  const cpuStart = process.cpuUsage();
  const seen = new Map<string, number>();
  for (let i = 0; i < perAttack + 10; i++) {
    const text = body(i);
    const start = performance.now();
    const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: text });
    const answer = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    const elapsed = performance.now() - start;
    const code = `${res.status} ${answer.errors?.[0]?.extensions?.code ?? "(answered)"}`;
    seen.set(code, (seen.get(code) ?? 0) + 1);
    if (i >= 10) times.push(elapsed); // the first few warm the JIT
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuPerRequest = (cpu.user + cpu.system) / 1000 / (perAttack + 10);
  times.sort((a, b) => a - b);
  const inServer = serverTimes.slice(10).sort((a, b) => a - b);
  const codes = [...seen].map(([c, n]) => `${c} ×${n}`).join(", ");
  const flag = [...seen.keys()].every((c) => c.endsWith(expected)) ? "" : `  (expected ${expected})`;
  console.log(`| ${name} | ${codes}${flag} | ${ms(quantile(inServer, 0.5))} | ${ms(quantile(inServer, 0.99))} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.99))} | ${ms(cpuPerRequest)} |`);
}

console.log(`\nTime to refuse, ${perAttack} requests each, new query text every time, ms; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}:`);
console.log("in server: request event to response finished; round trip: fetch on loopback; CPU: process CPU (client and server) per request\n");
console.log("| request | status and code | in server p50 | in server p99 | round trip p50 | round trip p99 | CPU per request |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |");
await timeRefusals("floor: `{ __typename }`, answered", (i) => JSON.stringify({ query: `{ __typename } # ${i}` }), "(answered)");
for (const attack of attackQueries) {
  await timeRefusals(attack.name, (i) => JSON.stringify({ query: `${attack.query}\n# ${i}` }), attack.code);
}
const pad = "x".repeat(2 * 1024 * 1024);
// Not refused: repeated identical fields merge into one, but graphql-js's OverlappingFieldsCanBeMerged
// validation is quadratic in them; the token cap is what bounds this.
const repeated = Math.floor((LIMITS.tokens - 2) / 4);
await timeRefusals(`${repeated} × \`health { neo4j }\` (validation worst case within the token cap), answered`, (i) => JSON.stringify({ query: `{ ${Array(repeated).fill("health { neo4j }").join(" ")} } # ${i}` }), "(answered)");
await timeRefusals("2 MB body", (i) => JSON.stringify({ query: `{ health { neo4j } } # ${i}`, variables: { pad } }), "PAYLOAD_TOO_LARGE");
await timeRefusals("mutation { __typename }", (i) => JSON.stringify({ query: `mutation { __typename } # ${i}` }), "GRAPHQL_VALIDATION_FAILED");
await timeRefusals("$n: Int! given \"ten\"", (i) => JSON.stringify({ query: `query($n: Int!) { search(text: "x", first: $n) { score } } # ${i}`, variables: { n: "ten" } }), "BAD_USER_INPUT");

console.log(`\nStatements sent to Neo4j during the refusals: ${statements}`);
await server.stop();
await db.close();
