import { entityId } from "../../src/ontology/ids.js";
import { headKind } from "./headKind.js";
import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";
import { titleRunPattern, titleWordPattern } from "./titleRun.js";
import { gerundTitleRunPattern } from "./gerundTitle.js";
import { knownNameAtEdge } from "./titleMention.js";

/**
 * A project's title written right after the noun that says what it is, with no comma between: "the project Fostering
 * Access to Rights for Fishers in Ghana, led by …", "a joint project called Promoting Fair Recruitment from Asia,
 * aimed at …", "a sub-project known as Harbour Net Ghana". Such titles are often verb phrases with no head noun, so
 * the head-noun reading of open-set names cannot type them; the class noun before them does. The title runs over
 * capitalised words and the small words inside titles, may hold one list of capitalised words ("for Migrants,
 * Refugees and Asylum-Seekers"), and ends on a capitalised word. Written straight after the noun, the title must be
 * closed by punctuation ("the programme Coastal Officers in Ghana work …" is a clause); after "called", "entitled" or
 * "known as" a lower-case word may follow. A name with a body's head noun ("the project Steering Committee of …") is
 * that body, read elsewhere; a catalog name at its start ("the programme Ghana and Togo agreed") is that name.
 * The naming clause may also be set off by a comma ("the scheme, known as Reef Roster, …"), and it alone is enough to
 * make a name of one or two words ("a pilot called Tidewater"): the author states that what follows is the name. A
 * short name still needs its clause closed, and a pronoun, a determiner or a lone generic word there is no name.
 */
