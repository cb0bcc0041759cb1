//! The quiz file the checker found valid, carried into the builder for as
//! long as the page is open.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::quiz::Quiz;

/// A quiz file the checker found valid.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedFile {
    /// As the coach's device named it.
    pub name: String,
    pub quiz: Arc<Quiz>,
}

/// The file carried from the checker into the builder, if any. It is held,
/// not fetched: the page's CSP (`connect-src 'self'`) refuses `blob:`
/// addresses, and nothing a coach checks is uploaded anywhere.
#[derive(Debug, Clone, Copy)]
pub struct Checked {
    pub file: RwSignal<Option<CheckedFile>>,
}

/// Provides the carried file, none yet.
pub fn provide_checked() {
    provide_context(Checked {
        file: RwSignal::new(None),
    });
}

/// The carried file, from context.
pub fn use_checked() -> Checked {
    expect_context()
}
