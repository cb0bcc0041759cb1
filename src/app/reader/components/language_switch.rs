//! The reader's choice of language: a labelled select, on the first screen
//! and in About, for the built-in quiz (a coach's file has one language).

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::reader::state::{use_session, Session};
use crate::app::shared::focus::focus;
use crate::app::shared::i18n::{builtin_quiz_in, remember, use_i18n, I18n};
use crate::app::shared::page::use_options;
use crate::core::language::Lang;

/// The select's id, where focus returns once the screen is rebuilt in the
/// new language.
pub const SWITCH_ID: &str = "language";

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let coach_file = use_options().quiz.is_some();
    let label = i18n.catalogue::<crate::core::catalogue::Texts>().language();
    let current = i18n.lang();
    let switch = Action::new_local(move |&to: &Lang| switch(i18n, session, to));
    let choose = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            if lang != i18n.lang() {
                remember(lang);
                switch.dispatch_local(lang);
            }
        }
    };
    (!coach_file).then(|| {
        view! {
            <p class="language">
                <label for=SWITCH_ID>{label}</label>
                " "
                <select id=SWITCH_ID on:change=choose>
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| {
                            view! {
                                <option value=lang.tag() lang=lang.tag() selected=lang == current>
                                    {lang.name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </p>
        }
    })
}

/// The reader's switch: the built-in quiz's wording and the app's text
/// change together, answers and place kept (the quiz is the same, only its
/// words differ). The screen this switch is on is rebuilt by the change;
/// the action's task runs to its end all the same.
async fn switch(i18n: I18n, session: Session, to: Lang) {
    let (quiz, lang) = builtin_quiz_in(to).await;
    i18n.follow(&quiz);
    session.quiz.set_value(Arc::new(quiz));
    i18n.lang.set(lang);
    // The screen is rebuilt in the new language: give the focus back
    // to the switch the reader used.
    request_animation_frame(|| focus(&format!("#{SWITCH_ID}")));
}
