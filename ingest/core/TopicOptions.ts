/**
 * How an unwritten object is looked for (topicReader.ts): the meeting the section reports first, only within `within`
 * sentences of it, past that reach the meeting the section is still reporting, or only a standing body the heading,
 * title or headline names.
 */
export interface TopicOptions {
  meetingFirst?: boolean;
  within?: number;
  sceneReach?: boolean;
  titled?: boolean;
}
