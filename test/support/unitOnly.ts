/**
 * Whether a vitest command line asks only for unit tests, which need no database.
 * Filters are the positional arguments; the value after a value-taking option
 * (`--reporter verbose`, `-t name`) is not a filter, or `verbose` would count as one
 * and a unit run would start Neo4j.
 */
const VALUE_OPTIONS = new Set([
  "--reporter", "--outputFile", "--config", "-c", "--root", "-r", "--dir", "--project",
  "--environment", "--pool", "--testNamePattern", "-t", "--shard", "--maxWorkers",
  "--minWorkers", "--bail", "--retry", "--testTimeout", "--hookTimeout", "--mode",
]);

export function unitOnly(args: readonly string[]): boolean {
  const filters: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUE_OPTIONS.has(a)) {
      i++;
      continue;
    }
    if (!a.startsWith("-") && a !== "run") filters.push(a);
  }
  return filters.length > 0 && filters.every((f) => f.includes("test/unit"));
}
