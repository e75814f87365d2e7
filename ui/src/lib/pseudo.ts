// The pseudo-locales (issue 17), for the tests that catch text bypassing Fluent: `en-XA`
// (English accented and about 40 % longer, the same transform as crates/i18n/src/pseudo.rs)
// and `ar-XB` (English mirrored: letters turned, right to left). Each message said in them is
// wrapped in ⟦ … ⟧; arguments (names, numbers, dates) stay as they are. Derived from the `en`
// catalog when a bundle is built, never a file, never in the language switcher: the UI uses
// them only when the server is a development build started with `PG_PSEUDO=1`
// (`GET /api/dev/pseudo-locales`), and ui/e2e/pseudo.mjs reads every page in both.

export const PSEUDO_LANGS = ['en-XA', 'ar-XB'] as const;
export type PseudoLang = (typeof PSEUDO_LANGS)[number];
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Mozilla's "accented" letters, as in pseudo.rs.
const ACCENTED = [...'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ'];
// Mozilla's "bidi" letters: turned upside down, read right to left (the letters that look the
// same turned are their Cyrillic, Greek or Armenian look-alikes, so no Latin letter is left).
const TURNED = [...'ɐԛɔрǝɟƃɥıɾʞʅɯսоԁƅɹѕʇոʌʍхʎᴢ∀ԐↃᗡƎℲ⅁НІſӼ⅂ƜИОԀÒᴚЅ⊥∩ɅϺХ⅄Ζ'];
const VOWELS = 'aeiouyAEIOUY';
const RLO = '\u202e';
const PDF = '\u202c';

export function isPseudo(tag: string | null | undefined): tag is PseudoLang {
  return (PSEUDO_LANGS as readonly string[]).includes(tag ?? '');
}

/** Fluent's transform for the text of a pattern (not its placeables). */
export function pseudoTransform(lang: PseudoLang, text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  if (lang === 'en-XA') {
    let out = '';
    for (const c of text) {
      const i = PLAIN.indexOf(c);
      const a = i >= 0 ? ACCENTED[i] : c;
      out += VOWELS.includes(c) ? a + a : a;
    }
    return out;
  }
  // Each run of letters is turned and forced right to left; digits and punctuation between
  // them keep their own direction (a forced "24" would read "42").
  return text.replace(/[A-Za-z]+/g, (word) => RLO + [...word].map((c) => TURNED[PLAIN.indexOf(c)]).join('') + PDF);
}

/** A whole message said in a pseudo-locale, between the markers. */
export function pseudoWrap(text: string): string {
  return PSEUDO_OPEN + text + PSEUDO_CLOSE;
}

/** The pseudo-locales the server offers (empty unless it is a development build with
 *  `PG_PSEUDO=1`; the desktop app and a release server offer none). */
export async function offeredPseudoLangs(): Promise<PseudoLang[]> {
  try {
    const r = await fetch('/api/dev/pseudo-locales');
    if (!r.ok) return [];
    const list: unknown = await r.json();
    return Array.isArray(list) ? list.filter(isPseudo) : [];
  } catch {
    return [];
  }
}
