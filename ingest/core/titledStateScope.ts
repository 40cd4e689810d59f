import type { NameRule } from "./NameRule.js";

/**
 * "a new Facility for Refugees in Turkey", "the Trust Fund for Fishers in Ghana": a fund, facility, programme,
 * project, office or delegation titled with a complement ("for …", "of …") may close its title on the state it serves,
 * and trimName keeps "in <State>" there. The state is a word of the title, not where the thing met: a fund or a
 * programme is not held anywhere. A city after "in" is still a seat ("the Fund for Refugees in Suva"), a head with no
 * complement is still a body located there ("the Programme Office in Ghana"), and a forum's or conference's "in
 * <State>" stays its venue (REGION_SCOPE's contrasts).
 */
export const TITLED_STATE_SCOPE: NameRule = {
  id: "titled-state-scope",
  what: "A capitalised fund, facility, programme, project, office or delegation title whose head takes a 'for …' or 'of …' complement keeps a closing 'in <State>' as part of its name ('Facility for Refugees in Turkey'); a city after 'in', a head with no complement, and a meeting's venue are cut as before.",
  words: "Facility Fund Programme Program Project Office Delegation".split(" "),
  positive: [
    { text: "The EU promised EUR 3 billion through a new Facility for Fishers in Ghana.", name: "Facility for Fishers in Ghana", kind: "INITIATIVE" },
    { text: "Norway paid USD 2 million into the Trust Fund for Crew Welfare in Samoa in 2020.", name: "Trust Fund for Crew Welfare in Samoa", kind: "INITIATIVE" },
    { text: "UNDP runs the Programme of Support to Port Workers in Togo with Denmark.", name: "Programme of Support to Port Workers in Togo", kind: "INITIATIVE" },
  ],
  negative: [
    // The verb between the name and the place makes it a venue.
    { text: "The Fund for Crew Welfare met in Samoa in 2020.", name: "Fund for Crew Welfare in Samoa" },
    // A city after "in" is where the office sits.
    { text: "The Fund for Crew Welfare in Apia paid the grants.", name: "Fund for Crew Welfare in Apia" },
    // A meeting is held in a state: its venue is no word of its name.
    { text: "The Conference on Crew Welfare in Samoa adopted a plan.", name: "Conference on Crew Welfare in Samoa" },
  ],
};

const HEADS = TITLED_STATE_SCOPE.words.join("|");
/** The head, its complement of capitalised words (small connectors between them), up to the place. */
const TITLED = new RegExp(`(?:^|\\s)(?:${HEADS})\\s+(?:for|of)\\s+(?:the\\s+)?[A-Z][\\p{L}’'-]*(?:\\s+(?:(?:and|of|for|to|on|the|&)\\s+)*[A-Z][\\p{L}’'-]*)*$`, "u");

/** Whether `kept`, the words before "in <place>", is a titled fund or office that takes the state into its name. */
export function isTitledStateScope(kept: string, place: string, isState: (words: string) => boolean): boolean {
  return TITLED.test(kept) && isState(place.trim());
}

/** Whether the words before a state mention inside a name are such a title and "in" (strayMention keeps the state then). */
export const isTitledBeforeState = (before: string): boolean => /\sin\s+$/.test(before) && TITLED.test(before.replace(/\s+in\s+$/, ""));
