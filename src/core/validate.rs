//! Strict parsing of quiz files: bytes in, a [`Quiz`] or every problem found.
//!
//! The file is first read with serde into the lenient types of
//! [`super::quiz_file`], which fails only when the text is not JSON. The typed
//! file is then walked once. Each reader records what is wrong at its JSON
//! path and carries on, so one pass reports all problems, in a fixed order:
//! section by section, and within an object its unknown fields first.
//! References are resolved against sections read earlier (sources →
//! dimensions → questions → patterns/reflections).

use std::collections::BTreeMap;
use std::fmt;

use super::lenient::{self, Field, List, Object, Raw, UnknownField};
use super::quiz::*;
use super::quiz_file::*;

/// The largest quiz file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 256 * 1024;
/// The longest text accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 1000;
/// The schema this app reads.
pub const SCHEMA: u64 = 1;

/// One thing wrong with a quiz file, at a JSON path such as `$.questions[2].text`.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

/// What is wrong; its `Display` is the plain-English message.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    TooLarge {
        bytes: usize,
    },
    NotJson {
        line: usize,
        column: usize,
        reason: String,
    },
    UnsupportedSchema {
        found: String,
    },
    NotAnObject,
    NotAnArray,
    Missing(&'static str),
    UnknownField(String),
    WrongType(&'static str),
    OutOfRange(&'static str),
    EmptyText,
    TextTooLong {
        chars: usize,
    },
    BadId(String),
    DuplicateId {
        id: String,
        first: String,
    },
    TooMany {
        count: usize,
        limit: usize,
        noun: &'static str,
    },
    TooFew {
        count: usize,
        min: usize,
        noun: &'static str,
    },
    UnknownReference {
        kind: &'static str,
        id: String,
    },
    UnmeasuredDimension,
    BandsNotContiguous {
        expected: u8,
        found: u8,
    },
    BandsDoNotStartAtZero,
    BandsDoNotEndAt100,
    BandInverted {
        min: u8,
        max: u8,
    },
    ConditionShape,
    NoDefaultPattern,
    AfterDefaultPattern,
    ScaleLabels {
        found: usize,
    },
    BadDate(String),
    BadLanguage(String),
    AdviceQuestionElsewhere {
        question: String,
        measures: String,
        advice: String,
    },
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind::*;
        match self {
            TooLarge { bytes } => write!(
                f,
                "the file is {} KB; the limit is {} KB",
                bytes.div_ceil(1024),
                MAX_FILE_BYTES / 1024
            ),
            NotJson { line, column, reason } => {
                write!(f, "not valid JSON at line {line}, column {column}: {reason}")
            }
            UnsupportedSchema { found } => {
                write!(f, "this app reads schema {SCHEMA}; this file says {found}")
            }
            NotAnObject => f.write_str("expected an object"),
            NotAnArray => f.write_str("expected a list"),
            Missing(field) => write!(f, "missing field \"{field}\""),
            UnknownField(field) => write!(f, "unknown field \"{field}\""),
            WrongType(expected) => write!(f, "expected {expected}"),
            OutOfRange(range) => write!(f, "must be {range}"),
            EmptyText => f.write_str("must not be empty"),
            TextTooLong { chars } => {
                write!(f, "{chars} characters; the limit is {MAX_TEXT_CHARS}")
            }
            BadId(id) => write!(
                f,
                "\"{id}\" is not a valid id (use 1–40 of a–z, 0–9 and -, starting with a letter or digit)"
            ),
            DuplicateId { id, first } => write!(f, "\"{id}\" is already used by {first}"),
            TooMany { count, limit, noun } => {
                write!(f, "{count} {noun}; the limit is {limit}")
            }
            TooFew { count, min, noun } => write!(f, "{count} {noun}; at least {min} needed"),
            UnknownReference { kind, id } => write!(f, "no {kind} has the id \"{id}\""),
            UnmeasuredDimension => f.write_str("no question measures this dimension"),
            BandsNotContiguous { expected, found } => write!(
                f,
                "expected {expected} (one above the previous band's max), found {found}"
            ),
            BandsDoNotStartAtZero => f.write_str("the first band must start at 0"),
            BandsDoNotEndAt100 => f.write_str("the last band must end at 100"),
            BandInverted { min, max } => write!(f, "min {min} is above max {max}"),
            ConditionShape => f.write_str("give exactly one of \"below\" or \"at_least\""),
            AdviceQuestionElsewhere {
                question,
                measures,
                advice,
            } => write!(
                f,
                "question \"{question}\" measures \"{measures}\"; advice can only name questions of its own dimension, \"{advice}\""
            ),
            NoDefaultPattern => {
                f.write_str("no default pattern (one with an empty \"when\")")
            }
            AfterDefaultPattern => {
                f.write_str("comes after the default pattern, so it can never match")
            }
            ScaleLabels { found } => write!(f, "expected exactly 5 labels, found {found}"),
            BadDate(date) => write!(f, "\"{date}\" is not a date in the form YYYY-MM-DD"),
            BadLanguage(tag) => write!(f, "\"{tag}\" is not a language tag such as en or en-GB"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

/// Reads and validates a quiz file. Never panics, whatever the bytes.
pub fn parse_quiz(bytes: &[u8]) -> Result<Quiz, Vec<Problem>> {
    let at_root = |kind| {
        vec![Problem {
            path: "$".into(),
            kind,
        }]
    };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(at_root(ProblemKind::TooLarge { bytes: bytes.len() }));
    }
    let file = lenient::read::<QuizFile>(bytes).map_err(|e| {
        at_root(ProblemKind::NotJson {
            line: e.line,
            column: e.column,
            reason: e.reason,
        })
    })?;
    let mut r = Reader::new(file.unknown);
    let quiz = read_quiz(&mut r, &file.root);
    match quiz {
        Some(quiz) if r.problems.is_empty() => Ok(quiz),
        _ => Err(r.problems),
    }
}

/// Collects problems while the file is walked.
struct Reader {
    problems: Vec<Problem>,
    /// The unknown fields of each object, by the object's path, in document
    /// order; reported when the walk reaches that object.
    unknown: BTreeMap<String, Vec<String>>,
}

impl Reader {
    fn new(unknown: Vec<UnknownField>) -> Reader {
        let mut by_object: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for UnknownField { parent, key } in unknown {
            by_object.entry(parent).or_default().push(key);
        }
        Reader {
            problems: Vec::new(),
            unknown: by_object,
        }
    }

    fn report(&mut self, path: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.to_string(),
            kind,
        });
    }

    /// A required field of the object at `object`, with the field's path; a
    /// "missing" problem at the object otherwise.
    fn req<'v, F: Field>(
        &mut self,
        object: &str,
        key: &'static str,
        v: &'v F,
    ) -> Option<(&'v F, String)> {
        if v.is_missing() {
            self.report(object, ProblemKind::Missing(key));
            None
        } else {
            Some((v, field_path(object, key)))
        }
    }

    /// An object's fields; its unknown fields are reported first.
    fn object<'v, T>(&mut self, v: &'v Object<T>, path: &str) -> Option<&'v T> {
        let Object::Found(fields) = v else {
            self.report(path, ProblemKind::NotAnObject);
            return None;
        };
        for key in self.unknown.remove(path).unwrap_or_default() {
            let at = field_path(path, &key);
            self.report(&at, ProblemKind::UnknownField(key));
        }
        Some(fields)
    }

    /// A list of `min..=max` items; a count outside the range is reported but the
    /// items are still read so their own problems show too.
    fn list<'v, T>(
        &mut self,
        v: &'v List<T>,
        path: &str,
        (min, max): (usize, usize),
        noun: &'static str,
    ) -> Option<&'v [T]> {
        let List::Found(items) = v else {
            self.report(path, ProblemKind::NotAnArray);
            return None;
        };
        let count = items.len();
        if count > max {
            self.report(
                path,
                ProblemKind::TooMany {
                    count,
                    limit: max,
                    noun,
                },
            );
        } else if count < min {
            self.report(path, ProblemKind::TooFew { count, min, noun });
        }
        Some(items)
    }

    fn text(&mut self, v: &Raw, path: &str) -> Option<String> {
        let Raw::Text(s) = v else {
            self.report(path, ProblemKind::WrongType("text"));
            return None;
        };
        let chars = s.chars().count();
        if s.trim().is_empty() {
            self.report(path, ProblemKind::EmptyText);
            None
        } else if chars > MAX_TEXT_CHARS {
            self.report(path, ProblemKind::TextTooLong { chars });
            None
        } else {
            Some(s.clone())
        }
    }

    fn id(&mut self, v: &Raw, path: &str) -> Option<String> {
        let Raw::Text(s) = v else {
            self.report(path, ProblemKind::WrongType("an id (text)"));
            return None;
        };
        if is_valid_id(s) {
            Some(s.clone())
        } else {
            self.report(path, ProblemKind::BadId(shorten(s)));
            None
        }
    }

    fn whole_number(
        &mut self,
        v: &Raw,
        path: &str,
        min: u64,
        max: u64,
        range: &'static str,
    ) -> Option<u64> {
        // Some(None): a whole number, but negative or too large for any range.
        let whole = match v {
            Raw::Number(n) if n.fract() == 0.0 => Some(v.as_u64()),
            _ => None,
        };
        match whole {
            None => {
                self.report(path, ProblemKind::WrongType("a whole number"));
                None
            }
            Some(Some(n)) if (min..=max).contains(&n) => Some(n),
            Some(_) => {
                self.report(path, ProblemKind::OutOfRange(range));
                None
            }
        }
    }

    fn number(
        &mut self,
        v: &Raw,
        path: &str,
        ok: fn(f64) -> bool,
        range: &'static str,
    ) -> Option<f64> {
        let Raw::Number(n) = *v else {
            self.report(path, ProblemKind::WrongType("a number"));
            return None;
        };
        if ok(n) {
            Some(n)
        } else {
            self.report(path, ProblemKind::OutOfRange(range));
            None
        }
    }

    fn boolean(&mut self, v: &Raw, path: &str) -> Option<bool> {
        let Raw::Bool(b) = *v else {
            self.report(path, ProblemKind::WrongType("true or false"));
            return None;
        };
        Some(b)
    }

    /// References to ids of an earlier list, resolved to indices.
    fn refs(
        &mut self,
        v: &List<Raw>,
        path: &str,
        bounds: (usize, usize),
        ids: &Ids,
        kind: &'static str,
    ) -> Option<Vec<usize>> {
        let items = self.list(v, path, bounds, "references")?;
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.reference(item, &index_path(path, i), ids, kind) {
                Some(ix) => out.push(ix),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn reference(&mut self, v: &Raw, path: &str, ids: &Ids, kind: &'static str) -> Option<usize> {
        let id = self.id(v, path)?;
        let found = ids.get(&id);
        if found.is_none() {
            self.report(path, ProblemKind::UnknownReference { kind, id });
        }
        found
    }

    /// A required text field.
    fn text_field(&mut self, object: &str, key: &'static str, v: &Raw) -> Option<String> {
        let (v, p) = self.req(object, key, v)?;
        self.text(v, &p)
    }

    /// A required id field.
    fn id_field(&mut self, object: &str, key: &'static str, v: &Raw) -> Option<String> {
        let (v, p) = self.req(object, key, v)?;
        self.id(v, &p)
    }

    /// The required `sources` of an item: at most 10 source ids, and at
    /// least `min` (0 where an empty list marks the author's own synthesis).
    fn sources(
        &mut self,
        object: &str,
        v: &List<Raw>,
        ids: &Ids,
        min: usize,
    ) -> Option<Vec<usize>> {
        let (v, p) = self.req(object, "sources", v)?;
        self.refs(v, &p, (min, 10), ids, "source")
    }
}

/// An optional field of the object at `object`, with its path, when it is there.
fn opt<'v, F: Field>(object: &str, key: &str, v: &'v F) -> Option<(&'v F, String)> {
    (!v.is_missing()).then(|| (v, field_path(object, key)))
}

