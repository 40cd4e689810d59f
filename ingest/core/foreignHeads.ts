import type { EntityKind } from "../../src/ontology/ontology.js";
import type { NameRule } from "./NameRule.js";

/**
 * Names in French, Spanish or Portuguese put their head noun first ("Comité de Soutien aux Migrants", "Red de Casas
 * del Migrante"), where the English reading looks for it last. Read only when the English reading finds no head.
 */
export const FOREIGN_HEADS: NameRule<Record<Exclude<EntityKind, "COUNTRY">, string[]> & { open: string[] }> = {
  id: "foreign-heads",
  what: "A name in French, Spanish or Portuguese opening on a head noun ('Comité', 'Fondation', 'Groupement', 'Programa', 'Red', 'Foro') followed by one of that language's connectors ('de', 'des', 'del', 'pour', 'para', 'aux') takes the head's kind; heads that are no English word ('Fondation', 'Instituto', 'Comité') may also be followed by a capitalised word ('Fondation Orient-Occident'). 'Red', 'Plan', 'Mesa' or 'Centro' before a capitalised word is no head ('Red Sea').",
  words: {
    ORGANIZATION: "Facultad Faculté Faculdade Facoltà Universidad Universidade Università Université Universität Universiteit Stichting Verein Caritas Diakonie Fondazione Associazione Consiglio Ligue Servicio Servizio Comité Comite Fondation Fundación Fundacion Fundação Groupement Asociación Asociacion Associação Association Organisation Organización Organizacion Federación Fédération Confederación Confédération Instituto Institut Centro Centre Consejo Conseil Conselho Coordinadora Collectif Colectivo Sindicato Syndicat Unión Union Ministerio Ministère Secretaría Secrétariat Agencia Agence Oficina Alianza Alliance Front Frente Parti Partido Mouvement Movimiento".split(" "),
    INITIATIVE: "Programa Programme Proyecto Projet Projeto Iniciativa Plan Plataforma Plateforme Red Réseau Rede Observatorio Observatoire Fondo Fonds Estrategia Stratégie Campaña Campagne Mecanismo Mécanisme Marco Declaración Déclaration".split(" "),
    FORUM: "Foro Forum Diálogo Dialogue Conferencia Conférence Cumbre Sommet Consulta Reunión Encuentro Grupo Groupe Mesa".split(" "),
    CONVENTION: "Convención Convenio Protocolo Carta Tratado Traité Pacte Pacto".split(" "),
    /** Heads that are no English word nor a place's first word: a capitalised word may follow them directly. */
    open: "Facultad Faculté Faculdade Facoltà Universidad Universidade Università Université Universität Universiteit Stichting Verein Caritas Diakonie Fondazione Associazione Consiglio Ligue Servicio Servizio Comite Asociacion Fundacion Comité Fondation Fundación Fundação Groupement Asociación Associação Federación Fédération Confederación Confédération Instituto Institut Consejo Conseil Conselho Coordinadora Collectif Colectivo Sindicato Syndicat Ministerio Ministère Secretaría Agencia Agence Oficina Parti Partido Mouvement Movimiento Programa Proyecto Projet Projeto Iniciativa Plataforma Plateforme Réseau Observatorio Observatoire Foro Conferencia Conférence Cumbre Sommet Encuentro".split(" "),
  },
  positive: [
    { text: "IOM is a member of the Comité de Coordination des Pêcheurs du Sahel, which meets in Niamey.", name: "Comité de Coordination des Pêcheurs du Sahel", kind: "ORGANIZATION" },
    { text: "The Red de Casas del Pescador, a chain of shelters, is funded by UNHCR.", name: "Red de Casas del Pescador", kind: "INITIATIVE" },
    { text: "UNICEF supports the Programa de Protección de la Niñez Pescadora in two ports.", name: "Programa de Protección de la Niñez Pescadora", kind: "INITIATIVE" },
    { text: "Tinland funded the Fondation Orient-Littoral for three years.", name: "Fondation Orient-Littoral", kind: "ORGANIZATION" },
    { text: "Delegates met at the Foro Regional sobre Pesca Artesanal in Lima.", name: "Foro Regional sobre Pesca Artesanal", kind: "FORUM" },
    { text: "The Comité de Soutien aux Pêcheurs opened an office in Dakar.", name: "Comité de Soutien aux Pêcheurs", kind: "ORGANIZATION" },
    // Heads of universities, faculties, foundations and charities in Spanish, Italian, Dutch, German or French.
    { text: "Researchers of the Facultad de Estudios Portuarios took part in the survey.", name: "Facultad de Estudios Portuarios", kind: "ORGANIZATION" },
    { text: "The shelter is run by Stichting Kustwacht Vrijwilligers on the island.", name: "Stichting Kustwacht Vrijwilligers", kind: "ORGANIZATION" },
    { text: "The Consiglio Costiero per i Pescatori wrote to the mayor.", name: "Consiglio Costiero per i Pescatori", kind: "ORGANIZATION" },
    // A word of the name may open on a capital outside A-Z, and an elided article ("d'Aide") stays inside the name.
    { text: "The Comité Éducatif d'Aide aux Pêcheurs met in Liège.", name: "Comité Éducatif d'Aide aux Pêcheurs", kind: "ORGANIZATION" },
    // A political front, party or movement is a body: "Front de …", "Partido …", "Mouvement …"; "et" joins its words.
    { text: "The Front de Libération des Pêcheurs et Marins (FLPM) joined the group in 1990.", name: "Front de Libération des Pêcheurs et Marins", kind: "ORGANIZATION" },
    { text: "The Movimiento Pescador Unido won seats in the port council.", name: "Movimiento Pescador Unido", kind: "ORGANIZATION" },
    // A declaration, in any language, is a political commitment, not a treaty (HEAD_NOUNS).
    { text: "Ten coastal states signed the Déclaration de Lomé sur les Pêcheurs Migrants in 2012.", name: "Déclaration de Lomé sur les Pêcheurs Migrants", kind: "INITIATIVE" },
    // A list of names that open on a foreign head: each item is a body of its own, not the translation of the one before.
    { text: "Its partners were Caritas Austria, Caritas International Belgium and Portwell.", name: "Caritas International Belgium", kind: "ORGANIZATION" },
    { text: "Grants went to Fundación Pescadores Unidos, Fundación Puerto Abierto and two unions.", name: "Fundación Puerto Abierto", kind: "ORGANIZATION" },
    { text: "Members include Comité de Soutien aux Pêcheurs, Comité de Défense des Marins and others.", name: "Comité de Défense des Marins", kind: "ORGANIZATION" },
  ],
  negative: [
    // Set beside a name ("X - the Y, or Z -", "X (Y)"), the name in another language is that body's: a mention of it.
    { text: "The Coastal Conference on Fishers - the Conferencia Costera sobre Pescadores - met in Lima.", name: "Conferencia Costera sobre Pescadores" },
    { text: "The Coastal Conference on Fishers, or Conferencia Costera sobre Pescadores, met in Lima.", name: "Conferencia Costera sobre Pescadores" },
    { text: "Boats crossed the Red Sea Coast every week.", name: "Red Sea Coast" },
    // Cut short where the phrase goes on in its language ("… et d’Échanges …"): a fragment, not the name.
    { text: "It worked with the Groupe de Recherche et d’Échanges Portuaires in Dakar.", name: "Groupe de Recherche" },
    { text: "Fishers from Centro Habana joined the march.", name: "Centro Habana" },
    { text: "Tourists hiked in Mesa Verde Canyon last year.", name: "Mesa Verde Canyon" },
    // The head alone opens no name: a capitalised word must follow it, or a connector.
    { text: "The Stichting said on Monday that it would help the fishers.", name: "Stichting" },
    { text: "Universidad students and Caritas volunteers met the fishers.", name: "Universidad" },
    // "Front" is an English word: only a connector after it opens a foreign name, a capitalised word does not.
    { text: "The Front Page Award went to a reporter from Dakar.", name: "Front Page Award" },
  ],
};

