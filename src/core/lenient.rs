//! Lenient JSON reading with serde: every value is recorded as found, so one
//! read can list every problem of a file instead of stopping at the first.
//!
//! A derived `Deserialize` with typed fields stops at the first value of the
//! wrong type. The types here never do: a leaf is a [`Raw`] value (whatever was
//! there, or that nothing was), and [`Object`] and [`List`] record a value of
//! the wrong shape instead of failing.
//!
//! A text is read in two steps. serde_json reads it into a [`Node`] tree,
//! which keeps each object's fields in document order; that is where what
//! cannot be listed as a problem fails the read: text that is not JSON, a
//! field name given twice in one object, and a number beyond the number rule
//! ([`NUMBER_RULE`]). Those become a [`SyntaxError`] with a line and a column
//! counted in characters. Then the derived types read the tree through
//! [`NodeDeserializer`], which also notes every field a type does not know,
//! with its path. (Reading the text straight into the derived types, with
//! `serde_ignored` to note those fields, made serde_json's parser be compiled
//! again for every type: about 20 KB more of every reader's download.)
//!
//! Checking what the values mean is the caller's job
//! ([`crate::core::validate`] for quiz files, [`crate::core::team`] for
//! result files).

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::Error as TreeError;
use serde::de::{
    self, Deserialize, DeserializeOwned, DeserializeSeed, Deserializer, IntoDeserializer,
    MapAccess, SeqAccess, Visitor,
};

/// Why a number is refused: Candor's formats need small numbers only, and
/// every number with at most 15 significant digits reads back exactly.
/// A comma before a closing bracket or brace.
pub const TRAILING_COMMA: &str = "a comma with nothing after it";
pub const NUMBER_RULE: &str = "a number with more than 15 significant digits or out of range";

/// The largest magnitude a number may have.
const MAX_MAGNITUDE: f64 = 1e22;

/// A JSON value as found, without its contents when it is a list or object.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Raw {
    /// The field is not there at all (not even `null`).
    #[default]
    Missing,
    Null,
    Bool(bool),
    /// A number within [`NUMBER_RULE`].
    Number(f64),
    Text(String),
    List,
    Object,
}

impl Raw {
    /// A short description for messages: `"text"`, `42`, `a list`…
    pub fn describe(&self) -> String {
        match self {
            Raw::Missing => "nothing".into(),
            Raw::Null => "null".into(),
            Raw::Bool(b) => b.to_string(),
            Raw::Number(n) => describe_number(*n),
            Raw::Text(s) => {
                let short: String = s.chars().take(40).collect();
                let more = if short.len() < s.len() { "…" } else { "" };
                format!("\"{short}{more}\"")
            }
            Raw::List => "a list".into(),
            Raw::Object => "an object".into(),
        }
    }

    /// A whole number from 0 to 2^53, the range where every whole number is exact.
    pub fn as_u64(&self) -> Option<u64> {
        match *self {
            Raw::Number(n) if n.fract() == 0.0 && (0.0..=9_007_199_254_740_992.0).contains(&n) => {
                Some(n as u64)
            }
            _ => None,
        }
    }
}

/// Whole numbers as integers (`2`, not `2.0`); others as the shortest text
/// that reads back as the same number (`1.5`, `1e-7`).
fn describe_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_992.0 {
        (n as i64).to_string()
    } else {
        shortest(n).map_or_else(String::new, |(buf, len)| {
            String::from_utf8_lossy(&buf[..len]).into_owned()
        })
    }
}

/// The shortest decimal text that reads back as `n` (how serde_json writes a
/// float), in a buffer, with its length; `None` for infinities and NaN.
fn shortest(n: f64) -> Option<([u8; 32], usize)> {
    if !n.is_finite() {
        return None;
    }
    let mut buf = [0u8; 32];
    let len = {
        let mut rest = &mut buf[..];
        serde_json::to_writer(&mut rest, &n).ok()?;
        32 - rest.len()
    };
    Some((buf, len))
}