/// Ids of one list, for duplicate checks and references. A sorted map, so a
/// file with thousands of items is still checked in a few milliseconds.
#[derive(Default)]
struct Ids {
    /// Each id's first use: (position in the list, JSON path).
    first: BTreeMap<String, (usize, String)>,
    /// The list positions that hold a (first) valid id, in list order.
    positions: Vec<usize>,
}

impl Ids {
    /// Records an id at `path`; a second use is reported against the first.
    fn add(&mut self, r: &mut Reader, id: &str, position: usize, path: &str) {
        if let Some((_, first)) = self.first.get(id) {
            let kind = ProblemKind::DuplicateId {
                id: id.to_string(),
                first: first.clone(),
            };
            r.report(&field_path(path, "id"), kind);
        } else {
            self.first
                .insert(id.to_string(), (position, path.to_string()));
            self.positions.push(position);
        }
    }

    fn get(&self, id: &str) -> Option<usize> {
        self.first.get(id).map(|(i, _)| *i)
    }

    /// The id first used at list position `position`.
    fn id_at(&self, position: usize) -> String {
        self.first
            .iter()
            .find(|(_, (p, _))| *p == position)
            .map(|(id, _)| id.clone())
            .unwrap_or_default()
    }
}

fn field_path(path: &str, key: &str) -> String {
    format!("{path}.{key}")
}

