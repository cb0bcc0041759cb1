//! The tailored report for the latest attempt. The body is built with the
//! plain DOM builder (see `app::dom`) because it is large and read-only.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::dom::{button, el, screen, section, text_el, El};
use crate::app::nav::Nav;
use crate::app::route::Route;
use crate::app::share::{code_for, copy_field, download, qr_svg, result_link};
use crate::app::state::Session;
use crate::app::widgets::{credits, score_chart};
use crate::core::answers::Answer;
use crate::core::fingerprint::Fingerprint;
use crate::core::options::{CallToAction, Options};
use crate::core::quiz::Quiz;
use crate::core::report::{build_report, Report};

pub fn report_screen() -> AnyView {
    let session = expect_context::<Session>();
    let nav = expect_context::<Nav>();
    let options = expect_context::<Arc<Options>>();
    let (latest, mut previous) = session
        .history
        .with_untracked(|h| (h.latest().cloned(), h.previous().cloned()));
    if options.hide.history {
        previous = None;
    }
    let Some(latest) = latest else {
        return screen("screen report", move || {
            el("div").children(vec![
                text_el("h1", "No result yet").attr("tabindex", "-1"),
                text_el("p", "Answer the questions first; your report appears here."),
                el("div").class("actions").child(
                    button("Start", "primary").on("click", move |_| nav.go(Route::Question(1))),
                ),
            ])
        });
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
            report_summary(&quiz, &report, "Your client-handling style", Voice::Yours),
            since.unwrap_or_else(|| el("div")),
            next_steps(&quiz, &report, attempt, session),
            call_to_action(options.cta.as_ref()),
            if options.hide.share {
                el("div")
            } else {
                share_panel(
                    session.fingerprint,
                    &latest.answers,
                    &quiz.id,
                    attempt,
                    !options.hide.team,
                )
            },
            report_details(&quiz, &report, Voice::Yours),
            actions,
            meta,
        ])
    };
    screen("screen report", body)
}

/// Link, code, QR code and result file for the latest attempt. The name box
/// rebuilds them on every keystroke; a name that can't go in a code says why.
fn share_panel(fp: Fingerprint, answers: &[Answer], quiz_id: &str, attempt: f64, team: bool) -> El {
    let status = el("p").class("status").attr("role", "status");
    let name_error = el("p")
        .class("field-error")
        .attr("id", "share-name-error")
        .attr("aria-live", "polite");
    let out = el("div").class("share-out");
    let fill = {
        let (out, status, name_error) = (out.0.clone(), El(status.0.clone()), name_error.0.clone());
        let answers = answers.to_vec();
        let quiz_id = quiz_id.to_string();
        move |name: &str| {
            let code = match code_for(fp, &answers, name) {
                Ok(code) => code,
                Err(why) => return name_error.set_text_content(Some(&why)),
            };
            name_error.set_text_content(None);
            let link = result_link(&code);
            let file = crate::core::team::result_file(
                &quiz_id,
                &code,
                crate::core::share_code::clean_name(name).ok().flatten(),
                &iso_date(attempt),
            );
            let file_name = format!("candor-result-{}.json", iso_date(attempt));
            let mut parts = vec![
                copy_field("share-link", "Link", "Copy link", &link, &status),
                copy_field("share-code", "Code", "Copy code", &code, &status),
            ];
            if let Some(qr) = qr_svg(&link) {
                parts.push(el("figure").class("qr-figure").child(qr).child(text_el(
                    "figcaption",
                    "Scan to open the result on another device.",
                )));
            }
            let mut actions = vec![button("Download result file", "").on("click", move |_| {
                download(&file_name, "application/json", &file)
            })];
            if team {
                actions.push(
                    text_el("a", "Compare as a team")
                        .class("button")
                        .attr("href", &Route::Team(code.clone()).to_hash()),
                );
            }
            parts.push(el("div").class("actions").children(actions));
            out.set_text_content(None);
            for part in parts {
                let _ = out.append_child(&part.0);
            }
        }
    };
    fill("");
    let name_input = el("input")
        .attr("id", "share-name")
        .attr("type", "text")
        .attr("maxlength", "24")
        .attr("autocomplete", "off")
        .attr("aria-describedby", "share-name-hint share-name-error")
        .on("input", move |ev| {
            let value = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            fill(&value);
        });
    section("share", "Share your result").class("no-print").children(vec![
        text_el(
            "p",
            "Send the link or the code to whoever is comparing your team’s results. It holds your answers              and the name you add, nothing else, and nothing is uploaded anywhere.",
        ),
        el("div").class("field").children(vec![
            text_el("label", "Your name (optional)").attr("for", "share-name"),
            name_input,
            text_el("p", "Up to 24 characters, shown to your team.").class("hint").attr("id", "share-name-hint"),
        ]),
        name_error,
        out,
        status,
    ])
}

/// The host's call to action; its address was checked to be http(s).
fn call_to_action(cta: Option<&CallToAction>) -> El {
    let Some(cta) = cta else { return el("div") };
    el("p").class("cta").child(
        text_el("a", &cta.label)
            .class("button primary")
            .attr("href", &cta.url)
            .attr("target", "_blank")
            .attr("rel", "noopener noreferrer"),
    )
}

/// Whose report is shown: the reader's own, or one opened from a link.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Yours,
    Theirs,
}

impl Voice {
    fn pick(self, yours: &'static str, theirs: &'static str) -> &'static str {
        match self {
            Voice::Yours => yours,
            Voice::Theirs => theirs,
        }
    }
}

/// The archetype and the score chart: the top of every report.
pub fn report_summary(quiz: &Quiz, report: &Report, kicker: &str, voice: Voice) -> El {
    let archetype = &quiz.patterns[report.archetype];
    let overall = match report.scores.overall_rounded() {
        Some(s) => format!("Overall: {s} out of 100"),
        None => "Overall: not enough answers for a score".into(),
    };
    let header = el("header").class("archetype").children(vec![
        text_el("p", kicker).class("kicker"),
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
        section("scores", voice.pick("Your scores", "Scores")).child(score_chart(quiz, report)),
    ])
}

/// Strengths, growth areas, the other habits and the reflection prompts.
pub fn report_details(quiz: &Quiz, report: &Report, voice: Voice) -> El {
    let others: Vec<usize> = (0..quiz.dimensions.len())
        .filter(|d| !report.strengths.contains(d) && !report.growth_areas.contains(d))
        .collect();
    el("div").children(vec![
        dimension_group(
            quiz,
            report,
            "strengths",
            voice.pick("Your strengths", "Strengths"),
            &report.strengths,
        ),
        dimension_group(
            quiz,
            report,
            "growth",
            "Where to grow",
            &report.growth_areas,
        ),
        dimension_group(
            quiz,
            report,
            "others",
            voice.pick("Your other habits", "Other habits"),
            &others,
        ),
        reflections(quiz, report, voice),
    ])
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

fn reflections(quiz: &Quiz, report: &Report, voice: Voice) -> El {
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
                text_el("p", voice.pick("What you said:", "What they said:")).class("you-said"),
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
