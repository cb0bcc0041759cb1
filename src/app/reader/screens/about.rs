//! About / Sources: credits, how scoring works, privacy, and forgetting data.

use leptos::prelude::*;

use crate::app::reader::components::forget_data::ForgetData;
use crate::app::reader::components::language_switch::LanguageSwitch;
use crate::app::reader::state::use_session;
use crate::app::shared::components::links::Links;
use crate::app::shared::components::screen::Screen;
use crate::app::shared::i18n::{use_i18n, use_lang, use_texts};
use crate::app::shared::route::Route;
use crate::core::builtin::BUILTIN_QUIZ_ID;
use crate::core::report::style_rule;

#[component]
pub fn AboutScreen() -> impl IntoView {
    let (texts, lang) = (use_texts(), use_lang());
    let brand = use_i18n().brand();
    let t = |text: &str| text.to_string();
    let quiz = use_session().quiz();
    let sources = quiz
        .sources
        .iter()
        .map(|s| {
            view! {
                <li>
                    <cite>{s.title.clone()}</cite>
                    {format!(", {}, ", s.author)}
                    <span class="date">{s.date.clone().unwrap_or_else(|| texts.undated().to_string())}</span>
                </li>
            }
        })
        .collect_view();
    let styles = quiz
        .patterns
        .iter()
        .map(|p| {
            view! {
                <li><strong>{p.name.clone()}</strong>{format!(": {}.", style_rule(&quiz, p, texts, lang))}</li>
            }
        })
        .collect_view();
    // The passages behind the built-in quiz's credits, served beside the app.
    let credits = (quiz.id == BUILTIN_QUIZ_ID).then(|| {
        view! {
            <p>{t(texts.credits_text())}<a href="credits.md">{t(texts.credits_link())}</a>"."</p>
        }
    });
    view! {
        <Screen class="about">
            <h1 tabindex="-1">{t(texts.about_title())}</h1>
            <LanguageSwitch/>
            <p>{t(texts.about_intro())}</p>
            <ul class="sources">{sources}</ul>
            {credits}
            <h2>{t(texts.scoring_title())}</h2>
            <p>{t(texts.scoring_text())}</p>
            <h2>{t(texts.styles_title())}</h2>
            <p>{t(texts.styles_intro())}</p>
            <ol class="styles">{styles}</ol>
            <h2>{t(texts.privacy_title())}</h2>
            <p>{t(texts.privacy_text())}</p>
            <ForgetData/>
            <h2>{t(texts.coaches_title())}</h2>
            <p>
                {t(texts.coaches_text())}
                <a href=Route::Builder.to_hash()>{t(texts.coaches_link())}</a>
                {t(texts.coaches_or())}
                <a href=Route::Check.to_hash()>{t(texts.coaches_check_link())}</a>
                "."
            </p>
            <p>
                <a href=Route::Write.to_hash()>{t(texts.coaches_write_link())}</a>
            </p>
            // Where a coach's brand names the app, Candor is still credited.
            {brand.map(|_| view! { <p class="made-with">{texts.made_with()}</p> })}
            <Links>
                <a href=Route::Intro.to_hash()>{t(texts.back_to_start())}</a>
            </Links>
        </Screen>
    }
}
