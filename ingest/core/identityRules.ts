import { ALSO_CALLED } from "./alsoCalledRule.js";
import { RENAMED } from "./renamedRule.js";
import { ORGAN_ON_PAGE } from "./organOnPage.js";
import { FOUNDED_AS } from "./foundedAsRule.js";
import { ACRONYM_HEAD } from "./acronymHeadFold.js";
import { ACRONYM_ONLY } from "./acronymOnlyFold.js";
import { capitalised, SHORT_NAME_NOUNS } from "./meetingNouns.js";
/**
 * Identity rules as data: when two written names are one entity, and when they must stay two.
 * Each rule carries its words and example documents (written for these specs, not taken from the
 * corpus): in a `same` example the two names must end on one id; in an `apart` example on two ids;
 * `present`/`absent` list entity ids that the example's graph must or must not hold.
 * test/unit/identityRules.test.ts runs every example through the whole pipeline (`buildGraphs`).
 */
export type { IdentityExample, IdentityRule } from "./IdentityRule.js";
import type { IdentityRule } from "./IdentityRule.js";

export const ACRONYM_LETTERS: IdentityRule = {
  id: "acronym-letters",
  what: "In a definition 'Name (ACR)', an acronym inside the name gives all its letters ('UN Commission on Human Rights (UNCHR)'), so the definition binds the acronym for the chapter and a look-alike catalog acronym (UNHCR's misspelling) does not take it.",
  words: [],
  positive: [
    { text: "The post was created by the UN Commission on Human Rights (UNCHR) in 1999, and UNCHR Resolution 2004/5 renewed it.", present: ["org:un-commission-on-human-rights"], absent: ["org:unhcr"] },
    // An acronym may spell the first letters of one word ("NET-work"), then initials.
    { text: "The Network of Harbour Researchers on Coastal Trade, Fishing and Mobility (NETHRC) met in May. NETHRC publishes a yearly note.", mentions: { id: "ini:network-of-harbour-researchers-on-coastal-trade-fishing-and-mobility", count: 2 } },
  ],
  negative: [
    { text: "Camps are run by agencies such as UNCHR and IOM.", absent: ["org:un-commission-on-human-rights"], present: ["org:unhcr"] },
    // Letters the name does not spell in order bind nothing: the name stays without an acronym.
    { text: "The Network of Harbour Researchers on Coastal Trade (NEXTRA) met in May.", mentions: { id: "ini:network-of-harbour-researchers-on-coastal-trade", count: 1 } },
  ],
};

export const ACRONYM_OF_TAIL: IdentityRule = {
  id: "acronym-of-tail",
  what: "'A of the B (ACR)' where ACR is the catalog acronym of B, the catalog name closing the phrase: the acronym names B, and A is read as a name of its own, never folded into B as an alias.",
  words: [],
  positive: [
    { text: "The High-level Committee on Programmes of the UN System Chief Executives Board for Coordination (CEB) asked IOM to help.", present: ["org:hlcp", "org:ceb"] },
  ],
  negative: [{ text: "The High-level Committee on Programmes of the UN System Chief Executives Board for Coordination (CEB) asked IOM to help.", apart: ["High-level Committee on Programmes", "Chief Executives Board"] }],
};

export const ACRONYM_OF_CATALOG: IdentityRule = {
  id: "acronym-of-catalog",
  what: "A catalog acronym defined by a loosely written name of its own entity ('the UN High Level Dialogue (UNHLD)', a name with a word missing) is that entity, when the name is as alike as resolve asks of two names sharing an acronym; an unlike name keeps its own entity (the International Meteorological Organization is not the IMO).",
  words: [],
  positive: [
    { text: "Ship crews follow the International Convention of Life at Sea (SOLAS) closely.", present: ["conv:solas"], absent: ["conv:international-convention-of-life"] },
    { text: "Talks led to the UN High Level Dialogue (UNHLD). At the UNHLD held in 2013, States agreed a declaration.", present: ["forum:hld-2013"] },
  ],
  negative: [{ text: "The International Meteorological Organization (IMO) came before WMO.", present: ["org:international-meteorological-organization"], absent: ["org:imo"] }],
};

