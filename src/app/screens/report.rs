//! The tailored report for the latest attempt.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::app::components::archetype_header::ArchetypeHeader;
use crate::app::components::call_to_action::CallToAction;
use crate::app::components::dimension_group::DimensionGroup;
use crate::app::components::next_steps::NextSteps;
use crate::app::components::reflections::Reflections;
use crate::app::components::score_chart::ScoreChart;
use crate::app::components::screen::Screen;
use crate::app::components::section::Section;
use crate::app::components::share_panel::{SharePanel, Shared};
use crate::app::components::voice::Voice;
use crate::app::nav::Nav;
use crate::app::route::Route;
use crate::app::state::Session;
use crate::core::language::Day;
use crate::core::options::Options;
use crate::core::progress::Attempt;
use crate::core::quiz::Quiz;
use crate::core::report::{build_report, Profile, Report, STRONG, WEAK};

#[component]
pub fn ReportScreen() -> impl IntoView {
    let session = expect_context::<Session>();
    let options = expect_context::<Arc<Options>>();
    // The latest attempt and the one before it (unless past results are
    // hidden), as they are when the report opens: only answering changes them.
    let attempts = session.history.with_untracked(|h| {
        let previous = h.previous().filter(|_| !options.hide.history).cloned();
        h.latest().cloned().map(|latest| (latest, previous))
    });
    match attempts {
        None => Either::Left(view! { <NoResult/> }),
        Some((latest, previous)) => Either::Right(view! { <YourReport latest previous/> }),
    }
}

/// Before the first attempt is finished.
#[component]
fn NoResult() -> impl IntoView {
    let nav = expect_context::<Nav>();
    view! {
        <Screen class="report">
            <h1 tabindex="-1">"No result yet"</h1>
            <p>"Answer the questions first; your report appears here."</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| nav.go(Route::Question(1))>
                    "Start"
                </button>
            </div>
        </Screen>
    }
}

#[component]
fn YourReport(latest: Attempt, previous: Option<Attempt>) -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Nav>();
    let options = expect_context::<Arc<Options>>();
    let quiz = session.quiz();
    let report = Arc::new(build_report(
        &quiz,
        &latest.answers,
        previous.as_ref().map(|p| p.answers.as_slice()),
    ));
    let attempt = latest.finished_at;
    let since = previous.map(|p| {
        view! {
            <p class="since">
                {format!("Changes are shown against your previous result of {}.", iso_date(p.finished_at))}
            </p>
        }
    });
    let share = (!options.hide.share).then(|| Shared {
        fingerprint: session.fingerprint,
        answers: latest.answers.clone(),
        quiz_id: quiz.id.clone(),
        taken: iso_date(attempt),
        team: !options.hide.team,
    });
    let retake = move |_| {
        session.start_over();
        nav.go(Route::Question(1));
    };
    view! {
        <Screen class="report">
            <div class="report-body">
                <ReportSummary quiz=quiz.clone() report=report.clone() kicker="Your client-handling style" voice=Voice::Yours/>
                {since}
                <NextSteps quiz=quiz.clone() report=report.clone() attempt/>
                {options.cta.clone().map(|cta| view! { <CallToAction cta/> })}
                {share.map(|shared| view! { <SharePanel shared/> })}
                <ReportDetails quiz=quiz.clone() report voice=Voice::Yours/>
                <div class="actions no-print">
                    <button type="button" class="primary" on:click=|_| { let _ = window().print(); }>
                        "Print / Save as PDF"
                    </button>
                    <button type="button" on:click=retake>"Retake the quiz"</button>
                </div>
                <p class="meta">
                    {format!("Taken on {}. ", iso_date(attempt))}
                    <a href=Route::About.to_hash()>"About Candor and its sources"</a>
                </p>
            </div>
        </Screen>
    }
}

/// The archetype and the score chart: the top of every report.
#[component]
pub fn ReportSummary(
    quiz: Arc<Quiz>,
    report: Arc<Report>,
    #[prop(into)] kicker: String,
    voice: Voice,
) -> impl IntoView {
    view! {
        <div>
            <ArchetypeHeader quiz=quiz.clone() report=report.clone() kicker/>
            <Section id="scores" title=voice.pick("Your scores", "Scores")>
                <ScoreChart quiz report/>
            </Section>
        </div>
    }
}

/// Strengths, growth areas, the other habits and the reflection prompts.
#[component]
pub fn ReportDetails(quiz: Arc<Quiz>, report: Arc<Report>, voice: Voice) -> impl IntoView {
    let others: Vec<usize> = (0..quiz.dimensions.len())
        .filter(|d| !report.strengths.contains(d) && !report.growth_areas.contains(d))
        .collect();
    view! {
        <div>
            <ProfileNote report=report.clone() voice/>
            <DimensionGroup
                quiz=quiz.clone()
                report=report.clone()
                id="strengths"
                title=voice.pick("Your strengths", "Strengths")
                dimensions=report.strengths.clone()
            />
            <DimensionGroup
                quiz=quiz.clone()
                report=report.clone()
                id="growth"
                title="Where to grow"
                dimensions=report.growth_areas.clone()
            />
            <DimensionGroup
                quiz=quiz.clone()
                report=report.clone()
                id="others"
                title=voice.pick("Your other habits", "Other habits")
                dimensions=others
            />
            <Reflections quiz report voice/>
        </div>
    }
}

/// What the shape of the scores says: flat, or nothing standing out.
#[component]
fn ProfileNote(report: Arc<Report>, voice: Voice) -> impl IntoView {
    let whose = voice.pick("Your", "The");
    let note = match report.profile {
        Profile::Flat { low, high } => {
            let range = if low == high {
                format!("{whose} habits are even: every one scores {low}, so none stands out from the others.")
            } else {
                format!("{whose} habits are even: every score is between {low} and {high}, so none stands out from the others.")
            };
            let advice = if low >= STRONG {
                "An even, strong profile. Keep these habits up, and help the people around you learn them."
            } else if high < WEAK {
                "Every habit has room to grow. Don’t try to change them all at once: start with the next steps below."
            } else {
                "An even profile has no obvious place to start, so pick the habit that matters most in your work right now and focus on it for a month; one focus moves an even profile more than effort spread over all of them."
            };
            Some(format!("{range} {advice}"))
        }
        Profile::Uneven if report.strengths.is_empty() && report.growth_areas.is_empty() => Some(
            "No habit stands out clearly as a strength or as a growth area: the scores differ, but not by much.".into(),
        ),
        _ => None,
    };
    note.map(|note| view! { <p class="profile-note">{note}</p> })
}

/// `YYYY-MM-DD` (UTC) of a time in milliseconds since the epoch.
pub fn iso_date(ms: f64) -> String {
    Day::from_epoch_ms(ms).iso()
}
