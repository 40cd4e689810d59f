import type { Catalog } from "../catalog/catalog.js";
import { escapeRegExp } from "./escapeRegExp.js";
import { fieldState, wholeState } from "./fieldState.js";
import { headKind } from "./headKind.js";
import type { Matcher } from "./Matcher.js";
import { titleCase } from "./titleCase.js";
import { titleState, type TitleState } from "./titleState.js";
import type { StructuredDocument } from "./types.js";

const ACRONYM_TAIL = /\s*\([A-Z][A-Za-z]{1,9}\)$/;

/** "TINLAND BUREAU OF PORTS" read as "Tinland Bureau of Ports": a title printed in capitals keeps its head noun. */
const unshouted = (name: string) => (/[a-z]/.test(name) ? name : titleCase(name));

/** Whether a body's name carries its state: the state's name ("Tinland Bureau of Ports") or its demonym ("Tinlandic Office for X"). */
function namesState(body: string, stateId: string, catalog: Catalog): boolean {
  const words = [catalog.byId.get(stateId)?.name, ...[...catalog.demonyms].filter(([, id]) => id === stateId).map(([w]) => w)].filter((w): w is string => !!w);
  return words.some((w) => new RegExp(`(?:^|\\s)${escapeRegExp(w)}(?=\\s|$)`, "i").test(body));
}

/**
 * The line that titles the page "Body (ACR), Tinland - profile" (titleState.ts) with the state it writes: the title, or
 * that same line opening the page where it is too long to be read as the title.
 */
export function pageTitleState(doc: Pick<StructuredDocument, "title" | "passages">, matcher: Matcher, catalog: Catalog): { line: string; state: TitleState } | null {
  const titled = titleState(doc.title, matcher, catalog);
  if (titled) return { line: doc.title, state: titled };
  const opening = doc.passages[0];
  if (!opening || opening.start !== 0 || opening.text.includes("\n")) return null;
  const line = titleState(opening.text, matcher, catalog);
  return line ? { line: opening.text, state: line } : null;
}

/**
 * The state a page is filed under, whose ministries it names bare (nationalBody.ts): its title "Body (ACR), Tinland -
 * profile" (titleState.ts); that same line opening the page where it is too long to be read as the title; or a banner
 * "DIRECTORY | Asia | Tinland" over a title body whose own name carries that state ("Tinland Bureau of Ports (TBP)",
 * "Tinlandic Office for Migration"). A banner over any other title (an international body, a headline) gives none.
 * Short of these, the record's own field rows "Country: Tinland" or "Head office: Port Alto" (fieldState.ts).
 */
export function pageState(doc: Pick<StructuredDocument, "title" | "passages" | "banner">, matcher: Matcher, catalog: Catalog): string | undefined {
  const titled = pageTitleState(doc, matcher, catalog);
  if (titled) return titled.state.stateId;
  const state = doc.banner ? wholeState(doc.banner.split(/\s+\|\s+/).pop()!.trim(), matcher, catalog) : null;
  const body = unshouted(doc.title.trim().replace(ACRONYM_TAIL, ""));
  if (state && headKind(body) === "ORGANIZATION" && namesState(body, state, catalog)) return state;
  return fieldState(doc, matcher, catalog);
}
