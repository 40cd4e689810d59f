import { Neo4jError } from "neo4j-driver";

/** Neo4j cannot be reached (down, restarting, wrong address). Clients see SERVICE_UNAVAILABLE. */
export class DatabaseUnavailableError extends Error {
  readonly code = "SERVICE_UNAVAILABLE";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseUnavailableError";
  }
}

/** Neo4j rejected the statement or the data (constraint, syntax, type). */
export class DatabaseQueryError extends Error {
  constructor(
    message: string,
    readonly neo4jCode: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DatabaseQueryError";
  }
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.ClientError.Security.AuthenticationRateLimit", "Neo.TransientError.General.DatabaseUnavailable"]);

/** A driver error as one of ours: unreachable (SERVICE_UNAVAILABLE) or rejected; anything else unchanged. */
export function mapError(error: unknown): Error {
  if (error instanceof DatabaseUnavailableError || error instanceof DatabaseQueryError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code) || /connect|ECONNREFUSED|ECONNRESET|Pool is closed/i.test(error.message)) {
      return new DatabaseUnavailableError(`Neo4j is unavailable: ${error.message}`, { cause: error });
    }
    return new DatabaseQueryError(error.message, error.code, { cause: error });
  }
  if (error instanceof Error && /ECONNREFUSED|ECONNRESET|socket hang up/i.test(error.message)) {
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${error.message}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
