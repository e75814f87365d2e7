// Browser backend: JSON over HTTP and live events over Server-Sent Events.
import type { AccountView } from '../bindings/AccountView';
import type { LanguageChange } from '../bindings/LanguageChange';
import type { LanguageSaved } from '../bindings/LanguageSaved';
import type { LoginAnswer } from '../bindings/LoginAnswer';
import type { LoginRequest } from '../bindings/LoginRequest';
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
  type EngineEvent,
} from './types';

/** The `{code, message}` body of an error answer, as far as it is one. */
function errorBody(data: unknown): { code?: ErrorCode; message?: string } {
  if (!data || typeof data !== 'object') return {};
  const o = data as Record<string, unknown>;
  return {
    code: typeof o.code === 'string' && (CODES as string[]).includes(o.code) ? (o.code as ErrorCode) : undefined,
    message: typeof o.message === 'string' ? o.message : undefined,
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
  finding: 1,
  scaling: 1,
  notice: 1,
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

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
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
    if (!res.ok) {
      const b = errorBody(data);
      throw new BackendError(b.code ?? codeFor(res.status), b.message ?? `${res.status} ${res.statusText}`, res.status);
    }
    // The server serializes the Rust type each route declares; its ts-rs binding is `T`.
    return data as T;
  }

  /** Raw bytes of a download (reports), with the server's file name. */
  private async download(method: string, path: string, body: unknown): Promise<ReportFile> {
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
      throw new BackendError(b.code ?? codeFor(res.status), b.message ?? `${res.status} ${res.statusText}`, res.status);
    }
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'report';
    return { name, type: res.headers.get('content-type') ?? 'application/octet-stream', bytes: new Uint8Array(await res.arrayBuffer()) };
  }

  /** `null` when this engine does not serve the route at all (older build). */
  private async optional<T>(path: string): Promise<T | null> {
    try {
      return await this.request<T>('GET', path);
    } catch (e) {
      if (e instanceof BackendError && (e.status === 404 || e.status === 405) && /route/i.test(e.message)) return null;
      if (e instanceof BackendError && e.status === 404 && !e.message) return null;
      throw e;
    }
  }

  session() {
    return this.optional<SessionView>('/api/session');
  }
  async login(username: string, password: string) {
    const r = await this.request<LoginAnswer>('POST', '/api/login', { username, password } satisfies LoginRequest);
    this.token = r.token;
    storeToken(r.token);
  }
  async logout() {
    await this.request<unknown>('POST', '/api/logout', {}).catch(() => {});
    this.token = null;
    storeToken(null);
  }
  overview() {
    return this.request<Overview>('GET', '/api/overview');
  }
  components(names?: readonly string[]) {
    const q: ComponentsQuery = names ? { names: names.join(',') } : {};
    return this.request<ComponentView[]>('GET', `/api/components${q.names !== undefined ? `?${new URLSearchParams({ names: q.names })}` : ''}`);
  }
  component(name: string) {
    return this.request<ComponentView>('GET', `/api/components/${encodeURIComponent(name)}`);
  }
  samples(name: string, metric: string, from: number, to: number, step: number) {
    const q = new URLSearchParams({ metric, from: String(from), to: String(to), step: String(step) });
    return this.request<SamplesView>('GET', `/api/components/${encodeURIComponent(name)}/samples?${q}`);
  }
  timeline(name: string, limit = 200) {
    return this.request<TimelineEntry[]>('GET', `/api/components/${encodeURIComponent(name)}/timeline?limit=${limit}`);
  }
  async incidents(from?: number, to?: number, lang?: string) {
    const q = new URLSearchParams();
    if (from !== undefined) q.set('from', String(from));
    if (to !== undefined) q.set('to', String(to));
    if (lang) q.set('lang', lang);
    return this.optional<IncidentView[]>(`/api/incidents${q.size ? `?${q}` : ''}`);
  }
  healingStats() {
    return this.optional<HealingStats>('/api/healing/stats');
  }
  healingActions(limit = 200, lang?: string) {
    const q = new URLSearchParams({ limit: String(limit) });
    if (lang) q.set('lang', lang);
    return this.optional<ActionView[]>(`/api/healing/actions?${q}`);
  }
  heal(name: string, strategy: string) {
    return this.request<HealTicket>('POST', `/api/components/${encodeURIComponent(name)}/heal`, { strategy });
  }
  async setHealingPaused(paused: boolean, component?: string) {
    const q = component ? `?component=${encodeURIComponent(component)}` : '';
    await this.request<unknown>('POST', `/api/healing/${paused ? 'pause' : 'resume'}${q}`, {});
  }
  async addMaintenance(req: MaintenanceRequest) {
    await this.request<unknown>('POST', '/api/healing/maintenance', req);
  }
  deliveries(limit = 50) {
    return this.request<DeliveryRow[]>('GET', `/api/notifications/deliveries?limit=${limit}`);
  }
  plan(name: string) {
    return this.optional<HealPlan>(`/api/components/${encodeURIComponent(name)}/plan`);
  }
  findings(q: FindingsQuery = {}) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
    return this.optional<DetectionFinding[]>(`/api/findings${p.size ? `?${p}` : ''}`);
  }
  forecast(name: string) {
    return this.optional<ForecastView>(`/api/components/${encodeURIComponent(name)}/forecast`);
  }
  rules(name: string) {
    return this.optional<RuleView[]>(`/api/components/${encodeURIComponent(name)}/rules`);
  }

  async accountLanguage(): Promise<string | null> {
    try {
      const a = await this.request<AccountView>('GET', '/api/account');
      return a?.language ?? null;
    } catch (e) {
      // No session, security off without accounts, or an engine without the route.
      if (e instanceof BackendError && ['unauthorized', 'not_found', 'forbidden', 'setup_required'].includes(e.code)) return null;
      throw e;
    }
  }
  async saveAccountLanguage(lang: string): Promise<boolean> {
    try {
      await this.request<LanguageSaved>('PUT', '/api/account/language', { language: lang } satisfies LanguageChange);
      return true;
    } catch (e) {
      if (e instanceof BackendError && ['unauthorized', 'not_found', 'forbidden', 'setup_required'].includes(e.code)) return false;
      throw e;
    }
  }
  regions() {
    return this.request<RegionState[]>('GET', '/api/regions');
  }
  setRegionActive(region: string, active: boolean) {
    return this.request<RegionChange>('POST', `/api/regions/${encodeURIComponent(region)}/${active ? 'activate' : 'deactivate'}`, {});
  }
  validateDataOperation(req: ValidateRequest) {
    return this.request<ValidationView>('POST', '/api/compliance/validate', req);
  }
  report(q: ReportQuery) {
    return this.request<Report>('POST', '/api/reports', { ...q, format: 'json' });
  }
  exportReport(q: ReportQuery & { format: ReportFormat }) {
    return this.download('POST', '/api/reports', q);
  }
  async saveReport(q: ReportQuery & { format: ReportFormat }) {
    const f = await this.exportReport(q);
    saveFile(f.name, f.type, f.bytes);
    return { name: f.name, path: null };
  }
  users() {
    return this.request<UserView[]>('GET', '/api/users');
  }
  async addUser(user: NewUser) {
    await this.request<unknown>('POST', '/api/users', user);
  }
  async setUserRole(name: string, role: string) {
    await this.request<unknown>('PUT', `/api/users/${encodeURIComponent(name)}/role`, { role });
  }
  async setUserDisabled(name: string, disabled: boolean) {
    await this.request<unknown>('POST', `/api/users/${encodeURIComponent(name)}/${disabled ? 'disable' : 'enable'}`, {});
  }
  eraseUser(name: string) {
    return this.request<ErasureOutcome>('POST', `/api/users/${encodeURIComponent(name)}/erase`, {});
  }
  apiTokens() {
    return this.request<ApiTokenView[]>('GET', '/api/tokens');
  }
  issueToken(req: TokenRequest) {
    return this.request<IssuedToken>('POST', '/api/tokens', req);
  }
  async revokeToken(jti: string) {
    await this.request<unknown>('DELETE', `/api/tokens/${encodeURIComponent(jti)}`);
  }
  auditLog(limit = 100) {
    return this.request<AuditEntry[]>('GET', `/api/audit?limit=${limit}`);
  }
  auditVerify() {
    return this.request<AuditCheck>('GET', '/api/audit/verify');
  }
  securityFindings(limit = 100) {
    return this.request<SecurityFinding[]>('GET', `/api/security/findings?limit=${limit}`);
  }
  autoscale(lang?: string) {
    return this.request<AutoscaleView[]>('GET', `/api/autoscale${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`);
  }
  componentAutoscale(name: string, lang?: string) {
    return this.request<AutoscaleView>('GET', `/api/components/${encodeURIComponent(name)}/autoscale${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`);
  }
  setComponentAutoscale(name: string, change: AutoscaleChange) {
    return this.request<AutoscaleView>('PUT', `/api/components/${encodeURIComponent(name)}/autoscale`, change);
  }
  autoscaleDecisions(q: DecisionsQuery = {}) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
    return this.request<ScalingDecision[]>('GET', `/api/autoscale/decisions${p.size ? `?${p}` : ''}`);
  }
  healingQueue() {
    return this.request<HealingQueueView>('GET', '/api/healing/queue');
  }
  optimalRegion(location: string, lang?: string) {
    const p = new URLSearchParams({ location });
    if (lang) p.set('lang', lang);
    return this.request<OptimalRegionView>('GET', `/api/regions/optimal?${p}`);
  }
  regionLocations() {
    return this.request<LocationView[]>('GET', '/api/regions/locations');
  }
  chartUrl(name: string, metric: string, range: string, lang: string, theme: string) {
    const q = new URLSearchParams({ metric, range, lang, theme });
    return `${this.base}/api/components/${encodeURIComponent(name)}/chart.svg?${q}`;
  }

  subscribe(onEvent: (e: StreamEvent) => void, onConnection: (up: boolean) => void) {
    // An EventSource cannot send headers: the server takes `?access_token=` on this route only.
    const es = new EventSource(this.base + '/api/events' + (this.token ? `?access_token=${encodeURIComponent(this.token)}` : ''));
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
