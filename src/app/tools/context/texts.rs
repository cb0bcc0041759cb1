//! The tools' catalogues in the page's language, with the coach's wording,
//! from the shared `I18n` context. Screens read them once, as they are
//! built; the app builds them anew when the language changes.

use leptos::prelude::*;

use crate::app::shared::i18n::I18n;
use crate::core::catalogue::{CheckerTexts, EditorTexts, ToolTexts};

/// The tools' texts (team view, presenter, builder, checker).
pub fn use_tool_texts() -> &'static ToolTexts {
    expect_context::<I18n>().catalogue::<ToolTexts>()
}

/// The checker's words about a valid file: its warnings, archetypes and
/// answer sheets, and trying it.
pub fn use_checker_texts() -> &'static CheckerTexts {
    expect_context::<I18n>().catalogue::<CheckerTexts>()
}

/// The quiz editor's words.
pub fn use_editor_texts() -> &'static EditorTexts {
    expect_context::<I18n>().catalogue::<EditorTexts>()
}
