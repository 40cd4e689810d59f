/** `npm run schema:print` writes schema/schema.graphql from the code (a test fails when they differ). */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { buildAppSchema } from "./buildSchema.js";

writeFileSync(new URL("../../schema/schema.graphql", import.meta.url), printSchema(await buildAppSchema()) + "\n");
