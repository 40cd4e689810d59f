import type { EntityKind, RelationType } from "../../src/ontology/ontology.js";
import { namesPlace } from "./meetingPlaces.js";
import type { M } from "./mentionLists.js";
import type { Add } from "./patternRules.js";
import { answeringVerbs, askedVerbs, sectionAnswers, sectionQuestion } from "./questionSection.js";
import type { HeadingList } from "./rules/listRules.js";

const MEETING_ROLES: ReadonlySet<RelationType> = new Set(["PARTICIPATES_IN", "HOSTED", "CHAIRED"]);
// A question put in the past ("Who came", "Who took part") asks of one meeting held; one in the present ("Who takes
// part") asks of the standing body.
const PAST = /\b(?:came|attended|took|gave|sent|spoke|met|went|was|were|turned|[a-z]+ed)\b/i;

/** What relate.ts lends a question section: how it finds the body a heading names and the page's one meeting. */
export interface AskedSectionPage {
  /** The body a label names of these kinds, with the page's meeting put first where asked (relate.ts withPageMeeting). */
  headed(labels: readonly (string | undefined)[], kinds: readonly EntityKind[], meetingFirst: boolean): M | null;
  /** The page's one meeting, where it names exactly one (PageTopics.onlyEvent). */
  onlyEvent(): M | null;
}

/**
 * The section under a question heading ("Who came", "Who the members are") being read, its owner, and whether it
 * has turned to another forum or programme, whose sentences no longer answer for the owner (questionSection.ts).
 */
export class AskedSection {
  private lists: HeadingList[] = [];
  private owner: M | null = null;
  private turned = false;
  private ofMeeting = false;

  constructor(private readonly page: AskedSectionPage) {}

  /** A new section: its heading asks a question or not. */
  enter(label: string | undefined, pageHeadings: readonly string[]): void {
    const question = label ? sectionQuestion(label) : [];
    const kinds = question.flatMap((l) => l.topics);
    // The owner: a body the heading names after its wh-word ("Who came to the Rabat conference"; "WHO" itself is no
    // body there), else the page's; where the question asks who came, hosted or chaired, the page's one meeting, not
    // its series (a meeting is founded or run by no one: "Who set it up" asks of the page's body).
    const asking = label?.replace(/^\W*(?:[ivx]{1,5}\.|\d{1,2}[.)])?\s*(?:who|which|what|where|how)\b/i, "");
    const meeting = kinds.includes("FORUM") && question.every((l) => MEETING_ROLES.has(l.type)) && PAST.test(asking ?? "");
    // A question about who is at a place ("Who is in Geneva") asks of that place, which the page's meeting may not be.
    const headed = question.length && !namesPlace(asking) ? this.page.headed([asking, ...pageHeadings], kinds, meeting) : null;
    this.owner = meeting && !headed?.isEvent ? (this.page.onlyEvent() ?? headed) : headed;
    this.lists = this.owner ? question : [];
    this.ofMeeting = meeting;
    this.turned = false;
  }

  /** One sentence of the section: each affirmative clause's subject answers the question for the owner. */
  read(text: string, own: readonly M[], listed: boolean, add: Add): void {
    const owner = this.owner;
    if (!owner) return;
    if (own.some((m) => (m.kind === "FORUM" || m.kind === "INITIATIVE") && m.id !== owner.id)) this.turned = true;
    if (this.turned || listed) return;
    // A clause's own role decides what its names are ("A is among its partners" under "Who runs it"), and the
    // heading's verb with an object of its own speaks of another thing, save at a meeting, where any part a body
    // had there (a donor, a partner) and anything it gave is taking part in it.
    // A question put of a meeting ("Who spoke", "What was pledged") asks of one even where the page names its series only.
    const atMeeting = (owner.isEvent || this.ofMeeting) && this.lists.every((l) => l.type === "PARTICIPATES_IN");
    for (const r of sectionAnswers(text, own, atMeeting ? [] : askedVerbs(this.lists), answeringVerbs(this.lists))) {
      for (const l of r.role && !atMeeting ? r.role : this.lists) {
        if (!l.rows.includes(r.kind) || !l.topics.includes(owner.kind) || r.id === owner.id) continue;
        add(l.type, l.rowsAreTargets ? owner.id : r.id, l.rowsAreTargets ? r.id : owner.id, `section-${l.id}`, l.confidence);
      }
    }
  }
}
