// Language negotiation (pure functions, unit-tested): the user's choice, else the browser's
// languages, matched exactly, then by language with the region we ship, then English.

export const LANGS = ['en', 'es', 'de', 'fr', 'it', 'pt-BR', 'ja', 'zh-CN', 'ko', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
export const RTL: ReadonlySet<string> = new Set(['ar']);

/** The name of each language in itself, for the switcher. */
export const NATIVE_NAMES: Record<Lang, string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
  'zh-CN': '简体中文',
  ko: '한국어',
  ar: 'العربية',
};

/** One requested tag → a shipped language, or null. `pt-PT` → `pt-BR`, `zh-TW` → `zh-CN`. */
export function matchLang(tag: string): Lang | null {
  const t = tag.trim().replace(/_/g, '-').split('.')[0].split('@')[0];
  if (!t) return null;
  const lower = t.toLowerCase();
  const exact = LANGS.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split('-')[0];
  if (primary === 'c' || primary === 'posix') return null;
  return LANGS.find((l) => l.toLowerCase().split('-')[0] === primary) ?? null;
}

/** The first requested tag we ship, else English. */
export function negotiate(requested: readonly string[]): Lang {
  for (const tag of requested) {
    const m = matchLang(tag);
    if (m) return m;
  }
  return 'en';
}
