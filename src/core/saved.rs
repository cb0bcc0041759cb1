//! The records Candor keeps on the reader's device, as versioned JSON.
//!
//! Each record is a serde type the shell can hand to gloo-storage as it is
//! (`LocalStorage::set(key, &record)`, `LocalStorage::get::<ProgressRecord>(key)`),
//! plus a check that turns it into the session's values (`into_progress`…).
//! Stored text is untrusted (another tab, an extension or an old version may
//! have written it), so reading is strict and bounded: unknown fields are
//! refused, every value is checked, and anything unexpected is an error the
//! shell answers by setting the value aside and telling the reader.
//!
//! Every record Candor accepts is written back exactly as read: times are
//! whole milliseconds held as integers, so no float is ever formatted or
//! rounded on the way.

use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::answers::{sheet_from_digits, sheet_to_digits, AnswerSheet};
use super::catalogue::ProblemTexts;
use super::fingerprint::Fingerprint;
use super::language::Lang;
use super::lenient::{self, Object, Raw};
use super::progress::{Attempt, EarlierAttempt, History, Progress, HISTORY_LIMIT};

/// The record format written by this version.
pub const RECORD_VERSION: u64 = 1;
/// Larger stored values are not read at all.
pub const MAX_RECORD_BYTES: usize = 64 * 1024;
/// The latest time a record may hold: the end of a JavaScript `Date`'s range,
/// 8.64e15 milliseconds after the Unix epoch.
///
/// Times are milliseconds since the epoch from `Date.now()`: whole, and from 0
/// (nothing Candor saved predates 1970) to here. Within these bounds every
/// time is an exact integer both as `u64` and as `f64`, so it round-trips.
pub const MAX_TIME: u64 = 8_640_000_000_000_000;
/// The most next steps a checklist ticks, and the bound on their indices.
const MAX_STEPS: usize = 10;
/// The most questions a quiz has (the quiz format's limit), so the most
/// answers an attempt made with an earlier version of it can hold.
const MAX_QUESTIONS: usize = 200;

/// Why a stored record could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedError {
    TooLarge,
    NotJson,
    NewerVersion(u64),
    Malformed(RecordDamage),
    OtherQuizVersion,
}

/// What is wrong in a damaged record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordDamage {
    /// Answers in progress without a valid position.
    Position,
    /// Answers in progress with an invalid filing time.
    FilingTime,
    /// More than [`HISTORY_LIMIT`] attempts.
    TooManyAttempts,
    /// More than [`HISTORY_LIMIT`] earlier attempts.
    TooManyEarlier,
    /// An attempt without a valid time.
    AttemptTime,
    /// A checklist without a valid attempt time.
    ChecklistTime,
    /// A checklist without a valid list of ticked steps.
    TickedSteps,
    /// No format version this build knows (an older one, or none).
    Version,
    /// An earlier attempt without a valid time.
    EarlierTime,
    /// An earlier attempt of another quiz.
    EarlierQuiz,
    /// An earlier attempt without valid answers.
    EarlierAnswers,
    /// Answers that do not fit the quiz.
    Answers,
    /// Answer times that do not fit the answers.
    AnswerTimes,
    /// Fields that do not match the format.
    Fields,
}

impl RecordDamage {
    /// What is damaged, in `t`'s words.
    pub fn message(&self, t: &ProblemTexts) -> String {
        let most = |template: &str| ProblemTexts::fill(template, &[("max", &HISTORY_LIMIT)]);
        match self {
            RecordDamage::Position => t.saved_damage_position().into(),
            RecordDamage::FilingTime => t.saved_damage_filed().into(),
            RecordDamage::TooManyAttempts => most(t.saved_damage_attempts()),
            RecordDamage::TooManyEarlier => most(t.saved_damage_earlier_count()),
            RecordDamage::AttemptTime => t.saved_damage_attempt_time().into(),
            RecordDamage::ChecklistTime => t.saved_damage_checklist_time().into(),
            RecordDamage::TickedSteps => t.saved_damage_steps().into(),
            RecordDamage::Version => t.saved_damage_version().into(),
            RecordDamage::EarlierTime => t.saved_damage_earlier_time().into(),
            RecordDamage::EarlierQuiz => t.saved_damage_earlier_quiz().into(),
            RecordDamage::EarlierAnswers => t.saved_damage_earlier_answers().into(),
            RecordDamage::Answers => t.saved_damage_answers().into(),
            RecordDamage::AnswerTimes => t.saved_damage_answer_times().into(),
            RecordDamage::Fields => t.saved_damage_fields().into(),
        }
    }
}

impl fmt::Display for RecordDamage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(ProblemTexts::of(Lang::En)))
    }
}

impl SavedError {
    /// The message in `t`'s words. It follows "could not read … saved on
    /// this device:", so it starts in lower case.
    pub fn message(&self, t: &ProblemTexts) -> String {
        match self {
            SavedError::TooLarge => t.saved_too_large().into(),
            SavedError::NotJson => t.saved_not_json().into(),
            SavedError::NewerVersion(v) => ProblemTexts::fill(t.saved_newer(), &[("v", v)]),
            SavedError::Malformed(what) => {
                ProblemTexts::fill(t.saved_damaged(), &[("what", &what.message(t))])
            }
            SavedError::OtherQuizVersion => t.saved_other_version().into(),
        }
    }
}

impl fmt::Display for SavedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(ProblemTexts::of(Lang::En)))
    }
}

