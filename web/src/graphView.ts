import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { entity, exportUrl, EXPORT_FORMATS, type EntityRef, type Link } from "./api";
import { h, replaceChildren } from "./dom";
import { idPath } from "./router";
import { KIND_COLOR, KIND_LABEL, KINDS, typeLabel } from "./labels";

/** New nodes one expansion may add, so a hub does not flood the view; the rest are counted ("and N more"). */
export const EXPANSION_CAP = 25;

interface NodeAttrs {
  label: string;
  name: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
}
interface EdgeAttrs {
  types: string[];
  evidence: string;
  document: string;
  size: number;
  color: string;
  type: string;
}

const shortLabel = (e: EntityRef) => e.acronym ?? (e.name.length > 30 ? `${e.name.slice(0, 28)}…` : e.name);

/**
 * The neighbourhood graph: graphology holds it, ForceAtlas2 lays it out, sigma draws it with WebGL.
 * Click a node to open it (the graph stays when the opened entity is in it), double-click to expand it.
 * One instance lives for the page's life, so moving from entity to entity inside the graph keeps what was built.
 */
export class GraphView {
  readonly element: HTMLElement;
  private readonly canvas: HTMLElement;
  private readonly tooltip: HTMLElement;
  private readonly status: HTMLElement;
  private readonly nodeList: HTMLElement;
  private readonly exports: HTMLElement;
  private readonly graph = new Graph<NodeAttrs, EdgeAttrs>({ type: "directed", multi: false });
  private sigma: Sigma<NodeAttrs, EdgeAttrs> | undefined;
  private center: string | undefined;
  private hovered: string | undefined;
  private clickTimer: number | undefined;
  private readonly remaining = new Map<string, number>();
  private message = "";

  constructor(private readonly onOpen: (id: string) => void) {
    this.canvas = h("div", { class: "graph-canvas", role: "img", "aria-label": "Graph of the entity's links; the list below offers the same nodes to the keyboard" });
    this.tooltip = h("div", { class: "graph-tooltip", hidden: true });
    this.status = h("p", { class: "graph-status", "aria-live": "polite" });
    this.nodeList = h("ul", { class: "graph-node-list" });
    this.exports = h("span", { class: "exports" });
    const legend = h(
      "ul",
      { class: "legend", "aria-label": "Legend" },
      KINDS.map((k) => h("li", null, h("span", { class: "dot", style: `background:${KIND_COLOR[k]}` }), KIND_LABEL[k])),
      h("li", { class: "hint" }, "size = links in view · click opens · double-click expands"),
    );
    this.element = h(
      "section",
      { class: "graph-panel", "aria-label": "Graph" },
      h("div", { class: "graph-head" }, h("h2", null, "Graph"), h("button", { type: "button", class: "small", onClick: () => this.fit() }, "Fit"), h("button", { type: "button", class: "small", onClick: () => this.center && void this.show(this.center, true) }, "Reset")),
      legend,
      h("div", { class: "graph-stage" }, this.canvas, this.tooltip),
      this.status,
      h("details", { class: "graph-nodes" }, h("summary", null, "Nodes in the graph (open or expand with the keyboard)"), this.nodeList),
      h("p", { class: "export-row" }, "Export this neighbourhood: ", this.exports),
    );
  }

  /** Shows the entity: selects it if the graph already holds it, else starts a new graph from its links. */
  async show(id: string, reset = false): Promise<void> {
    const started = performance.now();
    this.center = id;
    replaceChildren(this.exports, EXPORT_FORMATS.filter((f) => f.file !== "entities.csv").map((f) => h("a", { href: exportUrl(f.file, { involving: id }), download: true }, f.label)));
    if (!reset && this.graph.hasNode(id)) {
      this.message = `${this.graph.getNodeAttribute(id, "name")} selected.`;
      this.refresh();
      return;
    }
    this.graph.clear();
    this.remaining.clear();
    const detail = await entity(id);
    if (!detail || this.center !== id) return;
    this.graph.addNode(id, this.nodeAttrs(detail, 0, 0));
    // Registered before the expansion, whose refresh renders synchronously.
    this.sigma?.once("afterRender", () => {
      performance.mark("graph-rendered");
      performance.measure("graph-render", { start: started, end: performance.now() });
    });
    await this.expand(id);
  }