fn index_path(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// Ids are short, lowercase and URL-safe so they can appear in messages and links.
pub fn is_valid_id(s: &str) -> bool {
    let ok_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    (1..=40).contains(&s.len()) && s.chars().all(ok_char) && !s.starts_with('-')
}

/// Keeps echoed user input short in messages.
fn shorten(s: &str) -> String {
    if s.chars().count() <= 40 {
        s.to_string()
    } else {
        s.chars().take(40).chain("…".chars()).collect()
    }
}

fn is_valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let number =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

fn is_valid_language(s: &str) -> bool {
    (1..=35).contains(&s.len())
        && s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn read_quiz(r: &mut Reader, root: &Object<QuizFile>) -> Option<Quiz> {
    let at = "$";
    let top = r.object(root, at)?;
    // A different schema may mean different fields: report only that.
    match r.req(at, "schema", &top.schema) {
        Some((v, _)) if v.as_u64() == Some(SCHEMA) => {}
        Some((v, p)) => {
            r.problems.clear();
            r.report(
                &p,
                ProblemKind::UnsupportedSchema {
                    found: v.describe(),
                },
            );
            return None;
        }
        None => return None,
    }
    let id = r.id_field(at, "id", &top.id);
    let version = r.req(at, "version", &top.version).and_then(|(v, p)| {
        let s = r.text(v, &p)?;
        if s.chars().count() > 20 {
            r.report(&p, ProblemKind::OutOfRange("at most 20 characters"));
            return None;
        }
        Some(s)
    });
    let title = r.text_field(at, "title", &top.title);
    let intro = r.text_field(at, "intro", &top.intro);
    let minutes = r
        .req(at, "minutes", &top.minutes)
        .and_then(|(v, p)| r.whole_number(v, &p, 1, 120, "a whole number from 1 to 120"));
    let language = r
        .req(at, "language", &top.language)
        .and_then(|(v, p)| match v {
            Raw::Text(s) if is_valid_language(s) => Some(s.clone()),
            Raw::Text(s) => {
                r.report(&p, ProblemKind::BadLanguage(shorten(s)));
                None
            }
            _ => {
                r.report(&p, ProblemKind::WrongType("a language tag (text)"));
                None
            }
        });
    let scale = r
        .req(at, "scale", &top.scale)
        .and_then(|(v, p)| read_scale(r, v, &p));

    let mut source_ids = Ids::default();
    let sources = r.req(at, "sources", &top.sources).and_then(|(v, p)| {
        read_each(r, v, &p, (1, 50), "sources", |r, v, p, i| {
            read_source(r, v, p, i, &mut source_ids)
        })
    });

    let mut dimension_ids = Ids::default();
    let mut links = Vec::new();
    let mut dimensions = r.req(at, "dimensions", &top.dimensions).and_then(|(v, p)| {
        read_each(r, v, &p, (1, 20), "dimensions", |r, v, p, i| {
            read_dimension(r, v, p, i, &mut dimension_ids, &source_ids, &mut links)
        })
    });

    let mut question_ids = Ids::default();
    // The dimension each question measures, even when the question has other
    // problems, so an unmeasured dimension is reported alongside them.
    let mut measured: Option<Vec<Option<usize>>> = None;
    let questions = r.req(at, "questions", &top.questions).and_then(|(v, p)| {
        let mut seen = Vec::new();
        let questions = read_each(r, v, &p, (1, 200), "questions", |r, v, p, i| {
            let (question, dimension) =
                read_question(r, v, p, i, &mut question_ids, &dimension_ids, &source_ids);
            seen.push(dimension);
            question
        });
        measured = matches!(v, List::Found(_)).then_some(seen);
        questions
    });
    // A question whose dimension did not resolve might have meant any of them.
    let question_dims = measured.clone().unwrap_or_default();
    if let Some(Some(measured)) = measured.map(|m| m.into_iter().collect::<Option<Vec<usize>>>()) {
        let mut is_measured = vec![false; dimension_ids.positions.last().map_or(0, |&d| d + 1)];
        for d in measured {
            if let Some(slot) = is_measured.get_mut(d) {
                *slot = true;
            }
        }
        for &d in &dimension_ids.positions {
            if !is_measured[d] {
                r.report(
                    &format!("$.dimensions[{d}]"),
                    ProblemKind::UnmeasuredDimension,
                );
            }
        }
    }

    // Advice names questions of its own dimension; the questions are known now.
    for link in links {
        let (d, b, a) = link.at;
        let Some(resolved) = r.refs(link.ids, &link.path, (1, 10), &question_ids, "question")
        else {
            continue;
        };
        let mut ok = true;
        for (k, &q) in resolved.iter().enumerate() {
            if let Some(Some(measures)) = question_dims.get(q).copied().filter(|m| *m != Some(d)) {
                ok = false;
                let kind = ProblemKind::AdviceQuestionElsewhere {
                    question: question_ids.id_at(q),
                    measures: dimension_ids.id_at(measures),
                    advice: dimension_ids.id_at(d),
                };
                r.report(&index_path(&link.path, k), kind);
            }
        }
        if let Some(advice) = dimensions
            .as_mut()
            .and_then(|ds| ds.get_mut(d)?.bands.get_mut(b)?.advice.get_mut(a))
            .filter(|_| ok)
        {
            advice.questions = resolved;
        }
    }

    let patterns = r
        .req(at, "patterns", &top.patterns)
        .and_then(|(v, p)| read_patterns(r, v, &p, &dimension_ids, &source_ids));

    let reflections = r
        .req(at, "reflections", &top.reflections)
        .and_then(|(v, p)| {
            let mut ids = Ids::default();
            read_each(r, v, &p, (0, 50), "reflections", |r, v, p, i| {
                let o = r.object(v, p)?;
                let id = r.id_field(p, "id", &o.id);
                if let Some(id) = &id {
                    ids.add(r, id, i, p);
                }
                let prompt = r.text_field(p, "prompt", &o.prompt);
                let questions = r
                    .req(p, "questions", &o.questions)
                    .and_then(|(v, p)| r.refs(v, &p, (1, 20), &question_ids, "question"));
                Some(Reflection {
                    id: id?,
                    prompt: prompt?,
                    questions: questions?,
                })
            })
        });

    Some(Quiz {
        id: id?,
        version: version?,
        title: title?,
        intro: intro?,
        minutes: minutes? as u32,
        language: language?,
        scale: scale?,
        sources: sources?,
        dimensions: dimensions?,
        questions: questions?,
        patterns: patterns?,
        reflections: reflections?,
        ui: Vec::new(),
    })
}

/// Reads every item of a list; the result is `None` if any item failed.
fn read_each<'v, T, U>(
    r: &mut Reader,
    v: &'v List<T>,
    path: &str,
    bounds: (usize, usize),
    noun: &'static str,
    mut item: impl FnMut(&mut Reader, &'v T, &str, usize) -> Option<U>,
) -> Option<Vec<U>> {
    let items = r.list(v, path, bounds, noun)?;
    let before = r.problems.len();
    let out: Vec<Option<U>> = items
        .iter()
        .enumerate()
        .map(|(i, v)| item(r, v, &index_path(path, i), i))
        .collect();
    let complete = r.problems.len() == before;
    out.into_iter()
        .collect::<Option<Vec<U>>>()
        .filter(|_| complete)
}

fn read_scale(r: &mut Reader, v: &Object<ScaleFile>, path: &str) -> Option<Scale> {
    let o = r.object(v, path)?;
    let labels = r.req(path, "labels", &o.labels).and_then(|(v, p)| {
        let List::Found(items) = v else {
            r.report(&p, ProblemKind::NotAnArray);
            return None;
        };
        if items.len() != 5 {
            r.report(&p, ProblemKind::ScaleLabels { found: items.len() });
        }
        let texts: Vec<Option<String>> = items
            .iter()
            .enumerate()
            .map(|(i, v)| r.text(v, &index_path(&p, i)))
            .collect();
        let texts: Vec<String> = texts.into_iter().collect::<Option<_>>()?;
        <[String; 5]>::try_from(texts).ok()
    });
    let not_sure = match opt(path, "not_sure", &o.not_sure) {
        Some((v, p)) => Some(r.text(v, &p)?),
        None => None,
    };
    Some(Scale {
        labels: labels?,
        not_sure,
    })
}

fn read_source(
    r: &mut Reader,
    v: &Object<SourceFile>,
    path: &str,
    i: usize,
    ids: &mut Ids,
) -> Option<Source> {
    let o = r.object(v, path)?;
    let id = r.id_field(path, "id", &o.id);
    if let Some(id) = &id {
        ids.add(r, id, i, path);
    }
    let title = r.text_field(path, "title", &o.title);
    let author = r.text_field(path, "author", &o.author);
    let date = match opt(path, "date", &o.date) {
        Some((v, p)) => match v {
            Raw::Text(s) if is_valid_date(s) => Some(Some(s.clone())),
            Raw::Text(s) => {
                r.report(&p, ProblemKind::BadDate(shorten(s)));
                None
            }
            _ => {
                r.report(&p, ProblemKind::WrongType("a date (text)"));
                None
            }
        },
        None => Some(None),
    };
    Some(Source {
        id: id?,
        title: title?,
        author: author?,
        date: date?,
    })
}

fn read_dimension<'f>(
    r: &mut Reader,
    v: &'f Object<DimensionFile>,
    path: &str,
    i: usize,
    ids: &mut Ids,
    sources: &Ids,
    links: &mut Vec<AdviceLinks<'f>>,
) -> Option<Dimension> {
    let o = r.object(v, path)?;
    let id = r.id_field(path, "id", &o.id);
    if let Some(id) = &id {
        ids.add(r, id, i, path);
    }
    let name = r.text_field(path, "name", &o.name);
    let description = r.text_field(path, "description", &o.description);
    let bands = r.req(path, "bands", &o.bands).and_then(|(v, p)| {
        // Each band's (min, max), so coverage is checked even when a band has
        // other problems.
        let mut bounds = Vec::new();
        let bands = read_each(r, v, &p, (1, 10), "bands", |r, v, p, b| {
            let (band, range) = read_band(r, v, p, sources, (i, b), links);
            bounds.push(range);
            band
        });
        let bounds: Option<Vec<(u8, u8)>> = bounds.into_iter().collect();
        let covered = bounds.is_some_and(|b| check_band_coverage(r, &b, &p));
        bands.filter(|_| covered)
    });
    let discussion = match opt(path, "discussion", &o.discussion) {
        Some((v, p)) => read_each(r, v, &p, (0, 5), "discussion prompts", |r, v, p, _| {
            r.text(v, p)
        }),
        None => Some(Vec::new()),
    };
    Some(Dimension {
        id: id?,
        name: name?,
        description: description?,
        bands: bands?,
        discussion: discussion?,
    })
}

/// An advice item's optional `questions`, kept until the questions are read.
struct AdviceLinks<'f> {
    /// (dimension, band, advice item) positions.
    at: (usize, usize, usize),
    path: String,
    ids: &'f List<Raw>,
}

