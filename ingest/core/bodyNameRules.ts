import type { NameRule } from "./NameRule.js";
import { COUNTED_NOUNS } from "./meetingNouns.js";

/** Name rules about bodies as named in running text: owners, offices, venues and meetings (see NameRule.ts). */

export const PARENTHESISED_OWNER: NameRule = {
  id: "parenthesised-owner",
  what: "'the African, Caribbean and Pacific (ACP) Observatory on Migration': a body's name with its acronym in brackets opens a longer name; the acronym is the owner prefix, and the whole written form is an alias.",
  words: [],
  positive: [{ text: "It supports the African, Caribbean and Pacific (ACP) Observatory on Coastal Mobility, set up in 2010.", name: "ACP Observatory on Coastal Mobility", kind: "INITIATIVE" }],
  negative: [{ text: "It supports the African, Caribbean and Pacific (ACP) Observatory on Coastal Mobility, set up in 2010.", name: "Observatory on Coastal Mobility" }],
};

export const QUOTED_NAMES: NameRule = {
  id: "quoted-names",
  what: "A quoted phrase in title case whose own head noun gives a kind ('the adopted “Guidelines on the Rescue of Fishers at Sea,”') is that name, whole: the quotes mark where it ends. Connectors inside it may be any of these small words.",
  words: "at by with under within through".split(" "),
  positive: [
    { text: "Under the adopted “Guidelines on the Treatment of Fishers Rescued at Sea,” the coastal State acts.", name: "Guidelines on the Treatment of Fishers Rescued at Sea", kind: "INITIATIVE" },
    { text: "It gave input to the joint “Workshop on Safer Ports through Circular Crewing” (2008).", name: "Workshop on Safer Ports through Circular Crewing", kind: "FORUM" },
  ],
  negative: [
    { text: "Under the adopted “Guidelines on the Treatment of Fishers Rescued at Sea,” the coastal State acts.", name: "Guidelines on the Treatment of Fishers Rescued" },
    { text: "The round table “Migration, gender and family” met.", name: "Migration, gender and family" },
    // A conference's theme: "Movement" heads bodies' names, but a theme names none.
    { text: "The 16th Conference, on the theme “Towards Free Movement”, was chaired by Paraguay.", name: "Towards Free Movement" },
    { text: "It gave input to the joint “Workshop on Safer Ports through Circular Crewing” (2008).", name: "Workshop on Safer Ports" },
  ],
};

export const GENERIC_OFFICES: NameRule = {
  id: "generic-offices",
  what: "A body's office or working group named only by its level or type ('the UNFPA Regional Office', 'its Country Office', 'the GMG Working Group', 'a Task Force') is one of many unnamed ones: no entity of its own (the mention stays the body's). A further name ('Regional Office for Europe', 'Working Group on Data') makes it one.",
  words: "Regional Sub-regional Subregional Country Field Liaison National Local Provincial Area Sub-Office Representation Office Offices Mission Working Task Thematic Group Groups Force Forces".split(" "),
  positive: [{ text: "The UNFPA Regional Office for Coastal Asia opened in 2010.", name: "UNFPA Regional Office for Coastal Asia", kind: "ORGANIZATION", parentId: "org:unfpa" }],
  negative: [
    { text: "In the coastal region, the UNFPA Regional Office works with IOM.", name: "UNFPA Regional Office" },
    { text: "The UNFPA Country Office in Tinland trained staff.", name: "UNFPA Country Office" },
    { text: "The report of the GMG Working Group was shared.", name: "GMG Working Group" },
  ],
};

