//! The team view: paste links, codes or result files; see where the team
//! agrees and where it differs most; present it one dimension per slide.
//!
//! The members live in the URL (`#t=<code>~<code>…`), so "Copy team link",
//! reload and Back all reopen the same team. Aggregation is `core::team`;
//! this module only draws it (with the DOM builder: see `app::dom`).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

use crate::app::dom::{
    button, el, focus, landmark, replace_children, screen, section, svg, text_el, El,
};
use crate::app::route::Route;
use crate::app::share::{app_address, copy_text, download, picked_files, read_picked_result};
use crate::app::state::Session;
use crate::core::fingerprint::Fingerprint;
use crate::core::quiz::Quiz;
use crate::core::team::{
    read_team_input, summarize, team_fragment, to_csv, EntryError, EntryProblem, TeamInput,
    TeamSummary,
};

/// The screen's state and the parts of the page it redraws.
struct Page {
    quiz: Arc<Quiz>,
    fp: Fingerprint,
    team: RefCell<TeamInput>,
    /// The team's picture, recomputed only when the members change.
    summary: RefCell<TeamSummary>,
    anonymous: RefCell<bool>,
    /// The slide shown in presenter mode, if presenting.
    slide: RefCell<Option<usize>>,
    problems: Element,
    status: Element,
    results: Element,
    presenter: Element,
}

impl Page {
    fn label(&self, team: &TeamInput, member: usize) -> String {
        if *self.anonymous.borrow() {
            format!("Member {}", member + 1)
        } else {
            team.members[member].label.clone()
        }
    }

    fn say(&self, text: &str) {
        self.status.set_text_content(Some(text));
    }

    /// After members were added: recompute the picture, keep the address in
    /// step, redraw.
    fn team_changed(self: &Rc<Self>) {
        *self.summary.borrow_mut() = summarize(&self.quiz, &self.team.borrow().members);
        self.remember();
        self.refresh();
    }

    /// Redraws everything that depends on the team and the display choices.
    fn refresh(self: &Rc<Self>) {
        replace_children(&self.problems, problem_list(&self.team.borrow().problems));
        let team = self.team.borrow();
        let results = if team.members.is_empty() {
            text_el("p", "No one yet: results you add appear here.").class("empty")
        } else {
            team_results(self, &team, &self.summary.borrow())
        };
        drop(team);
        replace_children(&self.results, results);
        self.draw_slide();
    }

    fn draw_slide(self: &Rc<Self>) {
        let slide = *self.slide.borrow();
        self.presenter.set_text_content(None);
        let _ = self
            .presenter
            .toggle_attribute_with_force("hidden", slide.is_none());
        if let Some(slide) = slide {
            let team = self.team.borrow();
            let summary = self.summary.borrow();
            let _ = self
                .presenter
                .append_child(&slide_body(self, &team, &summary, slide).0);
            focus("#slide-h");
        }
    }

    /// Keeps the address in step with the team without a new history entry:
    /// the link reopens this team, and Back leaves the team view.
    fn remember(&self) {
        let team = self.team.borrow();
        let fragment = if team.members.is_empty() {
            Route::Team(String::new()).to_hash()
        } else {
            format!("#{}", team_fragment(&team.members))
        };
        if let Ok(history) = window().history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fragment));
        }
    }

    fn add_text(self: &Rc<Self>, text: &str) {
        {
            let mut team = self.team.borrow_mut();
            team.problems.clear();
            team.read(text, self.fp, self.quiz.questions.len());
        }
        self.team_changed();
        self.say(&format!(
            "The team has {} member(s).",
            self.team.borrow().members.len()
        ));
    }

    /// Moves through the presentation; `None` ends it.
    fn show_slide(self: &Rc<Self>, slide: Option<usize>) {
        let doc = document();
        if slide.is_none() && doc.fullscreen_element().is_some() {
            // Leave full screen first: the page outside it can't take focus
            // until then. Leaving calls this again (see `team_screen`).
            doc.exit_fullscreen();
            return;
        }
        let opening = self.slide.borrow().is_none() && slide.is_some();
        let last = self.quiz.dimensions.len() - 1;
        *self.slide.borrow_mut() = slide.map(|s| s.min(last));
        self.draw_slide();
        if opening {
            // Full screen when the browser allows it; the overlay works either way.
            let _ = self.presenter.request_fullscreen();
        } else if slide.is_none() {
            // Back to what opened the presentation.
            focus("#present");
        }
    }
}