/// A band, and its (min, max) when those could be read. `at` is the
/// band's (dimension, band) position.
fn read_band<'f>(
    r: &mut Reader,
    v: &'f Object<BandFile>,
    path: &str,
    sources: &Ids,
    (dimension, band): (usize, usize),
    links: &mut Vec<AdviceLinks<'f>>,
) -> (Option<Band>, Option<(u8, u8)>) {
    let Some(o) = r.object(v, path) else {
        return (None, None);
    };
    let min = band_bound(r, path, "min", &o.min);
    let max = band_bound(r, path, "max", &o.max);
    let headline = r.text_field(path, "headline", &o.headline);
    let advice = r.req(path, "advice", &o.advice).and_then(|(v, p)| {
        read_each(r, v, &p, (1, 10), "advice items", |r, v, p, a| {
            let o = r.object(v, p)?;
            let text = r.text_field(p, "text", &o.text);
            let sources = r.sources(p, &o.sources, sources, 0);
            if let Some((ids, path)) = opt(p, "questions", &o.questions) {
                links.push(AdviceLinks {
                    at: (dimension, band, a),
                    path,
                    ids,
                });
            }
            Some(Advice {
                text: text?,
                sources: sources?,
                questions: Vec::new(),
            })
        })
    });
    let (Some(min), Some(max)) = (min, max) else {
        return (None, None);
    };
    if min > max {
        r.report(path, ProblemKind::BandInverted { min, max });
        return (None, None);
    }
    let band = headline.zip(advice).map(|(headline, advice)| Band {
        min,
        max,
        headline,
        advice,
    });
    (band, Some((min, max)))
}

