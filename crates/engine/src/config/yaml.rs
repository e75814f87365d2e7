//! A YAML loader that keeps the position of every node.
//!
//! `yaml-rust2` (maintained, pure Rust) gives us parse events with markers; we build a
//! `serde_json::Value` tree for serde and, beside it, a table from JSON-pointer paths to
//! source positions so that every later error — type errors, unknown keys, semantic problems —
//! can be reported as `FILE:LINE:COL`.

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
}

#[derive(Debug)]
pub struct YamlError {
    pub pos: Pos,
    pub message: String,
}

enum Frame {
    Seq { pointer: String, items: Vec<Value> },
    Map { pointer: String, map: Map<String, Value>, pending_key: Option<String> },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    root: Option<Value>,
    values: HashMap<String, Pos>,
    keys: HashMap<String, Pos>,
    anchors: HashMap<usize, Value>,
    /// Anchor ids of the collections being built, resolved when each one ends.
    collection_anchors: Vec<usize>,
    error: Option<YamlError>,
    docs: usize,
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
            Some(Frame::Map { pointer, pending_key: Some(k), .. }) => {
                Some(format!("{pointer}/{}", escape(k)))
            }
            Some(Frame::Map { pending_key: None, .. }) => None,
        }
    }

    fn attach(&mut self, v: Value, anchor: usize) {
        if anchor > 0 {
            self.anchors.insert(anchor, v.clone());
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
    if s.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '+' || c == '.') {
        if let Ok(f) = s.parse::<f64>() {
            if let Some(n) = Number::from_f64(f) {
                return Value::Number(n);
            }
        }
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
                    self.error = Some(YamlError {
                        pos,
                        message: "expected a single YAML document, found a second one".into(),
                    });
                }
            }
            Event::Scalar(s, style, anchor, _tag) => {
                // A scalar in key position is a mapping key.
                if let Some(Frame::Map { pointer, map, pending_key }) = self.stack.last_mut() {
                    if pending_key.is_none() {
                        let key_ptr = format!("{pointer}/{}", escape(&s));
                        if map.contains_key(&s) {
                            self.error = Some(YamlError {
                                pos,
                                message: format!("duplicate key `{s}`"),
                            });
                            return;
                        }
                        self.keys.insert(key_ptr, pos);
                        *pending_key = Some(s);
                        return;
                    }
                }
                if let Some(p) = self.next_pointer() {
                    self.values.insert(p, pos);
                }
                let v = scalar_value(s, style);
                self.attach(v, anchor);
            }
            Event::Alias(id) => {
                if matches!(self.stack.last(), Some(Frame::Map { pending_key: None, .. })) {
                    self.error = Some(YamlError { pos, message: "an alias cannot be a mapping key".into() });
                    return;
                }
                let v = self.anchors.get(&id).cloned().unwrap_or(Value::Null);
                if let Some(p) = self.next_pointer() {
                    self.values.insert(p, pos);
                }
                self.attach(v, 0);
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                let Some(pointer) = self.next_pointer() else {
                    self.error = Some(YamlError {
                        pos,
                        message: "expected a plain key, found a collection used as a key".into(),
                    });
                    return;
                };
                self.values.insert(pointer.clone(), pos);
                self.stack.push(if matches!(ev, Event::SequenceStart(..)) {
                    Frame::Seq { pointer, items: Vec::new() }
                } else {
                    Frame::Map { pointer, map: Map::new(), pending_key: None }
                });
                self.collection_anchors.push(anchor);
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let anchor = self.collection_anchors.pop().unwrap_or(0);
                match self.stack.pop() {
                    Some(Frame::Seq { items, .. }) => self.attach(Value::Array(items), anchor),
                    Some(Frame::Map { map, .. }) => self.attach(Value::Object(map), anchor),
                    None => {}
                }
            }
            _ => {}
        }
    }
}

/// Parse one YAML document, keeping positions.
pub fn load(src: &str) -> Result<Located, YamlError> {
    let mut b = Builder::default();
    let mut parser = Parser::new_from_str(src);
    if let Err(e) = parser.load(&mut b, true) {
        return Err(YamlError { pos: Pos::from_marker(e.marker()), message: e.info().to_string() });
    }
    if let Some(e) = b.error {
        return Err(e);
    }
    Ok(Located {
        value: b.root.unwrap_or(Value::Null),
        values: b.values,
        keys: b.keys,
    })
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
