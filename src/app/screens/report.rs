//! The tailored report for the latest attempt. The body is built with the
//! plain DOM builder (see `app::dom`) because it is large and read-only.

use leptos::prelude::*;

use crate::app::dom::{dom_view, el, text_el, El};
use crate::app::nav::Nav;
use crate::app::route::Route;
use crate::app::state::Session;
use crate::app::widgets::{credits, score_chart};
use crate::core::answers::Answer;
use crate::core::quiz::Quiz;
use crate::core::report::{build_report, Report};

#[component]
pub fn ReportScreen() -> impl IntoView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Nav>();
    let (latest, previous) = session
        .history
        .with_untracked(|h| (h.latest().cloned(), h.previous().cloned()));
    let Some(latest) = latest else {
        return view! {
            <main id="main" class="screen report">
                <h1 tabindex="-1">"No result yet"</h1>
                <p>"Answer the questions first; your report appears here."</p>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| nav.go(Route::Question(1))>
                        "Start"
                    </button>
                </div>
            </main>
        }
        .into_any();
    };
    let body = move || {
        let quiz = session.quiz();
        let report = build_report(
            &quiz,
            &latest.answers,
            previous.as_ref().map(|p| p.answers.as_slice()),
        );
        let attempt = latest.finished_at;
        let since = previous.map(|p| {
            text_el(
                "p",
                &format!(
                    "Changes are shown against your previous result of {}.",
                    iso_date(p.finished_at)
                ),
            )
            .class("since")
        });
        let actions = el("div").class("actions no-print").children(vec![
            button("Print / Save as PDF", "primary").on("click", |_| {
                let _ = window().print();
            }),
            button("Retake the quiz", "").on("click", move |_| {
                session.start_over();
                nav.go(Route::Question(1));
            }),
        ]);
        let meta = text_el("p", &format!("Taken on {}. ", iso_date(attempt)))
            .class("meta")
            .child(
                text_el("a", "About Candor and its sources").attr("href", &Route::About.to_hash()),
            );
        el("div").class("report-body").children(vec![
            report_summary(&quiz, &report),
            since.unwrap_or_else(|| el("div")),
            next_steps(&quiz, &report, attempt, session),
            report_details(&quiz, &report),
            actions,
            meta,
        ])
    };
    view! { <main id="main" class="screen report">{dom_view(body)}</main> }.into_any()
}

pub fn button(label: &str, class: &str) -> El {
    text_el("button", label).attr("type", "button").class(class)
}

/// The archetype and the score chart: the top of every report.
pub fn report_summary(quiz: &Quiz, report: &Report) -> El {
    let archetype = &quiz.patterns[report.archetype];
    let overall = match report.scores.overall_rounded() {
        Some(s) => format!("Overall: {s} out of 100"),
        None => "Overall: not enough answers for a score".into(),
    };
    let header = el("header").class("archetype").children(vec![
        text_el("p", "Your client-handling style").class("kicker"),
        text_el("h1", &archetype.name).attr("tabindex", "-1"),
        text_el("p", &archetype.summary).class("summary"),
        el("p")
            .class("try-first")
            .child(text_el("strong", "Try this first: "))
            .text(&archetype.try_first),
        text_el("p", &credits(quiz, &archetype.sources)).class("credit"),
        text_el("p", &overall).class("overall"),
    ]);
    el("div").children(vec![
        header,
        section("scores", "Your scores").child(score_chart(quiz, report)),
    ])
}

/// Strengths, growth areas, the other habits and the reflection prompts.
pub fn report_details(quiz: &Quiz, report: &Report) -> El {
    let others: Vec<usize> = (0..quiz.dimensions.len())
        .filter(|d| !report.strengths.contains(d) && !report.growth_areas.contains(d))
        .collect();
    el("div").children(vec![
        dimension_group(
            quiz,
            report,
            "strengths",
            "Your strengths",
            &report.strengths,
        ),
        dimension_group(
            quiz,
            report,
            "growth",
            "Where to grow",
            &report.growth_areas,
        ),
        dimension_group(quiz, report, "others", "Your other habits", &others),
        reflections(quiz, report),
    ])
}

