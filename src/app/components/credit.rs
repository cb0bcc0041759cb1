//! Where a piece of content comes from.

use crate::core::quiz::Quiz;

/// "Source: Title (Author); Title (Author)" for source indices of `quiz`;
/// content that cites none is said to be the quiz author's own.
pub fn credit_line(quiz: &Quiz, sources: &[usize]) -> String {
    if sources.is_empty() {
        return if quiz.id == crate::core::builtin::BUILTIN_QUIZ_ID {
            "Candor’s own synthesis, not from a cited article".into()
        } else {
            "The quiz author’s own advice, not from a cited source".into()
        };
    }
    let names: Vec<String> = sources
        .iter()
        .map(|&s| format!("{} ({})", quiz.sources[s].title, quiz.sources[s].author))
        .collect();
    format!("Source: {}", names.join("; "))
}
