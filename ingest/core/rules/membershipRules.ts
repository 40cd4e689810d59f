import type { RelationRule } from "./RelationRule.js";
import { COUNT_WORD } from "../numberWords.js";
import { MEMBER_STATES_LISTED, OTHER_ROLES, OWN_MEMBER_LIST_RULES } from "./ownMemberListRules.js";
import { MEMBER_CLASS_WORD, TIME_ADJUNCTS } from "./timeAdjuncts.js";

const ICMPD = "How the membership of ICMPD grew, 1993 to 2024\n\nThe International Centre for Migration Policy Development (ICMPD) was founded in 1993 by two states.\n\n";

export const MEMBERSHIP_RULES: RelationRule[] = [
  {
    // Membership of a forum or of an organization, told apart by the object's kind (pairs). "join" is left out for an
    // organization: "Kenya joined IOM in calling for" is company, not membership; so is "participating countries in".
    id: "member-of",
    type: "MEMBER_OF",
    trigger: "member of / member state|country of / full|associate|founding member of / join / belong to / participating state|states|country|countries of|in",
    shape: "subject-first",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM", "ORGANIZATION"],
    pairs: [
      { subjects: ["ORGANIZATION", "COUNTRY"], objects: ["FORUM"], confidence: 0.85 },
      { subjects: ["COUNTRY", "ORGANIZATION"], objects: ["ORGANIZATION"], notTriggeredBy: "join|participate|participating", confidence: 0.8 },
    ],
    objectWithin: 12,
    confidence: 0.85,
    examples: {
      positive: [
        // A second object repeating the preposition ("of X and of Y").
        { text: "Ghana is a member of the Bali Process and of the Colombo Process.", expect: ["ctry:gh", "forum:colombo-process"] },
        // The preposition said again after a comma alone: "of X, of Y and of Z".
        { text: "Nepal is a member of the Colombo Process, of the Bali Process and of the Abu Dhabi Dialogue.", expect: ["ctry:np", "forum:bali-process"] },
        // An acronym in brackets closes the first object before the preposition is said again.
        { text: "Ghana is a member of the Global Migration Group (GMG) and of the Colombo Process.", expect: ["ctry:gh", "forum:colombo-process"] },
        { text: "IOM is a founding member of the GMG.", expect: ["org:iom", "forum:gmg"] },
        { text: "Morocco joined the Rabat Process in 2006.", expect: ["ctry:ma", "forum:rabat-process"] },
        { text: "Japan and Nepal are participating States of the Bali Process.", expect: ["ctry:np", "forum:bali-process"] },
        { text: "Kenya is a member state of the Intergovernmental Authority on Development.", expect: ["ctry:ke", "org:igad"] },
        { text: "Ghana and Senegal belong to ECOWAS.", expect: ["ctry:sn", "org:ecowas"] },
        { text: "Haiti became a full member of the Caribbean Community in 2002.", expect: ["ctry:ht", "org:caricom"] },
        { text: "Nepal was elected a full member of the Bali Process in 2009.", expect: ["ctry:np", "forum:bali-process"] },
        // A body belongs to a network of bodies.
        { text: "ICMC, a Switzerland-based commission, is a full member of the Migrant Forum in Asia.", expect: ["org:icmc", "org:migrant-forum-in-asia"] },
        // The forum pairing reads the trigger words the organization pairing brought.
        { text: "Sri Lanka is a founding member state of the Colombo Process.", expect: ["ctry:lk", "forum:colombo-process"] },
      ],
      negative: [
        { text: "IOM sent a letter to all members of the GMG.", expect: ["org:iom", "forum:gmg"] },
        // After a comma, "in" adds a place or a time to the item before, no item of the list.
        { text: "Ghana is a member of the Rabat Process, in the Euro-African dialogue with the Khartoum Process.", expect: ["ctry:gh", "forum:khartoum-process"] },
        { text: "UNHCR is not a member of the Colombo Process.", expect: ["org:unhcr", "forum:colombo-process"] },
        { text: "Kenya joined IOM in calling for safer labour migration.", expect: ["ctry:ke", "org:iom"] },
        { text: "Kenya is not a member of the Southern African Development Community.", expect: ["ctry:ke", "org:sadc"] },
        { text: "Kenya wrote to every member state of IGAD.", expect: ["ctry:ke", "org:igad"] },
        // The second name after the bracket is no second object: it is the object of another verb.
        { text: "Ghana is a member of the Global Migration Group (GMG) and wrote to the Colombo Process.", expect: ["ctry:gh", "forum:colombo-process"] },
        // Members as the object of another verb are who the subject acts on, not what it is.
        { text: "UNHCR assists the member countries of the Colombo Process with their plans.", expect: ["org:unhcr", "forum:colombo-process"] },
        { text: "The ILO advises the member states of ECOWAS on labour inspection.", expect: ["org:ilo", "org:ecowas"] },
        // The state in an apposition only says where the member is based.
        { text: "ICMC, a Switzerland-based commission, is a full member of the Migrant Forum in Asia.", expect: ["ctry:ch", "org:migrant-forum-in-asia"] },
      ],
    },
  },
  {
    id: "membership-list",
    type: "MEMBER_OF",
    trigger: `comprise / consist of / compose of / make up of / include / bring together / gather / unite / group together / member|membership|participant be|include|comprise|:|namely / members|participants among them|whom|including / ${MEMBER_STATES_LISTED}`,
    objectWithin: 30,
    // "Its observers include UNHCR": the list names another role.
    // A troika or bureau is the forum's past, present and next chairs, not its membership; a meeting's list is of who came.
    blockedBy: `${OTHER_ROLES}|troikas?|bureaus?`,
    qualified: [{ words: "meeting|meetings|conference|session|summit|workshop|consultation|participants", objects: ["FORUM"], type: "PARTICIPATES_IN" }],
    shape: "object-first",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    confidence: 0.8,
    examples: {
      positive: [
        { text: "The Budapest Process comprises Turkey, Hungary and Bulgaria.", expect: ["ctry:bg", "forum:budapest-process"] },
        { text: "The Colombo Process is a group consisting of Sri Lanka, Nepal and India.", expect: ["ctry:np", "forum:colombo-process"] },
        { text: "The GMG brings together UNFPA, UNICEF and UNHCR.", expect: ["org:unicef", "forum:gmg"] },
        { text: "The report lists the 16 GMG members, namely, ILO, IOM and UNDP.", expect: ["org:iom", "forum:gmg"] },
        { text: "The Rabat Process was launched in 2006. Its members are: Morocco, Senegal and Spain.", expect: ["ctry:sn", "forum:rabat-process"] },
        { text: "The Rabat Process now counts 57 members, among them Morocco, Senegal and Spain.", expect: ["ctry:sn", "forum:rabat-process"] },
        { text: "The Colombo Process currently has 12 member states, including Nepal and Cambodia.", expect: ["ctry:kh", "forum:colombo-process"] },
        { text: "The Abu Dhabi Dialogue has 18 member countries, among them Kuwait and Nepal.", expect: ["ctry:np", "forum:abu-dhabi-dialogue"] },
        // A role or an acronym in brackets closes an item, not the list.
        { text: "The GMG comprises the following agencies: UNDP (co-Chair), IOM (co-Chair), the Office for the Coordination of Humanitarian Affairs (OCHA), UNICEF and UNHCR.", expect: ["org:unhcr", "forum:gmg"] },
        // A counted class, qualified by a body's name, announces the list; a second counted class goes on with it.
        { text: "The Steering Committee of the Budapest Process meets twice a year. In 2018 the Committee was made up of three EU Member States, Hungary, Poland and Austria, and two other countries, Turkey and Georgia.", expect: ["ctry:at", "forum:steering-committee-of-the-budapest-process"] },
        { text: "The Steering Committee of the Budapest Process meets twice a year. In 2018 the Committee was made up of three EU Member States, Hungary, Poland and Austria, and two other countries, Turkey and Georgia.", expect: ["ctry:ge", "forum:steering-committee-of-the-budapest-process"] },
        // Dashes may set the counted class's list off instead of commas.
        { text: "Since 2017 the Almaty Process has brought together six states — Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and Afghanistan — along with three observers: IOM, UNHCR and UNODC.", expect: ["ctry:tj", "forum:almaty-process"] },
      ],
      negative: [
        { text: "The GMG should include UNHCR.", expect: ["org:unhcr", "forum:gmg"] },
        { text: "The GFMD 2011 agenda included a session on remittances with IOM.", expect: ["org:iom", "forum:gfmd-2011"] },
        { text: "The Bali Process was founded in 2002. Its observers include UNHCR and the ILO.", expect: ["org:unhcr", "forum:bali-process"] },
        { text: "Observers at the Bali Process include UNHCR and the ILO.", expect: ["org:unhcr", "forum:bali-process"] },
        { text: "The troika of the Rabat Process comprised Senegal, Morocco and Spain.", expect: ["ctry:sn", "forum:rabat-process"] },
        { text: "The 2015 meeting of the Rabat Process brought together Senegal, Morocco and Spain.", expect: ["ctry:sn", "forum:rabat-process"] },
        // The body that qualifies the counted class is no member.
        { text: "The Steering Committee of the Budapest Process meets twice a year. In 2018 the Committee was made up of three EU Member States, Hungary, Poland and Austria.", expect: ["org:european-union", "forum:steering-committee-of-the-budapest-process"] },
        // The observers after a dashed list hold another role.
        { text: "Since 2017 the Almaty Process has brought together six states — Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and Afghanistan — along with three observers: IOM, UNHCR and UNODC.", expect: ["org:unodc", "forum:almaty-process"] },
        // What follows the list after "and" without a counted class is another clause.
        { text: "The Steering Committee of the Budapest Process meets twice a year. In 2018 the Committee was made up of three EU Member States, Hungary, Poland and Austria, and two weeks later Turkey and Georgia asked to join.", expect: ["ctry:ge", "forum:steering-committee-of-the-budapest-process"] },
      ],
    },
  },
  {
    // The membership named as a whole, in apposition or after a copula: "Oman, Qatar and Kuwait, the full membership of
    // the Council", "A and B are the whole membership of X". Only where the gap is that apposition or copula: "Kenya applied
    // for membership of IGAD", "Kenya, whose membership of IGAD lapsed," name no member.
    id: "membership-apposition",
    type: "MEMBER_OF",
    trigger: "membership of",
    shape: "subject-first",
    subjectGap: "^\\s*(?:,|,?\\s*(?:are|were|make up|made up|form|formed|constitute|constituted))\\s+(?:the|its|their)\\s+(?:(?:full|whole|entire|complete|original|founding|present|current)\\s+)?$",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM", "ORGANIZATION"],
    objectWithin: 12,
    confidence: 0.8,
    examples: {
      positive: [
        { text: "The talks in Doha brought together Oman, Qatar and Kuwait, the full membership of the Gulf Cooperation Council.", expect: ["ctry:qa", "org:gcc"] },
        { text: "Japan, Nepal and Turkey were the original membership of the Bali Process.", expect: ["ctry:np", "forum:bali-process"] },
      ],
      negative: [
        { text: "Kenya applied for membership of the Intergovernmental Authority on Development in 1996.", expect: ["ctry:ke", "org:igad"] },
        { text: "Kenya, whose membership of the Intergovernmental Authority on Development lapsed, sent no delegate.", expect: ["ctry:ke", "org:igad"] },
        { text: "Japan discussed the membership of the Bali Process with Nepal.", expect: ["ctry:jp", "forum:bali-process"] },
      ],
    },
  },
  {
    // The members named as a counted class in apposition: "Laos, Cambodia and Vietnam, the three countries that make up
    // the Mekong Forum". Only the class of states, its count and a relative pronoun stand in the gap: "Laos, a country
    // that borders the Mekong Forum's members", "the two states that left X" name no member.
    id: "membership-apposition-class",
    type: "MEMBER_OF",
    trigger: "make up / form / constitute / compose / belong to",
    shape: "subject-first",
    subjectGap: `^\\s*,\\s+(?:the|all)\\s+(?:same\\s+)?(?:(?:${COUNT_WORD}|\\d+)\\s+)?(?:countries|states|member states|nations|governments)\\s+(?:that|which)\\s+(?:together\\s+|now\\s+|still\\s+)?$`,
    subjects: ["COUNTRY"],
    objects: ["FORUM", "ORGANIZATION"],
    objectWithin: 12,
    confidence: 0.8,
    examples: {
      positive: [
        { text: "The ministers of Benin, Togo and Ghana, the three states that make up the Gulf of Guinea Labour Forum, met in Lome.", expect: ["ctry:tg", "forum:gulf-of-guinea-labour-forum"] },
        { text: "At the meeting Ghana, Togo and Benin, the same three countries that form the Volta Migration Forum, agreed a text.", expect: ["ctry:tg", "forum:volta-migration-forum"] },
        { text: "The talks gathered Kenya, Uganda and Djibouti, all countries that belong to the Intergovernmental Authority on Development.", expect: ["ctry:dj", "org:igad"] },
      ],
      negative: [
        { text: "Eritrea and Ethiopia, the two states that left the Intergovernmental Authority on Development in turn, were absent.", expect: ["ctry:er", "org:igad"] },
        { text: "Morocco and Tunisia, two neighbours that form a bloc with the Arab Maghreb Union on trade, met in Rabat.", expect: ["ctry:tn", "org:arab-maghreb-union"] },
        { text: "Senegal and Gambia, the two countries that should form the Senegambia Forum, met in Dakar.", expect: ["ctry:gm", "forum:senegambia-forum"] },
      ],
    },
  },
  ...OWN_MEMBER_LIST_RULES,
  {
    // "Nepal became a member in 2010", "Cambodia was admitted as a member": of the forum the sentence or page is about.
    id: "member-implicit",
    type: "MEMBER_OF",
    trigger: "become member / admit as member / welcome as member / join as member",
    shape: "subject-first",
    passive: false,
    implicitObject: true,
    // "became a member of the United Nations": a body named after it is the one joined, even when no forum.
    notFollowedBy: "^\\s+(?:of|to)\\b|^\\s+in\\s+(?:the\\s+)?[A-Z]",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 12,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The Bali Process was founded in 2002. Nepal became a member in 2010.", expect: ["ctry:np", "forum:bali-process"] },
        { text: "The Bali Process was founded in 2002. In 2010 Nepal was admitted as a member.", expect: ["ctry:np", "forum:bali-process"] },
        { text: "The Bali Process was founded in 2002. Nepal was welcomed as the twelfth member in 2010.", expect: ["ctry:np", "forum:bali-process"] },
      ],
      negative: [
        { text: "The Bali Process was founded in 2002. Nepal hopes to become a member.", expect: ["ctry:np", "forum:bali-process"] },
        { text: "The Bali Process was founded in 2002. Nepal became a member of the United Nations in 1955.", expect: ["ctry:np", "forum:bali-process"] },
      ],
    },
  },
  {
    // "Hungary joined in 1995.", "The Czech Republic became a member in 2001." under "ICMPD: how the membership grew" or
    // a heading naming the body: with no object written, what was joined is the body the section's heading or the page's
    // title names (titledObject), never one named in passing. Only a date or a time adverb, then the end of the clause,
    // may follow: "joined as an observer", "joined the talks", "joined UNHCR in calling for" are other acts or objects.
    id: "member-joined-titled",
    type: "MEMBER_OF",
    trigger: "join|rejoin / become member / admit as member / welcome as member / join as member",
    notFollowedBy: `^(?!${MEMBER_CLASS_WORD}${TIME_ADJUNCTS}\\s*(?:[,.;)]|$|(?:and|but|while|whereas)\\b))`,
    shape: "subject-first",
    passive: false,
    implicitObject: true,
    titledObject: true,
    subjectOpensClause: true,
    verbal: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM", "ORGANIZATION"],
    objectWithin: 8,
    confidence: 0.7,
    examples: {
      positive: [
        { text: `${ICMPD}1995-1998: first growth\n- Hungary joined in 1995.\n- Slovenia joined in 1998.\n`, expect: ["ctry:hu", "org:icmpd"] },
        { text: `${ICMPD}The enlargement years\n- The Czech Republic became a member in 2001.\n- Sweden joined in 2002.\n`, expect: ["ctry:cz", "org:icmpd"] },
        { text: `${ICMPD}2018-2021\nGreece became the nineteenth member in October 2021. Türkiye became the seventeenth member state in May 2018.\n`, expect: ["ctry:gr", "org:icmpd"] },
        { text: `${ICMPD}2018-2021\nGreece became the nineteenth member in October 2021. Türkiye became the seventeenth member state in May 2018.\n`, expect: ["ctry:tr", "org:icmpd"] },
        // A heading naming the body over the rows, on a page about something else.
        { text: "Regional bodies of the Horn of Africa\n\nSeveral bodies work on mobility in the region.\n\nThe Intergovernmental Authority on Development\nEritrea joined in 1993, and Djibouti rejoined later.\n", expect: ["ctry:er", "org:igad"] },
        { text: "Who takes part in the Bali Process today\n\nThe Bali Process was founded in 2002.\n\nGrowth\nNauru joined in 2004, and Fiji was admitted as a member in 2009.\n", expect: ["ctry:nr", "forum:bali-process"] },
      ],
      negative: [
        // Not (yet) done, undone, or another role.
        { text: `${ICMPD}Outlook\nNorway will join in 2026. Denmark applied to join in 2019.\n`, expect: ["ctry:no", "org:icmpd"] },
        { text: `${ICMPD}Outlook\nNorway will join in 2026. Denmark applied to join in 2019.\n`, expect: ["ctry:dk", "org:icmpd"] },
        { text: `${ICMPD}Not members\nItaly has not joined. Kosovo is not a member either.\n`, expect: ["ctry:it", "org:icmpd"] },
        { text: `${ICMPD}Observers\nBelgium joined as an observer in 2010.\n`, expect: ["ctry:be", "org:icmpd"] },
        { text: `${ICMPD}Departures\nHungary left in 2015.\n`, expect: ["ctry:hu", "org:icmpd"] },
        // What was joined is written: another body, or a campaign.
        { text: `${ICMPD}Other fora\nIn 2004 Greece joined the Budapest Process.\n`, expect: ["ctry:gr", "org:icmpd"] },
        { text: `${ICMPD}Campaigns\nIn 2004 Greece joined in calling for safe routes.\n`, expect: ["ctry:gr", "org:icmpd"] },
        // A heading naming another body: its rows are that body's.
        { text: `${ICMPD}The Intergovernmental Authority on Development\nEritrea joined in 1993.\n`, expect: ["ctry:er", "org:icmpd"] },
        // On a treaty's page joining is acceding, which this reading does not tell.
        { text: "ECOWAS and the Free Movement Protocol: who is bound\n\nThe Protocol relating to Free Movement of Persons, Residence and Establishment was signed in 1979.\n\nLater parties\nCabo Verde joined in 1982.\n", expect: ["ctry:cv", "org:ecowas"] },
        // A title naming no body: nothing is known to have been joined.
        { text: "Who joined when\n\nThe page lists accessions.\n\nEarly years\nHungary joined in 1995.\n", expect: ["ctry:hu", "org:icmpd"] },
      ],
    },
  },
  {
    // A counted class of a body's members, then the members in apposition: "the four governments of the Visegrad
    // Group, A, B, C and D, refused". Only a count, the class and the body's name before the comma open the list.
    id: "counted-members-apposed",
    type: "MEMBER_OF",
    trigger: `${COUNT_WORD} government|governments|country|countries|state|states|member|members of / ${COUNT_WORD} member state|states|country|countries of`,
    shape: "list-after",
    listCue: "^\\s*(?:the\\s+)?[A-Z][^,;.()]{2,60},\\s*",
    countedList: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM", "ORGANIZATION"],
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The three governments of the Bali Process, Japan, Nepal and Turkey, wrote a joint letter.", expect: ["ctry:np", "forum:bali-process"] },
        { text: "Ministers from the two countries of the Colombo Process, Nepal and Sri Lanka, met in Kathmandu.", expect: ["ctry:lk", "forum:colombo-process"] },
      ],
      negative: [
        // No count: the governments of the body and two more states.
        { text: "The governments of the Bali Process, Japan and Nepal wrote a joint letter.", expect: ["ctry:np", "forum:bali-process"] },
        // More states than the count: the list runs past the members into others named with them.
        { text: "The two governments of the Colombo Process, Nepal and Sri Lanka, and Malaysia and Japan signed a joint letter.", expect: ["ctry:jp", "forum:colombo-process"] },
        // The body's name closes its phrase at no comma: what follows is no apposition of its members.
        { text: "The three governments of the Bali Process met Japan and Nepal in Bangkok.", expect: ["ctry:np", "forum:bali-process"] },
      ],
    },
  },
  {
    id: "participating-states-listed",
    type: "MEMBER_OF",
    trigger: "participating state|states|country|countries|government|governments / member state|states|country|countries",
    shape: "list-after",
    // "Member State events …, including the General Assembly": only a stated list opens it.
    listCue: "^[^.;]{0,40}?(?::|\\b(?:are|were|include|includes|comprise|comprises)\\b)",
    implicitObject: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The participating States of the Bali Process are Japan, Nepal and Turkey.", expect: ["ctry:np", "forum:bali-process"] },
        { text: "The Budapest Process was set up in 1993. Participating states include Hungary, Turkey and Bulgaria.", expect: ["ctry:bg", "forum:budapest-process"] },
      ],
      negative: [
        { text: "The participating States of the Bali Process may include Japan, Nepal and Turkey.", expect: ["ctry:np", "forum:bali-process"] },
        { text: "The Bali Process report informed other Member State events in 2011, including the Colombo Process meeting in Nepal.", expect: ["ctry:np", "forum:bali-process"] },
      ],
    },
  },
];
