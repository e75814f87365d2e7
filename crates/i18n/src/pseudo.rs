//! The pseudo-locale `en-XA` (Mozilla's "accented" style): English, every letter of our own
//! words accented and the text lengthened by about 40 %, each message wrapped in `⟦ … ⟧`.
//! Arguments (file names, numbers, what the OS said) stay as they are. Derived from the
//! English catalog when the bundles are built, never a file, never offered to users: only a
//! development build of the CLI accepts `--lang en-XA` (tests/cli_lang.rs). Any visible text
//! outside the markers bypassed Fluent.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

/// Opening and closing markers around every message said in `en-XA`.
pub const PSEUDO_OPEN: char = '⟦';
pub const PSEUDO_CLOSE: char = '⟧';

static ON: AtomicBool = AtomicBool::new(false);

/// Say English as `en-XA` in every [`crate::Localizer`] built from now on (call before the
/// first one is built: the embedded catalog is parsed once per process).
pub fn set_pseudo_english(on: bool) {
    ON.store(on, Ordering::SeqCst);
}

/// True when English is said as `en-XA`.
pub fn pseudo_english() -> bool {
    ON.load(Ordering::SeqCst)
}

fn accent(c: char) -> char {
    match c {
        'a' => 'ȧ',
        'b' => 'ƀ',
        'c' => 'ƈ',
        'd' => 'ḓ',
        'e' => 'ḗ',
        'f' => 'ƒ',
        'g' => 'ɠ',
        'h' => 'ħ',
        'i' => 'ī',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ŀ',
        'm' => 'ḿ',
        'n' => 'ƞ',
        'o' => 'ǿ',
        'p' => 'ƥ',
        'q' => 'ɋ',
        'r' => 'ř',
        's' => 'ş',
        't' => 'ŧ',
        'u' => 'ŭ',
        'v' => 'ṽ',
        'w' => 'ẇ',
        'x' => 'ẋ',
        'y' => 'ẏ',
        'z' => 'ẑ',
        'A' => 'Ȧ',
        'B' => 'Ɓ',
        'C' => 'Ƈ',
        'D' => 'Ḓ',
        'E' => 'Ḗ',
        'F' => 'Ƒ',
        'G' => 'Ɠ',
        'H' => 'Ħ',
        'I' => 'Ī',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ŀ',
        'M' => 'Ḿ',
        'N' => 'Ƞ',
        'O' => 'Ǿ',
        'P' => 'Ƥ',
        'Q' => 'Ɋ',
        'R' => 'Ř',
        'S' => 'Ş',
        'T' => 'Ŧ',
        'U' => 'Ŭ',
        'V' => 'Ṽ',
        'W' => 'Ẇ',
        'X' => 'Ẋ',
        'Y' => 'Ẏ',
        'Z' => 'Ẑ',
        other => other,
    }
}

/// Fluent's transform for the text of a pattern (not its placeables): accented, and every
/// vowel doubled (about 40 % longer, as long German or French words are).
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let a = accent(c);
        out.push(a);
        if "aeiouyAEIOUY".contains(c) {
            out.push(a);
        }
    }
    Cow::Owned(out)
}

/// A whole message said in `en-XA`, between the markers.
pub(crate) fn wrap(text: String) -> String {
    format!("{PSEUDO_OPEN}{text}{PSEUDO_CLOSE}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_lengthens_letters_only() {
        assert_eq!(transform("Serving on "), "Şḗḗřṽīīƞɠ ǿǿƞ ");
        assert_eq!(transform(": 12 — "), ": 12 — ");
        let en = "Audit log intact, head";
        let long = transform(en);
        assert!(long.chars().count() as f64 >= en.chars().count() as f64 * 1.3, "{long}");
        assert!(!long.chars().any(|c| c.is_ascii_alphabetic()), "{long}");
    }
}
