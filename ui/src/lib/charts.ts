// Pure helpers for the component page's charts (unit-tested): the range in the URL, drag-to-zoom
// arithmetic, and the 1 s live buffer fed by the event stream's samples.
import type { Bucket } from './bindings/Bucket';

/** A chart range in Unix seconds, `[from, to)`. */
export type Range = { from: number; to: number };

/** The narrowest range a zoom may reach (seconds): a few 1 s buckets. */
export const MIN_SPAN_S = 10;

/** The range a link asked for: `from` and `to` in the route's query as Unix milliseconds (the
 *  incidents page's "open the charts at this incident"); `null` when absent or not a range. */
export function rangeFromQuery(query: Record<string, string>): Range | null {
  const f = query.from, t = query.to;
  if (f === undefined || t === undefined || !/^\d+$/.test(f) || !/^\d+$/.test(t)) return null;
  const from = Math.floor(Number(f) / 1000), to = Math.ceil(Number(t) / 1000);
  return to > from ? { from, to } : null;
}

/** The query that says a range (`from`/`to` in Unix milliseconds). */
export function rangeToQuery(r: Range): { from: number; to: number } {
  return { from: r.from * 1000, to: r.to * 1000 };
}

/** The range selected by dragging from `x0` to `x1` (fractions of the plot's width, any order,
 *  clamped to 0–1) over `r`; at least `MIN_SPAN_S` wide, centred on the selection when
 *  narrower. `null` when the drag is too short to mean a zoom (under 1 % of the width). */
export function zoomRange(r: Range, x0: number, x1: number): Range | null {
  const a = Math.min(1, Math.max(0, Math.min(x0, x1))), b = Math.min(1, Math.max(0, Math.max(x0, x1)));
  if (b - a < 0.01) return null;
  const span = r.to - r.from;
  let from = r.from + a * span, to = r.from + b * span;
  if (to - from < MIN_SPAN_S) {
    const mid = (from + to) / 2;
    from = mid - MIN_SPAN_S / 2;
    to = mid + MIN_SPAN_S / 2;
  }
  return { from: Math.floor(from), to: Math.ceil(to) };
}

/** The time under the pointer at fraction `x` of the plot over `r` (the shared crosshair). */
export function timeAt(r: Range, x: number): number {
  return r.from + Math.min(1, Math.max(0, x)) * (r.to - r.from);
}

/** The bucket nearest to `ts`, or `null` (the crosshair's read-out on each chart). */
export function nearest(buckets: readonly Bucket[], ts: number): Bucket | null {
  let best: Bucket | null = null;
  for (const b of buckets) if (!best || Math.abs(b.ts - ts) < Math.abs(best.ts - ts)) best = b;
  return best;
}

/** Seconds the live mode shows. */
export const LIVE_WINDOW_S = 300;

/** One metric's last `LIVE_WINDOW_S` seconds in 1 s buckets: seeded from the history
 *  (`samples` at step 1), then fed each sample of the event stream. */
export class LiveBuffer {
  private byTs = new Map<number, Bucket>();
  constructor(readonly windowS = LIVE_WINDOW_S) {}

  /** Start from stored buckets (replacing what was there). */
  seed(buckets: readonly Bucket[]) {
    this.byTs.clear();
    for (const b of buckets) this.byTs.set(b.ts, { ...b });
  }

  /** One value at `atMs`, into its second. */
  add(atMs: number, value: number) {
    const ts = Math.floor(atMs / 1000);
    const b = this.byTs.get(ts);
    if (!b) this.byTs.set(ts, { ts, mean: value, min: value, max: value, count: 1 });
    else {
      b.mean = (b.mean * b.count + value) / (b.count + 1);
      b.min = Math.min(b.min, value);
      b.max = Math.max(b.max, value);
      b.count += 1;
    }
  }

  /** The buckets of the window ending at `nowS`, oldest first; older ones are dropped. */
  buckets(nowS: number): Bucket[] {
    const from = nowS - this.windowS;
    const out: Bucket[] = [];
    for (const [ts, b] of this.byTs) {
      if (ts < from) this.byTs.delete(ts);
      else if (ts <= nowS) out.push({ ...b });
    }
    return out.sort((a, b) => a.ts - b.ts);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A time as an `<input type="datetime-local">` value, in the browser's time zone. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The range two `datetime-local` values say (local time), or `null` when either is not a
 *  time or `from` is not before `to`. */
export function rangeFromInputs(from: string, to: string): Range | null {
  const f = new Date(from).getTime(), t = new Date(to).getTime();
  if (!from || !to || Number.isNaN(f) || Number.isNaN(t) || t <= f) return null;
  return { from: Math.floor(f / 1000), to: Math.ceil(t / 1000) };
}