/// Whether a number keeps the number rule: at most 1e22 in magnitude, and
/// written exactly with at most 15 significant digits.
pub(crate) fn within_number_rule(n: f64) -> bool {
    let Some((buf, len)) = shortest(n) else {
        return false;
    };
    // `1.2345e-7`: the digits before any exponent, without the leading and
    // trailing zeros, are the significant ones.
    let mantissa = buf[..len]
        .split(|&b| b == b'e' || b == b'E')
        .next()
        .unwrap_or_default();
    let digits = || mantissa.iter().filter(|b| b.is_ascii_digit());
    let leading = digits().take_while(|&&d| d == b'0').count();
    let trailing = digits().rev().take_while(|&&d| d == b'0').count();
    let significant = digits().count().saturating_sub(leading + trailing);
    n.abs() <= MAX_MAGNITUDE && significant <= 15
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Raw, D::Error> {
        Node::deserialize(deserializer).map(Raw::from)
    }
}

impl From<Node> for Raw {
    /// The value without its contents, when it is a list or an object.
    fn from(node: Node) -> Raw {
        match node {
            Node::Null => Raw::Null,
            Node::Bool(b) => Raw::Bool(b),
            Node::Number(n) => Raw::Number(n),
            Node::Text(s) => Raw::Text(s),
            Node::List(_) => Raw::List,
            Node::Object(_) => Raw::Object,
        }
    }
}

/// An object read as `T`, or what was there instead.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Object<T> {
    #[default]
    Missing,
    Found(T),
    Wrong(Raw),
}

/// A list of `T`, or what was there instead.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum List<T> {
    #[default]
    Missing,
    Found(Vec<T>),
    Wrong(Raw),
}

/// Whether a field was left out, for "missing field" problems.
pub trait Field {
    fn is_missing(&self) -> bool;
}

impl Field for Raw {
    fn is_missing(&self) -> bool {
        *self == Raw::Missing
    }
}

impl<T> Field for Object<T> {
    fn is_missing(&self) -> bool {
        matches!(self, Object::Missing)
    }
}

impl<T> Field for List<T> {
    fn is_missing(&self) -> bool {
        matches!(self, List::Missing)
    }
}

/// The visit methods of a shape for everything that is not that shape: the
/// value is read as a [`Node`] and kept as `Wrong`.
macro_rules! wrong_shape {
    ($wrap:path) => {
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            NodeVisitor.visit_unit().map(|n| $wrap(Raw::from(n)))
        }

        fn visit_bool<E: de::Error>(self, b: bool) -> Result<Self::Value, E> {
            NodeVisitor.visit_bool(b).map(|n| $wrap(Raw::from(n)))
        }

        fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
            NodeVisitor.visit_u64(n).map(|n| $wrap(Raw::from(n)))
        }

        fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
            NodeVisitor.visit_i64(n).map(|n| $wrap(Raw::from(n)))
        }

        fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
            NodeVisitor.visit_f64(n).map(|n| $wrap(Raw::from(n)))
        }

        fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
            NodeVisitor.visit_str(s).map(|n| $wrap(Raw::from(n)))
        }

        fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
            NodeVisitor.visit_string(s).map(|n| $wrap(Raw::from(n)))
        }
    };
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ObjectVisitor(PhantomData))
    }
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = Object<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
        T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Object::Found)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Object<T>, A::Error> {
        NodeVisitor
            .visit_seq(seq)
            .map(|n| Object::Wrong(Raw::from(n)))
    }

    wrong_shape!(Object::Wrong);
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ListVisitor(PhantomData))
    }
}

