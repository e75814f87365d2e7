// Desktop backend: Tauri commands (one per engine call, each checked in Rust against the OS
// user's account) and the `engine-event` Tauri event. Errors arrive as `{code, message}`.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { BackendError, type Backend, type FindingsQuery, type ReportFormat, type ReportQuery, type ValidateRequest, type NewUser, type TokenRequest, type MaintenanceRequest, type AutoscaleChange, type DecisionsQuery } from './types';
import { reportFileName, REPORT_TYPES } from '../compliance';

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e: any) {
    if (e && typeof e === 'object' && 'code' in e) throw new BackendError(e.code, e.message ?? String(e.code));
    throw new BackendError('internal', String(e));
  }
}

export class TauriBackend implements Backend {
  readonly kind = 'tauri' as const;
  session() {
    return call<any>('session');
  }
  overview() {
    return call<any>('overview');
  }
  components() {
    return call<any>('components');
  }
  component(name: string) {
    return call<any>('component', { name });
  }
  samples(name: string, metric: string, from: number, to: number, step: number) {
    return call<any>('samples', { name, query: { metric, from, to, step } });
  }
  timeline(name: string, limit = 200) {
    return call<any>('timeline', { name, limit });
  }
  incidents(from?: number, to?: number, lang?: string) {
    return call<any[]>('incidents', { query: { from: from ?? null, to: to ?? null, lang: lang ?? null } });
  }
  healingStats() {
    return call<any>('healing_stats');
  }
  heal(name: string, strategy: string) {
    return call<any>('heal', { name, strategy });
  }
  async setHealingPaused(paused: boolean, component?: string) {
    await call('set_healing_paused', { paused, component: component ?? null });
  }
  async addMaintenance(request: MaintenanceRequest) {
    await call('add_maintenance_window', { request });
  }
  deliveries(limit = 50) {
    return call<any>('notification_deliveries', { limit });
  }
  plan(name: string) {
    return call<any>('plan', { name });
  }
  findings(q: FindingsQuery = {}) {
    return call<any[]>('findings', { query: { from: q.from ?? null, to: q.to ?? null, component: q.component ?? null, limit: q.limit ?? null } });
  }
  forecast(name: string) {
    return call<any>('forecast', { name });
  }
  rules(name: string) {
    return call<any[]>('threshold_rules', { name });
  }
  regions() {
    return call<any>('regions');
  }
  setRegionActive(region: string, active: boolean) {
    return call<any>('set_region_active', { region, active });
  }
  validateDataOperation(req: ValidateRequest) {
    return call<any>('validate_data_operation', { request: req });
  }
  async report(q: ReportQuery) {
    const bytes = await call<ArrayBuffer>('compliance_report', { query: { ...q, format: 'json' } });
    return JSON.parse(new TextDecoder().decode(bytes));
  }
  async exportReport(q: ReportQuery & { format: ReportFormat }) {
    // The command answers the file's raw bytes (no JSON array of numbers for a PDF).
    const bytes = await call<ArrayBuffer>('compliance_report', { query: q });
    return { name: reportFileName(q.from, q.to, q.format), type: REPORT_TYPES[q.format], bytes: new Uint8Array(bytes) };
  }
  async saveReport(q: ReportQuery & { format: ReportFormat }) {
    const saved = await call<{ path: string; bytes: number; digest: string }>('save_report', { query: q });
    return { name: reportFileName(q.from, q.to, q.format), path: saved.path };
  }
  users() {
    return call<any>('users');
  }
  async addUser(user: NewUser) {
    await call('add_user', { user });
  }
  async setUserRole(name: string, role: string) {
    await call('set_user_role', { name, role });
  }
  async setUserDisabled(name: string, disabled: boolean) {
    await call('set_user_disabled', { name, disabled });
  }
  eraseUser(name: string) {
    return call<any>('erase_user', { name });
  }
  apiTokens() {
    return call<any>('api_tokens');
  }
  issueToken(request: TokenRequest) {
    return call<any>('issue_token', { request });
  }
  async revokeToken(jti: string) {
    await call('revoke_token', { jti });
  }
  auditLog(limit = 100) {
    return call<any>('audit_log', { limit });
  }
  auditVerify() {
    return call<any>('audit_verify');
  }
  securityFindings(limit = 100) {
    return call<any>('security_findings', { limit });
  }
  autoscale(lang?: string) {
    return call<any>('autoscale', { lang: lang ?? null });
  }
  componentAutoscale(name: string, lang?: string) {
    return call<any>('component_autoscale', { name, lang: lang ?? null });
  }
  setComponentAutoscale(name: string, change: AutoscaleChange) {
    return call<any>('set_component_autoscale', { name, change });
  }
  autoscaleDecisions(query: DecisionsQuery = {}) {
    return call<any>('autoscale_decisions', { query });
  }
  healingQueue() {
    return call<any>('healing_queue');
  }
  optimalRegion(location: string, lang?: string) {
    return call<any>('optimal_region', { location, lang: lang ?? null });
  }
  regionLocations() {
    return call<any>('region_locations');
  }
  chartUrl() {
    return null;
  }
  subscribe(onEvent: (e: any) => void, onConnection: (up: boolean) => void) {
    let stop: (() => void) | null = null;
    let cancelled = false;
    // Listen first, then ask the app to start the stream (a permission-checked command).
    listen<any>('engine-event', (e) => onEvent(e.payload))
      .then(async (un) => {
        if (cancelled) return un();
        stop = un;
        await call('subscribe_events');
        onConnection(true);
      })
      .catch(() => onConnection(false));
    return () => {
      cancelled = true;
      stop?.();
    };
  }
}
