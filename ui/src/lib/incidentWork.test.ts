import { describe, expect, it } from 'vitest';
import { chartRange, chartsPath, customRange, presetRange, replaceIncident } from './incidentWork';

describe('incident work', () => {
  const now = 1_800_000_000_000;
  it('puts the charts around a closed incident with a quarter of its length on each side', () => {
    const r = chartRange({ onset_ms: now - 4 * 3_600_000, detected_ms: now - 4 * 3_600_000 + 5_000, resolved_ms: now - 2 * 3_600_000 }, now);
    expect(r.from).toBe((now - 4 * 3_600_000 - 1_800_000) / 1000);
    expect(r.to).toBe((now - 2 * 3_600_000 + 1_800_000) / 1000 + 1);
  });
  it('keeps at least five minutes around a short incident and ends at now while it is open', () => {
    const r = chartRange({ onset_ms: now - 60_000, detected_ms: now - 60_000, resolved_ms: null }, now);
    expect(r.from).toBe((now - 60_000 - 300_000) / 1000);
    expect(r.to).toBe(now / 1000 + 1);
  });
  it('names the component and the range in the path', () => {
    expect(chartsPath({ component: 'a b', onset_ms: now, detected_ms: now, resolved_ms: now }, now)).toBe(`components/a%20b?from=${(now / 1000 - 300) * 1000}&to=${(now / 1000 + 1) * 1000}`);
  });
  it('reads presets and custom ranges, refusing reversed ones', () => {
    expect(presetRange('1h', now)).toEqual({ from: now / 1000 + 1 - 3600, to: now / 1000 + 1 });
    expect(customRange('2026-01-01T10:00', '2026-01-01T09:00')).toBeNull();
    expect(customRange('', '2026-01-01T09:00')).toBeNull();
    const c = customRange('2026-01-01T09:00', '2026-01-01T10:00')!;
    expect(c.to - c.from).toBe(3600);
  });
  it('replaces an incident by id', () => {
    expect(replaceIncident([{ id: 1, v: 'a' }, { id: 2, v: 'b' }], { id: 2, v: 'c' })).toEqual([{ id: 1, v: 'a' }, { id: 2, v: 'c' }]);
  });
});

describe('the component page range in the route', () => {
  const now = 1_800_000_000_000;
  it('is the incident range the component page reads back', async () => {
    const { rangeFromQuery } = await import('./charts');
    const inc = { component: 'api', onset_ms: now - 60_000, detected_ms: now - 50_000, resolved_ms: now - 10_000 };
    const query = Object.fromEntries(new URLSearchParams(chartsPath(inc, now).split('?')[1]));
    expect(rangeFromQuery(query)).toEqual(chartRange(inc, now));
  });
});
