// The component form's model: a component's YAML entry (as JSON, `ComponentConfigView.config`)
// split into the fields the form shows and the rest (kept as JSON in "Other settings"), and
// back. The engine validates the result with the same validator as `pipeline-guard validate`;
// its problems come back with the JSON pointer of their field, which `fieldOf` maps to the
// form's input so the message shows beside it.
import type { FieldProblem } from './backend';

export const CHECK_KINDS = ['http', 'tcp', 'command', 'process', 'prometheus', 'promql', 'node'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** The step names a ladder may list by name (`config::RecoveryStep::from_plain_name`). */
export const PLAIN_STEPS = ['restart', 'scale_up', 'scale_down', 'migrate', 'notify'];

/** Each check kind's own text fields, in form order (`config/raw.rs` `Raw*Check`). */
export const KIND_FIELDS: Record<CheckKind, string[]> = {
  http: ['url', 'method', 'expect_status', 'body_contains', 'degraded_after'],
  tcp: ['addr'],
  command: ['run', 'cwd', 'on'],
  process: [],
  prometheus: ['url', 'metric', 'healthy_if'],
  promql: ['url', 'query', 'healthy_if', 'for', 'metric'],
  node: ['url', 'mountpoint'],
};
const NUMERIC = new Set(['expect_status']);
const LISTS = new Set(['run']);

type Obj = Record<string, unknown>;

export interface FormModel {
  name: string;
  region: string;
  critical: boolean;
  dependsOn: string;
  sla: string;
  kind: CheckKind;
  interval: string;
  timeout: string;
  /** The kind's fields as text (`run`: one argument per line). */
  kindFields: Record<string, string>;
  tlsVerify: boolean;
  supervised: boolean;
  command: string;
  cwd: string;
  env: string;
  logMax: string;
  stopGrace: string;
  memory: string;
  cpu: string;
  recovery: string;
  /** `paused:` as written (pause/resume change it, not the form). */
  paused: boolean | undefined;
  /** Everything else, as JSON text. */
  raw: string;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v : String(v));
const lines = (v: unknown): string => (Array.isArray(v) ? v.map(text).join('\n') : text(v));
const splitLines = (s: string): string[] => s.split('\n').map((l) => l.trim()).filter((l) => l !== '');

export function emptyModel(): FormModel {
  return {
    name: '', region: '', critical: false, dependsOn: '', sla: '', kind: 'http', interval: '', timeout: '',
    kindFields: {}, tlsVerify: true, supervised: false, command: '', cwd: '', env: '', logMax: '', stopGrace: '',
    memory: '', cpu: '', recovery: '', paused: undefined, raw: '{}',
  };
}

/** The form's model of an entry; what the form has no field for goes to `raw`. */
export function fromConfig(cfg: Obj): FormModel {
  const m = emptyModel();
  const rest: Obj = { ...cfg };
  const take = (k: string) => {
    const v = rest[k];
    delete rest[k];
    return v;
  };
  m.name = text(take('name'));
  m.region = text(take('region'));
  m.critical = take('critical') === true;
  const deps = take('depends_on');
  m.dependsOn = Array.isArray(deps) ? deps.map(text).join(', ') : '';
  m.sla = text(take('sla'));
  const p = take('paused');
  m.paused = typeof p === 'boolean' ? p : undefined;
  const check = take('check');
  if (isObj(check)) {
    const c: Obj = { ...check };
    m.interval = text(c.interval);
    m.timeout = text(c.timeout);
    delete c.interval;
    delete c.timeout;
    const kind = CHECK_KINDS.find((k) => k in c);
    if (kind) {
      m.kind = kind;
      const body: Obj = isObj(c[kind]) ? { ...(c[kind] as Obj) } : {};
      for (const f of KIND_FIELDS[kind]) {
        if (f in body) m.kindFields[f] = LISTS.has(f) ? lines(body[f]) : text(body[f]);
        delete body[f];
      }
      if (kind === 'http' && 'tls_verify' in body) {
        m.tlsVerify = body.tls_verify !== false;
        delete body.tls_verify;
      }
      delete c[kind];
      // Fields of the kind without a form field (`timeout`, `labels`, …) stay, under `check`.
      if (Object.keys(body).length) c[kind] = body;
    }
    if (Object.keys(c).length) rest.check = c;
  }
  const proc = take('process');
  if (isObj(proc)) {
    const pr: Obj = { ...proc };
    m.supervised = true;
    m.command = lines(pr.command);
    m.cwd = text(pr.cwd);
    m.env = isObj(pr.env) ? Object.entries(pr.env).map(([k, v]) => `${k}=${text(v)}`).join('\n') : '';
    m.logMax = text(pr.log_max);
    m.stopGrace = text(pr.stop_grace);
    for (const k of ['command', 'cwd', 'env', 'log_max', 'stop_grace']) delete pr[k];
    if (Object.keys(pr).length) rest.process = pr;
  }
  const limits = take('limits');
  if (isObj(limits)) {
    const l: Obj = { ...limits };
    m.memory = text(l.memory);
    m.cpu = text(l.cpu);
    delete l.memory;
    delete l.cpu;
    if (Object.keys(l).length) rest.limits = l;
  }
  const rec = take('recovery');
  if (Array.isArray(rec) && rec.every((s) => typeof s === 'string')) m.recovery = rec.join('\n');
  else if (rec !== undefined) rest.recovery = rec;
  m.raw = JSON.stringify(rest, null, 2);
  return m;
}

/** What the form's fields and "Other settings" make, or the JSON error of the latter. */
export function toConfig(m: FormModel): { config: Obj } | { rawError: string } {
  let extra: unknown;
  try {
    extra = m.raw.trim() === '' ? {} : JSON.parse(m.raw);
  } catch (e) {
    return { rawError: (e as Error).message };
  }
  if (!isObj(extra)) return { rawError: typeof extra };
  const out: Obj = { name: m.name.trim() };
  const put = (o: Obj, k: string, v: string) => {
    if (v.trim() !== '') o[k] = v.trim();
  };
  put(out, 'region', m.region);
  if (m.critical) out.critical = true;
  const deps = m.dependsOn.split(',').map((s) => s.trim()).filter((s) => s);
  if (deps.length) out.depends_on = deps;
  if (m.sla.trim() !== '') out.sla = numberOr(m.sla);
  if (m.paused !== undefined) out.paused = m.paused;
  const check: Obj = isObj(extra.check) ? { ...(extra.check as Obj) } : {};
  delete extra.check;
  const body: Obj = isObj(check[m.kind]) ? { ...(check[m.kind] as Obj) } : {};
  for (const k of CHECK_KINDS) delete check[k];
  for (const f of KIND_FIELDS[m.kind]) {
    const v = m.kindFields[f] ?? '';
    if (LISTS.has(f)) {
      const argv = splitLines(v);
      if (argv.length) body[f] = argv;
    } else if (v.trim() !== '') body[f] = NUMERIC.has(f) ? numberOr(v) : v.trim();
  }
  if (m.kind === 'http' && !m.tlsVerify) body.tls_verify = false;
  check[m.kind] = body;
  put(check, 'interval', m.interval);
  put(check, 'timeout', m.timeout);
  out.check = check;
  if (m.supervised) {
    const pr: Obj = isObj(extra.process) ? { ...(extra.process as Obj) } : {};
    pr.command = splitLines(m.command);
    put(pr, 'cwd', m.cwd);
    const env: Obj = {};
    for (const l of splitLines(m.env)) {
      const i = l.indexOf('=');
      if (i > 0) env[l.slice(0, i).trim()] = l.slice(i + 1);
      else env[l] = '';
    }
    if (Object.keys(env).length) pr.env = env;
    put(pr, 'log_max', m.logMax);
    put(pr, 'stop_grace', m.stopGrace);
    out.process = pr;
  }
  delete extra.process;
  const limits: Obj = isObj(extra.limits) ? { ...(extra.limits as Obj) } : {};
  delete extra.limits;
  put(limits, 'memory', m.memory);
  if (m.cpu.trim() !== '') limits.cpu = numberOr(m.cpu);
  if (Object.keys(limits).length) out.limits = limits;
  const steps = splitLines(m.recovery);
  if (steps.length) {
    out.recovery = steps;
    delete extra.recovery;
  }
  for (const [k, v] of Object.entries(extra)) if (!(k in out)) out[k] = v;
  return { config: out };
}

/** A number when the text is one, else the text (the validator then names the field). */
function numberOr(s: string): number | string {
  const t = s.trim();
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? n : t;
}

/** The pointers of the form's inputs (`data-field`), for problems about them. */
export function formFields(kind: CheckKind): string[] {
  return [
    '/name', '/region', '/critical', '/depends_on', '/sla', '/check', '/check/interval', '/check/timeout',
    ...KIND_FIELDS[kind].map((f) => `/check/${kind}/${f}`),
    ...(kind === 'http' ? ['/check/http/tls_verify'] : []),
    '/process', '/process/command', '/process/cwd', '/process/env', '/process/log_max', '/process/stop_grace',
    '/limits/memory', '/limits/cpu', '/recovery',
  ];
}

/** The form input a problem is about: the longest input pointer that is the problem's field or
 *  a parent of it (`/depends_on/0` → `/depends_on`); `null`: "Other settings" / the top. */
export function fieldOf(p: FieldProblem, kind: CheckKind): string | null {
  const f = p.field;
  if (f === null || f === '') return null;
  let best: string | null = null;
  for (const ptr of formFields(kind)) {
    if ((f === ptr || f.startsWith(ptr + '/')) && (best === null || ptr.length > best.length)) best = ptr;
  }
  // `/check/<kind>` itself: a missing or extra field of the kind, shown at the kind select.
  return best;
}

/** Problems grouped by form input; `''` holds the rest. */
export function problemsByField(problems: readonly FieldProblem[], kind: CheckKind): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const k = fieldOf(p, kind) ?? '';
    out.set(k, [...(out.get(k) ?? []), p.message]);
  }
  return out;
}
