//! The meeting around a team: the habits on its agenda, the actions
//! agreed, kept on this device with the team, and the meeting notes.

use std::sync::Arc;

use leptos::prelude::*;

use super::actions::Actions;
use crate::app::shared::components::download_button::DownloadButton;
use crate::app::shared::components::section::Section;
use crate::app::shared::i18n::use_lang;
use crate::app::shared::storage::{self, Stored};
use crate::app::tools::context::texts::use_tool_texts;
use crate::core::language::Day;
use crate::core::meeting::{
    agenda, meeting_notes, team_key, Action, ChosenPrompts, Meeting, Meetings, NotesInput,
    MEETINGS_KEY,
};
use crate::core::quiz::Quiz;
use crate::core::team::{Member, TeamSummary};

/// The meeting's state, shared by the team view and its slides, and kept
/// on this device with the team.
#[derive(Clone, Copy)]
pub struct MeetingState {
    pub actions: RwSignal<Vec<Action>>,
    /// The habits chosen for the agenda (ids); `None` until the facilitator
    /// chooses (see [`agenda`]).
    pub chosen: RwSignal<Option<Vec<String>>>,
    /// The habits on the agenda (dimension indices), in the order of the
    /// slides.
    pub agenda: Memo<Vec<usize>>,
    /// The prompts chosen for each habit (in quiz order; `None`: the
    /// prompts for the team's result).
    pub prompts: StoredValue<Vec<RwSignal<Option<Vec<String>>>>>,
}

/// The meetings kept on this device. A record that cannot be read, or is
/// out of bounds, is set aside as every unreadable record is (see
/// `storage::set_aside`), never overwritten; the meetings then start anew.
fn kept() -> Meetings {
    let refused = match storage::get::<Meetings>(MEETINGS_KEY) {
        Stored::Value(m) => match m.checked() {
            Some(m) => return m,
            None => storage::text(MEETINGS_KEY),
        },
        Stored::Unreadable(text) => Some(text),
        Stored::Absent => None,
    };
    if let Some(text) = refused {
        storage::set_aside(MEETINGS_KEY, &text, js_sys::Date::now() as u64);
    }
    Meetings::default()
}

impl MeetingState {
    /// The meeting of this team as kept on this device, and kept there as
    /// it changes (under the team's new key when people are added).
    pub fn new(quiz: Arc<Quiz>, members: Memo<Vec<Member>>, summary: Memo<TeamSummary>) -> Self {
        let key =
            Memo::new(move |_| members.with(|ms| team_key(ms.iter().map(|m| m.code.as_str()))));
        let before = kept().find(&key.get_untracked()).cloned();
        let actions = RwSignal::new(
            before
                .as_ref()
                .map(|m| m.actions.clone())
                .unwrap_or_default(),
        );
        let chosen = RwSignal::new(before.as_ref().and_then(|m| m.agenda.clone()));
        let prompts: Vec<RwSignal<Option<Vec<String>>>> = quiz
            .dimensions
            .iter()
            .map(|d| {
                let kept = before
                    .as_ref()
                    .and_then(|m| m.prompts.iter().find(|c| c.habit == d.id))
                    .map(|c| c.prompts.clone());
                RwSignal::new(kept)
            })
            .collect();
        let ids: Vec<String> = quiz.dimensions.iter().map(|d| d.id.clone()).collect();
        let chosen_prompts = {
            let prompts = prompts.clone();
            move || -> Vec<ChosenPrompts> {
                ids.iter()
                    .zip(&prompts)
                    .filter_map(|(habit, p)| {
                        p.get().map(|prompts| ChosenPrompts {
                            habit: habit.clone(),
                            prompts,
                        })
                    })
                    .collect()
            }
        };
        let agenda =
            Memo::new(move |_| chosen.with(|c| summary.with(|s| agenda(&quiz, s, c.as_deref()))));
        // Keeping it is a write to the outside world: read the record again
        // first, as another tab may have kept another team's meeting.
        Effect::watch(
            move || (key.get(), actions.get(), chosen.get(), chosen_prompts()),
            move |(team, actions, chosen, prompts), _, _| {
                let mut all = kept();
                all.put(Meeting {
                    team: team.clone(),
                    agenda: chosen.clone(),
                    actions: actions.clone(),
                    prompts: prompts.clone(),
                    used: js_sys::Date::now() as u64,
                });
                storage::set(MEETINGS_KEY, &all);
            },
            false,
        );
        MeetingState {
            actions,
            chosen,
            agenda,
            prompts: StoredValue::new(prompts),
        }
    }

    /// Whether habit `id` is on the agenda.
    pub fn on_agenda(self, quiz: &Quiz, id: &str) -> bool {
        let d = quiz.dimensions.iter().position(|d| d.id == id);
        self.agenda.with(|a| d.is_some_and(|d| a.contains(&d)))
    }

    /// Puts habit `id` on the agenda, or takes it off.
    pub fn set_on_agenda(self, quiz: &Quiz, id: &str, on: bool) {
        let mut ids: Vec<String> = self
            .agenda
            .get_untracked()
            .into_iter()
            .map(|d| quiz.dimensions[d].id.clone())
            .filter(|other| other != id)
            .collect();
        if on {
            ids.push(id.to_string());
        }
        self.chosen.set(Some(ids));
    }
}

/// Today, `YYYY-MM-DD`.
pub fn today() -> String {
    Day::from_epoch_ms(js_sys::Date::now()).iso()
}

/// The meeting section of the team view: what it is for, the actions, and
/// the notes to download.
#[component]
pub fn MeetingSection(
    quiz: Arc<Quiz>,
    meeting: MeetingState,
    summary: Memo<TeamSummary>,
    labels: Memo<Vec<String>>,
    anonymous: RwSignal<bool>,
    status: RwSignal<String>,
) -> impl IntoView {
    let t = use_tool_texts();
    let lang = use_lang();
    let notes = move |()| {
        let date = today();
        summary.with_untracked(|s| {
            labels.with_untracked(|labels| {
                meeting.actions.with_untracked(|actions| {
                    meeting_notes(
                        &NotesInput {
                            quiz: &quiz,
                            summary: s,
                            labels,
                            anonymous: anonymous.get_untracked(),
                            agenda: &meeting.agenda.get_untracked(),
                            actions,
                            date: &date,
                        },
                        t,
                        lang,
                    )
                })
            })
        })
    };
    view! {
        <Section id="meeting" title=t.meeting_title()>
            <p class="hint">{t.meeting_hint()}</p>
            <h3>{t.actions_title()}</h3>
            <Actions actions=meeting.actions id="action" status/>
            <div class="actions">
                <DownloadButton
                    label=t.notes_download()
                    file_name=Signal::derive(move || format!("candor-meeting-{}.md", today()))
                    mime="text/markdown"
                    contents=notes
                    on_saved=move |()| status.set(t.notes_downloading().into())
                />
            </div>
        </Section>
    }
}
