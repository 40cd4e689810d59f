import type { TripleExamples } from "./TripleExamples.js";
import { HEAD_NOUNS } from "./nameRules.js";
import { DATED_ROW_OPENING } from "./contentRows.js";

/**
 * A name's bracketed short form, then the comma before the next name: "(CIM), ". A dash set off by spaces after the
 * bracket ("(CIM) — Norway") is the same address written as a tag.
 */
const ACRONYM_THEN_COMMA = /^\s*\([A-Z][\p{L}0-9 -]{1,15}\)\s*(?:,|\s[—–-])\s*(?:the\s+)?$/u;
const COMMA = /^\s*,\s*(?:the\s+)?$/;
/** "(FLPC) of ", " of ", " based in ": the state a body's row closes on, joined by a preposition (SEAT_OF). */
const ACRONYM_THEN_OF = /^\s*(?:\([A-Z][A-Za-z0-9 -]{1,15}\)\s*)?(?:of|in|from|based\s+in)\s+(?:the\s+)?$/;

interface Named {
  start: number;
  end: number;
  kind: string;
}

/**
 * A state that closes a body's address in a row: "Run by: Centre for Coastal Studies (CCS), Norway", "- Harbour
 * Institute (HI), Coastal University, Ghana". The body is written with its short name in brackets, then (optionally
 * its parent institution and) the state: the state is where the body sits, no row of the list of its own. Two bodies
 * and a state with no bracket ("Donors: the European Union, Germany") are three rows, as before.
 */
export function seatCountry(rowText: string, rows: readonly Named[], r: Named): boolean {
  if (r.kind !== "COUNTRY" || !/^[\s.;]*$/.test(rowText.slice(r.end))) return false;
  const before = rows.filter((x) => x.end <= r.start).sort((a, b) => b.end - a.end);
  const prev = before[0];
  if (rows.some((x) => x !== r && x.start >= r.end)) return false;
  // "Facultad de Estudios Marinos (FEM), Chile": a body whose name was not read still gives the row its address.
  if (!prev || prev.kind !== "ORGANIZATION") return addressShape(rowText.slice(0, r.start), rows, r);
  const gap = rowText.slice(prev.end, r.start);
  if (ACRONYM_THEN_COMMA.test(gap)) return true;
  // "- the Front de Libération des Pêcheurs (FLP) of Tinland": the body's state, no member of its own.
  if (ACRONYM_THEN_OF.test(gap)) return true;
  // "Unit (ACR), Parent, State": the parent institution between the body and its state.
  const first = before[1];
  if (COMMA.test(gap) && !!first && first.kind === "ORGANIZATION" && ACRONYM_THEN_COMMA.test(rowText.slice(first.end, prev.start))) return true;
  return addressShape(rowText.slice(0, r.start), rows, r);
}

/** A dash set off by spaces before a body's seat ("CIRÉ — Belgium", "Legis - the Netherlands"): read here and in memberRowNames. */
export const SEAT_DASH = String.raw`\s+[—–-]\s+(?:the\s+)?`;
/** " — ", " (HWU) - ": a body's tag, its bracketed short name if any, then the seat's dash. */
const DASH_TAG = new RegExp(String.raw`^(?:\s*\([A-Z][\p{L}0-9 -]{1,15}\))?${SEAT_DASH}$`, "u");

/**
 * "CIRÉ — Belgium", "Harbour Workers Union (HWU) - Norway": a body tagged with its state after a spaced dash, the
 * state closing the row. The tag says where the body sits, in a list of any kind and whatever the list's rows are read
 * as (members, partners): the state is no row of its own. Not among donors, where a dash parts two funders
 * ("European Union – Germany").
 */
export function dashTaggedSeat(rowText: string, rows: readonly Named[], r: Named, listType: string): boolean {
  if (listType === "FUNDS" || r.kind !== "COUNTRY" || !/^[\s.;]*$/.test(rowText.slice(r.end))) return false;
  const prev = rows.filter((x) => x.end <= r.start).sort((a, b) => b.end - a.end)[0];
  return !!prev && prev.kind === "ORGANIZATION" && DASH_TAG.test(rowText.slice(prev.end, r.start));
}

