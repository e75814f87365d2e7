// Desktop backend: Tauri commands (one per engine call, each checked in Rust against the OS
// user's account) and the `engine-event` Tauri event. Errors arrive as `{code, message, msg}`.
import { invoke } from '@tauri-apps/api/core';
import type { Msg } from '../bindings/Msg';
import { listen } from '@tauri-apps/api/event';
import {
  type StreamEvent,
  BackendError,
  type Backend,
  type ErrorCode,
  type FindingsQuery,
  type ReportFormat,
  type ReportQuery,
  type ValidateRequest,
  type NewUser,
  type TokenRequest,
  type MaintenanceRequest,
  type AutoscaleChange,
  type DecisionsQuery,
  type ComponentsQuery,
  type SamplesQuery,
  type IncidentsQuery,
  type Report,
  type EngineEvent,
  type ComponentChange,
  type ComponentDelete,
  type DesktopNotifyPrefs,
  type ChannelChange,
} from './types';
import { reportFileName, REPORT_TYPES } from '../compliance';
import type { CommandName } from './ops';
import type { Commands } from './commands';

type Args<K extends keyof Commands> = Commands[K]['args'];

/** Invoke a command of the boundary table (`ops.ts`, generated from `guard_engine::boundary::ops::OPS`)
 *  with the arguments its Rust function takes, answering the type it answers (`commands.ts`,
 *  generated from the command signatures with the ts-rs bindings). */
async function call<K extends keyof Commands>(cmd: K, ...args: {} extends Args<K> ? [Args<K>?] : [Args<K>]): Promise<Commands[K]['result']> {
  try {
    return await invoke<Commands[K]['result']>(cmd, args[0]);
  } catch (e: unknown) {
    // The app's `CmdError` serializes as `{code, message, msg}` (an `ApiError`): the window says
    // `msg` in its own language.
    if (e && typeof e === 'object' && 'code' in e) {
      const o = e as { code: ErrorCode; message?: string; msg?: Msg };
      throw new BackendError(o.code, o.message ?? String(o.code), 0, o.msg);
    }
    // Tauri's own refusal (arguments that do not deserialize, no engine yet): its words stay
    // an argument of the app's message.
    throw new BackendError('internal', String(e), 0, { id: 'app-error-invoke', args: { detail: String(e) } });
  }
}

/** The commands with signatures are exactly the table's commands. */
const sameCommands: [CommandName] extends [keyof Commands] ? ([keyof Commands] extends [CommandName] ? true : never) : never = true;
void sameCommands;

