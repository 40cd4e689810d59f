/**
 * The one module that touches `neo4j-driver`. Everything else (resolvers,
 * ingest, tests, benchmarks) talks to Neo4j through `Database`, which owns
 * sessions, retries, Integer/graph-type conversion and error mapping.
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from "neo4j-driver";

import { DatabaseQueryError, DatabaseUnavailableError, mapError } from "./databaseErrors.js";
import { toPlain } from "./toPlain.js";

export { toPlain };
export { DatabaseQueryError, DatabaseUnavailableError };
export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  /** How long the driver keeps retrying transient failures inside one call. */
  maxRetryMs?: number;
  /**
   * How long a read keeps retrying when Neo4j cannot be reached at all (default 1 s). Once a read
   * has given up, every read fails at once without touching the driver, and a background probe
   * (one `RETURN 1` every `probeIntervalMs`) finds out when the server is back.
   * A dead server refuses connections in microseconds, so waiting the full `maxRetryMs`
   * only made every request hang ~5 s before its SERVICE_UNAVAILABLE.
   */
  unavailableRetryMs?: number;
  /** Interval of the background probe while Neo4j is unreachable (default 250 ms). */
  probeIntervalMs?: number;
  /**
   * Connect-and-handshake timeout (default 5 s: on a busy machine a new Bolt connection with auth
   * can take seconds). A stopped server refuses at once, so this does not delay SERVICE_UNAVAILABLE;
   * a hung one costs one probing read this long, while the other reads fail at once.
   */
  connectionTimeoutMs?: number;
  /**
   * How long a statement may wait for a free pooled connection (default 30 s). Waiting here means
   * load, not an outage: a dead server refuses at once, so this does not delay SERVICE_UNAVAILABLE.
   */
  acquisitionTimeoutMs?: number;
  maxPoolSize?: number;
  /** Neo4j transaction timeout of every `read`, ms: the server aborts a read that runs longer. */
  readTimeoutMs?: number;
}

/** A transaction handle that speaks plain rows; handed to `Database.writeTransaction` callbacks. */
export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

/** Observer for every statement sent; lets tests count round trips per request. */
export type QueryListener = (cypher: string, params: Params) => void;

export class Database {
  private readonly driver: Driver;
  private readonly listeners = new Set<QueryListener>();
  /** Set when a read gave up because Neo4j was unreachable; cleared by the background probe or a success. */
  private unreachable = false;
  private probing: Promise<void> | undefined;
  /** The latest distinct read statements (text → bound parameters), replayed by the probe before the circuit closes. */
  private readonly recentReads = new Map<string, Params>();
  private closed = false;

