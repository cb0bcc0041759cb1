//! Each problem in a catalogue's words: the message, the hint and where it is.

use std::fmt;

use super::problem::*;
use super::{MAX_FILE_BYTES, MAX_TEXT_CHARS, MAX_UI_TEXT_CHARS, SCHEMA};
use crate::core::catalogue::{count, ProblemTexts};
use crate::core::language::{Lang, Plural};
use crate::core::lenient::{self, Raw};
use crate::core::options::{MAX_BRAND, MAX_CTA_LABEL};

/// How many other items missing `sources` a problem names.
const SOURCES_LISTED: usize = 5;

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

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(ProblemTexts::of(Lang::En), Lang::En))
    }
}
