//! The team view: paste links, codes or result files; see where the team
//! agrees and where it differs most; present it one habit per slide.
//!
//! The members live in the URL (`#t=<code>~<code>…`), so "Copy team link",
//! reload and Back all reopen the same team. Reading and aggregation are
//! `core::team`; this screen renders them.

use std::sync::Arc;

use leptos::html::{Input, Textarea};
use leptos::prelude::*;

use crate::app::shared::address::app_address;
use crate::app::shared::components::copy_button::CopyButton;
use crate::app::shared::components::download_button::DownloadButton;
use crate::app::shared::components::file_picker::FilePicker;
use crate::app::shared::components::links::Links;
use crate::app::shared::components::names::with_names;
use crate::app::shared::components::screen::Screen;
use crate::app::shared::components::section::Section;
use crate::app::shared::files::read_result;
use crate::app::shared::i18n::use_lang;
use crate::app::shared::route::Route;
use crate::app::tools::components::dot_plot::DotLabels;
use crate::app::tools::components::entry_problems::EntryProblems;
use crate::app::tools::components::meeting::{today, MeetingSection, MeetingState};
use crate::app::tools::components::people::People;
use crate::app::tools::components::presenter::{Presentation, Presenter};
use crate::app::tools::components::scanner::Scanner;
use crate::app::tools::components::team_dimension::{CardHeading, TeamDimension};
use crate::app::tools::components::team_picture_button::SaveTeamPicture;
use crate::app::tools::components::team_table::TeamTable;
use crate::app::tools::context::phone_sized::use_phone_sized;
use crate::app::tools::context::quiz::use_quiz;
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::catalogue::{count, fill, ToolTexts};
use crate::core::fingerprint::fingerprint;
use crate::core::language::Lang;
use crate::core::meeting::{actions_csv, shared_actions};
use crate::core::quiz::Quiz;
use crate::core::team::{
    anonymous_team_fragment, habit_lines, initials, profile_line, summarize, team_fragment,
    to_csv_in, EntryError, EntryProblem, Member, TeamInput, TeamSummary,
};

#[component]
pub fn TeamScreen(codes: String) -> impl IntoView {
    let quiz = use_quiz();
    let t = use_tool_texts();
    let lang = use_lang();
    let fp = fingerprint(&quiz);
    let questions = quiz.questions.len();
    let mut input = TeamInput::new(t.member_n());
    input.read_link(&codes, fp, questions);
    let team = RwSignal::new(input);
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
                        fill(t.member_n(), &[("n", &(i + 1))])
                    } else {
                        m.label.clone()
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    // What each dot says: numbers, and initials while names are shown.
    let dot_labels = Memo::new(move |_| DotLabels {
        labels: Arc::new(labels.get()),
        initials: (!anonymous.get()).then(|| {
            Arc::new(members.with(|ms| {
                ms.iter()
                    .map(|m| m.name.as_deref().map(initials).unwrap_or_default())
                    .collect()
            }))
        }),
    });
    // The member highlighted in every habit. Members are only ever added,
    // so the index stays theirs.
    let picked = RwSignal::new(None::<usize>);
    let meeting = MeetingState::new(quiz.clone(), members, summary);
    // The prompts chosen for each habit (`None`: those for the team's
    // result), shown in the list and on the slides.
    let prompts = Arc::new(meeting.prompts.get_value());
    let status = RwSignal::new(String::new());
    let presentation = Presentation::new(meeting);
    // On a phone, a team opened from a link comes first and the paste box
    // after it: the facilitator came to see the team. (Decided once, so the
    // box never moves away while someone is using it.)
    let team_first = !codes.is_empty()
        && !members.with_untracked(Vec::is_empty)
        && use_phone_sized().get_untracked();

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
        let n = team.with_untracked(|team| team.members.len()) as u64;
        status.set(count(lang, n, t.team_has_one(), t.team_has_other()));
    };
    // Each result file chosen is read, and its member added, on its own.
    let read_file = Action::new_local(move |file: &web_sys::File| {
        let file = file.clone();
        async move {
            let entry: String = file.name().chars().take(40).collect();
            let read = read_result(&file, fp, questions).await;
            team.update(|t| add_file(t, entry, read));
        }
    });
    let add_files = move |files: Vec<web_sys::File>| {
        team.update(|t| t.problems.clear());
        for file in files {
            read_file.dispatch_local(file);
        }
    };

    let (results_quiz, results_prompts) = (quiz.clone(), prompts.clone());
    let paste_form = view! {
            <form class="paste" on:submit=add_text>
                <label for="team-paste">{t.paste_label()}</label>
                <textarea id="team-paste" rows="4" spellcheck="false" autocomplete="off" node_ref=paste></textarea>
                <div class="actions">
                    <button type="submit" class="primary">{t.add_to_team()}</button>
                    <FilePicker label=t.add_files() class="file-button" multiple=true on_pick=add_files/>
                </div>
            </form>
            <div class="scan">
                <Scanner team fp questions/>
            </div>
            <EntryProblems problems/>
    };
    let results = view! {
            <Show
                when=move || !members.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t.no_one_yet()}</p> }
            >
                <TeamResults
                    quiz=results_quiz.clone()
                    fp
                    members
                    summary
                    labels
                    dot_labels
                    picked
                    prompts=results_prompts.clone()
                    meeting
                    anonymous
                    presentation
                    status
                />
            </Show>
    };
    let (first, second) = if team_first {
        (results.into_any(), paste_form.into_any())
    } else {
        (paste_form.into_any(), results.into_any())
    };
    view! {
        <Screen class="team">
            <h1 tabindex="-1">{t.team_title()}</h1>
            <p>{t.team_intro()}</p>
            {first}
            // Set as a property: it is rewritten even when the message repeats.
            <p class="status" role="status" prop:textContent=move || status.get()></p>
            {second}
            <Presenter
                presentation
                quiz
                summary
                labels
                dot_labels
                picked
                prompts
                meeting
                anonymous
            />
            <Links>
                <a href=Route::Intro.to_hash()>{t.link_take_quiz()}</a>
                <a href=Route::About.to_hash()>{t.link_about()}</a>
            </Links>
        </Screen>
    }
}