  /** Adds up to EXPANSION_CAP not-yet-shown neighbours of a node, and every link among the nodes shown. */
  async expand(id: string): Promise<number> {
    const detail = await entity(id);
    if (!detail || !this.graph.hasNode(id)) return 0;
    const byOther = new Map<string, Link[]>();
    for (const link of detail.links) byOther.set(link.other.id, [...(byOther.get(link.other.id) ?? []), link]);
    const missing = [...byOther.keys()].filter((o) => !this.graph.hasNode(o));
    // Strongest links first, so the cap keeps the best-attested neighbours.
    missing.sort((a, b) => Math.max(...byOther.get(b)!.map((l) => l.confidence)) - Math.max(...byOther.get(a)!.map((l) => l.confidence)));
    const adding = missing.slice(0, EXPANSION_CAP);
    const origin = this.graph.getNodeAttributes(id);
    adding.forEach((other, i) => {
      // Start new nodes on a circle around the expanded one; ForceAtlas2 takes it from there.
      const angle = (2 * Math.PI * i) / adding.length;
      const radius = 10 + Math.sqrt(this.graph.order) * 2;
      this.graph.addNode(other, this.nodeAttrs(byOther.get(other)![0]!.other, origin.x + radius * Math.cos(angle), origin.y + radius * Math.sin(angle)));
    });
    for (const [other, links] of byOther) {
      if (!this.graph.hasNode(other)) continue;
      for (const link of links) this.addEdge(id, link);
    }
    const more = missing.length - adding.length;
    this.remaining.set(id, more);
    this.message = `${detail.acronym ?? detail.name}: ${adding.length} new node${adding.length === 1 ? "" : "s"}${more > 0 ? `, and ${more} more (expand again for the next ${Math.min(more, EXPANSION_CAP)})` : ""}.`;
    this.layout();
    this.refresh();
    return adding.length;
  }

  fit(): void {
    this.sigma?.getCamera().animatedReset({ duration: 300 });
  }

