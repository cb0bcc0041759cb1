//! The quiz being written, shared by the editor's parts: its history, the checks on it, and keeping it on the device.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::shared::storage;
use crate::core::catalogue::{CheckerTexts, ProblemTexts};
use crate::core::draft::{problem_field, warning_field, Draft, Edit, Field, History, List, Value};
use crate::core::kept_file::KeptFileRecord;
use crate::core::language::Lang;
use crate::core::lint::lint;
use crate::core::quiz::Quiz;
use crate::core::validate::parse_quiz;

/// Where the quiz being written is kept on the device ("Forget my data"
/// deletes it with Candor's other keys).
pub const KEY: &str = "candor.editor";

/// The most problems listed in the checks' summary (the checker's limit).
const MAX_LISTED: usize = 50;

/// What the checker says about the draft as it is now.
#[derive(Debug, Clone, PartialEq)]
pub struct Checks {
    /// The draft as a quiz file.
    pub text: Arc<str>,
    /// The quiz, when the file has no problems.
    pub quiz: Option<Arc<Quiz>>,
    /// Each problem in the checker's words, with the field it concerns.
    pub problems: Vec<(Option<Field>, String)>,
    /// Each warning about how the quiz scores, with the item it concerns.
    pub warnings: Vec<(Field, String)>,
}

/// Checks `draft` as the checker would check its file.
fn check(draft: &Draft, p: &ProblemTexts, c: &CheckerTexts, lang: Lang) -> Checks {
    let text: Arc<str> = draft.to_file().into();
    match parse_quiz(text.as_bytes()) {
        Ok(quiz) => {
            let warnings = lint(&quiz)
                .iter()
                .map(|w| (warning_field(w), w.message(&quiz, c, lang)))
                .collect();
            Checks {
                text,
                quiz: Some(Arc::new(quiz)),
                problems: Vec::new(),
                warnings,
            }
        }
        Err(problems) => Checks {
            text,
            quiz: None,
            problems: problems
                .iter()
                .take(MAX_LISTED)
                .map(|problem| (problem_field(problem), problem.explain(p, lang)))
                .collect(),
            warnings: Vec::new(),
        },
    }
}

/// The editor's state, shared through context.
#[derive(Clone, Copy)]
pub struct Editor {
    pub history: RwSignal<History>,
    pub checks: Memo<Checks>,
    /// The name the quiz file is saved under.
    pub file_name: RwSignal<String>,
}

impl Editor {
    /// An editor on the draft kept on the device, else on `start`; checked
    /// in `p`'s and `c`'s words, and kept on the device as it changes.
    pub fn provide(
        start: impl FnOnce() -> Draft,
        p: &'static ProblemTexts,
        c: &'static CheckerTexts,
        lang: Lang,
    ) -> Editor {
        let (name, draft) = restore().unwrap_or_else(|| (String::new(), start()));
        let history = RwSignal::new(History::new(draft));
        let checks = Memo::new(move |_| history.with(|h| check(h.draft(), p, c, lang)));
        let file_name = RwSignal::new(name);
        let editor = Editor {
            history,
            checks,
            file_name,
        };
        // Synchronises the device's storage with the draft, from its first
        // change (what was just read back needn't be written again).
        Effect::new(move |ran: Option<()>| {
            checks.with(|checks| {
                if ran.is_some() {
                    keep(&file_name.get_untracked(), &checks.text);
                }
            })
        });
        provide_context(editor);
        editor
    }

    /// Applies an edit the coach made.
    pub fn apply(&self, edit: Edit) {
        self.history.maybe_update(|h| h.apply(edit));
    }

    /// Starts again from `draft`, undoably.
    pub fn replace(&self, draft: Draft) {
        self.history.maybe_update(|h| h.replace(draft));
    }

    pub fn undo(&self) {
        self.history.maybe_update(History::undo);
    }

    pub fn redo(&self) {
        self.history.maybe_update(History::redo);
    }

    /// Ends a run of typing (a field lost the focus).
    pub fn seal(&self) {
        self.history.update_untracked(History::seal);
    }

    /// A field's value, tracked.
    pub fn value(&self, field: &Field) -> Option<Value> {
        self.history.with(|h| h.draft().value(field))
    }

    /// How many items a list has, tracked (0 when it isn't there).
    pub fn count(&self, list: List) -> usize {
        self.history.with(|h| h.draft().count(list).unwrap_or(0))
    }

    /// The checker's words about `field`, tracked.
    pub fn problems_at(&self, field: &Field) -> Vec<String> {
        self.checks.with(|c| {
            c.problems
                .iter()
                .filter(|(f, _)| f.as_ref() == Some(field))
                .map(|(_, line)| line.clone())
                .chain(
                    c.warnings
                        .iter()
                        .filter(|(f, _)| f == field)
                        .map(|(_, line)| line.clone()),
                )
                .collect()
        })
    }
}

/// The editor, from context.
pub fn use_editor() -> Editor {
    expect_context()
}

/// The draft kept on the device, with the name it is saved under; a kept
/// value that can't be read is set aside (never overwritten).
fn restore() -> Option<(String, Draft)> {
    let stored = storage::text(KEY)?;
    let read = KeptFileRecord::read(&stored)
        .ok()
        .and_then(|(name, text)| Some((name, Draft::open(text.as_bytes()).ok()?)));
    if read.is_none() {
        storage::set_aside(KEY, &stored, js_sys::Date::now() as u64);
    }
    read
}

/// Keeps the draft's file on the device.
fn keep(name: &str, text: &str) {
    if let Some(record) = KeptFileRecord::new(name, text) {
        storage::set(KEY, &record);
    }
}

/// The id of a field's control in the page (and of its item's group).
pub fn dom_id(field: &Field) -> String {
    let mut id = String::from("w-");
    let mut dash = true;
    for c in format!("{field:?}").chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
            dash = false;
        } else if !dash {
            id.push('-');
            dash = true;
        }
    }
    id.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::draft::{Item, QuestionKey};

    #[test]
    fn a_fields_id_names_it_and_its_place() {
        assert_eq!(
            dom_id(&Field::Question(3, QuestionKey::Text)),
            "w-question-3-text"
        );
        assert_eq!(
            dom_id(&Field::Item(Item::new(List::Bands(1), 2))),
            "w-item-item-list-bands-1-index-2"
        );
    }
}
