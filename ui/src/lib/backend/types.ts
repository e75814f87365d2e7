// The one interface the pages talk to. Two implementations: `http.ts` (browser: fetch + SSE
// against `pipeline-guard serve`) and `tauri.ts` (desktop app: invoke + Tauri events).
import type { ComponentView } from '../bindings/ComponentView';
import type { DetectionFinding } from '../bindings/DetectionFinding';
import type { ForecastView } from '../bindings/ForecastView';
import type { RuleView } from '../bindings/RuleView';
import type { EngineEvent } from '../bindings/EngineEvent';
import type { ErrorCode } from '../bindings/ErrorCode';
import type { Msg } from '../bindings/Msg';
import { sayMsg } from '../msg';
import { hasMessage } from '../i18n.svelte';
import type { Overview } from '../bindings/Overview';
import type { Permission } from '../bindings/Permission';
import type { SamplesView } from '../bindings/SamplesView';
import type { SessionView } from '../bindings/SessionView';
import type { TimelineEntry } from '../bindings/TimelineEntry';
import type { RegionState } from '../bindings/RegionState';
import type { RegionChange } from '../bindings/RegionChange';
import type { ValidateRequest } from '../bindings/ValidateRequest';
import type { ValidationView } from '../bindings/ValidationView';
import type { Report } from '../bindings/Report';
import type { ReportQuery } from '../bindings/ReportQuery';
import type { ReportFormat } from '../bindings/ReportFormat';
export type { ReportFormat };
import type { UserView } from '../bindings/UserView';
import type { NewUser } from '../bindings/NewUser';
import type { ApiTokenView } from '../bindings/ApiTokenView';
import type { TokenRequest } from '../bindings/TokenRequest';
import type { IssuedToken } from '../bindings/IssuedToken';
import type { AuditEntry } from '../bindings/AuditEntry';
import type { AuditCheck } from '../bindings/AuditCheck';
import type { Finding as SecurityFinding } from '../bindings/Finding';
import type { ErasureOutcome } from '../bindings/ErasureOutcome';
import type { MaintenanceRequest } from '../bindings/MaintenanceRequest';
import type { DeliveryRow } from '../bindings/DeliveryRow';
import type { ChannelView } from '../bindings/ChannelView';
import type { ChannelTestResult } from '../bindings/ChannelTestResult';
import type { DeliveriesPage } from '../bindings/DeliveriesPage';
import type { DesktopNotifyPrefs } from '../bindings/DesktopNotifyPrefs';
import type { ChannelChange } from '../bindings/ChannelChange';
import type { ChannelChangeResult } from '../bindings/ChannelChangeResult';
import type { AutoscaleView } from '../bindings/AutoscaleView';
import type { AutoscaleChange } from '../bindings/AutoscaleChange';
import type { ScalingDecision } from '../bindings/ScalingDecision';
import type { DecisionsQuery } from '../bindings/DecisionsQuery';
import type { HealingQueueView } from '../bindings/HealingQueueView';
import type { OptimalRegionView } from '../bindings/OptimalRegionView';
import type { LocationView } from '../bindings/LocationView';
import type { IncidentView } from '../bindings/IncidentView';
import type { IncidentsQuery } from '../bindings/IncidentsQuery';
import type { FindingsQuery } from '../bindings/FindingsQuery';
import type { SamplesQuery } from '../bindings/SamplesQuery';
import type { ComponentsQuery } from '../bindings/ComponentsQuery';
import type { HealingStats } from '../bindings/HealingStats';
import type { ActionView } from '../bindings/ActionView';
import type { HealPlan } from '../bindings/HealPlan';
import type { HealTicket } from '../bindings/HealTicket';
import type { StatsRow } from '../bindings/StatsRow';
import type { FrontView } from '../bindings/FrontView';
import type { ComponentConfigView } from '../bindings/ComponentConfigView';
import type { ComponentChange } from '../bindings/ComponentChange';
import type { ComponentChangeResult } from '../bindings/ComponentChangeResult';
import type { ComponentDelete } from '../bindings/ComponentDelete';
import type { FieldProblem } from '../bindings/FieldProblem';
import type { Resync } from '../bindings/Resync';
export type { Resync };