/// Ticked next steps of one attempt, as indices into the report's next steps.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Checklist {
    pub attempt: f64,
    pub done: Vec<usize>,
}

impl Checklist {
    /// Ticks (`done`) or unticks `step` of the attempt filed at `attempt`;
    /// ticks of another attempt are dropped. Said as the state wanted, not
    /// as a flip, so applied to what another tab stored it keeps that tab's
    /// ticks and never undoes a tick both tabs made.
    pub fn set(&mut self, attempt: f64, step: usize, done: bool) {
        if self.attempt != attempt {
            *self = Checklist {
                attempt,
                done: Vec::new(),
            };
        }
        let at = self.done.iter().position(|&d| d == step);
        match (at, done) {
            (Some(i), false) => {
                self.done.remove(i);
            }
            (None, true) if self.done.len() < MAX_STEPS => self.done.push(step),
            _ => {}
        }
    }

    /// Whether `step` of the attempt filed at `attempt` is ticked.
    pub fn is_done(&self, attempt: f64, step: usize) -> bool {
        self.attempt == attempt && self.done.contains(&step)
    }
}

/// `abcd1234`: the fingerprint as it appears in records.
pub fn fingerprint_hex(f: Fingerprint) -> String {
    format!("{:04x}{:04x}", f.quiz, f.content)
}

/// Where a quiz's records are kept: `<prefix>progress.<name>`, and the
/// same for `history` and `checklist`.
///
/// `<name>` is the quiz's `id`, except for a quiz from a coach's file that
/// kept the built-in quiz's id (a copy of the template): its name is
/// `<id>.<fingerprint>`. The built-in quiz's records are its own: opening a
/// different quiz under its id never sets them aside as "a different
/// version". The built-in quiz's own updates keep its key, so its earlier
/// results are still kept and named as earlier, as before. A coach's quiz
/// keyed by fingerprint starts afresh with each change to its questions or
/// scoring; the checker warns about the id ([`super::lint::builtin_id`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordKeys {
    pub progress: String,
    pub history: String,
    pub checklist: String,
}

impl RecordKeys {
    /// The keys of the quiz `quiz_id` with fingerprint `fp`, built in or
    /// `from_file` (`?quiz=`, or the checker's try), each starting with
    /// `prefix`.
    pub fn of(prefix: &str, quiz_id: &str, fp: Fingerprint, from_file: bool) -> RecordKeys {
        let name = if from_file && quiz_id == super::builtin::BUILTIN_QUIZ_ID {
            format!("{quiz_id}.{}", fingerprint_hex(fp))
        } else {
            quiz_id.to_string()
        };
        let key = |what: &str| format!("{prefix}{what}.{name}");
        RecordKeys {
            progress: key("progress"),
            history: key("history"),
            checklist: key("checklist"),
        }
    }

    /// Whether `key` is one of these.
    pub fn contains(&self, key: &str) -> bool {
        [&self.progress, &self.history, &self.checklist]
            .iter()
            .any(|k| *k == key)
    }
}

// ---------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------

/// Answers in progress, as stored:
/// `{"v":1,"fingerprint":"abcd0123","answers":"5531062","position":3,"filed":null}`,
/// plus `"answered":[1700000000000,…]`, when each answer was given, once any
/// answer has a time (records from before answer times have none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressRecord {
    pub v: u64,
    pub fingerprint: String,
    /// One digit per question (see [`sheet_to_digits`]).
    pub answers: String,
    pub position: u64,
    /// When the answers were filed as an attempt (milliseconds); `null` before.
    pub filed: Option<u64>,
    /// When each answer was given (milliseconds), one per question, 0 where
    /// unknown. Left out when no answer has a time, so a record without
    /// times is written back as it was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answered: Vec<u64>,
}

/// Finished attempts, as stored:
/// `{"v":1,"fingerprint":"abcd0123","attempts":[{"at":1700000000000,"answers":"5531062"}]}`,
/// plus `"earlier":[{"at":1600000000000,"fingerprint":"abcd4567","answers":"55310"}]`
/// when attempts made with earlier versions of the quiz are kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryRecord {
    pub v: u64,
    pub fingerprint: String,
    pub attempts: Vec<AttemptRecord>,
    /// Left out when empty, so a record without them reads in any Candor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<EarlierRecord>,
}

/// One finished attempt in a [`HistoryRecord`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttemptRecord {
    /// When it was finished (milliseconds).
    pub at: u64,
    pub answers: String,
    /// When its answers were last changed after it was finished
    /// (milliseconds); left out if they never were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<u64>,
}

/// An attempt made with an earlier version of the quiz, in a [`HistoryRecord`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EarlierRecord {
    /// When it was finished (milliseconds).
    pub at: u64,
    /// The version of the quiz it was made with.
    pub fingerprint: String,
    /// One digit per question of that version.
    pub answers: String,
}

/// Ticked next steps, as stored: `{"v":1,"attempt":1700000000000,"done":[0,2]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistRecord {
    pub v: u64,
    /// The attempt the steps belong to (its time, in milliseconds).
    pub attempt: u64,
    pub done: Vec<u64>,
}

