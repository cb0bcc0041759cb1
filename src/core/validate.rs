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

use super::catalogue::{self, count, placeholders, ProblemTexts};
use super::cta::CallToAction;
use super::language::{Lang, Plural};
use super::lenient::{self, Entries, Field, List, Object, Raw, UnknownField};
use super::options::{cta_url, Reason, MAX_BRAND, MAX_CTA_LABEL};
use super::quiz::*;
use super::quiz_file::*;
use super::text::{is_plain_text, is_valid_date, is_valid_id, is_valid_language, shorten};

/// The largest quiz file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 256 * 1024;
/// The longest text accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 1000;
/// The longest text of a coach's `ui` override, in characters.
pub const MAX_UI_TEXT_CHARS: usize = 600;
/// The schema this app reads.
pub const SCHEMA: u64 = 1;

/// One thing wrong with a quiz file, at a JSON path such as `$.questions[2].text`.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
    /// What would help a person put it right, where there is something to say.
    pub hint: Option<Hint>,
    /// The item the path is in, counted from 1, with its id: "question 2 (q2)".
    pub place: Option<Place>,
}

/// What would help a person put a problem right, beyond what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum Hint {
    /// The known name that a misspelt one most resembles.
    DidYouMean(&'static str),
    /// The ids a reference could name: the first few of them, and how many more.
    ValidIds { ids: Vec<String>, more: usize },
    /// A number or true/false written as text: the text (shortened).
    RemoveQuotes(String),
    /// A missing `sources`, said once for the whole file: `fix` is what to
    /// write, with one of the file's source ids (`None` when it has none),
    /// and `elsewhere` each other item that lacks it, by place and path.
    AddSources {
        fix: Option<String>,
        elsewhere: Vec<(Option<Place>, String)>,
    },
}

/// How many other items missing `sources` a problem names.
const SOURCES_LISTED: usize = 5;

/// An item of one of the file's lists: which list, its number counted from
/// 1, and its id when it has a valid one.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub section: Section,
    pub number: usize,
    pub id: Option<String>,
}

/// The lists of a quiz file whose items people name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Source,
    Dimension,
    Question,
    Pattern,
    Reflection,
}

impl Section {
    const ALL: [(&'static str, Section); 5] = [
        ("sources", Section::Source),
        ("dimensions", Section::Dimension),
        ("questions", Section::Question),
        ("patterns", Section::Pattern),
        ("reflections", Section::Reflection),
    ];
}

/// The most sources, dimensions and questions a quiz has.
pub(crate) const MAX_SOURCES: usize = 50;
pub(crate) const MAX_DIMENSIONS: usize = 20;
pub(crate) const MAX_QUESTIONS: usize = 200;
/// The most bands a dimension has.
pub(crate) const MAX_BANDS: usize = 10;
/// The most problems listed; how many more there are is said after them.
pub const MAX_LISTED: usize = 50;

/// How many valid ids a bad reference lists.
const IDS_LISTED: usize = 12;
/// Unknown fields past this many problems get no "did you mean".
const HINTED: usize = 200;

/// What is wrong; its `Display` is the plain-English message, and
/// [`ProblemKind::message`] says it in any catalogue's words.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    TooLarge {
        bytes: usize,
    },
    NotJson {
        line: usize,
        column: usize,
        reason: String,
        /// The character it stops at (none at the end of the file).
        found: Option<char>,
    },
    UnsupportedSchema {
        found: String,
    },
    NotAnObject,
    NotAnArray,
    Missing(&'static str),
    UnknownField(String),
    WrongType(Expected),
    OutOfRange(Range),
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
        noun: Noun,
    },
    TooFew {
        count: usize,
        min: usize,
        noun: Noun,
    },
    UnknownReference {
        kind: RefKind,
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
    /// A `ui` key no catalogue has (shortened), and the known key it most
    /// resembles, if one is close.
    UnknownKey {
        key: String,
        nearest: Option<&'static str>,
    },
    /// A `ui` text whose `{placeholders}` differ from the English text's:
    /// those it lacks and those it has in excess, sorted.
    Placeholders {
        missing: Vec<String>,
        extra: Vec<String>,
    },
    /// A `ui` text longer than [`MAX_UI_TEXT_CHARS`].
    UiTextTooLong {
        chars: usize,
    },
    /// A `ui` text with markup or control characters.
    NotPlainText,
    /// An archetype's call-to-action label over [`MAX_CTA_LABEL`] characters.
    CtaLabelTooLong {
        chars: usize,
    },
    /// An archetype's call-to-action address that is refused, and why.
    BadCta(Reason),
    /// A `brand` over [`MAX_BRAND`] characters.
    BrandTooLong {
        chars: usize,
    },
    /// Last, after [`MAX_LISTED`] problems: how many more were found. Items
    /// past a list's limit are not read, so their problems are not among
    /// them; the list's length is one of the problems.
    NotListed {
        count: usize,
    },
}

/// What a value of the wrong type should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    Id,
    WholeNumber,
    Number,
    Bool,
    Date,
    LanguageTag,
}

/// The range a value must be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Range {
    /// A whole number from `min` to `max`.
    Whole { min: u64, max: u64 },
    /// A number from `min` to `max`.
    Number { min: u64, max: u64 },
    /// More than `min`, at most `max`.
    Above { min: u64, max: u64 },
    /// At most this many characters.
    Chars(usize),
}

