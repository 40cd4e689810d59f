import type { EntityKind } from "../../src/ontology/ontology.js";
import { isClassName, isMemberBody, isPublicationHead } from "./kindRules.js";
import { isPluralTitle } from "./pluralBodyHeads.js";
import { isSubnationalGovernment } from "./subnationalGovernments.js";
import { HEAD_NOUNS, NAME_CONNECTORS, SUBUNIT_HEADS } from "./nameRules.js";
import { withoutCompanion } from "./actionCompanion.js";
import { foreignHeadKind } from "./foreignHeads.js";
import { isCallTitle } from "./callTitles.js";
import { isCompanyGroup } from "./companyGroups.js";
import { isLegislature } from "./legislatures.js";
import { isFoundingTreaty } from "./foundingTreaties.js";
import { closesOnComplement } from "./complementNoun.js";
import { remembered } from "./remembered.js";
import { isAgreementTitle } from "./agreementTitles.js";
import { isRoleInBody } from "./roleInBody.js";
import { ownedTreatyHead } from "./ownedTreaty.js";
import { seriesSecretariatHead } from "./seriesSecretariat.js";
import { isStateNetworkName } from "./stateNetworkName.js";
import { isOfficialBodyName } from "./officialBodyName.js";
import { isServiceBody } from "./serviceBodies.js";

/**
 * The kind a discovered name denotes, read from its head noun: the last word
 * before the first complement ("Financing Facility for Remittances" → Facility,
 * an initiative; "Role of Civil Society" → Role, no kind), or the last word of
 * a name without one ("Council Resolution No" → No, no kind). Words are in
 * nameRules.ts (HEAD_NOUNS) with example phrases run as specs.
 */
const HEADS = new Map<string, EntityKind>();
for (const [kind, words] of Object.entries(HEAD_NOUNS.words) as Array<[EntityKind, string[]]>) for (const w of words) HEADS.set(w, kind);

const AT_HEADS = new Set([...SUBUNIT_HEADS.words, ...HEAD_NOUNS.words.INITIATIVE]);
const COMPLEMENT = new Set(["of", "for", "on", "in", "to", "from", "against", "at"]);
const PARTICIPLE_COMPLEMENT = /^(?:[Gg]overning|[Rr]elating|[Cc]oncerning|[Rr]egarding)$/;

// Answers by name (remembered.ts): recognition asks for the head and kind of the same name many times (trimming it,
// then reading its kind, parent and parts), and the answer depends on the name alone.
const NAMES_REMEMBERED = 50_000;

/** The head word of a name: last word before the first complement, else the last word. */
export const headWord = remembered(readHeadWord, NAMES_REMEMBERED);

function readHeadWord(name: string): string | null {
  // "Tinland Declaration and Plan of Action": the title adopted with its plan heads the name (ACTION_COMPANIONS).
  // "Safer Harbours Initiative (West Africa)": a bracket closing the name qualifies it; the head is before it.
  // "Eastern Corridor Platform 1": a numbered part's numeral follows its head (namePatterns.ts NUMBERED_PART), as a
  // treaty's serial number does ("Protocol No. 7 to the …", TREATY_NUMBER).
  const words = withoutCompanion(name.replace(/\s\([^()]*\)$/, "").replace(/(?<=[a-z])\s+[1-9]$/, "").replace(/(?<=\b(?:Convention|Protocol))\s+No\.?\s*\d+(?=\s|$)/, "")).split(/\s+/).filter(Boolean);
  // "Council of Europe Convention on X": a treaty named for a body whose own name holds "of" is headed by its treaty noun (OWNED_TREATIES).
  const owned = ownedTreatyHead(words.join(" "));
  if (owned) return owned;
  // "Summits of the Americas Secretariat": a series' office, headed by its closing noun (SERIES_SECRETARIATS).
  const office = seriesSecretariatHead(words.join(" "));
  if (office) return office;
  // "10-Point Plan of Action": the complement starts at the first preposition after a word.
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    // "Rights at Work Branch": "at", one capitalised word and a unit's or programme's head go on with the name (AT_IN_NAME).
    if (words[i] === "at" && /^[A-Z][a-z]+$/.test(words[i + 1] ?? "") && AT_HEADS.has(words[i + 2] ?? "")) continue;
    // "Convention Governing the Specific Aspects of …", "Convention Relating to the Status of …": a participle before
    // "the" or "to" opens the complement too (never "the ILO Governing Body").
    // "Convention concerning Decent Work for …": in lower case, "concerning" and "regarding" open it before any word.
    if (COMPLEMENT.has(words[i]!.toLowerCase()) || /^(?:concerning|regarding)$/.test(words[i]!) || (PARTICIPLE_COMPLEMENT.test(words[i]!) && /^(?:the|to)$/i.test(words[i + 1] ?? ""))) {
      end = i;
      break;
    }
  }
  const head = words[end - 1];
  if (!head || NAME_CONNECTORS.words.includes(head)) return null;
  return head.replace(/[’']s$/, "");
}

/** " (Social Security)" between two words of a name: one to three capitalised words in brackets. */
const INNER_BRACKET_QUALIFIER = /\s\([A-Z][\p{L}’'-]*(?:\s[A-Z][\p{L}’'-]*){0,2}\)(?=\s\S)/u;

