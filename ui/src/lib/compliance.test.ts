import { describe, expect, it } from 'vitest';
import { customPeriod, groupControls, presetPeriod, reportFileName } from './compliance';

describe('report periods', () => {
  it.each([
    [7, '2026-11-22', '2026-11-29'],
    [30, '2026-10-30', '2026-11-29'],
    [90, '2026-08-31', '2026-11-29'],
  ])('last %i days ends tomorrow (exclusive)', (days, from, to) => {
    expect(presetPeriod(days, new Date('2026-11-28T22:30:00Z'))).toEqual({ from, to });
  });
  it('custom: inclusive end becomes exclusive, across a month end', () => {
    expect(customPeriod('2026-01-01', '2026-01-31')).toEqual({ from: '2026-01-01', to: '2026-02-01' });
  });
  it.each([
    ['2026-02-01', '2026-01-01', 'ui-compliance-error-order'],
    ['', '2026-01-01', 'ui-compliance-error-dates'],
    ['2026-1-1', '2026-01-02', 'ui-compliance-error-dates'],
  ])('custom %s..%s is refused', (f, t, key) => {
    expect(customPeriod(f, t)).toEqual({ error: key });
  });
});

describe('reports', () => {
  it('file names match the server', () => {
    expect(reportFileName('2026-11-01', '2026-11-29', 'csv')).toBe('compliance-report-2026-11-01-2026-11-29.zip');
    expect(reportFileName('2026-11-01T00:00:00Z', '2026-11-29', 'pdf')).toBe('compliance-report-2026-11-01-2026-11-29.pdf');
  });
  it('groups controls by standard, failures first', () => {
    const c = (id: string, standard: string, status: 'pass' | 'fail' | 'needs_attention') => ({ id, standard, standard_title: standard.toUpperCase(), reference: '', measurement: '', title: id, requirement: '', status, evidence: [] });
    const g = groupControls([c('a', 'gdpr', 'pass'), c('b', 'soc2', 'needs_attention'), c('c', 'gdpr', 'fail'), c('d', 'gdpr', 'needs_attention')]);
    expect(g.map((x) => x.standard)).toEqual(['gdpr', 'soc2']);
    expect(g[0].controls.map((x) => x.id)).toEqual(['c', 'd', 'a']);
  });
});
