import { describe, expect, it } from 'vitest';
import type { DetectionFinding } from './backend';
import { findingDetail, findingFeedText, findingTone, fmtMetric, metricLabel } from './detection';
import { setLang } from './i18n.svelte';

const base: DetectionFinding = {
  id: 1, component: 'api', metric: 'memory_bytes', kind: 'predicted', severity: 'high', at_ms: 0, value: 150e6,
  score: null, eta_ms: 27_000, limit: 200e6, action: 'heal', resolved: false, message: '',
};

describe('detection wording', () => {
  it('labels built-in metrics and keeps configured ones by name', () => {
    setLang('en');
    expect(metricLabel('memory_bytes')).toBe('Memory');
    expect(metricLabel('queue_depth')).toBe('queue_depth');
    setLang('de');
    expect(metricLabel('response_time_seconds')).not.toBe('Response time');
    setLang('en');
  });
  it('formats values in the unit of their metric', () => {
    setLang('en');
    expect(fmtMetric('response_time_seconds', 0.25)).toBe('250 ms');
    expect(fmtMetric('error_rate', 0.5)).toBe('50%');
    expect(fmtMetric('memory_bytes', 200 * 1024 * 1024)).toBe('200 MB');
    expect(fmtMetric('queue_depth', 1234)).toBe('1,234');
    expect(fmtMetric('queue_depth', null)).toBe('—');
  });
  it('says what each kind of finding means', () => {
    setLang('en');
    expect(findingDetail(base)).toBe('reaches 190.7 MB in 27 s');
    expect(findingDetail({ ...base, kind: 'anomaly', score: 0.734, eta_ms: null, limit: null })).toBe('score 0.73');
    expect(findingDetail({ ...base, kind: 'threshold', resolved: true })).toBe('cleared');
    expect(findingFeedText('threshold', 'cpu_usage', true)).toBe('threshold rule cleared on Processor usage');
    expect(findingFeedText('anomaly', 'error_rate', false)).toBe('anomaly in Error rate');
  });
  it('colors by severity, resolved is calm', () => {
    expect(findingTone('critical')).toBe('failed');
    expect(findingTone('medium')).toBe('degraded');
    expect(findingTone('low')).toBe('unknown');
    expect(findingTone('high', true)).toBe('healthy');
  });
});
