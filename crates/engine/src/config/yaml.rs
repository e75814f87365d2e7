//! A YAML loader that keeps the position of every node.
//!
//! `yaml-rust2` (maintained, pure Rust) gives us parse events with markers; we build a
//! `serde_json::Value` tree for serde and, beside it, a table from JSON-pointer paths to
//! source positions so that every later error — type errors, unknown keys, semantic problems —
//! can be reported as `FILE:LINE:COL`.
//!
//! The input is untrusted and bounded ([`Limits`]): an alias copies its anchor's whole subtree,
//! so ten levels of `&a [*b, *b, …]` in 478 bytes would expand to billions of nodes. The
//! builder counts every alias and every node an alias adds, and stops at the first alias that
//! would cross a limit, *before* copying anything, so a bomb fails in microseconds and a few
//! kilobytes. Nesting depth is bounded too (dropping and deserializing a value recurse).

use std::collections::HashMap;

use serde_json::{Map, Number, Value};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// A 1-based line and column in the config source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl Pos {
    fn from_marker(m: &Marker) -> Self {
        Pos { line: m.line().max(1), col: m.col() + 1 }
    }
}

/// The document as a JSON value plus the position of each node and each mapping key.
#[derive(Debug, Default)]
pub struct Located {
    pub value: Value,
    /// The source held no node at all (empty, blank or only comments).
    pub empty: bool,
    values: HashMap<String, Pos>,
    keys: HashMap<String, Pos>,
}

impl Located {
    /// Position of the value at `pointer` (`/components/0/check`), falling back to the nearest
    /// ancestor that has one.
    pub fn pos_of(&self, pointer: &str) -> Pos {
        let mut p = pointer.to_string();
        loop {
            if let Some(pos) = self.values.get(&p) {
                return *pos;
            }
            match p.rfind('/') {
                Some(i) => p.truncate(i),
                None => return Pos { line: 1, col: 1 },
            }
        }
    }

    /// Position of the key that introduces `pointer`, if it is a mapping entry.
    pub fn key_pos(&self, pointer: &str) -> Option<Pos> {
        self.keys.get(pointer).copied()
    }

    /// Position of the value at exactly `pointer`, without falling back to an ancestor.
    pub fn value_pos(&self, pointer: &str) -> Option<Pos> {
        self.values.get(pointer).copied()
    }

    /// The deepest pointer written at `pos` (its value or its key), else the last one written
    /// before it: maps a located error back to the field it is about (`config::edit` callers).
    pub fn pointer_at(&self, pos: Pos) -> Option<String> {
        let key = |p: &Pos| (p.line, p.col);
        self.values
            .iter()
            .chain(self.keys.iter())
            .filter(|(_, p)| key(p) <= key(&pos))
            .max_by(|(a, pa), (b, pb)| key(pa).cmp(&key(pb)).then(a.len().cmp(&b.len())))
            .map(|(ptr, _)| ptr.clone())
    }
}

/// Bounds on what one document may expand to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Alias references (`*name`) in the document.
    pub max_aliases: usize,
    /// Nodes added by expanding aliases (an alias to a 10-node list adds 10).
    pub max_alias_nodes: usize,
    /// Collections nested inside each other.
    pub max_depth: usize,
}

/// The limits `load` applies: far above any real config (the 1,000-component lab uses no
/// alias and nests 6 deep), far below what hurts (100,000 copied nodes are a few MB).
pub const LIMITS: Limits = Limits { max_aliases: 10_000, max_alias_nodes: 100_000, max_depth: 64 };

#[derive(Debug)]
pub struct YamlError {
    pub pos: Pos,
    pub message: String,
    /// Set when a [`Limits`] bound stopped the parse (the message is then a plain fallback;
    /// `config::load_*` renders it through Fluent).
    pub limit: Option<LimitHit>,
    /// Set when the builder itself refused the document (the parser's own words are `message`;
    /// `config::load_*` says these through Fluent).
    pub own: Option<OwnProblem>,
}

/// What the builder refuses that the YAML parser accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnProblem {
    DuplicateKey(String),
    SecondDocument,
    AliasKey,
    CollectionKey,
}

/// Which bound was crossed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitHit {
    Aliases(usize),
    AliasNodes(usize),
    Depth(usize),
}

impl YamlError {
    fn syntax(pos: Pos, message: impl Into<String>) -> Self {
        YamlError { pos, message: message.into(), limit: None, own: None }
    }

    fn own(pos: Pos, problem: OwnProblem) -> Self {
        let message = match &problem {
            OwnProblem::DuplicateKey(k) => format!("duplicate key `{k}`"),
            OwnProblem::SecondDocument => "expected a single YAML document, found a second one".into(),
            OwnProblem::AliasKey => "an alias cannot be a mapping key".into(),
            OwnProblem::CollectionKey => "expected a plain key, found a collection used as a key".into(),
        };
        YamlError { pos, message, limit: None, own: Some(problem) }
    }

