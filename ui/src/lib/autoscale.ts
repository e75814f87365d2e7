// Pure logic of the auto-scaling panels: the edit form of a component's rule (validation
// with Fluent message ids, the change to send, whether it needs a confirmation), decisions
// kept live from engine events, and how a metric's value is shown.
import type { AutoscaleChange } from './bindings/AutoscaleChange';
import type { AutoscaleView } from './bindings/AutoscaleView';
import type { ScalingDecision } from './bindings/ScalingDecision';
import { sayMsg } from './msg';

/** The longest cooldown the engine accepts at run time (a day), in seconds. */
export const MAX_COOLDOWN_S = 86_400;

/** What the form edits: numbers as typed (strings), so a half-typed value is not lost. */
export type RuleForm = {
  paused: boolean;
  dry_run: boolean;
  min: string;
  max: string;
  cooldown_s: string;
  rules: { metric: string; up: string; down: string; factor: string }[];
};

/** A problem with one field: the field's name and a Fluent message id with its arguments. */
export type FieldError = { field: string; id: string; args?: Record<string, string | number> };

export function formOf(v: AutoscaleView): RuleForm {
  return {
    paused: v.paused,
    dry_run: v.dry_run,
    min: String(v.min_instances),
    max: String(v.max_instances),
    cooldown_s: String(Math.round(v.cooldown_ms / 1000)),
    rules: v.rules.map((r) => ({ metric: r.metric, up: String(r.threshold_up), down: String(r.threshold_down), factor: String(r.scale_factor) })),
  };
}