/// A band's `min` or `max`.
fn band_bound(r: &mut Reader, band: &str, key: &'static str, v: &Raw) -> Option<u8> {
    let (v, p) = r.req(band, key, v)?;
    r.whole_number(v, &p, 0, 100, "a whole number from 0 to 100")
        .map(|n| n as u8)
}

/// Bands must tile 0..=100 in order; reports the first break in the tiling.
fn check_band_coverage(r: &mut Reader, bands: &[(u8, u8)], path: &str) -> bool {
    let Some(&(first_min, _)) = bands.first() else {
        return false;
    };
    if first_min != 0 {
        r.report(
            &format!("{path}[0].min"),
            ProblemKind::BandsDoNotStartAtZero,
        );
        return false;
    }
    for (i, pair) in bands.windows(2).enumerate() {
        let expected = pair[0].1.saturating_add(1);
        if pair[1].0 != expected {
            let kind = ProblemKind::BandsNotContiguous {
                expected,
                found: pair[1].0,
            };
            r.report(&format!("{path}[{}].min", i + 1), kind);
            return false;
        }
    }
    if bands[bands.len() - 1].1 != 100 {
        r.report(
            &format!("{path}[{}].max", bands.len() - 1),
            ProblemKind::BandsDoNotEndAt100,
        );
        return false;
    }
    true
}

