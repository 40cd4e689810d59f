/**
 * Decides, once per `npm test`, which real Neo4j the integration tests use:
 *   1. NEO4J_URI when set;
 *   2. else a testcontainers `neo4j:5.26-community` when a Docker engine answers;
 *   3. else the locally provisioned server (src/neo4j/localNeo4j.ts) on a test port and data folder.
 * The choice reaches test files through vitest's provide/inject.
 */
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config/config.js";
import { startLocalNeo4j } from "../../src/neo4j/localNeo4j.js";
import { unitOnly } from "./unitOnly.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; source: "env" | "testcontainers" | "local" | "none" };
  }
}

const TEST_PASSWORD = "migration-graph-test";


async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import("testcontainers");
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  if (process.env.NEO4J_URI) {
    project.provide("neo4j", { uri: process.env.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, source: "env" });
    return async () => {};
  }
  if (unitOnly(process.argv.slice(2))) {
    project.provide("neo4j", { uri: "", user: "", password: "", source: "none" });
    return async () => {};
  }
  if (await dockerAnswers()) {
    const { GenericContainer, Wait } = await import("testcontainers");
    const container = await new GenericContainer("neo4j:5.26-community")
      .withEnvironment({ NEO4J_AUTH: `neo4j/${TEST_PASSWORD}` })
      .withExposedPorts(7687)
      .withWaitStrategy(Wait.forLogMessage(/Started\./))
      .start();
    const uri = `bolt://${container.getHost()}:${container.getMappedPort(7687)}`;
    project.provide("neo4j", { uri, user: "neo4j", password: TEST_PASSWORD, source: "testcontainers" });
    return async () => {
      await container.stop();
    };
  }
  const server = await startLocalNeo4j({
    boltPort: Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688),
    dataDir: process.env.NEO4J_TEST_DATA_DIR ?? ".neo4j/test-data",
    heap: config.NEO4J_HEAP,
    password: TEST_PASSWORD,
    log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  project.provide("neo4j", { uri: server.uri, user: "neo4j", password: TEST_PASSWORD, source: "local" });
  return async () => {
    await server.stop();
  };
}
