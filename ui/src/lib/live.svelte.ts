// Live state shared by the pages: the components fetched once (and again only after the event
// stream reconnects or the server says `resync`), then kept current by the engine's events
// (samples, status changes, process events). Between events only the small overview and the few
// components whose figures move without an event (see `moving`) are refetched.
import { i18n } from './i18n.svelte';
import type { ActionView, Backend, ComponentView, DetectionFinding, EngineEvent, HealingStats, IncidentView, Overview, Permission, SessionView, StreamEvent } from './backend';
import type { Msg } from './bindings/Msg';
import { appendBeat } from './table';

// `msg`: a notice's Fluent message, said in the UI's language (`sayMsg`); `detail.message` its English.
export type FeedItem = { id: number; at_ms: number; component: string | null; kind: string; detail: Record<string, string | number>; msg?: Msg };

/** The live state. `components` is raw state replaced as a whole once per batch of events (a
 *  changed component is a new object, an unchanged one keeps its identity), so 1,000 components
 *  streaming cost one pass over plain objects per render instead of thousands of reactive reads. */
class Live {
  overview = $state<Overview | null>(null);
  components = $state.raw<ComponentView[]>([]);
  connected = $state(false);
  events = $state(0);
  lastEventMs = $state(0);
  feed = $state<FeedItem[]>([]);
  /** `undefined` until the first answer; `null` when the engine has no incidents API. */
  incidents = $state<IncidentView[] | null | undefined>(undefined);
  /** Counts `incident_worked` events, so pages showing their own range of incidents refetch. */
  incidentWork = $state(0);
  /** The engine's `{overall, components}` healing stats (`undefined`: not yet; `null`: no healing API). */
  healing = $state<HealingStats | null | undefined>(undefined);
  /** Healing actions, newest first (`undefined`: not yet; `null`: no healing API). */
  actions = $state<ActionView[] | null | undefined>(undefined);
  /** Detection findings of the last day, newest first (`null`: no detection API). */
  findings = $state<DetectionFinding[] | null>(null);
  error = $state<string | null>(null);
  region = $state<string | null>(null);
  /** Scaling decisions seen on the event stream (auto-scaling panels refetch on a change). */
  scalingEvents = $state(0);
  /** `undefined` until known; `null` when the engine has no session route (no security). */
  session = $state<SessionView | null | undefined>(undefined);
}

export const live = new Live();

/** Whether the current user holds `p`: controls they may not use are hidden or disabled.
 *  Unknown yet → no; an engine without security → yes. */
export function can(p: Permission): boolean {
  const s = live.session;
  if (s === undefined) return false;
  if (s === null || !s.security_enabled) return true;
  return !!s.principal?.permissions.includes(p);
}

export async function refreshSession(backend: Backend) {
  try {
    live.session = await backend.session();
  } catch {
    /* keep what we had; the next refresh retries */
  }
}

let feedId = 0;
const FEED_MAX = 60;
const FINDINGS_MAX = 500;
const FINDINGS_WINDOW_S = 86_400;
const ACTIONS_MAX = 200;

function pushFeed(item: Omit<FeedItem, 'id'>) {
  live.feed.unshift({ ...item, id: ++feedId });
  if (live.feed.length > FEED_MAX) live.feed.length = FEED_MAX;
}

// Events are queued and applied together, at most every APPLY_EVERY_MS and on an animation frame,
// so a burst of updates (1,000 components streaming) costs a few renders a second, not one per
// event or per frame: the frames in between stay free for scrolling and hovering.
const APPLY_EVERY_MS = 250;
let queue: EngineEvent[] = [];
let scheduled = false;
let lastApply = 0;
/** Where each component sits in `live.components`. */
let position = new Map<string, number>();
/** The next `live.components` while a batch is applied, and the names already copied into it. */
let draft: ComponentView[] | null = null;
const copied = new Set<string>();

/** Replace the components (a fresh list from the engine), keeping the object of every
 *  component whose values did not change so its row is not rendered again. */