pub fn team_screen(codes: String) -> AnyView {
    let session = expect_context::<Session>();
    let quiz = session.quiz();
    let team = read_team_input(&codes, session.fingerprint, quiz.questions.len());
    let page = Rc::new(Page {
        summary: RefCell::new(summarize(&quiz, &team.members)),
        team: RefCell::new(team),
        quiz,
        fp: session.fingerprint,
        anonymous: RefCell::new(false),
        slide: RefCell::new(None),
        problems: el("div").0,
        status: el("p").class("status").attr("role", "status").0,
        results: el("div").0,
        presenter: el("div")
            .class("presenter")
            .attr("role", "dialog")
            .attr("aria-modal", "true")
            .attr("aria-labelledby", "slide-h")
            .attr("hidden", "")
            .0,
    });
    page.refresh();

    let keys = {
        let page = page.clone();
        window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
            let Some(slide) = *page.slide.borrow() else {
                return;
            };
            let next = match ev.key().as_str() {
                "ArrowRight" | "PageDown" | " " => Some(slide + 1),
                "ArrowLeft" | "PageUp" => Some(slide.saturating_sub(1)),
                "Home" => Some(0),
                "End" => Some(usize::MAX),
                "Escape" => None,
                _ => return,
            };
            ev.prevent_default();
            page.show_slide(next);
        })
    };
    // Leaving full screen: end the presentation if that was how (Esc is the
    // browser's there), and give focus back to what opened it.
    let fullscreen = {
        let page = page.clone();
        window_event_listener_untyped("fullscreenchange", move |_| {
            let full_screen = document().fullscreen_element().is_some();
            let presenting = page.slide.borrow().is_some();
            match (full_screen, presenting) {
                // The presentation ended before full screen arrived.
                (true, false) => document().exit_fullscreen(),
                (false, true) => page.show_slide(None),
                (false, false) => focus("#present"),
                (true, true) => {}
            }
        })
    };
    on_cleanup(move || {
        keys.remove();
        fullscreen.remove();
    });

    screen("screen team", move || team_page(page))
}

fn team_page(page: Rc<Page>) -> El {
    let area = el("textarea")
        .attr("id", "team-paste")
        .attr("rows", "4")
        .attr("spellcheck", "false")
        .attr("autocomplete", "off");
    let area_el: web_sys::HtmlTextAreaElement = area.0.clone().unchecked_into();
    let form = {
        let page = page.clone();
        el("form").class("paste").on("submit", move |ev| {
            ev.prevent_default();
            page.add_text(&area_el.value());
            area_el.set_value("");
        })
    };
    let files = {
        let page = page.clone();
        el("input")
            .attr("type", "file")
            .attr("accept", ".json,application/json")
            .attr("multiple", "")
            .on("change", move |ev| add_files(page.clone(), ev))
    };
    let form = form.children(vec![
        text_el("label", "Links or codes").attr("for", "team-paste"),
        area,
        el("div").class("actions").children(vec![
            text_el("button", "Add to the team")
                .attr("type", "submit")
                .class("primary"),
            el("label")
                .class("file-button")
                .text("Add result files")
                .child(files),
        ]),
    ]);
    el("div").children(vec![
        text_el("h1", "Compare as a team").attr("tabindex", "-1"),
        text_el(
            "p",
            "Paste the result links or codes your team sent you, one per line or separated by spaces or \
             commas, or add the result files they downloaded. Everything stays in this browser.",
        ),
        form,
        El(page.problems.clone()),
        El(page.status.clone()),
        El(page.results.clone()),
        El(page.presenter.clone()),
        landmark("nav").class("links").attr("aria-label", "More").children(vec![
            text_el("a", "Take the quiz").attr("href", &Route::Intro.to_hash()),
            text_el("a", "About Candor").attr("href", &Route::About.to_hash()),
        ]),
    ])
}

/// Reads result files one by one; each is size-checked before it is read.
fn add_files(page: Rc<Page>, ev: web_sys::Event) {
    page.team.borrow_mut().problems.clear();
    for file in picked_files(&ev) {
        let page = page.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let entry: String = file.name().chars().take(40).collect();
            let outcome = read_picked_result(&file, page.fp, page.quiz.questions.len())
                .await
                .map_err(EntryError::File)
                .and_then(|r| page.team.borrow_mut().add(&r.code, r.result));
            if let Err(reason) = outcome {
                page.team
                    .borrow_mut()
                    .problems
                    .push(EntryProblem { entry, reason });
            }
            page.team_changed();
        });
    }
}

fn problem_list(problems: &[EntryProblem]) -> El {
    if problems.is_empty() {
        return el("div");
    }
    let items = problems
        .iter()
        .map(|p| {
            el("li")
                .child(text_el("code", &p.entry))
                .text(&format!(" — {}", p.reason))
        })
        .collect();
    el("div")
        .class("problems-box")
        .attr("role", "alert")
        .child(text_el("p", "Some entries were not added:"))
        .child(el("ul").class("problems").children(items))
}

