import { describe, expect, it } from 'vitest';
import type { IncidentView } from './backend';
import type { Permission } from './bindings/Permission';
import { LANGS } from './lang';
import { hasMessage, setLang, fmtDuration, fmtNumber } from './i18n.svelte';
import { auditActionText, incidentDurationMs, incidentState, newestFirst, openIncidentCount, permissionText, ratePercent, resultText, strategyText, triggerText } from './words';

const inc = (over: Partial<IncidentView>): IncidentView => ({
  id: 1,
  component: 'orders-db',
  root_cause: 'orders-db',
  kind: 'down',
  source: 'check',
  reason: 'The check failed',
  reason_id: 'incident-reason-check-plain',
  status: 'open',
  escalated: false,
  affected: [],
  onset_ms: 900,
  detected_ms: 1_000,
  resolved_ms: null,
  merged_into: null,
  fingerprint: null,
  timeline: [],
  ...over,
});

// Every permission the engine has (the ts-rs union), so a new one fails here until it has words.
const PERMISSIONS: Record<Permission, true> = { ADMIN_ACCESS: true, MANAGE_COMPONENTS: true, TRIGGER_HEALING: true, READ_METRICS: true, MONITOR_HEALTH: true, EXPORT_REPORTS: true, MANAGE_USERS: true, VIEW_AUDIT: true };
// Every audit action the engine writes (grep `append(` in crates/ and src-tauri/).
const AUDIT = ['account.language', 'auth.invalid_token', 'auth.revoked_token', 'autoscale.change', 'component.add', 'component.delete', 'component.edit', 'component.pause', 'component.resume', 'config.change', 'data.operation.blocked', 'healing.preferences', 'key.rotate', 'login', 'login.failed', 'login.local', 'login.locked', 'permission.denied', 'region.activate', 'region.deactivate', 'report.exported', 'retention.applied', 'role.define', 'secret.put', 'security.finding', 'subject.erased', 'subject.erasure.requested', 'subject.exported', 'token.denied', 'token.issue', 'token.revoke', 'user.create', 'user.disable', 'user.enable', 'user.lock', 'user.role'];
// Every strategy the engine runs or records (config KNOWN_STRATEGIES plus the supervisor's respawn).
const STRATEGIES = ['restart', 'scale_up', 'scale_down', 'migrate', 'run', 'webhook', 'notify', 'respawn'];

describe('engine ids as words', () => {
  it('a merged incident is merged, never open, and is not counted as open', () => {
    const merged = inc({ id: 2, status: 'merged', merged_into: 1, resolved_ms: 5_000 });
    const open = inc({ id: 1 });
    const resolved = inc({ id: 3, status: 'resolved', resolved_ms: 61_000, detected_ms: 1_000 });
    expect([open, merged, resolved].map(incidentState)).toEqual(['open', 'merged', 'resolved']);
    expect(openIncidentCount([open, merged, resolved])).toBe(1);
    expect(incidentDurationMs(resolved)).toBe(60_000);
    expect(incidentDurationMs(open, 4_000)).toBe(3_000);
  });
  it('lists incidents newest first', () => {
    expect(newestFirst([inc({ id: 1, detected_ms: 1 }), inc({ id: 3, detected_ms: 3 }), inc({ id: 2, detected_ms: 2 })]).map((i) => i.id)).toEqual([3, 2, 1]);
  });
  it("takes the engine's rate as it is (0–1 → percent), null before the first attempt", () => {
    expect(ratePercent({ success_rate: 0.755 })).toBeCloseTo(75.5);
    expect(ratePercent({ success_rate: null })).toBeNull();
  });
  it('says every strategy, result, trigger, permission and audit action in every language, never as its id', () => {
    for (const lang of LANGS) {
      setLang(lang);
      const texts = [
        ...STRATEGIES.map(strategyText),
        ...['running', 'succeeded', 'failed', 'skipped'].map(resultText),
        ...['ladder', 'manual', 'supervisor', 'memory', 'alert', 'autoscale'].map(triggerText),
        ...Object.keys(PERMISSIONS).map(permissionText),
        ...AUDIT.map(auditActionText),
        auditActionText('heal.restart'),
      ];
      for (const s of texts) expect(s, lang).not.toMatch(/^ui-|_|[A-Z]{3,}_/);
      for (const s of STRATEGIES) expect(hasMessage(lang, `ui-strategy-${s}`), `${lang} ui-strategy-${s}`).toBe(true);
    }
    setLang('en');
    expect(strategyText('scale_down')).toBe('Scale down');
    expect(permissionText('MANAGE_USERS')).toBe('Manage accounts');
    expect(auditActionText('report.exported')).toBe('Report exported');
    expect(auditActionText('heal.respawn')).toContain('Respawn');
    expect(auditActionText('something.new')).toBe('Other action');
  });
  it('never shows "-0" and says durations under a second in ms', () => {
    setLang('en');
    expect(fmtNumber(-0.0001, 0)).toBe('0');
    expect(fmtDuration(450)).toBe('450 ms');
    expect(fmtDuration(0)).toBe('0 ms');
    expect(fmtDuration(61_000)).toBe('1 min 1 s');
  });
});