export const WHOLE_AT_SLASH_AND_COMMA: IdentityRule = {
  id: "whole-at-slash-and-comma",
  what: "A name is never cut at the slash of 'HIV/AIDS' (an acronym pair closing the name) nor at the comma of a list whose first item is two words ('on Policy Coherence, Data and Research'); 'UN' inside a catalog name is also written 'United Nations' and the other way round.",
  words: [],
  positive: [
    { text: "Funds went to the Joint UN Programme on HIV/AIDS and WHO.", present: ["org:unaids"] },
    { text: "The Tidal Network on Port Health, Data and Research met in May.", present: ["ini:tidal-network-on-port-health-data-and-research"] },
    { text: "A Coastal Initiative on Mobility and HIV/AIDS in Port Towns began.", present: ["ini:coastal-initiative-on-mobility-and-hiv-aids"] },
    // The list's last item may take "the" before it when an acronym in brackets closes the name.
    { text: "The Centre for Borders, Mobility and the Sea (CBMS) works with IOM.", present: ["org:centre-for-borders-mobility-and-the-sea"] },
  ],
  negative: [
    { text: "Funds went to the Joint UN Programme on HIV/AIDS and WHO.", absent: ["ini:joint-un-programme-on-hiv"] },
    { text: "The Tidal Network on Port Health, Data and Research met in May.", absent: ["ini:tidal-network-on-port-health"] },
    { text: "The Centre for Borders, Mobility and the Sea (CBMS) works with IOM.", absent: ["org:centre-for-borders"] },
    // States in a list before a body with its acronym stay states: the list is no name of the body.
    { text: "Norway, Sweden and the European Union (EU) fund the Centre for Borders.", absent: ["org:norway-sweden-and-the-european-union"] },
  ],
};

/** Heads of standing bodies whose name may be written "X Head" or "Head on X"; meetings are not among them. */
export const BODY_WORD_ORDER: IdentityRule = {
  id: "body-word-order",
  what: "A standing body written 'X <Head>' and '<Head> on/for/of X' ('Harbour Safety Academy' / 'Academy on Harbour Safety'), or with its list in another order ('on Ports, Fisheries and Trade' / 'on Trade, Ports and Fisheries'), is one body when the content words are the same (at least two), the kind is the same and the owner before it (an acronym, 'UN', a country) agrees or is absent, with one owner only; under a head any agency gives its own organs (office, unit, board, secretariat …) the owner is absent only on a page that writes the owned name or names the owner, since a bare 'Regional Office for X' elsewhere is that page's own office. Declarations, plans and meetings are not bodies: their word order is kept.",
  words: "Group Force Academy Committee Commission Council Network Centre Center Institute Board Unit Team Alliance Partnership Secretariat Office Agency Bureau Mechanism Facility Observatory Fund Platform".split(" "),
  positive: [
    { text: "The Academy on Harbour Safety opened in 2011. Staff later taught at the Harbour Safety Academy.", same: ["Academy on Harbour Safety", "Harbour Safety Academy"] },
    { text: "The TMG Working Group on Tides and Currents met. The TMG Tides and Currents Working Group reported.", same: ["TMG Working Group on Tides and Currents", "TMG Tides and Currents Working Group"] },
    { text: "The Working Group on Ports, Fisheries and Coastal Trade was set up. The Working Group on Coastal Trade, Ports and Fisheries met.", same: ["Working Group on Ports, Fisheries and Coastal Trade", "Working Group on Coastal Trade, Ports and Fisheries"] },
    { text: "The Ghana Coastal Mobility Task Force met in Accra. The Coastal Mobility Task Force in Ghana reported.", same: ["Ghana Coastal Mobility Task Force", "Coastal Mobility Task Force"] },
    { text: "Reef science bulletin\n\nIn 2019 the TMG Working Group on Reef Survey Data gathered in Suva.", others: ["Survey tools\n\nA field manual came out of the Reef Survey Data Working Group, which IOM supports."], same: ["TMG Working Group on Reef Survey Data", "Reef Survey Data Working Group"] },
  ],
  negative: [
    { text: "The Working Group on Tides and Currents met. The Working Group on Tides and Harbours reported.", apart: ["Working Group on Tides and Currents", "Working Group on Tides and Harbours"] },
    { text: "The TMG Working Group on Tides and Currents met. The RCP Tides and Currents Working Group reported.", apart: ["TMG Working Group on Tides and Currents", "RCP Tides and Currents Working Group"] },
    { text: "The Political Declaration on Coastal Health and Safety came first. The Political Declaration on Coastal Safety and Health followed.", apart: ["Political Declaration on Coastal Health and Safety", "Political Declaration on Coastal Safety and Health"] },
    { text: "The Ghana Coastal Mobility Task Force met. The Togo Coastal Mobility Task Force met. The Coastal Mobility Task Force reported.", apart: ["Ghana Coastal Mobility Task Force", "Togo Coastal Mobility Task Force"] },
  ],
};

