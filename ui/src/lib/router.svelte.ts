// Hash routing: `#/overview`, `#/components/checkout-api`, … (works from file:// and in Tauri).
export const PAGES = ['overview', 'map', 'components', 'incidents', 'detection', 'healing', 'compliance', 'settings'] as const;
export type Page = (typeof PAGES)[number] | 'component';

/** `#/components/api?from=1700000000&to=1700003600`: the page, its parameter and the query
 *  after `?` (the component page takes `from`/`to`, Unix seconds, as its charts' range). */
function parse(hash: string): { page: Page; param: string | null; query: Record<string, string> } {
  const [path, q = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const query = Object.fromEntries(new URLSearchParams(q));
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'components' && parts[1]) return { page: 'component', param: parts[1], query };
  const p = (PAGES as readonly string[]).includes(parts[0]) ? (parts[0] as Page) : 'overview';
  return { page: p, param: null, query };
}

/** A `from`/`to` range (Unix seconds) from a route's query; `null` unless both are whole
 *  numbers with `from < to`. */
export function queryRange(query: Record<string, string>): { from: number; to: number } | null {
  const from = Number(query.from), to = Number(query.to);
  return query.from && query.to && Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from < to ? { from, to } : null;
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
