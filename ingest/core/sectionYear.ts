/**
 * The year a chronology's section heading is, or null: a section headed by a year alone ("2013", "2013:") narrates what
 * happened that year, so a meeting its passages hold ("IOM convenes the Diaspora Conference in Geneva on 18-19 June")
 * was held that year. A heading that is more than a year ("2013-2015", "Projects since 2013") dates nothing. The
 * section label is the last part of the section path ("Chronology › 2013").
 */
export function sectionYear(section: string | null | undefined): number | null {
  const label = section?.split(" › ").pop()?.trim() ?? "";
  const m = /^((?:19|20)\d{2})\s*:?$/.exec(label);
  return m ? Number(m[1]) : null;
}
