//! Presenter mode: one habit per slide, full screen, in large type.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use super::dot_plot::DotLabels;
use super::slide::Slide;
use super::team_picture_button::SaveTeamPicture;
use crate::app::shared::focus::focus;
use crate::app::shared::i18n::I18n;
use crate::core::catalogue::ToolTexts;
use crate::core::quiz::Quiz;
use crate::core::team::TeamSummary;

/// The slide on show (`None` when not presenting) and the ways to move.
#[derive(Clone, Copy)]
pub struct Presentation {
    pub slide: RwSignal<Option<usize>>,
    slides: usize,
    overlay: NodeRef<Div>,
}

impl Presentation {
    pub fn new(slides: usize) -> Presentation {
        Presentation {
            slide: RwSignal::new(None),
            slides,
            overlay: NodeRef::new(),
        }
    }

    /// Shows slide `to` (clamped to the last), or ends the presentation.
    pub fn show(self, to: Option<usize>) {
        let doc = document();
        if to.is_none() && doc.fullscreen_element().is_some() {
            // Leave full screen first: the page outside it can't take focus
            // until then. Leaving comes back here (see `Presenter`).
            doc.exit_fullscreen();
            return;
        }
        // Called from window listeners and frames: the team view may be gone.
        let Some(showing) = self.slide.try_get_untracked() else {
            return;
        };
        let opening = showing.is_none() && to.is_some();
        self.slide
            .set(to.map(|s| s.min(self.slides.saturating_sub(1))));
        if opening {
            // Full screen when the browser allows it; the overlay works either way.
            if let Some(overlay) = self.overlay.try_get_untracked().flatten() {
                request_fullscreen(&overlay);
            }
        }
        request_animation_frame(move || focus(if to.is_some() { "#slide-h" } else { "#present" }));
    }
}

/// Asks for full screen; a refusal (the view left before the browser
/// answered: "Element is not connected") is no error, so the promise's
/// rejection is handled rather than left to the console.
fn request_fullscreen(element: &web_sys::HtmlDivElement) {
    let request = js_sys::Reflect::get(element, &"requestFullscreen".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(element).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(promise) = request {
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// The overlay: the slide at position `slide` by disagreement, and buttons
/// to move. Arrow keys, Page Up/Down, Space, Home and End move; Esc ends.
#[component]
pub fn Presenter(
    presentation: Presentation,
    quiz: Arc<Quiz>,
    #[prop(into)] summary: Signal<TeamSummary>,
    #[prop(into)] labels: Signal<Vec<String>>,
    #[prop(into)] dot_labels: Signal<DotLabels>,
    picked: RwSignal<Option<usize>>,
    /// The prompts chosen for each habit (see `TeamDimension`).
    prompts: Arc<Vec<RwSignal<Option<Vec<String>>>>>,
) -> impl IntoView {
    let slide = presentation.slide;
    let t = expect_context::<I18n>().catalogue::<ToolTexts>();
    let keys = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        let Some(at) = slide.try_get_untracked().flatten() else {
            return;
        };
        let to = match ev.key().as_str() {
            "ArrowRight" | "PageDown" | " " => Some(at + 1),
            "ArrowLeft" | "PageUp" => Some(at.saturating_sub(1)),
            "Home" => Some(0),
            "End" => Some(usize::MAX),
            "Escape" => None,
            _ => return,
        };
        ev.prevent_default();
        presentation.show(to);
    });
    // Leaving full screen (Esc is the browser's there) ends the presentation,
    // and focus goes back to what opened it. (Leptos has no typed event for
    // `fullscreenchange`.)
    let fullscreen = window_event_listener_untyped("fullscreenchange", move |_| {
        let full_screen = document().fullscreen_element().is_some();
        let Some(showing) = slide.try_get_untracked() else {
            return;
        };
        match (full_screen, showing.is_some()) {
            // The presentation ended before full screen arrived.
            (true, false) => document().exit_fullscreen(),
            (false, true) => presentation.show(None),
            (false, false) => focus("#present"),
            (true, true) => {}
        }
    });
    on_cleanup(move || {
        keys.remove();
        fullscreen.remove();
    });

    let (picture_quiz, picture_labels) = (quiz.clone(), labels);
    let body = move || {
        let at = slide.get()?;
        let labels = dot_labels.get();
        let (count, dimension, ds, chosen) = summary.with(|s| {
            let order = &s.by_disagreement;
            let d = order[at.min(order.len() - 1)];
            (
                order.len(),
                quiz.dimensions[d].clone(),
                s.dimensions[d].clone(),
                prompts[d],
            )
        });
        Some(view! {
            <Slide number=at + 1 count dimension summary=ds labels picked prompts=chosen/>
            <div class="presenter-nav">
                <button type="button" on:click=move |_| presentation.show(Some(at.saturating_sub(1)))>
                    {t.slide_previous()}
                </button>
                <button type="button" on:click=move |_| presentation.show(None)>
                    {t.slide_end()}
                </button>
                <button type="button" on:click=move |_| presentation.show(Some(at + 1))>
                    {t.slide_next()}
                </button>
                <SaveTeamPicture quiz=picture_quiz.clone() summary labels=picture_labels/>
            </div>
        })
    };
    view! {
        <div
            class="presenter"
            role="dialog"
            aria-modal="true"
            aria-labelledby="slide-h"
            hidden=move || slide.get().is_none()
            node_ref=presentation.overlay
        >
            {body}
        </div>
    }
}
