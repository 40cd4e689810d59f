import type { HeadingList } from "./listRules.js";

/**
 * What a table column's header word says of its rows, beyond the labels listRules.ts knows (labelledColumns.ts asks
 * here when a header cell is no such label). Two sorts:
 *  - a name column: the names in the cell are the relation's end ("Venue": "Puerto Vallarta (Mexico)" hosted that
 *    year's meeting; "Grantee city": "Dakar, Senegal" is where the initiative works);
 *  - a row column: the cell holds a date or a mark about the row's own entity, named in its first column
 *    ("State | Joined": "Iraq | 2013" is a member).
 * `alsoIn` lets a name column's relation reach a place column beside it ("Grantee | Country": the country, since the
 * grantee itself is a town council no one catalogs).
 */
export interface ColumnRole {
  header: RegExp;
  list: HeadingList;
  of: "cell" | "row";
  alsoIn?: RegExp;
}

const GFMD = "Global Forum on Migration and Development\n\nThe Forum meets every year.\n\n";
const JMDI = "Joint Migration and Development Initiative\n\nThe JMDI gave small grants to towns.\n\n";
const RABAT = "The Rabat Process\n\nThe Rabat Process is a dialogue on migration between Europe and Africa.\n\n";

/** Where a meeting took place: a city with its country ("Geneva, Switzerland", "Port Louis (Mauritius)") or the country. */
export const VENUE_COLUMN: ColumnRole = {
  // A bare "Place" or "City" may be where anything happened (a campaign event, an office): only a meeting's is a venue.
  header: /^(?:(?:summit |meeting |conference )?venues?|(?:host|meeting|summit|conference|forum) (?:city|location|place)|held in)$/i,
  of: "cell",
  list: {
    id: "venue-column",
    heading: /^$/,
    type: "HOSTED", rows: ["COUNTRY"], topics: ["FORUM"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${GFMD}Year | Venue | Theme\n2010 | Puerto Vallarta (Mexico) | Partnerships\n2011 | Geneva, Switzerland | Action\n`, expect: ["ctry:mx", "forum:gfmd-2010"] },
        { text: `${GFMD}Year | Meeting place\n2011 | Geneva, Switzerland\n2012 | Port Louis (Mauritius)\n`, expect: ["ctry:mu", "forum:gfmd-2012"] },
      ],
      negative: [
        // The city of the row's other column is not the venue of another year's meeting.
        { text: `${GFMD}Year | Venue | Theme\n2010 | Puerto Vallarta (Mexico) | Partnerships\n2011 | Geneva, Switzerland | Action\n`, expect: ["ctry:mx", "forum:gfmd-2011"] },
        // A table of offices lists no venues.
        { text: `${GFMD}Office | Address\nLiaison office | Geneva, Switzerland\nField office | Port Louis (Mauritius)\n`, expect: ["ctry:ch", "forum:gfmd-2011"] },
        // Beside a Host column, the venue is only the city where the host held it.
        { text: `${GFMD}Year | Venue | Host\n2011 | Geneva, Switzerland | Mauritius\n2012 | Port Louis, Mauritius | Mauritius\n`, expect: ["ctry:ch", "forum:gfmd-2011"] },
        { text: `${GFMD}Year | Event | Place\n2011 | Side event | Geneva, Switzerland\n2012 | Workshop | Port Louis (Mauritius)\n`, expect: ["ctry:ch", "forum:gfmd-2011"] },
      ],
    },
  },
};

/** Towns and councils given a grant: the initiative works in their country. */
export const GRANTEE_COLUMN: ColumnRole = {
  header: /^(?:grantees?|grantee (?:cit(?:y|ies)|municipalit(?:y|ies)|towns?|local authorit(?:y|ies))|(?:beneficiary|partner) (?:cit(?:y|ies)|municipalit(?:y|ies)|towns?))$/i,
  of: "cell",
  alsoIn: /^(?:country|location)$/i,
  list: {
    id: "grantee-column",
    heading: /^$/,
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["INITIATIVE"], rowsAreTargets: true, confidence: 0.7,
    examples: {
      positive: [
        { text: `${JMDI}Grantee city | Project\nCuenca (Ecuador) | Return desk\nDakar, Senegal | Diaspora window\n`, expect: ["ini:jmdi", "ctry:sn"] },
        { text: `${JMDI}Grantee\tCountry\tGrant\nKumasi municipal assembly\tGhana\t40,000\nHargeisa council\tSomalia\t55,000\n`, expect: ["ini:jmdi", "ctry:gh"] },
      ],
      negative: [
        // A project column naming a country is no grantee's place.
        { text: `${JMDI}Grantee city | Project\nCuenca (Ecuador) | Study visit to Spain\nDakar, Senegal | Diaspora window\n`, expect: ["ini:jmdi", "ctry:es"] },
        { text: `${JMDI}Partner | Country\nA town council | Ghana\nA city hall | Somalia\n`, expect: ["ini:jmdi", "ctry:gh"] },
      ],
    },
  },
};

/** A date of joining, about the state the row opens with. */
export const JOINED_COLUMN: ColumnRole = {
  header: /^(?:joined|(?:date|year) (?:joined|of (?:joining|admission|membership))|member since|membership since|admitted|admission|since)$/i,
  of: "row",
  list: {
    id: "joined-column",
    heading: /^$/,
    type: "MEMBER_OF", rows: ["COUNTRY", "ORGANIZATION"], topics: ["FORUM"], confidence: 0.75,
    examples: {
      positive: [
        { text: `${RABAT}Country | Joined\nSenegal | 2006\nMali | 2008\n`, expect: ["ctry:ml", "forum:rabat-process"] },
        { text: `${RABAT}State\tMember since\nSenegal\t2006\nMali\t2008\n`, expect: ["ctry:ml", "forum:rabat-process"] },
      ],
      negative: [
        // Observers are no members, whenever they came.
        { text: `${RABAT}Observer | Since\nJapan | 2011\nCanada | 2012\n`, expect: ["ctry:jp", "forum:rabat-process"] },
        { text: `${RABAT}Country | Visited\nSenegal | 2006\nMali | 2008\n`, expect: ["ctry:ml", "forum:rabat-process"] },
      ],
    },
  },
};

const ECCAS = "Economic Community of Central African States (ECCAS): register of Member States\n\nThe register below lists the Member States.\n\n";
const ECOWAS_PROTOCOL = "ECOWAS Protocol on Free Movement: status\n\nThe Protocol was adopted in 1979.\n\n";

/**
 * A date of joining headed with the body joined ("In ECCAS since", "ECOWAS member since", "Member of the AU since",
 * "In the union since"): the row's entity is a member of the body the header names, which need not be the page's topic
 * (a treaty's register gives its parties' years in the organisation). A header naming the body only by a common noun
 * ("the union") takes the page's or section's body. `name` is the group holding the body's name or noun.
 */
export const BODY_SINCE_HEADER = /^(?:in\s+(?:the\s+)?|member\s+of\s+(?:the\s+)?)?(?<name>(?!member\b)[\w'’ -]{2,40}?)\s+(?:member(?:ship)?\s+)?since$/i;

export const NAMED_JOINED_COLUMN: ColumnRole = {
  header: BODY_SINCE_HEADER,
  of: "row",
  list: {
    id: "named-joined-column",
    heading: /^$/,
    type: "MEMBER_OF", rows: ["COUNTRY"], topics: ["ORGANIZATION", "FORUM"], confidence: 0.75,
    examples: {
      positive: [
        { text: `${ECCAS}| Member State | In ECCAS since | Note |\n|---|---|---|\n| Burundi | 1983 | founding member |\n| Angola | 1999 | |\n`, expect: ["ctry:ao", "org:eccas"] },
        { text: `${ECOWAS_PROTOCOL}| Member State | ECOWAS member since | Signed 1979 | Ratified |\n|---|---|---|---|\n| Benin | 1975 | yes | yes |\n| Cabo Verde | 1976 | yes | yes |\n`, expect: ["ctry:cv", "org:ecowas"] },
        { text: `${ECOWAS_PROTOCOL}| Country | Member of ECOWAS since | Note |\n|---|---|---|\n| Ghana | 1975 | founder |\n| Cabo Verde | 1976 | - |\n`, expect: ["ctry:gh", "org:ecowas"] },
      ],
      negative: [
        // An observer's column gives no members, whatever body it names.
        { text: `${ECCAS}| Observer | In ECCAS since |\n|---|---|\n| Morocco | 2010 |\n| Chad | 2011 |\n`, expect: ["ctry:ma", "org:eccas"] },
        // "In force since" dates a treaty, it names no body.
        { text: `${ECOWAS_PROTOCOL}| Member State | In force since |\n|---|---|\n| Benin | 1980 |\n| Ghana | 1981 |\n`, expect: ["ctry:bj", "org:ecowas"] },
        // A dash or a blank where the year of joining would stand: the state never joined.
        { text: `${ECCAS}| Member State | In ECCAS since | Note |\n|---|---|---|\n| Burundi | 1983 | founding member |\n| Morocco | — | applicant |\n`, expect: ["ctry:ma", "org:eccas"] },
        { text: `${ECOWAS_PROTOCOL}| Country | ECOWAS member since | Ratified |\n|---|---|---|\n| Ghana | 1975 | yes |\n| Morocco |  | no |\n`, expect: ["ctry:ma", "org:ecowas"] },
        // A state's own remark may deny it.
        { text: `${ECCAS}| Member State | In ECCAS since | Note |\n|---|---|---|\n| Burundi | 1983 | founding member |\n| Rwanda | 1983 | withdrew in 2007 |\n`, expect: ["ctry:rw", "org:eccas"] },
      ],
    },
  },
};

export const COLUMN_ROLES: ColumnRole[] = [VENUE_COLUMN, GRANTEE_COLUMN, JOINED_COLUMN, NAMED_JOINED_COLUMN];

/** A header cell naming the row's own entity ("State", "Member State", "Country", "Participant"). */
export const ENTITY_COLUMN = /^(?:(?:member |participating |partner )?(?:states?|countr(?:y|ies)|governments?|participants?|members?|parties|organi[sz]ations?))$/i;

export function columnRole(header: string): ColumnRole | null {
  const h = header.trim();
  return COLUMN_ROLES.find((r) => r.header.test(h)) ?? null;
}
