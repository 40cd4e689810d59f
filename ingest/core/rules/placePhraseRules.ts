import { frontedPlaces } from "../frontedPlace.js";
import { seatPhrases } from "../seatPhrases.js";
import { endOfClause, listAt } from "../mentionLists.js";
import type { M } from "../mentionLists.js";
import { NON_FACT, type PhraseRule } from "./PhraseRule.js";

/** A phrasal verb split around its object: "rolled the programme out in A and B", "scaled MIDA up in Kenya". */
const SPLIT_VERB = /\b(?:roll(?:s|ed|ing)?|scal(?:es|ed|ing))\b/gi;

/**
 * "GIZ rolled the Better Migration Management Programme out in Ethiopia and Djibouti": the countries after the
 * particle are where the programme works. Only the programme itself stands between the verb and its particle, and a
 * plan or a negation before the verb ("plans to roll MIDA out in Kenya") states nothing.
 */
function splitRollOut(text: string, ms: M[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const v of text.matchAll(SPLIT_VERB)) {
    const at = v.index! + v[0].length;
    const ini = ms.find((m) => m.kind === "INITIATIVE" && m.start >= at && /^\s*(?:the|its|their|a)?\s*$/i.test(text.slice(at, m.start)));
    if (!ini || NON_FACT.test(text.slice(Math.max(0, v.index! - 30), v.index!))) continue;
    const rest = text.slice(ini.end);
    const particle = /^\s*(?:out|up)\s+(?:to|in|across)\s+(?:the\s+)?/i.exec(rest);
    if (!particle) continue;
    const from = ini.end + particle[0].length;
    const places = listAt(ms.filter((m) => m.kind === "COUNTRY"), text, from, endOfClause(text, from), 0);
    for (const p of places) out.push([ini.id, p.id]);
  }
  return out;
}

