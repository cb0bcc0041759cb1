//! The reader's choice of language: a labelled select, on the first screen
//! and in About, for the built-in quiz (a coach's file has one language).

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::i18n::I18n;
use crate::app::state::Session;
use crate::core::language::Lang;
use crate::core::options::Options;

/// The select's id, where focus returns once the screen is rebuilt in the
/// new language.
pub const SWITCH_ID: &str = "language";

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let session = expect_context::<Session>();
    let coach_file = expect_context::<Arc<Options>>().quiz.is_some();
    let label = i18n.catalogue::<crate::core::catalogue::Texts>().language();
    let current = i18n.lang();
    let choose = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            i18n.switch(session, lang);
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
