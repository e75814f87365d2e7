// Browser backend: JSON over HTTP and live events over Server-Sent Events.
import type { AccountView } from '../bindings/AccountView';
import type { Msg } from '../bindings/Msg';
import { OPS, type RouteName, type RouteParams } from './ops';
import type { Commands } from './commands';
import type { LanguageChange } from '../bindings/LanguageChange';
import type { LanguageSaved } from '../bindings/LanguageSaved';
import type { LoginAnswer } from '../bindings/LoginAnswer';
import type { LoginRequest } from '../bindings/LoginRequest';
import type { AssignRequest } from '../bindings/AssignRequest';
import type { NoteRequest } from '../bindings/NoteRequest';
import { saveFile } from '../compliance';
import {
  BackendError,
  type Backend,
  type StreamEvent,
  type ErrorCode,
  type FindingsQuery,
  type ReportFile,
  type ReportFormat,
  type ReportQuery,
  type ValidateRequest,
  type NewUser,
  type TokenRequest,
  type MaintenanceRequest,
  type AutoscaleChange,
  type DecisionsQuery,
  type SessionView,
  type Overview,
  type ComponentView,
  type ComponentsQuery,
  type SamplesView,
  type TimelineEntry,
  type IncidentView,
  type HealingStats,
  type ActionView,
  type HealTicket,
  type HealPlan,
  type DeliveryRow,
  type DetectionFinding,
  type ForecastView,
  type RuleView,
  type RegionState,
  type RegionChange,
  type ValidationView,
  type Report,
  type UserView,
  type ErasureOutcome,
  type ApiTokenView,
  type IssuedToken,
  type AuditEntry,
  type AuditCheck,
  type SecurityFinding,
  type AutoscaleView,
  type ScalingDecision,
  type HealingQueueView,
  type OptimalRegionView,
  type LocationView,
  type FrontView,
  type EngineEvent,
  type ComponentChange,
  type ComponentChangeResult,
  type ComponentDelete,
  type ChannelChange,
} from './types';

/** A request of the route `op`: its method and URL path. */
type Route<K extends RouteName = RouteName> = { op: K; method: string; path: string };

/** What the route `op` answers: for an operation the app offers as a command too, the type the
 *  command answers (`commands.ts`, generated from its Rust signature: both shells call the same
 *  engine function); the HTTP-only routes name their ts-rs type at the call (`requestAs`). */
type Answer<K extends RouteName> = K extends keyof Commands ? Commands[K]['result'] : unknown;

/** The route `op` of the boundary table (`ops.ts`, generated from
 *  `guard_engine::boundary::ops::OPS`), its `{param}`s filled in (URL-encoded), with `query`. */
export function route<K extends RouteName>(op: K, params: RouteParams<K>, query?: URLSearchParams): Route<K> {
  const [method, path] = OPS[op].http;
  const values = params as Record<string, string>;
  const p = path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(values[k]));
  const q = query?.toString();
  return { op, method, path: q ? `${p}?${q}` : p };
}

/** The `{code, message, msg}` body of an error answer (`ApiError`), as far as it is one. */
function errorBody(data: unknown): { code?: ErrorCode; message?: string; msg?: Msg } {
  if (!data || typeof data !== 'object') return {};
  const o = data as Record<string, unknown>;
  const m = o.msg as Msg | undefined;
  return {
    code: typeof o.code === 'string' && (CODES as string[]).includes(o.code) ? (o.code as ErrorCode) : undefined,
    message: typeof o.message === 'string' ? o.message : undefined,
    msg: m && typeof m === 'object' && typeof m.id === 'string' ? m : undefined,
  };
}

/** Every kind of engine event, by the name the server gives its SSE frames. `satisfies` makes
 *  the compiler fail when Rust adds a kind this list misses (the stream would drop it). */
const EVENT_KINDS = {
  sample: 1,
  status_changed: 1,
  process_started: 1,
  process_exited: 1,
  incident_opened: 1,
  healing_step: 1,
  incident_escalated: 1,
  incident_closed: 1,
  incident_worked: 1,
  finding: 1,
  scaling: 1,
  notice: 1,
  component_changed: 1,
} satisfies Record<EngineEvent['type'], 1>;

const CODES: ErrorCode[] = ['not_found', 'bad_request', 'unauthorized', 'forbidden', 'conflict', 'rate_limited', 'setup_required', 'unknown_location', 'no_eligible_region', 'internal'];

