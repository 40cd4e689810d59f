import type { HeadingList } from "./HeadingList.js";

/**
 * What a row's status word says of the row's own entity and the body the register is about ("Chile | Full member",
 * "Japan | Observer", "Serbia | Candidate"). A status cell is read before the column the row's name stands in: a
 * register headed "Participating economy" lists members when its status column says "Full member", and a candidate or
 * a former member under "Member State" belongs to nothing.
 *
 * Three answers: the lists the status states (a member is a member of a forum or of a scheme that counts members; an
 * observer or a standing invitee takes part without belonging); `null` for a status that withholds any standing
 * (candidate, applicant, former, withdrawn, suspended, non-member); `undefined` for a cell that is no status word
 * (a year, a note, a region), which leaves the row to its column.
 */

/** A header cell naming a column of standing: "Status", "Membership status", "Category", "Type of membership". */
export const STATUS_HEADER = /^(?:(?:membership|participation|member(?:ship)?|current)\s+)?(?:status|category|type)$|^(?:type|category|form) of (?:membership|participation)$|^membership$/i;

/** A status that gives no standing at all: the row belongs to nothing and takes part in nothing. */
export const WITHHELD_STATUS = /^(?:(?:membership |accession )?(?:candidates?|applicants?|applied|application pending|pending)|non[- ]?members?|not (?:a )?members?|former(?:ly)?\b.*|withdr[a-z]*|suspended|left\b.*|invited\b.*|prospective\b.*|expected\b.*)$/i;

const PRAGUE = "Prague Process\n\nThe Prague Process is a migration dialogue of European and Central Asian states.\n\n";
const BUDAPEST = "Budapest Process\n\nThe Budapest Process is a consultative forum on migration.\n\n";

const STANDING_ROWS: HeadingList["rows"] = ["COUNTRY", "ORGANIZATION"];

/**
 * Status words the label lexicon does not read as a register's standing: a "Participating State" or "participating
 * economy" of a process or scheme is its member, as the ontology's MEMBER_OF says, whatever kind the body is built as;
 * a standing or permanent invitee takes part in the body's work without belonging to it.
 */
export const STATUS_LISTS: HeadingList[] = [
  {
    id: "status-participating-state",
    heading: /^(?:full |associate )?participating (?:states?|econom(?:y|ies)|governments?)$/i,
    type: "MEMBER_OF", rows: STANDING_ROWS, topics: ["FORUM", "INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${PRAGUE}State | Status\nGeorgia | Participating State\nArmenia | Participating State\n`, expect: ["ctry:ge", "forum:prague-process"] },
      ],
      negative: [
        { text: `${PRAGUE}State | Status\nGeorgia | Candidate\nArmenia | Participating State\n`, expect: ["ctry:ge", "forum:prague-process"] },
      ],
    },
  },
  {
    id: "status-invitee",
    heading: /^(?:standing|permanent) (?:invitees?|invitation)$/i,
    type: "PARTICIPATES_IN", rows: STANDING_ROWS, topics: ["FORUM", "INITIATIVE"], confidence: 0.65,
    examples: {
      positive: [
        { text: `${BUDAPEST}Body | Category\nHungary | Member\nUNICEF | Standing invitee\n`, expect: ["org:unicef", "forum:budapest-process"] },
      ],
      negative: [
        { text: `${BUDAPEST}Body | Category\nHungary | Member\nUNICEF | Applicant\n`, expect: ["org:unicef", "forum:budapest-process"] },
      ],
    },
  },
];
