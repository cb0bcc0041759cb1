//! Where a piece of content comes from.

use crate::core::catalogue::{fill, Texts};
use crate::core::quiz::Quiz;

/// "Source: Title (Author); Title (Author)" for source indices of `quiz`;
/// content that cites none is said to be the quiz author's own.
pub fn credit_line(quiz: &Quiz, texts: &Texts, sources: &[usize]) -> String {
    if sources.is_empty() {
        return if quiz.id == crate::core::builtin::BUILTIN_QUIZ_ID {
            texts.own_candor().to_string()
        } else {
            texts.own_author().to_string()
        };
    }
    let names: Vec<String> = sources
        .iter()
        .map(|&s| format!("{} ({})", quiz.sources[s].title, quiz.sources[s].author))
        .collect();
    fill(texts.source(), &[("list", &names.join("; "))])
}
