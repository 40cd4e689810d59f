/**
 * One pino logger for the process. Logs go to stderr so stdout stays clean for
 * command output (URLs, summary tables, JSON).
 */
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}
