//! The built-in quiz, compiled in from `content/candor.quiz.json`.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::language::Lang;
use super::quiz::{Prompts, Quiz};
use super::strict;

/// The built-in quiz's `id`.
pub const BUILTIN_QUIZ_ID: &str = "candor";

/// The quiz file as shipped; also served as a template for coaches.
pub const BUILTIN_QUIZ_JSON: &str = include_str!("../../content/candor.quiz.json");

/// The built-in quiz's file in another language, served next to the app
/// (English is compiled in).
pub fn builtin_file(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::De => Some("candor.de.quiz.json"),
    }
}

/// The built-in quiz, read strictly ([`strict::read_quiz`]): the test suite
/// checks it with the full validator, which explains any problem, so a
/// failure here is a build that should never have shipped.
pub fn builtin_quiz() -> Quiz {
    strict::read_quiz(BUILTIN_QUIZ_JSON.as_bytes())
        .expect("the built-in quiz is valid (see the test suite)")
}

/// The built-in quiz's prompts for a team meeting, by language and habit
/// (`content/candor.prompts.json`). Only the tools' module uses them, so
/// readers never download them.
pub const BUILTIN_PROMPTS_JSON: &str = include_str!("../../content/candor.prompts.json");

/// One habit's prompts in `content/candor.prompts.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PromptsData {
    split: Vec<String>,
    low: Vec<String>,
    high: Vec<String>,
}

/// `quiz` (the built-in quiz, in its own language) with the built-in
/// prompts for each habit that has none of its own.
pub fn with_builtin_prompts(mut quiz: Quiz) -> Quiz {
    // Checked by the test suite: an unreadable file is a build that should
    // never have shipped; the quiz then keeps its general prompts.
    let Ok(mut all) = serde_json::from_str::<BTreeMap<String, BTreeMap<String, PromptsData>>>(
        BUILTIN_PROMPTS_JSON,
    ) else {
        return quiz;
    };
    let Some(mut habits) = all.remove(&quiz.language) else {
        return quiz;
    };
    for dimension in quiz.dimensions.iter_mut().filter(|d| d.prompts.is_empty()) {
        if let Some(p) = habits.remove(&dimension.id) {
            dimension.prompts = Prompts {
                split: p.split,
                low: p.low,
                high: p.high,
            };
        }
    }
    quiz
}
