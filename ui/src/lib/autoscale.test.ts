import { describe, expect, it } from 'vitest';
import type { AutoscaleView } from './bindings/AutoscaleView';
import type { ScalingDecision } from './bindings/ScalingDecision';
import type { ScalingResult } from './bindings/ScalingResult';
import { changeOf, confirmations, decisionTone, formOf, mergeDecisions, metricKind, overrideProblem, validate, type RuleForm } from './autoscale';
import { format, setLang } from './i18n.svelte';

const view: AutoscaleView = {
  component: 'search',
  mode: 'reactive',
  instances: 2,
  min_instances: 1,
  max_instances: 3,
  cooldown_ms: 30_000,
  cooldown_until_ms: null,
  interval_ms: 1000,
  sustain_ms: 0,
  horizon_ms: null,
  dry_run: true,
  paused: false,
  overridden: false,
  scale_min_instances: 1,
  scale_max_instances: 4,
  rules: [{ metric: 'memory_bytes', threshold_up: 120e6, threshold_down: 60e6, scale_factor: 2, value: 5e6, predicted: null, eta_ms: null }],
  hold: null,
  hold_message: null,
  decisions: [],
  counts: [],
};

const edit = (f: Partial<RuleForm> & { rule?: Partial<RuleForm['rules'][0]> }): RuleForm => {
  const base = formOf(view);
  const { rule, ...rest } = f;
  return { ...base, ...rest, rules: rule ? [{ ...base.rules[0], ...rule }] : base.rules };
};

describe('the auto-scaling rule form', () => {
  it('starts from the view and is valid as it is', () => {
    const f = formOf(view);
    expect(f).toMatchObject({ min: '1', max: '3', cooldown_s: '30', dry_run: true, paused: false });
    expect(f.rules[0]).toEqual({ metric: 'memory_bytes', up: '120000000', down: '60000000', factor: '2' });
    expect(validate(f, view)).toEqual([]);
    expect(changeOf(view, f)).toBeNull();
  });

  it('names every bad field with a Fluent id (table)', () => {
    const cases: [Parameters<typeof edit>[0], [string, string][]][] = [
      [{ min: '0' }, [['min', 'ui-as-err-min-low']]],
      [{ min: '1.5' }, [['min', 'ui-as-err-integer']]],
      [{ max: 'x' }, [['max', 'ui-as-err-integer']]],
      [{ max: '5' }, [['max', 'ui-as-err-max-high']]],
      [{ min: '3', max: '2' }, [['max', 'ui-as-err-min-max']]],
      [{ cooldown_s: '' }, [['cooldown_s', 'ui-as-err-number']]],
      [{ cooldown_s: '90000' }, [['cooldown_s', 'ui-as-err-cooldown']]],
      [{ rule: { down: '200000000' } }, [['rules.0.down', 'ui-as-err-down-up']]],
      [{ rule: { down: '-1' } }, [['rules.0.down', 'ui-as-err-negative']]],
      [{ rule: { factor: '1' } }, [['rules.0.factor', 'ui-as-err-factor']]],
      [{ rule: { up: '', factor: 'abc' } }, [['rules.0.up', 'ui-as-err-number'], ['rules.0.factor', 'ui-as-err-number']]],
      [{ rule: { up: '0,5', down: '0,25' } }, []],
    ];
    for (const [f, want] of cases) {
      expect(validate(edit(f), view).map((e) => [e.field, e.id]), JSON.stringify(f)).toEqual(want);
    }
  });

  it('sends only what changed', () => {
    expect(changeOf(view, edit({ paused: true }))).toEqual({ paused: true, dry_run: null });
    expect(changeOf(view, edit({ max: '4' }))).toEqual({ paused: null, dry_run: null, min_instances: 1, max_instances: 4 });
    expect(changeOf(view, edit({ cooldown_s: '5' }))).toEqual({ paused: null, dry_run: null, cooldown_ms: 5000 });
    expect(changeOf(view, edit({ rule: { up: '1e8' } }))).toEqual({ paused: null, dry_run: null, rules: [{ metric: 'memory_bytes', threshold_up: 1e8, threshold_down: 60e6, scale_factor: 2 }] });
  });

  it('asks for a confirmation when the change acts at once', () => {
    expect(confirmations(view, { paused: true, dry_run: null })).toEqual([]);
    expect(confirmations(view, { paused: null, dry_run: false }).map((c) => c.id)).toEqual(['ui-as-confirm-live']);
    // Two instances run; a maximum of one scales down now, a minimum of three scales up.
    expect(confirmations(view, { paused: null, dry_run: null, min_instances: 1, max_instances: 1 })).toEqual([{ field: 'bounds', id: 'ui-as-confirm-scale-now', args: { component: 'search', from: 2, to: 1 } }]);
    expect(confirmations(view, { paused: null, dry_run: null, min_instances: 3, max_instances: 3 })[0].args).toMatchObject({ from: 2, to: 3 });
    expect(confirmations(view, { paused: null, dry_run: null, reset: true }).map((c) => c.id)).toEqual(['ui-as-confirm-reset']);
  });
});

describe('scaling decisions', () => {
  const d = (id: number, at_ms: number, result: ScalingDecision['result'] = 'succeeded'): ScalingDecision => ({
    id, component: 'search', at_ms, direction: 'up', from: 1, to: 2, reached: 2, reason: null, hold: null, result, dry_run: false, action_ids: [], message: '',
  });
  it('merges live events newest first without duplicates, capped', () => {
    const merged = mergeDecisions([d(1, 100), d(2, 200)], [d(3, 300), d(2, 200)], 10);
    expect(merged.map((x) => x.id)).toEqual([3, 2, 1]);
    expect(mergeDecisions([d(1, 100), d(2, 200)], [d(3, 300)], 2).map((x) => x.id)).toEqual([3, 2]);
  });
  it('tones by result', () => {
    expect(['succeeded', 'failed', 'held', 'dry_run'].map((r) => decisionTone({ result: r as ScalingResult, direction: 'up' }))).toEqual(['healthy', 'failed', 'paused', 'unknown']);
  });
  it('shows metrics in their unit', () => {
    expect(['memory_bytes', 'cpu_usage', 'response_time_seconds', 'queue_depth'].map(metricKind)).toEqual(['bytes', 'percent', 'seconds', 'number']);
  });
});

describe('a stored run-time change the config no longer allows', () => {
  it('is reported with the engine\'s reason, in the reader\'s language around it', () => {
    expect(overrideProblem(view)).toBeNull();
    const problem = { id: 'api-error-field', args: { field: 'max_instances', problem: { id: 'config-x-autoscale-above-scale-max', args: { value: 3, max: 2 } } } };
    const reason = '`max_instances`: 3 is above `scale.max_instances` (2), where `scale_up` stops';
    expect(overrideProblem({ ...view, override_not_applied: problem })).toBe(reason);
    setLang('de');
    expect(overrideProblem({ ...view, override_not_applied: problem })).toContain('liegt über `scale.max_instances`');
    setLang('en');
    expect(format('en', 'ui-as-override-not-applied', { reason })).toBe(`A saved run-time change is not in force: ${reason}`);
    expect(format('de', 'ui-as-override-not-applied', { reason })).toContain('nicht in Kraft');
    expect(format('en', 'ui-as-runtime-note')).toContain('kept across restarts');
  });
});
