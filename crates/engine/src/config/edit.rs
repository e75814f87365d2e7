//! Write-back: change one entry of a named list in a YAML config *text* and leave every other
//! byte — comments, blank lines, order, quoting — as it was.
//!
//! The design is a text splice guided by the position-keeping loader ([`super::yaml`]): the
//! list's items are found by their `name:` (any key), an item's text is the lines from its `-`
//! to the last line indented deeper than that dash (trailing blank and comment lines stay
//! outside, with the next item), and only those lines are replaced by the new entry, emitted as
//! block YAML by `yaml-rust2`'s emitter at the list's own indentation. Comments *inside* the
//! replaced entry go with it; everything outside is kept byte for byte. A list written in flow
//! style (`[ … ]`, non-empty) is refused rather than reformatted.
//!
//! The functions are pure (text in, text out); [`write_atomically`] puts the result in place
//! (temporary file in the same directory, fsync, rename, the old file's permissions). Callers
//! validate the whole new text with the config loader *before* writing it: see
//! `PipelineGuard::apply_component_change` for components and `notifications` for channels.
//!
//! ```text
//! let text = edit::upsert_named(&src, "/components", "name", "api", &json!({"name": "api", …}))?;
//! let text = edit::set_field(&text, "/components", "name", "api", "paused", Some(&json!(true)))?;
//! let text = edit::remove_named(&text, "/components", "name", "api")?;
//! edit::write_atomically(path, &text)?;
//! ```

use std::io::Write;
use std::path::Path;

use serde_json::Value;
use yaml_rust2::Yaml;
use yaml_rust2::yaml::Hash;

use super::yaml::{self, Located};

/// Why an edit could not be made (the text is then unchanged).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The current text does not parse (`line`, `col` of the problem).
    #[error("{line}:{col}: {message}")]
    Syntax { line: usize, col: usize, message: String },
    /// `pointer` is not a list (or a mapping where one was needed).
    #[error("`{0}` is not a list of mappings")]
    NotAList(String),
    /// The list or its parent is written in flow style (`[ … ]`, `{ … }`).
    #[error("`{0}` is written in flow style; edit it by hand")]
    FlowStyle(String),
    /// No entry with that name.
    #[error("no entry named `{0}`")]
    NotFound(String),
    /// The parent of a missing list is missing too.
    #[error("`{0}` is missing")]
    MissingParent(String),
    /// The new entry is not a mapping (or cannot be written as YAML).
    #[error("the entry must be a mapping")]
    NotAMapping,
}

impl EditError {
    /// This problem in `lang`.
    pub fn say(&self, lang: guard_i18n::Lang) -> String {
        use guard_i18n::FluentValue;
        let args: Vec<(&str, FluentValue<'_>)> = match self {
            EditError::Syntax { line, col, message } => {
                vec![("line", (*line).into()), ("col", (*col).into()), ("detail", message.as_str().into())]
            }
            EditError::NotAList(p) | EditError::FlowStyle(p) | EditError::MissingParent(p) => {
                vec![("path", p.as_str().into())]
            }
            EditError::NotFound(n) => vec![("name", n.as_str().into())],
            EditError::NotAMapping => vec![],
        };
        super::input::tr(lang, self.message_id(), &args)
    }

    /// This problem as a message (id and arguments), for a shell to say in its reader's language.
    pub fn msg(&self) -> crate::heal::timeline::Msg {
        let m = crate::heal::timeline::Msg::new(self.message_id());
        match self {
            EditError::Syntax { line, col, message } => {
                m.num("line", *line as f64).num("col", *col as f64).text("detail", message)
            }
            EditError::NotAList(p) | EditError::FlowStyle(p) | EditError::MissingParent(p) => m.text("path", p),
            EditError::NotFound(n) => m.text("name", n),
            EditError::NotAMapping => m,
        }
    }

    /// The Fluent id that says this to an operator (`locales/<lang>/ui-components-edit.ftl`).
    pub fn message_id(&self) -> &'static str {
        match self {
            EditError::Syntax { .. } => "comp-edit-err-syntax",
            EditError::NotAList(_) => "comp-edit-err-not-a-list",
            EditError::FlowStyle(_) => "comp-edit-err-flow",
            EditError::NotFound(_) => "comp-edit-err-not-found",
            EditError::MissingParent(_) => "comp-edit-err-missing-parent",
            EditError::NotAMapping => "comp-edit-err-not-a-mapping",
        }
    }
}

