import { describe, expect, it } from 'vitest';
import { format } from './i18n.svelte';

// Issue 17: the panels pass counts as numbers (not fmtNumber strings), so Fluent chooses the
// form: English one/other, Arabic all six categories, the numeral formatted for the language.
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');
const ar = (n: number) => new Intl.NumberFormat('ar').format(n);

describe('counts agree with their nouns', () => {
  it('healing attempts in English and Arabic for 0, 1, 2, 3, 11 and 100', () => {
    const en = [0, 1, 2, 3, 11, 100].map((n) => strip(format('en', 'ui-healing-x-attempts', { attempts: n })));
    expect(en).toEqual(['0 attempts', '1 attempt', '2 attempts', '3 attempts', '11 attempts', '100 attempts']);
    const got = [0, 1, 2, 3, 11, 100].map((n) => strip(format('ar', 'ui-healing-x-attempts', { attempts: n })));
    expect(got).toEqual(['لا محاولات', 'محاولة واحدة', 'محاولتان', `${ar(3)} محاولات`, `${ar(11)} محاولةً`, `${ar(100)} محاولة`]);
  });
  it('verified audit rows and report periods', () => {
    expect(strip(format('en', 'ui-security-verified', { rows: 1 }))).toBe('Chain intact: 1 row verified.');
    expect(strip(format('en', 'ui-security-verified', { rows: 1200 }))).toBe('Chain intact: 1,200 rows verified.');
    expect(strip(format('ar', 'ui-security-verified', { rows: 2 }))).toBe('السلسلة سليمة: تم التحقق من صفين.');
    expect(strip(format('ar', 'ui-compliance-last-days', { days: 30 }))).toBe(`آخر ${ar(30)} يومًا`);
    expect(strip(format('ar', 'ui-compliance-last-days', { days: 7 }))).toBe(`آخر ${ar(7)} أيام`);
    expect(strip(format('de', 'ui-compliance-last-days', { days: 1 }))).toBe('Letzter Tag');
  });
});