/// What a list holds, for "too many" and "too few".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Questions,
    Dimensions,
    Bands,
    Sources,
    AdviceItems,
    Patterns,
    References,
    DiscussionPrompts,
    Conditions,
    Reflections,
    /// The entries of `ui`.
    UiTexts,
}

/// What a reference names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Source,
    Dimension,
    Question,
}

impl Noun {
    /// `n` items, as `t` says it in `lang`: "1 question", "3 questions".
    fn count(self, t: &ProblemTexts, lang: Lang, n: usize) -> String {
        let (one, other) = match self {
            Noun::Questions => (t.quiz_count_questions_one(), t.quiz_count_questions_other()),
            Noun::Dimensions => (
                t.quiz_count_dimensions_one(),
                t.quiz_count_dimensions_other(),
            ),
            Noun::Bands => (t.quiz_count_bands_one(), t.quiz_count_bands_other()),
            Noun::Sources => (t.quiz_count_sources_one(), t.quiz_count_sources_other()),
            Noun::AdviceItems => (t.quiz_count_advice_one(), t.quiz_count_advice_other()),
            Noun::Patterns => (t.quiz_count_patterns_one(), t.quiz_count_patterns_other()),
            Noun::References => (
                t.quiz_count_references_one(),
                t.quiz_count_references_other(),
            ),
            Noun::DiscussionPrompts => (
                t.quiz_count_discussion_one(),
                t.quiz_count_discussion_other(),
            ),
            Noun::Conditions => (
                t.quiz_count_conditions_one(),
                t.quiz_count_conditions_other(),
            ),
            Noun::Reflections => (
                t.quiz_count_reflections_one(),
                t.quiz_count_reflections_other(),
            ),
            Noun::UiTexts => (t.quiz_count_ui_one(), t.quiz_count_ui_other()),
        };
        count(lang, n as u64, one, other)
    }
}

impl ProblemKind {
    /// The message in `t`'s words; `lang` gives the plural forms.
    pub fn message(&self, t: &ProblemTexts, lang: Lang) -> String {
        use ProblemKind::*;
        let fill = ProblemTexts::fill;
        match self {
            TooLarge { bytes } => fill(
                t.quiz_too_large(),
                &[
                    ("kb", &bytes.div_ceil(1024)),
                    ("limit", &(MAX_FILE_BYTES / 1024)),
                ],
            ),
            NotJson {
                line,
                column,
                reason,
                ..
            } => fill(
                t.quiz_not_json(),
                &[
                    ("line", line),
                    ("column", column),
                    ("reason", &t.json_reason(reason)),
                ],
            ),
            UnsupportedSchema { found } => {
                let found = if *found == Raw::List.describe() {
                    t.quiz_value_list()
                } else if *found == Raw::Object.describe() {
                    t.quiz_value_object()
                } else {
                    found
                };
                fill(t.quiz_schema(), &[("schema", &SCHEMA), ("found", &found)])
            }
            NotAnObject => t.quiz_not_object().into(),
            NotAnArray => t.quiz_not_list().into(),
            Missing(field) => fill(t.quiz_missing(), &[("field", field)]),
            UnknownField(field) => fill(t.quiz_unknown_field(), &[("field", field)]),
            WrongType(expected) => match expected {
                Expected::Text => t.quiz_expected_text(),
                Expected::Id => t.quiz_expected_id(),
                Expected::WholeNumber => t.quiz_expected_whole(),
                Expected::Number => t.quiz_expected_number(),
                Expected::Bool => t.quiz_expected_bool(),
                Expected::Date => t.quiz_expected_date(),
                Expected::LanguageTag => t.quiz_expected_language(),
            }
            .into(),
            OutOfRange(range) => match *range {
                Range::Whole { min, max } => {
                    fill(t.quiz_range_whole(), &[("min", &min), ("max", &max)])
                }
                Range::Number { min, max } => {
                    fill(t.quiz_range_number(), &[("min", &min), ("max", &max)])
                }
                Range::Above { min, max } => {
                    fill(t.quiz_range_above(), &[("min", &min), ("max", &max)])
                }
                Range::Chars(max) => fill(t.quiz_range_chars(), &[("max", &max)]),
            },
            EmptyText => t.quiz_empty().into(),
            TextTooLong { chars } => fill(
                t.quiz_too_long(),
                &[("chars", chars), ("limit", &MAX_TEXT_CHARS)],
            ),
            CtaLabelTooLong { chars } => fill(
                t.quiz_cta_label_too_long(),
                &[("chars", chars), ("limit", &MAX_CTA_LABEL)],
            ),
            BadCta(reason) => reason.message(t),
            BrandTooLong { chars } => fill(
                t.quiz_brand_too_long(),
                &[("chars", chars), ("limit", &MAX_BRAND)],
            ),
            UiTextTooLong { chars } => fill(
                t.quiz_too_long(),
                &[("chars", chars), ("limit", &MAX_UI_TEXT_CHARS)],
            ),
            BadId(id) => fill(t.quiz_bad_id(), &[("id", id)]),
            DuplicateId { id, first } => {
                fill(t.quiz_duplicate_id(), &[("id", id), ("first", first)])
            }
            NotListed { count: n } => count(
                lang,
                *n as u64,
                t.quiz_not_listed_one(),
                t.quiz_not_listed_other(),
            ),
            TooMany { count, limit, noun } => fill(
                t.quiz_too_many(),
                &[("count", &noun.count(t, lang, *count)), ("limit", limit)],
            ),
            TooFew { count, min, noun } => fill(
                t.quiz_too_few(),
                &[("count", &noun.count(t, lang, *count)), ("min", min)],
            ),
            UnknownReference { kind, id } => {
                let template = match kind {
                    RefKind::Source => t.quiz_no_source(),
                    RefKind::Dimension => t.quiz_no_dimension(),
                    RefKind::Question => t.quiz_no_question(),
                };
                fill(template, &[("id", id)])
            }
            UnmeasuredDimension => t.quiz_unmeasured().into(),
            BandsNotContiguous { expected, found } => fill(
                t.quiz_bands_gap(),
                &[("expected", expected), ("found", found)],
            ),
            BandsDoNotStartAtZero => t.quiz_bands_start().into(),
            BandsDoNotEndAt100 => t.quiz_bands_end().into(),
            BandInverted { min, max } => {
                fill(t.quiz_band_inverted(), &[("min", min), ("max", max)])
            }
            ConditionShape => t.quiz_condition().into(),
            AdviceQuestionElsewhere {
                question,
                measures,
                advice,
            } => fill(
                t.quiz_advice_elsewhere(),
                &[
                    ("question", question),
                    ("measures", measures),
                    ("advice", advice),
                ],
            ),
            NoDefaultPattern => t.quiz_no_default().into(),
            AfterDefaultPattern => t.quiz_after_default().into(),
            ScaleLabels { found } => fill(t.quiz_scale_labels(), &[("found", found)]),
            BadDate(date) => fill(t.quiz_bad_date(), &[("date", date)]),
            BadLanguage(tag) => fill(t.quiz_bad_language(), &[("tag", tag)]),
            UnknownKey { key, nearest } => match nearest {
                Some(nearest) => fill(
                    t.ui_unknown_key_near(),
                    &[("key", key), ("nearest", nearest)],
                ),
                None => fill(t.ui_unknown_key(), &[("key", key)]),
            },
            Placeholders { missing, extra } => {
                let part = |names: &[String], one: &str, other: &str| {
                    let template = match lang.plural(names.len() as u64) {
                        Plural::One => one,
                        Plural::Other => other,
                    };
                    let list: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
                    fill(template, &[("list", &list.join(", "))])
                };
                let mut parts = Vec::new();
                if !missing.is_empty() {
                    parts.push(part(missing, t.ui_missing_one(), t.ui_missing_other()));
                }
                if !extra.is_empty() {
                    parts.push(part(extra, t.ui_extra_one(), t.ui_extra_other()));
                }
                parts.join("; ")
            }
            NotPlainText => t.ui_not_plain().into(),
        }
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(ProblemTexts::of(Lang::En), Lang::En))
    }
}