fn parse(src: &str) -> Result<Located, EditError> {
    yaml::load(src).map_err(|e| EditError::Syntax { line: e.pos.line, col: e.pos.col, message: e.message })
}

/// Byte offset of the start of each line, plus `src.len()` at the end.
fn line_starts(src: &str) -> Vec<usize> {
    let mut v = vec![0];
    v.extend(src.match_indices('\n').map(|(i, _)| i + 1));
    if *v.last().unwrap_or(&0) != src.len() {
        v.push(src.len());
    }
    v
}

/// Line `n` (1-based) without its newline.
fn line<'a>(src: &'a str, starts: &[usize], n: usize) -> &'a str {
    let (a, b) = (starts[n - 1], starts.get(n).copied().unwrap_or(src.len()));
    src[a..b].trim_end_matches(['\n', '\r'])
}

fn indent(l: &str) -> usize {
    l.len() - l.trim_start_matches(' ').len()
}

fn is_blank_or_comment(l: &str) -> bool {
    let t = l.trim();
    t.is_empty() || t.starts_with('#')
}

/// Number of lines (ignoring a final empty one after the last newline).
fn line_count(src: &str, starts: &[usize]) -> usize {
    let n = starts.len() - 1;
    if src.ends_with('\n') || src.is_empty() { n } else { n.max(1) }
}

/// The lines `first..=last` (1-based) an item of a block list occupies, and its dash column.
struct Span {
    first: usize,
    last: usize,
    dash_col: usize,
}

/// Where the item at `pointer` (`/components/3`) is written.
fn item_span(src: &str, starts: &[usize], located: &Located, pointer: &str) -> Result<Span, EditError> {
    let pos = located.value_pos(pointer).ok_or_else(|| EditError::NotAList(pointer.into()))?;
    // The dash is on the item's line or on an earlier one (`-` alone on its line).
    let mut first = pos.line;
    loop {
        let l = line(src, starts, first);
        if l.trim_start().starts_with('-') {
            break;
        }
        if first == 1 || !(is_blank_or_comment(l) || first == pos.line) {
            return Err(EditError::FlowStyle(pointer.into()));
        }
        first -= 1;
    }
    let dash_col = indent(line(src, starts, first));
    let total = line_count(src, starts);
    let mut last = first;
    let mut n = first + 1;
    while n <= total {
        let l = line(src, starts, n);
        if is_blank_or_comment(l) {
            n += 1;
            continue;
        }
        if indent(l) > dash_col {
            last = n;
            n += 1;
            continue;
        }
        break;
    }
    Ok(Span { first, last, dash_col })
}

/// The list at `list` and the index of the entry whose `key` is `name`.
fn find(located: &Located, list: &str, key: &str, name: &str) -> Result<(Vec<Value>, Option<usize>), EditError> {
    let items = match located.value.pointer(list) {
        Some(Value::Array(items)) => items.clone(),
        Some(Value::Null) | None => Vec::new(),
        Some(_) => return Err(EditError::NotAList(list.into())),
    };
    let idx = items.iter().position(|it| it.get(key).and_then(Value::as_str) == Some(name));
    Ok((items, idx))
}

/// How the keys of a mapping are ordered when written: the keys the old entry had, in the order
/// they were written (`old` = its pointer in `located`), then `first` (the name), then the rest
/// alphabetically.
struct Order<'a> {
    located: Option<&'a Located>,
    first: &'a str,
}

fn to_yaml(v: &Value) -> Yaml {
    to_yaml_ordered(v, &Order { located: None, first: "" }, None)
}

fn to_yaml_ordered(v: &Value, order: &Order, old: Option<&str>) -> Yaml {
    match v {
        Value::Object(o) => {
            let rank = |k: &str| -> (u8, usize, usize, String) {
                let at = old
                    .zip(order.located)
                    .and_then(|(p, l)| l.key_pos(&format!("{p}/{}", k.replace('~', "~0").replace('/', "~1"))));
                match at {
                    Some(pos) => (0, pos.line, pos.col, String::new()),
                    None if k == order.first => (1, 0, 0, String::new()),
                    None => (2, 0, 0, k.to_string()),
                }
            };
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort_by_key(|k| rank(k));
            let mut h = Hash::new();
            for k in keys {
                let child = old.map(|p| format!("{p}/{}", k.replace('~', "~0").replace('/', "~1")));
                h.insert(
                    Yaml::String(k.clone()),
                    to_yaml_ordered(&o[k], &Order { located: order.located, first: "" }, child.as_deref()),
                );
            }
            Yaml::Hash(h)
        }
        Value::Array(a) => Yaml::Array(
            a.iter()
                .enumerate()
                .map(|(i, x)| {
                    to_yaml_ordered(
                        x,
                        &Order { located: order.located, first: "" },
                        old.map(|p| format!("{p}/{i}")).as_deref(),
                    )
                })
                .collect(),
        ),
        _ => to_yaml_inner(v),
    }
}