/** BODY_WORD_ORDER's heads in lower case, as the folds that compare names word by word read them. */
export const BODY_WORD_HEADS: ReadonlySet<string> = new Set(BODY_WORD_ORDER.words.map((w) => w.toLowerCase()));

/** Qualifiers before a body's head that do not tell two bodies apart ("GFMD ad hoc Working Group on …"). */
export const LIST_ITEM_HEADS: IdentityRule = {
  id: "list-item-heads",
  what: "A standing body whose complement lists three or more topics is one body with a name of the same head and owner whose list holds the same topics in another order, each topic written with the same modifiers or with none in one name ('Working Group on Port Safety, Data and Research' / 'ad hoc Working Group on Data, Research and Safety'). A topic with other modifiers ('Labour Data' / 'Health Data'), another topic, another head or another owner keeps them two; 'ad hoc' before the head does not count.",
  words: ["ad", "hoc"],
  positive: [
    { text: "The TMG ad hoc Working Group on Port Safety, Data and Research met in May. A note came from the TMG Ad Hoc Working Group on Data, Research and Safety.", same: ["Working Group on Port Safety, Data and Research", "TMG Ad Hoc Working Group on Data, Research and Safety"] },
  ],
  negative: [
    { text: "The Working Group on Labour Data, Research and Safety met in May. The Working Group on Health Data, Research and Safety issued a note.", apart: ["Working Group on Labour Data, Research and Safety", "Working Group on Health Data, Research and Safety"] },
    { text: "The Working Group on Port Safety, Data and Research met in May. The Working Group on Data, Research and Training issued a note.", apart: ["Working Group on Port Safety, Data and Research", "Working Group on Data, Research and Training"] },
    { text: "The TMG Working Group on Port Safety, Data and Research met in May. The RCP Working Group on Data, Research and Safety issued a note.", apart: ["TMG Working Group on Port Safety, Data and Research", "RCP Working Group on Data, Research and Safety"] },
  ],
};

