//! "Forget my data", with a confirmation step in the page.

use leptos::either::EitherOf4;

use leptos::prelude::*;

use crate::app::shared::i18n::{use_lang, use_texts};

use crate::app::shared::components::keyed::Keyed;

use crate::app::reader::offline;
use crate::app::reader::state::use_session;
use crate::app::shared::storage::Forgotten;
use crate::core::catalogue::{count, fill, Texts};
use crate::core::language::Lang;

#[derive(Clone, PartialEq, Eq, Hash)]
enum Step {
    Ask,
    Confirm,
    /// Done, with what could not be deleted if anything.
    Done(Option<String>),
}

/// Asks, confirms, deletes everything Candor stored and says what happened.
/// Focus follows the flow: onto the first control of each new step.
#[component]
pub fn ForgetData() -> impl IntoView {
    let (texts, lang) = (use_texts(), use_lang());
    let session = use_session();
    let step = RwSignal::new(Step::Ask);
    let host = NodeRef::<leptos::html::Div>::new();
    let go = move |next: Step| {
        step.set(next);
        // The frame may come after the screen is gone (the address changed
        // at once): then there is nothing to focus.
        request_animation_frame(move || {
            let first = host
                .try_get_untracked()
                .flatten()
                .and_then(|h| h.query_selector("button, [tabindex]").ok().flatten());
            if let Some(first) = first {
                use wasm_bindgen::JsCast;
                let _ = first.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    };
    // Storage at once, then the offline worker's caches, which take a while.
    let forget_all = Action::new_local(move |_: &()| {
        let left = left_behind(session.forget_everything(), texts, lang);
        async move {
            let caches_left = (!offline::forget().await).then(|| texts.forget_caches_left());
            let said = match (left, caches_left) {
                (Some(left), Some(caches)) => Some(format!("{left} {caches}")),
                (left, caches) => left.or(caches.map(str::to_string)),
            };
            // The screen may have gone meanwhile (the reader moved on): nothing to say then.
            if step.try_get_untracked().is_some() {
                go(Step::Done(said));
            }
        }
    });
    let (forget, question, confirm, cancel, done) = (
        texts.forget(),
        texts.forget_question(),
        texts.forget_confirm(),
        texts.cancel(),
        texts.forget_done(),
    );
    let content = move |step: Step| match step {
        Step::Ask => EitherOf4::A(view! {
            <button type="button" on:click=move |_| go(Step::Confirm)>{forget}</button>
        }),
        Step::Confirm => EitherOf4::B(view! {
            <div class="confirm" role="group" aria-labelledby="forget-q">
                <p id="forget-q">{question}</p>
                <div class="actions">
                    <button
                        type="button"
                        class="danger"
                        on:click=move |_| {
                            forget_all.dispatch_local(());
                        }
                    >
                        {confirm}
                    </button>
                    <button type="button" on:click=move |_| go(Step::Ask)>{cancel}</button>
                </div>
            </div>
        }),
        Step::Done(None) => EitherOf4::C(view! {
            <p class="done" role="status" tabindex="-1">{done}</p>
        }),
        Step::Done(Some(left)) => EitherOf4::D(view! {
            <p class="done" role="alert" tabindex="-1">{left}</p>
        }),
    };
    view! {
        <div class="forget" node_ref=host>
            <Keyed key=step view=content/>
        </div>
    }
}

/// What could not be deleted, in words, if anything.
fn left_behind(forgotten: Forgotten, texts: &Texts, lang: Lang) -> Option<String> {
    if !forgotten.left.is_empty() {
        let left = count(
            lang,
            forgotten.left.len() as u64,
            texts.forget_left_one(),
            texts.forget_left_other(),
        );
        Some(fill(&left, &[("list", &forgotten.left.join(", "))]))
    } else if !forgotten.reachable {
        Some(texts.forget_unreachable().to_string())
    } else {
        None
    }
}
