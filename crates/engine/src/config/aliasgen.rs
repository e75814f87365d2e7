//! Config documents full of anchors and aliases, built from arbitrary bytes: the input of the
//! `config_aliases` fuzz target (`fuzz/`) and of the stable-toolchain stand-in test in
//! `config/tests.rs`, so both explore the same space.
//!
//! Each anchor's value is a flow list or mapping of scalars, aliases of earlier anchors and
//! nested lists of aliases, with a fan-out picked by the bytes, so the bytes choose anything
//! from plain reuse to a many-level bomb. Anchors land in a component's `env:` and under
//! `pipeline:`; some documents redefine an anchor, alias an undefined one, use an alias as a
//! key or a `<<` merge key.

use std::fmt::Write as _;

struct Bytes<'a> {
    data: &'a [u8],
    at: usize,
}

impl Bytes<'_> {
    /// The next byte, wrapping around once the input is used up (so short inputs still make
    /// varied documents); 0 for an empty input.
    fn next(&mut self) -> u8 {
        let b = if self.data.is_empty() { 0 } else { self.data[self.at % self.data.len()] };
        self.at += 1;
        b
    }

    fn below(&mut self, n: u8) -> u8 {
        self.next() % n.max(1)
    }
}

/// A YAML document built from `data` (deterministic: the same bytes give the same text).
#[doc(hidden)]
pub fn alias_document(data: &[u8]) -> String {
    let mut b = Bytes { data, at: 0 };
    let anchors = 1 + b.below(12) as usize;
    // The first `in_env` anchors go in a component's `env:` (written first), the others under
    // `pipeline:`, so every alias follows its anchor in the text.
    let in_env = b.below(anchors as u8 + 1) as usize;
    let mut top = String::new();
    let mut env = String::new();
    // Anchor numbers defined so far, oldest first.
    let mut defined: Vec<usize> = Vec::new();
    for i in 0..anchors {
        let open_map = b.below(3) == 0;
        let fan = b.below(13) as usize;
        let mut items = Vec::with_capacity(fan);
        for k in 0..fan {
            // Mostly aliases of the newest anchors: that is what makes expansions multiply.
            let recent = |b: &mut Bytes| defined[defined.len() - 1 - (b.below(3) as usize).min(defined.len() - 1)];
            let item = match b.below(8) {
                0 => format!("\"v{k}\""),
                1 => format!("&s{k} {k}"),
                2 if !defined.is_empty() => format!(
                    "[{}]",
                    (0..1 + b.below(4)).map(|_| format!("*a{}", recent(&mut b))).collect::<Vec<_>>().join(", ")
                ),
                3 if b.below(16) == 0 => "*undefined".to_string(),
                _ if !defined.is_empty() => format!("*a{}", recent(&mut b)),
                _ => format!("{k}"),
            };
            items.push(if open_map { format!("k{k}: {item}") } else { item });
        }
        let value = if open_map { format!("{{ {} }}", items.join(", ")) } else { format!("[{}]", items.join(", ")) };
        // Redefining an anchor is legal YAML: later aliases see the newest value.
        let name =
            if !defined.is_empty() && b.below(10) == 0 { defined[b.below(defined.len() as u8) as usize] } else { i };
        if i < in_env {
            let _ = writeln!(env, "        E{i}: &a{name} {value}");
        } else {
            let _ = writeln!(top, "  x{i}: &a{name} {value}");
        }
        if !defined.contains(&name) {
            defined.push(name);
        }
    }
    let mut out = String::from(
        "components:\n  - name: c\n    check: { tcp: { addr: \"127.0.0.1:9\" } }\n    process:\n      command: [\"x\"]\n      env:\n",
    );
    if env.is_empty() {
        out.push_str("        E: 1\n");
    } else {
        out.push_str(&env);
    }
    out.push_str("pipeline:\n");
    out.push_str(&top);
    match b.below(16) {
        0 => out.push_str("  *a0 : 1\n"),
        1 => out.push_str("  merged: { <<: *a0, extra: 1 }\n"),
        _ => out.push_str("  end: true\n"),
    }
    let refs = 1 + b.below(9) as usize;
    let last = defined.last().map_or("undefined".to_string(), |n| format!("a{n}"));
    let _ = writeln!(out, "hosts: [{}]", vec![format!("*{last}"); refs].join(", "));
    // Bytes left over are unused: the plain `config` target feeds raw text to the parser.
    out
}