function num(s: string): number | null {
  const t = s.trim().replace(',', '.');
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function int(s: string): number | null {
  const n = num(s);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** Every problem of the form, in field order; empty when it can be sent. Mirrors the engine's
 *  checks (`heal/autoscale/change.rs`), which stay the authority. */
export function validate(f: RuleForm, v: Pick<AutoscaleView, 'scale_min_instances' | 'scale_max_instances'>): FieldError[] {
  const errs: FieldError[] = [];
  const lo = Math.max(1, v.scale_min_instances);
  const min = int(f.min);
  const max = int(f.max);
  if (min === null) errs.push({ field: 'min', id: 'ui-as-err-integer' });
  else if (min < lo) errs.push({ field: 'min', id: 'ui-as-err-min-low', args: { min: lo } });
  if (max === null) errs.push({ field: 'max', id: 'ui-as-err-integer' });
  else if (max > v.scale_max_instances) errs.push({ field: 'max', id: 'ui-as-err-max-high', args: { max: v.scale_max_instances } });
  else if (min !== null && max < min) errs.push({ field: 'max', id: 'ui-as-err-min-max', args: { min } });
  const cd = num(f.cooldown_s);
  if (cd === null) errs.push({ field: 'cooldown_s', id: 'ui-as-err-number' });
  else if (cd < 0 || cd > MAX_COOLDOWN_S) errs.push({ field: 'cooldown_s', id: 'ui-as-err-cooldown', args: { max: MAX_COOLDOWN_S } });
  f.rules.forEach((r, i) => {
    const up = num(r.up);
    const down = num(r.down);
    const factor = num(r.factor);
    if (up === null) errs.push({ field: `rules.${i}.up`, id: 'ui-as-err-number' });
    if (down === null) errs.push({ field: `rules.${i}.down`, id: 'ui-as-err-number' });
    else if (down < 0) errs.push({ field: `rules.${i}.down`, id: 'ui-as-err-negative' });
    else if (up !== null && down >= up) errs.push({ field: `rules.${i}.down`, id: 'ui-as-err-down-up', args: { up: r.up.trim() } });
    if (factor === null) errs.push({ field: `rules.${i}.factor`, id: 'ui-as-err-number' });
    else if (!(factor > 1)) errs.push({ field: `rules.${i}.factor`, id: 'ui-as-err-factor' });
  });
  return errs;
}

/** The change to send: only what differs from `v` (`null` when nothing does). Call after
 *  `validate` found nothing. */
export function changeOf(v: AutoscaleView, f: RuleForm): AutoscaleChange | null {
  const c: AutoscaleChange = { paused: null, dry_run: null };
  let any = false;
  if (f.paused !== v.paused) (c.paused = f.paused), (any = true);
  if (f.dry_run !== v.dry_run) (c.dry_run = f.dry_run), (any = true);
  const min = int(f.min)!;
  const max = int(f.max)!;
  if (min !== v.min_instances || max !== v.max_instances) {
    c.min_instances = min;
    c.max_instances = max;
    any = true;
  }
  const cd = Math.round(num(f.cooldown_s)! * 1000);
  if (cd !== v.cooldown_ms) (c.cooldown_ms = cd), (any = true);
  const rules = f.rules.map((r) => ({ metric: r.metric, threshold_up: num(r.up)!, threshold_down: num(r.down)!, scale_factor: num(r.factor)! }));
  const same = rules.every((r, i) => {
    const o = v.rules[i];
    return o && o.metric === r.metric && o.threshold_up === r.threshold_up && o.threshold_down === r.threshold_down && o.scale_factor === r.scale_factor;
  });
  if (!same) (c.rules = rules), (any = true);
  return any ? c : null;
}

/** Why a change needs a confirmation (Fluent ids with arguments), empty when it does not:
 *  new bounds that move the running count now, turning dry-run off (it will act for real),
 *  going back to the config. */
export function confirmations(v: AutoscaleView, c: AutoscaleChange): FieldError[] {
  const out: FieldError[] = [];
  if (c.reset) out.push({ field: 'reset', id: 'ui-as-confirm-reset' });
  const min = c.min_instances ?? v.min_instances;
  const max = c.max_instances ?? v.max_instances;
  const to = Math.min(Math.max(v.instances, min), max);
  if (to !== v.instances) out.push({ field: 'bounds', id: 'ui-as-confirm-scale-now', args: { component: v.component, from: v.instances, to } });
  if (c.dry_run === false && v.dry_run) out.push({ field: 'dry_run', id: 'ui-as-confirm-live' });
  return out;
}

/** Decisions newest first, without duplicates (same component and id), at most `cap`. */
export function mergeDecisions(list: readonly ScalingDecision[], more: readonly ScalingDecision[], cap = 50): ScalingDecision[] {
  const seen = new Set<string>();
  const out: ScalingDecision[] = [];
  for (const d of [...more, ...list].sort((a, b) => b.at_ms - a.at_ms || b.id - a.id)) {
    const k = `${d.component}#${d.id}#${d.at_ms}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(d);
    if (out.length >= cap) break;
  }
  return out;
}

/** Every scaler's decisions in one list, newest first. */
export function allDecisions(views: readonly AutoscaleView[], cap = 50): ScalingDecision[] {
  return mergeDecisions([], views.flatMap((v) => v.decisions), cap);
}

/** The badge tone of a decision. */
export function decisionTone(d: Pick<ScalingDecision, 'result' | 'direction'>): 'healthy' | 'failed' | 'paused' | 'unknown' {
  if (d.result === 'failed') return 'failed';
  if (d.result === 'held') return 'paused';
  if (d.result === 'dry_run') return 'unknown';
  return 'healthy';
}

/** How a metric's value is shown: `bytes`, `percent` (of 1), `seconds` or a plain number. */
export function metricKind(metric: string): 'bytes' | 'percent' | 'seconds' | 'number' {
  if (metric.endsWith('_bytes')) return 'bytes';
  if (metric === 'cpu_usage' || metric.endsWith('_ratio') || metric === 'error_rate') return 'percent';
  if (metric.endsWith('_seconds')) return 'seconds';
  return 'number';
}

/** Why a stored run-time change is not in force (the config no longer allows it), said in the
 *  UI's language from the engine's message, or `null`. */
export function overrideProblem(v: Pick<AutoscaleView, 'override_not_applied'>): string | null {
  return v.override_not_applied ? sayMsg(v.override_not_applied).trim() || null : null;
}
