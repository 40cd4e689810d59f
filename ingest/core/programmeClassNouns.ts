import type { NameRule } from "./NameRule.js";

/**
 * More class nouns of programmes for a name with no head noun of its own, read after an apposition or a copula
 * (APPOSITIVE_NAME in kindRules.ts) or before "called" (CALLED_NAMES): a partnership, scheme, mechanism, facility,
 * fund or framework is a programme, as a platform or a campaign is.
 */
export const PROGRAMME_CLASS_NOUNS: NameRule = {
  id: "programme-class-nouns",
  what: "A headless name followed by ', a … partnership / scheme / mechanism / facility / fund / framework' or 'is a … partnership' (the class noun ending the apposition, or followed by a relative, a preposition or a participle such as 'agreed', 'financed') is an INITIATIVE; a noun modifying another ('a fund manager', 'a partnership officer') says nothing, nor does a place or a sentence-opening common word.",
  words: "partnership scheme mechanism facility fund framework".split(" "),
  positive: [
    { text: "The Netherlands finances HARBOURWAY, a multi-year partnership for displaced fishers.", name: "HARBOURWAY", kind: "INITIATIVE" },
    { text: "Tinland runs SAFEQUAY, a resettlement scheme for crews stranded at sea.", name: "SAFEQUAY", kind: "INITIATIVE" },
    { text: "Last year Tinland set up Puertona, a regional fund for returnee skippers.", name: "Puertona", kind: "INITIATIVE" },
    { text: "Ports joined CREWLINK, a labour mobility framework agreed by coastal states in 2021.", name: "CREWLINK", kind: "INITIATIVE" },
    { text: "DOCKSAFE is a multi-year partnership that trains harbour staff.", name: "DOCKSAFE", kind: "INITIATIVE" },
    { text: "The union relies on Harbour Bridge Now, a mechanism that moves crews between ports.", name: "Harbour Bridge Now", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "We met Kofi Mensah, a fund manager at the port bank.", name: "Kofi Mensah" },
    { text: "Maria, a partnership officer at the port, spoke.", name: "Maria" },
    { text: "Lomé is a framework city for the coast.", name: "Lomé" },
    { text: "Partnership is a framework that fishers value. Ports prize partnership.", name: "Partnership" },
  ],
};

/** Participles that may close an apposition after its class noun ("a framework agreed by …"). */
export const APPOSITION_PARTICIPLES = "agreed adopted financed led operated supported established".split(" ");
