//! Opening a quiz file as a draft, writing a draft as a quiz file, and checking it with the validator.

use std::fmt;

use super::Draft;
use crate::core::lenient;
use crate::core::quiz::Quiz;
use crate::core::quiz_file::QuizFile;
use crate::core::validate::{parse_quiz, Problem, MAX_FILE_BYTES, SCHEMA};

/// Why a file cannot be opened as a draft. A file that opens may still
/// have every kind of problem the validator finds: the editor shows them.
#[derive(Debug, Clone, PartialEq)]
pub enum OpenError {
    /// Larger than a quiz file may be ([`MAX_FILE_BYTES`]).
    TooLarge { bytes: usize },
    /// Not UTF-8 JSON (in the validator's words: where and why).
    NotJson {
        line: usize,
        column: usize,
        reason: String,
    },
    /// JSON, but not an object: a list, a text, a number.
    NotAnObject,
    /// A `schema` other than 1: its fields may mean something else.
    OtherSchema { found: String },
    /// An object, but a value of a shape a quiz file never has there (a
    /// list where a text goes, `questions` that is not a list), at this
    /// line and column; `reason` is serde's, in English.
    NotAQuiz {
        line: usize,
        column: usize,
        reason: String,
    },
}

impl fmt::Display for OpenError {
    /// In English, for logs and tests; the screen words these itself.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::TooLarge { bytes } => write!(
                f,
                "the file is {} KB; the limit is {} KB",
                bytes.div_ceil(1024),
                MAX_FILE_BYTES / 1024
            ),
            OpenError::NotJson {
                line,
                column,
                reason,
            } => write!(
                f,
                "not valid JSON at line {line}, column {column}: {reason}"
            ),
            OpenError::NotAnObject => f.write_str("not a quiz file: expected an object"),
            OpenError::OtherSchema { found } => {
                write!(f, "this app reads schema {SCHEMA}; this file says {found}")
            }
            OpenError::NotAQuiz {
                line,
                column,
                reason,
            } => write!(
                f,
                "not in a quiz file's shape at line {line}, column {column}: {reason}"
            ),
        }
    }
}

impl std::error::Error for OpenError {}

/// A file opened as a draft, with the fields a draft has no place for.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub draft: Draft,
    /// The JSON paths of fields the format does not know (`$.questions[1].wieght`),
    /// in file order: they are left out of the draft, so the editor can
    /// say so (the validator would refuse them).
    pub left_out: Vec<String>,
}

impl Draft {
    /// A quiz file as a draft: any JSON object in a quiz file's shape
    /// opens, valid or not, and fields it lacks are empty. See [`Draft::read`].
    pub fn open(bytes: &[u8]) -> Result<Draft, OpenError> {
        Draft::read(bytes).map(|opened| opened.draft)
    }

    /// [`Draft::open`], with the unknown fields it left out. JSON is read
    /// by the validator's rules (UTF-8, a byte-order mark ignored, no field
    /// name twice in an object, numbers of at most 15 significant digits),
    /// so what is not JSON here is not JSON to the checker either. `null`
    /// in an optional field reads as left out.
    pub fn read(bytes: &[u8]) -> Result<Opened, OpenError> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(OpenError::TooLarge { bytes: bytes.len() });
        }
        let document = lenient::read::<QuizFile>(bytes).map_err(|e| OpenError::NotJson {
            line: e.line,
            column: e.column,
            reason: e.reason,
        })?;
        let lenient::Object::Found(file) = &document.root else {
            return Err(OpenError::NotAnObject);
        };
        match &file.schema {
            lenient::Raw::Missing => {}
            found if found.as_u64() == Some(SCHEMA) => {}
            found => {
                return Err(OpenError::OtherSchema {
                    found: found.describe(),
                })
            }
        }
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut draft: Draft = serde_json::from_slice(text).map_err(|e| OpenError::NotAQuiz {
            line: e.line(),
            column: e.column(),
            reason: reason_of(&e),
        })?;
        draft.schema = SCHEMA as f64;
        let left_out = document
            .unknown
            .into_iter()
            .map(|u| format!("{}.{}", u.parent, u.key))
            .collect();
        Ok(Opened { draft, left_out })
    }

    /// The draft as a quiz file: pretty-printed JSON (2-space indent, a
    /// newline at the end), fields in the format's order, optional fields
    /// left out when empty, whole numbers without a decimal point.
    ///
    /// A file that pretty-printing would take over the size limit (one a
    /// little under it, written compactly) is written compactly instead, so
    /// that a file that opens is always written back as one that opens.
    pub fn to_file(&self) -> String {
        // A draft has string keys and finite numbers only: it always writes.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        if text.len() >= MAX_FILE_BYTES {
            text = serde_json::to_string(self).unwrap_or_default();
        }
        text.push('\n');
        text
    }

    /// What the validator makes of the file [`Draft::to_file`] writes: the
    /// quiz, or every problem, at JSON paths into that file (which
    /// [`super::field_of`] turns into the draft's fields).
    pub fn check(&self) -> Result<Quiz, Vec<Problem>> {
        parse_quiz(self.to_file().as_bytes())
    }
}

/// serde's message without its " at line … column …", which the error says apart.
fn reason_of(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}
