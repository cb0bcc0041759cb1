//! A result opened from a share link (`#r=<code>`): read-only, with a way to
//! take the quiz yourself or compare as a team.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::report::{ReportDetails, ReportSummary};
use crate::app::reader::components::picture_panel::{PictureOf, PicturePanel};
use crate::app::reader::components::voice::Voice;
use crate::app::reader::state::use_session;
use crate::app::shared::address::result_link;
use crate::app::shared::components::screen::Screen;
use crate::app::shared::i18n::{use_lang, use_problems, use_texts};
use crate::app::shared::page::use_options;
use crate::app::shared::route::Route;
use crate::core::catalogue::fill;
use crate::core::language::Day;
use crate::core::report::build_report;
use crate::core::share_code::{decode, isolate};

#[component]
pub fn SharedResultScreen(code: String) -> impl IntoView {
    let session = use_session();
    let options = use_options();
    let texts = use_texts();
    let quiz = session.quiz();
    let take_label = texts.take_quiz();
    let take = move || {
        let label = take_label;
        view! { <a class="button primary" href=Route::Intro.to_hash()>{label}</a> }
    };
    match decode(&code, session.fingerprint, quiz.questions.len()) {
        Err(why) => Either::Left(view! {
            <Screen class="report shared">
                <h1 tabindex="-1">{texts.cant_show()}</h1>
                <p>{why.message(use_problems())}</p>
                <div class="actions">{take()}</div>
            </Screen>
        }),
        Ok(result) => {
            let report = Arc::new(build_report(&quiz, &result.answers, None));
            // The page isolates the name in a `<bdi>`, the picture with marks.
            let (whose, picture_kicker) = match &result.name {
                Some(name) => (
                    texts.whose_style(),
                    fill(texts.whose_style(), &[("name", &isolate(name))]),
                ),
                None => (texts.shared_style(), texts.shared_style().to_string()),
            };
            // A share code carries no date: the picture is dated today.
            let today = Day::from_epoch_ms(js_sys::Date::now());
            let picture = PictureOf {
                quiz: quiz.clone(),
                report: report.clone(),
                kicker: Signal::stored(picture_kicker),
                link: Signal::stored(result_link(&code)),
                date: use_lang().date(today),
                iso_date: today.iso(),
            };
            let team = (!options.hide.team).then(|| {
                let label = texts.compare_as_team();
                view! { <a class="button" href=Route::Team(code.clone()).to_hash()>{label}</a> }
            });
            Either::Right(view! {
                <Screen class="report shared">
                    <div class="report-body">
                        <p class="shared-note">{texts.shared_note()}</p>
                        <ReportSummary quiz=quiz.clone() report=report.clone() kicker=whose name=result.name.clone() voice=Voice::Theirs/>
                        <PicturePanel of=picture/>
                        <ReportDetails quiz report voice=Voice::Theirs/>
                        <div class="actions no-print">{take()} {team}</div>
                    </div>
                </Screen>
            })
        }
    }
}
