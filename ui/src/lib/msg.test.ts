import { describe, expect, it } from 'vitest';
import { setLang } from './i18n.svelte';
import { sayMsg } from './msg';
import type { Msg } from './bindings/Msg';

const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

// A notice as the engine sends it: healing needs an operator, because of a check's issue.
const notice: Msg = {
  id: 'notice-needs-operator',
  args: {
    component: 'api',
    reason: { id: 'incident-reason-check', args: { issues: [{ id: 'check-http-status', args: { code: '500', url: 'http://127.0.0.1:9/health', expected: '200' } }] } },
  },
};

describe('engine messages in the UI language', () => {
  it('says a nested notice in English, German and Japanese', () => {
    setLang('en');
    expect(strip(sayMsg(notice))).toBe('healing of `api` needs an operator: The check failed: HTTP 500 from http://127.0.0.1:9/health (expected 200)');
    setLang('de');
    const de = strip(sayMsg(notice));
    expect(de).toContain('die Heilung von `api` braucht einen Bediener');
    expect(de).toContain('HTTP 500 von http://127.0.0.1:9/health (erwartet: 200)');
    setLang('ja');
    expect(strip(sayMsg(notice))).toContain('オペレーターの対応が必要です');
    setLang('en');
  });
  it('says a status change with its stored issues in the language: messages translated, an old row\'s text as stored', () => {
    const entry: Msg = {
      id: 'component-timeline-status-issues',
      args: {
        from: { id: 'status-healthy' },
        to: { id: 'status-failed' },
        issues: [
          { id: 'check-http-status', args: { code: '500', url: 'http://127.0.0.1:9/health', expected: '200' } },
          { id: 'check-issue-legacy', args: { text: 'HTTP 502 from http://old/health (expected 200)' } },
        ],
      },
    };
    setLang('de');
    expect(strip(sayMsg(entry))).toBe('Fehlerfrei → Ausgefallen: HTTP 500 von http://127.0.0.1:9/health (erwartet: 200); HTTP 502 from http://old/health (expected 200)');
    setLang('ja');
    const ja = strip(sayMsg(entry));
    expect(ja).toContain('正常 → 障害：http://127.0.0.1:9/health から HTTP 500（期待値 200）');
    expect(ja).not.toContain('from http://127.0.0.1');
    setLang('en');
  });
  it('formats durations for the language and falls back to the id', () => {
    const m: Msg = { id: 'notice-cannot-start', args: { program: 'labsvc', detail: 'No such file or directory', delay: { duration_ms: 2000 } } };
    setLang('de');
    expect(strip(sayMsg(m))).toBe('`labsvc` kann nicht gestartet werden: No such file or directory; neuer Versuch in 2 Sek.');
    setLang('en');
    expect(sayMsg({ id: 'no-such-message' })).toBe('no-such-message');
  });
});
