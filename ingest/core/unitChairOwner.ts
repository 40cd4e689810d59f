import type { Cell } from "./labelledColumns.js";
import type { M } from "./mentionLists.js";
import type { HeadingList } from "./rules/listRules.js";

/**
 * The head of a body's named part, closing a row's first cell: "Gender-Based Violence AoR", "Task Team on Learning",
 * "Working Group on Data", "Child Protection Sub-Cluster", "Pillar 2 (Protection)".
 */
const UNIT_HEAD = /\b(?:AoRs?|Areas? of Responsibility|Working Groups?|Task Teams?|Task Forces?|Taskforces?|(?:Sub-?)?Clusters?|Sub-?[Cc]ommittees?|Committees?|Sub-?[Gg]roups?|Groups?|Pillars?(?:\s+\d+)?|Work\s?[Ss]treams?|Thematic Areas?|Networks?|Platforms?|Councils?|Boards?)(?:\s+(?:on|for)\s+[^|]*)?\s*(?:\([^)]*\))?$/;

/**
 * A chair table of a body's parts ("Area of responsibility | Chair (focal point agency)": "Gender-Based Violence AoR |
 * UNFPA"): the chair named in a row chairs the part the row opens with, not the body the page is about. Chairing a
 * named sub-unit of a body is not chairing the body. The row's part is the entity that fills its first cell, where the
 * page built one; else the chair is of no entity the page knows. Undefined where the row opens with no part's name (a
 * year, a state, a meeting): the list's topic stands.
 */
export function unitChairOwner(cells: readonly Cell[], at: number, lists: readonly HeadingList[], ms: readonly M[], text: string): M | null | undefined {
  if (!lists.some((l) => l.type === "CHAIRED")) return undefined;
  const first = cells.findIndex((c) => c.text.trim() !== "");
  if (first < 0 || first === at) return undefined;
  const cell = cells[first]!;
  const label = cell.text.trim();
  if (!/^[A-Z]/.test(label) || /\b(?:19|20)\d{2}\b/.test(label) || !UNIT_HEAD.test(label)) return undefined;
  const inCell = ms.filter((m) => m.via !== "coref" && m.start >= cell.start && m.end <= cell.end);
  if (inCell.some((m) => m.kind === "COUNTRY")) return undefined;
  const kinds = new Set(lists.flatMap((l) => l.topics));
  // The part's own name fills the cell (an acronym in brackets after it at the most).
  const part = inCell.find((m) => kinds.has(m.kind) && text.slice(cell.start, cell.end).replace(text.slice(m.start, m.end), "").replace(/\([^)]*\)/g, "").trim() === "");
  return part ?? null;
}

const GPC = "Global Protection Cluster: who chairs what\n\nThe Global Protection Cluster (GPC) is the global coordination body for protection.\n\n";
/** Example pages (test/unit/unitChairOwner.test.ts): `expect` is [type, source, target]. */
export const UNIT_CHAIR_EXAMPLES = {
  positive: [
    // A row opening with a year or a state keeps the body's chair list.
    { text: "The Coastal Migration Dialogue\n\nThe Coastal Migration Dialogue meets every year.\n\n| Year | Chair |\n| 2014 | Senegal |\n| 2016 | Mali |\n", expect: ["CHAIRED", "ctry:ml", "forum:coastal-migration-dialogue"] },
    { text: "The Rabat Process\n\nThe Rabat Process is a dialogue on migration between Europe and Africa.\n\n| Period | Chair | Notes |\n| 2014-2015 | Senegal | first African chair |\n| 2016-2017 | Mali | |\n", expect: ["CHAIRED", "ctry:ml", "forum:rabat-process"] },
  ],
  negative: [
    // The chair of a part of the body chairs the part, not the body.
    { text: `${GPC}| Area of responsibility | Chair (focal point agency) | Notes |\n| Child Protection AoR | UNICEF | chaired through its coordinator |\n| Gender-Based Violence AoR | UNFPA | UNFPA chairs the GBV AoR. |\n`, expect: ["CHAIRED", "org:unfpa", "forum:global-protection-cluster"] },
    { text: `${GPC}| Body | Chair |\n| Task Team on Law and Policy | UNHCR |\n| Working Group on Data | UNICEF |\n`, expect: ["CHAIRED", "org:unicef", "forum:global-protection-cluster"] },
    { text: `${GPC}Sub-units and their chairs\n\n| Unit | Chair |\n| Mine Action Sub-Cluster | UNICEF |\n| Data Pillar | UNFPA |\n`, expect: ["CHAIRED", "org:unfpa", "forum:global-protection-cluster"] },
  ],
};