impl ProgressRecord {
    /// The record of answers in progress for the quiz with fingerprint `fp`.
    pub fn new(p: &Progress, fp: Fingerprint) -> ProgressRecord {
        ProgressRecord {
            v: RECORD_VERSION,
            fingerprint: fingerprint_hex(fp),
            answers: sheet_to_digits(&p.answers),
            position: p.position as u64,
            filed: p.filed.map(stored_time),
            answered: if p.answered_at.iter().any(|&t| stored_time(t) != 0) {
                p.answered_at.iter().map(|&t| stored_time(t)).collect()
            } else {
                Vec::new()
            },
        }
    }

    /// The answers in progress, if the record is for this quiz and makes sense.
    pub fn into_progress(self, fp: Fingerprint, questions: usize) -> Result<Progress, SavedError> {
        check_version(self.v)?;
        check_fingerprint(&self.fingerprint, fp)?;
        let answers = answer_sheet(&self.answers, questions)?;
        let position = usize::try_from(self.position)
            .ok()
            .filter(|&p| p < questions)
            .ok_or(SavedError::Malformed(RecordDamage::Position))?;
        let filed = match self.filed {
            None => None,
            Some(at) => Some(read_time(at).ok_or(SavedError::Malformed(RecordDamage::FilingTime))?),
        };
        // Never written all 0 (then left out), so such a list is not Candor's.
        let answered_at = if self.answered.is_empty() {
            vec![0.0; questions]
        } else if self.answered.len() == questions && self.answered.iter().any(|&t| t != 0) {
            self.answered
                .iter()
                .map(|&t| read_time(t))
                .collect::<Option<Vec<f64>>>()
                .ok_or(SavedError::Malformed(RecordDamage::AnswerTimes))?
        } else {
            return Err(SavedError::Malformed(RecordDamage::AnswerTimes));
        };
        Ok(Progress {
            answers,
            answered_at,
            position,
            filed,
        })
    }
}

impl HistoryRecord {
    /// The record of finished attempts for the quiz with fingerprint `fp`.
    pub fn new(h: &History, fp: Fingerprint) -> HistoryRecord {
        HistoryRecord {
            v: RECORD_VERSION,
            fingerprint: fingerprint_hex(fp),
            attempts: h
                .attempts
                .iter()
                .map(|a| AttemptRecord {
                    at: stored_time(a.finished_at),
                    answers: sheet_to_digits(&a.answers),
                    changed: a.amended.map(stored_time),
                })
                .collect(),
            earlier: h
                .earlier
                .iter()
                .map(|a| EarlierRecord {
                    at: stored_time(a.finished_at),
                    fingerprint: fingerprint_hex(a.fingerprint),
                    answers: sheet_to_digits(&a.answers),
                })
                .collect(),
        }
    }

    /// The finished attempts, if the record is for this quiz and makes sense.
    ///
    /// A record of another version of this quiz (same quiz, other content)
    /// is read too: its attempts become earlier attempts, kept as they are and
    /// never compared with this version's, and there is no current attempt.
    pub fn into_history(self, fp: Fingerprint, questions: usize) -> Result<History, SavedError> {
        check_version(self.v)?;
        let stored = read_fingerprint(&self.fingerprint)
            .filter(|stored| stored.quiz == fp.quiz)
            .ok_or(SavedError::OtherQuizVersion)?;
        if self.attempts.len() > HISTORY_LIMIT {
            return Err(SavedError::Malformed(RecordDamage::TooManyAttempts));
        }
        if self.earlier.len() > HISTORY_LIMIT {
            return Err(SavedError::Malformed(RecordDamage::TooManyEarlier));
        }
        let mut earlier = self
            .earlier
            .into_iter()
            .map(|a| earlier_attempt(a.at, &a.fingerprint, &a.answers, fp))
            .collect::<Result<Vec<_>, _>>()?;
        let mut history = History::default();
        if stored == fp {
            for attempt in self.attempts {
                let time = |t| read_time(t).ok_or(SavedError::Malformed(RecordDamage::AttemptTime));
                history.push(Attempt {
                    finished_at: time(attempt.at)?,
                    answers: answer_sheet(&attempt.answers, questions)?,
                    amended: attempt.changed.map(time).transpose()?,
                });
            }
        } else {
            for attempt in self.attempts {
                earlier.push(earlier_attempt(
                    attempt.at,
                    &self.fingerprint,
                    &attempt.answers,
                    fp,
                )?);
            }
            // Oldest first, and only the newest are kept.
            earlier.sort_by(|a, b| a.finished_at.total_cmp(&b.finished_at));
            earlier.drain(..earlier.len().saturating_sub(HISTORY_LIMIT));
        }
        history.earlier = earlier;
        Ok(history)
    }
}

impl ChecklistRecord {
    /// The record of a checklist.
    pub fn new(c: &Checklist) -> ChecklistRecord {
        ChecklistRecord {
            v: RECORD_VERSION,
            attempt: stored_time(c.attempt),
            done: c.done.iter().map(|&d| d as u64).collect(),
        }
    }

    /// The checklist, if the record makes sense.
    pub fn into_checklist(self) -> Result<Checklist, SavedError> {
        check_version(self.v)?;
        let attempt =
            read_time(self.attempt).ok_or(SavedError::Malformed(RecordDamage::ChecklistTime))?;
        let done = (self.done.len() <= MAX_STEPS)
            .then(|| {
                self.done
                    .iter()
                    .map(|&d| usize::try_from(d).ok().filter(|&d| d < MAX_STEPS))
                    .collect::<Option<Vec<usize>>>()
            })
            .flatten()
            .ok_or(SavedError::Malformed(RecordDamage::TickedSteps))?;
        Ok(Checklist { attempt, done })
    }
}

