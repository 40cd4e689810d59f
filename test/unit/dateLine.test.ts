import { describe, expect, it } from "vitest";
import { DATE_FIELD, isPlaceDayLine } from "../../ingest/core/months.js";

// One date pattern for a heading's date field and for the date line under a report's title.
describe("date field and place-and-day line", () => {
  it("reads a date field with its day before or after the month, or a month alone", () => {
    expect(DATE_FIELD.exec("9-11 April 2018")?.slice(1)).toEqual(["9", "April", undefined, "2018"]);
    expect(DATE_FIELD.exec("April 9, 2018")?.slice(1)).toEqual([undefined, "April", "9", "2018"]);
    expect(DATE_FIELD.exec("April 2018")?.slice(1)).toEqual([undefined, "April", undefined, "2018"]);
    expect(DATE_FIELD.test("Spring 2018")).toBe(false);
  });
  it("takes a place and a day as a date line, in either order of day and month", () => {
    expect(isPlaceDayLine("Port Louis, 9-11 April 2018")).toBe(true);
    expect(isPlaceDayLine("Port Louis, April 9-11, 2018")).toBe(true);
  });
  it("leaves a month alone, a publication line and a place of five words", () => {
    expect(isPlaceDayLine("Port Louis, April 2018")).toBe(false);
    expect(isPlaceDayLine("Printed in Port Louis, 9 April 2018")).toBe(false);
    expect(isPlaceDayLine("One Two Three Four Five, 9 April 2018")).toBe(false);
  });
});
