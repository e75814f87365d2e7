// The optimal-region lookup's pure parts: names of places in the UI language and what the
// operator typed resolved to a code the engine knows.
import type { LocationView } from './bindings/LocationView';

/** A place's name in `lang` (the browser's CLDR data), the English name where it has none
 *  (`US-CA`, California, is not a country code). */
export function placeName(code: string, english: string, lang: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return english;
  try {
    const n = new Intl.DisplayNames([lang], { type: 'region' }).of(code);
    return n && n !== code ? n : english;
  } catch {
    return english;
  }
}

const fold = (s: string) => s.trim().toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** What to send for `input`: the code of a place whose code, English name or name in `lang`
 *  it matches (case and accents ignored), else the input as typed (the engine says what it
 *  expected). */
export function resolveLocation(input: string, places: readonly LocationView[], lang: string): string {
  const f = fold(input);
  if (!f) return '';
  for (const p of places) {
    if (fold(p.code) === f || fold(p.name) === f || fold(placeName(p.code, p.name, lang)) === f) return p.code;
  }
  return input.trim();
}