export const UN_PREFIX: IdentityRule = {
  id: "un-prefix",
  what: "A name of three words or more written with and without a leading 'UN'/'United Nations' ('United Nations Harbour Data Portal' / 'Harbour Data Portal') is one entity when no other owner writes it; a two-word name only where one document writes both ('the UN Harbour Account project' / 'the Harbour Account project'), and so for an acronym owner ('the LDD Seed Facility' / 'the Seed Facility') when no other owner writes it there.",
  words: ["UN", "United Nations"],
  positive: [
    { text: "The Division built the United Nations Harbour Data Portal. The Harbour Data Portal is free.", same: ["United Nations Harbour Data Portal", "Harbour Data Portal"] },
    { text: "ESCAP took part in the UN Harbour Account project. The Harbour Account project ended in 2012.", same: ["UN Harbour Account", "Harbour Account"] },
    // The same holds for an acronym owner the document writes: "the LDD Seed Facility" / "the Seed Facility".
    { text: "Calls\n\nLDD Seed Facility: call for proposals 2025\n\nThe Seed Facility is a part of the Lagoon Development Dialogue (LDD). It funds fisher unions in Fiji.", same: ["LDD Seed Facility", "Seed Facility"] },
  ],
  negative: [
    { text: "The UN Harbour Data Portal and the OECD Harbour Data Portal differ. The Harbour Data Portal is free.", apart: ["UN Harbour Data Portal", "OECD Harbour Data Portal"] },
    // Two owners write the two words: the bare name does not say whose it is.
    { text: "Calls\n\nLDD Seed Facility: call for proposals 2025\n\nCSG Seed Facility: call for proposals 2025\n\nThe Seed Facility is open to fisher unions in Fiji.", apart: ["LDD Seed Facility", "CSG Seed Facility"] },
  ],
};

