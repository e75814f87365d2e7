import { describe, expect, it } from 'vitest';
import { applyEvents, live, mergeComponents, moving, namesToRefresh, sameValues, setComponents } from './live.svelte';
import type { ComponentView, EngineEvent } from './backend';

const comp = (name: string, over: Partial<ComponentView> = {}): ComponentView =>
  ({
    name, region: 'us-east', critical: false, status: 'healthy', since_ms: 1, last_check_ms: 1, latency_ms: 5, issues: [],
    metrics: { cpu_usage: 0.1 }, check_kind: 'http', check_interval_ms: 1000, supervised: false, pid: null, instances: 1,
    restarts: 0, checks_total: 10, checks_failed: 0, availability: { ratio: 1, from_ms: 0, to_ms: 86_400_000, up_ms: 86_400_000, degraded_ms: 0, down_ms: 0, outages: 0 }, depends_on: [], sla: 99.9, memory_limit_bytes: null,
    availability_24h: { ratio: 1, from_ms: 0, to_ms: 86_400_000, up_ms: 86_400_000, degraded_ms: 0, down_ms: 0, outages: 0 }, paused: false, tags: [], heartbeat: { cap: 3, statuses: '', last_ms: 0, gaps_ms: [], latency_ms: [] }, ...over,
  }) as ComponentView;
const sample = (component: string, at_ms: number, status = 'healthy', latency_ms = 7): EngineEvent =>
  ({ type: 'sample', component, at_ms, status, latency_ms, metrics: { cpu_usage: 0.5 }, issues: [] }) as unknown as EngineEvent;

describe('live components under a stream of events', () => {
  it('a batch makes one new list: changed components are new objects, the others keep their identity', () => {
    setComponents([comp('a'), comp('b'), comp('c')]);
    const [a, b, c] = live.components;
    const before = live.components;
    const events0 = live.events;
    applyEvents([sample('a', 2), sample('a', 3, 'failed'), sample('c', 4)]);
    expect(live.components).not.toBe(before);
    expect(live.events).toBe(events0 + 3);
    const [a2, b2, c2] = live.components;
    expect(b2).toBe(b);
    expect(a2).not.toBe(a);
    expect(c2).not.toBe(c);
    expect(a2).toMatchObject({ status: 'failed', since_ms: 3, last_check_ms: 3, latency_ms: 7, checks_total: 12, metrics: { cpu_usage: 0.5 } });
    // The objects shown before the batch are never changed under the renderer's feet.
    expect(a).toMatchObject({ status: 'healthy', checks_total: 10, metrics: { cpu_usage: 0.1 } });
  });
  it('events that change no component keep every object', () => {
    setComponents([comp('a')]);
    const before = live.components;
    applyEvents([{ type: 'notice', at_ms: 5, component: 'a', message: 'hello' } as unknown as EngineEvent]);
    expect(live.components).toBe(before);
  });
  it('a component changed at run time goes to the feed with its action', () => {
    setComponents([comp('a')]);
    applyEvents([{ type: 'component_changed', at_ms: 7, component: 'web', action: 'add' }]);
    expect(live.feed[0]).toMatchObject({ kind: 'component_changed', component: 'web', detail: { action: 'add' } });
  });
  it('events for unknown components change nothing', () => {
    setComponents([comp('a')]);
    const before = live.components;
    applyEvents([sample('zzz', 5)]);
    expect(live.components).toBe(before);
  });
  it('a refresh from the engine keeps the objects whose values did not change', () => {
    setComponents([comp('a'), comp('b')]);
    const [a, b] = live.components;
    setComponents([comp('a'), comp('b', { latency_ms: 99 }), comp('n')]);
    expect(live.components[0]).toBe(a);
    expect(live.components[1]).not.toBe(b);
    expect(live.components.map((c) => c.name)).toEqual(['a', 'b', 'n']);
    applyEvents([sample('n', 9, 'degraded')]);
    expect(live.components[2].status).toBe('degraded');
  });
  it('compares values one level deep, and the issues\' messages at any depth', () => {
    const issue = (code: string) => ({ id: 'check-http-status', args: { code, url: 'http://127.0.0.1:9/health', expected: '200' } });
    const starting = (code: string) => ({ id: 'check-issue-starting', args: { issue: issue(code) } });
    expect(sameValues(comp('a', { issues: [issue('500')] }), comp('a', { issues: [issue('500')] }))).toBe(true);
    expect(sameValues(comp('a', { issues: [issue('500')] }), comp('a', { issues: [issue('503')] }))).toBe(false);
    expect(sameValues(comp('a', { issues: [starting('500')] }), comp('a', { issues: [starting('500')] }))).toBe(true);
    expect(sameValues(comp('a', { issues: [starting('500')] }), comp('a', { issues: [starting('502')] }))).toBe(false);
    expect(sameValues(comp('a', { issues: [issue('500')] }), comp('a', { issues: [] }))).toBe(false);
    expect(sameValues(comp('a'), comp('a', { metrics: { cpu_usage: 0.2 } }))).toBe(false);
  });
});

describe('refetching only what the events do not carry', () => {
  const avail = (ratio: number | null) => ({ ratio, from_ms: 0, to_ms: 1, up_ms: 1, degraded_ms: 0, down_ms: 0, outages: ratio !== null && ratio < 1 ? 1 : 0 });
  it('a healthy component at 100 % does not move; one down, recovering from an outage or never figured does', () => {
    expect(moving(comp('a'))).toBe(false);
    expect(moving(comp('a', { status: 'failed' }))).toBe(true);
    expect(moving(comp('a', { status: 'degraded' }))).toBe(true);
    expect(moving(comp('a', { availability: avail(0.99) }))).toBe(true);
    expect(moving(comp('a', { availability: avail(null) }))).toBe(true);
    expect(moving(comp('a', { availability: avail(null), last_check_ms: null }))).toBe(false);
  });
  it('a tick asks for the moving components and, for 12 s after, those other events named', () => {
    setComponents([comp('a'), comp('b'), comp('c', { status: 'failed' }), comp('d')]);
    namesToRefresh(Date.now() + 60_000); // forget what the tests above touched
    applyEvents([sample('a', 5), { type: 'process_started', component: 'b', at_ms: 5, pid: 9, instance: 0 } as unknown as EngineEvent]);
    expect(namesToRefresh().sort()).toEqual(['b', 'c']);
    // The engine recomputes availability every 5 s: b is asked for again until 12 s have passed.
    expect(namesToRefresh(Date.now() + 6_000).sort()).toEqual(['b', 'c']);
    expect(namesToRefresh(Date.now() + 13_000)).toEqual(['c']);
  });
  it('merging refetched views replaces only the changed ones', () => {
    setComponents([comp('a'), comp('b'), comp('c')]);
    const [a, b, c] = live.components;
    mergeComponents([comp('b'), comp('c', { checks_failed: 3 }), comp('unknown')]);
    expect(live.components[0]).toBe(a);
    expect(live.components[1]).toBe(b);
    expect(live.components[2]).not.toBe(c);
    expect(live.components[2].checks_failed).toBe(3);
    const same = live.components;
    mergeComponents([comp('a')]);
    expect(live.components).toBe(same);
  });
});