fn to_yaml_inner(v: &Value) -> Yaml {
    match v {
        Value::Null => Yaml::Null,
        Value::Bool(b) => Yaml::Boolean(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Yaml::Integer(i),
            None => Yaml::Real(n.to_string()),
        },
        Value::String(s) => Yaml::String(s.clone()),
        Value::Array(_) | Value::Object(_) => to_yaml(v),
    }
}

/// `value` as YAML text without the document marker (one line for a scalar).
fn emit(value: &Value) -> String {
    emit_yaml(&to_yaml(value))
}

fn emit_yaml(y: &Yaml) -> String {
    let mut out = String::new();
    let mut em = yaml_rust2::YamlEmitter::new(&mut out);
    em.multiline_strings(false);
    // Writing into a String cannot fail.
    let _ = em.dump(y);
    out.strip_prefix("---\n").or_else(|| out.strip_prefix("--- ")).unwrap_or(&out).to_string()
}

/// A list item: `- ` and the mapping's lines, each line indented by `dash_col`.
fn render_item(value: &Value, dash_col: usize, order: &Order, old: Option<&str>) -> Result<String, EditError> {
    let Value::Object(o) = value else { return Err(EditError::NotAMapping) };
    let pad = " ".repeat(dash_col);
    if o.is_empty() {
        return Ok(format!("{pad}- {{}}\n"));
    }
    let body = emit_yaml(&to_yaml_ordered(value, order, old));
    let mut out = String::new();
    for (i, l) in body.lines().enumerate() {
        if i == 0 {
            out.push_str(&format!("{pad}- {l}\n"));
        } else if l.is_empty() {
            out.push('\n');
        } else {
            out.push_str(&format!("{pad}  {l}\n"));
        }
    }
    Ok(out)
}

