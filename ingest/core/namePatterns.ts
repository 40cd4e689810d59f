import { escapeRegExp } from "./escapeRegExp.js";
import { HEAD_NOUNS, NAME_CONNECTORS, OWNED_PARTS, SUBUNIT_HEADS } from "./nameRules.js";
import { IN_CONTEXT_OF } from "./contextInName.js";
import { INSIDE_PLACES } from "./insidePlacesInName.js";
import { SLASHED } from "./slashedWords.js";
import { treatyOnArticle } from "./treatyOnArticle.js";

/** The capitalised-phrase patterns recognition reads names with, built from the word lists of nameRules.ts. */

const CONNECTOR = `(?:${NAME_CONNECTORS.words.map(escapeRegExp).join("|")})`;
/** A capitalised word of a name; two joined by a slash are one (SLASHED_WORDS). */
const CAP_WORD = `(?:\\d+-\\p{Lu}[\\p{L}]*|\\p{Lu}[\\p{L}\\p{N}’'\\-–&]*${SLASHED}\\+?)`;
/** An elided French or Italian article or preposition before a capitalised word inside a name: "Comité Belge d'Aide aux Réfugiés". */
const ELIDED = "(?:[dl]['’]\\p{Lu}[\\p{L}\\-]*)";
/** A list word is a capitalised word or a short acronym ("on Refugee, IDP and Statelessness Statistics"). */
const LIST_WORD = "(?:[A-Z][a-z][\\p{L}\\-]*|[A-Z]{2,5}s?(?![\\p{L}]))";
/**
 * A list item inside a name is up to three capitalised words, maybe "in" between two of them ("on Migration, Human
 * Rights and Gender", "on People Smuggling, Trafficking in Persons and Related Transnational Crime").
 */
const LIST_ITEM = `${LIST_WORD}(?:\\s+(?:in\\s+)?${LIST_WORD}){0,2}`;
const COORD = `,\\s+${LIST_ITEM}(?:,\\s+${LIST_ITEM})*,?\\s+(?:and|&)\\s+${LIST_ITEM}`;
/**
 * Before a bracketed acronym the list's last item may take "the" ("Research Centre on Borders, Mobility and the Sea
 * (RCBMS)"): the bracket closes the name, so the list cannot run on into other names as it could in running text.
 */
const COORD_THE = `,\\s+${LIST_ITEM}(?:,\\s+${LIST_ITEM})*,?\\s+(?:and|&)\\s+(?:the\\s+)?${LIST_ITEM}`;
/** "Full Name (ACR)": the name before the brackets and the acronym inside them. */
export const DEFINITION = new RegExp(`(${CAP_WORD}(?:(?:${COORD_THE})|\\s+(?:${CAP_WORD}|${CONNECTOR})){0,20})\\s+\\(([A-Z][A-Za-z0-9&\\-]{1,12})\\)`, "gu");
/** "Full Name for lower-case words (ACR-LW)": a lower-case qualifier the acronym's hyphened last part spells (ACRONYM_SPAN). */
export const LOWER_TAIL_DEFINITION = new RegExp(`(${CAP_WORD}(?:\\s+(?:${CAP_WORD}|${CONNECTOR})){0,20}\\s+(?:for|of|on)\\s+[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,3})\\s+\\(([A-Z][A-Za-z0-9&]{1,10}-[A-Z]{2,4})\\)`, "gu");
/** "Full Name – ACR": an acronym after a spaced dash, closing its clause (DASH_ACRONYM). */
export const DASH_DEFINITION = new RegExp(`(${CAP_WORD}(?:(?:${COORD})|\\s+(?:${CAP_WORD}|${CONNECTOR})){0,20})\\s+[–—-]\\s+([A-Z][A-Z0-9&]{1,9})(?=[,.;:)]|\\s+[a-z]|\\s*$)`, "gu");
/** "… Rights at Work Branch": "at" before one capitalised word and a unit's or programme's head goes on with the name (AT_IN_NAME). */
const HEADS = [...SUBUNIT_HEADS.words, ...HEAD_NOUNS.words.INITIATIVE];
const AT_BEFORE_HEAD = `at(?=\\s+[A-Z][a-z]+\\s+(?:${HEADS.join("|")})\\b)`;
/**
 * "… Island Forum of Ministries responsible for Ocean Transport": "responsible for" after the office-holders a body
 * gathers goes on with the name before a capitalised word (RESPONSIBLE_FOR_IN_NAME); after any other head ("the Harbour
 * Agency responsible for the Reef Fund") it is prose, and the body and the fund are two names.
 */
const RESPONSIBLE_FOR = "(?<=\\b(?:Ministers|Ministries|Authorities)\\s)responsible\\s+for(?=\\s+(?:the\\s+)?\\p{Lu})";
/** Space between two words of a name: a tab parts the cells of a table row ("Donor<TAB>Global Affairs Canada"). */
const GAP = "[^\\S\\t]+";
/**
 * DOTTED_STATE_PREFIX: "the U.S. Committee for Refugees", "the U.K. Council for X": a state's dotted initials after
 * "the" open the name as "US"/"UK" would. A sentence that ends on them ("… in the U.S. The Committee met") goes on with
 * a word that opens a sentence, which they never join.
 */
