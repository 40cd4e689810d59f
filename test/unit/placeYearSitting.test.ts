import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { PLACE_YEAR_SITTING, placeYearLabel, singularSittings, sittingsNoun } from "../../ingest/core/placeYearSitting.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** A place and a year heading a sitting where the page lists its series' sittings one by one (core/placeYearSitting.ts). */
const has = (title: string, text: string, [type, from, to]: readonly string[]) => hasRelation(`${title}\n\n${text}`, "spec.txt", type!, from!, to!);
const cities = defaultCatalog().cities;

describe(`${PLACE_YEAR_SITTING.id}: "Copenhagen, 2009." in a listing of a series' sittings`, () => {
  for (const ex of PLACE_YEAR_SITTING.positive) it(`reads ${ex.expect.join(" ")} under: ${ex.text.slice(-70)}`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(true));
  for (const ex of PLACE_YEAR_SITTING.negative) it(`states no ${ex.expect.join(" ")} under: ${ex.text.slice(-70)}`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(false));

  it("reads the noun a heading or title lists sittings by", () => {
    expect(sittingsNoun("The conferences, one by one")).toBe("conference");
    expect(sittingsNoun("World Population Conferences: meeting by meeting")).toBe("conference");
    expect(sittingsNoun("Sessions")).toBe("session");
    expect(sittingsNoun("The member states")).toBeNull();
    // Series nouns list bodies, not sittings.
    expect(sittingsNoun("Regional consultative processes and forums")).toBeNull();
  });

  it("reads a place and a year in either order, and nothing else", () => {
    expect(placeYearLabel("Copenhagen, 2009.", cities, "conference")).toBe("Conference, Copenhagen, 2009");
    expect(placeYearLabel("2009, Bangkok", cities, "meeting")).toBe("Meeting, Bangkok, 2009");
    expect(placeYearLabel("Washington, DC, 2023", cities, "conference")).toBe("Conference, Washington, DC, 2023");
    expect(placeYearLabel("Copenhagen, 2009", cities, null)).toBeNull();
    expect(placeYearLabel("Accra, June 2021", cities, "meeting")).toBeNull();
    expect(placeYearLabel("Beijing, 2020 (planned)", cities, "conference")).toBeNull();
    expect(placeYearLabel("Copenhagen, 2009, 2010", cities, "conference")).toBeNull();
    expect(placeYearLabel("Denmark hosted it in 2009", cities, "conference")).toBeNull();
  });

  it("puts a title's plural meeting nouns in the singular", () => {
    expect(singularSittings("The International Metropolis Conferences, host by host")).toBe("The International Metropolis Conference, host by host");
  });
});