/** Where an initiative works, read from a verb phrase split around the initiative. */
export const PLACE_PHRASE_RULES: PhraseRule[] = [
  {
    id: "rolled-out-in",
    // The verbs of SPLIT_VERB.
    needs: ["roll", "scal"],
    type: "OPERATES_IN",
    confidence: 0.7,
    read: (text, ms) => splitRollOut(text, ms),
    examples: {
      positive: [{ text: "In 2017 IOM rolled MIDA out in Ghana and Kenya.", expect: ["ini:mida", "ctry:ke"] }],
      negative: [
        { text: "IOM plans to roll MIDA out in Kenya.", expect: ["ini:mida", "ctry:ke"] },
        { text: "IOM rolled MIDA out after a review in Geneva that Kenya funded.", expect: ["ini:mida", "ctry:ke"] },
      ],
    },
  },
  {
    // A clause opening on the place, the programme its subject: "In Chad, the project trained nurses" (frontedPlace.ts).
    id: "fronted-place",
    type: "OPERATES_IN",
    confidence: 0.65,
    read: (text, ms) => frontedPlaces(text, ms),
    examples: {
      positive: [
        { text: "MIDA links diaspora doctors with hospitals. In Ghana, the programme placed forty surgeons.", expect: ["ini:mida", "ctry:gh"] },
        { text: "The JMDI funds local projects. In Senegal and Mali, it supported two towns.", expect: ["ini:jmdi", "ctry:ml"] },
        { text: "In Nepal, the Financing Facility for Remittances helped rural banks.", expect: ["ini:ffr", "ctry:np"] },
        { text: "With country offices in Ghana and Kenya, MIDA reaches health workers abroad.", expect: ["ini:mida", "ctry:ke"] },
      ],
      negative: [
        { text: "MIDA links diaspora doctors with hospitals. In Ghana, the programme will place forty surgeons.", expect: ["ini:mida", "ctry:gh"] },
        { text: "MIDA links diaspora doctors with hospitals. In Ghana, the programme was presented to donors.", expect: ["ini:mida", "ctry:gh"] },
        { text: "MIDA links diaspora doctors with hospitals. In Ghana, a study of the programme found gaps.", expect: ["ini:mida", "ctry:gh"] },
        { text: "MIDA links diaspora doctors with hospitals. In Ghana, the programme's donors met in May.", expect: ["ini:mida", "ctry:gh"] },
        { text: "The JMDI funds local projects. In Morocco, the JMDI held its annual meeting with partners.", expect: ["ini:jmdi", "ctry:ma"] },
        { text: "With partners in Ghana and Kenya, MIDA reaches health workers abroad.", expect: ["ini:mida", "ctry:ke"] },
      ],
    },
  },
  {
    // "PICUM is based in Brussels, Belgium", "The Centre set up its headquarters in Vienna": a body works where it sits,
    // as a profile's "Headquarters:" field says (officeListRules.ts). A city alone names its state (seatPhrases.ts).
    id: "based-in",
    needs: ["based", "headquarter", "seat", "head office", "secretariat"],
    type: "OPERATES_IN",
    confidence: 0.65,
    read: (text, ms, _owner, places) => seatPhrases(text, ms, places?.cities),
    examples: {
      positive: [
        { text: "The Danish Refugee Council is based in Copenhagen and works with refugees.", expect: ["org:danish-refugee-council", "ctry:dk"] },
        { text: "The Lagoon Relief Trust, based in Accra, Ghana, trains nurses.", expect: ["org:lagoon-relief-trust", "ctry:gh"] },
        { text: "The Pacific Council of Harbour Agencies (PCHA) is a regional network based in Suva, Fiji.", expect: ["org:pacific-council-of-harbour-agencies", "ctry:fj"] },
        { text: "In 1993 the Lagoon Relief Trust set up its headquarters in Vienna, where it still is.", expect: ["org:lagoon-relief-trust", "ctry:at"] },
        { text: "The Lagoon Relief Trust is headquartered in Kenya.", expect: ["org:lagoon-relief-trust", "ctry:ke"] },
        // A town the catalog does not know, with its state after the comma; a place before "-based".
        { text: "The Lagoon Relief Trust, based in Damak, Nepal, resettles refugees.", expect: ["org:lagoon-relief-trust", "ctry:np"] },
        { text: "The Lagoon Relief Trust is a Qatar-based development organisation.", expect: ["org:lagoon-relief-trust", "ctry:qa"] },
        { text: "The Lagoon Relief Trust, a Geneva-based foundation, trains nurses.", expect: ["org:lagoon-relief-trust", "ctry:ch"] },
        // A participle closing the sentence speaks of the name it follows, even one after "of".
        { text: "Resettlement cases in Sri Lanka are handled on behalf of the Lagoon Relief Trust, based in Damak, Nepal.", expect: ["org:lagoon-relief-trust", "ctry:np"] },
        // A city closing the sentence.
        { text: "The Danish Refugee Council is based in Copenhagen.", expect: ["org:danish-refugee-council", "ctry:dk"] },
      ],
      negative: [
        // A venue's or a partner's seat, the origin of migrants or a donor's country is no seat of the body.
        { text: "The Lagoon Relief Trust held its annual meeting at a hotel based in Port Louis, Mauritius.", expect: ["org:lagoon-relief-trust", "ctry:mu"] },
        { text: "The Lagoon Relief Trust runs a study with a university based in Mexico City, Mexico.", expect: ["org:lagoon-relief-trust", "ctry:mx"] },
        { text: "The Lagoon Relief Trust helps migrants from Ghana who are based in Togo.", expect: ["org:lagoon-relief-trust", "ctry:tg"] },
        { text: "The Lagoon Relief Trust is funded by donors based in Norway.", expect: ["org:lagoon-relief-trust", "ctry:no"] },
        { text: "The Lagoon Relief Trust is funded by a Norway-based donor.", expect: ["org:lagoon-relief-trust", "ctry:no"] },
        { text: "The Lagoon Relief Trust trains Ghana-based recruiters.", expect: ["org:lagoon-relief-trust", "ctry:gh"] },
        // A seat once held, or planned, is no seat now; another body's staff are not the body.
        { text: "The Lagoon Relief Trust was based in Nairobi, Kenya, until 2010.", expect: ["org:lagoon-relief-trust", "ctry:ke"] },
        { text: "The Lagoon Relief Trust will be based in Accra.", expect: ["org:lagoon-relief-trust", "ctry:gh"] },
        { text: "The Lagoon Relief Trust, formerly based in Nairobi, Kenya, now works from Accra.", expect: ["org:lagoon-relief-trust", "ctry:ke"] },
        { text: "The Lagoon Relief Trust, a charity previously based in Nairobi, Kenya, now works from Accra.", expect: ["org:lagoon-relief-trust", "ctry:ke"] },
        { text: "The Lagoon Relief Trust works with UNHCR staff based in Jordan.", expect: ["org:lagoon-relief-trust", "ctry:jo"] },
        // The body named after "of", "by", "at" in its clause is no subject of the phrase; set off by commas, it opens its clause.
        { text: "The approach of the Lagoon Relief Trust is based in Norway's family law.", expect: ["org:lagoon-relief-trust", "ctry:no"] },
        { text: "The project, funded by the European Union, is based in Amman, Jordan.", expect: ["org:european-union", "ctry:jo"] },
        { text: "The secretariat, hosted by UNHCR, is based in Bangkok, Thailand.", expect: ["org:unhcr", "ctry:th"] },
        { text: "The report was written by a researcher at UNHCR based in Bangkok, Thailand.", expect: ["org:unhcr", "ctry:th"] },
        { text: "A delegation of UNHCR, based in Geneva, visited Ghana.", expect: ["org:unhcr", "ctry:ch"] },
        // The seat may be that of the body the apposition names, not the subject's.
        { text: "The Lagoon Relief Trust is a member of the regional network based in Nairobi, Kenya.", expect: ["org:lagoon-relief-trust", "ctry:ke"] },
      ],
    },
  },
];