/// A time as stored. Candor's times come from `Date.now()`, so this changes
/// none of them; anything else is clamped into `0..=MAX_TIME` (NaN to 0)
/// rather than written as a record Candor would refuse to read.
fn stored_time(t: f64) -> u64 {
    if t.is_nan() {
        0
    } else {
        t.clamp(0.0, MAX_TIME as f64).round() as u64
    }
}

/// A stored time as the session holds it, when within bounds.
fn read_time(t: u64) -> Option<f64> {
    (t <= MAX_TIME).then_some(t as f64)
}

fn check_version(v: u64) -> Result<(), SavedError> {
    match v {
        RECORD_VERSION => Ok(()),
        v if v > RECORD_VERSION => Err(SavedError::NewerVersion(v)),
        _ => Err(SavedError::Malformed(RecordDamage::Version)),
    }
}

/// A fingerprint as records spell it (see [`fingerprint_hex`]), and only so.
fn read_fingerprint(hex: &str) -> Option<Fingerprint> {
    if hex.len() != 8 || !hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    let part = |range| u16::from_str_radix(&hex[range], 16).ok();
    Some(Fingerprint {
        quiz: part(0..4)?,
        content: part(4..8)?,
    })
}

/// An attempt made with another version of the quiz `fp`, as stored: a valid
/// time, that version's fingerprint and one answer per question of it.
fn earlier_attempt(
    at: u64,
    fingerprint: &str,
    answers: &str,
    fp: Fingerprint,
) -> Result<EarlierAttempt, SavedError> {
    Ok(EarlierAttempt {
        finished_at: read_time(at).ok_or(SavedError::Malformed(RecordDamage::EarlierTime))?,
        fingerprint: read_fingerprint(fingerprint)
            .filter(|f| f.quiz == fp.quiz)
            .ok_or(SavedError::Malformed(RecordDamage::EarlierQuiz))?,
        answers: Some(answers)
            .filter(|s| (1..=MAX_QUESTIONS).contains(&s.len()))
            .and_then(sheet_from_digits)
            .ok_or(SavedError::Malformed(RecordDamage::EarlierAnswers))?,
    })
}

fn check_fingerprint(stored: &str, fp: Fingerprint) -> Result<(), SavedError> {
    if stored == fingerprint_hex(fp) {
        Ok(())
    } else {
        Err(SavedError::OtherQuizVersion)
    }
}

fn answer_sheet(digits: &str, questions: usize) -> Result<AnswerSheet, SavedError> {
    Some(digits)
        .filter(|s| s.len() == questions)
        .and_then(sheet_from_digits)
        .ok_or(SavedError::Malformed(RecordDamage::Answers))
}

// ---------------------------------------------------------------------------
// Reading and writing text
// ---------------------------------------------------------------------------

/// Only the format version of a record, whatever else it holds.
#[derive(Default, Deserialize)]
#[serde(default)]
struct Versioned {
    v: Raw,
}

/// Why a stored text did not read as a record: too large, not a JSON object,
/// written by a newer Candor (its `v` is above [`RECORD_VERSION`]), or damaged.
pub fn unreadable_reason(text: &str) -> SavedError {
    if text.len() > MAX_RECORD_BYTES {
        return SavedError::TooLarge;
    }
    let Ok(lenient::Document {
        root: Object::Found(record),
        ..
    }) = lenient::read::<Versioned>(text.as_bytes())
    else {
        return SavedError::NotJson;
    };
    match record.v.as_u64() {
        Some(RECORD_VERSION) => SavedError::Malformed(RecordDamage::Fields),
        Some(v) if v > RECORD_VERSION => SavedError::NewerVersion(v),
        _ => SavedError::Malformed(RecordDamage::Version),
    }
}

/// A record from stored text: size first, then serde, then why not.
fn read_record<T: DeserializeOwned>(text: &str) -> Result<T, SavedError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(SavedError::TooLarge);
    }
    serde_json::from_str(text).map_err(|_| unreadable_reason(text))
}

/// A record as stored text.
fn write_record<T: Serialize>(record: &T) -> String {
    // Records hold only strings, integers and lists of them, which serde_json
    // always writes; the empty fallback is never taken.
    serde_json::to_string(record).unwrap_or_default()
}

/// The stored text of answers in progress.
pub fn encode_progress(p: &Progress, fp: Fingerprint) -> String {
    write_record(&ProgressRecord::new(p, fp))
}

/// Answers in progress from stored text, for the quiz `fp` with `questions` questions.
pub fn decode_progress(
    text: &str,
    fp: Fingerprint,
    questions: usize,
) -> Result<Progress, SavedError> {
    read_record::<ProgressRecord>(text)?.into_progress(fp, questions)
}

/// The stored text of finished attempts.
pub fn encode_history(h: &History, fp: Fingerprint) -> String {
    write_record(&HistoryRecord::new(h, fp))
}

/// Finished attempts from stored text, for the quiz `fp` with `questions` questions.
pub fn decode_history(
    text: &str,
    fp: Fingerprint,
    questions: usize,
) -> Result<History, SavedError> {
    read_record::<HistoryRecord>(text)?.into_history(fp, questions)
}

/// The stored text of a checklist.
pub fn encode_checklist(c: &Checklist) -> String {
    write_record(&ChecklistRecord::new(c))
}

