import { browse } from "./api";
import { errorBox, h, replaceChildren } from "./dom";
import { KIND_COLOR, KIND_PLURAL, KINDS } from "./labels";
import { idPath, navigate } from "./router";
import { searchBox } from "./search";

/** /: the search, a few starting points, and the entities of one kind (?kind=…), a page at a time. */
export async function renderHome(main: HTMLElement, url: URL): Promise<void> {
  document.title = "Migration graph explorer";
  const kind = url.searchParams.get("kind");
  const box = searchBox({ label: "Find an organization, initiative, convention, country or forum", placeholder: "Try IOM, GFMD, Philippines, Palermo Protocol…", onPick: (e) => navigate(`/entity/${idPath(e.id)}`) });
  box.classList.add("hero-search");
  const list = h("div", { class: "browse" });
  replaceChildren(
    main,
    h(
      "section",
      { class: "hero" },
      h("h1", null, "Who works with whom on migration, and where does it say so?"),
      h("p", null, "Every link in this graph comes with the sentence that states it. Search for an entity, follow its links, expand the graph, or ask how two entities are connected."),
      box,
      h(
        "p",
        { class: "starts" },
        "Start with ",
        h("a", { href: "/entity/org:iom" }, "IOM"),
        ", ",
        h("a", { href: "/entity/forum:gmg" }, "the Global Migration Group"),
        ", ",
        h("a", { href: "/entity/forum:gfmd" }, "the GFMD"),
        ", ",
        h("a", { href: "/path/org:undp/ctry:ph" }, "UNDP → Philippines"),
        " or the ",
        h("a", { href: "/dashboard" }, "dashboard"),
        ".",
      ),
    ),
    h("nav", { class: "kinds", "aria-label": "Browse by kind" }, KINDS.map((k) => h("a", { href: `/?kind=${k}`, "aria-current": k === kind ? "page" : false }, h("span", { class: "dot", style: `background:${KIND_COLOR[k]}` }), KIND_PLURAL[k]))),
    list,
  );
  if (!kind) {
    box.input.focus();
    return;
  }
  const more = async (after: string | null) => {
    try {
      const page = await browse(kind, after);
      list.querySelector(".more")?.remove();
      if (!after) replaceChildren(list, h("h2", null, `${KIND_PLURAL[kind] ?? kind} (${page.totalCount})`), h("ul", { class: "entity-list" }));
      list.querySelector("ul")!.append(...page.entities.map((e) => h("li", null, h("a", { href: `/entity/${idPath(e.id)}` }, e.name), e.acronym ? h("span", { class: "acronym" }, e.acronym) : null, h("span", { class: "facts" }, `${e.mentionCount} mentions`))));
      if (page.next) list.append(h("button", { type: "button", class: "more", onClick: () => void more(page.next) }, "Show more"));
    } catch (error) {
      replaceChildren(list, errorBox(error));
    }
  };
  await more(null);
}
