// The components list's pure logic (issue 20): heartbeat columns, status chips with the
// engine's counts, tag filter, grouping with collapsed groups.
import { describe, expect, it } from 'vitest';
import type { ComponentView } from './bindings/ComponentView';
import { applyEvents, live, mergeComponents, setComponents } from './live.svelte';
import type { EngineEvent } from './backend';
import { allTags, appendBeat, beatsOf, beatTimes, filterList, groupRows, NO_TAG, statusChips, STATUS_FILTERS } from './table';

const avail = { ratio: 1, from_ms: 0, to_ms: 1, up_ms: 1, degraded_ms: 0, down_ms: 0, outages: 0 };
function comp(name: string, region: ComponentView['region'], status: ComponentView['status'], tags: string[] = []): ComponentView {
  return {
    name, region, status, critical: false, since_ms: 0, last_check_ms: null, latency_ms: null, issues: [], metrics: {},
    check_kind: 'http', check_interval_ms: 1000, supervised: false, pid: null, instances: 1, restarts: 0, checks_total: 0, checks_failed: 0,
    availability: avail, availability_24h: avail, tags, heartbeat: { cap: 3, statuses: '', last_ms: 0, gaps_ms: [], latency_ms: [] }, depends_on: [], sla: 99.9, memory_limit_bytes: null, paused: false,
  };
}
const list = [
  comp('api', 'us-east', 'healthy', ['payments', 'tier:1']),
  comp('db', 'eu-west', 'failed', ['payments']),
  comp('cache', 'eu-west', 'degraded'),
  comp('queue', 'us-east', 'unknown', ['tier:1']),
];

describe('heartbeat', () => {
  it('appends the stream\'s samples, keeps the last `cap`, skips a check not newer than the last', () => {
    let h = { cap: 3, statuses: 'hd', last_ms: 2000, gaps_ms: [1000], latency_ms: [1.5, 2] };
    h = appendBeat(h, 3500, 'failed', 12.34);
    expect(h).toEqual({ cap: 3, statuses: 'hdf', last_ms: 3500, gaps_ms: [1000, 1500], latency_ms: [1.5, 2, 12.3] });
    expect(beatTimes(h)).toEqual([1000, 2000, 3500]);
    h = appendBeat(h, 4000, 'unknown', 1);
    expect(h.statuses).toBe('dfu');
    expect(h.gaps_ms).toEqual([1500, 500]);
    expect(beatTimes(h)).toEqual([2000, 3500, 4000]);
    expect(appendBeat(h, 4000, 'healthy', 1)).toBe(h);
    // The first check of an empty heartbeat.
    expect(appendBeat({ cap: 3, statuses: '', last_ms: 0, gaps_ms: [], latency_ms: [] }, 9, 'healthy', 1)).toEqual({ cap: 3, statuses: 'h', last_ms: 9, gaps_ms: [], latency_ms: [1] });
    expect(beatsOf(h)).toEqual([
      { at_ms: 2000, status: 'degraded', latency_ms: 2 },
      { at_ms: 3500, status: 'failed', latency_ms: 12.3 },
      { at_ms: 4000, status: 'unknown', latency_ms: 1 },
    ]);
  });
});

describe('status chips', () => {
  it('show the engine\'s counts, `all` their sum, in the filters\' order', () => {
    const chips = statusChips({ healthy: 7, degraded: 2, failed: 1, unknown: 3 });
    expect(chips.map((c) => c.id)).toEqual([...STATUS_FILTERS]);
    expect(chips.map((c) => c.count)).toEqual([13, 7, 2, 1, 3]);
    expect(statusChips(undefined).every((c) => c.count === null)).toBe(true);
  });
  it.each(STATUS_FILTERS.map((s) => [s]))('filter %s keeps the components with that status', (s) => {
    const got = filterList(list, { query: '', region: null, status: s }).map((c) => c.name);
    expect(got).toEqual(list.filter((c) => s === 'all' || c.status === s).map((c) => c.name));
  });
});

describe('tags', () => {
  it('lists every tag once, sorted; the tag filter and the search match them', () => {
    expect(allTags(list)).toEqual(['payments', 'tier:1']);
    expect(filterList(list, { query: '', region: null, tag: 'payments' }).map((c) => c.name)).toEqual(['api', 'db']);
    expect(filterList(list, { query: 'tier:1', region: 'us-east', tag: null }).map((c) => c.name)).toEqual(['api', 'queue']);
    expect(filterList(list, { query: '', region: null, status: 'failed', tag: 'payments' }).map((c) => c.name)).toEqual(['db']);
  });
});

describe('groups', () => {
  it('by region: headers in key order with counts and the worst status, rows in list order', () => {
    const items = groupRows(list, 'region', new Set());
    expect(items.map((i) => (i.kind === 'group' ? `[${i.key} ${i.count} ${i.worst}]` : i.c.name))).toEqual(['[eu-west 2 failed]', 'db', 'cache', '[us-east 2 unknown]', 'api', 'queue']);
  });
  it('by tag: a component under each of its tags, untagged last; a collapsed group keeps its header', () => {
    const items = groupRows(list, 'tag', new Set(['tier:1']));
    expect(items.map((i) => (i.kind === 'group' ? `[${i.key || 'untagged'} ${i.count}${i.collapsed ? ' shut' : ''}]` : i.c.name))).toEqual(['[payments 2]', 'api', 'db', '[tier:1 2 shut]', '[untagged 1]', 'cache']);
    expect(items.filter((i) => i.kind === 'group').at(-1)).toMatchObject({ key: NO_TAG });
  });
  it('none: the rows alone', () => {
    expect(groupRows(list, 'none', new Set()).map((i) => i.kind)).toEqual(['row', 'row', 'row', 'row']);
  });
});

describe('heartbeat from the event stream', () => {
  it('a sample adds a tick to its component only; no refetch needed', () => {
    setComponents([comp('api', 'us-east', 'healthy'), comp('db', 'eu-west', 'healthy')]);
    const before = live.components[1];
    const ev = (at_ms: number, status: string) => ({ type: 'sample', component: 'api', at_ms, status, latency_ms: 4.26, metrics: {}, issues: [] }) as unknown as EngineEvent;
    applyEvents([ev(10, 'healthy'), ev(20, 'failed'), ev(30, 'failed'), ev(40, 'degraded')]);
    expect(live.components[0].heartbeat).toEqual({ cap: 3, statuses: 'ffd', last_ms: 40, gaps_ms: [10, 10], latency_ms: [4.3, 4.3, 4.3] });
    expect(live.components[1]).toBe(before);
  });
});

describe('refetched without the heartbeat', () => {
  it('a moving component refetched with `heartbeat: false` keeps the strip the stream built', () => {
    const hb = { cap: 3, statuses: 'hf', last_ms: 20, gaps_ms: [10], latency_ms: [1, 2] };
    setComponents([{ ...comp('api', 'us-east', 'failed'), heartbeat: hb }]);
    const { heartbeat: _, ...lean } = { ...comp('api', 'us-east', 'failed'), restarts: 4 };
    void _;
    mergeComponents([lean as ComponentView]);
    expect(live.components[0].restarts).toBe(4);
    expect(live.components[0].heartbeat).toEqual(hb);
    // Nothing else changed: the same object stays.
    const before = live.components[0];
    mergeComponents([lean as ComponentView]);
    expect(live.components[0]).toBe(before);
  });
});