export function setComponents(next: ComponentView[]) {
  const old = new Map(live.components.map((c) => [c.name, c]));
  live.components = next.map((c) => {
    const o = old.get(c.name);
    return o && sameValues(o, c) ? o : c;
  });
  position = new Map(live.components.map((c, i) => [c.name, i]));
}

/** The component `name` as a copy in the draft, safe to change; `undefined` if unknown. Only
 *  events that change a component call it (a copy is a new object: its row renders again). */
function editable(name: string): ComponentView | undefined {
  const i = position.get(name);
  if (i === undefined) return undefined;
  if (!draft) draft = live.components.slice();
  if (!copied.has(name)) {
    draft[i] = { ...draft[i], metrics: { ...draft[i].metrics } };
    copied.add(name);
  }
  return draft[i];
}

/** Apply a batch of engine events: one new `live.components` at most, one count update. */
export function applyEvents(batch: readonly EngineEvent[]) {
  if (!batch.length) return;
  for (const ev of batch) applyEvent(ev);
  if (draft) live.components = draft;
  draft = null;
  copied.clear();
  live.events += batch.length;
  live.lastEventMs = Date.now();
}

export function enqueueEvent(e: EngineEvent) {
  queue.push(e);
  if (scheduled) return;
  scheduled = true;
  const run = () => {
    scheduled = false;
    lastApply = Date.now();
    const batch = queue;
    queue = [];
    applyEvents(batch);
  };
  const visible = typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden;
  const wait = Math.max(0, lastApply + APPLY_EVERY_MS - Date.now());
  if (!visible) setTimeout(run, Math.max(wait, 100));
  else if (wait === 0) requestAnimationFrame(run);
  else setTimeout(() => requestAnimationFrame(run), wait);
}

/** Pages that want every sample as it is applied (the component page's 1 s live charts). */
const sampleListeners = new Set<(e: Extract<EngineEvent, { type: 'sample' }>) => void>();

/** Call `fn` with each sample event applied; returns the unsubscribe function. */
export function onSample(fn: (e: Extract<EngineEvent, { type: 'sample' }>) => void): () => void {
  sampleListeners.add(fn);
  return () => sampleListeners.delete(fn);
}