/// Controls, members, dimensions by disagreement, strengths, growth areas,
/// styles and the table.
fn team_results(page: &Rc<Page>, team: &TeamInput, s: &TeamSummary) -> El {
    let q = &page.quiz;
    let anonymous = {
        let page = page.clone();
        let mut check = el("input").attr("id", "anonymous").attr("type", "checkbox");
        if *page.anonymous.borrow() {
            check = check.attr("checked", "");
        }
        check.on("change", move |_| {
            let now = !*page.anonymous.borrow();
            *page.anonymous.borrow_mut() = now;
            page.refresh();
            focus("#anonymous");
        })
    };
    let present = {
        let page = page.clone();
        button("Present", "primary")
            .attr("id", "present")
            .on("click", move |_| page.show_slide(Some(0)))
    };
    let copy_link = {
        let page = page.clone();
        button("Copy team link", "").on("click", move |_| {
            let link = format!(
                "{}#{}",
                app_address(),
                team_fragment(&page.team.borrow().members)
            );
            copy_text(&link);
            page.say("Team link copied.");
        })
    };
    let export = {
        let page = page.clone();
        button("Export CSV", "").on("click", move |_| {
            let csv = to_csv(
                &page.quiz,
                &page.team.borrow().members,
                *page.anonymous.borrow(),
            );
            download("candor-team.csv", "text/csv", &csv);
            page.say("The CSV file is downloading.");
        })
    };
    let controls = el("div").class("team-controls actions").children(vec![
        el("div")
            .class("check")
            .child(anonymous)
            .child(text_el("label", "Anonymous: hide names").attr("for", "anonymous")),
        present,
        copy_link,
        export,
    ]);
    let names: Vec<String> = (0..team.members.len())
        .map(|m| page.label(team, m))
        .collect();
    let dims = s
        .by_disagreement
        .iter()
        .map(|&d| dimension_card(page, team, s, d, "h3"))
        .collect();
    let list = |dims: &[usize]| {
        el("ul").children(
            dims.iter()
                .map(|&d| {
                    let avg = s.dimensions[d]
                        .average
                        .map_or("no score".to_string(), |a| format!("average {a}"));
                    text_el("li", &format!("{} — {avg}", q.dimensions[d].name))
                })
                .collect(),
        )
    };
    let mix = s
        .archetype_mix
        .iter()
        .map(|&(p, n)| {
            text_el(
                "li",
                &format!(
                    "{} — {n} {}",
                    q.patterns[p].name,
                    if n == 1 { "person" } else { "people" }
                ),
            )
        })
        .collect();
    el("div").class("team-results").children(vec![
        controls,
        text_el(
            "p",
            &format!("{} members: {}", names.len(), names.join(", ")),
        )
        .class("members"),
        section("differ", "Where you differ most")
            .child(
                text_el(
                    "p",
                    "Habits in order of disagreement: start the meeting at the top.",
                )
                .class("hint"),
            )
            .children(dims),
        section("team-strengths", "Team strengths").child(list(&s.strengths)),
        section("team-growth", "Where the team can grow").child(list(&s.growth_areas)),
        section("styles", "Styles in the team").child(el("ul").children(mix)),
        section("team-table", "Scores by person").child(score_table(page, team, s)),
    ])
}

/// One dimension: figures, the members as marks on a 0–100 line, and prompts.
fn dimension_card(page: &Page, team: &TeamInput, s: &TeamSummary, d: usize, heading: &str) -> El {
    let dim = &page.quiz.dimensions[d];
    let ds = &s.dimensions[d];
    let figures = match (ds.average, ds.min, ds.max) {
        (Some(avg), Some(min), Some(max)) => format!(
            "Team average {avg} · range {min}–{max} (spread {}) · {} of {} scored",
            max - min,
            ds.scored,
            team.members.len()
        ),
        _ => "Nobody answered enough of these questions for a score.".into(),
    };
    let mut title = text_el(heading, &dim.name);
    if heading == "h2" {
        title = title.attr("id", "slide-h").attr("tabindex", "-1");
    }
    let mut card = el("article").class("team-dimension").children(vec![
        title,
        text_el("p", &figures).class("figures"),
        marks(page, team, s, d),
    ]);
    if !dim.discussion.is_empty() {
        card = card
            .child(text_el("p", "To discuss:").class("prompts-title"))
            .child(
                el("ul")
                    .class("prompts")
                    .children(dim.discussion.iter().map(|p| text_el("li", p)).collect()),
            );
    }
    card
}

