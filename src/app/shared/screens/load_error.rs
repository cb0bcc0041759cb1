//! A coach's quiz file that could not be used: why, every problem, and the
//! built-in quiz instead. Nothing of the file is half-loaded. Also the page
//! that tries a file for the quiz-file checker when it got none: what it is
//! for, and the way to the checker, rather than a blank page.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::app::shared::embed;
use crate::app::shared::i18n::{follow_in_html_lang, page_language};
use crate::app::shared::quiz_loader::LoadError;
use crate::app::shared::route::Route;
use crate::core::catalogue::{ProblemTexts, Texts};
use crate::core::options::Options;

/// Takes the place of the loading screen (`main#boot`) it replaces. The app
/// (and its language context) never started, so the language is the one the
/// page would choose without the file: `?lang=`, the reader's earlier choice,
/// the browser's.
#[component]
pub fn LoadErrorScreen(
    url: String,
    error: LoadError,
    /// Each of the file's problems explained (for [`LoadError::Invalid`],
    /// which only the facilitator tools' module reads and explains).
    problems: Vec<String>,
    options: Arc<Options>,
) -> impl IntoView {
    embed::observe_height(&options);
    let lang = page_language(&options, None);
    follow_in_html_lang(RwSignal::new(lang));
    let texts = Texts::of(lang);
    let p = ProblemTexts::of(lang);
    let problems = (!problems.is_empty()).then(|| {
        let items = problems
            .into_iter()
            .map(|problem| view! { <li>{problem}</li> })
            .collect_view();
        view! { <ul class="problems">{items}</ul> }
    });
    // The address goes in a `<code>` where the sentence names it.
    let (before, after) = texts
        .load_tried()
        .split_once("{url}")
        .unwrap_or((texts.load_tried(), ""));
    let builtin = window().location().pathname().unwrap_or_default();
    request_animation_frame(move || embed::screen_changed(&options));
    if let LoadError::NothingToTry = error {
        let checker = format!("{builtin}{}", Route::Check.to_hash());
        // Named by its heading: framed, it stays apart from its host's `main`.
        return Either::Left(view! {
            <main id="boot" class="screen boot" aria-labelledby="boot-h">
                <h1 id="boot-h" tabindex="-1">{texts.try_alone_title()}</h1>
                <p>{error.message(p, lang)}</p>
                <p>
                    <a href=checker>{texts.try_alone_link()}</a>
                </p>
            </main>
        });
    }
    Either::Right(view! {
        <main id="boot" class="screen boot">
            <h1 tabindex="-1">{texts.load_failed()}</h1>
            <p>{before} <code>{url}</code> {after}</p>
            <p>{error.message(p, lang)}</p>
            {problems}
            <p>
                <a href=builtin>{texts.load_builtin()}</a>
            </p>
        </main>
    })
}
