import { describe, expect, it } from 'vitest';
import { LANGS } from './lang';
import { format, hasMessage, i18n, fmtDuration, fmtPercent, setLang } from './i18n.svelte';

describe('Fluent in the UI', () => {
  it('every language has every UI message the English file has', () => {
    for (const id of ['ui-nav-overview', 'ui-overview-healing-rate', 'status-failed', 'mode-degraded', 'region-eu-central']) {
      for (const lang of LANGS) expect(hasMessage(lang, id), `${lang}: ${id}`).toBe(true);
    }
  });
  it('formats plurals per language', () => {
    expect(format('en', 'ui-live-events', { count: 1 })).toBe('1 live event');
    expect(format('en', 'ui-live-events', { count: 5 })).toBe('5 live events');
    expect(format('de', 'ui-live-events', { count: 5 })).toBe('5 Live-Ereignisse');
    expect(format('ar', 'ui-live-events', { count: 2 })).toContain('حدثان');
  });
  it('falls back to English, then to the id', () => {
    expect(format('ja', 'no-such-message')).toBe('no-such-message');
  });
  it('formats numbers and durations for the current language', () => {
    setLang('de');
    expect(i18n.lang).toBe('de');
    expect(fmtPercent(99.5, 1)).toBe('99,5\u00a0%');
    expect(fmtDuration(3_900_000)).toBe('1 Std. 5 Min.');
    setLang('en');
    expect(fmtPercent(99.5, 1)).toBe('99.5%');
  });
});
