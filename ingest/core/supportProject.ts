import type { NameRule } from "./nameRules.js";

/**
 * "the Support Project of the Africa-EU Migration and Mobility Dialogue", "the Support Programme to the Khartoum
 * Process": a programme named only by what it does for a named forum or programme. Cut before that owner, the name
 * would be a bare "Support Project", one of many; the owner is what tells it apart, so the project is named with it
 * and is the owner's part (PART_OF), like an owned unit; the owner is no end of the verb that governs the project.
 */
export const SUPPORT_PROJECTS: NameRule = {
  id: "support-projects",
  what: "A programme head with only a service word before it ('Support Project', 'Technical Assistance Programme', 'Capacity Building Facility') followed by 'of/to/for the <named forum or programme>' is named with that owner, never a bare 'Support Project': as the owner's part ('Rabat Process Support Project', written 'Support Project of the Rabat Process'), or whole when the owner's name is not read right after 'of the' ('… of the Africa-EU Migration and Mobility Dialogue'), the owner then its parent. A head with a proper modifier ('Coastal Campaign for Ratification of …') is a name already and is cut before the catalog name as before (supportProject.ts, nameCandidate.ts).",
  words: ["Support", "Technical Support", "Technical Assistance", "Assistance", "Capacity Building", "Capacity-Building", "Facilitation", "Secretariat Support"],
  positive: [
    { text: "ICMPD implements the Support Project of the Rabat Process with EU funds.", name: "Rabat Process Support Project", kind: "INITIATIVE", parentId: "forum:rabat-process" },
    { text: "ICMPD runs the Support Project of the Africa-EU Migration and Mobility Dialogue (MMD) with EU funds.", name: "Support Project of the Africa-EU Migration and Mobility Dialogue", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "ICMPD implements the Support Project of the Rabat Process with EU funds.", name: "Support Project" },
    { text: "It joined the Coastal Campaign for Ratification of the Convention on the Rights of the Child.", name: "Coastal Campaign for Ratification of the Convention on the Rights of the Child" },
  ],
};

const HEAD_AFTER = "(?:Project|Programme|Program|Facility|Initiative|Action|Mechanism)";
const SERVICE_WORDS = SUPPORT_PROJECTS.words.map((w) => w.replace(/-/g, "\\-")).join("|");
const SERVICE = new RegExp(`^(?:${SERVICE_WORDS})\\s+${HEAD_AFTER}$`);
const SERVICE_OF = new RegExp(`^(?:${SERVICE_WORDS})\\s+${HEAD_AFTER}\\s+(?:of|to|for)\\s+(?:the\\s+)?(?=[A-Z])`);

/** Whether a name cut before its owner would be only a service word and a programme head ("Support Project"). */
export function isServiceOnly(cut: string): boolean {
  return SERVICE.test(cut.trim());
}

/** Where the owner starts in "Support Project of the <owner>" (-1 when the name is no service-only programme's). */
export function servedOwnerAt(name: string): number {
  const m = SERVICE_OF.exec(name);
  return m ? m[0].length : -1;
}