  /** Puts the canvas in the page (again) and (re)starts sigma; call after the element is attached. */
  attached(): void {
    if (this.sigma) {
      this.sigma.resize();
      this.sigma.refresh();
      return;
    }
    try {
      this.sigma = new Sigma(this.graph, this.canvas, {
        allowInvalidContainer: true,
        enableEdgeEvents: true,
        defaultEdgeType: "arrow",
        labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
        labelSize: 12,
        labelWeight: "500",
        labelRenderedSizeThreshold: 3,
        labelDensity: 1.2,
        // Room for the labels, which sigma draws to the right of a node and does not count when it frames the graph.
        stagePadding: 60,
        zIndex: true,
        nodeReducer: (node, data) => {
          const out: Partial<NodeAttrs & { highlighted: boolean; zIndex: number }> = { ...data };
          if (node === this.center) Object.assign(out, { highlighted: true, zIndex: 2 });
          if (this.hovered && node !== this.hovered && !this.graph.areNeighbors(node, this.hovered)) Object.assign(out, { color: "#d6d9de", label: "", zIndex: 0 });
          return out;
        },
        edgeReducer: (edge, data) => {
          if (this.hovered && !this.graph.hasExtremity(edge, this.hovered)) return { ...data, hidden: true };
          return data;
        },
      });
    } catch (error) {
      replaceChildren(this.canvas, h("p", { class: "error" }, `The graph needs WebGL, which this browser could not start (${(error as Error).message}). The list of links shows the same data.`));
      return;
    }
    const sigma = this.sigma;
    // A handle for tests and the console: where a node is drawn (sigma.graphToViewport), to click it like a user.
    Object.defineProperty(this.canvas, "sigma", { value: sigma, configurable: true });
    sigma.on("clickNode", ({ node }) => {
      // Wait: a second click within the window makes it a double-click (expand), not an open.
      window.clearTimeout(this.clickTimer);
      this.clickTimer = window.setTimeout(() => this.onOpen(node), 260);
    });
    sigma.on("doubleClickNode", (e) => {
      window.clearTimeout(this.clickTimer);
      e.preventSigmaDefault();
      void this.expand(e.node);
    });
    sigma.on("enterNode", ({ node }) => {
      this.hovered = node;
      this.canvas.style.cursor = "pointer";
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on("leaveNode", () => {
      this.hovered = undefined;
      this.canvas.style.cursor = "";
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on("enterEdge", ({ edge, event }) => {
      const a = this.graph.getEdgeAttributes(edge);
      const [s, t] = this.graph.extremities(edge);
      replaceChildren(
        this.tooltip,
        h("strong", null, `${this.graph.getNodeAttribute(s, "label")} → ${a.types.map(typeLabel).join(", ")} → ${this.graph.getNodeAttribute(t, "label")}`),
        a.evidence ? h("q", null, a.evidence.length > 280 ? `${a.evidence.slice(0, 278)}…` : a.evidence) : null,
        a.document ? h("cite", null, a.document) : null,
      );
      this.tooltip.style.left = `${Math.min(event.x + 12, this.canvas.clientWidth - 260)}px`;
      this.tooltip.style.top = `${event.y + 12}px`;
      this.tooltip.hidden = false;
    });
    sigma.on("leaveEdge", () => (this.tooltip.hidden = true));
    this.refresh();
  }

  private nodeAttrs(e: EntityRef, x: number, y: number): NodeAttrs {
    return { label: shortLabel(e), name: e.name, kind: e.kind, x, y, size: 6, color: KIND_COLOR[e.kind] ?? "#777" };
  }

  private addEdge(id: string, link: Link): void {
    const [source, target] = link.direction === "IN" ? [link.other.id, id] : [id, link.other.id];
    const key = `${source}->${target}`;
    const first = link.evidence[0];
    if (this.graph.hasEdge(key)) {
      this.graph.updateEdgeAttribute(key, "types", (types) => (types!.includes(link.type) ? types! : [...types!, link.type]));
      return;
    }
    this.graph.addDirectedEdgeWithKey(key, source, target, {
      types: [link.type],
      evidence: first?.text ?? "",
      document: first ? [first.document.title, first.section].filter(Boolean).join(" · ") : "",
      size: 1.5,
      color: "#9aa3ad",
      type: "arrow",
    });
  }

  private layout(): void {
    this.graph.forEachNode((node) => this.graph.setNodeAttribute(node, "size", Math.min(4 + 2.5 * Math.sqrt(this.graph.degree(node)), 22)));
    if (this.graph.order < 2) return;
    const settings = forceAtlas2.inferSettings(this.graph);
    forceAtlas2.assign(this.graph, { iterations: this.graph.order > 150 ? 80 : 150, settings: { ...settings, gravity: 1, scalingRatio: 8 } });
  }

  private refresh(): void {
    this.canvas.dataset.nodes = String(this.graph.order);
    this.canvas.dataset.edges = String(this.graph.size);
    this.status.textContent = `${this.graph.order} nodes · ${this.graph.size} links. ${this.message}`;
    const items: HTMLElement[] = [];
    this.graph.forEachNode((node, a) => {
      const more = this.remaining.get(node);
      items.push(
        h(
          "li",
          null,
          h("span", { class: "dot", style: `background:${a.color}` }),
          h("a", { href: `/entity/${idPath(node)}` }, a.name),
          h("button", { type: "button", class: "small expand", "data-id": node, "aria-label": `Expand ${a.name} in the graph`, onClick: () => void this.expand(node) }, more === undefined ? "Expand" : more > 0 ? `Expand (+${more})` : "Expanded"),
        ),
      );
    });
    replaceChildren(this.nodeList, items);
    this.sigma?.refresh();
  }
}
