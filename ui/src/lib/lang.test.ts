import { describe, expect, it } from 'vitest';
import { matchLang, negotiate } from './lang';

describe('language negotiation', () => {
  it.each([
    [['de-DE', 'en'], 'de'],
    [['pt-PT'], 'pt-BR'],
    [['pt'], 'pt-BR'],
    [['zh-TW', 'en'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['ar-EG'], 'ar'],
    [['ja_JP.UTF-8'], 'ja'],
    [['nl-NL', 'fr-CA'], 'fr'],
    [['nl', 'sv'], 'en'],
    [['C', 'ko-KR'], 'ko'],
    [[], 'en'],
  ] as const)('%j → %s', (requested, expected) => {
    expect(negotiate(requested)).toBe(expected);
  });
  it('matches case-insensitively and rejects unknown tags', () => {
    expect(matchLang('PT-br')).toBe('pt-BR');
    expect(matchLang('xx')).toBeNull();
    expect(matchLang('')).toBeNull();
  });
});
