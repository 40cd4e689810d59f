import { allPassages, entity, exportUrl, EXPORT_FORMATS, type EntityDetail, type Evidence, type Link } from "./api";
import { errorBox, h, replaceChildren } from "./dom";
import { GraphView } from "./graphView";
import { highlight, namesOf } from "./highlight";
import { KIND_COLOR, KIND_LABEL, RELATION_TYPES, relationPhrase, typeLabel } from "./labels";
import { idPath, navigate, setQuery } from "./router";

let graphView: GraphView | undefined;

export function evidenceItem(ev: Evidence, terms: string[]): HTMLElement {
  return h(
    "li",
    { class: "evidence" },
    h("blockquote", null, highlight(ev.text, terms)),
    h("p", { class: "cite" }, h("cite", null, ev.document.title), ev.section ? ` · ${ev.section}` : "", ` · characters ${ev.start}–${ev.end} of ${ev.document.source}`),
  );
}

export function kindBadge(kind: string): HTMLElement {
  return h("span", { class: "badge", style: `--kind:${KIND_COLOR[kind] ?? "#777"}` }, KIND_LABEL[kind] ?? kind);
}

function linkItem(detail: EntityDetail, link: Link): HTMLElement {
  const terms = [...namesOf(detail), ...namesOf(link.other)];
  const passages = h("ul", { class: "evidence-list" }, link.evidence.map((ev) => evidenceItem(ev, terms)));
  const more = link.evidenceCount - link.evidence.length;
  const showAll =
    more > 0
      ? h(
          "button",
          {
            type: "button",
            class: "small",
            onClick: async (e: Event) => {
              const button = e.currentTarget as HTMLButtonElement;
              button.disabled = true;
              button.textContent = "Loading…";
              try {
                replaceChildren(passages, (await allPassages(detail.id, link)).map((ev) => evidenceItem(ev, terms)));
                button.remove();
              } catch (error) {
                button.replaceWith(errorBox(error));
              }
            },
          },
          `Show all ${link.evidenceCount} passages`,
        )
      : null;
  const facts = [`confidence ${link.confidence.toFixed(2)}`, link.method, link.role && link.role !== String(link.year) ? link.role : null, link.year ? String(link.year) : null].filter(Boolean).join(" · ");
  return h(
    "li",
    { class: "link", "data-type": link.type, "data-confidence": link.confidence },
    h(
      "div",
      { class: "link-head" },
      h("span", { class: "dot", style: `background:${KIND_COLOR[link.other.kind]}`, title: KIND_LABEL[link.other.kind] }),
      h("a", { href: `/entity/${idPath(link.other.id)}` }, link.other.name),
      link.other.acronym ? h("span", { class: "acronym" }, link.other.acronym) : null,
      h("span", { class: "facts" }, facts),
    ),
    passages,
    showAll,
  );
}

function readFilters(url: URL, present: string[]): { types: Set<string>; minConfidence: number } {
  const asked = url.searchParams.get("types")?.split(",").filter((t) => present.includes(t));
  const min = Number(url.searchParams.get("minConfidence") ?? "0");
  return { types: new Set(asked?.length ? asked : present), minConfidence: Number.isFinite(min) ? Math.min(Math.max(min, 0), 1) : 0 };
}

