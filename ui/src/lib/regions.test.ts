import { describe, expect, it } from 'vitest';
import { placeName, resolveLocation } from './regions';

const places = [
  { code: 'DE', name: 'Germany', jurisdiction: 'eu' },
  { code: 'US-CA', name: 'California', jurisdiction: 'us-ca' },
  { code: 'BR', name: 'Brazil', jurisdiction: 'br' },
  { code: 'JP', name: 'Japan', jurisdiction: 'other' },
];

describe('optimal-region lookup input', () => {
  it('names places in the UI language, English where the browser has no name', () => {
    expect(placeName('DE', 'Germany', 'de')).toBe('Deutschland');
    expect(placeName('DE', 'Germany', 'en')).toBe('Germany');
    expect(placeName('US-CA', 'California', 'fr')).toBe('California');
  });
  it('resolves codes, English and localized names, ignoring case and accents (table)', () => {
    const cases: [string, string, string][] = [
      ['de', 'en', 'DE'],
      ['  Germany ', 'en', 'DE'],
      ['Deutschland', 'de', 'DE'],
      ['allemagne', 'fr', 'DE'],
      ['Brasil', 'pt-BR', 'BR'],
      ['日本', 'ja', 'JP'],
      ['us-ca', 'en', 'US-CA'],
      ['Atlantis', 'en', 'Atlantis'],
      ['   ', 'en', ''],
    ];
    for (const [input, lang, want] of cases) expect(resolveLocation(input, places, lang), `${input} (${lang})`).toBe(want);
  });
});
