//! Presenter mode: the meeting as slides (see [`SlideKind`]), full
//! screen, in type that scales with the screen, with an optional timer.

use std::future::Future;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDivElement, KeyboardEvent};

use super::dot_plot::DotLabels;
use super::meeting::MeetingState;
use super::slide::{slides, ActionsSlide, HabitSlide, OpeningSlide, SlideKind, SummarySlide};
use super::team_picture_button::SaveTeamPicture;
use crate::app::shared::focus::focus;
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::catalogue::fill;
use crate::core::meeting::shared_actions;
use crate::core::quiz::Quiz;
use crate::core::team::TeamSummary;

/// The slide on show (`None` when not presenting), the slides, the timer
/// and the ways to move.
#[derive(Clone, Copy)]
pub struct Presentation {
    pub slide: RwSignal<Option<usize>>,
    pub slides: Memo<Vec<SlideKind>>,
    /// The timer's length in minutes (0: no timer), and when the slide on
    /// show was opened (milliseconds since the epoch).
    pub minutes: RwSignal<u32>,
    opened_at: RwSignal<f64>,
    overlay: NodeRef<Div>,
    /// Asks the browser to show the overlay full screen.
    fullscreen: Action<HtmlDivElement, ()>,
}

impl Presentation {
    /// The slides of the meeting's agenda.
    pub fn new(meeting: MeetingState) -> Presentation {
        Presentation {
            slide: RwSignal::new(None),
            slides: Memo::new(move |_| meeting.agenda.with(|a| slides(a))),
            minutes: RwSignal::new(0),
            opened_at: RwSignal::new(0.0),
            overlay: NodeRef::new(),
            fullscreen: Action::new_local(request_fullscreen),
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
        let last = self.slides.with_untracked(Vec::len).saturating_sub(1);
        let to = to.map(|s| s.min(last));
        if to != showing {
            // Each slide gets the whole time.
            self.opened_at.set(js_sys::Date::now());
        }
        self.slide.set(to);
        if opening {
            // Full screen when the browser allows it; the overlay works either way.
            if let Some(overlay) = self.overlay.try_get_untracked().flatten() {
                self.fullscreen.dispatch_local(overlay);
            }
        }
        request_animation_frame(move || focus(if to.is_some() { "#slide-h" } else { "#present" }));
    }
}

/// Asks for full screen at once (while the key or click that asked still
/// counts as the user's), then waits for the browser's answer. A refusal
/// (the view left before the browser answered: "Element is not connected")
/// is no error, so the promise's rejection is handled rather than left to
/// the console.
fn request_fullscreen(element: &HtmlDivElement) -> impl Future<Output = ()> {
    let request = js_sys::Reflect::get(element, &"requestFullscreen".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(element).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    async move {
        if let Some(promise) = request {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        }
    }
}

/// The overlay: the slide at position `slide`, and buttons to move and a
/// timer. Arrow keys, Page Up/Down, Space, Home and End move (not while
/// typing in a field); Esc ends.
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
    meeting: MeetingState,
    /// Whether names are hidden (the picture then leaves out owners).
    anonymous: RwSignal<bool>,
) -> impl IntoView {
    let slide = presentation.slide;
    let t = use_tool_texts();
    let keys = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        let Some(at) = slide.try_get_untracked().flatten() else {
            return;
        };
        // Keys typed into a field (an action on the last slide) are text.
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        let to = match ev.key().as_str() {
            "Escape" => None,
            _ if typing => return,
            "ArrowRight" | "PageDown" | " " => Some(at + 1),
            "ArrowLeft" | "PageUp" => Some(at.saturating_sub(1)),
            "Home" => Some(0),
            "End" => Some(usize::MAX),
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
    // The timer's clock: a tick a second while a timed slide is on show.
    let now = RwSignal::new(js_sys::Date::now());
    let ticking = set_interval_with_handle(
        move || {
            let timed = presentation.minutes.try_get_untracked().unwrap_or(0) > 0;
            if timed && slide.try_get_untracked().flatten().is_some() {
                now.set(js_sys::Date::now());
            }
        },
        std::time::Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        keys.remove();
        fullscreen.remove();
        if let Some(ticking) = ticking {
            ticking.clear();
        }
    });
    let timer = move || {
        let minutes = presentation.minutes.get();
        (minutes > 0).then(|| {
            let left =
                f64::from(minutes) * 60.0 - (now.get() - presentation.opened_at.get()) / 1000.0;
            let left = left.max(0.0).ceil() as u32;
            let (text, done) = if left == 0 {
                (t.timer_done().to_string(), true)
            } else {
                let time = format!("{}:{:02}", left / 60, left % 60);
                (fill(t.timer_left(), &[("time", &time)]), false)
            };
            view! { <p class="timer" class:done=done>{text}</p> }
        })
    };
    let set_minutes = move |value: String| {
        presentation.minutes.set(value.parse().unwrap_or(0));
        presentation.opened_at.set(js_sys::Date::now());
        now.set(js_sys::Date::now());
    };
    let status = RwSignal::new(String::new());

    let (picture_quiz, picture_labels) = (quiz.clone(), labels);
    let body = move || {
        let at = slide.get()?;
        let (kind, count) = presentation
            .slides
            .with(|s| (s[at.min(s.len() - 1)], s.len()));
        let place = fill(t.slide_count(), &[("n", &(at + 1)), ("count", &count)]);
        let content = match kind {
            SlideKind::Opening => {
                let people = labels.with(Vec::len);
                let agenda = meeting.agenda.get();
                view! { <OpeningSlide quiz=quiz.clone() people agenda/> }.into_any()
            }
            SlideKind::Habit(d) => {
                let ds = summary.with(|s| s.dimensions[d].clone());
                view! {
                    <HabitSlide
                        dimension=quiz.dimensions[d].clone()
                        summary=ds
                        labels=dot_labels.get()
                        picked
                        prompts=prompts[d]
                    />
                }
                .into_any()
            }
            SlideKind::Summary => {
                let s = summary.get();
                view! { <SummarySlide quiz=quiz.clone() summary=s/> }.into_any()
            }
            SlideKind::Actions => view! { <ActionsSlide meeting status/> }.into_any(),
        };
        Some(view! {
            <div class="slide">
                <p class="slide-count">{place}</p>
                {content}
            </div>
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
                <SaveTeamPicture
                    quiz=picture_quiz.clone()
                    summary
                    labels=picture_labels
                    actions=Signal::derive(move || {
                        meeting.actions.with(|a| shared_actions(a, anonymous.get()))
                    })
                />
                <span class="timer-choice">
                    <label for="timer">{t.timer_label()}</label>
                    " "
                    <select
                        id="timer"
                        prop:value=move || presentation.minutes.get().to_string()
                        on:change:target=move |ev| set_minutes(ev.target().value())
                    >
                        <option value="0">{t.timer_off()}</option>
                        {[2u32, 3, 5, 10]
                            .into_iter()
                            .map(|n| {
                                view! {
                                    <option value=n.to_string()>
                                        {fill(t.timer_minutes(), &[("n", &n)])}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </span>
                {timer}
            </div>
            <p class="status" role="status">{move || status.get()}</p>
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
