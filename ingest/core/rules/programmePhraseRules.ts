import { hyphenRoles } from "../hyphenRoles.js";
import { endOfClause, listAt } from "../mentionLists.js";
import { NOUN_AFTER, PROGRAMME_HEAD, TOPIC_BEFORE, VENUE_VERB, isProgramme, own, type PhraseRule } from "./PhraseRule.js";

/** Readings around a programme: where it works, who runs it, who takes part, who leads or pays for it. */
export const PROGRAMME_PHRASE_RULES: PhraseRule[] = [
  {
    id: "programme-in-countries",
    // What isProgramme asks for (PROGRAMME_HEAD, PROGRAMME_BEFORE).
    needs: ["program", "project", "scheme", "initiative", "plan", "survey", "campaign"],
    type: "OPERATES_IN",
    confidence: 0.7,
    read(text, ms) {
      const out: Array<[string, string]> = [];
      for (const ini of ms.filter((m) => m.kind === "INITIATIVE" && own(m))) {
        const lead = /^[”")]*\s*(?:\([^)]{1,15}\)\s*)?(?:(?:project|programme|scheme|survey)\s+)?,?\s*in\s+/.exec(text.slice(ini.end));
        if (!lead || !isProgramme(text, ini) || VENUE_VERB.test(text.slice(Math.max(0, ini.start - 50), ini.start))) continue;
        const from = ini.end + lead[0].length;
        const countries = listAt(ms.filter((m) => m.kind === "COUNTRY"), text, from, Math.min(endOfClause(text, from), from + 200), 4);
        // "the Seasonal Agricultural Workers Programme and the Live-in Caregiver Visa Programme in Canada": the whole list is there.
        const programmes = [ini];
        for (let k = ms.indexOf(ini) - 1; k >= 0; k--) {
          const p = ms[k]!;
          if (p.kind !== "INITIATIVE" || !own(p) || !isProgramme(text, p) || !/^\s*(?:,|,?\s*and)\s+(?:the\s+)?$/.test(text.slice(p.end, programmes[programmes.length - 1]!.start))) break;
          programmes.push(p);
        }
        for (const p of programmes) for (const c of countries) out.push([p.id, c.id]);
      }
      return out;
    },
    examples: {
      positive: [
        { text: "UN Women works through the Central Asia Regional Programme in Kazakhstan, Kyrgyzstan and Tajikistan.", expect: ["ini:central-asia-regional-programme", "ctry:tj"] },
        { text: "Farm workers come through the Seasonal Agricultural Workers Programme in Canada.", expect: ["ini:seasonal-agricultural-workers-programme", "ctry:ca"] },
        { text: "Good practice: the Seasonal Agricultural Workers Programme and the Live-in Caregiver Visa Programme in Canada.", expect: ["ini:seasonal-agricultural-workers-programme", "ctry:ca"] },
      ],
      negative: [
        { text: "The Central Asia Regional Programme was presented in Kazakhstan by its donors.", expect: ["ini:central-asia-regional-programme", "ctry:kz"] },
        { text: "UNDP presented the Central Asia Regional Programme in Kazakhstan last year.", expect: ["ini:central-asia-regional-programme", "ctry:kz"] },
        { text: "A KNOMAD workshop was held in Mauritius.", expect: ["ini:knomad", "ctry:mu"] },
        { text: "The Human Development Report in Mexico drew wide attention.", expect: ["ini:human-development-report", "ctry:mx"] },
      ],
    },
  },
  {
    id: "programme-of-organization",
    // The heads of PROGRAMME_HEAD.
    needs: ["program", "project", "scheme", "initiative", "plan", "survey", "campaign"],
    type: "LEADS",
    confidence: 0.75,
    read(text, ms) {
      const out: Array<[string, string]> = [];
      for (const ini of ms.filter((m) => m.kind === "INITIATIVE" && own(m) && PROGRAMME_HEAD.test(text.slice(m.start, m.end)))) {
        const org = ms.find((m) => m.kind === "ORGANIZATION" && own(m) && m.start > ini.end && /^[”"]?\s+of\s+(?:the\s+)?$/.test(text.slice(ini.end, m.start)));
        // "the Programme of the UN Office on …": a name inside a longer name is not the owner.
        if (org && !/^(?:\s+[A-Z][a-z]|[’']s)/.test(text.slice(org.end, org.end + 3))) out.push([org.id, ini.id]);
      }
      return out;
    },
    examples: {
      positive: [{ text: "Fishing communities benefit from the Sustainable Fisheries Livelihoods Programme of FAO.", expect: ["org:fao", "ini:sustainable-fisheries-livelihoods-programme"] }],
      negative: [
        { text: "The Sustainable Fisheries Livelihoods Programme of Action was praised by FAO.", expect: ["org:fao", "ini:sustainable-fisheries-livelihoods-programme"] },
        { text: "The evaluation of the Sustainable Fisheries Livelihoods Programme by FAO took a year.", expect: ["org:fao", "ini:sustainable-fisheries-livelihoods-programme"] },
      ],
    },
  },
  {
    id: "its-programme",
    // The possessive it reads.
    needs: ["its"],
    type: "LEADS",
    confidence: 0.7,
    // "its" before a programme is trusted only when it is the chapter's own agency, or the subject
    // the fronted phrase leads to ("Through its … Programme, WMO has …").
    read(text, ms, ownerId) {
      const out: Array<[string, string]> = [];
      for (const its of ms.filter((m) => m.via === "coref" && m.kind === "ORGANIZATION" && /^its$/i.test(text.slice(m.start, m.end)))) {
        const ini = ms.find((m) => m.kind === "INITIATIVE" && own(m) && /^\s+$/.test(text.slice(its.end, m.start)));
        if (!ini || NOUN_AFTER.test(text.slice(ini.end, ini.end + 40))) continue;
        const subject = ms.find((m) => m.kind === "ORGANIZATION" && own(m) && m.start > ini.end && /^[”"]?\s*,\s*(?:the\s+)?$/.test(text.slice(ini.end, m.start)));
        // "The ILO has opened the third phase of its … Programme": "its" is the sentence's own subject.
        const opener = ms.find((m) => own(m) && m.kind === "ORGANIZATION" && m.end <= its.start);
        const ownSubject = opener?.id === its.id && /^\s*(?:[A-Z][A-Za-z .,]{1,40}\s[-–—]\s+)?(?:the\s+)?$/i.test(text.slice(0, opener.start)) && /^\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:opened|launched|started|began|runs|ran|extended|expanded|renewed|continued|closed|completed|evaluated|presented|announced)\b/i.test(text.slice(opener.end));
        // A name headed by "Programme" says it is one; the subject's own launching verb says so of any initiative.
        const programme = PROGRAMME_HEAD.test(text.slice(ini.start, ini.end));
        if ((programme && (its.id === ownerId || subject?.id === its.id)) || ownSubject) out.push([its.id, ini.id]);
      }
      return out;
    },
    examples: {
      positive: [
        { text: "WMO is a specialized agency. Through its Hydrology and Water Resources Programme, WMO has promoted water-resources assessment.", expect: ["org:wmo", "ini:hydrology-and-water-resources-programme"] },
        { text: "The WMO has opened the second phase of its Hydrology and Water Resources Programme in Geneva.", expect: ["org:wmo", "ini:hydrology-and-water-resources-programme"] },
        // A news dateline before the subject.
        { text: "GENEVA - WMO has launched the new cycle of its Hydrology and Water Resources Programme.", expect: ["org:wmo", "ini:hydrology-and-water-resources-programme"] },
      ],
      negative: [
        { text: "UNEP is a programme. Through its Hydrology and Water Resources Programme, WMO has promoted water-resources assessment.", expect: ["org:unep", "ini:hydrology-and-water-resources-programme"] },
        { text: "UNEP shared its Hydrology and Water Resources Programme partners list with WMO.", expect: ["org:unep", "ini:hydrology-and-water-resources-programme"] },
        // The subject praises another's programme: "its" is the subject's, but praising is no running.
        { text: "UNEP praised WMO for its Hydrology and Water Resources Programme.", expect: ["org:unep", "ini:hydrology-and-water-resources-programme"] },
      ],
    },
  },
  {
    id: "programme-partners",
    // The words before "with" in its lead.
    needs: ["partnership", "collaboration", "cooperation", "coordination", "together", "jointly"],
    type: "PARTICIPATES_IN",
    confidence: 0.7,
    read(text, ms) {
      const out: Array<[string, string]> = [];
      const orgs = ms.filter((m) => m.kind === "ORGANIZATION" || m.kind === "COUNTRY");
      for (const ini of ms.filter((m) => m.kind === "INITIATIVE" && own(m))) {
        // "… “Security in Mobility” in partnership with", "the JMDI, implemented in cooperation with".
        const lead = /^[”")]*\s*(?:(?:project|programme|initiative|scheme)\s*)?,?[”"]?\s*(?:(?:which\s+)?(?:is|was|has been|were|are)\s+)?(?:(?:implemented|conducted|carried out|developed|run|executed|launched|managed|undertaken|designed|established|created|produced|set up)\s+)?(?:(?:in|since)\s+(?:19|20)\d{2}\s*,?\s*)?(?:in (?:(?:close|closer|active)\s+)?(?:partnership|collaboration|cooperation|coordination)|together|jointly)\s+with\s+/.exec(text.slice(ini.end));
        // "A seminar on Migration Profiles was convened in collaboration with …": the initiative is only the topic.
        if (!lead || TOPIC_BEFORE.test(text.slice(Math.max(0, ini.start - 20), ini.start))) continue;
        const from = ini.end + lead[0].length;
        for (const o of listAt(orgs, text, from, Math.min(endOfClause(text, from), from + 200), 6)) out.push([o.id, ini.id]);
      }
      return out;
    },
    examples: {
      positive: [
        { text: "UNEP conducted a project entitled “Security in Mobility” in partnership with OCHA, IOM and the Institute for Security Studies.", expect: ["org:ocha", "ini:security-in-mobility"] },
        { text: "The JMDI, implemented in 2008 in cooperation with UNHCR and UNFPA, ended in 2012.", expect: ["org:unfpa", "ini:jmdi"] },
        // A title in quotes closed after its comma: ",” in close cooperation with".
        { text: "In 2013 IFAD launched the project, “Security in Mobility,” in close cooperation with the World Bank and UNCDF.", expect: ["org:uncdf", "ini:security-in-mobility"] },
      ],
      negative: [
        { text: "The JMDI will be implemented in cooperation with UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "UNDP ran the JMDI and, in a separate study in partnership with UNHCR, looked at returns.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "A seminar on Migration Profiles was convened in collaboration with UNITAR and IOM.", expect: ["org:iom", "ini:migration-profiles"] },
      ],
    },
  },
];


/** The participles of hyphenRoles' MODIFIER, by the relation each states. */
const HYPHEN_NEEDS = { LEADS: ["led", "run", "implemented", "coordinated", "managed"], FUNDS: ["funded", "financed", "sponsored"], HOSTED: ["hosted"], CHAIRED: ["chaired"] } as const;

PROGRAMME_PHRASE_RULES.push(
  ...(["LEADS", "FUNDS", "HOSTED", "CHAIRED"] as const).map(
    (type): PhraseRule => ({
      id: { LEADS: "org-led-programme", FUNDS: "org-funded-programme", HOSTED: "state-hosted-meeting", CHAIRED: "org-chaired-forum" }[type],
      type,
      needs: HYPHEN_NEEDS[type],
      confidence: 0.7,
      // "the World Bank-led creation of an African Institute for Remittances", "the IOM/UNDP-led pilot initiative",
      // "the European Commission-financed and World Bank-led …", "It is a Slovenian-led forum": a compound modifier
      // names who leads, pays, hosts or chairs (hyphenRoles.ts).
      read: (text, ms, _owner, places) => hyphenRoles(text, ms, places?.demonyms).filter((r) => r.type === type).map((r) => [r.actorId, r.targetId]),
      examples:
        type === "LEADS"
          ? {
              positive: [
                { text: "The project is part of the IOM/UNDP-led Joint Migration and Development Initiative (JMDI).", expect: ["org:iom", "ini:jmdi"] },
                // The compound in a class-noun phrase set beside the name: an apposition or a copula.
                { text: "Ghana joined MIDA, an IOM-led regional programme, in 2010.", expect: ["org:iom", "ini:mida"] },
                { text: "Since 2008 the JMDI has been a UNDP-managed programme for local authorities.", expect: ["org:undp", "ini:jmdi"] },
              ],
              negative: [
                { text: "The IOM-led review found that the Joint Migration and Development Initiative (JMDI) was slow.", expect: ["org:iom", "ini:jmdi"] },
                // The phrase beside the name is a study or a meeting, or describes another noun than the programme.
                { text: "Ghana discussed MIDA, an IOM-led study of returns, in 2010.", expect: ["org:iom", "ini:mida"] },
                { text: "MIDA was praised at a workshop in Accra and an IOM-led programme in Togo.", expect: ["org:iom", "ini:mida"] },
                { text: "UNHCR joined the Switzerland-financed and IOM-led second phase of the JMDI.", expect: ["ctry:ch", "ini:jmdi"] },
              ],
            }
          : type === "FUNDS"
            ? {
              positive: [
                { text: "UNHCR joined the European Commission-financed and IOM-led second phase of the JMDI.", expect: ["org:european-commission", "ini:jmdi"] },
                { text: "Ghana and Togo take part in MIDA, an EU-funded regional project run by IOM.", expect: ["org:european-union", "ini:mida"] },
                { text: "The JMDI is a Switzerland-funded programme for local authorities.", expect: ["ctry:ch", "ini:jmdi"] },
              ],
              negative: [
                { text: "An IFAD-funded study compared MIDA with the JMDI.", expect: ["org:ifad", "ini:jmdi"] },
                { text: "Ghana discussed MIDA, an EU-funded study of returns, in 2010.", expect: ["org:european-union", "ini:mida"] },
              ],
            }
          : type === "HOSTED"
            ? {
                positive: [{ text: "Delegates praised the Swiss-hosted GFMD 2011.", expect: ["ctry:ch", "forum:gfmd-2011"] }],
                // A body hosts no meeting in the graph's sense, and a planned host is no host.
                negative: [
                  { text: "Delegates praised the UNHCR-hosted GFMD 2011.", expect: ["org:unhcr", "forum:gfmd-2011"] },
                  { text: "Delegates discussed a future Swiss-hosted GFMD 2011.", expect: ["ctry:ch", "forum:gfmd-2011"] },
                ],
              }
            : {
                positive: [{ text: "The Budapest Process is a Turkish-chaired forum on migration routes.", expect: ["ctry:tr", "forum:budapest-process"] }],
                negative: [{ text: "The Budapest Process is not a Turkish-chaired forum on migration routes.", expect: ["ctry:tr", "forum:budapest-process"] }],
              },
    }),
  ),
);