/// A `<section>` labelled by its own `<h2>`.
pub fn section(id: &str, title: &str) -> El {
    let heading = format!("{id}-h");
    el("section")
        .class("group")
        .attr("aria-labelledby", &heading)
        .child(text_el("h2", title).attr("id", &heading))
}

fn dimension_group(quiz: &Quiz, report: &Report, id: &str, title: &str, dims: &[usize]) -> El {
    if dims.is_empty() {
        return el("div");
    }
    let items = dims
        .iter()
        .map(|&d| {
            let dim = &quiz.dimensions[d];
            let result = report.dimensions[d];
            let mut score = match result.score {
                Some(s) => format!("{s} / 100"),
                None => "not enough answers".into(),
            };
            if let Some(c) = result.change.filter(|c| *c != 0) {
                score.push_str(&format!(" ({c:+} since last time)"));
            }
            let band = result.band.map(|b| &dim.bands[b]);
            let advice = band.map(|b| {
                el("ul").class("advice").children(
                    b.advice
                        .iter()
                        .map(|a| {
                            text_el("li", &a.text)
                                .text(" ")
                                .child(text_el("span", &credits(quiz, &a.sources)).class("credit"))
                        })
                        .collect(),
                )
            });
            el("article")
                .class("dimension")
                .child(text_el("h3", &dim.name).child(text_el("span", &score).class("score")))
                .child(
                    text_el("p", band.map_or(&dim.description, |b| &b.headline)).class("headline"),
                )
                .maybe(advice)
        })
        .collect();
    section(id, title).children(items)
}

fn reflections(quiz: &Quiz, report: &Report) -> El {
    if report.reflections.is_empty() {
        return el("div");
    }
    let items = report
        .reflections
        .iter()
        .map(|r| {
            let lines = r
                .answers
                .iter()
                .map(|&(q, a)| {
                    text_el("li", &format!("{} — ", quiz.questions[q].text))
                        .child(text_el("em", &answer_label(quiz, a)))
                })
                .collect();
            el("li").class("reflection").children(vec![
                text_el("p", &quiz.reflections[r.reflection].prompt).class("prompt"),
                text_el("p", "What you said:").class("you-said"),
                el("ul").children(lines),
            ])
        })
        .collect();
    section("reflect", "Questions to sit with").child(el("ol").class("reflections").children(items))
}

/// Three steps as a checklist whose ticks are remembered per attempt.
fn next_steps(quiz: &Quiz, report: &Report, attempt: f64, session: Session) -> El {
    let done = session.checklist.with_untracked(|c| {
        if c.attempt == attempt {
            c.done.clone()
        } else {
            Vec::new()
        }
    });
    let steps = report
        .next_steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let dim = &quiz.dimensions[step.dimension];
            let advice = &dim.bands[step.band].advice[step.advice];
            let id = format!("step-{i}");
            let mut checkbox = el("input").attr("type", "checkbox").attr("id", &id);
            if done.contains(&i) {
                checkbox = checkbox.attr("checked", "");
            }
            el("li").children(vec![
                checkbox.on("change", move |_| session.toggle_step(attempt, i)),
                el("label")
                    .attr("for", &id)
                    .child(text_el("span", &format!("{}: ", dim.name)).class("step-dim"))
                    .text(&advice.text),
                text_el("span", &credits(quiz, &advice.sources)).class("credit"),
            ])
        })
        .collect();
    section("steps", "Your next three steps")
        .child(
            text_el(
                "p",
                "Tick them off as you go; Candor remembers on this device.",
            )
            .class("hint no-print"),
        )
        .child(el("ul").class("checklist").children(steps))
}

fn answer_label(quiz: &Quiz, answer: Answer) -> String {
    match answer {
        Answer::Point(p) => quiz.scale.labels[usize::from(p.clamp(1, 5) - 1)].clone(),
        Answer::NotSure => quiz
            .scale
            .not_sure
            .clone()
            .unwrap_or_else(|| "Not sure".into()),
        Answer::Skipped => "skipped".into(),
    }
}

/// `YYYY-MM-DD` of a time in milliseconds since the epoch.
pub fn iso_date(ms: f64) -> String {
    let iso: String = js_sys::Date::new(&ms.into()).to_iso_string().into();
    iso.chars().take(10).collect()
}