/// A checklist from stored text.
pub fn decode_checklist(text: &str) -> Result<Checklist, SavedError> {
    read_record::<ChecklistRecord>(text)?.into_checklist()
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
        p.answer(0, Answer::Point(5), 0.0);
        p.answer(1, Answer::NotSure, 0.0);
        let text = encode_progress(&p, FP);
        assert_eq!(decode_progress(&text, FP, 3), Ok(p.clone()));
        p.filed = Some(1_700_000_000_000.0);
        assert_eq!(decode_progress(&encode_progress(&p, FP), FP, 3), Ok(p));
    }

    #[test]
    fn history_round_trips() {
        let mut h = History::default();
        h.push(Attempt::new(
            1_700_000_000_000.0,
            vec![Answer::Point(1), Answer::Skipped],
        ));
        h.push(Attempt::new(
            1_700_000_100_000.0,
            vec![Answer::Point(2), Answer::Point(3)],
        ));
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
    fn records_in_todays_format_still_load_and_are_written_the_same() {
        let progress =
            r#"{"v":1,"fingerprint":"abcd0123","answers":"5531062","position":3,"filed":null}"#;
        let p = decode_progress(progress, FP, 7).unwrap();
        assert_eq!(sheet_to_digits(&p.answers), "5531062");
        assert_eq!((p.position, p.filed), (3, None));
        assert_eq!(encode_progress(&p, FP), progress);

        let filed = r#"{"v":1,"fingerprint":"abcd0123","answers":"5531062","position":6,"filed":1700000000000}"#;
        let p = decode_progress(filed, FP, 7).unwrap();
        assert_eq!(p.filed, Some(1_700_000_000_000.0));
        assert_eq!(encode_progress(&p, FP), filed);

        // Records from before `filed` existed.
        let older = r#"{"v":1,"fingerprint":"abcd0123","answers":"5531062","position":0}"#;
        assert_eq!(decode_progress(older, FP, 7).unwrap().filed, None);

        let history = r#"{"v":1,"fingerprint":"abcd0123","attempts":[{"at":1700000000000,"answers":"5531062"},{"at":1700000100000,"answers":"0000006"}]}"#;
        let h = decode_history(history, FP, 7).unwrap();
        assert_eq!(h.attempts.len(), 2);
        assert_eq!(h.attempts[0].finished_at, 1_700_000_000_000.0);
        assert_eq!(h.attempts[1].answers[6], Answer::NotSure);
        assert_eq!(encode_history(&h, FP), history);

        let checklist = r#"{"v":1,"attempt":1700000000000,"done":[0,2]}"#;
        let c = decode_checklist(checklist).unwrap();
        assert_eq!(
            c,
            Checklist {
                attempt: 1_700_000_000_000.0,
                done: vec![0, 2]
            }
        );
        assert_eq!(encode_checklist(&c), checklist);
    }

    #[test]
    fn times_are_whole_milliseconds_within_a_dates_range() {
        // Fuzz findings: these decoded, then panicked or changed when written
        // back. Now they are refused as damaged.
        for time in [
            "-1e20",
            "-1",
            "1e20",
            "1700000000000.5",
            "1e-7",
            "1.7e12",
            "8640000000000001",
            "null",
            "\"1\"",
        ] {
            let progress = format!(
                r#"{{"v":1,"fingerprint":"abcd0123","answers":"000","position":0,"filed":{time}}}"#
            );
            let history = format!(
                r#"{{"v":1,"fingerprint":"abcd0123","attempts":[{{"at":{time},"answers":"000"}}]}}"#
            );
            let checklist = format!(r#"{{"v":1,"attempt":{time},"done":[]}}"#);
            if time != "null" {
                assert!(
                    matches!(
                        decode_progress(&progress, FP, 3),
                        Err(SavedError::Malformed(_))
                    ),
                    "filed {time}"
                );
            }
            assert!(
                matches!(
                    decode_history(&history, FP, 3),
                    Err(SavedError::Malformed(_))
                ),
                "at {time}"
            );
            assert!(
                matches!(decode_checklist(&checklist), Err(SavedError::Malformed(_))),
                "attempt {time}"
            );
        }
        for time in ["0", "1700000000000", "8640000000000000"] {
            let checklist = format!(r#"{{"v":1,"attempt":{time},"done":[]}}"#);
            let c = decode_checklist(&checklist).unwrap();
            assert_eq!(encode_checklist(&c), checklist);
        }
    }

    #[test]
    fn writing_never_panics_and_always_reads_back() {
        // Times the session should never hold are clamped into range, so even
        // they are written as records that read back.
        for (t, stored) in [
            (f64::NAN, 0.0),
            (f64::NEG_INFINITY, 0.0),
            (-1e20, 0.0),
            (1e300, MAX_TIME as f64),
            (f64::INFINITY, MAX_TIME as f64),
            (1_700_000_000_000.4, 1_700_000_000_000.0),
        ] {
            let mut p = Progress::new(2);
            p.filed = Some(t);
            assert_eq!(
                decode_progress(&encode_progress(&p, FP), FP, 2)
                    .unwrap()
                    .filed,
                Some(stored)
            );
            let mut h = History::default();
            h.push(Attempt::new(t, vec![Answer::Skipped; 2]));
            let back = decode_history(&encode_history(&h, FP), FP, 2).unwrap();
            assert_eq!(back.attempts[0].finished_at, stored);
            let c = Checklist {
                attempt: t,
                done: vec![],
            };
            assert_eq!(
                decode_checklist(&encode_checklist(&c)).unwrap().attempt,
                stored
            );
        }
    }

    #[test]
    fn a_newer_record_says_so_whatever_its_fields() {
        let newer = r#"{"v":2,"fingerprint":"abcd0123","answer_sheet":[1,2],"extra":true}"#;
        assert_eq!(
            decode_progress(newer, FP, 3),
            Err(SavedError::NewerVersion(2))
        );
        assert_eq!(
            decode_checklist(r#"{"v":7}"#),
            Err(SavedError::NewerVersion(7))
        );
        assert_eq!(
            unreadable_reason(r#"{"v":3,"x":1}"#),
            SavedError::NewerVersion(3)
        );
        assert_eq!(
            unreadable_reason(r#"{"v":"2"}"#),
            SavedError::Malformed(RecordDamage::Version)
        );
        assert_eq!(
            decode_checklist(r#"{"v":0,"attempt":1,"done":[]}"#),
            Err(SavedError::Malformed(RecordDamage::Version))
        );
        assert_eq!(unreadable_reason("[3]"), SavedError::NotJson);
        assert_eq!(unreadable_reason("{"), SavedError::NotJson);
        // Version 1, but not in version 1's shape.
        let extra = r#"{"v":1,"fingerprint":"abcd0123","answers":"000","position":0,"x":1}"#;
        assert!(matches!(
            decode_progress(extra, FP, 3),
            Err(SavedError::Malformed(_))
        ));
        let huge = format!("{{\"v\":1,\"x\":\"{}\"}}", "x".repeat(MAX_RECORD_BYTES));
        assert_eq!(unreadable_reason(&huge), SavedError::TooLarge);
    }

    #[test]
    fn checklists_tick_at_most_ten_steps_below_ten() {
        for done in ["[10]", "[0,1,2,3,4,5,6,7,8,9,0]", "[-1]", "[1.5]"] {
            let text = format!(r#"{{"v":1,"attempt":1,"done":{done}}}"#);
            assert!(
                matches!(decode_checklist(&text), Err(SavedError::Malformed(_))),
                "{done}"
            );
        }
    }

    #[test]
    fn records_are_serde_values_the_shell_can_store_as_they_are() {
        let mut p = Progress::new(3);
        p.answer(0, Answer::Point(2), 0.0);
        let record = ProgressRecord::new(&p, FP);
        let text = serde_json::to_string(&record).unwrap();
        let back: ProgressRecord = serde_json::from_str(&text).unwrap();
        assert_eq!(back.clone().into_progress(FP, 3), Ok(p));
        assert_eq!(
            back.into_progress(FP, 4),
            Err(SavedError::Malformed(RecordDamage::Answers))
        );
    }

    // Issue 21: same id, different quiz

    #[test]
    fn a_coachs_file_with_the_builtin_quizs_id_never_shares_its_keys() {
        let builtin = RecordKeys::of("candor.", "candor", FP, false);
        assert_eq!(
            builtin,
            RecordKeys {
                progress: "candor.progress.candor".into(),
                history: "candor.history.candor".into(),
                checklist: "candor.checklist.candor".into(),
            },
            "the built-in quiz keeps the keys it always had"
        );
        let edited = Fingerprint {
            quiz: FP.quiz,
            content: 0x9999,
        };
        assert_eq!(
            RecordKeys::of("candor.", "candor", edited, false),
            builtin,
            "a new version of the built-in quiz is still the built-in quiz"
        );
        let copy = RecordKeys::of("candor.", "candor", edited, true);
        assert_eq!(copy.progress, "candor.progress.candor.abcd9999");
        assert_eq!(copy.history, "candor.history.candor.abcd9999");
        assert_eq!(copy.checklist, "candor.checklist.candor.abcd9999");
        // Even a file identical to the built-in quiz is a coach's copy.
        let same = RecordKeys::of("candor.", "candor", FP, true);
        assert!(!same.contains(&builtin.progress) && !same.contains(&builtin.history));
        assert_ne!(same, copy, "two different copies are kept apart");
        // Any other quiz is keyed by its id, as before.
        assert_eq!(
            RecordKeys::of("candor.", "acme", edited, true).progress,
            "candor.progress.acme"
        );
        assert!(builtin.contains("candor.checklist.candor"));
        assert!(!builtin.contains("candor.checklist.candor.unreadable-1"));
    }

    // Issue 21: two tabs

    #[test]
    fn answer_times_and_amendments_are_kept_and_old_records_still_load() {
        let mut p = Progress::new(3);
        p.answer(0, Answer::Point(5), 1_700_000_000_000.0);
        p.answer(1, Answer::NotSure, 1_700_000_000_500.0);
        let text = encode_progress(&p, FP);
        assert_eq!(
            text,
            r#"{"v":1,"fingerprint":"abcd0123","answers":"560","position":2,"filed":null,"answered":[1700000000000,1700000000500,0]}"#
        );
        assert_eq!(decode_progress(&text, FP, 3), Ok(p));
        // Before answer times: every answer is older than any timed one.
        let old = r#"{"v":1,"fingerprint":"abcd0123","answers":"550","position":2,"filed":null}"#;
        let p = decode_progress(old, FP, 3).unwrap();
        assert_eq!(p.answered_at, vec![0.0; 3]);
        assert_eq!(encode_progress(&p, FP), old, "written back as read");
        for (answered, damage) in [
            ("[1,2]", RecordDamage::AnswerTimes),
            ("[0,0,0]", RecordDamage::AnswerTimes),
            ("[1,2,8640000000000001]", RecordDamage::AnswerTimes),
            ("[1,2,-1]", RecordDamage::Fields),
            ("[1,2,1.5]", RecordDamage::Fields),
            ("\"1,2,3\"", RecordDamage::Fields),
        ] {
            let text = format!(
                r#"{{"v":1,"fingerprint":"abcd0123","answers":"550","position":0,"filed":null,"answered":{answered}}}"#
            );
            assert_eq!(
                decode_progress(&text, FP, 3),
                Err(SavedError::Malformed(damage)),
                "{answered}"
            );
        }

        let mut h = History::default();
        let mut p = Progress::new(1);
        p.answer(0, Answer::Point(2), 1.0);
        h.file(&mut p, 1_700_000_000_000.0);
        p.answer(0, Answer::Point(4), 2.0);
        h.file(&mut p, 1_700_000_100_000.0);
        let text = encode_history(&h, FP);
        assert_eq!(
            text,
            r#"{"v":1,"fingerprint":"abcd0123","attempts":[{"at":1700000000000,"answers":"4","changed":1700000100000}]}"#
        );
        assert_eq!(decode_history(&text, FP, 1), Ok(h));
        let bad = r#"{"v":1,"fingerprint":"abcd0123","attempts":[{"at":1,"answers":"4","changed":8640000000000001}]}"#;
        assert_eq!(
            decode_history(bad, FP, 1),
            Err(SavedError::Malformed(RecordDamage::AttemptTime))
        );
    }

    #[test]
    fn a_step_ticked_in_another_tab_stays_ticked() {
        // Tab A ticked step 0; tab B, which had not seen it, ticks step 2 on
        // the checklist as stored, and then ticks step 0 too: nothing flips.
        let mut stored = Checklist::default();
        stored.set(7.0, 0, true);
        let mut b = stored.clone();
        b.set(7.0, 2, true);
        b.set(7.0, 0, true);
        assert_eq!(b.done, vec![0, 2]);
        b.set(7.0, 0, false);
        assert_eq!(b.done, vec![2]);
        // A newer attempt's ticks start afresh.
        b.set(8.0, 1, true);
        assert_eq!((b.attempt, b.done), (8.0, vec![1]));
    }

    /// Version 1 of the same quiz (`abcd`), with other content than [`FP`].
    const V1: &str = "abcd9999";

    #[test]
    fn results_of_another_version_of_the_quiz_are_kept_as_earlier_attempts() {
        // Version 1 had five questions; this version has three.
        let v1 = r#"{"v":1,"fingerprint":"abcd9999","attempts":[{"at":1700000000000,"answers":"55310"},{"at":1700000100000,"answers":"12346"}]}"#;
        let h = decode_history(v1, FP, 3).unwrap();
        assert_eq!(h.attempts, vec![], "nothing is current");
        assert!(h.latest().is_none() && h.previous().is_none());
        let v1_fp = Fingerprint {
            quiz: 0xabcd,
            content: 0x9999,
        };
        assert_eq!(
            h.earlier,
            vec![
                EarlierAttempt {
                    finished_at: 1_700_000_000_000.0,
                    fingerprint: v1_fp,
                    answers: sheet_from_digits("55310").unwrap(),
                },
                EarlierAttempt {
                    finished_at: 1_700_000_100_000.0,
                    fingerprint: v1_fp,
                    answers: sheet_from_digits("12346").unwrap(),
                },
            ]
        );
        assert_eq!(
            encode_history(&h, FP),
            r#"{"v":1,"fingerprint":"abcd0123","attempts":[],"earlier":[{"at":1700000000000,"fingerprint":"abcd9999","answers":"55310"},{"at":1700000100000,"fingerprint":"abcd9999","answers":"12346"}]}"#
        );
    }

    #[test]
    fn earlier_attempts_stay_when_new_attempts_are_filed() {
        let v1 = format!(
            r#"{{"v":1,"fingerprint":"{V1}","attempts":[{{"at":1700000000000,"answers":"55310"}}]}}"#
        );
        let mut h = decode_history(&v1, FP, 3).unwrap();
        let earlier = h.earlier.clone();
        let mut p = Progress::new(3);
        for q in 0..3 {
            p.answer(q, Answer::Point(4), 0.0);
        }
        h.file(&mut p, 1_800_000_000_000.0);
        let text = encode_history(&h, FP);
        let back = decode_history(&text, FP, 3).unwrap();
        assert_eq!(back, h);
        assert_eq!(back.earlier, earlier);
        assert_eq!(back.latest().unwrap().finished_at, 1_800_000_000_000.0);
        assert!(back.previous().is_none(), "never compared with version 1");
        assert_eq!(encode_history(&back, FP), text, "written back unchanged");
    }

    #[test]
    fn a_third_version_keeps_the_newest_twenty_of_both_earlier_versions() {
        let attempt = |at: u64| format!(r#"{{"at":{at},"answers":"123"}}"#);
        let earlier = |at: u64| format!(r#"{{"at":{at},"fingerprint":"{V1}","answers":"55310"}}"#);
        let v2 = format!(
            r#"{{"v":1,"fingerprint":"abcd7777","attempts":[{}],"earlier":[{}]}}"#,
            (100..120).map(attempt).collect::<Vec<_>>().join(","),
            (0..20).map(earlier).collect::<Vec<_>>().join(","),
        );
        let h = decode_history(&v2, FP, 3).unwrap();
        assert!(h.attempts.is_empty());
        assert_eq!(h.earlier.len(), HISTORY_LIMIT);
        assert_eq!(h.earlier[0].finished_at, 100.0, "the newest are kept");
        assert_eq!(h.earlier[19].fingerprint.content, 0x7777);
        assert_eq!(decode_history(&encode_history(&h, FP), FP, 3), Ok(h));
    }

    #[test]
    fn malformed_earlier_attempts_are_refused() {
        for entry in [
            r#"{"at":-1,"fingerprint":"abcd9999","answers":"55310"}"#,
            r#"{"at":1.5,"fingerprint":"abcd9999","answers":"55310"}"#,
            r#"{"at":8640000000000001,"fingerprint":"abcd9999","answers":"55310"}"#,
            r#"{"at":1,"fingerprint":"ABCD9999","answers":"55310"}"#,
            r#"{"at":1,"fingerprint":"abcd999","answers":"55310"}"#,
            r#"{"at":1,"fingerprint":"+bcd9999","answers":"55310"}"#,
            r#"{"at":1,"fingerprint":"ffff9999","answers":"55310"}"#,
            r#"{"at":1,"fingerprint":"abcd9999","answers":""}"#,
            r#"{"at":1,"fingerprint":"abcd9999","answers":"55317"}"#,
            r#"{"at":1,"fingerprint":"abcd9999","answers":"5 5"}"#,
            r#"{"at":1,"fingerprint":"abcd9999","answers":55310}"#,
            r#"{"at":1,"fingerprint":"abcd9999"}"#,
            r#"{"at":1,"fingerprint":"abcd9999","answers":"55310","x":1}"#,
        ] {
            let record =
                format!(r#"{{"v":1,"fingerprint":"abcd0123","attempts":[],"earlier":[{entry}]}}"#);
            assert!(
                matches!(
                    decode_history(&record, FP, 3),
                    Err(SavedError::Malformed(_))
                ),
                "{entry}"
            );
        }
        let long = format!(
            r#"{{"v":1,"fingerprint":"abcd0123","attempts":[],"earlier":[{{"at":1,"fingerprint":"{V1}","answers":"{}"}}]}}"#,
            "1".repeat(MAX_QUESTIONS + 1)
        );
        assert!(matches!(
            decode_history(&long, FP, 3),
            Err(SavedError::Malformed(_))
        ));
        let many = format!(
            r#"{{"v":1,"fingerprint":"abcd0123","attempts":[],"earlier":[{}]}}"#,
            vec![format!(r#"{{"at":1,"fingerprint":"{V1}","answers":"1"}}"#); 21].join(",")
        );
        assert!(matches!(
            decode_history(&many, FP, 3),
            Err(SavedError::Malformed(_))
        ));
        // Attempts of another version are checked as strictly when they move.
        for attempts in [
            r#"[{"at":1,"answers":"5x"}]"#,
            r#"[{"at":-1,"answers":"5"}]"#,
        ] {
            let record = format!(r#"{{"v":1,"fingerprint":"{V1}","attempts":{attempts}}}"#);
            assert!(
                matches!(
                    decode_history(&record, FP, 3),
                    Err(SavedError::Malformed(_))
                ),
                "{attempts}"
            );
        }
    }

    #[test]
    fn results_of_another_quiz_or_a_damaged_fingerprint_are_still_refused() {
        for fingerprint in [
            "ffff0123",
            "ffff9999",
            "ABCD0123",
            "abcd012",
            "abcd01234",
            "",
        ] {
            let record = format!(
                r#"{{"v":1,"fingerprint":"{fingerprint}","attempts":[{{"at":1,"answers":"123"}}]}}"#
            );
            assert_eq!(
                decode_history(&record, FP, 3),
                Err(SavedError::OtherQuizVersion),
                "{fingerprint}"
            );
        }
        // A newer record format is refused before its fingerprint is looked at.
        let newer = r#"{"v":2,"fingerprint":"abcd9999","attempts":[]}"#;
        assert_eq!(
            decode_history(newer, FP, 3),
            Err(SavedError::NewerVersion(2))
        );
    }

    #[test]
    fn messages_are_plain_english() {
        assert_eq!(
            SavedError::OtherQuizVersion.to_string(),
            "it belongs to a different version of this quiz"
        );
    }

    #[test]
    fn messages_name_the_damage_in_english_and_german() {
        let damaged = SavedError::Malformed(RecordDamage::Version);
        assert_eq!(
            damaged.to_string(),
            "it is damaged (no known format version)"
        );
        assert_eq!(
            SavedError::Malformed(RecordDamage::TooManyEarlier).to_string(),
            "it is damaged (more than 20 earlier attempts)"
        );
        assert_eq!(
            SavedError::NewerVersion(3).to_string(),
            "it was written by a newer version of Candor (format 3)"
        );
        let de = ProblemTexts::of(Lang::De);
        assert_eq!(
            damaged.message(de),
            "die Daten sind beschädigt (keine bekannte Formatversion)"
        );
        assert_eq!(
            SavedError::NewerVersion(3).message(de),
            "die Daten stammen aus einer neueren Version von Candor (Format 3)"
        );
    }
}
