// Engine ids said as words: healing strategies, action results and triggers, incident states,
// permissions and audit actions. Every id the engine sends goes through Fluent here; an id the
// UI does not know yet gets a generic word (the raw id stays in a tooltip, never as the text).
import type { IncidentView, Permission, StatsRow } from './backend';
import { hasMessage, t } from './i18n.svelte';

/** `restart`, `scale_down`, `respawn`, … as words. */
export function strategyText(s: string | null | undefined): string {
  if (!s) return '';
  const id = `ui-strategy-${s}`;
  return hasMessage('en', id) ? t(id) : t('ui-strategy-other');
}

/** An action's result (`running`, `succeeded`, `failed`, `skipped`). */
export function resultText(r: string | null | undefined): string {
  if (!r) return '';
  const id = `ui-op-result-${r}`;
  return hasMessage('en', id) ? t(id) : t('ui-op-result-other');
}

/** What started an action (`ladder`, `manual`, `supervisor`, `memory`, `alert`). */
export function triggerText(trigger: string): string {
  const id = `ui-op-trigger-${trigger}`;
  return hasMessage('en', id) ? t(id) : t('ui-op-trigger-other');
}

/** An incident is `open`, `resolved` or `merged` (folded into another one: never open). */
export type IncidentState = 'open' | 'resolved' | 'merged';
export function incidentState(i: IncidentView): IncidentState {
  if (i.status === 'merged' || i.merged_into !== null) return 'merged';
  if (i.status === 'resolved' || i.resolved_ms !== null) return 'resolved';
  return 'open';
}
export function incidentStateText(s: IncidentState): string {
  return t(`ui-op-incident-${s}`);
}
/** How long it lasted (closed) or has lasted so far (open), in ms; from detection. */
export function incidentDurationMs(i: IncidentView, now = Date.now()): number {
  return Math.max(0, (i.resolved_ms ?? now) - i.detected_ms);
}
/** Open incidents: merged ones are not open (they live on in the incident they joined). */
export function openIncidentCount(list: readonly IncidentView[]): number {
  return list.filter((i) => incidentState(i) === 'open').length;
}
/** Newest first (by detection time, then id). */
export function newestFirst(list: readonly IncidentView[]): IncidentView[] {
  return [...list].sort((a, b) => b.detected_ms - a.detected_ms || b.id - a.id);
}

/** The engine's success rate (0–1) in percent, `null` before the first attempt. */
export function ratePercent(row: Pick<StatsRow, 'success_rate'> | null | undefined): number | null {
  return row?.success_rate === null || row?.success_rate === undefined ? null : row.success_rate * 100;
}

/** `MANAGE_USERS` → "Manage accounts". */
export function permissionText(p: Permission | string): string {
  const id = `ui-op-permission-${p.toLowerCase().replaceAll('_', '-')}`;
  return hasMessage('en', id) ? t(id) : t('ui-op-permission-other');
}

/** An audit action (`user.create`, `heal.restart`, …) as words. */
export function auditActionText(action: string): string {
  if (action.startsWith('heal.')) return t('ui-op-audit-heal', { strategy: strategyText(action.slice(5)) });
  const id = `ui-op-audit-${action.replaceAll('.', '-').replaceAll('_', '-')}`;
  return hasMessage('en', id) ? t(id) : t('ui-op-audit-other');
}
