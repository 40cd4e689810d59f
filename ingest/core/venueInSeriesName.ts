import { knownCity } from "./meetingVenue.js";

/** "… in Santa Cruz de la Sierra", "… at Puerto Vallarta": a place phrase closing a meeting's name, its words capitalised (particles of place names between). */
const VENUE_TAIL = /\s(?:in|at)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|del|do|dos|das|la|le|les|el|al)\s+){0,2}\p{Lu}[\p{L}'’.-]*)*)$/u;

/**
 * Whether a meeting's name ends on its venue ("the Summit of the Americas on Sustainable Development in Santa Cruz de
 * la Sierra"): a venue phrase ends one sitting's name and is no word of a series' name, so the name's undated copy is
 * no series the sitting belongs to. Only a city the catalog knows counts as a venue ("… in Africa", "… in Persons" do not).
 */
export function venueInSeriesName(name: string, seriesId: string, cities: ReadonlyMap<string, string> | undefined): boolean {
  const tail = VENUE_TAIL.exec(name.trim());
  if (!tail || !cities?.size) return false;
  // The series' id was made from the same words, venue and all ("forum:…-in-santa-cruz-de-la-sierra").
  const slug = tail[1]!.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return seriesId.endsWith(`-${slug}`) && knownCity(tail[1]!, cities) !== undefined;
}
