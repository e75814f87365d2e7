// Shared wording and formatting of detection findings and forecasts (Detection page, forecast
// panel, live feed). Metric names are configuration identifiers: the four built-in metrics get
// their localized labels and units, any other metric is shown by name with a plain number.
import type { DetectionFinding } from './backend';
import { t, fmtBytes, fmtDuration, fmtMs, fmtNumber, fmtPercent } from './i18n.svelte';

const LABELS: Record<string, string> = {
  response_time_seconds: 'ui-metric-latency',
  cpu_usage: 'ui-metric-cpu',
  memory_bytes: 'ui-metric-memory',
  error_rate: 'ui-metric-error-rate',
};

export function metricLabel(metric: string): string {
  const id = LABELS[metric];
  return id ? t(id) : metric;
}

/** A value of `metric` in its unit (seconds shown as ms/s, ratios as percent, bytes as MB). */
export function fmtMetric(metric: string, v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  switch (metric) {
    case 'response_time_seconds':
      return fmtMs(v * 1000);
    case 'cpu_usage':
    case 'error_rate':
      return fmtPercent(v * 100, 1);
    case 'memory_bytes':
      return fmtBytes(v);
    default:
      return fmtNumber(v, Math.abs(v) >= 100 ? 0 : 3);
  }
}

/** The kind-specific part of a finding: score, time to the limit, or the rule's threshold. */
export function findingDetail(f: DetectionFinding): string {
  if (f.kind === 'anomaly' && f.score !== null) return t('ui-detection-score', { score: fmtNumber(f.score, 2) });
  if (f.kind === 'predicted' && f.eta_ms !== null) return t('ui-detection-eta', { limit: fmtMetric(f.metric, f.limit), eta: fmtDuration(f.eta_ms) });
  if (f.kind === 'threshold' && f.resolved) return t('ui-detection-resolved');
  if (f.limit !== null) return t('ui-detection-limit', { limit: fmtMetric(f.metric, f.limit) });
  return '';
}

/** Status tone of a finding for colored bars and badges. */
export function findingTone(severity: string, resolved = false): 'failed' | 'degraded' | 'unknown' | 'healthy' {
  if (resolved) return 'healthy';
  if (severity === 'critical' || severity === 'high') return 'failed';
  if (severity === 'medium') return 'degraded';
  return 'unknown';
}

/** One feed line for a finding event. */
export function findingFeedText(kind: string, metric: string, resolved: boolean): string {
  const m = metricLabel(metric);
  if (kind === 'threshold' && resolved) return t('ui-feed-finding-resolved', { metric: m });
  if (kind === 'anomaly' || kind === 'predicted' || kind === 'threshold') return t(`ui-feed-finding-${kind}`, { metric: m });
  return t('ui-feed-other');
}

export const OPS: Record<string, string> = { gt: '>', ge: '≥', lt: '<', le: '≤', eq: '=', ne: '≠' };
