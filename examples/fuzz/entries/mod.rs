//! The entry points under test: what each reads, its valid seeds, its
//! dictionary, and the checks run on every input.

mod draft;
mod options;
mod pack;
mod quiz;
mod saved;
mod share;
mod team;

use std::cell::Cell;
use std::sync::OnceLock;

use candor::core::answers::Answer;
use candor::core::builtin::builtin_quiz;
use candor::core::fingerprint::{fingerprint, Fingerprint};
use candor::core::quiz::Quiz;
use candor::core::saved::fingerprint_hex;

use crate::rng::Rng;

/// What one input did.
pub type Outcome = Result<bool, Failure>;

/// A check that did not hold: `check` names it (failures are grouped by it),
/// `detail` shows the values involved.
#[derive(Debug, Clone)]
pub struct Failure {
    pub check: String,
    pub detail: String,
}

/// Fails with `$check` (a fixed sentence, used to group failures) and a
/// detail message unless `$cond` holds.
macro_rules! ensure {
    ($cond:expr, $check:expr, $($detail:tt)+) => {
        if !$cond {
            return Err($crate::entries::Failure {
                check: $check.to_string(),
                detail: format!($($detail)+),
            });
        }
    };
}
pub(crate) use ensure;

/// One entry point (or a few that belong together) and how to fuzz it.
pub struct Entry {
    /// The name `--only` and `--case` use.
    pub name: &'static str,
    /// The functions it calls.
    pub covers: &'static str,
    /// The size cap of its input; generated inputs go up to a little beyond.
    pub max_len: usize,
    /// Valid inputs, with how often each is picked for mutation.
    pub seeds: Vec<(Vec<u8>, u32)>,
    /// Entry-specific tokens to insert.
    pub tokens: Vec<Vec<u8>>,
    /// Bytes random text is mostly drawn from.
    pub alphabet: &'static [u8],
    /// Field names for random JSON; empty when the input is not JSON.
    pub keys: &'static [&'static str],
    /// Field values for random JSON.
    pub values: Vec<Vec<u8>>,
    /// A generator of well-formed-looking inputs, used for part of the random ones.
    pub structured: Option<fn(&mut Rng) -> Vec<u8>>,
    /// One random input in this many is as large as the entry accepts.
    pub stress_one_in: usize,
    /// Runs the input: `Ok(true)` accepted, `Ok(false)` refused (fine), or a failure.
    pub run: fn(&[u8]) -> Outcome,
}

impl Entry {
    fn new(name: &'static str, covers: &'static str, run: fn(&[u8]) -> Outcome) -> Entry {
        Entry {
            name,
            covers,
            max_len: 4096,
            seeds: Vec::new(),
            tokens: Vec::new(),
            alphabet: b"",
            keys: &[],
            values: Vec::new(),
            structured: None,
            stress_one_in: 8192,
            run,
        }
    }
}

/// Every entry point, in the order they run.
pub fn all() -> Vec<Entry> {
    vec![
        share::decode_entry(),
        share::encode_entry(),
        share::clean_name_entry(),
        team::input_entry(),
        team::full_entry(),
        team::result_file_entry(),
        quiz::quiz_file_entry(),
        draft::draft_file_entry(),
        draft::draft_edits_entry(),
        saved::progress_entry(),
        saved::history_entry(),
        saved::checklist_entry(),
        saved::kept_file_entry(),
        options::options_entry(),
        options::percent_decode_entry(),
        options::urls_entry(),
        options::colors_entry(),
        pack::pack_entry(),
        quiz::report_entry(),
    ]
}

/// The built-in quiz and what is derived from it, built once.
pub struct Ctx {
    pub quiz: Quiz,
    pub fp: Fingerprint,
    /// Its number of questions.
    pub n: usize,
    /// The fingerprint as saved records spell it.
    pub fp_hex: String,
}

pub fn ctx() -> &'static Ctx {
    static CTX: OnceLock<Ctx> = OnceLock::new();
    CTX.get_or_init(|| {
        let quiz = builtin_quiz();
        let fp = fingerprint(&quiz);
        Ctx {
            n: quiz.questions.len(),
            fp_hex: fingerprint_hex(fp),
            fp,
            quiz,
        }
    })
}

thread_local! {
    static STAGE: Cell<&'static str> = const { Cell::new("the entry point") };
}

/// Calls `f`, remembering its name so a panic inside says which call it was.
pub fn at<T>(stage: &'static str, f: impl FnOnce() -> T) -> T {
    STAGE.with(|s| s.set(stage));
    f()
}

/// The call under way (for panic reports).
pub fn stage() -> &'static str {
    STAGE.with(Cell::get)
}

pub fn reset_stage() {
    STAGE.with(|s| s.set("the entry point"));
}

/// Input bytes as text, as a browser would hand them over.
pub fn text(input: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(input)
}

/// An answer from one input byte, readable in reproducers: `0`–`6` are the
/// storage codes (skipped, points 1–5, not sure); `7` is `Point(6)`, `8`
/// `Point(0)`, `9` `Point(7)`; any other byte `b` is `Point(b)`.
pub fn answer_of(b: u8) -> Answer {
    match b {
        b'0'..=b'6' => Answer::from_code(b - b'0').unwrap_or_default(),
        b'7' => Answer::Point(6),
        b'8' => Answer::Point(0),
        b'9' => Answer::Point(7),
        other => Answer::Point(other),
    }
}

/// The byte [`answer_of`] reads as `a`.
pub fn answer_byte(a: Answer) -> u8 {
    match a {
        Answer::Skipped => b'0',
        Answer::NotSure => b'6',
        Answer::Point(p @ 1..=5) => b'0' + p,
        Answer::Point(6) => b'7',
        Answer::Point(0) => b'8',
        Answer::Point(7) => b'9',
        Answer::Point(p) => p,
    }
}

/// How an answer scores and is written: points off the scale count as skipped.
pub fn on_scale(a: Answer) -> Answer {
    match a {
        Answer::Point(1..=5) | Answer::Skipped | Answer::NotSure => a,
        Answer::Point(_) => Answer::Skipped,
    }
}

/// A random sheet of `n` answers, mostly on the scale.
pub fn random_sheet(rng: &mut Rng, n: usize) -> Vec<Answer> {
    (0..n)
        .map(|_| match rng.below(20) {
            0 => Answer::Skipped,
            1 => Answer::NotSure,
            _ => Answer::Point(rng.range(1, 5) as u8),
        })
        .collect()
}

/// Splits `a|b` at the first `|`.
pub fn split_bar(input: &[u8]) -> (&[u8], Option<&[u8]>) {
    match input.iter().position(|&b| b == b'|') {
        Some(i) => (&input[..i], Some(&input[i + 1..])),
        None => (input, None),
    }
}

/// Every byte string in `items`, owned.
pub fn owned(items: &[&[u8]]) -> Vec<Vec<u8>> {
    items.iter().map(|t| t.to_vec()).collect()
}