struct ListVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
    type Value = List<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(List::Found(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<List<T>, A::Error> {
        NodeVisitor
            .visit_map(map)
            .map(|n| List::Wrong(Raw::from(n)))
    }

    wrong_shape!(List::Wrong);
}

/// An object whose field names are data, not a fixed set (a quiz file's
/// `ui`): every field and its value, in document order. Read inside an
/// [`Object`], so a value of the wrong shape is recorded there.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entries<T>(pub Vec<(String, T)>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Entries<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(EntriesVisitor(PhantomData))
    }
}

struct EntriesVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for EntriesVisitor<T> {
    type Value = Entries<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<T>, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Entries(entries))
    }
}

/// A field the type does not know, where it was found.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownField {
    /// The JSON path of the object that has it, such as `$.questions[2]`.
    pub parent: String,
    pub key: String,
}

/// A text read leniently: its top-level value and the unknown fields, in
/// document order.
#[derive(Debug)]
pub struct Document<T> {
    pub root: Object<T>,
    pub unknown: Vec<UnknownField>,
}

/// Why a text could not be read at all, and where: 1-based line and column,
/// both counted in characters.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub reason: String,
}

/// Reads a JSON text (UTF-8, a leading byte-order mark ignored) leniently.
pub fn read<T: DeserializeOwned>(bytes: &[u8]) -> Result<Document<T>, SyntaxError> {
    // A byte-order mark from a Windows editor is not worth refusing a file over.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let line = 1 + valid.matches('\n').count();
        let line_start = valid.rfind('\n').map_or(0, |i| i + 1);
        SyntaxError {
            line,
            column: 1 + valid[line_start..].chars().count(),
            reason: NOT_UTF8.into(),
        }
    })?;
    let tree: Node = serde_json::from_str(text).map_err(|e| syntax_error(text, &e))?;
    let unknown = RefCell::new(Vec::new());
    let root = Object::deserialize(NodeDeserializer {
        node: &tree,
        path: &Path::Root,
        unknown: &unknown,
    })
    // The lenient types accept every tree; nothing is left to fail.
    .unwrap_or_default();
    Ok(Document {
        root,
        unknown: unknown.into_inner(),
    })
}

/// A JSON value as written, with each object's fields in document order.
/// Field names are unique within an object, and numbers keep the number rule.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Node>),
    Object(Vec<(String, Node)>),
}

