//! The built-in quiz, compiled in from `content/candor.quiz.json`.

use super::language::Lang;
use super::quiz::Quiz;
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
