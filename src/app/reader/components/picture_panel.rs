//! "Save as image": the result as a picture to post or put on a slide.
//!
//! Only the buttons and the alt text live in the reader's module. Drawing is
//! the tools' module's (`app::tools::picture`), loaded when a button is pressed:
//! the request goes to it as JSON on `window`, its outcome comes back the
//! same way and is said here in the reader's words.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::app::reader::tools_loader::{use_tools, ToolsFailed};
use crate::app::shared::address::app_address;
use crate::app::shared::components::copy_field::CopyField;
use crate::app::shared::components::section::Section;
use crate::app::shared::i18n::use_texts;
use crate::app::shared::picture_request::{
    outcome, OUTCOME_EVENT, OUTCOME_KEY, REQUEST_EVENT, REQUEST_KEY,
};
use crate::core::catalogue::{fill, Texts};
use crate::core::picture::{Action, Habit, PictureRequest, Shape};
use crate::core::quiz::Quiz;
use crate::core::report::Report;

/// What the picture shows besides the report.
#[derive(Clone)]
pub struct PictureOf {
    pub quiz: Arc<Quiz>,
    pub report: Arc<Report>,
    /// The line above the archetype (with the share name, if any).
    pub kicker: Signal<String>,
    /// The link that opens the result (the QR code's content).
    pub link: Signal<String>,
    /// The date as the page writes it, and as `YYYY-MM-DD`.
    pub date: String,
    pub iso_date: String,
}

/// The alt text: the archetype and every habit's score in words.
fn alt_text(t: &Texts, quiz: &Quiz, report: &Report) -> String {
    let scores: Vec<String> = quiz
        .dimensions
        .iter()
        .zip(&report.dimensions)
        .map(|(d, r)| match r.score {
            Some(score) => fill(
                t.picture_alt_score(),
                &[("name", &d.name), ("score", &score)],
            ),
            None => fill(t.picture_alt_no_score(), &[("name", &d.name)]),
        })
        .collect();
    fill(
        t.picture_alt(),
        &[
            ("archetype", &quiz.patterns[report.archetype].name),
            ("scores", &scores.join("; ")),
        ],
    )
}

/// Whether the browser can share image files (`navigator.canShare({files})`).
fn can_share_files() -> bool {
    let navigator = window().navigator();
    let Some(can_share) = js_sys::Reflect::get(&navigator, &"canShare".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    let options = web_sys::FilePropertyBag::new();
    options.set_type("image/png");
    let Ok(file) = web_sys::File::new_with_str_sequence_and_options(
        &js_sys::Array::new(),
        "candor.png",
        &options,
    ) else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file));
    can_share
        .call1(&navigator, &data)
        .is_ok_and(|yes| yes.is_truthy())
}

#[component]
pub fn PicturePanel(of: PictureOf) -> impl IntoView {
    let t = use_texts();
    let tools = use_tools();
    let status = RwSignal::new(String::new());
    let alt = Signal::stored(alt_text(t, &of.quiz, &of.report));
    let done = window_event_listener_untyped(OUTCOME_EVENT, move |_| {
        let said = js_sys::Reflect::get(&window(), &JsValue::from_str(OUTCOME_KEY))
            .ok()
            .and_then(|o| o.as_string());
        let text = match said.as_deref() {
            Some(outcome::SAVED) => t.picture_saved(),
            Some(outcome::COPIED) => t.picture_copied(),
            Some(outcome::NO_CLIPBOARD) => t.picture_no_clipboard(),
            Some(outcome::SHARED) => "",
            Some(outcome::SHARE_FAILED) => t.picture_share_failed(),
            _ => t.picture_failed(),
        };
        status.set(text.to_string());
    });
    on_cleanup(move || done.remove());
    let ask = move |shape: Shape, action: Action| {
        let PictureOf {
            quiz,
            report,
            kicker,
            link,
            date,
            iso_date,
        } = of.clone();
        move |_| {
            let request = PictureRequest {
                shape,
                action,
                kicker: kicker.get_untracked(),
                archetype: quiz.patterns[report.archetype].name.clone(),
                summary: quiz.patterns[report.archetype].summary.clone(),
                habits: quiz
                    .dimensions
                    .iter()
                    .zip(&report.dimensions)
                    .map(|(d, r)| Habit {
                        name: d.name.clone(),
                        score: r.score,
                    })
                    .collect(),
                no_score: t.picture_no_score().to_string(),
                date: date.clone(),
                iso_date: iso_date.clone(),
                address: app_address(),
                link: link.get_untracked(),
                title: quiz.title.clone(),
            };
            let Ok(json) = serde_json::to_string(&request) else {
                return;
            };
            status.set(t.picture_working().to_string());
            let _ = js_sys::Reflect::set(&window(), &REQUEST_KEY.into(), &json.into());
            if let Ok(event) = web_sys::Event::new(REQUEST_EVENT) {
                let _ = window().dispatch_event(&event);
            }
            tools.load();
        }
    };
    let share = can_share_files().then(|| {
        view! {
            <button type="button" on:click=ask(Shape::Card, Action::Share)>{t.picture_share()}</button>
        }
    });
    view! {
        <Section id="picture" title=t.picture_title() class="no-print">
            <p>{t.picture_intro()}</p>
            <div class="actions">
                <button type="button" on:click=ask(Shape::Card, Action::Download)>{t.picture_card()}</button>
                <button type="button" on:click=ask(Shape::Portrait, Action::Download)>{t.picture_portrait()}</button>
                <button type="button" on:click=ask(Shape::Card, Action::Copy)>{t.picture_copy()}</button>
                {share}
            </div>
            <CopyField
                id="picture-alt"
                label=t.picture_alt_label()
                button=t.copy_alt()
                copied=t.alt_copied()
                value=alt
                status
            />
            <p class="status" role="status">{move || status.get()}</p>
            // Asked for a picture, but the tools that draw it could not be loaded.
            {move || {
                tools
                    .failed()
                    .filter(|_| status.with(|s| s == t.picture_working()))
                    .map(|failure| view! { <ToolsFailed tools failure/> })
            }}
        </Section>
    }
}