/** An error at the boundary: a typed code to switch on, a message for people. When the engine
 *  sent its Fluent message (`msg`, on both the HTTP and the app's path: `ApiError` in Rust),
 *  the message is that one said in the UI's language; `message` from the engine (English, or
 *  the request's language) is the fallback for a message this UI does not know. */
export class BackendError extends Error {
  constructor(
    public code: ErrorCode,
    message: string,
    public status = 0,
    public msg?: Msg,
  ) {
    super(msg && hasMessage('en', msg.id) ? sayMsg(msg) : message);
  }
}

export type Unsubscribe = () => void;
/** What the event stream delivers: the engine's events, and the server's `resync` where a
 * subscriber too slow for the bus lost events (refetch everything). */
export type StreamEvent = EngineEvent | Resync;

/** A sealed report file as downloaded (`GET /api/reports`, the app's `compliance_report`). */
export type ReportFile = { name: string; type: string; bytes: Uint8Array };
/** Where a saved report went: `path` in the desktop app (the downloads folder), `null` in a
 *  browser (its own download handling decides). */
export type SavedFile = { name: string; path: string | null };



export interface Backend {
  readonly kind: 'http' | 'tauri';
  /** Who the user is and what they may do (the UI hides or disables the rest); `null` when the
   *  engine predates security (then everything is allowed). */
  session(): Promise<SessionView | null>;
  /** Sign in with a password (browser only: the desktop app acts as the OS user's account). */
  login?(username: string, password: string): Promise<void>;
  logout?(): Promise<void>;
  overview(): Promise<Overview>;
  /** Every component, or (`names`) just those, in that order: the live store refetches the
   *  whole list only after a reconnect or a resync, and between events only the few components
   *  whose figures move without an event (not healthy, availability below 100 %). */
  /** `heartbeat: false`: the views without their heartbeat (the stream keeps it current). */
  components(names?: readonly string[], opts?: { heartbeat?: boolean }): Promise<ComponentView[]>;
  component(name: string): Promise<ComponentView>;
  samples(name: string, metric: string, from: number, to: number, step: number): Promise<SamplesView>;
  timeline(name: string, limit?: number): Promise<TimelineEntry[]>;
  /** Live engine events; `onConnection` reports whether the stream is up. */
  subscribe(onEvent: (e: StreamEvent) => void, onConnection: (up: boolean) => void): Unsubscribe;
  /** Reasons and timeline texts come back in `lang` (the engine says them through Fluent). */
  incidents(from?: number, to?: number, lang?: string): Promise<IncidentView[] | null>;
  healingStats(): Promise<HealingStats | null>;
  /** Healing actions, newest first, details in `lang` (`GET /api/healing/actions`). */
  healingActions(limit?: number, lang?: string): Promise<ActionView[] | null>;
  heal(name: string, strategy: string): Promise<HealTicket>;
  /** Pause or resume healing, globally or (with `component`) for one component. */
  setHealingPaused(paused: boolean, component?: string): Promise<void>;
  plan(name: string): Promise<HealPlan | null>;
  /** Detection findings (anomalies, predictions, threshold rules), newest first; `null`: no detection API. */
  findings(q?: FindingsQuery): Promise<DetectionFinding[] | null>;
  /** Exhaustion forecasts of one component's series; `null`: no detection API. */
  forecast(name: string): Promise<ForecastView | null>;
  /** One component's threshold rules (firing or not); `null`: no detection API. */
  rules(name: string): Promise<RuleView[] | null>;
  /** URL of a server-rendered (plotters) SVG chart, or null when this backend has none. */
  chartUrl(name: string, metric: string, range: string, lang: string, theme: string): string | null;
  /** The UI language saved with the signed-in operator's account; `null` when there is none
   *  (no account, security off, older engine). Applied when the UI starts. */
  accountLanguage?(): Promise<string | null>;
  /** Save the UI language with the signed-in account (Settings); `false` when there is no
   *  account to save it with (the choice then stays in this browser only). */
  saveAccountLanguage?(lang: string): Promise<boolean>;

