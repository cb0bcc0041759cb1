//! The builder's form: a field for every option the embed takes, each with
//! its hint, and beside the accent the note on how Candor adjusts it.

use leptos::prelude::*;

use super::accent_note::{adjusted_accents, AccentNote};
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::language::Lang;
use crate::core::snippet::EmbedSettings;

/// The form, which writes what is `typed` into it; `valid` is what the
/// preview shows (for the accent's note). The quiz field starts with
/// `initial_quiz`.
#[component]
pub fn OptionsForm(
    typed: RwSignal<EmbedSettings>,
    valid: Memo<EmbedSettings>,
    initial_quiz: String,
) -> impl IntoView {
    let t = use_tool_texts();
    let edit = move |change: Box<dyn FnOnce(&mut EmbedSettings)>| typed.update(|s| change(s));
    let text_field = move |id: &'static str,
                           label: &'static str,
                           hint: &'static str,
                           value: String,
                           set: fn(&mut EmbedSettings, String)| {
        let hint_id = format!("{id}-hint");
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    value=value
                    aria-describedby=hint_id.clone()
                    on:input:target=move |ev| {
                        let value = ev.target().value();
                        edit(Box::new(move |s| set(s, value)))
                    }
                />
                <p class="hint" id=hint_id>{hint}</p>
            </div>
        }
    };
    let check = move |id: &'static str, label: &'static str, set: fn(&mut EmbedSettings, bool)| {
        view! {
            <div class="check">
                <input
                    id=id
                    type="checkbox"
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        edit(Box::new(move |s| set(s, on)))
                    }
                />
                <label for=id>{label}</label>
            </div>
        }
    };
    let adjusted = Memo::new(move |_| valid.with(adjusted_accents));
    let accent_described_by = move || {
        if adjusted.with(Vec::is_empty) {
            "b-accent-hint"
        } else {
            "b-accent-hint b-accent-swatches"
        }
    };
    view! {
        <form class="builder-form" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="b-theme">{t.option_theme()}</label>
                <select
                    id="b-theme"
                    aria-describedby="b-theme-hint"
                    on:change:target=move |ev| {
                        let theme = ev.target().value();
                        edit(Box::new(move |s| s.theme = theme))
                    }
                >
                    <option value="light" selected>{t.theme_light()}</option>
                    <option value="dark">{t.theme_dark()}</option>
                    <option value="auto">{t.theme_auto()}</option>
                </select>
                <p class="hint" id="b-theme-hint">{t.theme_hint()}</p>
            </div>
            <div class="field">
                <label for="b-lang">{t.option_lang()}</label>
                <select
                    id="b-lang"
                    aria-describedby="b-lang-hint"
                    on:change:target=move |ev| {
                        let lang = Lang::from_tag(&ev.target().value());
                        edit(Box::new(move |s| s.lang = lang))
                    }
                >
                    <option value="">{t.lang_auto()}</option>
                    {Lang::ALL
                        .into_iter()
                        .map(|l| view! { <option value=l.tag() lang=l.tag()>{l.name()}</option> })
                        .collect_view()}
                </select>
                <p class="hint" id="b-lang-hint">{t.lang_hint()}</p>
            </div>
            <div class="field">
                <label for="b-accent">{t.option_accent()}</label>
                <input
                    id="b-accent"
                    type="text"
                    aria-describedby=accent_described_by
                    on:input:target=move |ev| {
                        let value = ev.target().value();
                        edit(Box::new(move |s| s.accent = value))
                    }
                />
                <p class="hint" id="b-accent-hint">{t.option_accent_hint()}</p>
            </div>
            <AccentNote adjusted valid/>
            {text_field("b-brand", t.option_brand(), t.option_brand_hint(), String::new(), |s, v| s.brand = v)}
            {text_field("b-title", t.option_title(), t.option_title_hint(), String::new(), |s, v| s.title = v)}
            {text_field("b-intro", t.option_intro(), t.option_intro_hint(), String::new(), |s, v| s.intro = v)}
            {text_field("b-cta", t.option_cta(), t.option_cta_hint(), String::new(), |s, v| s.cta = v)}
            {text_field("b-cta-label", t.option_cta_label(), t.option_cta_label_hint(), String::new(), |s, v| s.cta_label = v)}
            {text_field("b-quiz", t.option_quiz(), t.option_quiz_hint(), initial_quiz, |s, v| s.quiz = v)}
            <fieldset class="checks">
                <legend>{t.option_hide()}</legend>
                {check("b-hide-share", t.hide_share(), |s, v| s.hide_share = v)}
                {check("b-hide-team", t.hide_team(), |s, v| s.hide_team = v)}
                {check("b-hide-history", t.hide_history(), |s, v| s.hide_history = v)}
            </fieldset>
            {check("b-transparent", t.option_transparent(), |s, v| s.transparent = v)}
            {check("b-events", t.option_events(), |s, v| s.events = v)}
        </form>
    }
}
