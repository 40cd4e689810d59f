import type { EntityRecord } from "./types.js";
import type { M } from "./mentionLists.js";
import { OTHER_BODIES } from "./rules/labelLexicon.js";
import type { TripleExamples } from "./TripleExamples.js";

const MEMBER = /^(?:member|members|membership)$/;

/**
 * The body a members label describes ("Members of its steering group", "Board members", "Membership of the
 * committee"): a word of rules/labelLexicon.ts OTHER_BODIES qualifying the head "members" before it or in its
 * "of" complement. Null for a label of the topic's own members ("Members", "Members of the Process").
 */
export function bodyMembersLabel(label: string): string | null {
  const words = label.toLowerCase().match(/[a-z]+/g) ?? [];
  const at = words.findIndex((w) => MEMBER.test(w));
  if (at < 0) return null;
  const before = words.slice(Math.max(0, at - 3), at);
  const after = words[at + 1] === "of" ? words.slice(at + 2, at + 7) : [];
  return [...before, ...after].find((w) => OTHER_BODIES.includes(w)) ?? null;
}

/**
 * The owner a members list keeps: a label of one of a body's own organs' members ("Members of its steering group")
 * lists that organ's members, so an owner found for it only counts where its name holds that organ's word (the
 * "GFMD Steering Group" itself); the forum or page topic is no owner of them.
 */
export function bodyMembersOwner(label: string, owner: M | null, entities: ReadonlyMap<string, EntityRecord>): M | null {
  const word = bodyMembersLabel(label);
  if (!word || !owner) return owner;
  const name = entities.get(owner.id)?.name.toLowerCase() ?? "";
  return new RegExp(`\\b${word}`).test(name) ? owner : null;
}

const IGC = "Intergovernmental Consultations on Migration, Asylum and Refugees (IGC)\n\nThe IGC is an informal forum of states.\n\n";
/** Example pages (test/unit/bodyMembersLabel.test.ts): `expect` is [type, source, target]. */
export const BODY_MEMBERS_EXAMPLES: TripleExamples = {
  positive: [
    // The topic's own members, and an organ's members on that organ's own page.
    { text: `${IGC}Members of the IGC:\n- Canada\n- Norway\n`, expect: ["MEMBER_OF", "ctry:no", "forum:igc"] },
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nThe Budapest Process Steering Committee prepares the ministerial conferences. Members of the Steering Committee:\n- Turkey\n- Hungary\n", expect: ["MEMBER_OF", "ctry:hu", "forum:steering-committee-of-the-budapest-process"] },
  ],
  negative: [
    // The members of another body's organ, described and not named, are none of the page's forum's.
    { text: `${IGC}Related fora\n\nThe Global Forum on Migration and Development is a separate process. Members of its steering group in 2020 included:\n- Ecuador\n- Morocco\n`, expect: ["MEMBER_OF", "ctry:ma", "forum:igc"] },
    { text: `${IGC}Board members:\n- Ecuador\n- Morocco\n`, expect: ["MEMBER_OF", "ctry:ma", "forum:igc"] },
  ],
};