/** /entity/<id>: who it is, its links grouped by type and direction with their passages, and its graph. */
export async function renderEntity(main: HTMLElement, id: string, url: URL): Promise<void> {
  const detail = await entity(id).catch((e: unknown) => e as Error);
  if (detail instanceof Error) return replaceChildren(main, errorBox(detail));
  if (!detail) return replaceChildren(main, h("h1", null, "Not found"), h("p", null, `No entity has the id “${id}”. `, h("a", { href: "/" }, "Search instead.")));
  document.title = `${detail.acronym ?? detail.name} · Migration graph explorer`;

  const present = RELATION_TYPES.filter((t) => detail.links.some((l) => l.type === t));
  const filters = readFilters(url, present);
  const exportsRow = h("span", { class: "exports" });
  const groupsBox = h("div", { class: "groups" });
  const countLine = h("p", { class: "count", "aria-live": "polite" });

  const apply = () => {
    const visible = detail.links.filter((l) => filters.types.has(l.type) && l.confidence >= filters.minConfidence);
    countLine.textContent = `${visible.length} of ${detail.links.length} links shown${detail.links.length >= 50 ? " (the first 50)" : ""}.`;
    const groups = new Map<string, Link[]>();
    for (const l of visible) groups.set(`${l.type}|${l.direction}`, [...(groups.get(`${l.type}|${l.direction}`) ?? []), l]);
    const ordered = [...groups.entries()].sort(([a], [b]) => RELATION_TYPES.indexOf(a.split("|")[0] as never) - RELATION_TYPES.indexOf(b.split("|")[0] as never) || a.localeCompare(b));
    replaceChildren(
      groupsBox,
      ordered.length ? null : h("p", { class: "empty" }, "No link matches the filters."),
      ordered.map(([key, links]) => {
        const [type, direction] = key.split("|") as [string, string];
        return h(
          "section",
          { class: "group", "aria-label": relationPhrase(type, direction) },
          h("h3", null, relationPhrase(type, direction), h("span", { class: "type" }, `${links.length} link${links.length === 1 ? "" : "s"} · ${type}${direction === "IN" ? " (incoming)" : ""}`)),
          h("ul", { class: "links" }, links.sort((a, b) => b.confidence - a.confidence || a.other.name.localeCompare(b.other.name)).map((l) => linkItem(detail, l))),
        );
      }),
    );
    const types = filters.types.size === present.length ? undefined : [...filters.types];
    replaceChildren(exportsRow, EXPORT_FORMATS.filter((f) => f.file !== "entities.csv").map((f) => h("a", { href: exportUrl(f.file, { involving: detail.id, types, minConfidence: filters.minConfidence }), download: true }, f.label)));
    const params = new URLSearchParams();
    if (types) params.set("types", types.join(","));
    if (filters.minConfidence > 0) params.set("minConfidence", String(filters.minConfidence));
    setQuery(params);
  };

  const confidenceOut = h("output", { for: "min-confidence" }, filters.minConfidence.toFixed(2));
  const filterForm = h(
    "form",
    { class: "filters", "aria-label": "Filter links", onSubmit: (e: Event) => e.preventDefault() },
    h(
      "fieldset",
      null,
      h("legend", null, "Relation types"),
      present.map((t) =>
        h(
          "label",
          { class: "check" },
          h("input", {
            type: "checkbox",
            value: t,
            checked: filters.types.has(t),
            onChange: (e: Event) => {
              const box = e.target as HTMLInputElement;
              if (box.checked) filters.types.add(t);
              else filters.types.delete(t);
              apply();
            },
          }),
          ` ${typeLabel(t)} (${detail.links.filter((l) => l.type === t).length})`,
        ),
      ),
    ),
    h(
      "label",
      { class: "range" },
      "Minimum confidence ",
      h("input", {
        id: "min-confidence",
        type: "range",
        min: 0,
        max: 1,
        step: 0.05,
        value: filters.minConfidence,
        onInput: (e: Event) => {
          filters.minConfidence = Number((e.target as HTMLInputElement).value);
          confidenceOut.textContent = filters.minConfidence.toFixed(2);
          apply();
        },
      }),
      confidenceOut,
    ),
  );

  graphView ??= new GraphView((other) => navigate(`/entity/${idPath(other)}`));
  const facts = [
    detail.acronym ? h("span", null, h("b", null, "Acronym "), detail.acronym) : null,
    detail.aliases.length ? h("span", null, h("b", null, "Also known as "), detail.aliases.filter((a) => a !== detail.acronym).join(", ") || "—") : null,
    h("span", null, h("b", null, "Mentions "), String(detail.mentionCount)),
    detail.year ? h("span", null, h("b", null, "Year "), String(detail.year)) : null,
    detail.adoptedYear ? h("span", null, h("b", null, "Adopted "), String(detail.adoptedYear)) : null,
    detail.iso2 ? h("span", null, h("b", null, "ISO "), detail.iso2) : null,
  ];
  replaceChildren(
    main,
    h(
      "header",
      { class: "entity-head" },
      h("h1", null, detail.name, " ", kindBadge(detail.kind)),
      h("p", { class: "facts" }, facts),
      h("p", { class: "actions" }, h("a", { class: "button", href: `/path/${idPath(detail.id)}/` }, "Find paths from here"), " Export links: ", exportsRow),
    ),
    h("div", { class: "entity-layout" }, h("div", { class: "links-col" }, h("h2", null, "Links"), filterForm, countLine, groupsBox), h("div", { class: "graph-col" }, graphView.element)),
  );
  apply();
  graphView.attached();
  await graphView.show(detail.id);
}
