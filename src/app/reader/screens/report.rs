//! The tailored report for the latest attempt.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::app::reader::components::archetype_header::ArchetypeHeader;
use crate::app::reader::components::call_to_action::CallToAction;
use crate::app::reader::components::dimension_group::DimensionGroup;
use crate::app::reader::components::next_steps::NextSteps;
use crate::app::reader::components::reflections::Reflections;
use crate::app::reader::components::score_chart::ScoreChart;
use crate::app::reader::components::share_panel::{SharePanel, Shared};
use crate::app::reader::components::voice::Voice;
use crate::app::reader::state::use_session;
use crate::app::shared::address::result_link;
use crate::app::shared::components::screen::Screen;
use crate::app::shared::components::section::Section;
use crate::app::shared::i18n::{use_lang, use_texts};
use crate::app::shared::nav::use_nav;
use crate::app::shared::page::use_options;
use crate::app::shared::route::Route;
use crate::app::shared::storage;
use crate::core::catalogue::fill;
use crate::core::language::{Day, Lang};
use crate::core::progress::Attempt;
use crate::core::quiz::Quiz;
use crate::core::report::{build_report, note, EvenAdvice, Note, Report};
use crate::core::share_code::encode;

#[component]
pub fn ReportScreen() -> impl IntoView {
    let session = use_session();
    let options = use_options();
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
    let nav = use_nav();
    let texts = use_texts();
    view! {
        <Screen class="report">
            <h1 tabindex="-1">{texts.no_result_title()}</h1>
            <p>{texts.no_result_text()}</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| nav.go(Route::Question(1))>
                    {texts.start()}
                </button>
            </div>
        </Screen>
    }
}

#[component]
fn YourReport(latest: Attempt, previous: Option<Attempt>) -> impl IntoView {
    let session = use_session();
    let nav = use_nav();
    let options = use_options();
    let (texts, lang) = (use_texts(), use_lang());
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
                {fill(texts.since_previous(), &[("date", &long_date(lang, p.finished_at))])}
            </p>
        }
    });
    let share = (!options.hide.share).then(|| Shared {
        fingerprint: session.fingerprint,
        answers: latest.answers.clone(),
        quiz_id: quiz.id.clone(),
        taken: iso_date(attempt),
        taken_text: long_date(lang, attempt),
        quiz: quiz.clone(),
        report: report.clone(),
        team: !options.hide.team,
        more_open: !options.embed,
    });
    // In an embed the reader's own result comes first and sharing after it
    // (issue 20); elsewhere sharing stays near the top, where a team member
    // looks for the code to send.
    let sharing = share.is_some();
    let panel = share.map(|shared| view! { <SharePanel shared/> });
    let (share_before, share_after) = if options.embed {
        (None, panel)
    } else {
        (panel, None)
    };
    let retake = move |_| {
        session.start_over();
        nav.go(Route::Question(1));
    };
    // The archetype's own call to action, else the host page's; it may carry
    // the result (the code without a name, and its link).
    let cta = quiz.patterns[report.archetype]
        .cta
        .clone()
        .or_else(|| options.cta.clone())
        .map(|cta| {
            let code = encode(session.fingerprint, &latest.answers, None).unwrap_or_default();
            let link = result_link(&code);
            move || view! { <CallToAction cta=cta.clone() code=code.clone() link=link.clone()/> }
        });
    view! {
        <Screen class="report">
            <div class="report-body">
                <ReportSummary quiz=quiz.clone() report=report.clone() kicker=texts.style_kicker() name=None voice=Voice::Yours/>
                {since}
                <NextSteps quiz=quiz.clone() report=report.clone() attempt/>
                {cta.clone().map(|cta| cta())}
                // (A try in the checker is kept nowhere by design; the checker says so.)
                {(!storage::is_persistent() && !options.try_file).then(|| {
                    let keep = if sharing { texts.not_kept_keep() } else { "" };
                    view! { <p class="not-kept">{texts.not_kept()} " " {keep}</p> }
                })}
                {share_before}
                <ReportDetails quiz=quiz.clone() report voice=Voice::Yours/>
                {share_after}
                <div class="actions no-print">
                    <button type="button" class="primary" on:click=|_| { let _ = window().print(); }>
                        {texts.print()}
                    </button>
                    <button type="button" on:click=retake>{texts.retake()}</button>
                </div>
                // Again at the end, for the reader who has read it all.
                {cta.map(|cta| cta())}
                <p class="meta">
                    {fill(texts.taken_on(), &[("date", &long_date(lang, attempt))])}
                    <a href=Route::About.to_hash()>{texts.about_sources()}</a>
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
    /// The `{name}` of `kicker`.
    name: Option<String>,
    voice: Voice,
) -> impl IntoView {
    let texts = use_texts();
    view! {
        <div>
            <ArchetypeHeader quiz=quiz.clone() report=report.clone() kicker name/>
            <Section id="scores" title=voice.choose(texts.scores_yours(), texts.scores_theirs())>
                <ScoreChart quiz report/>
            </Section>
        </div>
    }
}

