//! Result files: one person's result as a small JSON file, written and read strictly.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::catalogue::{fill, ProblemTexts};
use super::fingerprint::Fingerprint;
use super::language::Lang;
use super::lenient::{self, Object, Raw};
use super::share_code::{decode, DecodeError, SharedResult};
use super::text::is_valid_date;

/// Larger result files are not read at all.
pub const MAX_RESULT_FILE_BYTES: usize = 16 * 1024;
/// The result-file format this build writes (and the only one it reads).
pub const RESULT_FILE_VERSION: u64 = 1;

/// A result file that was read: its code, decoded, and when it was taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultFile {
    pub quiz: String,
    pub code: String,
    pub result: SharedResult,
    /// `YYYY-MM-DD`.
    pub taken: String,
}

/// Why a file could not be read as a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileError {
    TooLarge,
    /// Not JSON, or not a JSON object.
    NotAResultFile,
    NewerFormat,
    /// A field is missing, unknown or wrong; says which.
    Malformed(ResultFileDamage),
    /// The code inside was refused.
    Code(DecodeError),
}

/// What is wrong in a damaged result file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFileDamage {
    /// `candor_result` is not a format version.
    NoVersion,
    UnknownField,
    NoQuiz,
    NoCode,
    NameNotText,
    /// The name differs from the one the code carries.
    NameMismatch,
    NoDate,
    BadDate,
}

impl ResultFileDamage {
    /// What is damaged, in the language of `t`.
    pub fn message(self, t: &ProblemTexts) -> &'static str {
        match self {
            ResultFileDamage::NoVersion => t.result_file_no_version(),
            ResultFileDamage::UnknownField => t.result_file_unknown_field(),
            ResultFileDamage::NoQuiz => t.result_file_no_quiz(),
            ResultFileDamage::NoCode => t.result_file_no_code(),
            ResultFileDamage::NameNotText => t.result_file_name_not_text(),
            ResultFileDamage::NameMismatch => t.result_file_name_mismatch(),
            ResultFileDamage::NoDate => t.result_file_no_date(),
            ResultFileDamage::BadDate => t.result_file_bad_date(),
        }
    }
}

impl FileError {
    /// The reason in the language of `t`.
    pub fn message(&self, t: &ProblemTexts) -> String {
        match self {
            FileError::TooLarge => t.result_file_too_large().to_string(),
            FileError::NotAResultFile => t.result_file_not_one().to_string(),
            FileError::NewerFormat => t.result_file_newer().to_string(),
            FileError::Malformed(what) => {
                fill(t.result_file_damaged(), &[("what", &what.message(t))])
            }
            FileError::Code(e) => e.message(t),
        }
    }
}

impl fmt::Display for FileError {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(ProblemTexts::of(Lang::En)))
    }
}

/// A result file as written. The code is what counts; the rest is for people
/// reading the file.
#[derive(Serialize)]
struct ResultFileText<'a> {
    candor_result: u64,
    quiz: &'a str,
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    taken: &'a str,
}

/// A result file as read: every field as found, so each problem gets its own
/// message (unknown fields are collected by [`lenient::read`]).
#[derive(Default, Deserialize)]
#[serde(default)]
struct ResultFileFields {
    candor_result: Raw,
    quiz: Raw,
    code: Raw,
    name: Raw,
    taken: Raw,
}

/// The text of a result file: pretty JSON, two-space indents, a final line
/// break. `name` should be the name the code carries.
pub fn result_file(quiz_id: &str, code: &str, name: Option<&str>, taken: &str) -> String {
    let file = ResultFileText {
        candor_result: RESULT_FILE_VERSION,
        quiz: quiz_id,
        code,
        name,
        taken,
    };
    // Only strings and an integer, which serde_json always writes; the empty
    // fallback is never taken.
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads a result file strictly: known fields only, a code for this quiz, a
/// name (when given) matching the code's, a `YYYY-MM-DD` date.
pub fn read_result_file(
    bytes: &[u8],
    fp: Fingerprint,
    questions: usize,
) -> Result<ResultFile, FileError> {
    if bytes.len() > MAX_RESULT_FILE_BYTES {
        return Err(FileError::TooLarge);
    }
    let Ok(lenient::Document {
        root: Object::Found(file),
        unknown,
    }) = lenient::read::<ResultFileFields>(bytes)
    else {
        return Err(FileError::NotAResultFile);
    };
    // Without its marker field, a JSON file is some other file, not a damaged
    // result. The version comes before the fields: a newer format may have others.
    match &file.candor_result {
        Raw::Missing => return Err(FileError::NotAResultFile),
        v => match v.as_u64() {
            Some(RESULT_FILE_VERSION) => {}
            Some(v) if v > RESULT_FILE_VERSION => return Err(FileError::NewerFormat),
            _ => return Err(FileError::Malformed(ResultFileDamage::NoVersion)),
        },
    }
    if !unknown.is_empty() {
        return Err(FileError::Malformed(ResultFileDamage::UnknownField));
    }
    let quiz = match file.quiz {
        Raw::Text(q) if !q.is_empty() && q.len() <= 100 => q,
        _ => return Err(FileError::Malformed(ResultFileDamage::NoQuiz)),
    };
    let Raw::Text(code) = file.code else {
        return Err(FileError::Malformed(ResultFileDamage::NoCode));
    };
    let result = decode(&code, fp, questions).map_err(FileError::Code)?;
    let name = match file.name {
        Raw::Missing => None,
        Raw::Text(name) => Some(name),
        _ => return Err(FileError::Malformed(ResultFileDamage::NameNotText)),
    };
    if name != result.name {
        return Err(FileError::Malformed(ResultFileDamage::NameMismatch));
    }
    let Raw::Text(taken) = file.taken else {
        return Err(FileError::Malformed(ResultFileDamage::NoDate));
    };
    if !is_valid_date(&taken) {
        return Err(FileError::Malformed(ResultFileDamage::BadDate));
    }
    Ok(ResultFile {
        quiz,
        code: code.trim().to_string(),
        result,
        taken,
    })
}