/**
 * The body whose address a seat state closes (seatCountry, dashTaggedSeat): the organisation named right before it,
 * or null where the row's body was not read as one ("Facultad de Estudios Marinos (FEM), Chile" unread).
 */
export function seatedBody<T extends Named>(rows: readonly T[], r: Named): T | null {
  const prev = rows.filter((x) => x.end <= r.start).sort((a, b) => b.end - a.end)[0];
  return prev && prev.kind === "ORGANIZATION" ? prev : null;
}

/** "(CPSS), Ocean University Lisbon, the ": a bracketed short name, at most one institution's name, then the state. */
const ADDRESS_TAIL = /\([A-Z][\p{L}0-9 -]{1,15}\)\s*(?:,|\s[—–-])\s*(?:([A-Z][^,;:()]*?)\s*,\s*)?(?:the\s+)?$/u;
const INSTITUTION_HEADS = new Set(HEAD_NOUNS.words.ORGANIZATION);

/**
 * The same address where a name in it was not read whole ("Centre for Ports, Ships and the Sea (CPSS), Ocean
 * University Lisbon, the Netherlands"): the row opens with a name and its bracketed short name, then at most one
 * institution (a word of an organisation's head nouns) and the state. A state earlier in the row makes it a list of
 * states ("Norway (NO), Chile"), not an address.
 */
function addressShape(before: string, rows: readonly Named[], r: Named): boolean {
  const tail = ADDRESS_TAIL.exec(before);
  // A year's row ("2024 – Provedor for Human Rights and Justice (PDHJ), Timor-Leste") opens with its year label first.
  const opening = DATED_ROW_OPENING.exec(before)?.[0].slice(0, -1).length ?? 0;
  if (!tail || !/^[\s\-–•*]*[A-Z]/.test(before.slice(opening)) || rows.some((x) => x !== r && x.kind === "COUNTRY" && x.end <= tail.index)) return false;
  return !tail[1] || tail[1].split(/\s+/).some((w) => INSTITUTION_HEADS.has(w));
}

