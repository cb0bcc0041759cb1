//! The quiz file at the address the builder previews, fetched and checked
//! the way the embedded quiz will load it, again whenever the address
//! changes.

use leptos::prelude::*;

use crate::app::shared::quiz_loader::{load_quiz, read_explained, LoadError};
use crate::core::catalogue::ProblemTexts;
use crate::core::language::Lang;

/// What the builder knows of the quiz file at the address it previews.
#[derive(Debug, Clone, PartialEq)]
pub enum QuizCheck {
    /// No address: the built-in quiz.
    None,
    Checking(String),
    Fine(String),
    /// The address, and the lines to list: why the file can't be used, then
    /// each of its problems as `validate_quiz` says it.
    Refused(String, Vec<String>),
}

impl QuizCheck {
    /// The address checked, once checked.
    fn checked(&self) -> Option<&str> {
        match self {
            QuizCheck::Fine(address) | QuizCheck::Refused(address, _) => Some(address),
            QuizCheck::None | QuizCheck::Checking(_) => None,
        }
    }
}

/// The lines the builder lists for a quiz file that cannot be used.
fn quiz_problems(error: &LoadError, p: &ProblemTexts, lang: Lang) -> Vec<String> {
    // Named by the option, as every other problem is.
    let mut lines = vec![format!("quiz: {}", error.message(p, lang))];
    if let LoadError::Invalid(problems) = error {
        lines.extend(problems.iter().map(|x| x.explain(p, lang)));
    }
    lines
}

/// What the builder knows of the quiz file at `address` (trimmed; empty
/// for the built-in quiz), in `p`'s words. Until the check of the address
/// now given is in, it is being checked: an earlier address's result, which
/// the resource may still finish, is not shown.
pub fn check_quiz(address: Memo<String>, p: &'static ProblemTexts, lang: Lang) -> Memo<QuizCheck> {
    let checked = LocalResource::new(move || {
        let address = address.get();
        async move {
            if address.is_empty() {
                return QuizCheck::None;
            }
            match load_quiz(&address, read_explained).await {
                Ok(_) => QuizCheck::Fine(address),
                Err(e) => QuizCheck::Refused(address, quiz_problems(&e, p, lang)),
            }
        }
    });
    Memo::new(move |_| {
        let address = address.get();
        if address.is_empty() {
            return QuizCheck::None;
        }
        match checked.get() {
            Some(check) if check.checked() == Some(address.as_str()) => check,
            _ => QuizCheck::Checking(address),
        }
    })
}