export class TauriBackend implements Backend {
  readonly kind = 'tauri' as const;
  session() {
    return call('session');
  }
  overview() {
    return call('overview');
  }
  components(names?: readonly string[], opts?: { heartbeat?: boolean }) {
    const query: ComponentsQuery = { ...(names ? { names: names.join(',') } : {}), ...(opts?.heartbeat === false ? { heartbeat: false } : {}) };
    return call('components', Object.keys(query).length ? { query } : {});
  }
  component(name: string) {
    return call('component', { name });
  }
  samples(name: string, metric: string, from: number, to: number, step: number) {
    return call('samples', { name, query: { metric, from, to, step } satisfies SamplesQuery });
  }
  timeline(name: string, limit = 200) {
    return call('timeline', { name, limit });
  }
  incidents(from?: number, to?: number, lang?: string) {
    return call('incidents', { query: { from, to, lang } satisfies IncidentsQuery });
  }
  healingStats() {
    return call('healing_stats');
  }
  healingActions(limit = 200, lang?: string) {
    return call('healing_actions', { limit, lang: lang ?? null });
  }
  heal(name: string, strategy: string) {
    return call('heal', { name, strategy });
  }
  async setHealingPaused(paused: boolean, component?: string) {
    await call('set_healing_paused', { paused, component: component ?? null });
  }
  incidentAssignees() {
    return call('incident_assignees');
  }
  acknowledgeIncident(id: number, lang?: string) {
    return call('acknowledge_incident', { id, lang });
  }
  assignIncident(id: number, account: string | null, lang?: string) {
    return call('assign_incident', { id, request: { account }, lang });
  }
  addIncidentNote(id: number, text: string, lang?: string) {
    return call('add_incident_note', { id, request: { text }, lang });
  }
  async addMaintenance(request: MaintenanceRequest) {
    await call('add_maintenance_window', { request });
  }
  deliveries(limit = 50) {
    return call('notification_deliveries', { limit });
  }
  channels() {
    return call('notification_channels');
  }
  testChannel(name: string) {
    return call('test_notification_channel', { name });
  }
  channelDeliveries(name: string, offset: number, limit: number) {
    return call('channel_deliveries', { name, query: { offset, limit } });
  }
  addChannel(change: ChannelChange, lang?: string) {
    return call('add_notification_channel', { change, lang: lang ?? null });
  }
  replaceChannel(name: string, change: ChannelChange, lang?: string) {
    return call('replace_notification_channel', { name, change, lang: lang ?? null });
  }
  removeChannel(name: string, lang?: string) {
    return call('remove_notification_channel', { name, lang: lang ?? null });
  }
  desktopNotify() {
    return call('desktop_notify_settings');
  }
  setDesktopNotify(prefs: DesktopNotifyPrefs) {
    return call('set_desktop_notify', { prefs });
  }
  plan(name: string) {
    return call('plan', { name });
  }
  findings(q: FindingsQuery = {}) {
    return call('findings', { query: q });
  }
  forecast(name: string) {
    return call('forecast', { name });
  }
  rules(name: string) {
    return call('threshold_rules', { name });
  }
  regions() {
    return call('regions');
  }
  setRegionActive(region: string, active: boolean) {
    return call('set_region_active', { region, active });
  }
  validateDataOperation(req: ValidateRequest) {
    return call('validate_data_operation', { request: req });
  }
  async report(q: ReportQuery) {
    const bytes = await call('compliance_report', { query: { ...q, format: 'json' } });
    return JSON.parse(new TextDecoder().decode(bytes)) as Report;
  }
  async exportReport(q: ReportQuery & { format: ReportFormat }) {
    // The command answers the file's raw bytes (no JSON array of numbers for a PDF).
    const bytes = await call('compliance_report', { query: q });
    return { name: reportFileName(q.from, q.to, q.format), type: REPORT_TYPES[q.format], bytes: new Uint8Array(bytes) };
  }
  async saveReport(q: ReportQuery & { format: ReportFormat }) {
    const saved = await call('save_report', { query: q });
    return { name: reportFileName(q.from, q.to, q.format), path: saved.path };
  }
  users() {
    return call('users');
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
    return call('erase_user', { name });
  }
  apiTokens() {
    return call('api_tokens');
  }
  issueToken(request: TokenRequest) {
    return call('issue_token', { request });
  }
  async revokeToken(jti: string) {
    await call('revoke_token', { jti });
  }
  auditLog(limit = 100) {
    return call('audit_log', { limit });
  }
  auditVerify() {
    return call('audit_verify');
  }
  securityFindings(limit = 100) {
    return call('security_findings', { limit });
  }
  autoscale(lang?: string) {
    return call('autoscale', { lang: lang ?? null });
  }
  componentAutoscale(name: string, lang?: string) {
    return call('component_autoscale', { name, lang: lang ?? null });
  }
  setComponentAutoscale(name: string, change: AutoscaleChange) {
    return call('set_component_autoscale', { name, change });
  }
  componentConfig(name: string) {
    return call('component_config', { name });
  }
  addComponent(change: ComponentChange, lang?: string) {
    return call('add_component', { change, lang: lang ?? null });
  }
  replaceComponent(name: string, change: ComponentChange, lang?: string) {
    return call('replace_component', { name, change, lang: lang ?? null });
  }
  setComponentPaused(name: string, paused: boolean, lang?: string) {
    return call('set_component_paused', { name, paused, lang: lang ?? null });
  }
  deleteComponent(name: string, del: ComponentDelete, lang?: string) {
    return call('delete_component', { name, delete: del, lang: lang ?? null });
  }
  autoscaleDecisions(query: DecisionsQuery = {}) {
    return call('autoscale_decisions', { query });
  }
  healingQueue() {
    return call('healing_queue');
  }
  optimalRegion(location: string, lang?: string) {
    return call('optimal_region', { location, lang: lang ?? null });
  }
  regionLocations() {
    return call('region_locations');
  }
  front(name: string) {
    return call('front', { name });
  }
  chartUrl() {
    return null;
  }
  subscribe(onEvent: (e: StreamEvent) => void, onConnection: (up: boolean) => void) {
    let stop: (() => void) | null = null;
    let cancelled = false;
    // Listen first, then ask the app to start the stream (a permission-checked command).
    listen<EngineEvent>('engine-event', (e) => onEvent(e.payload))
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

/** The desktop app's welcome screen (src-tauri/src/welcome.rs): whether it is needed. */
export function welcome() {
  return call('welcome');
}

/** Start the engine on the operator's choice on the welcome screen. */
export function welcomeChoose(choice: Args<'welcome_choose'>['choice']) {
  return call('welcome_choose', { choice });
}
