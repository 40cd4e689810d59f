import { entityRef, paths, type EntityRef, type Path } from "./api";
import { errorBox, h, replaceChildren } from "./dom";
import { evidenceItem, kindBadge } from "./entityPage";
import { highlight, namesOf } from "./highlight";
import { KIND_COLOR, typeLabel } from "./labels";
import { idPath, navigate } from "./router";
import { searchBox } from "./search";

const display = (e: EntityRef) => (e.acronym ? `${e.name} (${e.acronym})` : e.name);

function pathView(path: Path, index: number): HTMLElement {
  const items: HTMLElement[] = [];
  path.nodes.forEach((node, i) => {
    items.push(h("li", { class: "path-node" }, h("span", { class: "dot", style: `background:${KIND_COLOR[node.kind]}` }), h("a", { href: `/entity/${idPath(node.id)}` }, display(node)), " ", kindBadge(node.kind)));
    const step = path.steps[i];
    if (!step) return;
    // Steps keep the stored direction, which may run against the path's reading order.
    const forward = step.from.id === node.id;
    const terms = [...namesOf(step.from), ...namesOf(step.to)];
    items.push(
      h(
        "li",
        { class: "path-step" },
        h("p", { class: "step-type" }, forward ? `↓ ${typeLabel(step.type)}` : `↑ ${typeLabel(step.type)} (${step.from.acronym ?? step.from.name} → ${step.to.acronym ?? step.to.name})`),
        step.evidence.length ? h("ul", { class: "evidence-list" }, step.evidence.map((ev) => evidenceItem(ev, terms))) : h("p", { class: "empty" }, "No passage stored for this step."),
      ),
    );
  });
  return h("section", { class: "path", "aria-label": `Path ${index + 1}` }, h("h3", null, `Path ${index + 1} · ${path.steps.length} step${path.steps.length === 1 ? "" : "s"}`), h("ol", { class: "path-chain" }, items));
}

/** /path/<from>/<to>: two pickers, then the shortest paths, each step with its type and passage. */
export async function renderPath(main: HTMLElement, from: string, to: string, url: URL): Promise<void> {
  document.title = "Paths · Migration graph explorer";
  const maxHops = Math.min(Math.max(Number(url.searchParams.get("maxHops") ?? "4") || 4, 1), 6);
  const [fromRef, toRef] = await Promise.all([from ? entityRef(from).catch(() => null) : null, to ? entityRef(to).catch(() => null) : null]);
  const chosen = { from: fromRef?.id ?? "", to: toRef?.id ?? "" };
  const go = () => {
    if (chosen.from && chosen.to) navigate(`/path/${idPath(chosen.from)}/${idPath(chosen.to)}${hops.value !== "4" ? `?maxHops=${hops.value}` : ""}`);
  };
  const fromBox = searchBox({ label: "From", value: fromRef ? display(fromRef) : "", onPick: (e) => ((chosen.from = e.id), go()) });
  const toBox = searchBox({ label: "To", value: toRef ? display(toRef) : "", onPick: (e) => ((chosen.to = e.id), go()) });
  const hops = h("select", { id: "max-hops" }, [1, 2, 3, 4, 5, 6].map((n) => h("option", { value: n, selected: n === maxHops }, String(n))));
  const results = h("div", { class: "path-results", "aria-live": "polite" });
  replaceChildren(
    main,
    h("h1", null, "How are they connected?"),
    h(
      "form",
      { class: "path-form", onSubmit: (e: Event) => (e.preventDefault(), go()) },
      fromBox,
      toBox,
      h("label", { for: "max-hops" }, "Max steps"),
      hops,
      h("button", { type: "submit" }, "Find paths"),
    ),
    results,
  );
  if (!fromRef || !toRef) {
    replaceChildren(results, h("p", { class: "empty" }, from && !fromRef ? `No entity has the id “${from}”. ` : to && !toRef ? `No entity has the id “${to}”. ` : "", "Pick two entities to see the shortest paths between them."));
    (fromRef ? toBox : fromBox).input.focus();
    return;
  }
  replaceChildren(results, h("p", { class: "loading" }, "Looking for paths…"));
  try {
    const found = await paths(fromRef.id, toRef.id, maxHops);
    replaceChildren(
      results,
      found.length
        ? [h("p", { class: "count" }, `${found.length} shortest path${found.length === 1 ? "" : "s"} from `, highlight(display(fromRef), []), " to ", display(toRef), ` within ${maxHops} steps.`), found.map(pathView)]
        : h("p", { class: "empty" }, `No path within ${maxHops} steps. Try more steps.`),
    );
  } catch (error) {
    replaceChildren(results, errorBox(error));
  }
}
