/** Colours and words for kinds and relation types, shared by lists, graph, legend and charts. */
export const KINDS = ["ORGANIZATION", "INITIATIVE", "CONVENTION", "COUNTRY", "FORUM"] as const;
export type Kind = (typeof KINDS)[number];

// Okabe–Ito colours (forum: Tol's wine), distinguishable with the common colour-vision deficiencies.
export const KIND_COLOR: Record<string, string> = {
  ORGANIZATION: "#0072B2",
  INITIATIVE: "#009E73",
  CONVENTION: "#CC79A7",
  COUNTRY: "#E69F00",
  FORUM: "#882255",
};

export const KIND_LABEL: Record<string, string> = {
  ORGANIZATION: "Organization",
  INITIATIVE: "Initiative",
  CONVENTION: "Convention",
  COUNTRY: "Country",
  FORUM: "Forum",
};

export const KIND_PLURAL: Record<string, string> = {
  ORGANIZATION: "Organizations",
  INITIATIVE: "Initiatives",
  CONVENTION: "Conventions",
  COUNTRY: "Countries",
  FORUM: "Forums",
};

export const RELATION_TYPES = ["MEMBER_OF", "CHAIRED", "SUPPORTS", "LEADS", "PARTICIPATES_IN", "FUNDS", "OPERATES_IN", "PROMOTES", "RATIFIED", "HOSTED", "PART_OF", "PARTNERS_WITH"] as const;

/** How a link reads from the viewed entity: OUT when it is the source, IN when it is the target. */
const PHRASES: Record<string, [out: string, inbound: string]> = {
  MEMBER_OF: ["Member of", "Members"],
  CHAIRED: ["Chaired", "Chaired by"],
  SUPPORTS: ["Supports", "Supported by"],
  LEADS: ["Leads", "Led by"],
  PARTICIPATES_IN: ["Participates in", "Participants"],
  FUNDS: ["Funds", "Funded by"],
  OPERATES_IN: ["Operates in", "Initiatives operating here"],
  PROMOTES: ["Promotes", "Promoted by"],
  RATIFIED: ["Ratified", "Ratified by"],
  HOSTED: ["Hosted", "Hosted by"],
  PART_OF: ["Part of", "Includes"],
  PARTNERS_WITH: ["Partners with", "Partner of"],
};

export function relationPhrase(type: string, direction: string): string {
  const p = PHRASES[type];
  return p ? (direction === "IN" ? p[1] : p[0]) : type;
}

export function typeLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, " ");
}
