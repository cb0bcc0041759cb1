//! Where a piece of content comes from.

use crate::core::quiz::Quiz;

/// "Source: Title (Author); Title (Author)" for source indices of `quiz`.
pub fn credit_line(quiz: &Quiz, sources: &[usize]) -> String {
    let names: Vec<String> = sources
        .iter()
        .map(|&s| format!("{} ({})", quiz.sources[s].title, quiz.sources[s].author))
        .collect();
    format!("Source: {}", names.join("; "))
}
