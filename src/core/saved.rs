//! The records Candor keeps on the reader's device, as versioned JSON.
//!
//! Stored text is untrusted (another tab, an extension or an old version may
//! have written it), so reading is strict and bounded: anything unexpected is
//! an error the shell answers by setting the value aside and telling the reader.

use std::fmt;

use super::json::{self, quote, Json};

use super::answers::{sheet_from_digits, sheet_to_digits};
use super::fingerprint::Fingerprint;
use super::progress::{Attempt, History, Progress, HISTORY_LIMIT};

/// The record format written by this version.
pub const RECORD_VERSION: u64 = 1;
/// Larger stored values are not read at all.
pub const MAX_RECORD_BYTES: usize = 64 * 1024;

/// Why a stored record could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedError {
    TooLarge,
    NotJson,
    NewerVersion(u64),
    Malformed(&'static str),
    OtherQuizVersion,
}

impl fmt::Display for SavedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedError::TooLarge => f.write_str("it is larger than Candor ever writes"),
            SavedError::NotJson => f.write_str("it is not in a format Candor can read"),
            SavedError::NewerVersion(v) => {
                write!(
                    f,
                    "it was written by a newer version of Candor (format {v})"
                )
            }
            SavedError::Malformed(what) => write!(f, "it is damaged ({what})"),
            SavedError::OtherQuizVersion => {
                f.write_str("it belongs to a different version of this quiz")
            }
        }
    }
}

/// `abcd1234`: the fingerprint as it appears in records.
pub fn fingerprint_hex(f: Fingerprint) -> String {
    format!("{:04x}{:04x}", f.quiz, f.content)
}

pub fn encode_progress(p: &Progress, fp: Fingerprint) -> String {
    let filed = p.filed.map_or("null".to_string(), json::format_number);
    format!(
        r#"{{"v":{RECORD_VERSION},"fingerprint":{},"answers":{},"position":{},"filed":{filed}}}"#,
        quote(&fingerprint_hex(fp)),
        quote(&sheet_to_digits(&p.answers)),
        p.position
    )
}

pub fn decode_progress(
    text: &str,
    fp: Fingerprint,
    questions: usize,
) -> Result<Progress, SavedError> {
    let record = open_record(text, fp)?;
    let answers = answers_field(&record, questions)?;
    let position = record
        .get("position")
        .and_then(Json::as_u64)
        .filter(|&p| (p as usize) < questions)
        .ok_or(SavedError::Malformed("no valid position"))? as usize;
    let filed = match record.get("filed") {
        None | Some(Json::Null) => None,
        Some(at) => Some(
            at.as_f64()
                .ok_or(SavedError::Malformed("an invalid filing time"))?,
        ),
    };
    Ok(Progress {
        answers,
        position,
        filed,
    })
}

pub fn encode_history(h: &History, fp: Fingerprint) -> String {
    let attempts: Vec<String> = h
        .attempts
        .iter()
        .map(|a| {
            let answers = quote(&sheet_to_digits(&a.answers));
            format!(
                r#"{{"at":{},"answers":{answers}}}"#,
                json::format_number(a.finished_at)
            )
        })
        .collect();
    format!(
        r#"{{"v":{RECORD_VERSION},"fingerprint":{},"attempts":[{}]}}"#,
        quote(&fingerprint_hex(fp)),
        attempts.join(",")
    )
}

pub fn decode_history(
    text: &str,
    fp: Fingerprint,
    questions: usize,
) -> Result<History, SavedError> {
    let record = open_record(text, fp)?;
    let list = record
        .get("attempts")
        .and_then(Json::as_array)
        .filter(|l| l.len() <= HISTORY_LIMIT)
        .ok_or(SavedError::Malformed("no list of at most 20 attempts"))?;
    let mut history = History::default();
    for item in list {
        let finished_at = item
            .get("at")
            .and_then(Json::as_f64)
            .filter(|t| t.is_finite() && *t >= 0.0)
            .ok_or(SavedError::Malformed("an attempt without a valid time"))?;
        history.push(Attempt {
            finished_at,
            answers: answers_field(item, questions)?,
        });
    }
    Ok(history)
}

/// Ticked next steps of one attempt, as indices into the report's next steps.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Checklist {
    pub attempt: f64,
    pub done: Vec<usize>,
}

pub fn encode_checklist(c: &Checklist) -> String {
    let done: Vec<String> = c.done.iter().map(|d| d.to_string()).collect();
    format!(
        r#"{{"v":{RECORD_VERSION},"attempt":{},"done":[{}]}}"#,
        json::format_number(c.attempt),
        done.join(",")
    )
}

pub fn decode_checklist(text: &str) -> Result<Checklist, SavedError> {
    let record = parse_bounded(text)?;
    check_version(&record)?;
    let attempt = record
        .get("attempt")
        .and_then(Json::as_f64)
        .ok_or(SavedError::Malformed("no attempt"))?;
    let done = record
        .get("done")
        .and_then(Json::as_array)
        .filter(|d| d.len() <= 10)
        .and_then(|d| {
            d.iter()
                .map(|i| i.as_u64().filter(|&i| i < 10).map(|i| i as usize))
                .collect()
        })
        .ok_or(SavedError::Malformed("no valid list of ticked steps"))?;
    Ok(Checklist { attempt, done })
}

