//! One question at a time: a real radio group, keys 1–5 to answer and move
//! on, Backspace or ← to go back.

use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::app::shared::page::use_options;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

use crate::app::reader::components::answer_options::{AnswerOptions, Pick};
use crate::app::reader::components::progress_bar::ProgressBar;
use crate::app::reader::state::{use_session, Session, Then};
use crate::app::shared::components::screen::Screen;
use crate::app::shared::embed;
use crate::app::shared::i18n::use_texts;
use crate::app::shared::nav::{use_nav, Nav};
use crate::app::shared::route::Route;
use crate::core::answers::Answer;
use crate::core::catalogue::fill;
use crate::core::options::Options;

/// What the reader can do on a question, shared by keys, clicks and buttons.
#[derive(Clone, Copy)]
struct Actions {
    session: Session,
    nav: Nav,
    options: StoredValue<Arc<Options>>,
    index: usize,
}

impl Actions {
    /// Records an answer, staying on the question; the first one of a new
    /// attempt tells the host page.
    fn record(self, answer: Answer) {
        if self.session.record(self.index, answer) {
            self.options.with_value(|o| embed::started(o));
        }
    }

    /// Answers and moves on, as the session says: to the next question, or
    /// to the report (a first filing tells the host page, with its code).
    fn choose(self, answer: Answer) {
        let answered = self.session.answer_and_advance(self.index, answer);
        self.options.with_value(|o| {
            if answered.began {
                embed::started(o);
            }
            if let Then::Report { first: Some(code) } = &answered.then {
                embed::completed(o, code);
            }
        });
        match answered.then {
            Then::Question(n) => self.nav.go(Route::Question(n)),
            Then::Report { .. } => self.nav.go(Route::Report),
        }
    }

    fn back(self) {
        match self.index {
            0 => self.nav.go(Route::Intro),
            i => self.nav.go(Route::Question(i)),
        }
    }

    fn current(self) -> Answer {
        self.session
            .progress
            .with_untracked(|p| p.answers[self.index])
    }
}

/// Question `number` (from 1), already clamped to one the reader may see.
#[component]
pub fn QuestionScreen(number: usize) -> impl IntoView {
    let session = use_session();
    let actions = Actions {
        session,
        nav: use_nav(),
        options: StoredValue::new(use_options()),
        index: number - 1,
    };
    // Opening a question is where the reader is now: kept for Resume.
    session.go_to(number - 1);
    let quiz = session.quiz();
    let total = quiz.questions.len();
    let allows_not_sure = quiz.scale.not_sure.is_some();
    let answer = Memo::new(move |_| session.progress.with(|p| p.answers[number - 1]));

    let keys = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if ev.repeat() || ev.ctrl_key() || ev.alt_key() || ev.meta_key() || typing_in_a_field(&ev) {
            return;
        }
        let key = ev.key();
        // In the radio group the arrow keys move between the options, as they
        // do in every radio group; Backspace still goes back.
        if key == "ArrowLeft" && target_is_radio(&ev) {
            return;
        }
        match key.as_str() {
            "1" | "2" | "3" | "4" | "5" => actions.choose(Answer::Point(key.as_bytes()[0] - b'0')),
            "0" if allows_not_sure => actions.choose(Answer::NotSure),
            "Backspace" | "ArrowLeft" => actions.back(),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());

    let on_pick = move |pick: Pick| match pick {
        Pick::Choose(answer) => actions.choose(answer),
        Pick::Select(answer) => actions.record(answer),
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let answer = actions.current();
        if answer.is_answered() {
            actions.choose(answer);
        }
    };
    let texts = use_texts();
    let hint = match &quiz.scale.not_sure {
        Some(label) => fill(texts.keys_hint_not_sure(), &[("label", label)]),
        None => texts.keys_hint().to_string(),
    };
    let next = if number == total {
        texts.see_report()
    } else {
        texts.next()
    };
    let back = texts.back();
    view! {
        <Screen class="question">
            <ProgressBar number total/>
            <form class="answer-form" on:submit=on_submit>
                <fieldset>
                    <legend>
                        <h1 tabindex="-1">{quiz.questions[number - 1].text.clone()}</h1>
                    </legend>
                    <AnswerOptions scale=quiz.scale.clone() current=answer on_pick/>
                </fieldset>
                <p class="hint keys-hint">{hint}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| actions.back()>{back}</button>
                    <button type="submit" class="primary" disabled=move || !answer.get().is_answered()>
                        {next}
                    </button>
                </div>
            </form>
        </Screen>
    }
}

fn event_element(ev: &KeyboardEvent) -> Option<Element> {
    ev.target().and_then(|t| t.dyn_into::<Element>().ok())
}

fn target_is_radio(ev: &KeyboardEvent) -> bool {
    event_element(ev).is_some_and(|el| el.get_attribute("type").as_deref() == Some("radio"))
}

/// Keys typed into a text field belong to the field.
fn typing_in_a_field(ev: &KeyboardEvent) -> bool {
    event_element(ev).is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            && el.get_attribute("type").as_deref() != Some("radio")
    })
}