impl Problem {
    /// `path: message`, the message in `t`'s words; `lang` gives the plural forms.
    pub fn message(&self, t: &ProblemTexts, lang: Lang) -> String {
        format!("{}: {}", self.path, self.kind.message(t, lang))
    }
}

impl Problem {
    /// The problem as a coach reads it, the validator prints it and the app
    /// shows it: the item counted from 1 with its id ("question 2 (q2),
    /// weight: …"), what is wrong, what would help, and the JSON path last,
    /// for developers.
    pub fn explain(&self, t: &ProblemTexts, lang: Lang) -> String {
        let fill = ProblemTexts::fill;
        let message = match (&self.kind, &self.hint) {
            (
                ProblemKind::NotJson {
                    line,
                    reason,
                    found: Some(found),
                    ..
                },
                _,
            ) if reason == lenient::TRAILING_COMMA => {
                return fill(t.explain_json_comma(), &[("found", found), ("line", line)]);
            }
            (
                ProblemKind::NotJson {
                    line,
                    column,
                    reason,
                    found: Some(found),
                },
                _,
            ) => {
                return fill(
                    t.explain_json_found(),
                    &[
                        ("reason", &t.json_reason(reason)),
                        ("found", found),
                        ("line", line),
                        ("column", column),
                    ],
                );
            }
            (kind, _) => kind.message(t, lang),
        };
        let message = match &self.hint {
            Some(hint) => format!("{message}; {}", hint.message(t)),
            None => message,
        };
        match at(self.place.as_ref(), &self.path, t) {
            Some(at) => format!("{at}: {message} ({})", self.path),
            None => message,
        }
    }

    /// What to paste to put the problem right, where Candor knows: the
    /// `sources` field to add.
    pub fn fix(&self) -> Option<String> {
        match &self.hint {
            Some(Hint::AddSources { fix, .. }) => {
                Some(fix.clone().unwrap_or_else(|| OWN_SOURCES.to_string()))
            }
            _ => None,
        }
    }
}

/// The `sources` of the quiz author's own advice or archetype.
const OWN_SOURCES: &str = "\"sources\": []";

