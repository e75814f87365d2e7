// Compliance page logic: report periods, file names and types, grouping of control results.
import type { ReportControlResult } from './bindings/ReportControlResult';
import type { ReportFormat } from './backend/types';
import { hasMessage, t } from './i18n.svelte';

export const STANDARDS = ['gdpr', 'ccpa', 'soc2', 'iso27001', 'lgpd', 'pdpa', 'hipaa'] as const;
export type StandardId = (typeof STANDARDS)[number];
/** A standard's name as the reader's language writes it (`ui-standards.ftl`: de DSGVO, fr RGPD). */
export function standardName(id: string): string {
  return hasMessage('en', `ui-standard-${id}`) ? t(`ui-standard-${id}`) : id;
}
export const PRESETS = [7, 30, 90] as const;
export const FORMATS: ReportFormat[] = ['pdf', 'html', 'csv', 'json'];
export const OPERATIONS = ['export', 'share', 'sell', 'transfer', 'migrate', 'replicate', 'process', 'store', 'delete', 'modify'] as const;
export const DATA_TYPES = ['personal_data', 'health_data', 'operational_metrics', 'audit_log', 'credentials'] as const;
export const REGIONS = ['us-east', 'us-west', 'eu-west', 'eu-central', 'asia-pacific', 'sa-east'] as const;

/** Content type of each export, as the server sends it. */
export const REPORT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  csv: 'application/zip',
  json: 'application/json',
};
const EXT: Record<ReportFormat, string> = { pdf: 'pdf', html: 'html', csv: 'zip', json: 'json' };

/** `YYYY-MM-DD` of a date in UTC (reports are computed on UTC days). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A period of the last `days` days: `from` inclusive, `to` exclusive (tomorrow, so today counts). */
export function presetPeriod(days: number, now = new Date()): { from: string; to: string } {
  const day = 86_400_000;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return { from: isoDay(new Date(today - (days - 1) * day)), to: isoDay(new Date(today + day)) };
}

/** A custom period from two inclusive `YYYY-MM-DD` days: an error key, or the query bounds. */
export function customPeriod(from: string, to: string): { from: string; to: string } | { error: string } {
  const re = /^\d{4}-\d{2}-\d{2}$/;
  if (!re.test(from) || !re.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return { error: 'ui-compliance-error-dates' };
  if (to < from) return { error: 'ui-compliance-error-order' };
  return { from, to: isoDay(new Date(Date.parse(to) + 86_400_000)) };
}

/** The file name the server gives (`compliance-report-<from>-<to>.<ext>`). */
export function reportFileName(from: string, to: string, format: ReportFormat): string {
  return `compliance-report-${from.slice(0, 10)}-${to.slice(0, 10)}.${EXT[format]}`;
}

/** Controls grouped by standard, failures first, then needs-attention, then passes. */
export function groupControls(controls: ReportControlResult[]): { standard: string; title: string; controls: ReportControlResult[] }[] {
  const order = { fail: 0, needs_attention: 1, pass: 2 } as const;
  const groups = new Map<string, { standard: string; title: string; controls: ReportControlResult[] }>();
  for (const c of controls) {
    let g = groups.get(c.standard);
    if (!g) groups.set(c.standard, (g = { standard: c.standard, title: c.standard_title, controls: [] }));
    g.controls.push(c);
  }
  for (const g of groups.values()) g.controls.sort((a, b) => order[a.status] - order[b.status] || a.id.localeCompare(b.id));
  return [...groups.values()];
}

/** Save bytes as a file through the browser (an `<a download>` on a blob URL). */
export function saveFile(name: string, type: string, bytes: Uint8Array) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
