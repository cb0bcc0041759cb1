//! The quiz the tools' screens show (the page's, in the page's language),
//! shared through context: a screen reads it as it is built, and the app
//! builds its screens anew when it changes.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::quiz::Quiz;

/// The tools' quiz.
#[derive(Debug, Clone, Copy)]
pub struct ToolsQuiz(StoredValue<Arc<Quiz>>);

impl ToolsQuiz {
    /// Replaces the quiz (set before the language changes, which builds
    /// the screen anew).
    pub fn set(self, quiz: Arc<Quiz>) {
        self.0.set_value(quiz);
    }
}

/// Provides `quiz` to the tools' screens.
pub fn provide_quiz(quiz: Arc<Quiz>) -> ToolsQuiz {
    let quiz = ToolsQuiz(StoredValue::new(quiz));
    provide_context(quiz);
    quiz
}

/// The tools' quiz, from context.
pub fn use_quiz() -> Arc<Quiz> {
    expect_context::<ToolsQuiz>().0.get_value()
}