  /** The six regions with jurisdiction and whether each is active (MONITOR_HEALTH). */
  regions(): Promise<RegionState[]>;
  /** `activate_region` / `deactivate_region` (MANAGE_COMPONENTS), audited. */
  setRegionActive(region: string, active: boolean): Promise<RegionChange>;
  /** `validate_data_operation` (MONITOR_HEALTH): allowed or blocked, with the articles. */
  validateDataOperation(req: ValidateRequest): Promise<ValidationView>;
  /** A compliance report's data (format `json`, EXPORT_REPORTS). */
  report(q: ReportQuery): Promise<Report>;
  /** A sealed report file in `q.format` (EXPORT_REPORTS), to save. */
  exportReport(q: ReportQuery & { format: ReportFormat }): Promise<ReportFile>;
  /** Export and save the file for the operator (the browser's download, or the app's downloads
   *  folder, never overwriting a file). */
  saveReport(q: ReportQuery & { format: ReportFormat }): Promise<SavedFile>;

  /** Accounts (MANAGE_USERS for all of these). */
  users(): Promise<UserView[]>;
  addUser(user: NewUser): Promise<void>;
  setUserRole(name: string, role: string): Promise<void>;
  setUserDisabled(name: string, disabled: boolean): Promise<void>;
  /** Right to erasure: the account goes, its audit rows keep an unlinkable pseudonym. */
  eraseUser(name: string): Promise<ErasureOutcome>;
  apiTokens(): Promise<ApiTokenView[]>;
  /** A scoped API token; its secret is in this answer only. */
  issueToken(req: TokenRequest): Promise<IssuedToken>;
  revokeToken(jti: string): Promise<void>;
  /** The newest audit rows and the chain check (VIEW_AUDIT). */
  auditLog(limit?: number): Promise<AuditEntry[]>;
  auditVerify(): Promise<AuditCheck>;
  /** Security findings: brute force, revoked-token use, escalation, bursts (VIEW_AUDIT). */
  securityFindings(limit?: number): Promise<SecurityFinding[]>;
  /** A maintenance window: no healing of `component` (or of everything) meanwhile (TRIGGER_HEALING). */
  addMaintenance(req: MaintenanceRequest): Promise<void>;
  /** The accounts an incident can be assigned to: enabled accounts, or with security off the
   *  local operator (TRIGGER_HEALING). */
  incidentAssignees(): Promise<string[]>;
  /** Acknowledge an incident as the signed-in operator (TRIGGER_HEALING, audited). */
  acknowledgeIncident(id: number, lang?: string): Promise<IncidentView>;
  /** Assign an incident to an account, or to nobody with `null` (TRIGGER_HEALING, audited). */
  assignIncident(id: number, account: string | null, lang?: string): Promise<IncidentView>;
  /** Append a note to an incident (TRIGGER_HEALING, audited). */
  addIncidentNote(id: number, text: string, lang?: string): Promise<IncidentView>;
  /** Notification delivery outcomes, newest first (MONITOR_HEALTH). */
  deliveries(limit?: number): Promise<DeliveryRow[]>;
  /** The configured notification channels, secrets masked (MONITOR_HEALTH). */
  channels(): Promise<ChannelView[]>;
  /** Send a real test message through a channel now: delivered or the error, and the latency
   *  (MANAGE_COMPONENTS, audited). */
  testChannel(name: string): Promise<ChannelTestResult>;
  /** One page of a channel's delivery history, newest first (MONITOR_HEALTH). */
  channelDeliveries(name: string, offset: number, limit: number): Promise<DeliveriesPage>;
  /** Add, change (secrets left out are kept) or remove a channel: written to the config file
   *  and in force at once, or refused with the validator's problems (MANAGE_COMPONENTS, audited). */
  addChannel(change: ChannelChange, lang?: string): Promise<ChannelChangeResult>;
  replaceChannel(name: string, change: ChannelChange, lang?: string): Promise<ChannelChangeResult>;
  removeChannel(name: string, lang?: string): Promise<ChannelChangeResult>;
  /** What the desktop app shows as system notifications (the app only). */
  desktopNotify?(): Promise<DesktopNotifyPrefs>;
  setDesktopNotify?(prefs: DesktopNotifyPrefs): Promise<DesktopNotifyPrefs>;