/// Where a problem is, as a coach counts: "question 2 (q2), weight",
/// "dimension 1 (listening), bands[0].advice[1]"; the JSON path without
/// `$.` outside the lists; `None` at the top.
fn at(place: Option<&Place>, path: &str, t: &ProblemTexts) -> Option<String> {
    let field = path
        .strip_prefix("$.")
        .map(|rest| rest.split_once(']').map_or(rest, |(_, after)| after));
    let field = field
        .map(|f| f.trim_start_matches('.'))
        .filter(|f| !f.is_empty());
    match (place.map(|p| p.name(t)), field) {
        (Some(place), Some(field)) => Some(format!("{place}, {field}")),
        (Some(place), None) => Some(place),
        (None, Some(_)) if place.is_none() => Some(path[2..].to_string()),
        _ => None,
    }
}

impl Place {
    /// "question 2 (q2)", or "question 2" without a valid id.
    pub fn name(&self, t: &ProblemTexts) -> String {
        let (plain, with_id) = match self.section {
            Section::Source => (t.place_source(), t.place_source_id()),
            Section::Dimension => (t.place_dimension(), t.place_dimension_id()),
            Section::Question => (t.place_question(), t.place_question_id()),
            Section::Pattern => (t.place_pattern(), t.place_pattern_id()),
            Section::Reflection => (t.place_reflection(), t.place_reflection_id()),
        };
        match &self.id {
            Some(id) => ProblemTexts::fill(with_id, &[("n", &self.number), ("id", id)]),
            None => ProblemTexts::fill(plain, &[("n", &self.number)]),
        }
    }
}

impl Hint {
    /// The hint in `t`'s words.
    pub fn message(&self, t: &ProblemTexts) -> String {
        let fill = ProblemTexts::fill;
        match self {
            Hint::DidYouMean(name) => fill(t.hint_did_you_mean(), &[("name", name)]),
            Hint::ValidIds { ids, .. } if ids.is_empty() => t.hint_no_ids().to_string(),
            Hint::ValidIds { ids, more: 0 } => {
                fill(t.hint_valid_ids(), &[("list", &ids.join(", "))])
            }
            Hint::ValidIds { ids, more } => fill(
                t.hint_valid_ids_more(),
                &[("list", &ids.join(", ")), ("n", more)],
            ),
            Hint::RemoveQuotes(text) => fill(t.hint_remove_quotes(), &[("text", text)]),
            Hint::AddSources { fix, elsewhere } => {
                let write = match fix {
                    Some(fix) => fill(t.hint_add_sources(), &[("fix", fix)]),
                    None => t.hint_add_sources_own().to_string(),
                };
                let names: Vec<String> = elsewhere
                    .iter()
                    .take(SOURCES_LISTED)
                    .filter_map(|(place, path)| at(place.as_ref(), path, t))
                    .collect();
                let list = names.join(", ");
                let also = match elsewhere.len().saturating_sub(SOURCES_LISTED) {
                    _ if names.is_empty() => return write,
                    0 => fill(t.hint_sources_also(), &[("list", &list)]),
                    more => fill(t.hint_sources_also_more(), &[("list", &list), ("n", &more)]),
                };
                format!("{write}; {also}")
            }
        }
    }
}

/// Whether `s` is written as a JSON number (`-2`, `0.5`, `1e3`). Checked by
/// its shape: parsing it as `f64` would bring the standard library's float
/// parser, about 15 KB, into every reader's download for one hint.
fn looks_like_a_number(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (s, None),
    };
    let (whole, fraction) = mantissa
        .split_once('.')
        .map_or((mantissa, None), |(w, f)| (w, Some(f)));
    let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits) && exponent.is_none_or(digits)
}

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

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(ProblemTexts::of(Lang::En), Lang::En))
    }
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

/// Collects problems while the file is walked.
struct Reader {
    problems: Vec<Problem>,
    /// The id of each list item that has a valid one, by the item's path.
    names: BTreeMap<String, String>,
    /// The unknown fields of each object, by the object's path, in document
    /// order; reported when the walk reaches that object.
    unknown: BTreeMap<String, Vec<String>>,
    /// The file's first valid source id, for the fix of a missing `sources`.
    first_source: Option<String>,
}

impl Reader {
    fn new(unknown: Vec<UnknownField>) -> Reader {
        let mut by_object: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for UnknownField { parent, key } in unknown {
            by_object.entry(parent).or_default().push(key);
        }
        Reader {
            problems: Vec::new(),
            names: BTreeMap::new(),
            unknown: by_object,
            first_source: None,
        }
    }

    fn report(&mut self, path: &str, kind: ProblemKind) {
        self.report_with(path, kind, None);
    }

    fn report_with(&mut self, path: &str, kind: ProblemKind, hint: Option<Hint>) {
        self.problems.push(Problem {
            path: path.to_string(),
            kind,
            hint,
            place: None,
        });
    }

