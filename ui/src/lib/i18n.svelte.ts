// Fluent in the UI: the same `locales/<lang>/*.ftl` files the Rust side reads, bundled at build
// time. `t()` reads the reactive language, so every string re-renders on a switch (no restart).
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { LANGS, RTL, negotiate, type Lang } from './lang';
import { pseudoTransform, pseudoWrap, type PseudoLang } from './pseudo';

const sources = import.meta.glob('../../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const STORAGE_KEY = 'pipeline-guard.lang';

function buildBundle(lang: Lang): FluentBundle {
  // Isolation marks only where directions mix (Arabic with Latin names and numbers).
  const bundle = new FluentBundle(lang, { useIsolating: RTL.has(lang) });
  for (const [path, text] of Object.entries(sources)) {
    if (path.split('/').at(-2) !== lang) continue;
    const errors = bundle.addResource(new FluentResource(text));
    for (const e of errors) console.warn(`locales/${lang}: ${e}`);
  }
  return bundle;
}

const bundles = new Map<Lang, FluentBundle>();
function bundle(lang: Lang): FluentBundle {
  let b = bundles.get(lang);
  if (!b) bundles.set(lang, (b = buildBundle(lang)));
  return b;
}

const pseudoBundles = new Map<PseudoLang, FluentBundle>();
/** The English catalog said as a pseudo-locale (./pseudo.ts). */
function pseudoBundle(p: PseudoLang): FluentBundle {
  let b = pseudoBundles.get(p);
  if (b) return b;
  b = new FluentBundle('en', { useIsolating: p === 'ar-XB', transform: (s: string) => pseudoTransform(p, s) });
  for (const [path, text] of Object.entries(sources)) if (path.split('/').at(-2) === 'en') b.addResource(new FluentResource(text));
  pseudoBundles.set(p, b);
  return b;
}

/** The pseudo-locale saved in this browser, if any (used only when the server offers it). */
export function savedPseudoLang(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && (LANGS as readonly string[]).includes(saved)) return saved as Lang;
  } catch {
    /* storage blocked */
  }
  const nav = typeof navigator !== 'undefined' ? (navigator.languages?.length ? navigator.languages : [navigator.language]) : [];
  return negotiate(nav.filter(Boolean));
}

/** `pseudo`: a pseudo-locale in place of English (development servers only, ./pseudo.ts). */
export const i18n = $state({ lang: initialLang() as Lang, pseudo: null as PseudoLang | null });

export function applyDocumentLang() {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = i18n.pseudo ?? i18n.lang;
  document.documentElement.dir = isRtl() ? 'rtl' : 'ltr';
}

/** Say English as the pseudo-locale `p` (numbers and dates stay English). */
export function setPseudoLang(p: PseudoLang) {
  i18n.lang = 'en';
  i18n.pseudo = p;
  applyDocumentLang();
}

export function setLang(lang: Lang) {
  i18n.lang = lang;
  i18n.pseudo = null;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* storage blocked: the choice lasts for this session */
  }
  applyDocumentLang();
}

export function isRtl(): boolean {
  return i18n.pseudo ? i18n.pseudo === 'ar-XB' : RTL.has(i18n.lang);
}

/** Translate `id` (or `id.attr`); falls back to English, then to the id itself (tests catch that). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  return format(i18n.lang, id, args);
}

export function format(lang: Lang, id: string, args?: Record<string, FluentVariable>): string {
  const [msgId, attr] = id.split('.');
  const pseudo = lang === 'en' ? i18n.pseudo : null;
  if (pseudo) {
    const b = pseudoBundle(pseudo);
    const msg = b.getMessage(msgId);
    const pattern = attr ? msg?.attributes[attr] : msg?.value;
    if (pattern) return pseudoWrap(b.formatPattern(pattern, args ?? null, []));
    return id;
  }
  for (const l of lang === 'en' ? ['en' as Lang] : [lang, 'en' as Lang]) {
    const b = bundle(l);
    const msg = b.getMessage(msgId);
    const pattern = attr ? msg?.attributes[attr] : msg?.value;
    if (pattern) return b.formatPattern(pattern, args ?? null, []);
  }
  return id;
}

export function hasMessage(lang: Lang, id: string): boolean {
  return bundle(lang).hasMessage(id);
}

// ---- Locale-aware formatting (Intl) ----

export function fmtNumber(v: number | null | undefined, digits = 0): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return new Intl.NumberFormat(i18n.lang, { maximumFractionDigits: digits, minimumFractionDigits: 0, signDisplay: 'negative' }).format(v);
}

/** `v` in percent (0–100). */
export function fmtPercent(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return new Intl.NumberFormat(i18n.lang, { style: 'percent', maximumFractionDigits: digits, signDisplay: 'negative' }).format(v / 100);
}

export function fmtMs(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v >= 1000) return t('unit-duration-seconds', { value: fmtNumber(v / 1000, 2) });
  return t('unit-duration-milliseconds', { value: fmtNumber(v, v < 10 ? 1 : 0) });
}

export function fmtBytes(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v >= 1024 ** 3) return t('unit-size-gigabytes', { value: fmtNumber(v / 1024 ** 3, 2) });
  if (v >= 1024 ** 2) return t('unit-size-megabytes', { value: fmtNumber(v / 1024 ** 2, 1) });
  return t('unit-size-kilobytes', { value: fmtNumber(v / 1024, 0) });
}

/** A duration in ms as "1 h 5 min" in the current language. */
export function fmtDuration(ms: number): string {
  // Under a second: in milliseconds ("450 ms", "0 ms", not "0 s").
  if (ms >= 0 && ms < 1000) return fmtMs(ms);
  const s = Math.max(0, Math.round(ms / 1000));
  const parts: string[] = [];
  const d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  if (d) parts.push(t('unit-duration-days', { value: fmtNumber(d) }));
  if (h) parts.push(t('unit-duration-hours', { value: fmtNumber(h) }));
  if (m && !d) parts.push(t('unit-duration-minutes', { value: fmtNumber(m) }));
  if (!d && !h && (sec || !parts.length)) parts.push(t('unit-duration-seconds', { value: fmtNumber(sec) }));
  return parts.join(t('unit-duration-separator'));
}

export function fmtTime(ms: number | null | undefined): string {
  if (!ms) return '—';
  return new Intl.DateTimeFormat(i18n.lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(ms));
}

export function fmtDateTime(ms: number | null | undefined): string {
  if (!ms) return '—';
  return new Intl.DateTimeFormat(i18n.lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(ms));
}

/** A UTC day (report periods are whole UTC days), e.g. `Nov 22, 2026`. */
export function fmtDay(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return new Intl.DateTimeFormat(i18n.lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(ms));
}

export function fmtAxisTime(ms: number, spanMs: number): string {
  const opts: Intl.DateTimeFormatOptions =
    spanMs > 2 * 86400_000 ? { month: 'short', day: 'numeric' } : spanMs > 10 * 60_000 ? { hour: '2-digit', minute: '2-digit' } : { hour: '2-digit', minute: '2-digit', second: '2-digit' };
  return new Intl.DateTimeFormat(i18n.lang, opts).format(new Date(ms));
}

export function fmtRelative(ms: number, now = Date.now()): string {
  const diff = Math.round((ms - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(i18n.lang, { numeric: 'auto' });
  const a = Math.abs(diff);
  if (a < 60) return rtf.format(diff, 'second');
  if (a < 3600) return rtf.format(Math.round(diff / 60), 'minute');
  if (a < 86400) return rtf.format(Math.round(diff / 3600), 'hour');
  return rtf.format(Math.round(diff / 86400), 'day');
}