function applyEvent(e: EngineEvent) {
  switch (e.type) {
    case 'sample': {
      for (const fn of sampleListeners) fn(e);
      const comp = editable(e.component);
      if (comp) {
        comp.last_check_ms = e.at_ms;
        comp.latency_ms = e.latency_ms;
        Object.assign(comp.metrics, e.metrics);
        if (e.issues.length || comp.issues.length) comp.issues = e.issues;
        comp.checks_total += 1;
        // The heartbeat strip grows from the stream: the sample is the delta, nothing refetched.
        if (comp.heartbeat) comp.heartbeat = appendBeat(comp.heartbeat, e.at_ms, e.status, e.latency_ms);
        if (comp.status !== e.status) {
          comp.status = e.status;
          comp.since_ms = e.at_ms;
        }
      }
      break;
    }
    case 'status_changed': {
      const comp = editable(e.component);
      if (comp) {
        comp.status = e.to;
        comp.since_ms = e.at_ms;
      }
      pushFeed({ at_ms: e.at_ms, component: e.component, kind: 'status_changed', detail: { from: e.from, to: e.to } });
      break;
    }
    case 'process_started': {
      const comp = editable(e.component);
      if (comp) comp.pid = e.pid;
      pushFeed({ at_ms: e.at_ms, component: e.component, kind: 'process_started', detail: { pid: e.pid } });
      break;
    }
    case 'process_exited': {
      const comp = editable(e.component);
      if (comp) comp.restarts += 1;
      pushFeed({ at_ms: e.at_ms, component: e.component, kind: 'process_exited', detail: { pid: e.pid, code: e.code ?? '—', signal: e.signal ?? '—' } });
      break;
    }
    case 'component_changed':
      // The list changed shape: `startLive` refetches it; the feed says what happened.
      pushFeed({ at_ms: e.at_ms, component: e.component, kind: 'component_changed', detail: { action: e.action } });
      break;
    case 'notice':
      pushFeed({ at_ms: e.at_ms, component: e.component, kind: 'notice', detail: { message: e.message }, msg: e.msg });
      break;
    case 'finding': {
      const f = e.finding;
      if (live.findings && !live.findings.some((x) => x.id !== null && x.id === f.id)) {
        live.findings.unshift(f);
        if (live.findings.length > FINDINGS_MAX) live.findings.length = FINDINGS_MAX;
      }
      pushFeed({ at_ms: f.at_ms, component: f.component, kind: 'finding', detail: { finding: f.kind, metric: f.metric, severity: f.severity, resolved: f.resolved ? 1 : 0 } });
      break;
    }
    case 'scaling': {
      const d = e.decision;
      live.scalingEvents += 1;
      pushFeed({ at_ms: d.at_ms, component: d.component, kind: 'scaling', detail: { direction: d.direction, from: d.from, to: d.to, reached: d.reached, result: d.result } });
      break;
    }
    case 'incident_opened':
      pushFeed({ at_ms: e.at_ms, component: e.component, kind: e.type, detail: { incident: e.incident_id, incident_kind: e.kind, root_cause: e.root_cause } });
      break;
    case 'healing_step':
      pushFeed({ at_ms: e.at_ms, component: e.component, kind: e.type, detail: { strategy: e.strategy, phase: e.phase, incident: e.incident_id ?? '' } });
      break;
    case 'incident_escalated':
      pushFeed({ at_ms: e.at_ms, component: e.component, kind: e.type, detail: { incident: e.incident_id } });
      break;
    case 'incident_closed':
      pushFeed({ at_ms: e.at_ms, component: e.component, kind: e.type, detail: { incident: e.incident_id } });
      break;
    case 'incident_worked':
      // Acknowledged, assigned or a note (this window or another): the incidents are refetched.
      live.incidentWork += 1;
      break;
    default: {
      // Exhaustive: a new kind of engine event fails to compile here until it is shown.
      const never: never = e;
      void never;
    }
  }
  if (e.type !== 'sample') {
    dirtyOptional = true;
    // Counts the events do not carry (checks failed, availability, instances) changed with it:
    // refetch this one component on the next tick.
    const name = e.type === 'finding' ? e.finding.component : e.type === 'scaling' ? e.decision.component : e.component;
    if (name) touched.set(name, Date.now());
  }
}

/** Components an event other than a sample named, and when. The engine recomputes availability
 *  every 5 s (`AVAILABILITY_EVERY`), so a touched component is refetched on every tick for
 *  `TOUCHED_MS` after its last such event: its new figure arrives even when the first refetch
 *  came before the engine's next computation. */
const touched = new Map<string, number>();
const TOUCHED_MS = 12_000;

/** Whether a component's view changes without an event: its availability (time-weighted, so it
 *  moves while it is down and while it recovers from an outage), its failed-check count while
 *  it is not healthy, a first figure after its first check. A healthy component at 100 % (the
 *  usual case) changes only through events. */
export function moving(c: ComponentView): boolean {
  const r = c.availability.ratio;
  const d = c.availability_24h.ratio;
  return c.status !== 'healthy' || (r !== null && r < 1) || (d !== null && d < 1) || (r === null && c.last_check_ms !== null);
}

/** Put refetched views of some components into the list (the others keep their objects). */
export function mergeComponents(part: readonly ComponentView[]) {
  let next: ComponentView[] | null = null;
  for (const fresh of part) {
    const i = position.get(fresh.name);
    if (i === undefined) continue;
    // Refetched without its heartbeat (the stream keeps the strip): keep the one we have.
    const c = fresh.heartbeat === undefined ? { ...fresh, heartbeat: live.components[i].heartbeat } : fresh;
    if (sameValues(live.components[i], c)) continue;
    if (!next) next = live.components.slice();
    next[i] = c;
  }
  if (next) live.components = next;
}

