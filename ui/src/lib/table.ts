// Pure helpers for the components table (unit-tested): filtering, sorting and the virtual window.
import type { ComponentView } from './bindings/ComponentView';
import type { Status } from './bindings/Status';

export type SortKey = 'name' | 'region' | 'status' | 'latency' | 'cpu' | 'memory' | 'availability' | 'restarts';
export type SortDir = 'asc' | 'desc';

const STATUS_ORDER: Record<Status, number> = { failed: 0, degraded: 1, unknown: 2, healthy: 3 };

function keyOf(c: ComponentView, k: SortKey): number | string {
  switch (k) {
    case 'name':
      return c.name;
    case 'region':
      return c.region;
    case 'status':
      return STATUS_ORDER[c.status];
    case 'latency':
      return c.latency_ms ?? Number.POSITIVE_INFINITY;
    case 'cpu':
      return c.metrics.cpu_usage ?? -1;
    case 'memory':
      return c.metrics.memory_bytes ?? -1;
    case 'availability':
      return c.availability.ratio ?? -1;
    case 'restarts':
      return c.restarts;
  }
}

export function sortComponents(list: readonly ComponentView[], key: SortKey, dir: SortDir): ComponentView[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const x = keyOf(a, key), y = keyOf(b, key);
    const c = typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number);
    return c !== 0 ? sign * c : a.name.localeCompare(b.name);
  });
}

/** Case-insensitive match on name, region, status and check kind; every word must match. */
export function filterComponents(list: readonly ComponentView[], query: string, region: string | null): ComponentView[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((c) => {
    if (region && c.region !== region) return false;
    if (!words.length) return true;
    const hay = `${c.name} ${c.region} ${c.status} ${c.check_kind}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** Which rows to render for a scroll position: [start, end) plus the spacer heights. */
export function virtualWindow(total: number, rowHeight: number, scrollTop: number, viewport: number, overscan = 8) {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(total, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { start, end, before: start * rowHeight, after: Math.max(0, (total - end) * rowHeight) };
}

/** Chart step for a range so a chart has about `points` buckets (seconds, at least 1). */
export function stepFor(rangeSeconds: number, points = 240): number {
  return Math.max(1, Math.round(rangeSeconds / points));
}