export const TITLE_AFTER_CLASS_NOUN: NameRule = {
  id: "title-after-class-noun",
  what: "A title-cased title of three words or more right after a lower-case 'project', 'programme', 'initiative', 'campaign', 'scheme', 'pilot' or 'partnership' (or after '… called', 'entitled', 'known as', 'named', 'under the name') is an initiative of that name; written straight after the noun it must be closed by punctuation. After a naming word (which may follow the noun's comma) a name of one or two words is enough, and 'fund', 'facility', 'platform', 'network' or 'mechanism' name one too, but only through a naming word; a name with a head noun of another kind is that kind's, read elsewhere.",
  words: ["project", "programme", "program", "initiative", "campaign", "scheme", "pilot", "partnership"],
  positive: [
    { text: "The network also ran the project Fostering Access to Rights for Fishers in Ghana, led by the Coastal Council.", name: "Fostering Access to Rights for Fishers in Ghana", kind: "INITIATIVE" },
    { text: "Ten years ago the two launched a joint project called Promoting Fair Recruitment from Coastal Asia, aimed at deckhands.", name: "Promoting Fair Recruitment from Coastal Asia", kind: "INITIATIVE" },
    { text: "A sub-project known as Harbour Net Ghana trained port staff.", name: "Harbour Net Ghana", kind: "INITIATIVE" },
    { text: "It funds the programme Safer Boats for Fishers, Deckhands and Cooks in Togo, which ends in 2026.", name: "Safer Boats for Fishers, Deckhands and Cooks in Togo", kind: "INITIATIVE" },
    { text: "UNHCR runs a project entitled Supporting Safe Harbours in Ghana and Togo.", name: "Supporting Safe Harbours in Ghana and Togo", kind: "INITIATIVE" },
    { text: "In 2017 the guild set up a tutoring scheme called Quayside for cooks who come home.", name: "Quayside", kind: "INITIATIVE" },
    { text: "The payments pilot, known as Brine Ledger, closed after two years.", name: "Brine Ledger", kind: "INITIATIVE" },
    { text: "Loans go out through a credit project named Saltwork in four ports.", name: "Saltwork", kind: "INITIATIVE" },
    { text: "The guild runs an exchange programme under the name Far Moorings, which pairs young crews.", name: "Far Moorings", kind: "INITIATIVE" },
    { text: "A skills partnership known as Twin Quays links two port towns.", name: "Twin Quays", kind: "INITIATIVE" },
    { text: "Repairs are paid from a small fund known as Keelwright, set up in 2015.", name: "Keelwright", kind: "INITIATIVE" },
    // A short name given by a naming word ends before "in <a known place>".
    { text: "Traders borrow from a savings network known as KOLA in Togo.", name: "KOLA", kind: "INITIATIVE" },
    { text: "The guild runs a loan scheme called Driftwood in Benin and Niger.", name: "Driftwood", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Under the programme Coastal Officers in Ghana work with fishers.", name: "Coastal Officers in Ghana" },
    { text: "In the programme Ghana and Togo share data on fishers.", name: "Ghana and Togo" },
    { text: "The campaign Coordination Unit in Lomé, set up in 2019, closed.", name: "Coordination Unit in Lomé" },
    { text: "The project Harbour Net, run by the Coastal Council, ended.", name: "Harbour Net" },
    { text: "The report Fishing Rights in Coastal Ghana, published in 2019, found gaps.", name: "Fishing Rights in Coastal Ghana" },
    { text: "Under the scheme Quayside cooks get a loan.", name: "Quayside" },
    { text: "The project, called This Year by its staff, ran late.", name: "This Year" },
    { text: "A pilot known as the Programme trained cooks.", name: "Programme" },
    { text: "Traders borrow from a savings network known as KOLA in Togo.", name: "KOLA in Togo" },
    { text: "The guild runs a loan scheme called Driftwood in Benin and Niger.", name: "Driftwood in Benin and Niger" },
    // A known place is no name.
    { text: "Cooks were trained in a pilot called Lomé until 2019.", name: "Lomé" },
    { text: "It is a loan scheme named after Old Tern, a cook who drowned.", name: "Old Tern", notKind: "INITIATIVE" },
    { text: "The fund Keelwright Trust paid for repairs.", name: "Keelwright Trust", notKind: "INITIATIVE" },
    { text: "Repairs are paid by a fund known as the Keelwright Foundation.", name: "Keelwright Foundation", notKind: "INITIATIVE" },
    { text: "A report called Brine Ledger described the pilot.", name: "Brine Ledger" },
  ],
};

/** The title run (titleRun.ts); "&" joins words here too ("Fishers & Ports"); a gerund title may hold "as a" (gerundTitle.ts). */
const CAP = titleWordPattern();
const RUN = `(?:${gerundTitleRunPattern({ addSmall: ["&"], minWords: 2 })}|${titleRunPattern({ addSmall: ["&"] })})`;
/** "for Migrants, Refugees and Asylum-Seekers": one list of capitalised words inside the title, closed by "and". */
const LIST = `(?:,\\s+${CAP}(?:\\s+${CAP})*)*,?\\s+and\\s+${RUN}`;
const NAMING = "(?:called|entitled|titled|named|(?:also\\s+)?known\\s+as|under\\s+the\\s+name)";
/** Nouns of things a name may title only through a naming word: "a fund known as Keel", never "the fund Keel". */
const NAMED_ONLY = ["fund", "facility", "platform", "network", "mechanism"];
const TITLE_AFTER = new RegExp(
  `(?<![\\p{Lu}\\p{Ll}])(?:(?:${TITLE_AFTER_CLASS_NOUN.words.join("|")})(?:\\s+|,\\s+(?=${NAMING}\\s))|(?:${NAMED_ONLY.join("|")}),?\\s+(?=${NAMING}\\s))(?:(${NAMING})\\s+(?:the\\s+)?)?(${RUN}(?:${LIST})?)(?=([,.;:(]|\\s+[a-z]|\\s*$))`,
  "gu",
);

/** The cheap test before TITLE_AFTER: a class noun, a naming word maybe, then a capital. */
const GATE = new RegExp(`(?:${[...TITLE_AFTER_CLASS_NOUN.words, ...NAMED_ONLY].join("|")}),?\\s+(?:${NAMING}\\s+(?:the\\s+)?)?[A-Z]`);
/** What a short name after a naming word may not be: a pronoun, a determiner or a word of time opening it, or a lone class noun. */
const NOT_SHORT_NAME = /^(?:(?:The|This|That|These|Those|It|Its|Their|Our|Her|His|Some|Each|Every|Any|Last|Next|One)\b|(?:Programme|Program|Project|Initiative|Campaign|Scheme|Pilot|Partnership|Fund|Network|Platform)$)/;

export interface TitleAfterNoun {
  name: string;
  start: number;
  /** Whether a naming word ("called", "known as") stood before it. */
  named: boolean;
}

/** Titles written after a programme noun in a passage (TITLE_AFTER_CLASS_NOUN). */
export function titlesAfterClassNoun(text: string): TitleAfterNoun[] {
  const out: TitleAfterNoun[] = [];
  for (const m of text.matchAll(TITLE_AFTER)) {
    const [, naming, name, next] = m as unknown as [string, string | undefined, string, string];
    // One or two words name the initiative only where a naming word says they are its name.
    if (name.split(/\s+/).length < 3 && (!naming || NOT_SHORT_NAME.test(name))) continue;
    // Straight after the noun, a lower-case word after the title makes it a clause's subject, not a title.
    if (!naming && !/^[,.;:(]/.test(next)) continue;
    const kind = headKind(name);
    if (kind && kind !== "INITIATIVE") continue;
    out.push({ name, start: m.index! + m[0].lastIndexOf(name), named: !!naming });
  }
  return out;
}

/** recognise.ts step 3d'': each title written after a programme noun is an initiative of its own. */
export function titleAfterClassNounMentions(scan: PassageScan): void {
  const { text } = scan;
  const { catalog } = scan.doc;
  if (!GATE.test(text)) return;
  for (const t of titlesAfterClassNoun(text)) {
    if (t.named) {
      // "known as HAN in Ghana", "called Home in Accra": a name given by a naming word ends where "in <a known place>"
      // begins, and a known place is no name ("a pilot called Accra").
      const cut = placeAfterIn(t.name, (p) => scan.doc.isPlace(p));
      // Only a short name is cut: a long title may itself say where ("Fair Wages for Fishers in Ghana").
      if (cut !== null && t.name.slice(0, cut).split(/\s+/).length < 3) t.name = t.name.slice(0, cut);
      if (t.name.split(/\s+/).length < 3 && NOT_SHORT_NAME.test(t.name)) continue;
      if (scan.doc.isPlace(t.name)) continue;
    }
    const end = t.start + t.name.length;
    // A catalog name at its start is that name ("the programme Ghana and Togo"); one across its end ran on past it.
    if (knownNameAtEdge(scan, t.start, end)) continue;
    const key = entityId("INITIATIVE", t.name);
    if (catalog.byId.has(key)) continue;
    scan.discover({ key, kind: "INITIATIVE", name: t.name, acronym: null });
    scan.push({ localStart: t.start, localEnd: end, kind: "INITIATIVE", key, method: "name-pattern", confidence: 0.7 });
  }
}

/** Where " in <known place>" begins in a name, or null. */
function placeAfterIn(name: string, isPlace: (place: string) => boolean): number | null {
  for (const m of name.matchAll(/\s+in\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*)/gu)) {
    const words = m[1]!.split(/\s+/);
    for (let n = words.length; n > 0; n--) if (isPlace(words.slice(0, n).join(" "))) return m.index!;
  }
  return null;
}
