import { describe, expect, it } from 'vitest';
import type { ComponentView } from './bindings/ComponentView';
import { filterComponents, sortComponents, stepFor, virtualWindow } from './table';

function comp(name: string, region: ComponentView['region'], status: ComponentView['status'], latency: number | null, restarts = 0, ratio: number | null = 1): ComponentView {
  return {
    name, region, status, critical: false, since_ms: 0, last_check_ms: null, latency_ms: latency, issues: [], metrics: { cpu_usage: latency ?? 0 },
    check_kind: 'http', check_interval_ms: 1000, supervised: true, pid: null, instances: 1, restarts, checks_total: 10, checks_failed: 0,
    availability: { ratio, from_ms: 0, to_ms: 86_400_000, up_ms: 86_400_000, degraded_ms: 0, down_ms: 0, outages: 0 }, depends_on: [], sla: 99.9, memory_limit_bytes: null, paused: false,
  };
}
const list = [comp('b-api', 'us-east', 'healthy', 3), comp('a-db', 'eu-west', 'failed', null, 2, 0.9), comp('c-cache', 'eu-west', 'degraded', 10, 1, null)];

describe('components table', () => {
  it.each([
    ['name', 'asc', ['a-db', 'b-api', 'c-cache']],
    ['name', 'desc', ['c-cache', 'b-api', 'a-db']],
    ['status', 'asc', ['a-db', 'c-cache', 'b-api']],
    ['latency', 'asc', ['b-api', 'c-cache', 'a-db']],
    ['restarts', 'desc', ['a-db', 'c-cache', 'b-api']],
    // No data (null) sorts below every figure.
    ['availability', 'asc', ['c-cache', 'a-db', 'b-api']],
  ] as const)('sorts by %s %s', (key, dir, expected) => {
    expect(sortComponents(list, key, dir).map((c) => c.name)).toEqual(expected);
  });
  it.each([
    ['', null, 3],
    ['eu', null, 2],
    ['EU failed', null, 1],
    ['', 'us-east', 1],
    ['cache', 'us-east', 0],
  ] as const)('filters %j in region %s', (q, region, n) => {
    expect(filterComponents(list, q, region)).toHaveLength(n);
  });
  it('renders only a window of 1,000 rows', () => {
    const w = virtualWindow(1000, 44, 44 * 500, 600, 8);
    expect(w.start).toBe(492);
    expect(w.end).toBe(522);
    expect(w.before + (w.end - w.start) * 44 + w.after).toBe(1000 * 44);
    const top = virtualWindow(1000, 44, 0, 600, 8);
    expect(top.start).toBe(0);
    expect(top.before).toBe(0);
    const bottom = virtualWindow(3, 44, 0, 600);
    expect(bottom).toEqual({ start: 0, end: 3, before: 0, after: 0 });
  });
  it('picks chart steps', () => {
    expect(stepFor(900)).toBe(4);
    expect(stepFor(30 * 86400)).toBe(10800);
    expect(stepFor(10)).toBe(1);
  });
});