export const VENUE_HEADS: NameRule<{ heads: string[]; bodies: string[]; centres: string[]; uses: string[] }> = {
  id: "venue-heads",
  what: "'<Name> Court' with no complement is a building or venue ('the event at Milton Court'), not a body; a court is a body with a complement ('Court of Human Rights') or a judicial qualifier ('Supreme Court'). A centre or hall named for what is held in it ('Adelaide Convention Centre', 'Harbour Exhibition Hall') is a venue too; a centre named for a field of work ('Centre for Migration Studies', 'Data Centre') stays a body.",
  words: {
    heads: ["Court"],
    bodies: "International Supreme High Constitutional Criminal Federal District Appeal Appeals Administrative Arbitration Permanent".split(" "),
    centres: "Centre Center Hall Halls Complex Arena".split(" "),
    uses: "Convention Conference Congress Exhibition Exhibitions Expo Events Concert Sports".split(" "),
  },
  positive: [
    { text: "The Coastal Court of Human Rights ruled in 2012.", name: "Coastal Court of Human Rights", kind: "ORGANIZATION" },
    { text: "Tinland’s Constitutional Court of Appeal ruled.", name: "Constitutional Court of Appeal", kind: "ORGANIZATION" },
    { text: "The Harbour Data Centre published the figures.", name: "Harbour Data Centre", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Over 200 performers sang at Harbour Court, hosted by IOM.", name: "Harbour Court" },
    { text: "Ministers met at the Portville Convention Centre in 2023.", name: "Portville Convention Centre" },
    { text: "Venue: Harbour Exhibition Center, Portville", name: "Harbour Exhibition Center" },
  ],
};

export const COUNTRY_OFFICES: NameRule = {
  id: "country-offices",
  what: "A body's acronym right before a country's name, written as a name that ends there ('UNICEF Tinland launched …', 'with support from IOM Tinland.'), names the body's office in that country: an ORGANIZATION named as written, part of the body, and the country inside it is no actor (countryOffice.ts). A lowercase noun after the two words makes them a compound modifier ('the EU Tinland statement'); a capitalised word goes on into a title ('UNHCR Tinland Fact Sheet'); a possessive may be the state's ('UNHCR Tinland's refugees'); a list may share the acronym ('IOM Tinland and Mali'). In those the mention stays the body's. A body acting in a place ('IOM in Tinland') and a list ('IOM, Tinland and Mali') name no office.",
  words: [],
  positive: [
    { text: "In 2012 UNICEF Philippines launched a campaign with IOM.", name: "UNICEF Philippines", kind: "ORGANIZATION", parentId: "org:unicef" },
    { text: "In Senegal, IOM Senegal has run the campaign since 2018.", name: "IOM Senegal", kind: "ORGANIZATION", parentId: "org:iom" },
    { text: "Returnees led their own community activities, with support from IOM Nigeria.", name: "IOM Nigeria", kind: "ORGANIZATION", parentId: "org:iom" },
    { text: "The shelter in Amman is run by UNHCR Jordan, which also registers new arrivals.", name: "UNHCR Jordan", kind: "ORGANIZATION", parentId: "org:unhcr" },
    // A list of the one body's offices, each named in full.
    { text: "The plan was signed by IOM Senegal and IOM Mali in Dakar.", name: "IOM Senegal", kind: "ORGANIZATION", parentId: "org:iom" },
    { text: "The plan was signed by IOM Senegal and IOM Mali in Dakar.", name: "IOM Mali", kind: "ORGANIZATION", parentId: "org:iom" },
    // A body whose acronym the page defines.
    { text: "The Harbour Workers Alliance (HWA) met in Accra. HWA Ghana signed the charter with the ministry.", name: "HWA Ghana", kind: "ORGANIZATION", parentId: "org:harbour-workers-alliance" },
  ],
  negative: [
    { text: "In 2012 UNICEF Philippines launched a campaign with IOM.", name: "Philippines" },
    { text: "Arrivals fell after the EU Turkey statement of March 2016.", name: "EU Turkey" },
    { text: "The IOM in Senegal said the campaign would go on.", name: "IOM in Senegal" },
    { text: "The plan was signed by IOM, Senegal and Mali.", name: "IOM, Senegal" },
    { text: "The figures come from the UNHCR Jordan Fact Sheet of May 2023.", name: "UNHCR Jordan Fact Sheet" },
    { text: "The figures come from the UNHCR Jordan Fact Sheet of May 2023.", name: "UNHCR Jordan" },
    { text: "UNHCR Jordan's refugees said they could not find work.", name: "UNHCR Jordan" },
    { text: "The project is run by IOM Senegal and Mali with the ministries.", name: "IOM Senegal" },
    { text: "The IOM Council met in Geneva.", name: "IOM Council", notKind: "ORGANIZATION" },
  ],
};

export const OWNER_PREFIX: NameRule = {
  id: "owner-prefix",
  what: "A name written both with its owner's name before it ('the ILO Coastal Work Agenda') and without ('the Coastal Work Agenda') is one entity when that owner is the only one the name is written with, and no other agency's chapter uses the bare name. Sub-units fold the same way ('the IMO Port Safety Committee' / 'the Port Safety Committee').",
  words: [],
  positive: [
    { text: "The ILO Coastal Work Agenda guides it. The Coastal Work Agenda has four pillars.", name: "ILO Coastal Work Agenda", kind: "INITIATIVE" },
    { text: "The Port Safety Committee of IMO met. The Port Safety Committee agreed.", name: "IMO Port Safety Committee", kind: "ORGANIZATION", parentId: "org:imo" },
  ],
  // The folding is identity, not recognition: test/unit/ownerFold.test.ts checks one id per name and no fold across two owners.
  negative: [],
};

export const MEETINGS: NameRule = {
  id: "meetings",
  what: "A dated or numbered meeting of a standing forum is a FORUM event with year and parent: 'the 7th meeting of the X Process', 'the 2010 Forum', 'the fourth GFMD'.",
  // The counted sitting nouns, and what a numbered meeting of a named series is also called: "the 7th meetings of", "the fourth Forum of", "the Sixth Ministerial of", "the 5th edition of".
  words: [...COUNTED_NOUNS, "meetings", "forum", "ministerial", "edition"],
  positive: [
    { text: "The 7th Ministerial Conference of the Bali Process was held in Bali in 2018.", name: "Bali Process 2018", kind: "FORUM", parentId: "forum:bali-process", year: 2018 },
    { text: "The 21st technical meeting of the Colombo Process took place in Colombo.", name: "21st technical meeting of the Colombo Process", kind: "FORUM", parentId: "forum:colombo-process" },
    { text: "Nepal invited the members to Kathmandu for the Sixth Ministerial Consultation of the Colombo Process.", name: "Sixth Ministerial Consultation of the Colombo Process", kind: "FORUM", parentId: "forum:colombo-process" },
    { text: "The Global Forum on Migration and Development met again. The 2010 Forum was held in Mexico.", name: "GFMD 2010", kind: "FORUM", parentId: "forum:gfmd", year: 2010 },
    { text: "Delegates prepared the fourth GFMD together.", name: "GFMD 2010", kind: "FORUM", parentId: "forum:gfmd", year: 2010 },
    { text: "The ninety-eighth session of the International Labour Conference in 2009 adopted it.", name: "ILC 2009", kind: "FORUM", parentId: "forum:ilc", year: 2009 },
    { text: "Ministers met at the 5th Coastal Ministerial Conference on Mobility in Tunis.", name: "5th Coastal Ministerial Conference on Mobility", kind: "FORUM", parentId: "forum:coastal-ministerial-conference-on-mobility" },
  ],
  negative: [
    { text: "The Bali Process has met since 2002.", name: "Bali Process 2002" },
    { text: "The fifty-fifth session of the CSW in 2011 met.", name: "fifth session of the CSW" },
  ],
};

export const OWNED_PARTS: NameRule = {
  id: "owned-parts",
  what: "A part (branch, division, unit…) named after '<Body> branches/divisions…' in its sentence ('two ILO branches, the Coastal Labour Branch and …') is that body's part; without a stated body such a part is no entity of its own.",
  words: "branches divisions units sections departments offices".split(" "),
  positive: [
    { text: "The work is shared by two ILO branches, the Coastal Labour Branch and the Fisheries Work Branch.", name: "ILO Coastal Labour Branch", kind: "ORGANIZATION", parentId: "org:ilo" },
    { text: "Three UNICEF divisions: the Coastal Data Division, the Port Supply Division and the Fisheries Division.", name: "UNICEF Port Supply Division", kind: "ORGANIZATION", parentId: "org:unicef" },
  ],
  negative: [
    { text: "The Coastal Labour Branch drafted it.", name: "Coastal Labour Branch" },
    { text: "The ILO. Many branches exist, and the Coastal Labour Branch drafted it.", name: "ILO Coastal Labour Branch" },
  ],
};

export const JOINT_BODY: NameRule = {
  id: "joint-body",
  what: "A body named 'of A and B' after its head belongs to both; it is not read as a part of A alone (openSetNames.ts).",
  words: [],
  positive: [{ text: "The Harbour Safety Unit of the ILO drafted it.", name: "ILO Harbour Safety Unit", kind: "ORGANIZATION", parentId: "org:ilo" }],
  negative: [{ text: "Since 2009 the Experts Harbour Committee of UNESCO and UN-Habitat has met yearly.", name: "UNESCO Experts Harbour Committee" }],
};
