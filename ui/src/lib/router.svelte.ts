// Hash routing: `#/overview`, `#/components/checkout-api`, … (works from file:// and in Tauri).
export const PAGES = ['overview', 'map', 'components', 'incidents', 'detection', 'healing', 'compliance', 'settings'] as const;
export type Page = (typeof PAGES)[number] | 'component';

/** `#/components/web?from=…&to=…`: the page, its parameter and the query after `?`. */
export function parse(hash: string): { page: Page; param: string | null; query: Record<string, string> } {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const query = Object.fromEntries(new URLSearchParams(q >= 0 ? raw.slice(q + 1) : ''));
  const parts = (q >= 0 ? raw.slice(0, q) : raw).split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'components' && parts[1]) return { page: 'component', param: parts[1], query };
  const p = (PAGES as readonly string[]).includes(parts[0]) ? (parts[0] as Page) : 'overview';
  return { page: p, param: null, query };
}

export const route = $state(parse(typeof location !== 'undefined' ? location.hash : ''));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => Object.assign(route, parse(location.hash)));
}

export function go(path: string) {
  location.hash = '#/' + path;
}

export function href(path: string) {
  return '#/' + path;
}

/** Replace the current route's query without a new history entry or a page change
 *  (`{from, to}` of the component page's charts as they are zoomed). */
export function setQuery(query: Record<string, string | number> | null) {
  const base = location.hash.replace(/\?.*$/, '');
  const qs = query ? new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString() : '';
  history.replaceState(history.state, '', qs ? `${base}?${qs}` : base || '#/');
  route.query = query ? Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) : {};
}