  /** Every auto-scaler: rules with values, bounds, hold, last decisions; texts in `lang` (MONITOR_HEALTH). */
  autoscale(lang?: string): Promise<AutoscaleView[]>;
  /** One component's auto-scaler; `not_found` when it has none (MONITOR_HEALTH). */
  componentAutoscale(name: string, lang?: string): Promise<AutoscaleView>;
  /** Change it at run time: pause, dry-run, bounds, cooldown, thresholds, reset (MANAGE_COMPONENTS, audited). */
  setComponentAutoscale(name: string, change: AutoscaleChange): Promise<AutoscaleView>;
  /** Stored scaling decisions, newest first (MONITOR_HEALTH). */
  autoscaleDecisions(q?: DecisionsQuery): Promise<ScalingDecision[]>;
  /** Who holds the healing slots and who waits, in the planned order (MONITOR_HEALTH). */
  healingQueue(): Promise<HealingQueueView>;
  /** The nearest active region residency allows for a user in `location` (MONITOR_HEALTH);
   *  `unknown_location` / `no_eligible_region` errors carry a message in `lang`. */
  optimalRegion(location: string, lang?: string): Promise<OptimalRegionView>;
  /** The places `optimalRegion` knows (MONITOR_HEALTH). */
  regionLocations(): Promise<LocationView[]>;
  /** One component's front: instances, ejections, retries, retry budget, config in force;
   *  `not_found` when it has none (MONITOR_HEALTH). */
  front(name: string): Promise<FrontView>;

  /** A component's entry as written in the config file, for the edit form (MANAGE_COMPONENTS). */
  componentConfig(name: string): Promise<ComponentConfigView>;
  /** Add, replace, pause/resume, delete a component: written to the config file, applied live,
   *  audited (MANAGE_COMPONENTS). A change the validator refuses answers `applied: false` with
   *  its problems beside their fields (messages in `lang`); nothing is written then. */
  addComponent(change: ComponentChange, lang?: string): Promise<ComponentChangeResult>;
  replaceComponent(name: string, change: ComponentChange, lang?: string): Promise<ComponentChangeResult>;
  setComponentPaused(name: string, paused: boolean, lang?: string): Promise<ComponentChangeResult>;
  deleteComponent(name: string, del: ComponentDelete, lang?: string): Promise<ComponentChangeResult>;
}

export type { RegionState, RegionChange, ValidateRequest, ValidationView, Report, ReportQuery };
export type { MaintenanceRequest, DeliveryRow, FrontView, ChannelView, ChannelTestResult, DeliveriesPage, DesktopNotifyPrefs, ChannelChange, ChannelChangeResult };
export type { ComponentConfigView, ComponentChange, ComponentChangeResult, ComponentDelete, FieldProblem };
export type { AutoscaleView, AutoscaleChange, ScalingDecision, DecisionsQuery, HealingQueueView, OptimalRegionView, LocationView };
export type { UserView, NewUser, ApiTokenView, TokenRequest, IssuedToken, AuditEntry, AuditCheck, SecurityFinding, ErasureOutcome };
export type { IncidentView, IncidentsQuery, FindingsQuery, SamplesQuery, ComponentsQuery, HealingStats, StatsRow, ActionView, HealPlan, HealTicket };
export type { ComponentView, EngineEvent, Overview, Permission, SamplesView, SessionView, TimelineEntry, ErrorCode, DetectionFinding, ForecastView, RuleView };