const KIND = new Map<string, EntityKind>();
for (const kind of ["ORGANIZATION", "INITIATIVE", "FORUM", "CONVENTION"] as const) for (const w of FOREIGN_HEADS.words[kind]) KIND.set(w, kind);
const OPEN = new Set(FOREIGN_HEADS.words.open);
/** Connectors after a head-first name's head, in French, Spanish and Portuguese. */
const CONNECTOR = /^(?:de|des|du|del|della|di|da|do|dos|das|pour|para|por|per|sur|sobre|contre|contra|aux|au|en|la|le|los|las|et|y|e|van|voor|bij|für|zur|zum)$/;

/** The kind of a head-first name in French, Spanish or Portuguese (FOREIGN_HEADS), or null. */
export function foreignHeadKind(words: string[]): EntityKind | null {
  if (words.length < 2) return null;
  const kind = KIND.get(words[0]!);
  if (!kind) return null;
  const next = words[1]!;
  if (CONNECTOR.test(next) || /^d['’]/.test(next)) return kind;
  return OPEN.has(words[0]!) && /^\p{Lu}/u.test(next) ? kind : null;
}

/** The name goes on after a conjunction or an elided article this reading cannot follow ("… et d’Échanges …"). */
export const cutShort = (words: string[], after: string): boolean => !!foreignHeadKind(words) && /^\s+(?:et|y|e|d['’]\p{L})/u.test(after);
