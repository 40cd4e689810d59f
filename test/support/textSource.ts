import type { SourceFile } from "../../ingest/core/types.js";

/** A plain-text source named `name`, as the reader would hand it to the pipeline. */
export const textSource = (name: string, text: string): SourceFile => ({ path: name, name, format: "txt", text, bytes: text.length, hash: name });
