/**
 * Keeps the local Neo4j that the app started alive: when the launcher JVM exits without being
 * asked to (killed, crashed, out of memory), it is started again on the same port and data
 * folder, after a backoff that doubles while restarts keep failing or the server keeps dying soon
 * after it came up. A server that was already running when we looked (`reused`) is not ours and is
 * not supervised.
 */
import { startLocalNeo4j, type ExitInfo, type LocalNeo4j, type LocalNeo4jOptions } from "./localNeo4j.js";

export type SupervisorEvent =
  | { type: "exited"; code: number | null; signal: string | null; uptimeMs: number; restartInMs: number; stderrTail: string }
  | { type: "restarted"; attempt: number; startMs: number; downMs: number; pid: number | undefined }
  | { type: "restart-failed"; attempt: number; error: string; retryInMs: number };

export interface SuperviseOptions extends LocalNeo4jOptions {
  /**
   * Restart delay (default 500 ms), doubling per consecutive failure up to `maxBackoffMs`. The first
   * restart after a server that was up `stableMs` or longer is immediate.
   */
  minBackoffMs?: number;
  /** Default 30 s. */
  maxBackoffMs?: number;
  /** A server up at least this long counts as healthy: the next crash starts from `minBackoffMs` again (default 60 s). */
  stableMs?: number;
  onEvent?: (event: SupervisorEvent) => void;
  /**
   * Start-up timeout for restarts (default 300 s). A restart recovers the store and competes for
   * the CPU with the API answering SERVICE_UNAVAILABLE; on a 2-core machine under load a start took
   * over 120 s, and timing it out wasted all that work.
   */
  restartTimeoutMs?: number;
  /**
   * Restarts use the quick-start JIT (C1 only; default true) even when the first start asked for peak
   * speed: the API is down until the restart is done, and C2's compile threads compete with the start-up
   * for the same two cores. The restarted server then runs at C1 speed until the app restarts.
   */
  restartQuickStart?: boolean;
  /** Starts one server; `startLocalNeo4j` unless a test substitutes it. */
  launch?: (options: LocalNeo4jOptions) => Promise<LocalNeo4j>;
}

export interface SupervisedNeo4j {
  uri: string;
  reused: boolean;
  startMs: number;
  /** The current launcher's pid; undefined while it is down or when reused. */
  readonly pid: number | undefined;
  /** Restarts after unexpected exits so far. */
  readonly restarts: number;
  /** Stops supervising and stops the server (also one that is restarting). */
  stop(): Promise<void>;
}

export async function superviseLocalNeo4j(options: SuperviseOptions): Promise<SupervisedNeo4j> {
  const { restartQuickStart = true, minBackoffMs = 500, maxBackoffMs = 30_000, stableMs = 60_000, restartTimeoutMs = 300_000, onEvent = () => {}, launch = startLocalNeo4j } = options;
  const abort = new AbortController();
  const start = (startTimeoutMs = options.startTimeoutMs, quickStart = options.quickStart) => launch({ ...options, startTimeoutMs, quickStart, signal: abort.signal });
  let current: LocalNeo4j | undefined = await start();
  let upSince = Date.now();
  let restarts = 0;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((done) => {
      const timer = setTimeout(done, ms);
      wake = () => {
        clearTimeout(timer);
        done();
      };
    });

  async function watch(first: LocalNeo4j): Promise<void> {
    let server = first;
    let delay = minBackoffMs;
    while (!abort.signal.aborted) {
      const exit: ExitInfo = await server.exited;
      if (abort.signal.aborted) return;
      current = undefined;
      const crashedAt = Date.now();
      const uptimeMs = crashedAt - upSince;
      // A server that had been up a while gets restarted at once: every second spent waiting is a second
      // of SERVICE_UNAVAILABLE. Backoff is for a server that keeps dying or keeps failing to start.
      const stable = uptimeMs >= stableMs;
      if (stable) delay = minBackoffMs;
      let wait = stable ? 0 : delay;
      onEvent({ type: "exited", code: exit.code, signal: exit.signal, uptimeMs, restartInMs: wait, stderrTail: exit.stderrTail });
      for (let attempt = 1; !abort.signal.aborted; attempt++) {
        await pause(wait);
        if (abort.signal.aborted) return;
        if (wait > 0) delay = Math.min(maxBackoffMs, delay * 2);
        wait = delay;
        try {
          const next = await start(restartTimeoutMs, restartQuickStart);
          if (abort.signal.aborted) return void (await next.stop());
          server = current = next;
          upSince = Date.now();
          restarts++;
          onEvent({ type: "restarted", attempt, startMs: next.startMs, downMs: Date.now() - crashedAt, pid: next.pid });
          break;
        } catch (error) {
          if (abort.signal.aborted) return;
          onEvent({ type: "restart-failed", attempt, error: (error as Error).message.split("\n")[0]!, retryInMs: wait });
        }
      }
    }
  }

  const watching = current.reused ? Promise.resolve() : watch(current);
  return {
    uri: current.uri,
    reused: current.reused,
    startMs: current.startMs,
    get pid() {
      return current?.pid;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      abort.abort();
      wake?.();
      await current?.stop();
      await watching;
    },
  };
}