    /// A value of the wrong type; a number or true/false in quotes is told to
    /// lose them.
    fn wrong_type(&mut self, v: &Raw, path: &str, expected: Expected) {
        let quoted = match (v, expected) {
            (Raw::Text(s), Expected::Number | Expected::WholeNumber) => {
                looks_like_a_number(s.trim())
            }
            (Raw::Text(s), Expected::Bool) => matches!(s.trim(), "true" | "false"),
            _ => false,
        };
        let hint = match v {
            Raw::Text(s) if quoted => Some(Hint::RemoveQuotes(shorten(s))),
            _ => None,
        };
        self.report_with(path, ProblemKind::WrongType(expected), hint);
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
    fn object<'v, T: Fields>(&mut self, v: &'v Object<T>, path: &str) -> Option<&'v T> {
        let Object::Found(fields) = v else {
            self.report(path, ProblemKind::NotAnObject);
            return None;
        };
        let unknown = self.unknown.remove(path).unwrap_or_default();
        let known = if unknown.is_empty() { &[] } else { T::FIELDS };
        for key in unknown {
            let at = field_path(path, &key);
            // A misspelling is a few letters off a known name; only the first
            // few of a file full of unknown fields are compared, so its check
            // stays linear.
            let hint = (self.problems.len() < HINTED && key.len() <= 40)
                .then(|| catalogue::nearest(&key, known))
                .flatten()
                .map(Hint::DidYouMean);
            self.report_with(&at, ProblemKind::UnknownField(key), hint);
        }
        Some(fields)
    }

    /// A list of `min..=max` items; a count outside the range is reported.
    /// The items are read up to the limit, so their own problems show too,
    /// but not past it: a file of tens of thousands of items would otherwise
    /// be walked in full to list problems no one reads.
    fn list<'v, T>(
        &mut self,
        v: &'v List<T>,
        path: &str,
        (min, max): (usize, usize),
        noun: Noun,
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
        Some(&items[..count.min(max)])
    }

    fn text(&mut self, v: &Raw, path: &str) -> Option<String> {
        let Raw::Text(s) = v else {
            self.report(path, ProblemKind::WrongType(Expected::Text));
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

    /// A `ui` text: plain, at most [`MAX_UI_TEXT_CHARS`], with exactly the
    /// placeholders of `english` (the key's English text).
    fn ui_text(&mut self, v: &Raw, path: &str, english: Option<&str>) -> Option<String> {
        let Raw::Text(s) = v else {
            self.report(path, ProblemKind::WrongType(Expected::Text));
            return None;
        };
        let chars = s.chars().count();
        let kind = if s.trim().is_empty() {
            ProblemKind::EmptyText
        } else if chars > MAX_UI_TEXT_CHARS {
            ProblemKind::UiTextTooLong { chars }
        } else if !is_plain_text(s) {
            ProblemKind::NotPlainText
        } else {
            let (want, have) = (placeholders(english.unwrap_or(s)), placeholders(s));
            let names = |a: &std::collections::BTreeSet<&str>,
                         b: &std::collections::BTreeSet<&str>| {
                a.difference(b).map(|n| shorten(n)).collect::<Vec<String>>()
            };
            let (missing, extra) = (names(&want, &have), names(&have, &want));
            if missing.is_empty() && extra.is_empty() {
                return Some(s.clone());
            }
            ProblemKind::Placeholders { missing, extra }
        };
        self.report(path, kind);
        None
    }

    fn id(&mut self, v: &Raw, path: &str) -> Option<String> {
        let Raw::Text(s) = v else {
            self.report(path, ProblemKind::WrongType(Expected::Id));
            return None;
        };
        if is_valid_id(s) {
            Some(s.clone())
        } else {
            self.report(path, ProblemKind::BadId(shorten(s)));
            None
        }
    }

    fn whole_number(&mut self, v: &Raw, path: &str, min: u64, max: u64) -> Option<u64> {
        // Some(None): a whole number, but negative or too large for any range.
        let whole = match v {
            Raw::Number(n) if n.fract() == 0.0 => Some(v.as_u64()),
            _ => None,
        };
        match whole {
            None => {
                self.wrong_type(v, path, Expected::WholeNumber);
                None
            }
            Some(Some(n)) if (min..=max).contains(&n) => Some(n),
            Some(_) => {
                self.report(path, ProblemKind::OutOfRange(Range::Whole { min, max }));
                None
            }
        }
    }

    fn number(&mut self, v: &Raw, path: &str, ok: fn(f64) -> bool, range: Range) -> Option<f64> {
        let Raw::Number(n) = *v else {
            self.wrong_type(v, path, Expected::Number);
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
            self.wrong_type(v, path, Expected::Bool);
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
        kind: RefKind,
    ) -> Option<Vec<usize>> {
        let items = self.list(v, path, bounds, Noun::References)?;
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

    fn reference(&mut self, v: &Raw, path: &str, ids: &Ids, kind: RefKind) -> Option<usize> {
        let id = self.id(v, path)?;
        let found = ids.get(&id);
        if found.is_none() {
            let hint = Hint::ValidIds {
                ids: ids.order.iter().take(IDS_LISTED).cloned().collect(),
                more: ids.order.len().saturating_sub(IDS_LISTED),
            };
            self.report_with(path, ProblemKind::UnknownReference { kind, id }, Some(hint));
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
        self.refs(v, &p, (min, 10), ids, RefKind::Source)
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
    /// The valid ids in list order, each once.
    order: Vec<String>,
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
            self.order.push(id.to_string());
            r.names.insert(path.to_string(), id.to_string());
        }
    }

    fn get(&self, id: &str) -> Option<usize> {
        self.first.get(id).map(|(i, _)| *i)
    }

    /// Notes the valid ids of the items of a list past its `limit`, which
    /// are not read ([`Reader::list`]): a reference to one of them is then
    /// not reported as unknown, and only the list's length is. They are
    /// not checked for duplicates, named in hints or places, or counted as
    /// read items ([`Ids::positions`]).
    fn note_unread<T>(&mut self, v: &List<Object<T>>, limit: usize, id: fn(&T) -> &Raw) {
        let List::Found(items) = v else {
            return;
        };
        for (i, item) in items.iter().enumerate().skip(limit) {
            if let Object::Found(o) = item {
                if let Raw::Text(s) = id(o) {
                    if is_valid_id(s) && !self.first.contains_key(s) {
                        self.first.insert(s.clone(), (i, String::new()));
                    }
                }
            }
        }
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

/// The list item `path` is in (`$.questions[1].weight` is in question 2),
/// with its id from `names`.
fn place_of(path: &str, names: &BTreeMap<String, String>) -> Option<Place> {
    let rest = path.strip_prefix("$.")?;
    let (list, rest) = rest.split_once('[')?;
    let (index, _) = rest.split_once(']')?;
    let section = Section::ALL.iter().find(|(name, _)| *name == list)?.1;
    let number = index.parse::<usize>().ok()?.checked_add(1)?;
    let item = format!("$.{list}[{index}]");
    Some(Place {
        section,
        number,
        id: names.get(&item).cloned(),
    })
}

fn field_path(path: &str, key: &str) -> String {
    format!("{path}.{key}")
}

fn index_path(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
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
            r.report(&p, ProblemKind::OutOfRange(Range::Chars(20)));
            return None;
        }
        Some(s)
    });
    let title = r.text_field(at, "title", &top.title);
    let intro = r.text_field(at, "intro", &top.intro);
    let minutes = r
        .req(at, "minutes", &top.minutes)
        .and_then(|(v, p)| r.whole_number(v, &p, 1, 120));
    let language = r
        .req(at, "language", &top.language)
        .and_then(|(v, p)| match v {
            Raw::Text(s) if is_valid_language(s) => Some(s.clone()),
            Raw::Text(s) => {
                r.report(&p, ProblemKind::BadLanguage(shorten(s)));
                None
            }
            _ => {
                r.report(&p, ProblemKind::WrongType(Expected::LanguageTag));
                None
            }
        });
    let scale = r
        .req(at, "scale", &top.scale)
        .and_then(|(v, p)| read_scale(r, v, &p));

    let mut source_ids = Ids::default();
    let sources = r.req(at, "sources", &top.sources).and_then(|(v, p)| {
        let sources = read_each(r, v, &p, (1, MAX_SOURCES), Noun::Sources, |r, v, p, i| {
            read_source(r, v, p, i, &mut source_ids)
        });
        source_ids.note_unread(v, MAX_SOURCES, |s| &s.id);
        sources
    });
    r.first_source = source_ids.order.first().cloned();

    let mut dimension_ids = Ids::default();
    let mut links = Vec::new();
    let mut dimensions = r.req(at, "dimensions", &top.dimensions).and_then(|(v, p)| {
        let dimensions = read_each(
            r,
            v,
            &p,
            (1, MAX_DIMENSIONS),
            Noun::Dimensions,
            |r, v, p, i| read_dimension(r, v, p, i, &mut dimension_ids, &source_ids, &mut links),
        );
        dimension_ids.note_unread(v, MAX_DIMENSIONS, |d| &d.id);
        dimensions
    });

    let mut question_ids = Ids::default();
    // The dimension each question measures, even when the question has other
    // problems, so an unmeasured dimension is reported alongside them.
    let mut measured: Option<Vec<Option<usize>>> = None;
    let questions = r.req(at, "questions", &top.questions).and_then(|(v, p)| {
        let mut seen = Vec::new();
        let questions = read_each(
            r,
            v,
            &p,
            (1, MAX_QUESTIONS),
            Noun::Questions,
            |r, v, p, i| {
                let (question, dimension) =
                    read_question(r, v, p, i, &mut question_ids, &dimension_ids, &source_ids);
                seen.push(dimension);
                question
            },
        );
        question_ids.note_unread(v, MAX_QUESTIONS, |q| &q.id);
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
        let Some(resolved) = r.refs(
            link.ids,
            &link.path,
            (1, 10),
            &question_ids,
            RefKind::Question,
        ) else {
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
            read_each(r, v, &p, (0, 50), Noun::Reflections, |r, v, p, i| {
                let o = r.object(v, p)?;
                let id = r.id_field(p, "id", &o.id);
                if let Some(id) = &id {
                    ids.add(r, id, i, p);
                }
                let prompt = r.text_field(p, "prompt", &o.prompt);
                let questions = r
                    .req(p, "questions", &o.questions)
                    .and_then(|(v, p)| r.refs(v, &p, (1, 20), &question_ids, RefKind::Question));
                Some(Reflection {
                    id: id?,
                    prompt: prompt?,
                    questions: questions?,
                })
            })
        });

    let ui = match opt(at, "ui", &top.ui) {
        Some((v, p)) => read_ui(r, v, &p),
        None => Some(Vec::new()),
    };
    let brand = match opt(at, "brand", &top.brand) {
        None => Some(None),
        Some((v, p)) => r.text(v, &p).and_then(|brand| {
            let chars = brand.chars().count();
            if chars > MAX_BRAND {
                r.report(&p, ProblemKind::BrandTooLong { chars });
                None
            } else {
                Some(Some(brand.trim().to_string()))
            }
        }),
    };

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
        brand: brand?,
        ui: ui?,
    })
}

/// A coach's wording for the app's own text: at most one entry per key of
/// the catalogues, each a key some catalogue has, with a plain text that
/// uses the same placeholders as the key's English text.
fn read_ui(r: &mut Reader, v: &Object<Entries<Raw>>, path: &str) -> Option<Vec<(String, String)>> {
    let Entries(entries) = r.object(v, path)?;
    let before = r.problems.len();
    let known: Vec<&'static str> = catalogue::all_keys().collect();
    let limit = known.len();
    if entries.len() > limit {
        let kind = ProblemKind::TooMany {
            count: entries.len(),
            limit,
            noun: Noun::UiTexts,
        };
        r.report(path, kind);
    }
    // Entries past the limit are not looked at: each unknown key is
    // compared with every known one.
    let mut out = Vec::with_capacity(entries.len().min(limit));
    for (key, value) in entries.iter().take(limit) {
        let at = field_path(path, &shorten(key));
        if !known.contains(&key.as_str()) {
            let kind = ProblemKind::UnknownKey {
                key: shorten(key),
                nearest: nearest_key(key, &known),
            };
            r.report(&at, kind);
        } else if let Some(text) = r.ui_text(value, &at, catalogue::english(key)) {
            out.push((key.clone(), text));
        }
    }
    // A map: its order in the file means nothing.
    out.sort_unstable();
    (r.problems.len() == before).then_some(out)
}

/// The known key `key` is most likely a misspelling of. Only keys that
/// could be within the edits [`catalogue::nearest`] allows are compared
/// (judged by their letters, whatever their order), so a file full of
/// unknown or very long keys is still checked at once.
fn nearest_key(key: &str, known: &[&'static str]) -> Option<&'static str> {
    let chars = key.chars().count();
    let edits = (chars / 3).max(1);
    let letters = letter_counts(key);
    let close: Vec<&'static str> = known
        .iter()
        .copied()
        .filter(|k| k.chars().count().abs_diff(chars) <= edits)
        .filter(|k| {
            // An edit changes at most one letter on each side, so keys
            // whose letters differ more are further apart than `edits`.
            let theirs = letter_counts(k);
            let (mut ours_only, mut theirs_only) = (0, 0);
            for (a, b) in letters.iter().zip(&theirs) {
                ours_only += a.saturating_sub(*b);
                theirs_only += b.saturating_sub(*a);
            }
            ours_only.max(theirs_only) <= edits
        })
        .collect();
    catalogue::nearest(key, &close)
}

/// How often each character occurs in `s`, with characters other than
/// `a–z`, `0–9` and `_` sharing buckets.
fn letter_counts(s: &str) -> [usize; 40] {
    let mut counts = [0; 40];
    for c in s.chars() {
        let bucket = match c {
            'a'..='z' => c as usize - 'a' as usize,
            '0'..='9' => 26 + (c as usize - '0' as usize),
            '_' => 36,
            _ => 37 + c as usize % 3,
        };
        counts[bucket] += 1;
    }
    counts
}

/// Reads every item of a list; the result is `None` if any item failed.
fn read_each<'v, T, U>(
    r: &mut Reader,
    v: &'v List<T>,
    path: &str,
    bounds: (usize, usize),
    noun: Noun,
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
        // Labels past the fifth are not read.
        let texts: Vec<Option<String>> = items
            .iter()
            .take(5)
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
                r.report(&p, ProblemKind::WrongType(Expected::Date));
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
        let bands = read_each(r, v, &p, (1, MAX_BANDS), Noun::Bands, |r, v, p, b| {
            let (band, range) = read_band(r, v, p, sources, (i, b), links);
            bounds.push(range);
            band
        });
        // Too many bands are not all read: how they cover 0–100 is not known.
        let all_read = matches!(v, List::Found(b) if b.len() <= MAX_BANDS);
        let bounds: Option<Vec<(u8, u8)>> = bounds.into_iter().collect();
        let covered = bounds.is_some_and(|b| all_read && check_band_coverage(r, &b, &p));
        bands.filter(|_| covered)
    });
    let discussion = match opt(path, "discussion", &o.discussion) {
        Some((v, p)) => read_each(r, v, &p, (0, 5), Noun::DiscussionPrompts, |r, v, p, _| {
            r.text(v, p)
        }),
        None => Some(Vec::new()),
    };
    let prompts = match opt(path, "prompts", &o.prompts) {
        Some((v, p)) => read_prompts(r, v, &p),
        None => Some(Prompts::default()),
    };
    Some(Dimension {
        id: id?,
        name: name?,
        description: description?,
        bands: bands?,
        discussion: discussion?,
        prompts: prompts?,
    })
}