    fn limit(pos: Pos, hit: LimitHit) -> Self {
        let message = match hit {
            LimitHit::Aliases(n) => format!("more than {n} aliases"),
            LimitHit::AliasNodes(n) => format!("aliases expand to more than {n} nodes"),
            LimitHit::Depth(n) => format!("nested more than {n} levels deep"),
        };
        YamlError { pos, message, limit: Some(hit), own: None }
    }
}

enum Frame {
    Seq { pointer: String, items: Vec<Value> },
    Map { pointer: String, map: Map<String, Value>, pending_key: Option<String> },
}

struct Builder {
    limits: Limits,
    stack: Vec<Frame>,
    /// Node count (with alias expansions) of each open collection, parallel to `stack`.
    sizes: Vec<usize>,
    root: Option<Value>,
    values: HashMap<String, Pos>,
    keys: HashMap<String, Pos>,
    /// Anchored values and their node counts.
    anchors: HashMap<usize, (Value, usize)>,
    aliases: usize,
    alias_nodes: usize,
    /// Anchor ids of the collections being built, resolved when each one ends.
    collection_anchors: Vec<usize>,
    error: Option<YamlError>,
    docs: usize,
}

impl Builder {
    fn new(limits: Limits) -> Self {
        Builder {
            limits,
            stack: Vec::new(),
            sizes: Vec::new(),
            root: None,
            values: HashMap::new(),
            keys: HashMap::new(),
            anchors: HashMap::new(),
            aliases: 0,
            alias_nodes: 0,
            collection_anchors: Vec::new(),
            error: None,
            docs: 0,
        }
    }
}

fn escape(seg: &str) -> String {
    seg.replace('~', "~0").replace('/', "~1")
}

impl Builder {
    /// Pointer of the node about to be pushed, or `None` if it is a mapping key.
    fn next_pointer(&self) -> Option<String> {
        match self.stack.last() {
            None => Some(String::new()),
            Some(Frame::Seq { pointer, items }) => Some(format!("{pointer}/{}", items.len())),
            Some(Frame::Map { pointer, pending_key: Some(k), .. }) => Some(format!("{pointer}/{}", escape(k))),
            Some(Frame::Map { pending_key: None, .. }) => None,
        }
    }

    /// Add a finished node of `nodes` nodes (itself and everything below it) to its parent.
    fn attach(&mut self, v: Value, anchor: usize, nodes: usize) {
        if let Some(parent) = self.sizes.last_mut() {
            *parent = parent.saturating_add(nodes);
        }
        if anchor > 0 {
            self.anchors.insert(anchor, (v.clone(), nodes));
        }
        match self.stack.last_mut() {
            None => self.root = Some(v),
            Some(Frame::Seq { items, .. }) => items.push(v),
            Some(Frame::Map { map, pending_key, .. }) => {
                if let Some(k) = pending_key.take() {
                    map.insert(k, v);
                }
            }
        }
    }
}

