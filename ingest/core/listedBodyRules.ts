import type { NameRule } from "./NameRule.js";

/**
 * Readings of bodies no catalog lists, read from where the page puts them rather than from a head noun alone
 * (nameTrim.ts, listedActor.ts, nameCandidate.ts). Examples use invented names so that the catalog cannot find them.
 */

export const GERUND_COMPLEMENT: NameRule = {
  id: "gerund-complement",
  what: "'in' after a word in -ing is that word's complement, not a venue, unless what follows is a known place: 'Working Group on Trafficking in Persons' is one name; 'Workshop on Data Sharing in Nairobi' met in Nairobi.",
  words: [],
  positive: [
    { text: "Australia co-chairs the Working Group on Trafficking in Persons.", name: "Working Group on Trafficking in Persons", kind: "FORUM" },
    { text: "The Coastal Task Force on Smuggling in Migrants met twice.", name: "Coastal Task Force on Smuggling in Migrants", kind: "FORUM" },
  ],
  negative: [
    { text: "The Regional Workshop on Data Sharing in Nairobi was opened by Kenya.", name: "Regional Workshop on Data Sharing in Nairobi" },
    { text: "Australia co-chairs the Working Group on Trafficking in Persons.", name: "Working Group on Trafficking" },
  ],
};

export const LISTED_ACTORS: NameRule = {
  id: "listed-actors",
  what: "One capitalised word no rule names is an organization when a list puts it beside organizations and beside nothing else ('funded by STATMARK, the OECD and UNICEF'), when it is written as no common word is (all capitals, or a capital inside it: 'InterAction'); a place, a month, a function word, a common word opening the sentence ('Together, IOM and …'), a word listed beside states, a word after a year ('the 2009 HDR', an edition), one half of a slash compound ('SU/SSC') and a word modifying a common noun after it ('TIDEWATCH partner page for UNICEF', a page) are not (listedActor.ts).",
  words: [],
  positive: [
    { text: "The Coastal Data Project is funded by STATMARK, the OECD and UNICEF.", name: "STATMARK", kind: "ORGANIZATION" },
    { text: "The MIEUX Fund is run by the Centre for Coastal Studies of the University of Ghana, FILAMENT and ICMC Europe.", name: "FILAMENT", kind: "ORGANIZATION" },
    { text: "Since 2019 UNHCR and InterLink have trained coastal guards.", name: "InterLink", kind: "ORGANIZATION" },
    { text: "Boats were given by UNICEF and SEAMARK to the harbour towns.", name: "SEAMARK", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Together, UNICEF and IOM run the Coastal Data Project.", name: "Together" },
    { text: "In Tinland, Senegal and IOM work together on returns.", name: "Tinland" },
    { text: "In May, UNICEF and IOM met in Dakar.", name: "May" },
    { text: "Funding came from UNICEF and Rivera's own savings.", name: "Rivera" },
    // A word written as any word is may be a title's word, a place or a person in a list of references.
    { text: "See the Coastal Report by UNICEF, Oxford and the OECD.", name: "Oxford" },
    { text: "Present were the European Commission; Members of the Coastal Parliament; and IOM.", name: "Members" },
    { text: "Each of them works with the Commission, UNICEF and the member states.", name: "Commission" },
    { text: "The plan would encourage investment in Africa and the OECD area, UNICEF said.", name: "Africa" },
    { text: "Seed money came from UNICEF, EUR 5 million in all.", name: "EUR" },
    // A year before the word dates an edition of a report or a meeting; a slash makes it part of a compound name.
    { text: "In follow-up to the 2009 GMR, UNICEF has drafted a note.", name: "GMR" },
    { text: "UNICEF worked with the UN SU/SSX and ILO on the survey.", name: "SSX" },
    // A word that modifies a common noun after it names a page, a course or a report, not a listed body.
    { text: "Sources: annual reports of UNICEF; TIDEWATCH partner page for UNICEF; OSLOMET course notes on IOM.", name: "TIDEWATCH" },
    { text: "Sources: annual reports of UNICEF; TIDEWATCH partner page for UNICEF; OSLOMET course notes on IOM.", name: "OSLOMET" },
    // A comma list inside a name that reads as one stays whole; only a phrase that reads as no name and ends on a body
    // read after its comma is cut into items (openSetNames.ts).
    { text: "The project works with the Ministry of Labour, Invalids and Social Affairs of Viet Nam and ICMC Europe.", name: "Ministry of Labour" },
  ],
};

export const LISTED_DEFINITIONS: NameRule = {
  id: "listed-definitions",
  what: "A name the page defines with an acronym its initials spell, but whose words name no kind ('Expertise France (EF)', 'United Cities and Local Governments (UCLG)'), takes the kind of the names listed right beside it when they are all organizations or all programmes; with no list around it, the field label opening its line ('Partners:', 'Programme:'), a class noun in apposition before it ('a separate project, X (ACR)') or 'run by' before it says it. Beside a state or names of two kinds, a plural acronym ('NCPs'), one name after a bare comma (an affiliation: 'Maria Lopez (ML), UNICEF'), a possessor after the comma (an apposition: 'X (ACR), IOM's system') or no cue at all leave it unread; a state whose name the acronym spells is a word of the name (listedDefinitions.ts).",
  words: [],
  positive: [
    { text: "Implementing partners: the GIZ, Expertise Ghana (EG), the Spanish Agency for International Development Cooperation (AECID), Harbour Interchurch Aid (HIA)\nDonors: the European Union", name: "Harbour Interchurch Aid", kind: "ORGANIZATION" },
    { text: "Implementing partners: the GIZ, Expertise Ghana (EG), the Spanish Agency for International Development Cooperation (AECID)", name: "Expertise Ghana", kind: "ORGANIZATION" },
    { text: "Partners: Coastal Cities and Local Governments (CCLG); UN-Habitat", name: "Coastal Cities and Local Governments", kind: "ORGANIZATION" },
    { text: "Funds: Asylum, Migration and Integration Fund (AMIF); Reef Border and Visa Instrument (RBVI)", name: "Reef Border and Visa Instrument", kind: "INITIATIVE" },
    { text: "The card scheme is run by Pacific Rim Economic Cooperation (PREC) and looked after by its secretariat.", name: "Pacific Rim Economic Cooperation", kind: "ORGANIZATION" },
    { text: "A separate project, Pacific Skills for Fiji (PS4F), was launched in Samoa on 4 November 2024.", name: "Pacific Skills for Fiji", kind: "INITIATIVE" },
    { text: "Lead organisation: the ICMPD\nPartners: Coastal Cities and Local Governments (CCLG)", name: "Coastal Cities and Local Governments", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Speakers: Maria Lopez (ML), UNICEF", name: "Maria Lopez" },
    { text: "Name: Reef Cities and Local Governments (RCLG)", name: "Reef Cities and Local Governments" },
    { text: "Structure: a Steering Board, National Contact Points (NCPs), and a support service.", name: "National Contact Points" },
    { text: "The survey covered Ghana, Coastal Harbour Watch (CHW) and Togo.", name: "Coastal Harbour Watch" },
    { text: "Part of: the Reef Tracking Matrix (RTM), IOM's system for tracking boats.", name: "Reef Tracking Matrix" },
    { text: "The Commission endorsed the Harbour Recommendations on Boat Statistics (HRBS).", name: "Harbour Recommendations on Boat Statistics" },
    { text: "Present were UNICEF, Coastal Harbour Watch (CHW) and the Colombo Process.", name: "Coastal Harbour Watch" },
  ],
};

export const POSSESSED_GOVERNING_BODY: NameRule = {
  id: "possessed-governing-body",
  what: "'the Process's Steering Committee', 'the Dialogue's Advisory Committee': a governing body whose possessor is the head word of the one forum or programme the passage named before is that forum's body, named whole and PART_OF it; with no such forum, or two, it is nobody's (governingBody.ts).",
  words: [],
  positive: [
    { text: "The Coastal Fisheries Process met in Accra. The Process's Steering Committee was chaired by Togo.", name: "Steering Committee of the Coastal Fisheries Process", kind: "FORUM" },
  ],
  negative: [
    { text: "The Coastal Fisheries Process and the Harbour Fisheries Process met in Accra. The Process's Steering Committee was chaired by Togo.", name: "Steering Committee of the Coastal Fisheries Process" },
    { text: "The Process's Steering Committee was chaired by Togo.", name: "Steering Committee of the Process" },
  ],
};

export const POSSESSIVE_ACRONYM_OWNER: NameRule = {
  id: "possessive-acronym-owner",
  what: "'The Harbour Department of Coastal Affairs (HDCA) … the HDCA's Peace and Mobility Division': an acronym the page defined owns the part its possessive names, also in the passage that defines it; an acronym nobody defined owns nothing (nameCandidate.ts).",
  words: [],
  positive: [
    { text: "The Harbour Department of Coastal Affairs (HDCA) coordinates the partnership. The HDCA's Peace and Mobility Division leads the Alpine Dialogue Project.", name: "HDCA Peace and Mobility Division", kind: "ORGANIZATION", parentId: "org:harbour-department-of-coastal-affairs" },
  ],
  negative: [
    { text: "The HDCA's Peace and Mobility Division leads the Alpine Dialogue Project.", name: "HDCA Peace and Mobility Division" },
  ],
};

export const LISTED_NAMES: NameRule = {
  id: "listed-names",
  what: "A capitalised name no rule reads and no word of which says a kind ('Statmarket', 'Tidewater Hope', 'Lake Winds Japan') is an organization when a list puts it among organizations and among nothing else: a name of several words needs one organization in its list and three items or a join by 'and' (not a bare comma, an affiliation, nor a semicolon, which may end a clause); a single word written as any word is needs three organizations in its list. A list holding a state, a place, a person (a post right before or in apposition after the name anywhere on the page, or two or three words ending on one the English lexicon lacks: 'Maria Lopez'), a class of people (a demonym first, a plural common noun last), a single word the page writes after 'in', 'at' or 'near', a month, or a phrase the page also writes in lower case says nothing; nor do a list that opens on a title's complement ('Commissioner for Migration, Home Affairs and …'), names paired with bodies by commas inside semicolons ('Maria Lopez, UNICEF; …'), a name joined by 'and' to a run no rule read (one name may hold the 'and': 'Ministry of Labour and Vocational Training'), a place's geographic head ('Horn of Africa'), a short form the page defines in brackets, and a name read as another kind elsewhere on the page (listedNames.ts).",
  words: [],
  positive: [
    { text: "The Coastal Data Alliance's secretariat is made up of Statmarket, IOM, the OECD, UNHCR and UNICEF.", name: "Statmarket", kind: "ORGANIZATION" },
    { text: "The partners of the harbour plan were the WFP, Tidewater Hope, UNICEF and Lake Winds Japan.", name: "Tidewater Hope", kind: "ORGANIZATION" },
    { text: "The partners of the harbour plan were the WFP, Tidewater Hope, UNICEF and Lake Winds Japan.", name: "Lake Winds Japan", kind: "ORGANIZATION" },
    { text: "Partners: Ministry of Social Development (Work and Income); Orchard Growers New Zealand; UNICEF", name: "Orchard Growers New Zealand", kind: "ORGANIZATION" },
    { text: "The boat fund was set up by Harbour United and UNICEF in 2013.", name: "Harbour United", kind: "ORGANIZATION" },
  ],
  negative: [
    // A single word beside two organizations may be a place or a publisher in a list of references.
    { text: "See the Coastal Report by UNICEF, Oxford and the OECD.", name: "Oxford" },
    { text: "Speakers: Maria Lopez, UNICEF; Juan Perez, IOM.", name: "Juan Perez" },
    { text: "The meeting heard UNICEF, UNHCR and Tomas Bergmann, IOM's Director General.", name: "Tomas Bergmann" },
    { text: "EU foreign policy chief Federica Lindqvist and UNICEF met the boat owners in Brussels.", name: "Federica Lindqvist" },
    { text: "The European Commissioner for Migration, Home Affairs and Citizenship met UNICEF.", name: "Home Affairs" },
    { text: "Sources: UNICEF, DG Ports and Harbour Affairs, 'External aspects'.", name: "DG Ports" },
    { text: "UNFPA chairs the Tidewater Watch; UNICEF funds its boats.", name: "Tidewater Watch" },
    { text: "Co-hosts Canada, UNICEF and IOM opened the event.", name: "Co-hosts Canada" },
    { text: "The survey covered Ghana, Coastal Watch and UNICEF.", name: "Coastal Watch" },
    { text: "The Human Resources Service of Tinland (HRS Tinland) trains crews. Lobbying between UNICEF and HRS Tinland added two routes.", name: "HRS Tinland" },
    { text: "Boat Owners First, UNICEF and IOM met; boat owners first asked for loans.", name: "Boat Owners First" },
    // "and" after a title no rule read may go on inside that title.
    { text: "Officials of UNICEF, the Ministry of Ports and Coastal Training and IOM met.", name: "Coastal Training" },
    { text: "The Coastal Secretariat, UNICEF and the Horn of Tinland met.", name: "Horn of Tinland" },
    // People, classes of people and places listed with bodies: a family name the lexicon lacks, a demonym first, a
    // plural common noun last, a single word the page writes after "in".
    { text: "The report was written with UNICEF, IOM and Maria Lopez.", name: "Maria Lopez" },
    { text: "The report was written with UNICEF, IOM and Maria Lopez. Maria Lopez is a researcher at Oxford.", name: "Maria Lopez" },
    { text: "The panel brought together UNHCR, IOM and Filippo Grandi.", name: "Filippo Grandi" },
    { text: "Refugees in Kakuma get food. The shelter is run by UNHCR, IOM, UNICEF and Kakuma.", name: "Kakuma" },
    { text: "Grants went to UNICEF and Syrian Refugees.", name: "Syrian Refugees" },
    { text: "The centre works with UNHCR and Host Communities in Jordan.", name: "Host Communities" },
  ],
};
