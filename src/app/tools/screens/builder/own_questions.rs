//! How to write your own questions: the builder's paragraph, with links
//! to the two quiz files, the format and the checker where its text names
//! them.

use leptos::prelude::*;

use super::placeholders::{pieces, Piece};
use crate::app::shared::route::Route;
use crate::app::tools::served::{FORMAT_REFERENCE, QUIZ_EXAMPLE, QUIZ_TEMPLATE};
use crate::core::catalogue::ToolTexts;

/// How to write your own questions, with links to the two quiz files where
/// the text names them.
pub fn own_questions(t: &'static ToolTexts) -> impl IntoView {
    pieces(t.own_questions_text())
        .into_iter()
        .map(|piece| match piece {
            Piece::Slot("template") => view! {
                <a href=QUIZ_TEMPLATE download=QUIZ_TEMPLATE>{t.own_questions_template()}</a>
            }
            .into_any(),
            Piece::Slot("example") => view! {
                <a href=QUIZ_EXAMPLE download=QUIZ_EXAMPLE>
                    {t.own_questions_example()}
                </a>
            }
            .into_any(),
            Piece::Slot("format") => {
                view! { <a href=FORMAT_REFERENCE>{t.format_link()}</a> }.into_any()
            }
            Piece::Slot("check") => {
                view! { <a href=Route::Check.to_hash()>{t.check_link()}</a> }.into_any()
            }
            Piece::Slot(other) => format!("{{{other}}}").into_any(),
            Piece::Text(text) => text.into_any(),
        })
        .collect_view()
}
