/**
 * A small history-API router: real URLs (/article/12, /entity/3), links marked `data-link` are
 * followed without reloading, and the server answers every such path with the app (SPA fallback).
 */

/** What a page gets: the path parameters and the query string. */
export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The `#fragment` without `#`, e.g. `quote-q2`. */
  hash: string;
  /** False once the user has navigated elsewhere: a page stops updating the DOM then. */
  isCurrent: () => boolean;
}

/** A page renders into the main element. */
export type Page = (main: HTMLElement, ctx: RouteContext) => Promise<void> | void;

interface Route {
  pattern: RegExp;
  keys: string[];
  page: Page;
}

const routes: Route[] = [];
let notFound: Page = () => undefined;
let renderCount = 0;
let onRender: (path: string) => void = () => undefined;

/** Registers a page for a path pattern such as `/article/:id`. */
export function route(path: string, page: Page): void {
  const keys: string[] = [];
  const pattern = new RegExp(`^${path.replace(/:(\w+)/g, (_, key: string) => {
    keys.push(key);
    return '([^/]+)';
  })}/?$`);
  routes.push({ pattern, keys, page });
}

/** The page shown when no route matches. */
export function fallback(page: Page): void {
  notFound = page;
}

/** Called after every render (to update the navigation). */
export function afterRender(callback: (path: string) => void): void {
  onRender = callback;
}

/** Renders the page for the current location. */
export async function render(focus = false): Promise<void> {
  const main = document.getElementById('main')!;
  const id = ++renderCount;
  const { pathname, search, hash } = window.location;
  const ctx: RouteContext = { params: {}, query: new URLSearchParams(search), hash: decodeURIComponent(hash.slice(1)), isCurrent: () => id === renderCount };
  let page = notFound;
  for (const r of routes) {
    const m = r.pattern.exec(pathname);
    if (m) {
      r.keys.forEach((key, i) => (ctx.params[key] = decodeURIComponent(m[i + 1]!)));
      page = r.page;
      break;
    }
  }
  onRender(pathname);
  await page(main, ctx);
  if (focus && ctx.isCurrent() && !ctx.hash) main.focus({ preventScroll: false });
}

/** Goes to a path inside the app. */
export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  if (!new URL(path, window.location.href).hash) window.scrollTo(0, 0);
  void render(true);
}

/** Starts the router: intercepts clicks on `a[data-link]` and the back button. */
export function start(): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target as Element | null;
    const link = target?.closest('a[data-link]') as HTMLAnchorElement | null;
    if (!link || link.target === '_blank') return;
    const url = new URL(link.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener('popstate', () => void render());
  void render();
}