/// Replace the byte range of lines `first..=last` by `with`.
fn splice(src: &str, starts: &[usize], first: usize, last: usize, with: &str) -> String {
    let a = starts[first - 1];
    let b = starts.get(last).copied().unwrap_or(src.len());
    let mut out = String::with_capacity(src.len() + with.len());
    out.push_str(&src[..a]);
    out.push_str(with);
    // The replaced lines may have had no final newline (end of file).
    if b < src.len() || src[a..b].ends_with('\n') || with.is_empty() {
        out.push_str(&src[b..]);
    } else {
        out.truncate(out.trim_end_matches('\n').len());
        out.push_str(&src[b..]);
        if !with.ends_with('\n') || src.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// Insert `with` (whole lines) after line `after` (0 = at the top).
fn insert_after(src: &str, starts: &[usize], after: usize, with: &str) -> String {
    let at = starts.get(after).copied().unwrap_or(src.len()).min(src.len());
    let mut out = String::with_capacity(src.len() + with.len() + 1);
    out.push_str(&src[..at]);
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(with);
    out.push_str(&src[at..]);
    out
}

/// Split a JSON pointer into its parent and last key.
fn parent_of(pointer: &str) -> (&str, String) {
    match pointer.rfind('/') {
        Some(i) => (&pointer[..i], pointer[i + 1..].replace("~1", "/").replace("~0", "~")),
        None => ("", pointer.to_string()),
    }
}

/// Replace the entry of the list at `list` whose `key` is `name` by `value` (a mapping; its own
/// `key` may differ: a rename), or append `value` when there is none. A missing or empty list
/// is created (its parent mapping must exist, in block style). Everything outside the entry is
/// kept byte for byte.
pub fn upsert_named(src: &str, list: &str, key: &str, name: &str, value: &Value) -> Result<String, EditError> {
    put(src, list, key, Some(name), value)
}

/// Append `value` to the list at `list` even when an entry of the same name exists (the config
/// loader then reports the duplicate at the new entry: adding must never replace).
pub fn append(src: &str, list: &str, key: &str, value: &Value) -> Result<String, EditError> {
    put(src, list, key, None, value)
}

fn put(src: &str, list: &str, key: &str, name: Option<&str>, value: &Value) -> Result<String, EditError> {
    if !value.is_object() {
        return Err(EditError::NotAMapping);
    }
    let located = parse(src)?;
    let starts = line_starts(src);
    let (items, idx) = find(&located, list, key, name.unwrap_or(""))?;
    let idx = if name.is_some() { idx } else { None };
    if let Some(i) = idx {
        let old = format!("{list}/{i}");
        let span = item_span(src, &starts, &located, &old)?;
        let text = render_item(value, span.dash_col, &Order { located: Some(&located), first: key }, Some(&old))?;
        return Ok(splice(src, &starts, span.first, span.last, &text));
    }
    if let Some(last_i) = items.len().checked_sub(1) {
        let span = item_span(src, &starts, &located, &format!("{list}/{last_i}"))?;
        let text = render_item(value, span.dash_col, &Order { located: None, first: key }, None)?;
        return Ok(insert_after(src, &starts, span.last, &text));
    }
    // No item yet: the list is missing, null or `[]`.
    let (parent, last_key) = parent_of(list);
    if let Some(kpos) = located.key_pos(list) {
        // `key:`, `key: ~` or `key: []` on one line: rewrite that line and add the item below.
        let key_line = line(src, &starts, kpos.line);
        if located.value_pos(list).is_some_and(|p| p.line != kpos.line) {
            return Err(EditError::FlowStyle(list.into()));
        }
        let key_indent = kpos.col - 1;
        let head =
            format!("{}{}:\n", &key_line[..key_indent], &key_line[key_indent..].split(':').next().unwrap_or(&last_key));
        let text = head + &render_item(value, key_indent + 2, &Order { located: None, first: key }, None)?;
        return Ok(splice(src, &starts, kpos.line, kpos.line, &text));
    }
    // The key is missing: add it at the end of its parent mapping.
    let (after, child_indent) = if parent.is_empty() {
        let total = line_count(src, &starts);
        let last_content = (1..=total).rev().find(|&n| !is_blank_or_comment(line(src, &starts, n))).unwrap_or(total);
        (last_content, 0)
    } else {
        let Some(Value::Object(members)) = located.value.pointer(parent) else {
            return Err(EditError::MissingParent(parent.into()));
        };
        // The parent's keys say where it is written (a block mapping's own marker does not).
        let ppos = members
            .keys()
            .filter_map(|k| located.key_pos(&format!("{parent}/{}", k.replace('~', "~0").replace('/', "~1"))))
            .min_by_key(|p| (p.line, p.col))
            .ok_or_else(|| EditError::FlowStyle(parent.into()))?;
        if let Some(kp) = located.key_pos(parent)
            && kp.line == ppos.line
        {
            return Err(EditError::FlowStyle(parent.into()));
        }
        let child_indent = ppos.col - 1;
        let total = line_count(src, &starts);
        let mut last = ppos.line;
        for n in ppos.line + 1..=total {
            let l = line(src, &starts, n);
            if is_blank_or_comment(l) {
                continue;
            }
            if indent(l) < child_indent {
                break;
            }
            last = n;
        }
        (last, child_indent)
    };
    let text = format!(
        "{}{}:\n{}",
        " ".repeat(child_indent),
        last_key,
        render_item(value, child_indent + 2, &Order { located: None, first: key }, None)?
    );
    Ok(insert_after(src, &starts, after, &text))
}

/// Remove the entry of the list at `list` whose `key` is `name`; comments before and after it
/// stay.
pub fn remove_named(src: &str, list: &str, key: &str, name: &str) -> Result<String, EditError> {
    let located = parse(src)?;
    let starts = line_starts(src);
    let (items, idx) = find(&located, list, key, name)?;
    let i = idx.ok_or_else(|| EditError::NotFound(name.into()))?;
    if items.len() == 1 {
        // The last entry: leave an empty list behind (`key: []`), the key's comments kept.
        let span = item_span(src, &starts, &located, &format!("{list}/{i}"))?;
        let out = splice(src, &starts, span.first, span.last, "");
        let located = parse(&out)?;
        let starts = line_starts(&out);
        if let Some(kpos) = located.key_pos(list) {
            let l = line(&out, &starts, kpos.line);
            let (_, last_key) = parent_of(list);
            let head = format!("{}{}: []\n", &l[..kpos.col - 1], last_key);
            return Ok(splice(&out, &starts, kpos.line, kpos.line, &head));
        }
        return Ok(out);
    }
    let span = item_span(src, &starts, &located, &format!("{list}/{i}"))?;
    Ok(splice(src, &starts, span.first, span.last, ""))
}

/// The current value of the entry whose `key` is `name`, as written (no defaults filled in).
pub fn entry(src: &str, list: &str, key: &str, name: &str) -> Result<Option<Value>, EditError> {
    let located = parse(src)?;
    let (items, idx) = find(&located, list, key, name)?;
    Ok(idx.map(|i| items[i].clone()))
}

/// Set (`Some`) or remove (`None`) one scalar field of an entry — e.g. `paused: true` — changing
/// only that line when the field is a one-line scalar (or adding one line); otherwise the entry
/// is rewritten as by [`upsert_named`].
pub fn set_field(
    src: &str,
    list: &str,
    key: &str,
    name: &str,
    field: &str,
    value: Option<&Value>,
) -> Result<String, EditError> {
    let located = parse(src)?;
    let starts = line_starts(src);
    let (items, idx) = find(&located, list, key, name)?;
    let i = idx.ok_or_else(|| EditError::NotFound(name.into()))?;
    let item_ptr = format!("{list}/{i}");
    let field_ptr = format!("{item_ptr}/{}", field.replace('~', "~0").replace('/', "~1"));
    let scalar = value.is_none_or(|v| !v.is_object() && !v.is_array());
    let span = item_span(src, &starts, &located, &item_ptr)?;
    let current = items[i].get(field);
    let whole = |src: &str| -> Result<String, EditError> {
        let mut v = items[i].clone();
        let o = v.as_object_mut().ok_or(EditError::NotAMapping)?;
        match value {
            Some(x) => {
                o.insert(field.into(), x.clone());
            }
            None => {
                o.remove(field);
            }
        }
        upsert_named(src, list, key, name, &v)
    };
    if !scalar || current.is_some_and(|c| c.is_object() || c.is_array()) {
        return whole(src);
    }
    match (located.key_pos(&field_ptr), value) {
        (Some(kpos), _) if kpos.line == span.first => whole(src),
        (Some(kpos), v) => {
            if located.value_pos(&field_ptr).is_some_and(|p| p.line != kpos.line) {
                return whole(src);
            }
            let l = line(src, &starts, kpos.line);
            match v {
                Some(v) => {
                    let text = format!("{}{}: {}\n", &l[..kpos.col - 1], field, emit(v).trim_end());
                    Ok(splice(src, &starts, kpos.line, kpos.line, &text))
                }
                None => Ok(splice(src, &starts, kpos.line, kpos.line, "")),
            }
        }
        (None, None) => Ok(src.to_string()),
        (None, Some(v)) => {
            // A new line after the entry's last one, at the indentation of its keys.
            let first_key = located
                .key_pos(&format!("{item_ptr}/{}", key.replace('~', "~0").replace('/', "~1")))
                .map(|p| p.col - 1)
                .unwrap_or(span.dash_col + 2);
            let text = format!("{}{}: {}\n", " ".repeat(first_key), field, emit(v).trim_end());
            Ok(insert_after(src, &starts, span.last, &text))
        }
    }
}

/// One problem of an edited entry, for a form: the field it is about (a JSON pointer inside the
/// entry, `/check/http/url`; `None` when it is about something else in the file) and the
/// validator's message as `validate` prints it (`FILE:LINE:COL: …`, in the reader's language).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct FieldProblem {
    pub field: Option<String>,
    pub message: String,
}

/// The config loader's errors about `text` (the new whole file), each mapped to the field of
/// the entry whose `key` is `name` in `list` it points at.
pub fn field_problems(
    text: &str,
    errors: &super::ConfigErrors,
    list: &str,
    key: &str,
    name: &str,
) -> Vec<FieldProblem> {
    let located = yaml::load(text).ok();
    let prefix = located.as_ref().and_then(|l| match l.value.pointer(list) {
        // The last one: an added duplicate is the one the form is about.
        Some(Value::Array(items)) => items
            .iter()
            .rposition(|it| it.get(key).and_then(Value::as_str) == Some(name))
            .map(|i| format!("{list}/{i}")),
        _ => None,
    });
    errors
        .0
        .iter()
        .map(|e| {
            // The validator's own pointer when it has one, else the node written at the position.
            let at = e.pointer.clone().or_else(|| located.as_ref().zip(e.pos).and_then(|(l, pos)| l.pointer_at(pos)));
            let field = match (at, &prefix) {
                (Some(p), Some(prefix)) if p == *prefix => Some(String::new()),
                (Some(p), Some(prefix)) => p.strip_prefix(&format!("{prefix}/")).map(|rest| format!("/{rest}")),
                _ => None,
            };
            FieldProblem { field, message: e.to_string() }
        })
        .collect()
}

impl FieldProblem {
    pub fn new(field: Option<&str>, message: String) -> Self {
        FieldProblem { field: field.map(str::to_string), message }
    }
}

/// Why [`change_config`] wrote nothing.
#[derive(Debug)]
pub enum ChangeError {
    /// Refused: the edit, the loader or the caller's check found these problems.
    Problems(Vec<FieldProblem>),
    /// The file could not be read or written (`file`: its path as shown).
    Io { file: String, error: std::io::Error },
}

impl From<std::io::Error> for ChangeError {
    fn from(error: std::io::Error) -> Self {
        ChangeError::Io { file: String::new(), error }
    }
}

/// A change from the window to the config file `current` was loaded from: `edit` computes the
/// new text, the one loader validates the whole of it (its errors mapped to the fields of the
/// entry `name` of `list`, keyed by `key`), `check` may still refuse the new config, and only
/// then is the file written atomically. Returns the new config, its `source` set; on an `Err`
/// the file is untouched.
pub fn change_config(
    current: &super::Config,
    (list, key, name): (&str, &str, &str),
    lang: guard_i18n::Lang,
    edit: impl FnOnce(&str) -> Result<String, Vec<FieldProblem>>,
    check: impl FnOnce(&super::Config) -> Result<(), Vec<FieldProblem>>,
) -> Result<super::Config, ChangeError> {
    let Some(path) = current.source.clone() else {
        return Err(ChangeError::Problems(vec![FieldProblem::new(
            None,
            super::tr(lang, "comp-edit-err-no-file", &[]),
        )]));
    };
    let file = path.display().to_string();
    let base = path
        .parent()
        .map(std::path::Path::to_path_buf)
        .filter(|b| !b.as_os_str().is_empty())
        .unwrap_or_else(|| ".".into());
    let mut validated = None;
    let res = update_file(&path, |src| {
        let text = edit(src).map_err(ChangeError::Problems)?;
        let mut cfg = super::load_str_in(&text, &file, &base, &std::env::vars().collect(), lang)
            .map_err(|errs| ChangeError::Problems(field_problems(&text, &errs, list, key, name)))?;
        check(&cfg).map_err(ChangeError::Problems)?;
        cfg.source = Some(path.clone());
        validated = Some(cfg);
        Ok(text)
    });
    match res {
        Ok(_) => Ok(validated.expect("set when the change was accepted")),
        Err(ChangeError::Io { error, .. }) => Err(ChangeError::Io { file, error }),
        Err(e) => Err(e),
    }
}

/// One writer of config files at a time in this process (components, notification channels).
static FILE_LOCK: parking_lot::Mutex<()> = parking_lot::Mutex::new(());

/// Read the config at `path`, let `change` compute the new text from the current one — and
/// validate it (the whole file, with the config loader) —, then [`write_atomically`]. An `Err`
/// from `change` leaves the file untouched. Edits through this function never interleave;
/// returns the new text.
pub fn update_file<E: From<std::io::Error>>(
    path: &Path,
    change: impl FnOnce(&str) -> Result<String, E>,
) -> Result<String, E> {
    let _one_at_a_time = FILE_LOCK.lock();
    let current = std::fs::read_to_string(path)?;
    let next = change(&current)?;
    if next != current {
        write_atomically(path, &next)?;
    }
    Ok(next)
}

/// Write `text` to `path` atomically: a temporary file in the same directory with the old
/// file's permissions (0600 for a new file), flushed to disk, renamed over `path`, and the
/// directory synced. A reader sees the old file or the new one, never half of one.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "config".into());
    let mode = std::fs::metadata(path).map(|m| m.permissions().mode() & 0o7777).unwrap_or(0o600);
    let tmp = dir.join(format!(".{file_name}.{}.{:016x}.tmp", std::process::id(), fastrand::u64(..)));
    let res = (|| {
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.set_permissions(std::fs::Permissions::from_mode(mode))?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if res.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    res
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;
