import { exportUrl, EXPORT_FORMATS, type Count, type TimelineEntry } from "./api";
import { dashboard, mostLinkedOrganizations } from "./dashboardData";
import { errorBox, h, replaceChildren } from "./dom";
import { idPath } from "./router";
import { KIND_COLOR, KIND_PLURAL, relationPhrase, typeLabel } from "./labels";

/** A horizontal bar chart in plain HTML: every bar is a link into the explorer. */
function barChart(title: string, counts: Count[], label: (key: string) => string, href: (key: string) => string, color: (key: string) => string): HTMLElement {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return h(
    "figure",
    { class: "chart", "aria-label": title },
    h("figcaption", null, title),
    h(
      "ul",
      null,
      counts.map((c) =>
        h(
          "li",
          null,
          h("a", { class: "bar-row", href: href(c.key) }, h("span", { class: "bar-label" }, label(c.key)), h("span", { class: "bar-track" }, h("span", { class: "bar", style: `width:${(100 * c.count) / max}%;background:${color(c.key)}` })), h("span", { class: "bar-value" }, String(c.count))),
        ),
      ),
    ),
  );
}

function timeline(entries: TimelineEntry[], order: string[]): HTMLElement {
  if (!entries.length) return h("p", { class: "empty" }, "No dated meetings or chairs in the graph.");
  const years = entries.map((e) => e.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  // Series in the order the API module lists them (GFMD, HLD, GMG), not by first year.
  const series = [...new Set(entries.map((e) => e.series))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const cols = last - first + 1;
  const grid = h("div", { class: "timeline-grid", style: `grid-template-columns: 7.5em repeat(${cols}, minmax(0, 1fr))`, role: "table", "aria-label": "Timeline by year" });
  const row: HTMLElement[] = [h("div", { class: "tl-corner", role: "columnheader" }, "")];
  for (let y = first; y <= last; y++) row.push(h("div", { class: "tl-year", role: "columnheader" }, String(y)));
  grid.append(h("div", { class: "tl-row", role: "row" }, row));
  for (const s of series) {
    const cells: HTMLElement[] = [h("div", { class: "tl-series", role: "rowheader" }, s)];
    for (let y = first; y <= last; y++) {
      const here = entries.filter((e) => e.series === s && e.year === y);
      cells.push(
        h(
          "div",
          { class: "tl-cell", role: "cell" },
          here.map((e) =>
            h(
              "div",
              { class: "tl-item" },
              h("a", { href: `/entity/${idPath(e.entity.id)}` }, e.entity.acronym ?? e.entity.name),
              e.hosts.length ? h("span", null, "host ", e.hosts.map((x, i) => [i ? ", " : "", h("a", { href: `/entity/${idPath(x.id)}` }, x.name)])) : null,
              e.chairs.length ? h("span", null, "chair ", e.chairs.map((x, i) => [i ? ", " : "", h("a", { href: `/entity/${idPath(x.id)}` }, x.acronym ?? x.name)])) : null,
              e.note && e.note !== String(e.year) ? h("span", null, e.note) : null,
            ),
          ),
        ),
      );
    }
    grid.append(h("div", { class: "tl-row", role: "row" }, cells));
  }
  return h("div", { class: "timeline-scroll", tabindex: 0 }, grid);
}

/** /dashboard: counts as charts, the most linked organizations, the timeline and the documents. */
export async function renderDashboard(main: HTMLElement, url: URL): Promise<void> {
  document.title = "Dashboard · Migration graph explorer";
  const type = url.searchParams.get("type");
  replaceChildren(main, h("h1", null, "Dashboard"), h("p", { class: "loading" }, "Counting…"));
  let data: Awaited<ReturnType<typeof dashboard>>;
  let ranked: Awaited<ReturnType<typeof mostLinkedOrganizations>>;
  try {
    [data, ranked] = await Promise.all([dashboard(), mostLinkedOrganizations(type)]);
  } catch (error) {
    return replaceChildren(main, h("h1", null, "Dashboard"), errorBox(error));
  }
  const entities = data.entitiesByKind.reduce((n, c) => n + c.count, 0);
  const links = data.linksByType.reduce((n, c) => n + c.count, 0);
  const rows = ranked;
  const top = Math.max(1, ...rows.map((r) => r.count));

  replaceChildren(
    main,
    h("h1", null, "Dashboard"),
    h(
      "ul",
      { class: "tiles" },
      h("li", null, h("b", null, String(entities)), " entities"),
      h("li", null, h("b", null, String(links)), " links"),
      h("li", null, h("b", null, String(data.documents.length)), " documents"),
      h("li", null, h("b", null, String(data.passages)), " passages"),
    ),
    h(
      "div",
      { class: "dash-grid" },
      barChart("Entities by kind", data.entitiesByKind, (k) => KIND_PLURAL[k] ?? k, (k) => `/?kind=${k}`, (k) => KIND_COLOR[k] ?? "#777"),
      barChart("Links by type", data.linksByType, typeLabel, (k) => `/dashboard?type=${k}#most-linked`, (k) => (k === type ? "#1f2937" : "#56708a")),
      h(
        "section",
        { class: "card", id: "most-linked", "aria-label": "Most linked organizations" },
        h("h2", null, "Most linked organizations", type ? h("span", { class: "type" }, ` · ${typeLabel(type)} only `, h("a", { href: "/dashboard#most-linked" }, "(all types)")) : null),
        rows.length
          ? h(
              "ol",
              { class: "ranked" },
              rows.map((r) =>
                h(
                  "li",
                  null,
                  h("a", { href: `/entity/${idPath(r.entity.id)}${type ? `?types=${type}` : ""}` }, r.entity.acronym ?? r.entity.name),
                  h("span", { class: "bar-track" }, h("span", { class: "bar", style: `width:${(100 * r.count) / top}%;background:${KIND_COLOR.ORGANIZATION}` })),
                  h("span", { class: "bar-value" }, String(r.count)),
                ),
              ),
            )
          : h("p", { class: "empty" }, `No organization has ${type ? `“${relationPhrase(type, "OUT").toLowerCase()}”` : "any"} links.`),
      ),
      h("section", { class: "card wide", "aria-label": "Timeline" }, h("h2", null, "Timeline: GFMD and HLD meetings, GMG chairs"), timeline(data.timeline, data.timelineSeries)),
      h(
        "section",
        { class: "card span2", "aria-label": "Documents" },
        h("h2", null, "Documents"),
        h(
          "table",
          { class: "documents" },
          h("thead", null, h("tr", null, h("th", { scope: "col" }, "Title"), h("th", { scope: "col" }, "File"), h("th", { scope: "col", class: "num" }, "Passages"))),
          h("tbody", null, [...data.documents].sort((a, b) => b.passageCount - a.passageCount).map((d) => h("tr", null, h("td", null, d.title), h("td", { class: "source" }, d.source), h("td", { class: "num" }, String(d.passageCount))))),
        ),
      ),
      h("section", { class: "card", "aria-label": "Export" }, h("h2", null, "Export the whole graph"), h("p", { class: "exports" }, EXPORT_FORMATS.map((f) => h("a", { href: exportUrl(f.file, { types: type ? [type] : undefined }), download: true }, f.label)))),
    ),
  );
  if (url.hash) document.getElementById(url.hash.slice(1))?.scrollIntoView();
}
