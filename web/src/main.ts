import "./style.css";
import { h, replaceChildren } from "./dom";
import { renderDashboard } from "./dashboard";
import { renderEntity } from "./entityPage";
import { renderHome } from "./homePage";
import { renderPath } from "./pathPage";
import { idPath, navigate, startRouter } from "./router";
import { searchBox } from "./search";

const main = document.getElementById("main")!;

const top = searchBox({ label: "Search", hiddenLabel: true, placeholder: "Search (press /)", onPick: (e) => navigate(`/entity/${idPath(e.id)}`) });
document.getElementById("top-search")!.append(top);

// "/" jumps to the search box from anywhere except a text field.
document.addEventListener("keydown", (e) => {
  const target = e.target as HTMLElement;
  if (e.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
    e.preventDefault();
    top.input.focus();
  }
});

let current = 0;
startRouter(async (url) => {
  const mine = ++current;
  const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  document.querySelectorAll("header nav a").forEach((a) => a.removeAttribute("aria-current"));
  const section = parts[0] ?? "";
  document.querySelector(`header nav a[href^="/${section === "entity" ? "" : section}"]`)?.setAttribute("aria-current", "page");
  try {
    if (parts[0] === "entity" && parts[1]) await renderEntity(main, parts[1], url);
    else if (parts[0] === "path") await renderPath(main, parts[1] ?? "", parts[2] ?? "", url);
    else if (parts[0] === "dashboard") await renderDashboard(main, url);
    else await renderHome(main, url);
  } catch (error) {
    if (mine === current) replaceChildren(main, h("p", { class: "error", role: "alert" }, String(error)));
  }
  if (mine === current && !url.hash) {
    window.scrollTo(0, 0);
    if (document.activeElement === document.body) main.focus({ preventScroll: true });
  }
  performance.mark("page-ready");
});
