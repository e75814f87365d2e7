import { describe, expect, it } from 'vitest';
import { isPseudo, pseudoTransform, pseudoWrap } from './pseudo';

describe('pseudo-locales', () => {
  it('en-XA accents and lengthens letters only, as crates/i18n/src/pseudo.rs does', () => {
    // The same cases as pseudo.rs's own test.
    expect(pseudoTransform('en-XA', 'Serving on ')).toBe('Şḗḗřṽīīƞɠ ǿǿƞ ');
    expect(pseudoTransform('en-XA', ': 12 — ')).toBe(': 12 — ');
    const en = 'Audit log intact, head';
    const long = pseudoTransform('en-XA', en);
    expect([...long].length).toBeGreaterThanOrEqual(en.length * 1.3);
    expect(long).not.toMatch(/[A-Za-z]/);
  });

  it('ar-XB turns the letters and says them right to left', () => {
    const out = pseudoTransform('ar-XB', 'Last 24 hours');
    expect(out).toBe('\u202e⅂ɐѕʇ\u202c 24 \u202eɥоոɹѕ\u202c');
    const all = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    expect(new Set(pseudoTransform('ar-XB', all).slice(1, -1)).size).toBe(52);
    expect(pseudoTransform('ar-XB', ': 12 — ')).toBe(': 12 — ');
    expect(pseudoTransform('ar-XB', all)).not.toMatch(/[A-Za-z]/);
  });

  it('wraps a message in the markers, and knows only its two tags', () => {
    expect(pseudoWrap('x')).toBe('⟦x⟧');
    expect(isPseudo('en-XA') && isPseudo('ar-XB')).toBe(true);
    expect(isPseudo('en') || isPseudo('ar') || isPseudo(null)).toBe(false);
  });
});
