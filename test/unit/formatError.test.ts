import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { formatError } from "../../src/api/createServer.js";
import { DatabaseQueryError, DatabaseUnavailableError } from "../../src/db/Database.js";

/** What Apollo hands formatError for an error thrown in a resolver: a located GraphQLError wrapping the cause. */
const fromResolver = (cause: Error) => {
  const error = new GraphQLError(cause.message, { path: ["entity"], originalError: cause });
  return [{ message: cause.message, path: ["entity"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, error] as const;
};

describe("formatError", () => {
  it("names a Neo4j transaction timeout QUERY_TIMEOUT and hides Neo4j's text", () => {
    const [formatted, error] = fromResolver(new DatabaseQueryError("The transaction has been terminated … dbms.transaction.timeout", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"));
    const out = formatError(formatted, error, false);
    expect(out.extensions).toEqual({ code: "QUERY_TIMEOUT" });
    expect(out.message).not.toMatch(/dbms/);
    expect(out.path).toEqual(["entity"]);
  });

  it("masks any other database error, and unexpected errors, as INTERNAL_SERVER_ERROR", () => {
    for (const cause of [new DatabaseQueryError("Invalid input '{'", "Neo.ClientError.Statement.SyntaxError"), new TypeError("x is undefined")]) {
      const [formatted, error] = fromResolver(cause);
      expect(formatError(formatted, error, false)).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    }
  });

  it("keeps SERVICE_UNAVAILABLE for an unreachable Neo4j", () => {
    const [formatted, error] = fromResolver(new DatabaseUnavailableError("connect ECONNREFUSED"));
    expect(formatError(formatted, error, false).extensions).toEqual({ code: "SERVICE_UNAVAILABLE" });
  });

  it("surfaces the code of a limit that Apollo filed under GRAPHQL_VALIDATION_FAILED", () => {
    const cause = new GraphQLError("Aliases limit of 20 exceeded, found 30.", { extensions: { code: "TOO_MANY_ALIASES" } });
    const wrapped = new GraphQLError(cause.message, { originalError: cause, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(formatError({ message: cause.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, wrapped, false)).toEqual({ message: cause.message, extensions: { code: "TOO_MANY_ALIASES" } });
  });

  it("turns graphql-js's token limit into TOO_MANY_TOKENS", () => {
    const message = "Syntax Error: Document contains more that 2000 tokens. Parsing aborted.";
    const out = formatError({ message, extensions: { code: "GRAPHQL_PARSE_FAILED" } }, new GraphQLError(message), false);
    expect(out).toEqual({ message: "The query has more than 2000 tokens (the limit); send a smaller query.", extensions: { code: "TOO_MANY_TOKENS" } });
  });

  it("leaves an ordinary validation failure alone", () => {
    const formatted = { message: 'Cannot query field "nosuch" on type "Query".', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } };
    expect(formatError(formatted, new GraphQLError(formatted.message), false)).toEqual(formatted);
  });
});