fn scalar_value(s: String, style: TScalarStyle) -> Value {
    if style != TScalarStyle::Plain {
        return Value::String(s);
    }
    match s.as_str() {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Ok(i) = s.parse::<i64>() {
        return Value::Number(i.into());
    }
    if s.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '+' || c == '.')
        && let Ok(f) = s.parse::<f64>()
        && let Some(n) = Number::from_f64(f)
    {
        return Value::Number(n);
    }
    Value::String(s)
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        if self.error.is_some() {
            return;
        }
        let pos = Pos::from_marker(&mark);
        match ev {
            Event::DocumentStart => {
                self.docs += 1;
                if self.docs > 1 {
                    self.error = Some(YamlError::own(pos, OwnProblem::SecondDocument));
                }
            }
            Event::Scalar(s, style, anchor, _tag) => {
                // A scalar in key position is a mapping key.
                if let Some(Frame::Map { pointer, map, pending_key }) = self.stack.last_mut()
                    && pending_key.is_none()
                {
                    let key_ptr = format!("{pointer}/{}", escape(&s));
                    if map.contains_key(&s) {
                        self.error = Some(YamlError::own(pos, OwnProblem::DuplicateKey(s)));
                        return;
                    }
                    self.keys.insert(key_ptr, pos);
                    *pending_key = Some(s);
                    return;
                }
                if let Some(p) = self.next_pointer() {
                    self.values.insert(p, pos);
                }
                let v = scalar_value(s, style);
                self.attach(v, anchor, 1);
            }
            Event::Alias(id) => {
                if matches!(self.stack.last(), Some(Frame::Map { pending_key: None, .. })) {
                    self.error = Some(YamlError::own(pos, OwnProblem::AliasKey));
                    return;
                }
                // Count before copying: a bomb stops here, at its first alias past a bound.
                let nodes = self.anchors.get(&id).map_or(1, |(_, n)| *n);
                self.aliases += 1;
                if self.aliases > self.limits.max_aliases {
                    self.error = Some(YamlError::limit(pos, LimitHit::Aliases(self.limits.max_aliases)));
                    return;
                }
                self.alias_nodes = self.alias_nodes.saturating_add(nodes);
                if self.alias_nodes > self.limits.max_alias_nodes {
                    self.error = Some(YamlError::limit(pos, LimitHit::AliasNodes(self.limits.max_alias_nodes)));
                    return;
                }
                let v = self.anchors.get(&id).map(|(v, _)| v.clone()).unwrap_or(Value::Null);
                if let Some(p) = self.next_pointer() {
                    self.values.insert(p, pos);
                }
                self.attach(v, 0, nodes);
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                let Some(pointer) = self.next_pointer() else {
                    self.error = Some(YamlError::own(pos, OwnProblem::CollectionKey));
                    return;
                };
                if self.stack.len() >= self.limits.max_depth {
                    self.error = Some(YamlError::limit(pos, LimitHit::Depth(self.limits.max_depth)));
                    return;
                }
                self.values.insert(pointer.clone(), pos);
                self.stack.push(if matches!(ev, Event::SequenceStart(..)) {
                    Frame::Seq { pointer, items: Vec::new() }
                } else {
                    Frame::Map { pointer, map: Map::new(), pending_key: None }
                });
                self.sizes.push(1);
                self.collection_anchors.push(anchor);
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let anchor = self.collection_anchors.pop().unwrap_or(0);
                let nodes = self.sizes.pop().unwrap_or(1);
                match self.stack.pop() {
                    Some(Frame::Seq { items, .. }) => self.attach(Value::Array(items), anchor, nodes),
                    Some(Frame::Map { map, .. }) => self.attach(Value::Object(map), anchor, nodes),
                    None => {}
                }
            }
            _ => {}
        }
    }
}

/// Parse one YAML document, keeping positions, within [`LIMITS`].
pub fn load(src: &str) -> Result<Located, YamlError> {
    load_limited(src, LIMITS)
}

/// Parse one YAML document within `limits`.
pub fn load_limited(src: &str, limits: Limits) -> Result<Located, YamlError> {
    let mut b = Builder::new(limits);
    let mut parser = Parser::new_from_str(src);
    let parsed = parser.load(&mut b, true);
    // A limit stops the builder at once; the parser may still report a later syntax error,
    // but the first problem is the one to show.
    if let Some(e) = b.error.take() {
        return Err(e);
    }
    if let Err(e) = parsed {
        return Err(YamlError::syntax(Pos::from_marker(e.marker()), e.info().to_string()));
    }
    Ok(Located { empty: b.root.is_none(), value: b.root.unwrap_or(Value::Null), values: b.values, keys: b.keys })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_point_at_values_and_keys() {
        let src = "a:\n  b: 1\n  c: [x, \"y\"]\nd: true\n";
        let l = load(src).unwrap();
        assert_eq!(l.value["a"]["b"], 1);
        assert_eq!(l.value["a"]["c"][1], "y");
        assert_eq!(l.value["d"], true);
        assert_eq!(l.pos_of("/a/b"), Pos { line: 2, col: 6 });
        assert_eq!(l.key_pos("/a/c"), Some(Pos { line: 3, col: 3 }));
        assert_eq!(l.pos_of("/a/c/1"), Pos { line: 3, col: 10 });
        assert_eq!(l.pos_of("/d"), Pos { line: 4, col: 4 });
    }

    #[test]
    fn quoted_numbers_stay_strings() {
        let l = load("x: \"30\"\ny: 30\nz: 1.5\nw: 250ms\n").unwrap();
        assert_eq!(l.value["x"], "30");
        assert_eq!(l.value["y"], 30);
        assert_eq!(l.value["z"], 1.5);
        assert_eq!(l.value["w"], "250ms");
    }

    #[test]
    fn syntax_and_duplicate_errors_carry_positions() {
        let e = load("a: 1\nb: [1, 2\n").unwrap_err();
        assert!(e.pos.line >= 2, "{e:?}");
        let e = load("a: 1\na: 2\n").unwrap_err();
        assert_eq!(e.pos.line, 2);
        assert!(e.message.contains("duplicate"));
    }

    #[test]
    fn anchors_and_aliases_resolve() {
        let l = load("base: &b {x: 1}\nother: *b\n").unwrap();
        assert_eq!(l.value["other"]["x"], 1);
    }
}