/// A question, and the dimension it measures when that much could be read.
fn read_question(
    r: &mut Reader,
    v: &Object<QuestionFile>,
    path: &str,
    i: usize,
    ids: &mut Ids,
    dimensions: &Ids,
    sources: &Ids,
) -> (Option<Question>, Option<usize>) {
    let Some(o) = r.object(v, path) else {
        return (None, None);
    };
    let id = r.id_field(path, "id", &o.id);
    if let Some(id) = &id {
        ids.add(r, id, i, path);
    }
    let dimension = r
        .req(path, "dimension", &o.dimension)
        .and_then(|(v, p)| r.reference(v, &p, dimensions, "dimension"));
    let text = r.text_field(path, "text", &o.text);
    let reverse = match opt(path, "reverse", &o.reverse) {
        Some((v, p)) => r.boolean(v, &p),
        None => Some(false),
    };
    let weight = match opt(path, "weight", &o.weight) {
        Some((v, p)) => r.number(
            v,
            &p,
            |w| w > 0.0 && w <= 10.0,
            "more than 0 and at most 10",
        ),
        None => Some(1.0),
    };
    let sources = r.sources(path, &o.sources, sources, 1);
    let question = match (id, dimension, text, reverse, weight, sources) {
        (Some(id), Some(dimension), Some(text), Some(reverse), Some(weight), Some(sources)) => {
            Some(Question {
                id,
                dimension,
                text,
                reverse,
                weight,
                sources,
            })
        }
        _ => None,
    };
    (question, dimension)
}

