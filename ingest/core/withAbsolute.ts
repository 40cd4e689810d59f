/**
 * An absolute phrase after "with" gives the state it names a role at the meeting, and names no co-agent of the verb
 * before it: "Djibouti hosted the meeting with Somalia in the chair" (Somalia chaired; it did not co-host),
 * "met in Gaborone with Botswana in the chair", "hosted the talks with Kenya as chair", "with Uganda presiding".
 * "co-hosted the meeting with Kenya" and "organized the forum with UNHCR during 2019" are co-agents still.
 */
export const WITH_ABSOLUTE = {
  id: "with-absolute-role",
  /** The phrase's tail after the state it names: "in the chair", "as (the) chair/host", "presiding", "chairing". */
  tail: /^\s+(?:in\s+the\s+(?:chair|presidency)(?![’'\w-])|as\s+(?:the\s+)?(?:co-)?(?:host|chair|chairperson|president|venue)(?![’'\w-])|(?:also\s+|jointly\s+)?(?:hosting|chairing|presiding|co-chairing)\b)/i,
  /** "in the chair" (or "in the presidency"): the role is the chair. */
  inTheChair: /^\s+in\s+the\s+(?:chair|presidency)(?![’'\w-])/i,
};

/** The text after a "with" co-agent list: an absolute phrase's tail makes the list no co-agents (WITH_ABSOLUTE). */
export const absoluteTail = (after: string): boolean => WITH_ABSOLUTE.tail.test(after);
