/**
 * Configuration comes only from environment variables, validated once at
 * start-up; a bad value stops the process with a message naming the variable.
 */
import { z } from "zod";

const portNumber = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, "must look like bolt://host:port or neo4j://host:port")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters (Neo4j's minimum)").default("migration-graph"),
  NEO4J_BOLT_PORT: portNumber.default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default(".neo4j/data"),
  NEO4J_HEAP: z.string().regex(/^\d+[mg]$/i, "must be a JVM size such as 512m or 1g").default("1g"),
  PORT: portNumber.default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** auto: readable lines on a terminal, JSON when piped or under CI. */
  LOG_FORMAT: z.enum(["auto", "pretty", "json"]).default("auto"),
  CORPUS_DIR: z.string().min(1).default("data/corpus"),
  /** Neo4j transaction timeout of every API read, ms. */
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** Overall deadline of one GraphQL request, ms; past it the client gets REQUEST_TIMEOUT. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Empty strings count as unset, as they do in most shells' `VAR= cmd`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  return parsed.data;
}