fn read_patterns(
    r: &mut Reader,
    v: &List<Object<PatternFile>>,
    path: &str,
    dimensions: &Ids,
    sources: &Ids,
) -> Option<Vec<Pattern>> {
    let mut ids = Ids::default();
    let patterns = read_each(r, v, path, (1, 50), "patterns", |r, v, p, i| {
        let o = r.object(v, p)?;
        let id = r.id_field(p, "id", &o.id);
        if let Some(id) = &id {
            ids.add(r, id, i, p);
        }
        let name = r.text_field(p, "name", &o.name);
        let when = r.req(p, "when", &o.when).and_then(|(v, p)| {
            read_each(r, v, &p, (0, 20), "conditions", |r, v, p, _| {
                read_condition(r, v, p, dimensions)
            })
        });
        let summary = r.text_field(p, "summary", &o.summary);
        let try_first = r.text_field(p, "try_first", &o.try_first);
        let sources = r.sources(p, &o.sources, sources, 0);
        Some(Pattern {
            id: id?,
            name: name?,
            when: when?,
            summary: summary?,
            try_first: try_first?,
            sources: sources?,
        })
    });
    // Which patterns are defaults is known as soon as every "when" is a list,
    // even if the patterns have other problems.
    let defaults: Option<Vec<bool>> = match v {
        List::Found(items) => items
            .iter()
            .map(|p| match p {
                Object::Found(PatternFile {
                    when: List::Found(when),
                    ..
                }) => Some(when.is_empty()),
                _ => None,
            })
            .collect(),
        _ => None,
    };
    let defaults = defaults?;
    match defaults.iter().position(|&default| default) {
        None => {
            r.report(path, ProblemKind::NoDefaultPattern);
            None
        }
        Some(d) if d + 1 < defaults.len() => {
            r.report(&index_path(path, d + 1), ProblemKind::AfterDefaultPattern);
            None
        }
        Some(_) => patterns,
    }
}

fn read_condition(
    r: &mut Reader,
    v: &Object<ConditionFile>,
    path: &str,
    dimensions: &Ids,
) -> Option<Condition> {
    let o = r.object(v, path)?;
    let dimension = r
        .req(path, "dimension", &o.dimension)
        .and_then(|(v, p)| r.reference(v, &p, dimensions, "dimension"));
    let in_range: fn(f64) -> bool = |n| (0.0..=100.0).contains(&n);
    let range = "a number from 0 to 100";
    let threshold = match (
        opt(path, "below", &o.below),
        opt(path, "at_least", &o.at_least),
    ) {
        (Some((v, p)), None) => r.number(v, &p, in_range, range).map(Threshold::Below),
        (None, Some((v, p))) => r.number(v, &p, in_range, range).map(Threshold::AtLeast),
        _ => {
            r.report(path, ProblemKind::ConditionShape);
            None
        }
    };
    Some(Condition {
        dimension: dimension?,
        threshold: threshold?,
    })
}