/// Why a text is refused for a field name given twice.
const DUPLICATE_FIELD: &str = "a field name appears twice in the same object";
/// Why a text is refused that is not UTF-8.
const NOT_UTF8: &str = "text that is not valid UTF-8";
/// Why a text is refused that ends too soon.
pub const END_OF_FILE: &str = "unexpected end of the file";

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Node, E> {
        Ok(Node::Bool(b))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Node, E> {
        self.visit_f64(n as f64)
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Node, E> {
        self.visit_f64(n as f64)
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Node, E> {
        if within_number_rule(n) {
            Ok(Node::Number(n))
        } else {
            Err(E::custom(NUMBER_RULE))
        }
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Node, E> {
        Ok(Node::Text(s.to_owned()))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Node, E> {
        Ok(Node::Text(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut fields = Vec::new();
        // A set, not a search of `fields`: an object may have thousands.
        let mut names = BTreeSet::new();
        while let Some(name) = map.next_key::<String>()? {
            if !names.insert(name.clone()) {
                return Err(de::Error::custom(DUPLICATE_FIELD));
            }
            fields.push((name, map.next_value()?));
        }
        Ok(Node::Object(fields))
    }
}

/// Where a value is in the tree, for noting unknown fields.
enum Path<'a> {
    Root,
    Index(&'a Path<'a>, usize),
    Field(&'a Path<'a>, &'a str),
}

impl Path<'_> {
    /// `$.questions[2].text`.
    fn write(&self, out: &mut String) {
        match self {
            Path::Root => out.push('$'),
            Path::Index(parent, i) => {
                parent.write(out);
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
            Path::Field(parent, name) => {
                parent.write(out);
                out.push('.');
                out.push_str(name);
            }
        }
    }
}

/// Reads a [`Node`] as any serde type. A field the type skips (one it does
/// not know) is noted in `unknown` with its path.
pub struct NodeDeserializer<'a> {
    node: &'a Node,
    path: &'a Path<'a>,
    unknown: &'a RefCell<Vec<UnknownField>>,
}

impl<'de> Deserializer<'de> for NodeDeserializer<'_> {
    type Error = TreeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        let (path, unknown) = (self.path, self.unknown);
        match self.node {
            Node::Null => visitor.visit_unit(),
            Node::Bool(b) => visitor.visit_bool(*b),
            Node::Number(n) => visitor.visit_f64(*n),
            Node::Text(s) => visitor.visit_str(s),
            Node::List(items) => visitor.visit_seq(Items {
                items: items.iter().enumerate(),
                path,
                unknown,
            }),
            Node::Object(fields) => visitor.visit_map(Fields {
                fields: fields.iter(),
                value: None,
                path,
                unknown,
            }),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        if let Path::Field(parent, key) = self.path {
            let mut at = String::new();
            parent.write(&mut at);
            self.unknown.borrow_mut().push(UnknownField {
                parent: at,
                key: (*key).to_string(),
            });
        }
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier
    }
}

/// The items of a list node, each at its index.
struct Items<'a, I> {
    items: I,
    path: &'a Path<'a>,
    unknown: &'a RefCell<Vec<UnknownField>>,
}

impl<'de, 'a, I: Iterator<Item = (usize, &'a Node)>> SeqAccess<'de> for Items<'a, I> {
    type Error = TreeError;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, TreeError> {
        let Some((i, node)) = self.items.next() else {
            return Ok(None);
        };
        let path = Path::Index(self.path, i);
        seed.deserialize(NodeDeserializer {
            node,
            path: &path,
            unknown: self.unknown,
        })
        .map(Some)
    }
}

/// The fields of an object node, in document order.
struct Fields<'a, I> {
    fields: I,
    /// The field whose name was just read.
    value: Option<(&'a str, &'a Node)>,
    path: &'a Path<'a>,
    unknown: &'a RefCell<Vec<UnknownField>>,
}

impl<'de, 'a, I: Iterator<Item = &'a (String, Node)>> MapAccess<'de> for Fields<'a, I> {
    type Error = TreeError;

    fn next_key_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, TreeError> {
        let Some((name, node)) = self.fields.next() else {
            return Ok(None);
        };
        self.value = Some((name, node));
        seed.deserialize(name.as_str().into_deserializer())
            .map(Some)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, TreeError> {
        let (name, node) = self
            .value
            .take()
            .ok_or_else(|| de::Error::custom("a value without its field name"))?;
        let path = Path::Field(self.path, name);
        seed.deserialize(NodeDeserializer {
            node,
            path: &path,
            unknown: self.unknown,
        })
    }
}

/// serde_json's messages in the project's words, by the start of theirs.
const WORDING: &[(&str, &str)] = &[
    ("expected `,` or `}`", "expected ',' or '}'"),
    ("expected `,` or `]`", "expected ',' or ']'"),
    ("expected `:`", "expected ':'"),
    ("expected value", "expected a value"),
    ("expected ident", "expected a value"),
    (
        "key must be a string",
        "expected a field name in double quotes",
    ),
    ("trailing comma", TRAILING_COMMA),
    ("trailing characters", "trailing text after the JSON value"),
    ("invalid escape", "an unknown escape after '\\'"),
    ("invalid number", "a malformed number"),
    ("number out of range", NUMBER_RULE),
    ("invalid unicode code point", "an invalid \\u escape"),
    (
        "lone leading surrogate",
        "an unpaired surrogate in a \\u escape",
    ),
    ("unexpected end of hex escape", "expected four hex digits"),
    (
        "control character",
        "a control character inside a text (use \\n, \\t…)",
    ),
    ("recursion limit exceeded", "nested too deeply"),
];

fn syntax_error(text: &str, e: &serde_json::Error) -> SyntaxError {
    let reason = if e.is_eof() {
        END_OF_FILE.to_string()
    } else {
        let message = e.to_string();
        let position = format!(" at line {} column {}", e.line(), e.column());
        let message = message.strip_suffix(&position).unwrap_or(&message);
        WORDING
            .iter()
            .find(|(theirs, _)| message.starts_with(theirs))
            .map_or(message, |(_, ours)| ours)
            .to_string()
    };
    // serde_json counts columns in bytes (the 1-based byte of the error);
    // people count characters, and quiz texts are full of curly quotes.
    let line = e.line().max(1);
    let line_start = match line {
        1 => 0,
        n => text
            .match_indices('\n')
            .nth(n - 2)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    let rest = &text.as_bytes()[line_start..];
    let before = &rest[..e.column().saturating_sub(1).min(rest.len())];
    let column = 1 + before.iter().filter(|&&b| b & 0xC0 != 0x80).count();
    SyntaxError {
        line,
        column,
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, serde::Deserialize)]
    #[serde(default)]
    struct Probe {
        a: Raw,
        b: List<Raw>,
        c: Object<Inner>,
    }

    #[derive(Debug, Default, serde::Deserialize)]
    #[serde(default)]
    struct Inner {
        x: Raw,
    }

    fn ok(text: &str) -> Document<Probe> {
        read(text.as_bytes()).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    fn err(text: &str) -> SyntaxError {
        read::<Probe>(text.as_bytes()).expect_err(text)
    }

    fn probe(text: &str) -> Probe {
        match ok(text).root {
            Object::Found(p) => p,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn values_are_recorded_as_found() {
        let p = probe(r#"{"a": null, "b": [1, "x", true, [2], {"y": 3}], "c": {"x": -2.5}}"#);
        assert_eq!(p.a, Raw::Null);
        assert_eq!(
            p.b,
            List::Found(vec![
                Raw::Number(1.0),
                Raw::Text("x".into()),
                Raw::Bool(true),
                Raw::List,
                Raw::Object
            ])
        );
        assert!(matches!(p.c, Object::Found(Inner { x: Raw::Number(n) }) if n == -2.5));
        let p = probe("{}");
        assert_eq!(
            (p.a, p.b.is_missing(), p.c.is_missing()),
            (Raw::Missing, true, true)
        );
    }

    #[test]
    fn wrong_shapes_are_recorded_not_refused() {
        let p = probe(r#"{"b": {"k": 1}, "c": [1]}"#);
        assert_eq!(p.b, List::Wrong(Raw::Object));
        assert!(matches!(p.c, Object::Wrong(Raw::List)));
        assert!(matches!(ok("[1]").root, Object::Wrong(Raw::List)));
        assert!(matches!(ok("\"q\"").root, Object::Wrong(Raw::Text(_))));
    }

    #[test]
    fn unknown_fields_are_listed_with_their_paths_in_document_order() {
        let read = ok(r#"{"z": 1, "c": {"x": 1, "y": 2}, "a": 1, "b": [], "m": {"n": 1}}"#);
        let found: Vec<(&str, &str)> = read
            .unknown
            .iter()
            .map(|u| (u.parent.as_str(), u.key.as_str()))
            .collect();
        assert_eq!(found, [("$", "z"), ("$.c", "y"), ("$", "m")]);
        // Not the fields of an object in the wrong place.
        assert!(ok(r#"{"b": {"k": 1}}"#).unknown.is_empty());
    }

    #[test]
    fn a_known_field_given_twice_is_refused() {
        let e = err("{\"a\": 1,\n \"a\": 2}");
        assert_eq!(e.reason, "a field name appears twice in the same object");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn errors_are_worded_and_placed_in_characters() {
        let e = err("{\n  \"é\": 1,\n  \"b\" 2\n}");
        assert_eq!(
            (e.line, e.column, e.reason.as_str()),
            (3, 7, "expected ':'")
        );
        assert_eq!(err("{\"a\": 1 \"b\"}").reason, "expected ',' or '}'");
        assert_eq!(err("[1 2]").reason, "expected ',' or ']'");
        assert_eq!(err("{} x").reason, "trailing text after the JSON value");
        assert_eq!(err("[1,").reason, "unexpected end of the file");
        assert_eq!(err("").reason, "unexpected end of the file");
        assert_eq!(err("nope").reason, "expected a value");
        assert_eq!(err(&"[".repeat(200)).reason, "nested too deeply");
        // serde_json's limit: 127 levels are read, the 128th is refused where it opens.
        let nested = |n: usize| "[".repeat(n) + &"]".repeat(n);
        assert!(read::<Raw>(nested(127).as_bytes()).is_ok());
        let e = read::<Raw>(nested(128).as_bytes()).unwrap_err();
        assert_eq!(
            (e.line, e.column, e.reason.as_str()),
            (1, 128, "nested too deeply")
        );
        assert_eq!(err("\"\\x\"").reason, "an unknown escape after '\\'");
        let e = err("\"caf\u{e9}\" \u{fc}");
        assert_eq!((e.line, e.column), (1, 8));
    }

    #[test]
    fn every_reason_has_a_translation() {
        use crate::core::catalogue::ProblemTexts;
        use crate::core::language::Lang;
        let ours = WORDING.iter().map(|(_, ours)| *ours);
        for reason in ours.chain([DUPLICATE_FIELD, NOT_UTF8, END_OF_FILE, NUMBER_RULE]) {
            assert_eq!(ProblemTexts::of(Lang::En).json_reason(reason), reason);
            assert_ne!(
                ProblemTexts::of(Lang::De).json_reason(reason),
                reason,
                "{reason} has no key in ProblemTexts"
            );
        }
    }

    #[test]
    fn invalid_utf8_and_a_byte_order_mark() {
        let e = read::<Probe>(b"{\n \"a\": \"\xff\"}").unwrap_err();
        assert_eq!((e.line, e.column), (2, 8));
        assert!(matches!(
            read::<Probe>(b"\xEF\xBB\xBF{\"a\": 1}").unwrap().root,
            Object::Found(_)
        ));
    }

    #[test]
    fn numbers_keep_to_fifteen_significant_digits_and_1e22() {
        for fine in [
            "0",
            "-0",
            "1",
            "0.1",
            "2.5",
            "1e22",
            "-1e22",
            "1e-7",
            "100e-2",
            "1700000000000",
            "123456789012345",
            "123456789012345000",
            "0.123456789012345",
            "100000000000000000000",
        ] {
            assert!(
                matches!(probe(&format!("{{\"a\": {fine}}}")).a, Raw::Number(_)),
                "{fine}"
            );
        }
        for refused in [
            "1e23",
            "-1e23",
            "1e300",
            "1e400",
            "1234567890123456",
            "0.1234567890123456",
            "12345678901234567890123",
            "0.30000000000000004",
        ] {
            let e = err(&format!("{{\"a\": {refused}}}"));
            assert_eq!(e.reason, NUMBER_RULE, "{refused}");
        }
        // Inside a value of the wrong shape too.
        assert_eq!(err("{\"c\": [1e300]}").reason, NUMBER_RULE);
    }

    #[test]
    fn numbers_are_described_as_written() {
        let describe = |n: f64| Raw::Number(n).describe();
        assert_eq!(describe(2.0), "2");
        assert_eq!(describe(1.5), "1.5");
        assert_eq!(describe(-1e20), "-1e+20");
        assert_eq!(describe(1e-7), "1e-7");
        assert_eq!(Raw::Text("1".into()).describe(), "\"1\"");
        assert_eq!(Raw::Null.describe(), "null");
    }
}
