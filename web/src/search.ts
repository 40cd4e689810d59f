import { search, type Named } from "./api";
import { h } from "./dom";
import { KIND_COLOR, KIND_PLURAL, KINDS } from "./labels";

let counter = 0;

export interface SearchBoxOptions {
  label: string;
  placeholder?: string;
  value?: string;
  /** Hide the label visually (it stays for screen readers). */
  hiddenLabel?: boolean;
  onPick(entity: Named): void;
}

/**
 * Type-ahead over names, acronyms and aliases, grouped by kind: an ARIA combobox driven by the keyboard
 * (arrows, Enter, Escape) as well as the mouse.
 */
export function searchBox(options: SearchBoxOptions): HTMLElement & { input: HTMLInputElement } {
  const id = `search-${++counter}`;
  const listbox = h("ul", { id: `${id}-list`, role: "listbox", class: "suggestions", hidden: true, "aria-label": `${options.label} suggestions` });
  const input = h("input", {
    id,
    type: "search",
    role: "combobox",
    autocomplete: "off",
    spellcheck: "false",
    placeholder: options.placeholder ?? "Search organizations, initiatives, countries…",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listbox.id,
  });
  if (options.value) input.value = options.value;
  const wrapper = h("div", { class: "searchbox" }, h("label", { for: id, class: options.hiddenLabel ? "visually-hidden" : "" }, options.label), input, listbox) as unknown as HTMLElement & { input: HTMLInputElement };
  wrapper.input = input;

  let hits: Named[] = [];
  let active = -1;
  let seq = 0;
  let timer: number | undefined;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const setActive = (i: number) => {
    active = i;
    listbox.querySelectorAll<HTMLElement>("[role=option]").forEach((el, j) => el.setAttribute("aria-selected", String(j === i)));
    if (i >= 0) {
      input.setAttribute("aria-activedescendant", `${id}-opt-${i}`);
      document.getElementById(`${id}-opt-${i}`)?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.acronym ? `${hit.name} (${hit.acronym})` : hit.name;
    close();
    options.onPick(hit);
  };
  const render = (text: string) => {
    listbox.replaceChildren();
    if (!hits.length) {
      listbox.append(h("li", { class: "empty", role: "presentation" }, `Nothing found for “${text}”`));
    }
    // Grouped by kind; the option index follows the display order so arrows move down the list as seen.
    const ordered: Named[] = [];
    for (const kind of KINDS) {
      const group = hits.filter((x) => x.kind === kind);
      if (!group.length) continue;
      listbox.append(h("li", { class: "group", role: "presentation" }, KIND_PLURAL[kind]));
      for (const hit of group) {
        const i = ordered.push(hit) - 1;
        const aliases = hit.aliases.filter((a) => a !== hit.acronym).slice(0, 2);
        listbox.append(
          h(
            "li",
            { id: `${id}-opt-${i}`, role: "option", "aria-selected": "false", onMousedown: (e: Event) => e.preventDefault(), onClick: () => pick(i) },
            h("span", { class: "dot", style: `background:${KIND_COLOR[hit.kind]}` }),
            h("span", { class: "name" }, hit.name),
            hit.acronym ? h("span", { class: "acronym" }, hit.acronym) : null,
            aliases.length ? h("span", { class: "aliases" }, aliases.join(", ")) : null,
          ),
        );
      }
    }
    hits = ordered;
    listbox.hidden = false;
    input.setAttribute("aria-expanded", "true");
    setActive(hits.length ? 0 : -1);
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = window.setTimeout(async () => {
      const mine = ++seq;
      try {
        const result = await search(text);
        if (mine !== seq) return; // a later keystroke already asked again
        hits = result.map((r) => r.entity);
        render(text);
      } catch {
        if (mine === seq) close();
      }
    }, 120);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && hits.length) {
      e.preventDefault();
      if (listbox.hidden) render(input.value);
      else setActive((active + 1) % hits.length);
    } else if (e.key === "ArrowUp" && hits.length) {
      e.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (e.key === "Enter") {
      if (!listbox.hidden && hits.length) {
        e.preventDefault();
        pick(active >= 0 ? active : 0);
      }
    } else if (e.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => window.setTimeout(close, 150));
  return wrapper;
}