const kindOf = (word: string | undefined) => (word ? HEADS.get(word.replace(/[’']s$/, "")) : undefined);

export const headKind = remembered(readHeadKind, NAMES_REMEMBERED);

function readHeadKind(name: string): EntityKind | null {
  // "the Agreement Establishing the Coral Sea Group": the treaty that founds a body (FOUNDING_TREATIES).
  if (isFoundingTreaty(name)) return "CONVENTION";
  const head = headWord(name);
  // "A Comparative Study on X Programmes": a document's title, whatever noun closes it (PUBLICATION_HEADS).
  if (isPublicationHead(head) || isPluralTitle(head, name)) return null;
  // "Rapporteur of the Coastal Reference Group": a seat one member holds, not a body (ROLE_IN_BODY).
  if (head === "Rapporteur" && isRoleInBody(name)) return null;
  const kind = kindOf(head ?? undefined);
  // "Conference of Non-governmental Organizations": a body of organizations, not a meeting (MEMBER_BODIES).
  if (kind === "FORUM" && isMemberBody(name)) return "ORGANIZATION";
  // "Ibero-American Network of Migration Authorities": a network of states by its own name (STATE_NETWORK_NAMES).
  if (kind === "INITIATIVE" && isStateNetworkName(name)) return "FORUM";
  // "Council of Ministers", "Commission of Migration Directors": a body of states' officials (OFFICIAL_BODY_NAMES).
  if (kind === "ORGANIZATION" && isOfficialBodyName(name)) return "FORUM";
  // "the Coastal Parliamentary Assembly", "the Tinland Federal Assembly": a legislature, a body that acts (LEGISLATURES).
  if (head === "Assembly" && isLegislature(name)) return "ORGANIZATION";
  // "the Nordic Consulting Group": a firm (COMPANY_GROUPS); "the Call to Action on X": an appeal (CALL_TITLES).
  if (head === "Group" && isCompanyGroup(name)) return "ORGANIZATION";
  // "Card" heads an instrument only in a name of its own ("Andean Migration Card", "EU Blue Card"): three words or more,
  // not opening with a plain document word ("National Identity Card", "Green Card" are papers, not programmes).
  if (head === "Card" && !namedCard(name)) return null;
  // "Pact" heads an instrument only with its complement ("Pact on Migration and Asylum", "Pact for the Coast"): a bare
  // "<Region> Pact" is as often a bloc's or an alliance's own name, which a page may use for the body itself.
  if (head === "Pact" && !/\bPact\s+(?:on|for|of)\s/.test(name)) return null;
  // "Agreement" heads a treaty only in a title of its own ("Cotonou Agreement", "Agreement on the Free Movement of
  // Persons"): "the Implementing Agreement", "a Mobility Agreement" name a kind of contract (AGREEMENT_TITLES).
  if (head === "Agreement" && !isAgreementTitle(name)) return null;
  if (kind) return fundRule(name, kind);
  if (head === "Call" && isCallTitle(name)) return "INITIATIVE";
  // "the Puntland Regional Government": a region's own government (SUBNATIONAL_GOVERNMENTS).
  if (head === "Government" && isSubnationalGovernment(name)) return "ORGANIZATION";
  if (isServiceBody(name, head)) return "ORGANIZATION";
  // "Minimum Age (Fishers) Convention": a bracketed qualifier inside the name stands outside its run of words.
  const plain = name.replace(INNER_BRACKET_QUALIFIER, "");
  const words = plain.split(/\s+/);
  // "Internal Migration in India Initiative": a programme-like word closing the name heads it too
  // (an organization word does not: "Role of Civil Society" is no society; nor a noun after an article, COMPLEMENT_NOUN).
  const last = closesOnComplement(words) ? undefined : kindOf(words[words.length - 1]);
  // "Horn of Africa Migration Route Initiative": an "of" inside a place name, capitalised words on to the head.
  // The words before "of" are one short capitalised run ("Practices and Experiences of Claims Programmes" is a title).
  const placeOf = /^(?:[A-Z][^\s]*\s+){1,2}of\s+[A-Z][^\s]*(?:\s+[A-Z][^\s]*)+$/.test(plain) && !isClassName(words[words.length - 1]!);
  if (last && last !== "ORGANIZATION" && (!/\sof\s/.test(plain) || placeOf)) return fundRule(name, last);
  // "Project Safe Harbour": a programme word opening a name of capitalised words.
  const first = kindOf(words[0]);
  // "Programme Migration and Diaspora": "and" may join its capitalised words after a singular programme word.
  const titleWords = words.slice(1).every((w) => /^[A-Z]/.test(w) || ((w === "and" || w === "&") && !/s$/.test(words[0]!))) && /^[A-Z]/.test(words[words.length - 1]!);
  if (first === "INITIATIVE" && words.length >= 2 && titleWords) return "INITIATIVE";
  // "Comité de Soutien aux Migrants": a name in a Romance language puts its head first (FOREIGN_HEADS).
  return foreignHeadKind(words);
}

const PLAIN_CARD_OPENING = /^(?:the|a|an|national|international|identity|id|health|green|blue|red|yellow|report|credit|debit|smart|electronic|digital|biometric|personal|consular|residence|resident|work|voter|press|business|boarding|landing|arrival|departure|sim)$/i;

/** A card named as a scheme of its own: three words or more, not opening with a plain document word. */
function namedCard(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return words.length >= 3 && !PLAIN_CARD_OPENING.test(words[0]!);
}

/** Whether the head marks a part of a larger body ("Division", "Unit"): such names need their parent. */
export function isSubunitHead(name: string): boolean {
  const head = headWord(name);
  return !!head && SUBUNIT_HEADS.words.includes(head);
}

/** UN "Funds" (UNICEF, UNFPA…) are organizations; other funds are financing initiatives. */
function fundRule(name: string, kind: EntityKind): EntityKind {
  if (kind === "INITIATIVE" && /\bFund\b/.test(name) && /\b(United Nations|UN|International)\b/.test(name) && !/Trust Fund/.test(name)) return "ORGANIZATION";
  return kind;
}
