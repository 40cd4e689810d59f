import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { getNamedType, isObjectType, parse, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "../../src/api/buildSchema.js";

/**
 * Every field of Query and of every object type is asked for by at least one integration test or example
 * (schema/examples.graphql is run by examples.test.ts). GraphQL is found in the tests' string and template
 * literals; `${…}` interpolations are replaced by a name when they stand for a selection and by a string
 * when they stand for a value, and literals that still do not parse are skipped.
 */
/** The template literals of a source, nested ones included, each with its `${…}` kept as written. */
function templates(source: string): string[] {
  const found: string[] = [];
  const read = (start: number): number => {
    // source[start] is the opening backtick; returns the index after the closing one.
    let i = start + 1;
    let text = "";
    while (i < source.length && source[i] !== "`") {
      if (source[i] === "\\") {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (source.startsWith("${", i)) {
        let depth = 1;
        let j = i + 2;
        while (j < source.length && depth > 0) {
          if (source[j] === "`") j = read(j);
          else {
            if (source[j] === "{") depth++;
            if (source[j] === "}") depth--;
            j++;
          }
        }
        text += source.slice(i, j);
        i = j;
      } else text += source[i++];
    }
    found.push(text);
    return i + 1;
  };
  for (let i = 0; i < source.length; i++) if (source[i] === "`") i = read(i) - 1;
  return found;
}

function documents(): DocumentNode[] {
  const sources = readdirSync("test/integration").map((f) => readFileSync(join("test/integration", f), "utf8"));
  const literals = sources.flatMap((s) => [...templates(s), ...[...s.matchAll(/"((?:[^"\\\n]|\\.)*\{[^"\n]*)"/g)].map((m) => m[1]!)]);
  const docs: DocumentNode[] = [parse(readFileSync("schema/examples.graphql", "utf8"))];
  // Field lists kept in constants (`const LINK = \`id type …\``) are spliced back where they are used.
  const constants = new Map<string, string>();
  for (const s of sources) for (const m of s.matchAll(/const (\w+) = `([^`$]*)`/g)) constants.set(m[1]!, m[2]!);
  for (const literal of literals) {
    if (!literal.includes("{")) continue;
    const text = literal
      .replace(/\$\{(\w+)\}/g, (whole, name: string) => constants.get(name) ?? whole)
      .replace(/:\s*"?\$\{[^}]*\}"?/g, ': "x"')
      .replace(/\$\{[^}]*\}/g, "__typename");
    try {
      docs.push(parse(text.startsWith("{") || /^\s*(query|fragment)/.test(text) ? text : `{ ${text} }`));
    } catch {
      // not GraphQL
    }
  }
  return docs;
}

function asked(schema: GraphQLSchema, docs: DocumentNode[]): Set<string> {
  const seen = new Set<string>();
  for (const doc of docs) {
    const info = new TypeInfo(schema);
    visit(
      doc,
      visitWithTypeInfo(info, {
        Field() {
          const parent = info.getParentType();
          const field = info.getFieldDef();
          if (parent && field) seen.add(`${parent.name}.${field.name}`);
        },
      }),
    );
  }
  return seen;
}

describe("schema coverage", () => {
  it("every field of Query and of every object type is asked for by an integration test or example", async () => {
    const schema = await buildAppSchema();
    const seen = asked(schema, documents());
    // A field selected through an interface (Entity.name) covers it on every implementation.
    const viaInterface = (type: string, field: string) =>
      (schema.getType(type) as { getInterfaces?: () => Array<{ name: string }> }).getInterfaces?.().some((i) => seen.has(`${i.name}.${field}`)) ?? false;
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        if (!seen.has(key) && !viaInterface(type.name, field.name)) missing.push(key);
      }
    }
    void getNamedType;
    expect(missing).toEqual([]);
  });
});
