// The component page's chart logic (issue 20): the range in the URL, zoom arithmetic, the
// crosshair's read-out and the 1 s live buffer.
import { describe, expect, it } from 'vitest';
import { LiveBuffer, LIVE_WINDOW_S, MIN_SPAN_S, nearest, rangeFromInputs, rangeFromQuery, rangeToQuery, timeAt, toLocalInput, zoomRange } from './charts';

describe('range in the URL', () => {
  it('reads `from`/`to` as Unix milliseconds and writes them back', () => {
    expect(rangeFromQuery({ from: '1700000000000', to: '1700003600500' })).toEqual({ from: 1_700_000_000, to: 1_700_003_601 });
    expect(rangeToQuery({ from: 1_700_000_000, to: 1_700_003_601 })).toEqual({ from: 1_700_000_000_000, to: 1_700_003_601_000 });
  });
  it.each([[{}], [{ from: '5' }], [{ from: 'x', to: '9' }], [{ from: '9000', to: '1000' }], [{ from: '-1', to: '5' }]])('ignores %j', (q) => {
    expect(rangeFromQuery(q as Record<string, string>)).toBeNull();
  });
  it('custom inputs: local times, start before end', () => {
    const f = toLocalInput(Date.UTC(2026, 11, 7, 10, 0));
    const t = toLocalInput(Date.UTC(2026, 11, 7, 11, 30));
    expect(rangeFromInputs(f, t)).toEqual({ from: Date.UTC(2026, 11, 7, 10, 0) / 1000, to: Date.UTC(2026, 11, 7, 11, 30) / 1000 });
    expect(rangeFromInputs(t, f)).toBeNull();
    expect(rangeFromInputs('', t)).toBeNull();
  });
});

describe('zoom', () => {
  const r = { from: 1000, to: 2000 };
  it('maps the dragged fractions to times, in either direction', () => {
    expect(zoomRange(r, 0.25, 0.5)).toEqual({ from: 1250, to: 1500 });
    expect(zoomRange(r, 0.5, 0.25)).toEqual({ from: 1250, to: 1500 });
  });
  it('clamps to the plot and ignores a click', () => {
    expect(zoomRange(r, -0.5, 0.1)).toEqual({ from: 1000, to: 1100 });
    expect(zoomRange(r, 0.5, 0.505)).toBeNull();
  });
  it('never narrower than MIN_SPAN_S, centred on the selection', () => {
    const z = zoomRange({ from: 0, to: 100 }, 0.5, 0.52)!;
    expect(z.to - z.from).toBeGreaterThanOrEqual(MIN_SPAN_S);
    expect((z.from + z.to) / 2).toBeCloseTo(51, 0);
  });
  it('the crosshair time and the nearest bucket', () => {
    expect(timeAt(r, 0.5)).toBe(1500);
    expect(timeAt(r, 2)).toBe(2000);
    const bs = [10, 20, 30].map((ts) => ({ ts, mean: ts, min: ts, max: ts, count: 1 }));
    expect(nearest(bs, 24)?.ts).toBe(20);
    expect(nearest([], 24)).toBeNull();
  });
});

describe('1 s live buffer', () => {
  it('one bucket a second, seeded from the history, fed by samples, the window slides', () => {
    const b = new LiveBuffer();
    b.seed([{ ts: 100, mean: 1, min: 1, max: 1, count: 1 }]);
    b.add(101_200, 2);
    b.add(101_900, 4);
    b.add(102_000, 5);
    expect(b.buckets(102)).toEqual([
      { ts: 100, mean: 1, min: 1, max: 1, count: 1 },
      { ts: 101, mean: 3, min: 2, max: 4, count: 2 },
      { ts: 102, mean: 5, min: 5, max: 5, count: 1 },
    ]);
    // 5 minutes later the first ones are out of the window, and dropped.
    expect(b.buckets(101 + LIVE_WINDOW_S).map((x) => x.ts)).toEqual([101, 102]);
    expect(b.buckets(102 + LIVE_WINDOW_S).map((x) => x.ts)).toEqual([102]);
    expect(b.buckets(103 + LIVE_WINDOW_S)).toEqual([]);
  });
});