/** The words that may follow a name cut short: a complement ("of Music & Drama", "in Asia") or a comma list. */
export const CUT_COMPLEMENT: IdentityRule<{ complements: string[]; shortWords: number; instruments: string[] }> = {
  id: "cut-complement",
  what: "A name that is the start of a longer name of the same kind in the same document, cut before a complement ('Tidewater School' / 'Tidewater School of Music & Drama', 'Harbour Information System' / 'Harbour Information System in Asia', 'Lagoon Charter' / 'Lagoon Charter Relating to Fishing Rights'), is that name when the document holds only one such longer name; two longer names ('… in Asia', '… in Africa') leave the short one alone. A short name of two words says little: it is folded only where every document that writes it also writes the longer name, since another document's 'Leaders' Summit' may be another body's; a place's instrument ('Tidewater Charter') is folded wherever it is written when the run holds one longer name of it, written beside it on some page. A place's declaration is not: each meeting a city hosts may adopt its own 'Cairo Declaration', so another page's longer one is no reading of this page's. A dated sitting counts as a longer name ('Coral Sea Summit on Fisheries', held in 2015), so a second longer name beside it, sitting or standing, leaves the short one alone; a sitting as the one longer name is read page by page (CUT_TO_SITTING, sittingCutFold.ts).",
  words: { complements: "of for on in at to including governing relating concerning".split(" "), shortWords: 2, instruments: "convention protocol charter agreement principles compact".split(" ") },
  positive: [
    { text: "Musicians of the Tidewater School of Music & Drama played. Tidewater School students sang.", same: ["Tidewater School of Music & Drama", "Tidewater School"] },
    { text: "ESCAP runs the Harbour Information System in Asia (HISA). The Harbour Information System is online.", same: ["Harbour Information System in Asia", "Harbour Information System"] },
    // A treaty's title may open its complement on a participle ("Governing", "Relating to", "Concerning").
    { text: "Coral Sea treaties\n\nThe Lagoon Charter Relating to Fishing Rights in Tidal Waters was signed in 1980. Fiji signed the Lagoon Charter in 1982.", same: ["Lagoon Charter Relating to Fishing Rights in Tidal Waters", "Lagoon Charter"] },
    { text: "Reef Convention Governing the Size of Nets in the Coral Sea\n\nAdopted in 1984 by the Pacific Fisheries Commission. Also cited as: the Reef Convention. Tonga ratified the Reef Convention in 1999.", same: ["Reef Convention Governing the Size of Nets in the Coral Sea", "Reef Convention"] },
    // A city's charter: the page that writes it alone takes the one longer name the run holds, whichever pages are read.
    { text: "Reef treaties\n\nThe Suva Charter on Reef Fishers was adopted in 1990. Fiji and Tonga signed the Suva Charter in 1991.", others: ["Fishing rights\n\nSamoa signed the Suva Charter in 1995."], same: ["Suva Charter on Reef Fishers", "Suva Charter"], absent: ["conv:suva-charter"] },
  ],
  negative: [
    { text: "ESCAP runs the Harbour Information System in Asia (HISA). FAO runs the Harbour Information System in Africa (HISAF). The Harbour Information System is online.", apart: ["Harbour Information System", "Harbour Information System in Asia"] },
    { text: "The Tidewater School Trust gave funds. The Tidewater School of Music & Drama played.", apart: ["Tidewater School Trust", "Tidewater School of Music & Drama"] },
    { text: "Coral Sea treaties\n\nThe Lagoon Charter Relating to Fishing Rights in Tidal Waters was signed in 1980. The Lagoon Charter Relating to Whale Catches was signed in 1990. Fiji signed the Lagoon Charter in 1982.", apart: ["Lagoon Charter", "Lagoon Charter Relating to Fishing Rights in Tidal Waters"] },
    // Another document writes the two words alone, of another body: the short name stays its own.
    // Two longer names of the city's charter in the run: the two words alone say neither.
    { text: "Reef treaties\n\nThe Suva Charter on Reef Fishers was adopted in 1990. Fiji and Tonga signed the Suva Charter in 1991.", others: ["Fishing rights\n\nSamoa signed the Suva Charter in 1995.", "Boat rights\n\nThe Suva Charter on Boat Crews was adopted in 2001."], present: ["conv:suva-charter"] },
    // No place opens the name: another page's two words stay their own.
    { text: "Reef treaties\n\nThe Lagoon Charter on Reef Fishers was adopted in 1990. Fiji and Tonga signed the Lagoon Charter in 1991.", others: ["Fishing rights\n\nSamoa signed the Lagoon Charter in 1995."], present: ["conv:lagoon-charter"] },
    // A place's declaration written alone on one page is not another page's longer declaration of that place.
    { text: "Summit notes\n\nThe first summit met in Lima in April 2000. The leaders adopted the Lima Declaration and an action plan.", others: ["Reef notes\n\nIn Lima the ministers adopted the 1992 Lima Declaration on Boat Crews. Peru still backs the Lima Declaration."], present: ["ini:lima-declaration", "ini:lima-declaration-on-boat-crews"] },
    // Two longer names on the page, one a sitting and one a standing name: the short one says neither.
    { text: "Harbour news\n\nThe Coral Sea Summit on Fisheries was held in Suva in November 2015. The Coral Sea Summit on Shipping followed in 2016. Tonga spoke at the Coral Sea Summit about crews.", apart: ["Coral Sea Summit", "Coral Sea Summit on Shipping"] },
    { text: "Coral Sea treaties\n\nThe Lagoon Charter Relating to Fishing Rights in Tidal Waters was signed in 1980. Fiji signed the Lagoon Charter in 1982.", others: ["Island council news\n\nThe chair passes between members at each Lagoon Charter summit. Tonga signed the Lagoon Charter of the island councils in 2001."], apart: ["Lagoon Charter", "Lagoon Charter Relating to Fishing Rights in Tidal Waters"] },
  ],
};

export const BACK_REFERENCE: IdentityRule = {
  id: "back-reference",
  what: "A generic body name ('the Steering Committee') that ends a body named earlier in the same passage ('the International Steering Committee of the Harbour Campaign') is that body again, not a new body of the chapter's agency.",
  words: [],
  positive: [{ text: "The Harbour Safety Steering Committee met in May, and the Steering Committee published a guide.", mentions: { id: "org:harbour-safety-steering-committee", count: 2 } }],
  negative: [{ text: "The Harbour Safety Board met in May. In June the Steering Committee published a guide.", absent: ["org:harbour-safety-board-steering-committee"] }],
};