/** The names to refetch on a tick: the ones touched in the last `TOUCHED_MS` and the moving ones. */
export function namesToRefresh(now = Date.now()): string[] {
  const out = new Set<string>();
  for (const [name, at] of touched) {
    if (now - at > TOUCHED_MS) touched.delete(name);
    else out.add(name);
  }
  for (const c of live.components) if (moving(c)) out.add(c.name);
  return [...out];
}

let dirtyOptional = true;

/** Plain data (a message and its arguments) compared by value, at any depth. */
function sameData(u: unknown, v: unknown): boolean {
  if (u === v) return true;
  if (!u || !v || typeof u !== 'object' || typeof v !== 'object' || Array.isArray(u) !== Array.isArray(v)) return false;
  const ku = Object.keys(u), kv = Object.keys(v);
  return ku.length === kv.length && kv.every((k) => sameData((u as Record<string, unknown>)[k], (v as Record<string, unknown>)[k]));
}

const sameArray = (u: unknown, v: unknown) =>
  Array.isArray(u) && Array.isArray(v) && u.length === v.length && u.every((e, i) => e === v[i] || (typeof e === 'object' && sameData(e, v[i])));

/** Whether two component views hold the same values (metrics, lists and the heartbeat's
 *  columns compared by value; the issues' messages at any depth). */
export function sameValues(a: ComponentView, b: ComponentView): boolean {
  const x = a as unknown as Record<string, unknown>, y = b as unknown as Record<string, unknown>;
  const keys = Object.keys(y);
  if (keys.length !== Object.keys(x).length) return false;
  return keys.every((k) => {
    const u = x[k], v = y[k];
    if (u === v) return true;
    if (Array.isArray(u) && Array.isArray(v)) return sameArray(u, v);
    if (u && v && typeof u === 'object' && typeof v === 'object') {
      const ku = Object.keys(u), kv = Object.keys(v);
      return ku.length === kv.length && kv.every((kk) => {
        const p = (u as Record<string, unknown>)[kk], q = (v as Record<string, unknown>)[kk];
        return p === q || sameArray(p, q);
      });
    }
    return false;
  });
}

export function regionCounts(components: readonly ComponentView[]) {
  const out = new Map<string, { worst: string; counts: Record<string, number>; total: number }>();
  const bad: Record<string, number> = { healthy: 0, unknown: 1, degraded: 2, failed: 3 };
  for (const c of components) {
    const r = out.get(c.region) ?? { worst: 'healthy', counts: { healthy: 0, degraded: 0, failed: 0, unknown: 0 }, total: 0 };
    r.counts[c.status] += 1;
    r.total += 1;
    if (bad[c.status] > bad[r.worst]) r.worst = c.status;
    out.set(c.region, r);
  }
  return out;
}

export async function refreshOptional(backend: Backend) {
  const from = Math.floor(Date.now() / 1000) - FINDINGS_WINDOW_S;
  const [inc, heal, fnd, act] = await Promise.allSettled([backend.incidents(undefined, undefined, i18n.lang), backend.healingStats(), backend.findings({ from, limit: FINDINGS_MAX }), backend.healingActions(ACTIONS_MAX, i18n.lang)]);
  if (inc.status === 'fulfilled') live.incidents = inc.value;
  if (heal.status === 'fulfilled') live.healing = heal.value;
  if (act.status === 'fulfilled') live.actions = act.value;
  if (fnd.status === 'fulfilled') live.findings = fnd.value;
}