const GROUP = "Coral Sea Group (CSG): members\n\nAbout the Group\nThe Coral Sea Group links island states.\n\nMembers\nThe Group's full members are:\n- Fiji\n- the Front de Libération des Pêcheurs (FLP) of Senegal\n";
const ASSOCIATION = "Coastal Workers Association (CWA)\n\nAbout\nThe Coastal Workers Association (CWA) is a platform of groups that work with fishers.\n\nMembers\n- Collectif des Pêcheurs Côtiers (CPÉ) — Ghana\n- Harbour Workers Union (HWU) - Norway\n- Tonga\n";
const PAGE = "PROJECT SHEET\nCoastal Skills Programme (CSP)\n\nThe Coastal Skills Programme (CSP) trains young crews.\n\n";
const CHAIRS = "Coral Sea Forum (CSF)\n\nAbout\nThe Coral Sea Forum (CSF) links the human rights commissions of the region.\n\nChairs\nThe chair of the Forum rotates each year.\n- 2023 – Timor-Leste\n- 2024 – Provedor for Human Rights and Justice (PDHJ), Timor-Leste. Under its chair the Forum met twice.\n- 2025: Tonga, which hosted the annual meeting.\n\nMore text.\n";
const BY_STATE = "Coral Sea Forum (CSF)\n\nAbout\nThe Coral Sea Forum (CSF) links the human rights commissions of the region.\n\nMembers\n- Ghana: Ombudsman Office\n- Norway: Harbour Rights Board (HRB)\n\nMore text.\n";
/** Example pages (test/unit/seatCountry.test.ts): `expect` is [type, source, target]. */
export const SEAT_COUNTRY_EXAMPLES: TripleExamples = {
  positive: [
    // The bodies of the rows stay partners; two names and a state with no bracket are three rows.
    { text: `${PAGE}Research partners:\n  - Centre for Coastal Studies (CCS), Norway\n  - Harbour Institute (HI), University of Bergen, Norway\n  - Institute of Fisheries\nMore text.\n`, expect: ["PARTICIPATES_IN", "org:centre-for-coastal-studies", "ini:coastal-skills-programme"] },
    { text: `${PAGE}Donors: the European Union, Germany\nMore text.\n`, expect: ["FUNDS", "ctry:de", "ini:coastal-skills-programme"] },
    // Among donors a dash parts two funders: the state is no body's seat.
    { text: `${PAGE}Donors:\n  - European Union – Germany\n  - Japan\nMore text.\n`, expect: ["FUNDS", "ctry:de", "ini:coastal-skills-programme"] },
    // A state listed before a bracketed name keeps its row; a place that is no institution is no address.
    { text: `${PAGE}Research partners:\n  - Chile, Centre for Coastal Studies (CCS), Norway\n  - Institute of Fisheries\nMore text.\n`, expect: ["PARTICIPATES_IN", "ctry:cl", "ini:coastal-skills-programme"] },
    // A body whose row closes on "of <state>" is the row; a state on its own row stays one.
    { text: GROUP, expect: ["MEMBER_OF", "ctry:fj", "forum:coral-sea-group"] },
    { text: GROUP, expect: ["MEMBER_OF", "org:front-de-liberation-des-pecheurs", "forum:coral-sea-group"] },
    // A state on its own row of an organisation's member list stays a member.
    { text: ASSOCIATION, expect: ["MEMBER_OF", "ctry:to", "org:coastal-workers-association"] },
    // A dash between two states tags no body: the second state is a row of its own.
    { text: `${PAGE}Research partners:\n  - Harbour Institute (HI)\n  - Norway — Chile\nMore text.\n`, expect: ["PARTICIPATES_IN", "ctry:cl", "ini:coastal-skills-programme"] },
    // A year's row naming only a state, with or without a remark, keeps the state as the chair.
    { text: CHAIRS, expect: ["CHAIRED", "ctry:tl", "forum:coral-sea-forum"] },
    { text: CHAIRS, expect: ["CHAIRED", "ctry:to", "forum:coral-sea-forum"] },
    // "State: body": the state opening the row is the member.
    { text: BY_STATE, expect: ["MEMBER_OF", "ctry:gh", "forum:coral-sea-forum"] },
    { text: BY_STATE, expect: ["MEMBER_OF", "ctry:no", "forum:coral-sea-forum"] },
    // The state closing a body's address is where the body works (registerRows.ts).
    { text: `${PAGE}Research partners:\n  - Centre for Coastal Studies (CCS), Norway\n  - Institute of Fisheries\nMore text.\n`, expect: ["OPERATES_IN", "org:centre-for-coastal-studies", "ctry:no"] },
    { text: ASSOCIATION, expect: ["OPERATES_IN", "org:harbour-workers-union", "ctry:no"] },
    { text: `${GROUP}- Collectif des Pêcheurs Côtiers (CPÉ) — Ghana\n`, expect: ["OPERATES_IN", "org:collectif-des-pecheurs-cotiers", "ctry:gh"] },
  ],
  negative: [
    // A state that is no body's address: the group and the programme work nowhere by it, and two states tag no body.
    { text: ASSOCIATION, expect: ["OPERATES_IN", "org:coastal-workers-association", "ctry:gh"] },
    { text: `${PAGE}Research partners:\n  - Harbour Institute (HI)\n  - Norway — Chile\nMore text.\n`, expect: ["OPERATES_IN", "org:harbour-institute", "ctry:cl"] },
    // Among donors a dash parts two funders: the European Union does not work in Germany by it.
    { text: `${PAGE}Donors:\n  - European Union – Germany\n  - Japan\nMore text.\n`, expect: ["OPERATES_IN", "org:european-union", "ctry:de"] },
    // … and so may a comma; a chair's row may name the state it chaired in: only a dash tag there is a seat.
    { text: `${PAGE}Donors:\n  - European Union (EU), Germany\n  - Japan\nMore text.\n`, expect: ["OPERATES_IN", "org:european-union", "ctry:de"] },
    { text: `${PAGE}Funded by:\n  - United Nations High Commissioner for Refugees (UNHCR), Norway\n  - Japan\nMore text.\n`, expect: ["OPERATES_IN", "org:unhcr", "ctry:no"] },
    { text: "Coral Sea Forum (CSF)\n\nAbout\nThe Coral Sea Forum (CSF) links the commissions of the region.\n\nChairs\n- 2019 – International Organization for Migration (IOM), Ecuador\n- 2020 – Ghana\n\nMore text.\n", expect: ["OPERATES_IN", "org:iom", "ctry:ec"] },
    // A year's row naming a body and its seat: the state chaired nothing, neither there nor as the "its" after it.
    { text: CHAIRS.replace("- 2023 – Timor-Leste\n", ""), expect: ["CHAIRED", "ctry:tl", "forum:coral-sea-forum"] },
    { text: `${PAGE}Research partners:\n  - Centre for Coastal Studies (CCS), Norway\n  - Institute of Fisheries\nMore text.\n`, expect: ["PARTICIPATES_IN", "ctry:no", "ini:coastal-skills-programme"] },
    { text: `${PAGE}Research partners:\n  - Harbour Institute (HI), University of Bergen, Ghana\n  - Institute of Fisheries\nMore text.\n`, expect: ["PARTICIPATES_IN", "ctry:gh", "ini:coastal-skills-programme"] },
    { text: `${PAGE}Run by: Centre for Coastal Studies (CCS), Norway\nMore text.\n`, expect: ["LEADS", "ctry:no", "ini:coastal-skills-programme"] },
    { text: GROUP, expect: ["MEMBER_OF", "ctry:sn", "forum:coral-sea-group"] },
    // An organisation's member list, whose rows are read as states: a body's dash-tagged state is still its address.
    { text: ASSOCIATION, expect: ["MEMBER_OF", "ctry:gh", "org:coastal-workers-association"] },
    { text: ASSOCIATION, expect: ["MEMBER_OF", "ctry:no", "org:coastal-workers-association"] },
    // A member body tagged with its state after a dash: the state is where it sits, no member of the group.
    { text: `${GROUP}- Collectif des Pêcheurs Côtiers (CPÉ) — Ghana\n- Harbour Workers Union (HWU) - Norway\n`, expect: ["MEMBER_OF", "ctry:gh", "forum:coral-sea-group"] },
    { text: `${GROUP}- Collectif des Pêcheurs Côtiers (CPÉ) — Ghana\n- Harbour Workers Union (HWU) - Norway\n`, expect: ["MEMBER_OF", "ctry:no", "forum:coral-sea-group"] },
    // A body's dash tag without a bracketed short name, in a list that is no member list: still its seat.
    { text: `${PAGE}Research partners:\n  - Harbour Workers Union — Norway\n  - Institute of Fisheries\nMore text.\n`, expect: ["PARTICIPATES_IN", "ctry:no", "ini:coastal-skills-programme"] },
    // The address where the body's own name holds a comma list or the parent is not read as a name of its own.
    { text: `${PAGE}Research partners:\n  - Centre for Ports, Ships and the Sea (CPSS), Ocean University Lisbon, the Netherlands\n  - Institute of Fisheries\nMore text.\n`, expect: ["PARTICIPATES_IN", "ctry:nl", "ini:coastal-skills-programme"] },
    { text: `${PAGE}Research partners:\n  - Facultad de Estudios del Mar (FEM), Brazil\n  - Institute of Fisheries\nMore text.\n`, expect: ["PARTICIPATES_IN", "ctry:br", "ini:coastal-skills-programme"] },
  ],
};
