//! The first screen: what the quiz is, what you get, and Start or Resume.

use leptos::either::Either;
use leptos::prelude::*;

use crate::app::reader::components::language_switch::LanguageSwitch;
use crate::app::reader::components::open_result_file::OpenResultFile;
use crate::app::reader::state::use_session;
use crate::app::shared::components::links::Links;
use crate::app::shared::components::screen::Screen;
use crate::app::shared::i18n::{use_i18n, use_lang, use_texts};
use crate::app::shared::nav::use_nav;
use crate::app::shared::page::use_options;
use crate::app::shared::route::Route;
use crate::core::catalogue::{count, fill, Texts};
use crate::core::first_screen::intro_facts;
use crate::core::language::{Day, Lang};

#[component]
pub fn IntroScreen() -> impl IntoView {
    let session = use_session();
    let nav = use_nav();
    let options = use_options();
    let texts = use_texts();
    let quiz = session.quiz();
    let total = quiz.questions.len();
    // A host may retitle the quiz; its text is shown as text, like all text.
    let title = options.title.clone().unwrap_or_else(|| quiz.title.clone());
    // A coach's brand names the app, in the title too.
    let brand = use_i18n().brand();
    let title = brand.map_or(title.clone(), |brand| title.replace("Candor", brand));
    let intro = options.intro.clone().unwrap_or_else(|| quiz.intro.clone());
    // As the reader left things: only answering changes them.
    let resume_at = session
        .progress
        .with_untracked(|p| p.is_resumable().then_some(p.position + 1));
    let has_result = session.history.with_untracked(|h| h.latest().is_some());
    let earlier_days: Vec<Day> = session.history.with_untracked(|h| {
        h.earlier
            .iter()
            .map(|a| Day::from_epoch_ms(a.finished_at))
            .collect()
    });
    let start_fresh = move |_| {
        session.start_over();
        nav.go(Route::Question(1));
    };
    let actions = match resume_at {
        Some(at) => Either::Left(view! {
            <button type="button" class="primary" on:click=move |_| nav.go(Route::Question(at))>
                {fill(texts.resume_at(), &[("n", &at), ("total", &total)])}
            </button>
            <button type="button" on:click=start_fresh>{texts.start_over()}</button>
        }),
        None => Either::Right(view! {
            <button type="button" class="primary" on:click=start_fresh>{texts.start()}</button>
        }),
    };
    let lang = use_lang();
    // The same line as the page's painted first screen.
    let facts = intro_facts(lang, texts, total, quiz.minutes);
    let (hide_history, hide_team) = (options.hide.history, options.hide.team);
    view! {
        <Screen class="intro">
            <h1 tabindex="-1">{title}</h1>
            <p class="promise">{intro}</p>
            <p class="facts">{facts}</p>
            <p class="privacy">{texts.privacy()}</p>
            <div class="actions">{actions}</div>
            <LanguageSwitch/>
            {(!hide_history && !earlier_days.is_empty()).then(|| view! {
                <p class="earlier">{earlier_results(texts, lang, &earlier_days, has_result)}</p>
            })}
            <Links>
                {(!hide_history && has_result).then(|| view! {
                    <a href=Route::Report.to_hash()>{texts.your_last_result()}</a>
                })}
                {(!hide_team).then(|| view! {
                    <a href=Route::Team(String::new()).to_hash()>{texts.compare_as_team()}</a>
                })}
                <a href=Route::About.to_hash()>{texts.about()}</a>
                <OpenResultFile/>
            </Links>
        </Screen>
    }
}

/// The line about results made with an earlier version of the quiz, finished
/// on `days` (oldest first); `also` when there are results of this version.
fn earlier_results(texts: &Texts, lang: Lang, days: &[Day], also: bool) -> String {
    let (one, other) = if also {
        (texts.earlier_also_one(), texts.earlier_also_other())
    } else {
        (texts.earlier_one(), texts.earlier_other())
    };
    let when = match days {
        [first, .., last] if days.len() > 3 => fill(
            texts.earlier_range(),
            &[("first", &lang.date(*first)), ("last", &lang.date(*last))],
        ),
        _ => days
            .iter()
            .map(|&d| lang.date(d))
            .collect::<Vec<_>>()
            .join(texts.date_separator()),
    };
    let line = count(lang, days.len() as u64, one, other);
    fill(&line, &[("when", &when)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earlier_results_are_counted_and_dated() {
        let days = |n: u8| -> Vec<Day> {
            (1..=n)
                .map(|day| Day {
                    year: 2026,
                    month: 5,
                    day,
                })
                .collect()
        };
        let en = |n, also| earlier_results(Texts::of(Lang::En), Lang::En, &days(n), also);
        assert_eq!(
            en(1, false),
            "You have 1 result from an earlier version of this quiz (May 1, 2026). This \
             version’s statements changed, so it can’t be compared with your new answers."
        );
        assert!(en(2, true).starts_with(
            "You also have 2 results from an earlier version of this quiz (May 1, 2026; May 2, 2026)."
        ));
        assert!(en(2, true).ends_with("so they can’t be compared with your new answers."));
        assert!(en(3, true).contains("(May 1, 2026; May 2, 2026; May 3, 2026)"));
        assert!(en(4, true).contains(
            "4 results from an earlier version of this quiz (from May 1, 2026 to May 4, 2026)."
        ));

        let de = |n, also| earlier_results(Texts::of(Lang::De), Lang::De, &days(n), also);
        assert!(de(1, false).starts_with(
            "Du hast 1 Ergebnis aus einer früheren Version dieses Quiz (1. Mai 2026)."
        ));
        assert!(de(1, false).contains("deshalb lässt es sich nicht"));
        assert!(de(2, true).starts_with(
            "Du hast außerdem 2 Ergebnisse aus einer früheren Version dieses Quiz (1. Mai 2026, 2. Mai 2026)."
        ));
        assert!(de(2, true).contains("deshalb lassen sie sich nicht"));
        assert!(de(4, false).contains("(vom 1. Mai 2026 bis zum 4. Mai 2026)"));
    }
}