/** Fill the feed with recent history so a fresh page is not empty (failing components first). */
async function seedFeed(backend: Backend) {
  const order = { failed: 0, degraded: 1, unknown: 2, healthy: 3 } as const;
  const picks = [...live.components].sort((a, b) => order[a.status] - order[b.status]).slice(0, 12);
  const lists = await Promise.all(picks.map((c) => backend.timeline(c.name, 5).then((tl) => tl.map((e) => ({ ...e, component: c.name }))).catch(() => [])));
  const items = lists.flat().sort((a, b) => b.at_ms - a.at_ms).slice(0, 20);
  const seeded: FeedItem[] = items.map((e) => {
    const kind = e.kind.startsWith('status_') ? 'status_changed' : e.kind;
    // The entry's message carries its figures as arguments (`component-timeline-*`).
    const arg = (k: string): string => {
      const a = e.detail.args?.[k];
      return typeof a === 'string' || typeof a === 'number' ? String(a) : '';
    };
    const status = (k: string): string => {
      const a = e.detail.args?.[k];
      return a && typeof a === 'object' && 'id' in a ? a.id.replace(/^status-/, '') : '';
    };
    const detail: Record<string, string | number> =
      kind === 'status_changed' ? { from: status('from'), to: e.kind.slice(7) } : kind === 'process_exited' ? { pid: arg('pid'), code: arg('code') || '—', signal: arg('signal') || '—' } : { pid: arg('pid') };
    return { id: ++feedId, at_ms: e.at_ms, component: e.component, kind, detail };
  });
  const liveIds = new Set(live.feed.map((f) => `${f.at_ms}|${f.component}|${f.kind}`));
  live.feed.push(...seeded.filter((f) => !liveIds.has(`${f.at_ms}|${f.component}|${f.kind}`)));
  live.feed.sort((a, b) => b.at_ms - a.at_ms);
  if (live.feed.length > FEED_MAX) live.feed.length = FEED_MAX;
}

/** Start the live state; returns a stop function. */
export function startLive(backend: Backend): () => void {
  let stopped = false;
  /** The whole list and the overview: at start, after a reconnect, after a `resync`. */
  const load = async () => {
    try {
      const [ov, comps] = await Promise.all([backend.overview(), backend.components()]);
      if (stopped) return;
      live.overview = ov;
      // Keep object identity for rows already shown; replace values.
      setComponents(comps);
      live.error = null;
    } catch (e) {
      live.error = (e as Error).message;
    }
    await optional();
  };
  const optional = async () => {
    if (dirtyOptional) {
      dirtyOptional = false;
      await refreshOptional(backend).catch(() => {});
    }
  };
  /** Every few seconds: the overview (one small object) and only the components that changed in
   *  ways no event carries (`namesToRefresh`); the list itself comes from the events. */
  const tick = async () => {
    const names = namesToRefresh();
    try {
      const [ov, part] = await Promise.all([backend.overview(), names.length ? backend.components(names, { heartbeat: false }) : Promise.resolve([])]);
      if (stopped) return;
      live.overview = ov;
      mergeComponents(part);
      live.error = null;
    } catch (e) {
      live.error = (e as Error).message;
    }
    await optional();
  };
  refreshSession(backend);
  load().then(() => seedFeed(backend));
  // `resync`: the server's bus dropped events this subscriber was too slow for; refetch
  // everything (also the incidents and findings) instead of going on with gaps.
  const onEvent = (e: StreamEvent) => {
    if (e.type === 'resync') {
      dirtyOptional = true;
      void load();
      return;
    }
    // A component added, renamed or removed elsewhere (another tab, the API): the whole list.
    if (e.type === 'component_changed') void load();
    enqueueEvent(e);
  };
  // A (re)connected stream may have missed events while it was down (or before it opened):
  // refetch the whole list once each time it comes up.
  const unsub = backend.subscribe(onEvent, (up) => {
    if (up && !live.connected) void load();
    live.connected = up;
  });
  const timer = setInterval(tick, 3000);
  const slow = setInterval(() => {
    dirtyOptional = true;
    refreshSession(backend);
  }, 15000);
  return () => {
    stopped = true;
    unsub();
    clearInterval(timer);
    clearInterval(slow);
  };
}
