//! The built-in quiz, compiled in from `content/candor.quiz.json`.

use super::language::Lang;
use super::quiz::Quiz;
use super::validate::parse_quiz;

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

/// The built-in quiz. Its validity is checked by the test suite, so a failure
/// here is a build that should never have shipped.
pub fn builtin_quiz() -> Quiz {
    match parse_quiz(BUILTIN_QUIZ_JSON.as_bytes()) {
        Ok(quiz) => quiz,
        Err(problems) => panic!("the built-in quiz is invalid: {}", problems[0]),
    }
}
