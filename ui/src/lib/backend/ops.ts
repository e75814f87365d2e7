// Generated from guard_engine::boundary::ops::OPS by src-tauri/src/generated.rs
// (`cargo test --workspace`); do not edit.

/** Every operation of the boundary: its HTTP route (method, path with `{param}`s) and whether
 *  the desktop app has a Tauri command of that name. */
export const OPS = {
  health: { http: ['GET', '/health'], command: false },
  ready: { http: ['GET', '/ready'], command: false },
  metrics: { http: ['GET', '/metrics'], command: false },
  overview: { http: ['GET', '/api/overview'], command: true },
  components: { http: ['GET', '/api/components'], command: true },
  component: { http: ['GET', '/api/components/{name}'], command: true },
  samples: { http: ['GET', '/api/components/{name}/samples'], command: true },
  timeline: { http: ['GET', '/api/components/{name}/timeline'], command: true },
  chart_svg: { http: ['GET', '/api/components/{name}/chart.svg'], command: false },
  promql_range: { http: ['GET', '/api/components/{name}/promql'], command: false },
  events: { http: ['GET', '/api/events'], command: false },
  subscribe_events: { http: null, command: true },
  findings: { http: ['GET', '/api/findings'], command: true },
  forecast: { http: ['GET', '/api/components/{name}/forecast'], command: true },
  threshold_rules: { http: ['GET', '/api/components/{name}/rules'], command: true },
  add_rule: { http: ['POST', '/api/components/{name}/rules'], command: false },
  incidents: { http: ['GET', '/api/incidents'], command: true },
  healing_stats: { http: ['GET', '/api/healing/stats'], command: true },
  healing_actions: { http: ['GET', '/api/healing/actions'], command: true },
  plan: { http: ['GET', '/api/components/{name}/plan'], command: true },
  heal: { http: ['POST', '/api/components/{name}/heal'], command: true },
  set_healing_paused: { http: null, command: true },
  healing_pause: { http: ['POST', '/api/healing/pause'], command: false },
  healing_resume: { http: ['POST', '/api/healing/resume'], command: false },
  add_maintenance_window: { http: ['POST', '/api/healing/maintenance'], command: true },
  alertmanager: { http: ['POST', '/api/alertmanager'], command: false },
  preferences: { http: ['GET', '/api/components/{name}/preferences'], command: false },
  set_preferences: { http: ['PUT', '/api/components/{name}/preferences'], command: false },
  notification_deliveries: { http: ['GET', '/api/notifications/deliveries'], command: true },
  healing_queue: { http: ['GET', '/api/healing/queue'], command: true },
  autoscale: { http: ['GET', '/api/autoscale'], command: true },
  autoscale_decisions: { http: ['GET', '/api/autoscale/decisions'], command: true },
  component_autoscale: { http: ['GET', '/api/components/{name}/autoscale'], command: true },
  set_component_autoscale: { http: ['PUT', '/api/components/{name}/autoscale'], command: true },
  fronts: { http: ['GET', '/api/fronts'], command: false },
  front: { http: ['GET', '/api/components/{name}/front'], command: true },
  regions: { http: ['GET', '/api/regions'], command: true },
  optimal_region: { http: ['GET', '/api/regions/optimal'], command: true },
  region_locations: { http: ['GET', '/api/regions/locations'], command: true },
  set_region_active: { http: null, command: true },
  region_activate: { http: ['POST', '/api/regions/{region}/activate'], command: false },
  region_deactivate: { http: ['POST', '/api/regions/{region}/deactivate'], command: false },
  validate_data_operation: { http: ['POST', '/api/compliance/validate'], command: true },
  report: { http: ['GET', '/api/reports'], command: false },
  build_report: { http: ['POST', '/api/reports'], command: false },
  compliance_report: { http: null, command: true },
  save_report: { http: null, command: true },
  session: { http: ['GET', '/api/session'], command: true },
  login: { http: ['POST', '/api/login'], command: false },
  logout: { http: ['POST', '/api/logout'], command: false },
  setup: { http: ['POST', '/api/setup'], command: false },
  account: { http: ['GET', '/api/account'], command: false },
  set_account_language: { http: ['PUT', '/api/account/language'], command: false },
  export_own_data: { http: ['GET', '/api/account/export'], command: false },
  export_user_data: { http: ['GET', '/api/users/{name}/export'], command: false },
  users: { http: ['GET', '/api/users'], command: true },
  add_user: { http: ['POST', '/api/users'], command: true },
  set_user_role: { http: ['PUT', '/api/users/{name}/role'], command: true },
  set_user_disabled: { http: null, command: true },
  disable_user: { http: ['POST', '/api/users/{name}/disable'], command: false },
  enable_user: { http: ['POST', '/api/users/{name}/enable'], command: false },
  erase_user: { http: ['POST', '/api/users/{name}/erase'], command: true },
  api_tokens: { http: ['GET', '/api/tokens'], command: true },
  issue_token: { http: ['POST', '/api/tokens'], command: true },
  revoke_token: { http: ['DELETE', '/api/tokens/{jti}'], command: true },
  audit_log: { http: ['GET', '/api/audit'], command: true },
  audit_verify: { http: ['GET', '/api/audit/verify'], command: true },
  security_findings: { http: ['GET', '/api/security/findings'], command: true },
} as const;

export type OpName = keyof typeof OPS;
/** The Tauri commands. */
export type CommandName = { [K in OpName]: (typeof OPS)[K]['command'] extends true ? K : never }[OpName];
/** The operations the HTTP server offers. */
export type RouteName = { [K in OpName]: (typeof OPS)[K]['http'] extends null ? never : K }[OpName];
/** The path parameters of a route (`{name}` → `name`). */
export type RouteParams<K extends RouteName> = (typeof OPS)[K]['http'] extends readonly [string, infer P extends string] ? Params<P> : never;
type Params<P extends string> = P extends `${string}{${infer N}}${infer Rest}` ? { [k in N]: string } & Params<Rest> : {};
