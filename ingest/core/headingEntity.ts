import type { EntityKind } from "../../src/ontology/ontology.js";
import type { Catalog } from "../catalog/catalog.js";
import type { Matcher } from "./Matcher.js";
import { headingName, headingNameEntity } from "./headingName.js";
import { meetingOfYear } from "./meetingOfYear.js";
import type { EntityRecord } from "./types.js";

/** "Bali Process Ministerial Conference 2011": words naming the kind of meeting may stand between the series and its year. */
const MEETING_WORDS = "(?:(?:Ministerial|Regional|Senior|Officials[’']?|Technical|Annual|Plenary|Conference|Meeting|Consultation|Summit|Session)\\s+){0,3}";
const YEAR_AFTER_NAME = new RegExp(`^\\s*${MEETING_WORDS}((?:19|20)\\d{2})\\b(?!\\s*[-–/]\\s*\\d)`);

function yearBeside(label: string, start: number, end: number): number | null {
  const after = YEAR_AFTER_NAME.exec(label.slice(end));
  const before = /(?<![-–/]\s*)\b((?:19|20)\d{2})\s*(?:the\s+)?$/i.exec(label.slice(0, start));
  const year = after?.[1] ?? before?.[1];
  return year ? Number(year) : null;
}

/**
 * The entity a section heading names: "Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)",
 * "The Abu Dhabi Dialogue", "Colombo Process ministers meet in Colombo". Headings are not passages, so a body
 * named only there never becomes a mention; yet it is what the rows and pronouns under the heading are about.
 * The longest catalog name in the heading wins, a meeting's too ("Global Forum on Migration and Development 2012",
 * "GFMD 2010"); countries name no topic. A catalog entity the
 * document never mentions elsewhere joins the graph's entities, as a meeting found by its year does.
 */
export type HeadingEntity = (label: string) => string | null;

const TOPIC_KINDS = new Set<EntityKind>(["FORUM", "INITIATIVE", "CONVENTION", "ORGANIZATION"]);

export function headingEntity(catalog: Catalog, matcher: Matcher, entities: Map<string, EntityRecord>, headedProjects: ReadonlyMap<string, string> = new Map()): HeadingEntity {
  const cache = new Map<string, string | null>();
  return (label) => {
    if (cache.has(label)) return cache.get(label)!;
    // A heading in a list of projects names the project it heads (headingProjects.ts).
    const project = headedProjects.get(label);
    if (project) {
      cache.set(label, project);
      return project;
    }
    let best: { id: string; start: number; length: number } | null = null;
    for (const m of matcher.findAll(label)) {
      const c = catalog.byId.get(m.entityId);
      if (!c || !TOPIC_KINDS.has(c.kind)) continue;
      if (!best || m.end - m.start > best.length) best = { id: c.id, start: m.start, length: m.end - m.start };
    }
    // "Global Forum on Remittances 2017", "2017 Global Forum on Remittances": a standing forum's name with a year
    // right beside it titles that year's meeting (a span "2016–2018" titles none).
    const year = best && catalog.byId.get(best.id)!.kind === "FORUM" && !catalog.byId.get(best.id)!.isEvent ? yearBeside(label, best.start, best.start + best.length) : null;
    const known = (id: string) => {
      if (!entities.has(id)) {
        const { forms: _f, ...record } = catalog.byId.get(id)!;
        entities.set(id, record);
      }
      return id;
    };
    // A heading that names a treaty or dialogue no catalog lists is that body (headingName.ts), also when a catalog
    // name stands inside it ("Migration Dialogue from COMESA Member States (MIDCOM)" is no heading on COMESA).
    const whole = headingName(label);
    // Without its acronym, a heading's own name must not hold a catalog body's ("Colombo Process Dialogue on X").
    // A treaty named for its body ("OAU Convention Governing …", "Council of Europe Convention on …") is the treaty.
    if (whole && (!best || ((whole.acronym !== null || (whole.aliases?.length ?? 0) > 0 || whole.kind === "CONVENTION") && best.length < whole.name.length))) {
      const id = headingNameEntity(label, entities);
      cache.set(label, id);
      return id;
    }
    const id = best ? (year !== null ? meetingOfYear(known(best.id), year, entities, catalog) : known(best.id)) : null;
    cache.set(label, id);
    return id;
  };
}