/// The team on one dimension: a 0–100 line, the range as a band, the average
/// as a bar and each member as a dot (with their label as a tooltip).
fn marks(page: &Page, team: &TeamInput, s: &TeamSummary, d: usize) -> El {
    let ds = &s.dimensions[d];
    let x = |score: u8| (20 + u32::from(score) * 5).to_string();
    let mut chart = svg("svg")
        .attr("viewBox", "0 0 540 70")
        .attr("role", "img")
        .attr(
            "aria-label",
            &format!(
                "{}: each member’s score on a line from 0 to 100",
                page.quiz.dimensions[d].name
            ),
        )
        .class("marks")
        .child(
            svg("line")
                .attr("x1", "20")
                .attr("x2", "520")
                .attr("y1", "35")
                .attr("y2", "35")
                .class("axis"),
        );
    if let (Some(min), Some(max)) = (ds.min, ds.max) {
        let width = (u32::from(max - min) * 5).max(2).to_string();
        chart = chart.child(
            svg("rect")
                .attr("x", &x(min))
                .attr("width", &width)
                .attr("y", "22")
                .attr("height", "26")
                .class("range"),
        );
    }
    for (m, score) in ds.scores.iter().enumerate() {
        let Some(score) = *score else { continue };
        // Three rows, so equal scores stay visible.
        let cy = ["28", "35", "42"][m % 3];
        let dot = svg("circle")
            .attr("cx", &x(score))
            .attr("cy", cy)
            .attr("r", "5")
            .class("dot");
        chart =
            chart.child(dot.child(svg("title").text(&format!("{}: {score}", page.label(team, m)))));
    }
    if let Some(avg) = ds.average {
        chart = chart.child(
            svg("line")
                .attr("x1", &x(avg))
                .attr("x2", &x(avg))
                .attr("y1", "14")
                .attr("y2", "56")
                .class("average"),
        );
    }
    for (value, label) in [(0u8, "0"), (50, "50"), (100, "100")] {
        let tick = svg("text")
            .attr("x", &x(value))
            .attr("y", "68")
            .attr("text-anchor", "middle")
            .class("tick");
        chart = chart.child(tick.text(label));
    }
    chart
}

/// The same figures as a table: one row per member, then the team average.
fn score_table(page: &Page, team: &TeamInput, s: &TeamSummary) -> El {
    let q = &page.quiz;
    let cell = |v: Option<u8>| text_el("td", &v.map_or("–".to_string(), |v| v.to_string()));
    let mut head = vec![text_el("th", "Member").attr("scope", "col")];
    head.extend(
        q.dimensions
            .iter()
            .map(|d| text_el("th", &d.name).attr("scope", "col")),
    );
    head.push(text_el("th", "Style").attr("scope", "col"));
    let mut rows: Vec<El> = (0..team.members.len())
        .map(|m| {
            let mut cells = vec![text_el("th", &page.label(team, m)).attr("scope", "row")];
            cells.extend(s.dimensions.iter().map(|d| cell(d.scores[m])));
            cells.push(text_el("td", &q.patterns[s.archetypes[m]].name));
            el("tr").children(cells)
        })
        .collect();
    let mut average = vec![text_el("th", "Team average").attr("scope", "row")];
    average.extend(s.dimensions.iter().map(|d| cell(d.average)));
    average.push(el("td"));
    rows.push(el("tr").class("average-row").children(average));
    // Closed by default: with 200 people the table is long, and laying it
    // out is most of the cost of showing the team.
    let table = el("div")
        .class("table-scroll")
        .attr("tabindex", "0")
        .attr("role", "region")
        .attr("aria-label", "Table of scores by person")
        .child(el("table").children(vec![
            text_el(
                "caption",
                "Each member’s score on each habit, out of 100 (– means too few answers)",
            ),
            el("thead").child(el("tr").children(head)),
            el("tbody").children(rows),
        ]));
    el("details")
        .child(text_el(
            "summary",
            &format!("Show the table ({} people)", team.members.len()),
        ))
        .child(table)
}

/// One presentation slide: the dimension at position `slide` by disagreement.
fn slide_body(page: &Rc<Page>, team: &TeamInput, s: &TeamSummary, slide: usize) -> El {
    let order = &s.by_disagreement;
    let d = order[slide.min(order.len() - 1)];
    let go = |label: &str, to: Option<usize>| {
        let page = page.clone();
        button(label, "").on("click", move |_| page.show_slide(to))
    };
    el("div").children(vec![
        el("div").class("slide").children(vec![
            text_el(
                "p",
                &format!(
                    "Slide {} of {} · ordered by disagreement",
                    slide + 1,
                    order.len()
                ),
            )
            .class("slide-count"),
            dimension_card(page, team, s, d, "h2"),
        ]),
        el("div").class("presenter-nav").children(vec![
            go("Previous", Some(slide.saturating_sub(1))),
            go("End presentation", None),
            go("Next", Some(slide + 1)),
        ]),
    ])
}
