import { keyCityTreaties } from "./cityTreatyKey.js";
import { keyDatedPlaceTitles } from "./datedPlaceTitleKey.js";
import { keyGenericTitles } from "./genericTitleKey.js";
import type { Recognised } from "./recognise.js";

/**
 * The keys a title takes from what its own page writes of it, in resolve before names are grouped: a generic title by
 * its owner, city or year (GENERIC_TITLE_KEYED), a city-prefixed treaty by its title (CITY_TREATY_KEYED), a city's
 * declaration by the year its mention writes (DATED_PLACE_TITLE). Each reads one page at a time, so another page in the
 * run never changes them.
 */
export function keyTitlesByPage(recognised: Recognised[], passageText: (passageId: string) => string | undefined, isCity: (words: string) => boolean, isCatalogName: (name: string) => boolean): void {
  keyGenericTitles(recognised, passageText, isCity, isCatalogName);
  keyCityTreaties(recognised, isCity);
  keyDatedPlaceTitles(recognised, passageText, isCity, isCatalogName);
}