export const OFFICE_HOLDER_BODY: IdentityRule = {
  id: "office-holder-body",
  what: "'the Secretary-General’s Policy Committee' (a Secretary-General's, Director-General's or High Commissioner's body) is named with the office holder and is one body in every chapter, never a body of the chapter's agency.",
  words: ["Secretary-General", "Director-General", "High Commissioner"],
  positive: [{ text: "In 2012 the Secretary General’s Policy Committee held a discussion on ports.", present: ["org:secretary-general-s-policy-committee"] }],
  negative: [{ text: "In 2012 the Harbour Council’s Policy Committee held a discussion on ports.", absent: ["org:secretary-general-s-policy-committee"] }],
};

export const ALL_FORMS: IdentityRule = {
  id: "all-forms",
  what: "'All Forms of' does not tell two names apart: a discovered 'Committee on the Elimination of All Forms of Discrimination against Women' is the catalog's CEDAW Committee. The name's other words must still match.",
  words: ["all", "forms"],
  positive: [{ text: "In 2008 the Committee on the Elimination of All Forms of Discrimination against Women adopted a recommendation.", present: ["org:cedaw-committee"] }],
  negative: [{ text: "In 2008 the Committee on the Elimination of All Forms of Discrimination against Fishers adopted a recommendation.", absent: ["org:cedaw-committee"] }],
};

/** Heads of a body's sub-units, written bare inside the owner's own texts ("the Population Division"). */
export const OWNED_UNIT: IdentityRule = {
  id: "owned-unit",
  what: "A catalog sub-unit written bare, without its owner ('Population Division': a unit head after plain words, no acronym, no 'UN'), is the catalog unit only when the passage does not give it another owner: 'ECLAC Population Division', 'the Population Division of ECLAC', 'ECLAC, through its Population Division'. Given another owner, it is that owner's catalog unit of the same name when the catalog lists one, else no catalog mention.",
  words: "Division Office Section Unit Branch Department Service Bureau Centre Center".split(" "),
  positive: [
    { text: "Tables came from the Population Division. The Population Division of UN DESA issued them in 2011.", mentions: { id: "org:un-desa-population-division", count: 2 } },
    { text: "UN DESA, through its Population Division, issued estimates of migrant stocks.", present: ["org:un-desa-population-division"] },
  ],
  negative: [
    { text: "Partners include the Population Division of the Economic Commission for Latin America and the Caribbean.", present: ["org:celade"], absent: ["org:un-desa-population-division"] },
    { text: "ECLAC, through its Population Division, published a report in 2011.", present: ["org:celade"], absent: ["org:un-desa-population-division"] },
    { text: "The Population Division of the Coastal Ministry of Health kept the records.", absent: ["org:un-desa-population-division"] },
    { text: "Ghana’s Population Division counted the returnees.", absent: ["org:un-desa-population-division"] },
  ],
};

/** The words that begin a name's complement: "Global Forum" + "on Remittances". */
export const HEAD_OF_LONGER_NAME: IdentityRule = {
  id: "head-of-longer-name",
  what: "A catalog form that is its entity's name cut before the complement ('Global Forum' of 'Global Forum on Migration and Development') and is followed by another complement ('on/for/of' and capitalised words not in the entity's name: 'the Global Forum on Coastal Trade') is the head of another name, not a mention of the catalog entity. The same complement written another way ('the Global Forum for Migration and Development') still names the entity.",
  words: ["on", "for", "of"],
  positive: [
    { text: "Ministers met at the Global Forum for Migration and Development to discuss ports.", present: ["forum:gfmd"], absent: ["forum:global-forum-for-migration-and-development"] },
    { text: "IOM attended the Global Forum on Migration and Development. Later the Global Forum met in Geneva.", mentions: { id: "forum:gfmd", count: 2 } },
    { text: "States met at the High-level Dialogue of the General Assembly to discuss ports.", present: ["forum:hld"] },
  ],
  negative: [
    { text: "In 2011 IOM attended the Global Forum on Coastal Trade in Lima.", absent: ["forum:gfmd"] },
    { text: "The High-level Dialogue on Harbour Finance met in 2009.", absent: ["forum:hld"] },
  ],
};

