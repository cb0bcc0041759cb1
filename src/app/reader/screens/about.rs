//! About / Sources: credits, how scoring works, privacy, and forgetting data.

use leptos::prelude::*;

use crate::app::reader::components::forget_data::ForgetData;
use crate::app::reader::components::language_switch::LanguageSwitch;
use crate::app::reader::state::Session;
use crate::app::shared::components::links::Links;
use crate::app::shared::components::screen::Screen;
use crate::app::shared::i18n::{use_lang, use_texts, I18n};
use crate::app::shared::route::Route;
use crate::core::builtin::BUILTIN_QUIZ_ID;
use crate::core::catalogue::{fill, Texts};
use crate::core::language::Lang;
use crate::core::quiz::{Pattern, Quiz, Threshold};

#[component]
pub fn AboutScreen() -> impl IntoView {
    let (texts, lang) = (use_texts(), use_lang());
    let brand = expect_context::<I18n>().brand();
    let t = |text: &str| text.to_string();
    let quiz = expect_context::<Session>().quiz();
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
                <li><strong>{p.name.clone()}</strong>{format!(": {}.", rule_words(&quiz, texts, lang, p))}</li>
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
            // Where a coach's brand names the app, Candor is still credited.
            {brand.map(|_| view! { <p class="made-with">{texts.made_with()}</p> })}
            <Links>
                <a href=Route::Intro.to_hash()>{t(texts.back_to_start())}</a>
            </Links>
        </Screen>
    }
}

/// A style's rule in words: its conditions joined, or for the default
/// style, that it is what's left.
fn rule_words(quiz: &Quiz, texts: &Texts, lang: Lang, pattern: &Pattern) -> String {
    if pattern.when.is_empty() {
        return texts.style_rule_default().to_string();
    }
    pattern
        .when
        .iter()
        .map(|c| {
            let (template, n) = match c.threshold {
                Threshold::Below(n) => (texts.style_rule_below(), n),
                Threshold::AtLeast(n) => (texts.style_rule_at_least(), n),
            };
            let habit = &quiz.dimensions[c.dimension].name;
            fill(template, &[("habit", habit), ("n", &lang.decimal(n))])
        })
        .collect::<Vec<_>>()
        .join(texts.style_rule_and())
}
