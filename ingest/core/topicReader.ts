import type { EntityKind } from "../../src/ontology/ontology.js";
import type { Coreference } from "./coreference.js";
import type { M } from "./mentionLists.js";
import type { PageTopics } from "./PageTopics.js";
import type { PageMeeting } from "./pageMeeting.js";
import type { MeetingScene } from "./meetingScene.js";
import type { RelateContext } from "./RelateContext.js";
import { statedYears } from "./statedYears.js";
import type { TopicOptions } from "./TopicOptions.js";
import { statedMeetingNumbers } from "./meetingHeading.js";

/** What a page's topics are read from as relate() goes through it (relate.ts): its readers' state, shared, never copied. */
export interface TopicSources {
  title: string;
  entities: RelateContext["entities"];
  coref: Coreference;
  scene: MeetingScene;
  pageMeeting: PageMeeting;
  page: PageTopics;
  named: (label: string | null | undefined, kinds: readonly EntityKind[]) => M | null;
  /** Where a meeting is asked for and none was found, the page's own meeting (pageMeeting.ts). */
  withPageMeeting: (found: M | null, kinds: readonly EntityKind[], meetingFirst?: boolean) => M | null;
  /** The entity an earlier section heading named, by kind. */
  lastHeadingNamed: (kinds: readonly EntityKind[]) => M | null;
  /** The heading over the page's first passage (headlineTopic.ts). */
  headline: string | null | undefined;
  /** The lines a page names its subject in. */
  pageTitles: Array<string | null | undefined>;
}

/** What an unwritten object refers to: the section's named topic, the page's, the latest named, a heading's, the headline's, the most named. */
export function topicReader({ title, entities, coref, scene, pageMeeting, page, named, withPageMeeting, lastHeadingNamed, headline, pageTitles }: TopicSources) {
  return (section: string | null, sentence = "") => {
    // The section's own heading, split off once per sentence: the reader is asked several times for each.
    const heading = section?.split(" › ").pop();
    return (kinds: readonly EntityKind[], { meetingFirst = false, within, sceneReach = false, titled = false }: TopicOptions = {}): M | null => {
      // A standing body the section's heading, else the page's title or headline, names; never a meeting.
      // A page with no title line takes its first sentence as its title ("The Bali Process met in 2002."): a body named
      // there is named in passing, not what the page is about.
      if (titled) {
        const opening = pageTitles[2]?.trimStart() ?? "";
        const titleLine = !(opening.startsWith(title) && /^[.!?]/.test(opening.slice(title.length)));
        const body = named(heading, kinds) ?? (titleLine ? named(title, kinds) : null) ?? named(headline, kinds);
        return body && !body.isEvent ? body : null;
      }
      // Who attended is said of the meeting last reported in the section, where there is one, unless the sentence
      // dates what it reports to another year ("In October 2016 a workshop … the Czech Republic acted as host").
      const scoped = meetingFirst ? coref.latest([...kinds], true, within) : null;
      // Past the rule's reach, the meeting the section is still reporting (meetingScene.ts), else the page's own (pageMeeting.ts).
      const pastReach = !scoped?.isEvent && within !== undefined && sceneReach;
      const reporting = pastReach ? (scene.current(kinds) ?? scoped) : scoped;
      const meeting = meetingFirst ? withPageMeeting(reporting, kinds, true) : null;
      const meetingYear = meeting?.isEvent ? entities.get(meeting.id)?.year : null;
      const years = meetingYear ? statedYears(sentence) : new Set<string>();
      // "Mauritius hosted the first session" under the heading of the second: a meeting the sentence numbers otherwise is another.
      const numbered = (m: M | null) => {
        const n = m?.isEvent ? entities.get(m.id)?.ordinal : null;
        const numbers = n ? statedMeetingNumbers(sentence) : new Set<number>();
        return numbers.size === 0 || numbers.has(n!);
      };
      if (meeting?.isEvent && (years.size === 0 || years.has(String(meetingYear))) && numbered(meeting)) return meeting;
      if (within !== undefined) return null;
      const latest = coref.latest([...kinds]);
      const found = named(heading, kinds) ?? named(title, kinds) ?? (latest && !latest.isEvent ? latest : null) ?? lastHeadingNamed(kinds) ?? named(headline, kinds) ?? page.mostNamedUnlessTitled(kinds, pageTitles);
      return numbered(found) ? pageMeeting.ofSeries(found, kinds, (id) => entities.get(id)?.parentId) : null;
    };
  };
}