/// A dimension's `prompts`: each situation's list optional, 0–5 texts.
fn read_prompts(r: &mut Reader, v: &Object<PromptsFile>, path: &str) -> Option<Prompts> {
    let o = r.object(v, path)?;
    let mut list = |key: &str, v: &List<Raw>| match opt(path, key, v) {
        Some((v, p)) => read_each(r, v, &p, (0, 5), Noun::DiscussionPrompts, |r, v, p, _| {
            r.text(v, p)
        }),
        None => Some(Vec::new()),
    };
    let (split, low, high) = (
        list("split", &o.split),
        list("low", &o.low),
        list("high", &o.high),
    );
    Some(Prompts {
        split: split?,
        low: low?,
        high: high?,
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
        read_each(r, v, &p, (1, 10), Noun::AdviceItems, |r, v, p, a| {
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
    r.whole_number(v, &p, 0, 100).map(|n| n as u8)
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
        .and_then(|(v, p)| r.reference(v, &p, dimensions, RefKind::Dimension));
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
            Range::Above { min: 0, max: 10 },
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

/// An archetype's call to action: a short label and an address the page
/// options would accept (http(s) or mailto:, with `{code}` and `{link}`).
fn read_cta(r: &mut Reader, v: &Object<CtaFile>, path: &str) -> Option<CallToAction> {
    let o = r.object(v, path)?;
    let label = r.text_field(path, "label", &o.label).and_then(|label| {
        let chars = label.chars().count();
        if chars > MAX_CTA_LABEL {
            r.report(
                &field_path(path, "label"),
                ProblemKind::CtaLabelTooLong { chars },
            );
            None
        } else {
            Some(label)
        }
    });
    let url = r
        .text_field(path, "url", &o.url)
        .and_then(|url| match cta_url(&url) {
            Ok(url) => Some(url),
            Err(reason) => {
                r.report(&field_path(path, "url"), ProblemKind::BadCta(reason));
                None
            }
        });
    Some(CallToAction {
        url: url?,
        label: Some(label?),
    })
}

fn read_patterns(
    r: &mut Reader,
    v: &List<Object<PatternFile>>,
    path: &str,
    dimensions: &Ids,
    sources: &Ids,
) -> Option<Vec<Pattern>> {
    let mut ids = Ids::default();
    let patterns = read_each(r, v, path, (1, 50), Noun::Patterns, |r, v, p, i| {
        let o = r.object(v, p)?;
        let id = r.id_field(p, "id", &o.id);
        if let Some(id) = &id {
            ids.add(r, id, i, p);
        }
        let name = r.text_field(p, "name", &o.name);
        let when = r.req(p, "when", &o.when).and_then(|(v, p)| {
            read_each(r, v, &p, (0, 20), Noun::Conditions, |r, v, p, _| {
                read_condition(r, v, p, dimensions)
            })
        });
        let summary = r.text_field(p, "summary", &o.summary);
        let try_first = r.text_field(p, "try_first", &o.try_first);
        let sources = r.sources(p, &o.sources, sources, 0);
        let cta = match opt(p, "cta", &o.cta) {
            None => Some(None),
            Some((v, p)) => read_cta(r, v, &p).map(Some),
        };
        Some(Pattern {
            id: id?,
            name: name?,
            when: when?,
            summary: summary?,
            try_first: try_first?,
            sources: sources?,
            cta: cta?,
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
        .and_then(|(v, p)| r.reference(v, &p, dimensions, RefKind::Dimension));
    let in_range: fn(f64) -> bool = |n| (0.0..=100.0).contains(&n);
    let range = Range::Number { min: 0, max: 100 };
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

#[cfg(test)]
mod number_shape_tests {
    use super::looks_like_a_number;

    #[test]
    fn numbers_in_quotes_are_told_by_their_shape() {
        for yes in ["2", "-2", "0.5", "10", "1e3", "2.5E-2", "007"] {
            assert!(looks_like_a_number(yes), "{yes}");
        }
        for no in [
            "", "-", "two", "1.", ".5", "1e", "1,5", "0x10", "NaN", "inf", "2 3", "--2",
        ] {
            assert!(!looks_like_a_number(no), "{no}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_key_is_found_as_without_the_shortcut() {
        let known: Vec<&'static str> = catalogue::all_keys().collect();
        let mut words: Vec<String> = vec!["".into(), "x".into(), "é".repeat(30)];
        // Every tenth key: the comparison without the shortcut is slow.
        for key in known.iter().step_by(10) {
            let chars: Vec<char> = key.chars().collect();
            let at = chars.len() / 2;
            let mut deleted = chars.clone();
            deleted.remove(at);
            let mut swapped = chars.clone();
            swapped.swap(at - 1, at);
            let mut replaced = chars.clone();
            replaced[at] = 'é';
            let mut doubled = chars.clone();
            doubled.insert(at, 'q');
            for w in [deleted, swapped, replaced, doubled] {
                words.push(w.into_iter().collect());
            }
            words.push(format!("{key}_{key}"));
        }
        for word in &words {
            assert_eq!(
                nearest_key(word, &known),
                catalogue::nearest(word, &known),
                "{word}"
            );
        }
    }

    #[test]
    fn plain_text_and_placeholders() {
        assert!(is_plain_text("1 < 2 & 3 > 2; R&D, <3, a & b;"));
        for markup in [
            "<b>", "</p>", "<!--", "<?x", "&amp;", "&#8203;", "&#x27;", "a\nb", "\u{2066}",
        ] {
            assert!(!is_plain_text(markup), "{markup:?}");
        }
        let names: Vec<&str> = placeholders("{n} of {total}, {n} { x } {} {a-b} {")
            .into_iter()
            .collect();
        assert_eq!(names, ["n", "total"]);
    }
}