/// "3 members: Ana, Bo, Member 3", each label in a `<bdi>`.
fn members_line(lang: Lang, t: &ToolTexts, labels: &[String]) -> impl IntoView {
    let n = labels.len() as u64;
    with_names(
        &count(lang, n, t.members_one(), t.members_other()),
        "{list}",
        labels,
    )
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
    read: Result<crate::core::result_file::ResultFile, crate::core::result_file::FileError>,
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
    fp: crate::core::fingerprint::Fingerprint,
    members: Memo<Vec<Member>>,
    summary: Memo<TeamSummary>,
    labels: Memo<Vec<String>>,
    dot_labels: Memo<DotLabels>,
    picked: RwSignal<Option<usize>>,
    prompts: Arc<Vec<RwSignal<Option<Vec<String>>>>>,
    meeting: MeetingState,
    anonymous: RwSignal<bool>,
    presentation: Presentation,
    status: RwSignal<String>,
) -> impl IntoView {
    let t = use_tool_texts();
    let lang = use_lang();
    // Where the clipboard refuses, the link is shown in a field, selected.
    let show_link = RwSignal::new(false);
    let link_field = NodeRef::<Input>::new();
    let select_link = move |()| {
        show_link.set(true);
        // The screen may be gone by the next frame.
        request_animation_frame(move || {
            if let Some(field) = link_field.try_get_untracked().flatten() {
                let _ = field.focus();
                field.select();
            }
        });
    };
    // With "Anonymous" on, the link carries no names and its own order:
    // shuffled from a seed drawn once for this view.
    let seed = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    let team_link = Signal::derive(move || {
        let fragment = if anonymous.get() {
            members.with(|m| format!("#{}", anonymous_team_fragment(m, fp, seed)))
        } else {
            members.with(|m| team_link_fragment(m))
        };
        format!("{}{fragment}", app_address())
    });
    let link_says = move || {
        if anonymous.get() {
            t.team_link_anonymous()
        } else {
            t.team_link_named()
        }
    };
    let csv = {
        let quiz = quiz.clone();
        move |()| {
            let csv = members
                .with_untracked(|m| to_csv_in(&quiz, m, anonymous.get_untracked(), &today(), t));
            csv + &meeting
                .actions
                .with_untracked(|a| actions_csv(a, anonymous.get_untracked(), t))
        }
    };
    // Which habits have their questions open, kept while the cards are
    // drawn again.
    let questions_open: Vec<RwSignal<bool>> = quiz
        .dimensions
        .iter()
        .map(|_| RwSignal::new(false))
        .collect();

    let cards = {
        let quiz = quiz.clone();
        // Redrawn when the team or its labels change (Anonymous): each dot's
        // tooltip is then a plain text, not 1,400 little effects.
        move || {
            let count = members.with(Vec::len);
            let labels = dot_labels.get();
            // Who answered what is shown while names are.
            let people = (!anonymous.get()).then(|| Arc::new(members.get()));
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
                                picked
                                people=people.clone()
                                questions_open=questions_open[d]
                                prompts=prompts[d]
                                meeting
                                agenda_id=quiz.dimensions[d].id.clone()
                                heading=CardHeading::InList
                            />
                        }
                    })
                    .collect_view()
            })
        }
    };
    // A section of habits (the strengths, or the growth areas), shown only
    // when it has any.
    let group = {
        let quiz = quiz.clone();
        move |id: &'static str, title: &'static str, pick: fn(&TeamSummary) -> &Vec<usize>| {
            let quiz = quiz.clone();
            move || {
                let lines = summary.with(|s| habit_lines(t, &quiz, s, pick(s)));
                (!lines.is_empty()).then(|| {
                    let items = lines
                        .into_iter()
                        .map(|line| view! { <li>{line}</li> })
                        .collect_view();
                    view! {
                        <Section id title>
                            <ul>{items}</ul>
                        </Section>
                    }
                })
            }
        }
    };
    let strengths = group("team-strengths", t.team_strengths(), |s| &s.strengths);
    let growth = group("team-growth", t.team_growth(), |s| &s.growth_areas);
    let profile_note = move || {
        summary
            .with(|s| profile_line(t, s))
            .map(|note| view! { <p class="profile-note">{note}</p> })
    };
    let styles = {
        let quiz = quiz.clone();
        move || {
            summary.with(|s| {
                s.archetype_mix
                    .iter()
                    .map(|&(p, n)| {
                        let line = fill(
                            &count(lang, n as u64, t.style_people_one(), t.style_people_other()),
                            &[("name", &quiz.patterns[p].name)],
                        );
                        view! { <li>{line}</li> }
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
                    <label for="anonymous">{t.anonymous()}</label>
                </div>
                <button type="button" id="present" class="primary" on:click=move |_| presentation.show(Some(0))>
                    {t.present()}
                </button>
                <CopyButton
                    label=t.copy_team_link()
                    text=team_link
                    copied=t.team_link_copied()
                    status
                    on_refused=select_link
                />
                <DownloadButton
                    label=t.export_csv()
                    file_name="candor-team.csv".to_string()
                    mime="text/csv"
                    contents=csv
                    on_saved=move |()| status.set(t.csv_downloading().into())
                />
                <SaveTeamPicture
                    quiz=quiz.clone()
                    summary
                    labels
                    actions=Signal::derive(move || {
                        meeting.actions.with(|a| shared_actions(a, anonymous.get()))
                    })
                    status
                />
            </div>
            <p class="hint" id="team-link-says">{link_says}</p>
            <Show when=move || show_link.get()>
                <div class="field copy">
                    <label for="team-link">{t.team_link()}</label>
                    <input id="team-link" type="text" readonly prop:value=team_link node_ref=link_field/>
                </div>
            </Show>
            <p class="members">
                {move || labels.with(|l| members_line(lang, t, l))}
            </p>
            <People labels picked/>
            <Section id="differ" title=t.differ_title()>
                <p class="hint">{t.differ_hint()}</p>
                {cards}
            </Section>
            <MeetingSection quiz=quiz.clone() meeting summary labels anonymous status/>
            {profile_note}
            {strengths}
            {growth}
            <Section id="styles" title=t.team_styles()>
                <ul>{styles}</ul>
            </Section>
            <Section id="team-table" title=t.team_scores()>
                <TeamTable quiz members summary labels/>
            </Section>
        </div>
    }
}