/**
 * Words that are also ordinary phrase words: a catalog form made only of them is generic ("a global forum for civil aviation").
 * "migration" is the commonest word of the field and "profile" an ordinary noun, so "Migration Profiles" or "International
 * Dialogue on Migration" written lower-case ("city migration profiles", "the international dialogue on migration, refugees
 * and …") is a phrase, not the programme or the forum.
 */
export const GENERIC_FORM: IdentityRule = {
  id: "generic-form",
  what: "A catalog form written title-cased and made only of generic words ('Global Forum', 'General Assembly', 'High-level Dialogue', 'Security Council') is also an ordinary phrase: it names the catalog entity only as written, title-cased. 'the global forum for civil aviation' or 'a general assembly of its members' names nothing, unless the words of the entity's own complement follow ('a high-level dialogue to international migration and development'). Forms with one word of their own ('Global Migration Group', 'World Bank') keep matching in any case.",
  words: "global general high level high-level regional international national home security population executive standing steering joint special annual forum forums assembly office council commission commissions division dialogue conference committee meeting process group board bureau secretariat consultation migration profile profiles the of on for and".split(" "),
  positive: [
    { text: "IOM attended the Global Forum on Migration and Development. Later the Global Forum met in Geneva.", mentions: { id: "forum:gfmd", count: 2 } },
    { text: "In 2013 the General Assembly held a debate on migration.", present: ["org:un-general-assembly"] },
    { text: "In 2003 the Assembly agreed to devote a high-level dialogue to international migration and development in 2006.", present: ["forum:hld"] },
    { text: "IOM helps governments draw up Migration Profiles and national migration policies.", present: ["ini:migration-profiles"] },
    { text: "Ghana's first Migration Profile was published in 2009.", present: ["ini:migration-profiles"] },
    { text: "Ministers from Ghana spoke at the International Dialogue on Migration in Geneva in 2019.", present: ["forum:idm"] },
    { text: "Mexico hosted the Regional Conference on Migration in 2012.", present: ["forum:puebla-process"] },
    { text: "UNFPA joined the Global Migration Group in 2006.", present: ["forum:gmg"] },
  ],
  negative: [
    { text: "The agency serves as the global forum for cooperation in harbour safety among its members.", absent: ["forum:gfmd"] },
    { text: "The union elects its board at the general assembly of its members each year.", absent: ["org:un-general-assembly"] },
    { text: "The project works through peer-to-peer meetings, city migration profiles and small pilot actions.", absent: ["ini:migration-profiles"] },
    { text: "The office also helps states develop migration profiles and national migration policies.", absent: ["ini:migration-profiles"] },
    { text: "Its funding falls under six headings: the international dialogue on migration, refugees and displaced persons among them.", absent: ["forum:idm"] },
    { text: "Each region of the union holds a regional conference on migration every two years.", absent: ["forum:puebla-process"] },
  ],
};

/** Capitalised words that open a sentence or a phrase and are never part of a name around them. */
export const INSIDE_LONGER_NAME: IdentityRule = {
  id: "inside-longer-name",
  what: "A catalog name written with capitalised words of another name on both sides ('the Asia-Pacific Regional Conference on Migration Thematic Working Group') is the middle of that longer name, not a mention of the catalog body. Acronyms and name prefixes ('UN', 'United Nations') are exempt, and so are words that open a phrase ('In', 'The', a month).",
  words: "The A An In On At For By With From To Of And Its Their This That These As During Since Under Through After Before Both Each January February March April May June July August September October November December".split(" "),
  positive: [
    { text: "Delegates from Mexico attended the Regional Conference on Migration in 2012.", present: ["forum:puebla-process"] },
    { text: "In July Regional Conference on Migration Members met in Panama.", present: ["forum:puebla-process"] },
  ],
  negative: [
    { text: "As a member of the Pacific Rim Regional Conference on Migration Thematic Working Group, UNFPA wrote a report in 2012.", absent: ["forum:puebla-process"] },
  ],
};

