import { describe, expect, it } from "vitest";
import { worldCities } from "../../ingest/catalog/worldCities.js";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";

describe("worldCities: where a venue city lies", () => {
  const cities = worldCities(() => true);

  it("places every state's capital and the large cities, in either spelling", () => {
    expect(cities.get("Dushanbe")).toBe("TJ");
    expect(cities.get("Kampala")).toBe("UG");
    expect(cities.get("Brasília")).toBe("BR");
    expect(cities.get("Brasilia")).toBe("BR");
    expect(cities.get("Milan")).toBe("IT");
    expect(cities.get("Almaty")).toBe("KZ");
  });

  it("gives a shared name to a city far larger than its namesakes, and to none otherwise", () => {
    expect(cities.get("London")).toBe("GB");
    // The Seychelles' capital is smaller than Victoria in Canada; Hamilton is Bermuda's and Canada's.
    expect(cities.has("Victoria")).toBe(false);
    expect(cities.has("Hamilton")).toBe(false);
  });

  it("keeps only cities of the states it is asked about", () => {
    const onlyKenya = worldCities((code) => code === "KE");
    expect(onlyKenya.get("Nairobi")).toBe("KE");
    expect(onlyKenya.has("Kampala")).toBe(false);
  });

  it("feeds the catalog's cities, the reference's own venues taking precedence", () => {
    const catalog = defaultCatalog();
    expect(catalog.cities.get("Bishkek")).toBe("ctry:kg");
    expect(catalog.cities.get("Puerto Vallarta")).toBe("ctry:mx");
  });
});