/// Strengths, growth areas, the other habits and the reflection prompts.
#[component]
pub fn ReportDetails(quiz: Arc<Quiz>, report: Arc<Report>, voice: Voice) -> impl IntoView {
    let texts = use_texts();
    let others: Vec<usize> = (0..quiz.dimensions.len())
        .filter(|d| !report.strengths.contains(d) && !report.growth_areas.contains(d))
        .collect();
    view! {
        <div>
            <ProfileNote report=report.clone() voice/>
            <AnswersNote quiz=quiz.clone() report=report.clone() voice/>
            <DimensionGroup
                quiz=quiz.clone()
                report=report.clone()
                id="strengths"
                title=voice.choose(texts.strengths_yours(), texts.strengths_theirs()).to_string()
                dimensions=report.strengths.clone()
            />
            <DimensionGroup
                quiz=quiz.clone()
                report=report.clone()
                id="growth"
                title=voice.choose(texts.growth(), texts.growth_theirs()).to_string()
                dimensions=report.growth_areas.clone()
            />
            <DimensionGroup
                quiz=quiz.clone()
                report=report.clone()
                id="others"
                title=voice.choose(texts.others_yours(), texts.others_theirs()).to_string()
                dimensions=others
            />
            <Reflections quiz report voice/>
        </div>
    }
}

/// What the shape of the scores says: flat, or nothing standing out.
#[component]
fn ProfileNote(report: Arc<Report>, voice: Voice) -> impl IntoView {
    let texts = use_texts();
    let note = note(&report).map(|note| match note {
        Note::Even { low, high, advice } => {
            let range = if low == high {
                voice.choose(texts.even_same_yours(), texts.even_same_theirs())
            } else {
                voice.choose(texts.even_range_yours(), texts.even_range_theirs())
            };
            let range = fill(range, &[("low", &low), ("high", &high)]);
            match advice {
                EvenAdvice::Strong => format!("{range} {}", texts.even_strong()),
                EvenAdvice::Low => format!("{range} {}", texts.even_low()),
                EvenAdvice::Middle => format!("{range} {}", texts.even_middle()),
                EvenAdvice::None => range,
            }
        }
        Note::NothingStandsOut => texts.nothing_stands_out().to_string(),
    });
    note.map(|note| view! { <p class="profile-note">{note}</p> })
}

/// Answers that cancel out: one answer given everywhere, or pairs of
/// opposite statements given the same end of the scale, each named. The
/// scores stay as they are; this only says why they may mislead.
#[component]
fn AnswersNote(quiz: Arc<Quiz>, report: Arc<Report>, voice: Voice) -> impl IntoView {
    let texts = use_texts();
    let label = |point: u8| quiz.scale.labels[usize::from(point - 1)].clone();
    if let Some(point) = report.same_answer {
        let text = voice.choose(texts.same_answer_yours(), texts.same_answer_theirs());
        let text = fill(text, &[("answer", &label(point))]);
        return Some(Either::Left(view! { <p class="answers-note">{text}</p> }));
    }
    (!report.opposed.is_empty()).then(|| {
        let pairs = report
            .opposed
            .iter()
            .map(|o| {
                let pair = fill(
                    texts.opposed_pair(),
                    &[
                        ("habit", &quiz.dimensions[o.dimension].name),
                        ("answer", &label(o.point)),
                        ("a", &quiz.questions[o.questions.0].text),
                        ("b", &quiz.questions[o.questions.1].text),
                    ],
                );
                view! { <li>{pair}</li> }
            })
            .collect_view();
        let intro = voice
            .choose(texts.opposed_yours(), texts.opposed_theirs())
            .to_string();
        Either::Right(view! {
            <div class="answers-note">
                <p>{intro}</p>
                <ul>{pairs}</ul>
            </div>
        })
    })
}

/// `YYYY-MM-DD` (UTC) of a time in milliseconds since the epoch, for file
/// names and result files.
fn iso_date(ms: f64) -> String {
    Day::from_epoch_ms(ms).iso()
}

/// The day (UTC) of a time in milliseconds since the epoch, as `lang`
/// writes it in running text.
fn long_date(lang: Lang, ms: f64) -> String {
    lang.date(Day::from_epoch_ms(ms))
}
