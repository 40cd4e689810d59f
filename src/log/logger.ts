/**
 * One pino logger for the process. Logs go to stderr so stdout stays clean for
 * command output (URLs, summary tables, JSON).
 *
 * Format: on a terminal (and not under CI), readable lines through pino-pretty; when piped or under CI, one JSON
 * object a line, for machines. LOG_FORMAT=pretty|json overrides the guess.
 */
import { pino, type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };
export type LogFormat = "auto" | "pretty" | "json";

/** Whether logs should be pretty: an explicit choice wins, else a terminal outside CI. */
export function wantsPretty(format: LogFormat, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (format !== "auto") return format === "pretty";
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "false" && env.CI !== "0";
  return stream.isTTY === true && !ci;
}

export function createLogger(level: string = process.env.LOG_LEVEL ?? "info", format: LogFormat = "auto"): Logger {
  if (wantsPretty(format, process.stderr)) {
    // Synchronous stream, not a worker transport: lines keep their order with our other stderr output.
    const stream = pretty({ destination: 2, sync: true, colorize: !process.env.NO_COLOR, translateTime: "HH:MM:ss", ignore: "pid,hostname", singleLine: true });
    return pino({ level, base: undefined }, stream);
  }
  return pino({ level, base: undefined }, pino.destination(2));
}
