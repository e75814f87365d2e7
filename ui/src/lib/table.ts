// Pure helpers for the components table (unit-tested): filtering, sorting and the virtual window.
import type { ComponentView } from './bindings/ComponentView';
import type { Status } from './bindings/Status';
import type { Heartbeat } from './bindings/Heartbeat';
import type { StatusCounts } from './bindings/StatusCounts';

export type SortKey = 'name' | 'region' | 'status' | 'latency' | 'cpu' | 'memory' | 'availability' | 'availability_24h' | 'restarts';
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
    case 'availability_24h':
      return c.availability_24h.ratio ?? -1;
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

/** Case-insensitive match on name, region, status, check kind and tags; every word must match. */
export function filterComponents(list: readonly ComponentView[], query: string, region: string | null): ComponentView[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((c) => {
    if (region && c.region !== region) return false;
    if (!words.length) return true;
    const hay = `${c.name} ${c.region} ${c.status} ${c.check_kind} ${c.tags.join(' ')}`.toLowerCase();
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

// ---- The list's heartbeat strip, status chips, tags and groups (issue 20) ----


const LETTER: Record<string, Status> = { h: 'healthy', d: 'degraded', f: 'failed', u: 'unknown' };
const LETTER_OF: Record<Status, string> = { healthy: 'h', degraded: 'd', failed: 'f', unknown: 'u' };

export type Beat = { at_ms: number; status: Status; latency_ms: number };

/** When each check of a heartbeat ended (Unix ms), oldest first (`last_ms` minus the gaps). */
export function beatTimes(h: Heartbeat): number[] {
  const n = h.statuses.length;
  const at = new Array<number>(n).fill(h.last_ms);
  for (let i = n - 2; i >= 0; i--) at[i] = at[i + 1] - h.gaps_ms[i];
  return at;
}

/** The checks of a heartbeat, oldest first. */
export function beatsOf(h: Heartbeat): Beat[] {
  const at = beatTimes(h);
  return [...h.statuses].map((l, i) => ({ at_ms: at[i], status: LETTER[l] ?? 'unknown', latency_ms: h.latency_ms[i] }));
}

/** The heartbeat with one more check (a sample from the event stream), the oldest dropped past
 *  `cap`. A check not newer than the newest one there (a refetch raced the stream) is skipped. */
export function appendBeat(h: Heartbeat, at_ms: number, status: Status, latency_ms: number): Heartbeat {
  const n = h.statuses.length;
  if (n && h.last_ms >= at_ms) return h;
  const drop = Math.max(0, n + 1 - h.cap);
  const gaps = n ? [...h.gaps_ms, at_ms - h.last_ms] : [];
  return {
    cap: h.cap,
    statuses: h.statuses.slice(drop) + LETTER_OF[status],
    last_ms: at_ms,
    gaps_ms: gaps.slice(drop),
    latency_ms: [...h.latency_ms.slice(drop), Math.round(latency_ms * 10) / 10],
  };
}

/** The status filter: every component or one status (`failed` is said "down"). */
export type StatusFilter = 'all' | Status;
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'healthy', 'degraded', 'failed', 'unknown'];

/** The chips with the engine's counts (`Overview.counts`, or a region's): `all` is their sum. */
export function statusChips(counts: StatusCounts | null | undefined): { id: StatusFilter; count: number | null }[] {
  return STATUS_FILTERS.map((id) => ({
    id,
    count: !counts ? null : id === 'all' ? counts.healthy + counts.degraded + counts.failed + counts.unknown : counts[id],
  }));
}

export type ListFilter = { query: string; region: string | null; status?: StatusFilter; tag?: string | null };

/** `filterComponents` plus the status chip and the tag. */
export function filterList(list: readonly ComponentView[], f: ListFilter): ComponentView[] {
  const base = filterComponents(list, f.query, f.region);
  return base.filter((c) => (!f.status || f.status === 'all' || c.status === f.status) && (!f.tag || c.tags.includes(f.tag)));
}

/** Every tag of the components, sorted. */
export function allTags(list: readonly ComponentView[]): string[] {
  const s = new Set<string>();
  for (const c of list) for (const t of c.tags) s.add(t);
  return [...s].sort((a, b) => a.localeCompare(b));
}

export type GroupBy = 'none' | 'region' | 'tag';
/** The key of the group of components without a tag (said "untagged"). */
export const NO_TAG = '';
export type ListItem =
  | { kind: 'group'; key: string; count: number; worst: Status; collapsed: boolean }
  | { kind: 'row'; c: ComponentView; group: string | null };

const WORST: Record<Status, number> = { healthy: 0, unknown: 1, degraded: 2, failed: 3 };

/** The rows under group headers, in the rows' order within a group, groups by key (untagged
 *  last); a collapsed group keeps its header. By tag, a component with several tags is in each
 *  of their groups. `none`: the rows alone. */
export function groupRows(rows: readonly ComponentView[], by: GroupBy, collapsed: ReadonlySet<string>): ListItem[] {
  if (by === 'none') return rows.map((c) => ({ kind: 'row', c, group: null }));
  const groups = new Map<string, ComponentView[]>();
  for (const c of rows) {
    const keys = by === 'region' ? [c.region as string] : c.tags.length ? c.tags : [NO_TAG];
    for (const k of keys) {
      const g = groups.get(k);
      if (g) g.push(c);
      else groups.set(k, [c]);
    }
  }
  const keys = [...groups.keys()].sort((a, b) => (a === NO_TAG ? 1 : b === NO_TAG ? -1 : a.localeCompare(b)));
  const out: ListItem[] = [];
  for (const key of keys) {
    const members = groups.get(key)!;
    let worst: Status = 'healthy';
    for (const c of members) if (WORST[c.status] > WORST[worst]) worst = c.status;
    const shut = collapsed.has(key);
    out.push({ kind: 'group', key, count: members.length, worst, collapsed: shut });
    if (!shut) for (const c of members) out.push({ kind: 'row', c, group: key });
  }
  return out;
}
