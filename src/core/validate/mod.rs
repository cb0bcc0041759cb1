//! Strict parsing of quiz files: bytes in, a [`Quiz`] or every problem found.
//!
//! The file is first read with serde into the lenient types of
//! [`super::quiz_file`], which fails only when the text is not JSON. The typed
//! file is then walked once. Each reader records what is wrong at its JSON
//! path and carries on, so one pass reports all problems, in a fixed order:
//! section by section, and within an object its unknown fields first.
//! References are resolved against sections read earlier (sources →
//! dimensions → questions → patterns/reflections).

mod message;
mod patterns;
mod problem;
mod reader;
mod sections;
mod ui;

pub use problem::{Expected, Hint, Noun, Place, Problem, ProblemKind, Range, RefKind, Section};

use super::lenient;
use super::quiz::Quiz;
use super::quiz_file::QuizFile;
use reader::{place_of, Reader};
use sections::read_quiz;

/// The largest quiz file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 256 * 1024;
/// The longest text accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 1000;
/// The longest text of a coach's `ui` override, in characters.
pub const MAX_UI_TEXT_CHARS: usize = 600;
/// The schema this app reads.
pub const SCHEMA: u64 = 1;

/// The most sources, dimensions and questions a quiz has.
pub(crate) const MAX_SOURCES: usize = 50;
pub(crate) const MAX_DIMENSIONS: usize = 20;
pub(crate) const MAX_QUESTIONS: usize = 200;
/// The most bands a dimension has.
pub(crate) const MAX_BANDS: usize = 10;
/// The most problems listed; how many more there are is said after them.
pub const MAX_LISTED: usize = 50;

/// The character at `line` and `column` (from 1) of `source`, when there is
/// a visible one there: what a syntax error stops at.
fn char_at(source: &[u8], line: usize, column: usize) -> Option<char> {
    let text = std::str::from_utf8(source).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let found = text
        .lines()
        .nth(line.checked_sub(1)?)?
        .chars()
        .nth(column.checked_sub(1)?)?;
    (!found.is_whitespace() && !found.is_control()).then_some(found)
}

/// Reads and validates a quiz file. Never panics, whatever the bytes.
pub fn parse_quiz(bytes: &[u8]) -> Result<Quiz, Vec<Problem>> {
    let at_root = |kind| {
        vec![Problem {
            path: "$".into(),
            kind,
            hint: None,
            place: None,
        }]
    };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(at_root(ProblemKind::TooLarge { bytes: bytes.len() }));
    }
    let file = lenient::read::<QuizFile>(bytes).map_err(|e| {
        // At the end of the file there is nothing to point at.
        let found = (e.reason != lenient::END_OF_FILE)
            .then(|| char_at(bytes, e.line, e.column))
            .flatten();
        at_root(ProblemKind::NotJson {
            line: e.line,
            column: e.column,
            reason: e.reason,
            found,
        })
    })?;
    let mut r = Reader::new(file.unknown);
    let quiz = read_quiz(&mut r, &file.root);
    match quiz {
        Some(quiz) if r.problems.is_empty() => Ok(quiz),
        _ => {
            let Reader {
                mut problems,
                names,
                first_source,
                ..
            } = r;
            for p in &mut problems {
                p.place = place_of(&p.path, &names);
            }
            Err(listed(missing_sources_once(problems, first_source)))
        }
    }
}

/// The first [`MAX_LISTED`] problems and, when there are more, how many:
/// a file of thousands of broken items is listed in a moment, and a person
/// reads the first problems anyway.
fn listed(mut problems: Vec<Problem>) -> Vec<Problem> {
    if problems.len() > MAX_LISTED {
        let count = problems.len() - MAX_LISTED;
        problems.truncate(MAX_LISTED);
        problems.push(Problem {
            path: "$".into(),
            kind: ProblemKind::NotListed { count },
            hint: None,
            place: None,
        });
    }
    problems
}

/// How many problems `problems` stands for: each one, and the number of
/// those not listed.
pub fn total(problems: &[Problem]) -> usize {
    problems
        .iter()
        .map(|p| match p.kind {
            ProblemKind::NotListed { count } => count,
            _ => 1,
        })
        .sum()
}

/// Every item that lacks its `sources` as one problem, at the first of
/// them, saying what to write and where else it is missing: a file written
/// without credits would otherwise list the same thing once per item. The
/// file's own list of sources (`$`) is not an item's.
fn missing_sources_once(problems: Vec<Problem>, first_source: Option<String>) -> Vec<Problem> {
    let lacks = |p: &Problem| p.kind == ProblemKind::Missing("sources") && p.path != "$";
    let elsewhere: Vec<(Option<Place>, String)> = problems
        .iter()
        .filter(|p| lacks(p))
        .skip(1)
        .map(|p| (p.place.clone(), p.path.clone()))
        .collect();
    let mut first = true;
    let mut out = Vec::with_capacity(problems.len() - elsewhere.len());
    for mut p in problems {
        if lacks(&p) {
            if !first {
                continue;
            }
            first = false;
            p.hint = Some(Hint::AddSources {
                fix: first_source
                    .as_ref()
                    .map(|id| format!("\"sources\": [\"{id}\"]")),
                elsewhere: elsewhere.clone(),
            });
        }
        out.push(p);
    }
    out
}
