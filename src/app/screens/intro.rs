//! The first screen: what the quiz is, what you get, and Start or Resume.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::app::components::links::Links;
use crate::app::components::open_result_file::OpenResultFile;
use crate::app::components::screen::Screen;
use crate::app::i18n::use_texts;
use crate::app::nav::Nav;
use crate::app::route::Route;
use crate::app::screens::report::iso_date;
use crate::app::state::Session;
use crate::core::catalogue::{count, fill};
use crate::core::language::Lang;
use crate::core::options::Options;

#[component]
pub fn IntroScreen() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Nav>();
    let options = expect_context::<Arc<Options>>();
    let texts = use_texts();
    let quiz = session.quiz();
    let total = quiz.questions.len();
    // A host may retitle the quiz; its text is shown as text, like all text.
    let title = options.title.clone().unwrap_or_else(|| quiz.title.clone());
    let intro = options.intro.clone().unwrap_or_else(|| quiz.intro.clone());
    // As the reader left things: only answering changes them.
    let resume_at = session
        .progress
        .with_untracked(|p| p.is_resumable().then_some(p.position + 1));
    let has_result = session.history.with_untracked(|h| h.latest().is_some());
    let earlier_dates: Vec<String> = session
        .history
        .with_untracked(|h| h.earlier.iter().map(|a| iso_date(a.finished_at)).collect());
    let start_fresh = move |_| {
        session.start_over();
        nav.go(Route::Question(1));
    };
    let actions = match resume_at {
        Some(at) => Either::Left(view! {
            <button type="button" class="primary" on:click=move |_| nav.go(Route::Question(at))>
                {fill(texts.resume_at(), &[("n", &at), ("total", &total)])}
            </button>
            <button type="button" on:click=start_fresh>{texts.start_over().to_string()}</button>
        }),
        None => Either::Right(view! {
            <button type="button" class="primary" on:click=start_fresh>{texts.start().to_string()}</button>
        }),
    };
    let lang = Lang::En;
    let facts = format!(
        "{} · {}",
        count(
            lang,
            total as u64,
            texts.questions_one(),
            texts.questions_other()
        ),
        count(
            lang,
            u64::from(quiz.minutes),
            texts.minutes_one(),
            texts.minutes_other()
        )
    );
    let (hide_history, hide_team) = (options.hide.history, options.hide.team);
    view! {
        <Screen class="intro">
            <h1 tabindex="-1">{title}</h1>
            <p class="promise">{intro}</p>
            <p class="facts">{facts}</p>
            <p class="privacy">{texts.privacy().to_string()}</p>
            <div class="actions">{actions}</div>
            {(!hide_history && !earlier_dates.is_empty()).then(|| view! {
                <p class="earlier">{earlier_results(&earlier_dates, has_result)}</p>
            })}
            <Links>
                {(!hide_history && has_result).then(|| view! {
                    <a href=Route::Report.to_hash()>{texts.your_last_result().to_string()}</a>
                })}
                {(!hide_team).then(|| view! {
                    <a href=Route::Team(String::new()).to_hash()>{texts.compare_as_team().to_string()}</a>
                })}
                <a href=Route::About.to_hash()>{texts.about().to_string()}</a>
                <OpenResultFile/>
            </Links>
        </Screen>
    }
}

/// The line about results made with an earlier version of the quiz, finished
/// on `dates` (oldest first); `also` when there are results of this version.
fn earlier_results(dates: &[String], also: bool) -> String {
    let count = match dates.len() {
        1 => "1 result".to_string(),
        n => format!("{n} results"),
    };
    let when = match dates {
        [first, .., last] if dates.len() > 3 => format!("from {first} to {last}"),
        _ => dates.join(", "),
    };
    format!(
        "You {}have {count} from an earlier version of this quiz ({when}). This version’s \
         questions changed, so they can’t be compared with your new answers.",
        if also { "also " } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earlier_results_are_counted_and_dated() {
        let dates =
            |n: usize| -> Vec<String> { (1..=n).map(|d| format!("2026-05-0{d}")).collect() };
        assert_eq!(
            earlier_results(&dates(1), false),
            "You have 1 result from an earlier version of this quiz (2026-05-01). This \
             version’s questions changed, so they can’t be compared with your new answers."
        );
        assert!(earlier_results(&dates(2), true)
            .starts_with("You also have 2 results from an earlier version of this quiz (2026-05-01, 2026-05-02)."));
        assert!(earlier_results(&dates(3), true).contains("(2026-05-01, 2026-05-02, 2026-05-03)"));
        assert!(earlier_results(&dates(4), true).contains(
            "4 results from an earlier version of this quiz (from 2026-05-01 to 2026-05-04)."
        ));
    }
}
