import type { EntityKind } from "../../src/ontology/ontology.js";
import type { NameRule } from "./nameRules.js";
import { NON_PROFIT_CLASS_NOUNS } from "./organisationClassNouns.js";

/**
 * NGO_FORUMS: "Forum" heads meetings and standing forums, but many charities and NGOs carry it in their names. What the
 * text says of the body decides: a class noun beside it, or a founder in the sentence it opens.
 */
export const NGO_FORUMS: NameRule<{ classes: string[] }> = {
  id: "ngo-forums",
  what: "A name the head noun files as a FORUM is an ORGANIZATION when the text says it is one: an apposition or a copula calling it an NGO, a charity, a foundation, a non-profit or a registered organisation ('the Harbour Forum, a Tinland charity', 'The Harbour Forum is a registered NGO'), a class noun right before it ('the NGO Harbour Forum'), or, in the sentence it opens, its founder ('its founder Dr X spoke', 'founded by Dr X'). A forum's chair, host or members say nothing; a founding year alone ('founded in 2007') neither.",
  words: { classes: [...NON_PROFIT_CLASS_NOUNS] },
  positive: [
    { text: "The Coastal Relief Forum, a Tinland charity, sent two nurses to the port.", name: "Coastal Relief Forum", kind: "ORGANIZATION" },
    { text: "The Coastal Relief Forum is a registered NGO based in Lomé. It trains nurses.", name: "Coastal Relief Forum", kind: "ORGANIZATION" },
    { text: "UNICEF paid a local NGO, the Coastal Relief Forum, to run two shelters.", name: "Coastal Relief Forum", kind: "ORGANIZATION" },
    { text: "The Coastal Relief Forum trains nurses, and its founder still teaches every class.", name: "Coastal Relief Forum", kind: "ORGANIZATION" },
    // Guards: a forum that is chaired, founded in a year or hosted stays a forum.
    { text: "The Coastal Relief Forum was set up by the port states, and its chair Dr Ama Mensah opened the meeting.", name: "Coastal Relief Forum", kind: "FORUM" },
    { text: "The Coastal Relief Forum was founded in 2009 and meets in Lomé every year.", name: "Coastal Relief Forum", kind: "FORUM" },
    { text: "Ghana hosted the Coastal Relief Forum, and the founder of the Lomé Shelter Trust spoke there.", name: "Coastal Relief Forum", kind: "FORUM" },
    // Another body's founder, a class noun inside an "of" phrase, a fronted phrase's noun: the forum stays a forum.
    { text: "The Reef Forum gathered in Lomé, where the Lagoon Aid Trust and its founder spoke.", name: "Reef Forum", kind: "FORUM" },
    { text: "The Reef Forum, a yearly meeting of charity heads, gathered in Lomé.", name: "Reef Forum", kind: "FORUM" },
    { text: "Backed by a small foundation, the Reef Forum gathered in Lomé in 2015.", name: "Reef Forum", kind: "FORUM" },
  ],
  negative: [],
};

const CLASS = NGO_FORUMS.words.classes.join("|");
/** ", a Tinland charity", " is a registered NGO", ", an organisation that …". */
const SAID_AFTER = new RegExp(String.raw`^(?:,|\s+(?:is|was|has\s+been)\b)\s+(?:an?|the)\s+(?:(?!of\s)[\w-]+\s+){0,3}?(?:${CLASS})\b`, "i");
/** "the NGO Harbour Forum"; "the Tinland charity, the Harbour Forum," only as an apposition the comma after the name closes. */
const SAID_BEFORE = new RegExp(String.raw`\b(?:${CLASS})s?\s+(?:the\s+)?$`);
const APPOSED_BEFORE = new RegExp(String.raw`\b(?:${CLASS})s?,\s+(?:the\s+)?$`);
/** Right before "its founder", another name ("the Tidal Trust and its founder") is what "its" points to. */
const OTHER_NAME = /\b[A-Z][\w'’-]*\s*(?:\([^()]*\)\s*)?,?\s*(?:and\s+)?$/;
/** In the rest of the sentence the name opens: "its founder Dr X", "founded by Dr X". */
const FOUNDER = /\bits\s+(?:co-)?founders?\b|\bfounded\s+by\s+(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?[A-Z][a-z]+\s+[A-Z]/;

/**
 * The kind of a name filed as a FORUM by its head, once the words around it are read: ORGANIZATION where the text calls
 * it an NGO, a charity or the like, or where the sentence it opens names its founder. `sentence` is the rest of the
 * sentence after the name; `opens` whether the name opens that sentence.
 */
export function forumOrganisationKind(kind: EntityKind, after: string, before: string, sentence: string, opens: boolean): EntityKind {
  if (kind !== "FORUM") return kind;
  if (SAID_AFTER.test(after) || SAID_BEFORE.test(before) || (APPOSED_BEFORE.test(before) && /^\s*,/.test(after))) return "ORGANIZATION";
  const founder = opens ? FOUNDER.exec(sentence) : null;
  if (founder && !OTHER_NAME.test(sentence.slice(0, founder.index))) return "ORGANIZATION";
  return kind;
}