function codeFor(status: number): ErrorCode {
  if (status === 404) return 'not_found';
  if (status === 400 || status === 422) return 'bad_request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  return 'internal';
}

/** Where the browser keeps its session token (the server's `Authorization: Bearer`). */
export const TOKEN_KEY = 'pipeline-guard.token';

function storedToken(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function storeToken(token: string | null) {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    /* storage blocked: the token lasts for this page */
  }
}

export class HttpBackend implements Backend {
  readonly kind = 'http' as const;
  private token: string | null;
  constructor(private base = '') {
    this.token = storedToken();
  }

  private request<K extends RouteName>(r: Route<K>, body?: unknown): Promise<Answer<K>> {
    return this.requestAs<Answer<K>>(r, body);
  }

  /** A component change: 422 is an answer too (the validator's problems, nothing written). */
  private change<K extends RouteName>(r: Route<K>, body?: unknown): Promise<Answer<K>> {
    return this.requestAs<Answer<K>>(r, body, 422);
  }

  private async requestAs<T>({ method, path }: Route, body?: unknown, answers?: number): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.base + path, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new BackendError('internal', `network error: ${(e as Error).message}`);
    }
    const text = await res.text();
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!res.ok && res.status !== answers) {
      const b = errorBody(data);
      throw new BackendError(b.code ?? codeFor(res.status), b.message ?? `${res.status} ${res.statusText}`, res.status, b.msg);
    }
    // The server serializes the Rust type each route declares; its ts-rs binding is `T`.
    return data as T;
  }

  /** Raw bytes of a download (reports), with the server's file name. */
  private async download({ method, path }: Route, body: unknown): Promise<ReportFile> {
    let res: Response;
    try {
      res = await fetch(this.base + path, {
        method,
        headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        body: JSON.stringify(body),
      });
    } catch (e) {
      throw new BackendError('internal', `network error: ${(e as Error).message}`);
    }
    if (!res.ok) {
      let data: unknown = null;
      try {
        data = await res.json();
      } catch {
        data = null;
      }
      const b = errorBody(data);
      throw new BackendError(b.code ?? codeFor(res.status), b.message ?? `${res.status} ${res.statusText}`, res.status, b.msg);
    }
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'report';
    return { name, type: res.headers.get('content-type') ?? 'application/octet-stream', bytes: new Uint8Array(await res.arrayBuffer()) };
  }

  /** `null` when this engine does not serve the route at all (older build). */
  private async optional<K extends RouteName>(r: Route<K>): Promise<Answer<K> | null> {
    try {
      return await this.request(r);
    } catch (e) {
      if (e instanceof BackendError && (e.status === 404 || e.status === 405) && /route/i.test(e.message)) return null;
      if (e instanceof BackendError && e.status === 404 && !e.message) return null;
      throw e;
    }
  }

  session() {
    return this.optional(route('session', {}));
  }
  async login(username: string, password: string) {
    const r = await this.requestAs<LoginAnswer>(route('login', {}), { username, password } satisfies LoginRequest);
    this.token = r.token;
    storeToken(r.token);
  }
  async logout() {
    await this.requestAs<unknown>(route('logout', {}), {}).catch(() => {});
    this.token = null;
    storeToken(null);
  }
  overview() {
    return this.request(route('overview', {}));
  }
  components(names?: readonly string[], opts?: { heartbeat?: boolean }) {
    const q: ComponentsQuery = { ...(names ? { names: names.join(',') } : {}), ...(opts?.heartbeat === false ? { heartbeat: false } : {}) };
    const params = new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)]));
    return this.request(route('components', {}, Object.keys(q).length ? params : undefined));
  }
  component(name: string) {
    return this.request(route('component', { name }));
  }
  samples(name: string, metric: string, from: number, to: number, step: number) {
    const q = new URLSearchParams({ metric, from: String(from), to: String(to), step: String(step) });
    return this.request(route('samples', { name }, q));
  }
  timeline(name: string, limit = 200) {
    return this.request(route('timeline', { name }, new URLSearchParams({ limit: String(limit) })));
  }
  async incidents(from?: number, to?: number, lang?: string) {
    const q = new URLSearchParams();
    if (from !== undefined) q.set('from', String(from));
    if (to !== undefined) q.set('to', String(to));
    if (lang) q.set('lang', lang);
    return this.optional(route('incidents', {}, q));
  }
  healingStats() {
    return this.optional(route('healing_stats', {}));
  }
  healingActions(limit = 200, lang?: string) {
    const q = new URLSearchParams({ limit: String(limit) });
    if (lang) q.set('lang', lang);
    return this.optional(route('healing_actions', {}, q));
  }
  heal(name: string, strategy: string) {
    return this.request(route('heal', { name }), { strategy });
  }
  async setHealingPaused(paused: boolean, component?: string) {
    await this.requestAs<unknown>(route(paused ? 'healing_pause' : 'healing_resume', {}, component ? new URLSearchParams({ component }) : undefined), {});
  }
  async addMaintenance(req: MaintenanceRequest) {
    await this.request(route('add_maintenance_window', {}), req);
  }
  incidentAssignees() {
    return this.request(route('incident_assignees', {}));
  }
  acknowledgeIncident(id: number, lang?: string) {
    return this.request(route('acknowledge_incident', { id: String(id) }, lang ? new URLSearchParams({ lang }) : undefined), {});
  }
  assignIncident(id: number, account: string | null, lang?: string) {
    return this.request(route('assign_incident', { id: String(id) }, lang ? new URLSearchParams({ lang }) : undefined), { account } satisfies AssignRequest);
  }
  addIncidentNote(id: number, text: string, lang?: string) {
    return this.request(route('add_incident_note', { id: String(id) }, lang ? new URLSearchParams({ lang }) : undefined), { text } satisfies NoteRequest);
  }
  deliveries(limit = 50) {
    return this.request(route('notification_deliveries', {}, new URLSearchParams({ limit: String(limit) })));
  }
  channels() {
    return this.request(route('notification_channels', {}));
  }
  testChannel(name: string) {
    return this.request(route('test_notification_channel', { name }), {});
  }
  channelDeliveries(name: string, offset: number, limit: number) {
    return this.request(route('channel_deliveries', { name }, new URLSearchParams({ offset: String(offset), limit: String(limit) })));
  }
  addChannel(change: ChannelChange, lang?: string) {
    return this.change(route('add_notification_channel', {}, lang ? new URLSearchParams({ lang }) : undefined), change);
  }
  replaceChannel(name: string, change: ChannelChange, lang?: string) {
    return this.change(route('replace_notification_channel', { name }, lang ? new URLSearchParams({ lang }) : undefined), change);
  }
  removeChannel(name: string, lang?: string) {
    return this.change(route('remove_notification_channel', { name }, lang ? new URLSearchParams({ lang }) : undefined));
  }
  plan(name: string) {
    return this.optional(route('plan', { name }));
  }
  findings(q: FindingsQuery = {}) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
    return this.optional(route('findings', {}, p));
  }
  forecast(name: string) {
    return this.optional(route('forecast', { name }));
  }
  rules(name: string) {
    return this.optional(route('threshold_rules', { name }));
  }

  async accountLanguage(): Promise<string | null> {
    try {
      const a = await this.requestAs<AccountView>(route('account', {}));
      return a?.language ?? null;
    } catch (e) {
      // No session, security off without accounts, or an engine without the route.
      if (e instanceof BackendError && ['unauthorized', 'not_found', 'forbidden', 'setup_required'].includes(e.code)) return null;
      throw e;
    }
  }
  async saveAccountLanguage(lang: string): Promise<boolean> {
    try {
      await this.requestAs<LanguageSaved>(route('set_account_language', {}), { language: lang } satisfies LanguageChange);
      return true;
    } catch (e) {
      if (e instanceof BackendError && ['unauthorized', 'not_found', 'forbidden', 'setup_required'].includes(e.code)) return false;
      throw e;
    }
  }
  regions() {
    return this.request(route('regions', {}));
  }
  setRegionActive(region: string, active: boolean) {
    return this.requestAs<RegionChange>(route(active ? 'region_activate' : 'region_deactivate', { region }), {});
  }
  validateDataOperation(req: ValidateRequest) {
    return this.request(route('validate_data_operation', {}), req);
  }
  report(q: ReportQuery) {
    return this.requestAs<Report>(route('build_report', {}), { ...q, format: 'json' });
  }
  exportReport(q: ReportQuery & { format: ReportFormat }) {
    return this.download(route('build_report', {}), q);
  }
  async saveReport(q: ReportQuery & { format: ReportFormat }) {
    const f = await this.exportReport(q);
    saveFile(f.name, f.type, f.bytes);
    return { name: f.name, path: null };
  }
  users() {
    return this.request(route('users', {}));
  }
  async addUser(user: NewUser) {
    await this.request(route('add_user', {}), user);
  }
  async setUserRole(name: string, role: string) {
    await this.request(route('set_user_role', { name }), { role });
  }
  async setUserDisabled(name: string, disabled: boolean) {
    await this.requestAs<unknown>(route(disabled ? 'disable_user' : 'enable_user', { name }), {});
  }
  eraseUser(name: string) {
    return this.request(route('erase_user', { name }), {});
  }
  apiTokens() {
    return this.request(route('api_tokens', {}));
  }
  issueToken(req: TokenRequest) {
    return this.request(route('issue_token', {}), req);
  }
  async revokeToken(jti: string) {
    await this.request(route('revoke_token', { jti }));
  }
  auditLog(limit = 100) {
    return this.request(route('audit_log', {}, new URLSearchParams({ limit: String(limit) })));
  }
  auditVerify() {
    return this.request(route('audit_verify', {}));
  }
  securityFindings(limit = 100) {
    return this.request(route('security_findings', {}, new URLSearchParams({ limit: String(limit) })));
  }
  autoscale(lang?: string) {
    return this.request(route('autoscale', {}, lang ? new URLSearchParams({ lang }) : undefined));
  }
  componentAutoscale(name: string, lang?: string) {
    return this.request(route('component_autoscale', { name }, lang ? new URLSearchParams({ lang }) : undefined));
  }
  setComponentAutoscale(name: string, change: AutoscaleChange) {
    return this.request(route('set_component_autoscale', { name }), change);
  }
  componentConfig(name: string) {
    return this.request(route('component_config', { name }));
  }
  addComponent(change: ComponentChange, lang?: string) {
    return this.change(route('add_component', {}, lang ? new URLSearchParams({ lang }) : undefined), change);
  }
  replaceComponent(name: string, change: ComponentChange, lang?: string) {
    return this.change(route('replace_component', { name }, lang ? new URLSearchParams({ lang }) : undefined), change);
  }
  setComponentPaused(name: string, paused: boolean, lang?: string) {
    const q = lang ? new URLSearchParams({ lang }) : undefined;
    // The HTTP-only pause/resume routes answer what the app's `set_component_paused` command does.
    return this.requestAs<ComponentChangeResult>(paused ? route('pause_component', { name }, q) : route('resume_component', { name }, q), undefined, 422);
  }
  deleteComponent(name: string, del: ComponentDelete, lang?: string) {
    const q = new URLSearchParams({ purge: String(del.purge) });
    if (lang) q.set('lang', lang);
    return this.change(route('delete_component', { name }, q));
  }
  autoscaleDecisions(q: DecisionsQuery = {}) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
    return this.request(route('autoscale_decisions', {}, p));
  }
  healingQueue() {
    return this.request(route('healing_queue', {}));
  }
  optimalRegion(location: string, lang?: string) {
    const p = new URLSearchParams({ location });
    if (lang) p.set('lang', lang);
    return this.request(route('optimal_region', {}, p));
  }
  regionLocations() {
    return this.request(route('region_locations', {}));
  }
  front(name: string) {
    return this.request(route('front', { name }));
  }
  chartUrl(name: string, metric: string, range: string, lang: string, theme: string) {
    const q = new URLSearchParams({ metric, range, lang, theme });
    return this.base + route('chart_svg', { name }, q).path;
  }

  subscribe(onEvent: (e: StreamEvent) => void, onConnection: (up: boolean) => void) {
    // An EventSource cannot send headers: the server takes `?access_token=` on this route only.
    const es = new EventSource(this.base + route('events', {}, this.token ? new URLSearchParams({ access_token: this.token }) : undefined).path);
    const handler = (m: MessageEvent) => {
      try {
        onEvent(JSON.parse(m.data) as EngineEvent);
      } catch {
        /* a malformed frame is skipped, the stream goes on */
      }
    };
    // The server names each SSE event after its `type`; listen to every kind, the server's own
    // `resync` (events lost for a lagging subscriber) and the default.
    for (const t of [...Object.keys(EVENT_KINDS), 'resync', 'message']) {
      es.addEventListener(t, handler as EventListener);
    }
    es.onopen = () => onConnection(true);
    es.onerror = () => onConnection(es.readyState === EventSource.OPEN);
    return () => es.close();
  }
}
