// Hash routing: `#/overview`, `#/components/checkout-api`, … (works from file:// and in Tauri).
export const PAGES = ['overview', 'map', 'components', 'incidents', 'detection', 'healing', 'compliance', 'settings'] as const;
export type Page = (typeof PAGES)[number] | 'component';

function parse(hash: string): { page: Page; param: string | null } {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'components' && parts[1]) return { page: 'component', param: parts[1] };
  const p = (PAGES as readonly string[]).includes(parts[0]) ? (parts[0] as Page) : 'overview';
  return { page: p, param: null };
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
