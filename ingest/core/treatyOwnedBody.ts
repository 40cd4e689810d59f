import type { NameRule } from "./NameRule.js";
import { HEAD_NOUNS } from "./nameRules.js";

/**
 * "the Monitoring Committee of the X Convention": the text states the body's owner, a treaty, so the body is not a
 * unit of the agency whose chapter the sentence is in. A bare committee name needs a parent to be kept; with the
 * chapter's agency ruled out it is no entity of its own (the treaty stays a mention). Examples are sentences inside
 * the ILO's chapter (run by test/unit/treatyOwnedBody.test.ts).
 */
export const TREATY_OWNED_BODY: NameRule = {
  id: "treaty-owned-body",
  what: "A generic body name followed by 'of the <… Convention/Covenant/Protocol/Treaty/Charter>' belongs to that treaty, never to the chapter's agency.",
  words: HEAD_NOUNS.words.CONVENTION,
  positive: [{ text: "The Steering Committee met twice in 2011 to plan the training.", name: "ILO Steering Committee", kind: "ORGANIZATION" }],
  negative: [
    { text: "The day of discussion was sponsored by the Monitoring Committee of the Coastal Fishers Convention on the Rights of Deckhands.", name: "ILO Monitoring Committee" },
    { text: "Members of the Follow-up Committee of the International Covenant on Harbour Rights met in Geneva.", name: "ILO Follow-up Committee" },
  ],
};

const OF_TREATY = new RegExp(`^\\s+of\\s+the\\s+(?:[A-Z][\\p{L}\\-’']*\\s+){0,6}(?:${TREATY_OWNED_BODY.words.join("|")})\\b`, "u");

/** Does the text right after a name state a treaty as its owner? */
export function ownedByTreaty(after: string): boolean {
  return OF_TREATY.test(after);
}
