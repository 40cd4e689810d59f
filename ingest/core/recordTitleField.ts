/**
 * A record's title field: "Project title<TAB>Safer Harbours Programme", "Title:   Safe Journeys Campaign", "Project name
 * Returnee Reintegration Facility", "Programme<TAB>Labour Corridors Initiative". A database listing prints one block of
 * field lines per record under a separator that names nothing ("=== RECORD 2 of 3 ===", "Record 0416"); the title field
 * names what the record's other fields ("Implementing agency", "Donor", "Focus countries") are about, so it is their
 * block title (HeadingLists.ts). A title of something else ("Job title", "Title of the report") or a person's "Name" names none.
 */
export const RECORD_TITLE_FIELDS = {
  id: "record-title-fields",
  positive: [
    { line: "Project title\tSafer Harbours Programme (SHP)", value: "Safer Harbours Programme (SHP)" },
    { line: "Title:          Safe Journeys Campaign", value: "Safe Journeys Campaign" },
    { line: "Project name   Returnee Reintegration Facility", value: "Returnee Reintegration Facility" },
    { line: "Programme\tLabour Corridors Initiative", value: "Labour Corridors Initiative" },
    { line: "Initiative name: Coastal Data Window", value: "Coastal Data Window" },
  ],
  negative: [
    "Job title\tProgramme officer",
    "Title of the report: Migration in numbers",
    "Name\tMaria Lopez",
    "Status\tActive",
    "Programme officer: Maria Lopez",
    // A sentence, not a field.
    "The programme title was changed in 2019.",
  ],
};

const TITLE_LABEL = /^(?:(?:project|programme|program|initiative|fund|activity)\s+)?title$|^(?:project|programme|program|initiative|fund|activity)(?:\s+name)?$/i;
const FIELD = /^([A-Z][A-Za-z ]{2,24}?)(?::\s+|\t+|\s{3,})(\S.{1,200})$/;

/** The value of a record's title field (RECORD_TITLE_FIELDS), or null. */
export function recordTitleValue(line: string): string | null {
  const m = FIELD.exec(line.trim());
  return m && TITLE_LABEL.test(m[1]!.trim()) ? m[2]!.trim() : null;
}