const DOTTED_LEAD = `(?:(?<=\\b[Tt]he\\s)(?:[A-Z]\\.){2,3}${GAP}(?!(?:The|A|An|In|It|Its|This|That|These|Those|On|At|As|For|By|But|And|He|She|They|We|Our|There|Since|After|Before|When|While|If|Some|Many|Most|All|Both|Each|Then|Its|Their)\\b))?`;
/**
 * NUMBERED_PART: "Eastern Corridor Platform 1", "Reef Programme Pillar 3": one of a set of numbered platforms, pillars or
 * tracks keeps its number, which alone tells it from its siblings (a year or a longer number is no such numeral). A bare
 * "Platform 2" is any set's second platform: the numeral joins only a head with a capitalised word of the name before it.
 */
const NUMBERED_PART = `(?:(?<=\\b(?!(?:The|A|An)\\b)\\p{Lu}[\\p{L}\\p{N}'’-]*${GAP}(?:Platform|Pillar|Track|Component|Cluster))${GAP}[1-9](?![\\p{N}\\p{L}]|[.,:/–-]\\p{N}))`;
/**
 * Every name phrase opens on a capital letter (dotted initials or a capitalised word) or on a digit ("19-Nation Group"):
 * looked for first, so the look back of DOTTED_LEAD is made only there, not at every character of a passage.
 */
const NAME_START = "(?=[\\p{Lu}\\d])";
/**
 * TREATY_NUMBER: "Convention No. 214", "Protocol No. 7": a treaty of a numbered series (a labour body's conventions, a
 * regional council's treaty series) is named by its head and its serial number, which alone tells it from the rest of
 * the series. The number joins only a treaty's head written right before it, and the name goes on after it ("Protocol
 * No. 7 to the Convention for …").
 */
const TREATY_NUMBER = `(?:(?<=\\b(?:Convention|Protocol)${GAP})No\\.?${GAP}?[1-9]\\d{0,2}(?![\\p{N}\\p{L}]|[.,:/–-]\\p{N}))`;
/**
 * TREATY_PARTICIPLE: "Protocol relating to Free Movement of Fishers, Boats and Nets", "Convention concerning the Reef
 * Fisheries": a treaty's head goes on with the participle that opens its title, in lower case as often as capitalised.
 * Only right after a treaty's head and before a capitalised word: "issues relating to Fisheries" is prose. A labour
 * body's formal titles write "concerning" straight before their subject ("Convention concerning Decent Work for …"), and
 * "regarding" goes the same way; "governing" opens the title only before "the", as headKind.ts reads a treaty's complement.
 */
const TREATY_PARTICIPLE = `(?:(?<=\\b(?:Convention|Protocol|Agreement|Treaty|Charter)${GAP})(?:relating${GAP}to|concerning|regarding|governing(?=${GAP}the${GAP}))(?=${GAP}(?:the${GAP})?\\p{Lu}))`;
/** A run of capitalised words with connectors and comma lists that may belong to a name. */
export const NAME_PHRASE = new RegExp(`${NAME_START}${DOTTED_LEAD}${CAP_WORD}(?:(?:${COORD})|${GAP}(?:${CAP_WORD}|${ELIDED}|${AT_BEFORE_HEAD}|${RESPONSIBLE_FOR}|${IN_CONTEXT_OF /* CONTEXT_IN_NAME */}|${INSIDE_PLACES /* INSIDE_PLACES_IN_NAME */}|${TREATY_NUMBER}|${TREATY_PARTICIPLE}|${treatyOnArticle(GAP) /* TREATY_ON_ARTICLE */}|${CONNECTOR}(?:\\s+${CONNECTOR})?(?=\\s+(?:\\p{Lu}|\\d+-))))*${NUMBERED_PART}?`, "gu");
/** Heads of a body's own organs and offices ("the Executive Board", "its Secretariat"), besides the parts SUBUNIT_HEADS lists. */
export const ORGAN_HEADS = ["Office", "Board", "Committee", "Council", "Secretariat", "Bureau", "Department", "Centre", "Center"];
/** Heads of an organization's own bodies, which a chapter attributes to its agency ("the Executive Board"). */
export const BODY_HEADS = new Set([...SUBUNIT_HEADS.words, ...ORGAN_HEADS, "Directorate"]);

/** What lies between a body and one of its parts listed after it: "… branches, the " (OWNED_PARTS). */
export const OWNED_PARTS_LEAD_IN = new RegExp(`^\\s*(?:[a-z-]+\\s+){0,2}(?:${OWNED_PARTS.words.join("|")})\\b[^.;]{0,80}$`);
