// Working incidents on the Incidents page: the time-range filter and "charts at this incident".
import type { IncidentView } from './backend';

/** The time-range presets of the Incidents page (seconds back from now); `7d` is the engine's
 *  default listing (the live store's incidents). */
export const RANGE_PRESETS = [
  { id: '1h', secs: 3600 },
  { id: '24h', secs: 86_400 },
  { id: '7d', secs: 7 * 86_400 },
  { id: '30d', secs: 30 * 86_400 },
] as const;
export type RangeId = (typeof RANGE_PRESETS)[number]['id'] | 'custom';
export const DEFAULT_RANGE: RangeId = '7d';

/** `[from, to)` in Unix seconds of a preset at `nowMs`. */
export function presetRange(id: Exclude<RangeId, 'custom'>, nowMs: number): { from: number; to: number } {
  const to = Math.floor(nowMs / 1000) + 1;
  return { from: to - RANGE_PRESETS.find((p) => p.id === id)!.secs, to };
}

/** A custom range from two `datetime-local` values (the browser's time zone); `null` when either
 *  is missing or invalid or `to` is not after `from`. */
export function customRange(fromLocal: string, toLocal: string): { from: number; to: number } | null {
  const f = new Date(fromLocal).getTime(), t = new Date(toLocal).getTime();
  if (!fromLocal || !toLocal || !Number.isFinite(f) || !Number.isFinite(t) || t <= f) return null;
  return { from: Math.floor(f / 1000), to: Math.ceil(t / 1000) };
}

/** The charts' range around an incident (Unix seconds): from a little before its onset to a
 *  little after it ended (now while open); the margin is a quarter of its length, at least
 *  5 minutes on each side. */
export function chartRange(i: Pick<IncidentView, 'onset_ms' | 'detected_ms' | 'resolved_ms'>, nowMs: number): { from: number; to: number } {
  const start = Math.min(i.onset_ms, i.detected_ms);
  const end = Math.max(i.resolved_ms ?? nowMs, i.detected_ms);
  const pad = Math.max(300_000, (end - start) / 4);
  return { from: Math.max(0, Math.floor((start - pad) / 1000)), to: Math.ceil(Math.min(end + pad, Math.max(nowMs, end)) / 1000) + 1 };
}

/** The component page's path with the charts at an incident: `components/api?from=…&to=…`,
 *  in Unix milliseconds as the component page reads them (`rangeFromQuery` in charts.ts). */
export function chartsPath(i: Pick<IncidentView, 'component' | 'onset_ms' | 'detected_ms' | 'resolved_ms'>, nowMs: number): string {
  const r = chartRange(i, nowMs);
  return `components/${encodeURIComponent(i.component)}?from=${r.from * 1000}&to=${r.to * 1000}`;
}

/** `list` with `next` in place of the incident of the same id (unchanged when absent). */
export function replaceIncident<T extends { id: number }>(list: readonly T[], next: T): T[] {
  return list.map((x) => (x.id === next.id ? next : x));
}
