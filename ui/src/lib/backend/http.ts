// Browser backend: JSON over HTTP and live events over Server-Sent Events.
import { saveFile } from '../compliance';
import { BackendError, type Backend, type ErrorCode, type FindingsQuery, type ReportFile, type ReportFormat, type ReportQuery, type ValidateRequest, type NewUser, type TokenRequest, type MaintenanceRequest, type AutoscaleChange, type DecisionsQuery } from './types';

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
    let data: any = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!res.ok) {
      const code = data && CODES.includes(data.code) ? data.code : codeFor(res.status);
      throw new BackendError(code, data?.message ?? `${res.status} ${res.statusText}`, res.status);
    }
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
      let data: any = null;
      try {
        data = await res.json();
      } catch {
        data = null;
      }
      const code = data && CODES.includes(data.code) ? data.code : codeFor(res.status);
      throw new BackendError(code, data?.message ?? `${res.status} ${res.statusText}`, res.status);
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
    return this.optional<any>('/api/session');
  }
  async login(username: string, password: string) {
    const r = await this.request<{ token: string }>('POST', '/api/login', { username, password });
    this.token = r.token;
    storeToken(r.token);
  }
  async logout() {
    await this.request<unknown>('POST', '/api/logout', {}).catch(() => {});
    this.token = null;
    storeToken(null);
  }
  overview() {
    return this.request<any>('GET', '/api/overview');
  }
  components() {
    return this.request<any>('GET', '/api/components');
  }
  component(name: string) {
    return this.request<any>('GET', `/api/components/${encodeURIComponent(name)}`);
  }
  samples(name: string, metric: string, from: number, to: number, step: number) {
    const q = new URLSearchParams({ metric, from: String(from), to: String(to), step: String(step) });
    return this.request<any>('GET', `/api/components/${encodeURIComponent(name)}/samples?${q}`);
  }
  timeline(name: string, limit = 200) {
    return this.request<any>('GET', `/api/components/${encodeURIComponent(name)}/timeline?limit=${limit}`);
  }
  async incidents(from?: number, to?: number, lang?: string) {
    const q = new URLSearchParams();
    if (from !== undefined) q.set('from', String(from));
    if (to !== undefined) q.set('to', String(to));
    if (lang) q.set('lang', lang);
    const r = await this.optional<any>(`/api/incidents${q.size ? `?${q}` : ''}`);
    if (r === null) return null;
    return Array.isArray(r) ? r : (r.incidents ?? []);
  }
  healingStats() {
    return this.optional<any>('/api/healing/stats');
  }
  heal(name: string, strategy: string) {
    return this.request<any>('POST', `/api/components/${encodeURIComponent(name)}/heal`, { strategy });
  }
  async setHealingPaused(paused: boolean, component?: string) {
    const q = component ? `?component=${encodeURIComponent(component)}` : '';
    await this.request<unknown>('POST', `/api/healing/${paused ? 'pause' : 'resume'}${q}`, {});
  }
  async addMaintenance(req: MaintenanceRequest) {
    await this.request<unknown>('POST', '/api/healing/maintenance', req);
  }
  deliveries(limit = 50) {
    return this.request<any>('GET', `/api/notifications/deliveries?limit=${limit}`);
  }
  plan(name: string) {
    return this.optional<any>(`/api/components/${encodeURIComponent(name)}/plan`);
  }
  findings(q: FindingsQuery = {}) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
    return this.optional<any[]>(`/api/findings${p.size ? `?${p}` : ''}`);
  }
  forecast(name: string) {
    return this.optional<any>(`/api/components/${encodeURIComponent(name)}/forecast`);
  }
  rules(name: string) {
    return this.optional<any[]>(`/api/components/${encodeURIComponent(name)}/rules`);
  }

  async accountLanguage(): Promise<string | null> {
    try {
      const a = await this.request<{ language?: string | null }>('GET', '/api/account');
      return a?.language ?? null;
    } catch (e) {
      // No session, security off without accounts, or an engine without the route.
      if (e instanceof BackendError && ['unauthorized', 'not_found', 'forbidden', 'setup_required'].includes(e.code)) return null;
      throw e;
    }
  }
  async saveAccountLanguage(lang: string): Promise<boolean> {
    try {
      await this.request<unknown>('PUT', '/api/account/language', { language: lang });
      return true;
    } catch (e) {
      if (e instanceof BackendError && ['unauthorized', 'not_found', 'forbidden', 'setup_required'].includes(e.code)) return false;
      throw e;
    }
  }
  regions() {
    return this.request<any>('GET', '/api/regions');
  }
  setRegionActive(region: string, active: boolean) {
    return this.request<any>('POST', `/api/regions/${encodeURIComponent(region)}/${active ? 'activate' : 'deactivate'}`, {});
  }
  validateDataOperation(req: ValidateRequest) {
    return this.request<any>('POST', '/api/compliance/validate', req);
  }
  report(q: ReportQuery) {
    return this.request<any>('POST', '/api/reports', { ...q, format: 'json' });
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
    return this.request<any>('GET', '/api/users');
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
    return this.request<any>('POST', `/api/users/${encodeURIComponent(name)}/erase`, {});
  }
  apiTokens() {
    return this.request<any>('GET', '/api/tokens');
  }
  issueToken(req: TokenRequest) {
    return this.request<any>('POST', '/api/tokens', req);
  }
  async revokeToken(jti: string) {
    await this.request<unknown>('DELETE', `/api/tokens/${encodeURIComponent(jti)}`);
  }
  auditLog(limit = 100) {
    return this.request<any>('GET', `/api/audit?limit=${limit}`);
  }
  auditVerify() {
    return this.request<any>('GET', '/api/audit/verify');
  }
  securityFindings(limit = 100) {
    return this.request<any>('GET', `/api/security/findings?limit=${limit}`);
  }
  autoscale(lang?: string) {
    return this.request<any>('GET', `/api/autoscale${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`);
  }
  componentAutoscale(name: string, lang?: string) {
    return this.request<any>('GET', `/api/components/${encodeURIComponent(name)}/autoscale${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`);
  }
  setComponentAutoscale(name: string, change: AutoscaleChange) {
    return this.request<any>('PUT', `/api/components/${encodeURIComponent(name)}/autoscale`, change);
  }
  autoscaleDecisions(q: DecisionsQuery = {}) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
    return this.request<any>('GET', `/api/autoscale/decisions${p.size ? `?${p}` : ''}`);
  }
  healingQueue() {
    return this.request<any>('GET', '/api/healing/queue');
  }
  optimalRegion(location: string, lang?: string) {
    const p = new URLSearchParams({ location });
    if (lang) p.set('lang', lang);
    return this.request<any>('GET', `/api/regions/optimal?${p}`);
  }
  regionLocations() {
    return this.request<any>('GET', '/api/regions/locations');
  }
  chartUrl(name: string, metric: string, range: string, lang: string, theme: string) {
    const q = new URLSearchParams({ metric, range, lang, theme });
    return `${this.base}/api/components/${encodeURIComponent(name)}/chart.svg?${q}`;
  }

  subscribe(onEvent: (e: any) => void, onConnection: (up: boolean) => void) {
    // An EventSource cannot send headers: the server takes `?access_token=` on this route only.
    const es = new EventSource(this.base + '/api/events' + (this.token ? `?access_token=${encodeURIComponent(this.token)}` : ''));
    const handler = (m: MessageEvent) => {
      try {
        onEvent(JSON.parse(m.data));
      } catch {
        /* a malformed frame is skipped, the stream goes on */
      }
    };
    // The server names each SSE event after its `type`; listen to the known ones and the default.
    for (const t of ['sample', 'status_changed', 'process_started', 'process_exited', 'notice', 'incident_opened', 'incident_updated', 'incident_closed', 'healing_started', 'healing_finished', 'healing_action', 'healing_paused', 'healing_resumed', 'finding', 'scaling', 'resync', 'message']) {
      es.addEventListener(t, handler as EventListener);
    }
    es.onopen = () => onConnection(true);
    es.onerror = () => onConnection(es.readyState === EventSource.OPEN);
    return () => es.close();
  }
}
