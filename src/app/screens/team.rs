//! The team view: paste links, codes or result files; see where the team
//! agrees and where it differs most; present it one habit per slide.
//!
//! The members live in the URL (`#t=<code>~<code>…`), so "Copy team link",
//! reload and Back all reopen the same team. Reading and aggregation are
//! `core::team`; this screen renders them.

use std::sync::Arc;

use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::address::app_address;
use crate::app::components::copy_button::CopyButton;
use crate::app::components::download_button::DownloadButton;
use crate::app::components::entry_problems::EntryProblems;
use crate::app::components::file_picker::FilePicker;
use crate::app::components::links::Links;
use crate::app::components::presenter::{Presentation, Presenter};
use crate::app::components::screen::Screen;
use crate::app::components::section::Section;
use crate::app::components::team_dimension::{CardHeading, TeamDimension};
use crate::app::components::team_table::TeamTable;
use crate::app::files::read_result;
use crate::app::route::Route;
use crate::core::fingerprint::fingerprint;
use crate::core::quiz::Quiz;
use crate::core::team::{
    read_team_input, summarize, team_fragment, to_csv, EntryError, EntryProblem, Member, TeamInput,
    TeamSummary,
};

#[component]
pub fn TeamScreen(codes: String) -> impl IntoView {
    let quiz = expect_context::<Arc<Quiz>>();
    let fp = fingerprint(&quiz);
    let questions = quiz.questions.len();
    let team = RwSignal::new(read_team_input(&codes, fp, questions));
    let members = Memo::new(move |_| team.with(|t| t.members.clone()));
    let problems = Memo::new(move |_| team.with(|t| t.problems.clone()));
    let summary = {
        let quiz = quiz.clone();
        Memo::new(move |_| members.with(|m| summarize(&quiz, m)))
    };
    let anonymous = RwSignal::new(false);
    let labels = Memo::new(move |_| {
        let anonymous = anonymous.get();
        members.with(|ms| {
            ms.iter()
                .enumerate()
                .map(|(i, m)| {
                    if anonymous {
                        format!("Member {}", i + 1)
                    } else {
                        m.label.clone()
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let status = RwSignal::new(String::new());
    let presentation = Presentation::new(quiz.dimensions.len());

    // Keep the address in step with the team without a new history entry:
    // the link reopens this team, and Back leaves the team view.
    Effect::new(move |_| {
        let fragment = members.with(|m| team_link_fragment(m));
        if let Ok(history) = window().history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fragment));
        }
    });

    let paste = NodeRef::<Textarea>::new();
    let add_text = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(area) = paste.get_untracked() else {
            return;
        };
        team.update(|t| {
            t.problems.clear();
            t.read(&area.value(), fp, questions);
        });
        area.set_value("");
        status.set(format!(
            "The team has {} member(s).",
            team.with_untracked(|t| t.members.len())
        ));
    };
    let add_files = move |files: Vec<web_sys::File>| {
        team.update(|t| t.problems.clear());
        for file in files {
            spawn_local(async move {
                let entry: String = file.name().chars().take(40).collect();
                let read = read_result(&file, fp, questions).await;
                team.update(|t| add_file(t, entry, read));
            });
        }
    };

    let results_quiz = quiz.clone();
    view! {
        <Screen class="team">
            <h1 tabindex="-1">"Compare as a team"</h1>
            <p>
                "Paste the result links or codes your team sent you, one per line or separated by spaces or commas, or add the result files they downloaded. Everything stays in this browser."
            </p>
            <form class="paste" on:submit=add_text>
                <label for="team-paste">"Links or codes"</label>
                <textarea id="team-paste" rows="4" spellcheck="false" autocomplete="off" node_ref=paste></textarea>
                <div class="actions">
                    <button type="submit" class="primary">"Add to the team"</button>
                    <FilePicker label="Add result files" class="file-button" multiple=true on_pick=add_files/>
                </div>
            </form>
            <EntryProblems problems/>
            // Set as a property: it is rewritten even when the message repeats.
            <p class="status" role="status" prop:textContent=move || status.get()></p>
            <Show
                when=move || !members.with(Vec::is_empty)
                fallback=|| view! { <p class="empty">"No one yet: results you add appear here."</p> }
            >
                <TeamResults
                    quiz=results_quiz.clone()
                    members
                    summary
                    labels
                    anonymous
                    presentation
                    status
                />
            </Show>
            <Presenter presentation quiz summary labels/>
            <Links>
                <a href=Route::Intro.to_hash()>"Take the quiz"</a>
                <a href=Route::About.to_hash()>"About Candor"</a>
            </Links>
        </Screen>
    }
}

/// `#t=…` for a team, or `#/team` for nobody yet.
fn team_link_fragment(members: &[Member]) -> String {
    if members.is_empty() {
        Route::Team(String::new()).to_hash()
    } else {
        format!("#{}", team_fragment(members))
    }
}

/// Adds a result file's member to the team, or lists why it wasn't added.
fn add_file(
    team: &mut TeamInput,
    entry: String,
    read: Result<crate::core::team::ResultFile, crate::core::team::FileError>,
) {
    let added = read
        .map_err(EntryError::File)
        .and_then(|r| team.add(&r.code, r.result));
    if let Err(reason) = added {
        team.problems.push(EntryProblem { entry, reason });
    }
}

/// Controls, members, habits by disagreement, strengths, growth areas,
/// styles and the table.
#[component]
fn TeamResults(
    quiz: Arc<Quiz>,
    members: Memo<Vec<Member>>,
    summary: Memo<TeamSummary>,
    labels: Memo<Vec<String>>,
    anonymous: RwSignal<bool>,
    presentation: Presentation,
    status: RwSignal<String>,
) -> impl IntoView {
    // Where the clipboard refuses, the link is shown in a field, selected.
    let show_link = RwSignal::new(false);
    let link_field = NodeRef::<Input>::new();
    let select_link = move |()| {
        show_link.set(true);
        request_animation_frame(move || {
            if let Some(field) = link_field.get_untracked() {
                let _ = field.focus();
                field.select();
            }
        });
    };
    let team_link = Signal::derive(move || {
        format!(
            "{}{}",
            app_address(),
            members.with(|m| team_link_fragment(m))
        )
    });
    let csv = {
        let quiz = quiz.clone();
        move |()| members.with_untracked(|m| to_csv(&quiz, m, anonymous.get_untracked()))
    };
    let cards = {
        let quiz = quiz.clone();
        // Redrawn when the team or its labels change (Anonymous): each dot's
        // tooltip is then a plain text, not 1,400 little effects.
        move || {
            let count = members.with(Vec::len);
            let labels = Arc::new(labels.get());
            summary.with(|s| {
                s.by_disagreement
                    .iter()
                    .map(|&d| {
                        view! {
                            <TeamDimension
                                dimension=quiz.dimensions[d].clone()
                                summary=s.dimensions[d].clone()
                                members=count
                                labels=labels.clone()
                                heading=CardHeading::InList
                            />
                        }
                    })
                    .collect_view()
            })
        }
    };
    let list = {
        let quiz = quiz.clone();
        move |pick: fn(&TeamSummary) -> &Vec<usize>| {
            summary.with(|s| {
                pick(s)
                    .iter()
                    .map(|&d| {
                        let avg = s.dimensions[d]
                            .average
                            .map_or("no score".to_string(), |a| format!("average {a}"));
                        view! { <li>{format!("{} — {avg}", quiz.dimensions[d].name)}</li> }
                    })
                    .collect_view()
            })
        }
    };
    let strengths = {
        let list = list.clone();
        move || list(|s| &s.strengths)
    };
    let growth = move || list(|s| &s.growth_areas);
    let styles = {
        let quiz = quiz.clone();
        move || {
            summary.with(|s| {
                s.archetype_mix
                    .iter()
                    .map(|&(p, n)| {
                        let people = if n == 1 { "person" } else { "people" };
                        view! { <li>{format!("{} — {n} {people}", quiz.patterns[p].name)}</li> }
                    })
                    .collect_view()
            })
        }
    };
    view! {
        <div class="team-results">
            <div class="team-controls actions">
                <div class="check">
                    <input
                        id="anonymous"
                        type="checkbox"
                        prop:checked=move || anonymous.get()
                        on:change:target=move |ev| anonymous.set(ev.target().checked())
                    />
                    <label for="anonymous">"Anonymous: hide names"</label>
                </div>
                <button type="button" id="present" class="primary" on:click=move |_| presentation.show(Some(0))>
                    "Present"
                </button>
                <CopyButton
                    label="Copy team link"
                    text=team_link
                    copied="Team link copied."
                    status
                    on_refused=select_link
                />
                <DownloadButton
                    label="Export CSV"
                    file_name="candor-team.csv".to_string()
                    mime="text/csv"
                    contents=csv
                    on_saved=move |()| status.set("The CSV file is downloading.".into())
                />
            </div>
            <Show when=move || show_link.get()>
                <div class="field copy">
                    <label for="team-link">"Team link"</label>
                    <input id="team-link" type="text" readonly prop:value=team_link node_ref=link_field/>
                </div>
            </Show>
            <p class="members">
                {move || labels.with(|l| format!("{} members: {}", l.len(), l.join(", ")))}
            </p>
            <Section id="differ" title="Where you differ most">
                <p class="hint">"Habits in order of disagreement: start the meeting at the top."</p>
                {cards}
            </Section>
            <Section id="team-strengths" title="Team strengths">
                <ul>{strengths}</ul>
            </Section>
            <Section id="team-growth" title="Where the team can grow">
                <ul>{growth}</ul>
            </Section>
            <Section id="styles" title="Styles in the team">
                <ul>{styles}</ul>
            </Section>
            <Section id="team-table" title="Scores by person">
                <TeamTable quiz members summary labels/>
            </Section>
        </div>
    }
}