fn parse_bounded(text: &str) -> Result<Json, SavedError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(SavedError::TooLarge);
    }
    let record = json::parse(text.as_bytes()).map_err(|_| SavedError::NotJson)?;
    if record.as_object().is_some() {
        Ok(record)
    } else {
        Err(SavedError::NotJson)
    }
}

fn check_version(record: &Json) -> Result<(), SavedError> {
    match record.get("v").and_then(Json::as_u64) {
        Some(RECORD_VERSION) => Ok(()),
        Some(v) if v > RECORD_VERSION => Err(SavedError::NewerVersion(v)),
        _ => Err(SavedError::Malformed("no known format version")),
    }
}

/// Parses, checks the format version and that the record is for this quiz.
fn open_record(text: &str, fp: Fingerprint) -> Result<Json, SavedError> {
    let record = parse_bounded(text)?;
    check_version(&record)?;
    match record.get("fingerprint").and_then(Json::as_str) {
        Some(f) if f == fingerprint_hex(fp) => Ok(record),
        Some(_) => Err(SavedError::OtherQuizVersion),
        None => Err(SavedError::Malformed("no quiz fingerprint")),
    }
}

fn answers_field(
    record: &Json,
    questions: usize,
) -> Result<Vec<super::answers::Answer>, SavedError> {
    record
        .get("answers")
        .and_then(Json::as_str)
        .filter(|s| s.len() == questions)
        .and_then(sheet_from_digits)
        .ok_or(SavedError::Malformed("answers that do not fit the quiz"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::Answer;

    const FP: Fingerprint = Fingerprint {
        quiz: 0xabcd,
        content: 0x0123,
    };

    #[test]
    fn progress_round_trips() {
        let mut p = Progress::new(3);
        p.answer(0, Answer::Point(5));
        p.answer(1, Answer::NotSure);
        let text = encode_progress(&p, FP);
        assert_eq!(decode_progress(&text, FP, 3), Ok(p.clone()));
        p.filed = Some(1_700_000_000_000.0);
        assert_eq!(decode_progress(&encode_progress(&p, FP), FP, 3), Ok(p));
    }

    #[test]
    fn history_round_trips() {
        let mut h = History::default();
        h.push(Attempt {
            finished_at: 1_700_000_000_000.0,
            answers: vec![Answer::Point(1), Answer::Skipped],
        });
        h.push(Attempt {
            finished_at: 1_700_000_100_000.0,
            answers: vec![Answer::Point(2), Answer::Point(3)],
        });
        assert_eq!(decode_history(&encode_history(&h, FP), FP, 2), Ok(h));
    }

    #[test]
    fn checklist_round_trips() {
        let c = Checklist {
            attempt: 12.0,
            done: vec![0, 2],
        };
        assert_eq!(decode_checklist(&encode_checklist(&c)), Ok(c));
    }

    #[test]
    fn unreadable_records_say_why() {
        assert_eq!(
            decode_progress("{not json", FP, 3),
            Err(SavedError::NotJson)
        );
        assert_eq!(decode_progress("[1,2]", FP, 3), Err(SavedError::NotJson));
        let newer = r#"{"v":2,"fingerprint":"abcd0123","answers":"000","position":0}"#;
        assert_eq!(
            decode_progress(newer, FP, 3),
            Err(SavedError::NewerVersion(2))
        );
        let other = r#"{"v":1,"fingerprint":"abcd9999","answers":"000","position":0}"#;
        assert_eq!(
            decode_progress(other, FP, 3),
            Err(SavedError::OtherQuizVersion)
        );
        let short = r#"{"v":1,"fingerprint":"abcd0123","answers":"00","position":0}"#;
        assert!(matches!(
            decode_progress(short, FP, 3),
            Err(SavedError::Malformed(_))
        ));
        let bad_digit = r#"{"v":1,"fingerprint":"abcd0123","answers":"009","position":0}"#;
        assert!(matches!(
            decode_progress(bad_digit, FP, 3),
            Err(SavedError::Malformed(_))
        ));
        let far = r#"{"v":1,"fingerprint":"abcd0123","answers":"000","position":3}"#;
        assert!(matches!(
            decode_progress(far, FP, 3),
            Err(SavedError::Malformed(_))
        ));
        let huge = format!("\"{}\"", "x".repeat(MAX_RECORD_BYTES));
        assert_eq!(decode_history(&huge, FP, 3), Err(SavedError::TooLarge));
    }

    #[test]
    fn messages_are_plain_english() {
        assert_eq!(
            SavedError::OtherQuizVersion.to_string(),
            "it belongs to a different version of this quiz"
        );
    }
}

impl Checklist {
    /// Ticks `step` of the attempt filed at `attempt`, or unticks it; ticks
    /// of an earlier attempt are dropped.
    pub fn toggle(&mut self, attempt: f64, step: usize) {
        if self.attempt != attempt {
            *self = Checklist {
                attempt,
                done: Vec::new(),
            };
        }
        match self.done.iter().position(|&d| d == step) {
            Some(i) => {
                self.done.remove(i);
            }
            None => self.done.push(step),
        }
    }

    /// Whether `step` of the attempt filed at `attempt` is ticked.
    pub fn is_done(&self, attempt: f64, step: usize) -> bool {
        self.attempt == attempt && self.done.contains(&step)
    }
}
