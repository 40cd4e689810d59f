/**
 * No Docker engine runs here, so the compose file and the Dockerfile are checked for shape,
 * and the app's healthcheck command is run for real with node against a stand-in /health.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const compose = parse(readFileSync("docker-compose.yml", "utf8")) as { services: Record<string, any> };
const dockerfile = readFileSync("Dockerfile", "utf8");

async function healthcheckExit(status: number): Promise<number | null> {
  const server = createServer((_req, res) => res.writeHead(status).end("{}"));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const port = (server.address() as { port: number }).port;
  try {
    const [cmd, ...args] = compose.services.app.healthcheck.test.slice(1) as string[];
    // Asynchronously: the stand-in server answers from this same process.
    const child = spawn(cmd!, args.map((a) => a.replace("127.0.0.1:4000", `127.0.0.1:${port}`)), { stdio: "ignore", timeout: 20_000 });
    return await new Promise((done) => child.once("exit", (code) => done(code)));
  } finally {
    server.close();
  }
}

describe("docker compose", () => {
  it("restarts both services by policy", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["app", "neo4j"]);
    for (const service of Object.values(compose.services)) expect(["always", "unless-stopped", "on-failure"]).toContain(service.restart);
  });

  it("checks the app's health with node, which the image has, not wget or curl", async () => {
    const test = compose.services.app.healthcheck.test as string[];
    expect(test[0]).toBe("CMD");
    expect(test[1]).toBe("node");
    expect(test.join(" ")).not.toMatch(/\b(wget|curl)\b/);
    expect(test.join(" ")).toContain("127.0.0.1:4000/health");
    expect(await healthcheckExit(200)).toBe(0);
    expect(await healthcheckExit(503)).toBe(1);
  });

  it("builds an image that runs as the unprivileged node user", () => {
    const lines = dockerfile.split("\n").map((l) => l.trim());
    expect(lines[0]).toMatch(/^FROM node:20-bookworm-slim$/);
    const user = lines.filter((l) => l.startsWith("USER ")).at(-1);
    expect(user).toBe("USER node");
    expect(lines.findIndex((l) => l.startsWith("USER "))).toBeLessThan(lines.findIndex((l) => l.startsWith("CMD ")));
  });
});
