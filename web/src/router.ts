/** History-API routing: links inside the app change the page without a reload; deep links work on reload. */
type Render = (url: URL) => void | Promise<void>;
let render: Render = () => {};

export function startRouter(fn: Render): void {
  render = fn;
  window.addEventListener("popstate", () => void render(new URL(location.href)));
  document.addEventListener("click", (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.("a");
    if (!a || a.target || a.hasAttribute("download") || a.hasAttribute("data-external")) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith("/export/") || url.pathname.startsWith("/graphql")) return;
    e.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
  void render(new URL(location.href));
}

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  void render(new URL(location.href));
}

/** Changes the query string without re-rendering (filters that the page already applied). */
export function setQuery(params: URLSearchParams): void {
  const q = params.toString();
  history.replaceState(null, "", `${location.pathname}${q ? `?${q}` : ""}`);
}

/** An id as a path segment; colons stay readable (/entity/org:iom), anything else is escaped. */
export function idPath(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ":");
}