export const NO_NAME_IN_ADDRESS: IdentityRule = {
  id: "no-name-in-address",
  what: "A web address is not a mention: 'www.example.org/globalforum/2013' holds the letters of 'Global Forum' but names nothing; an address broken after a slash ('www.x.org/en/ development/untaskteam/…') is still one address.",
  words: [],
  positive: [{ text: "Details of the Global Forum are online.", present: ["forum:gfmd"] }],
  negative: [
    { text: "To learn more, visit www.example.org/events/2013/globalforum/ index.htm.", absent: ["forum:gfmd"] },
    { text: "See http://example.org/globalforum for the programme.", absent: ["forum:gfmd"] },
    { text: "The report is available at www.example.org/en/ development/untaskteam_x/report.pdf.", absent: ["forum:untt"] },
  ],
};

export const YEAR_FORUM_SERIES: IdentityRule = {
  id: "year-forum-series",
  what: "'the 2010 Forum' is the 2010 meeting of the series whose name has that head word and that the text named last: in the passage first (a dated meeting names its series too: 'a 2007 GFMD round table'), then in the section heading; from earlier passages only when one such series was named there. Two series named earlier and none here: no link.",
  words: SHORT_NAME_NOUNS.map(capitalised),
  positive: [
    { text: "WHO joined the Ibero-American Forum on Migration and Development.\n\nWHO took part in a 2007 GFMD round table. It also took part in the 2010 Forum and its preparations.", present: ["forum:gfmd-2010"] },
    { text: "IOM spoke at the Global Forum on Migration and Development.\n\nIt also took part in the 2010 Forum and its preparations.", present: ["forum:gfmd-2010"] },
    { text: "Coastal report\n\nWHO joined the Ibero-American Forum on Migration and Development.\n\nSupport to the Global Forum on Migration and Development\n\nIt also took part in the 2010 Forum and its preparations.", present: ["forum:gfmd-2010"], absent: ["forum:ibero-american-forum-2010"] },
  ],
  negative: [
    { text: "WHO joined the Ibero-American Forum on Migration and Development.\n\nWHO took part in a 2007 GFMD round table. It also took part in the 2010 Forum and its preparations.", absent: ["forum:ibero-american-forum-2010"] },
    { text: "IOM spoke at the Global Forum on Migration and Development and at the Ibero-American Forum on Migration and Development.\n\nIt also took part in the 2010 Forum and its preparations.", absent: ["forum:gfmd-2010", "forum:ibero-american-forum-2010"] },
  ],
};

export const IDENTITY_RULES: IdentityRule<unknown>[] = [BACK_REFERENCE, OFFICE_HOLDER_BODY, ALL_FORMS, ACRONYM_LETTERS, ACRONYM_OF_TAIL, ACRONYM_OF_CATALOG, ACRONYM_HEAD, ACRONYM_ONLY, WHOLE_AT_SLASH_AND_COMMA, BODY_WORD_ORDER, LIST_ITEM_HEADS, UN_PREFIX, CUT_COMPLEMENT, ALSO_CALLED, RENAMED, ORGAN_ON_PAGE, FOUNDED_AS, OWNED_UNIT, HEAD_OF_LONGER_NAME, GENERIC_FORM, INSIDE_LONGER_NAME, NO_NAME_IN_ADDRESS, YEAR_FORUM_SERIES];