  constructor(readonly options: DatabaseOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      // Counts, offsets and years all fit in a double; plain numbers keep every caller simple.
      disableLosslessIntegers: true,
      maxTransactionRetryTime: options.maxRetryMs ?? 5_000,
      connectionTimeout: options.connectionTimeoutMs ?? 5_000,
      connectionAcquisitionTimeout: Math.max(options.acquisitionTimeoutMs ?? 30_000, options.connectionTimeoutMs ?? 5_000),
      maxConnectionPoolSize: options.maxPoolSize ?? 50,
      // Notifications (e.g. "unbounded path") would otherwise be logged on every request.
      notificationFilter: { minimumSeverityLevel: "OFF" },
    });
  }

  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Reads are auto-commit statements: RUN and PULL leave in one write and come back in one
   * round trip. `executeQuery` would wrap them in BEGIN … COMMIT, three socket writes and two
   * more round trips, which on a small VM costs more than most of our queries. Reads are
   * idempotent, so this module retries transient failures itself (as executeQuery would).
   */
  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    this.emit(cypher, params);
    const bound = integerParams(params);
    this.recentReads.delete(cypher);
    this.recentReads.set(cypher, bound);
    if (this.recentReads.size > WARM_UP_STATEMENTS) this.recentReads.delete(this.recentReads.keys().next().value!);
    // While Neo4j is known to be unreachable, reads fail at once: the probe alone touches the driver, so
    // a flood of requests during an outage costs neither pool churn nor connection attempts.
    if (this.unreachable) throw new DatabaseUnavailableError("Neo4j is unavailable: a reconnection attempt is under way");
    const began = Date.now();
    const deadline = began + (this.options.maxRetryMs ?? 5_000);
    const unavailableDeadline = began + (this.options.unavailableRetryMs ?? 1_000);
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
      let giveUpAt: number;
      try {
        const { records } = await runWithoutCallerStack(() => session.run(cypher, bound, { timeout: this.options.readTimeoutMs ?? 5_000 }));
        this.unreachable = false;
        return records.map((record) => toPlain(record.toObject()) as Row);
      } catch (error) {
        const mapped = mapError(error);
        // Only a failed connection counts; a full pool (acquisition timeout) is load, not an outage.
        const unavailable = mapped instanceof DatabaseUnavailableError && !(error instanceof Neo4jError && /acquisition timed out/i.test(error.message));
        giveUpAt = unavailable ? unavailableDeadline : deadline;
        if (unavailable && Date.now() >= giveUpAt) this.markUnreachable();
        if (!neo4j.isRetryableError(error) || Date.now() >= giveUpAt) throw mapped;
      } finally {
        await session.close();
      }
      await sleep(Math.max(0, Math.min(1_000, 50 * 2 ** attempt, giveUpAt - Date.now())));
    }
  }

  /** True after a read gave up because Neo4j could not be reached, until the probe reaches it again. */
  get isUnreachable(): boolean {
    return this.unreachable;
  }

  private markUnreachable(): void {
    this.unreachable = true;
    this.probing ??= this.probe().finally(() => (this.probing = undefined));
  }

  /** One `RETURN 1` at a time until Neo4j answers (or the driver is closed), then a replay of recent reads. */
  private async probe(): Promise<void> {
    const interval = this.options.probeIntervalMs ?? 250;
    while (this.unreachable && !this.closed) {
      await sleep(interval);
      if (this.closed) return;
      const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const timeout = this.options.readTimeoutMs ?? 5_000;
        await runWithoutCallerStack(() => session.run("RETURN 1", {}, { timeout }));
        // A restarted server has an empty query cache: the first burst of requests made it plan every
        // statement dozens of times at once, and timed out for seconds. Planning each once first is cheaper.
        const warmUntil = Date.now() + WARM_UP_MS;
        for (const [cypher, params] of [...this.recentReads]) {
          if (this.closed) return;
          if (Date.now() >= warmUntil) break;
          await runWithoutCallerStack(() => session.run(cypher, params, { timeout })).catch((error: unknown) => {
            if (mapError(error) instanceof DatabaseUnavailableError) throw error;
          });
        }
        this.unreachable = false;
      } catch {
        // Still down (or still starting): try again after the interval.
      } finally {
        await session.close().catch(() => {});
      }
    }
  }

  async write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.inWriteTransaction((tx) => runIn(tx, cypher, params, this.listeners));
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it does. */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.inWriteTransaction((tx) => work({ run: (c, p = {}) => runIn(tx, c, p, this.listeners) }));
  }

  /**
   * An auto-commit statement, for `CALL { … } IN TRANSACTIONS`, which Neo4j refuses
   * inside a managed transaction (bulk deletes on --reset and in tests).
   */
  async autoCommit(cypher: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      this.emit(cypher, params);
      const result = await session.run(cypher, integerParams(params));
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async schema(cypher: string): Promise<void> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      this.emit(cypher, {});
      await session.run(cypher);
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  async serverInfo(): Promise<{ version: string; address: string }> {
    try {
      const info = await this.driver.getServerInfo();
      return { version: info.agent ?? "unknown", address: info.address ?? this.options.uri };
    } catch (error) {
      throw mapError(error);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.probing;
    await this.driver.close();
  }

  /** Writes run in managed transactions, so the driver retries transient failures. */
  private async inWriteTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  private emit(cypher: string, params: Params): void {
    for (const listener of this.listeners) listener(cypher, params);
  }
}

async function runIn(tx: ManagedTransaction, cypher: string, params: Params, listeners: Set<QueryListener>): Promise<Row[]> {
  for (const listener of listeners) listener(cypher, params);
  const result = await tx.run(cypher, integerParams(params));
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/**
 * The driver captures the caller's stack trace for every result (to splice into a later error), and
 * formatting it (through source maps under tsx) took about 8% of a request's CPU. Our errors are
 * re-thrown from here with their own stack, so the capture is switched off for this synchronous call.
 */
function runWithoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** How many distinct read statements the probe replays after an outage (the API sends a few dozen). */
const WARM_UP_STATEMENTS = 32;
/** The replay stops after this long: past it, answering the waiting clients is worth more than a warm cache. */
const WARM_UP_MS = 5_000;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** JS numbers travel as floats; top-level whole numbers (LIMIT, SKIP, depths) must be Cypher integers. */
function integerParams(params: Params): Params {
  const out: Params = {};
  for (const k in params) {
    const v = params[k];
    out[k] = typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v;
  }
  return out;
}
