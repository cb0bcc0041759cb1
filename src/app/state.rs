//! The reader's session: the quiz, answers in progress, finished attempts and
//! notices, loaded from storage at start and saved on every change.

use std::sync::Arc;

use leptos::prelude::*;

use super::storage;
use crate::core::answers::Answer;
use crate::core::fingerprint::{fingerprint, Fingerprint};
use crate::core::progress::{History, Progress};
use crate::core::quiz::Quiz;
use crate::core::saved::{self, Checklist, SavedError};

/// Shared by every screen through context; all fields are cheap handles.
#[derive(Clone, Copy)]
pub struct Session {
    pub quiz: StoredValue<Arc<Quiz>>,
    pub fingerprint: Fingerprint,
    pub progress: RwSignal<Progress>,
    pub history: RwSignal<History>,
    pub checklist: RwSignal<Checklist>,
    /// Messages for the reader about their data, shown until dismissed.
    pub notices: RwSignal<Vec<String>>,
}

/// The storage keys of one quiz.
struct Keys {
    progress: String,
    history: String,
    checklist: String,
}

impl Keys {
    fn of(quiz: &Quiz) -> Keys {
        let key = |what: &str| format!("{}{what}.{}", storage::PREFIX, quiz.id);
        Keys {
            progress: key("progress"),
            history: key("history"),
            checklist: key("checklist"),
        }
    }
}

const MEMORY_ONLY: &str =
    "This browser is not letting Candor save to this device, so your answers \
     last only while this page is open. You can still finish the quiz, and keep your result \
     with its share link.";

impl Session {
    pub fn load(quiz: Arc<Quiz>) -> Session {
        let fp = fingerprint(&quiz);
        let keys = Keys::of(&quiz);
        let n = quiz.questions.len();
        let mut notices = Vec::new();
        let progress = load_record(
            &keys.progress,
            "your answers in progress",
            &mut notices,
            |t| saved::decode_progress(t, fp, n),
        )
        .unwrap_or_else(|| Progress::new(n));
        let history = load_record(&keys.history, "your past results", &mut notices, |t| {
            saved::decode_history(t, fp, n)
        })
        .unwrap_or_default();
        let checklist = load_record(
            &keys.checklist,
            "your ticked next steps",
            &mut notices,
            saved::decode_checklist,
        )
        .unwrap_or_default();
        if !storage::is_persistent() {
            notices.push(MEMORY_ONLY.into());
        }
        Session {
            quiz: StoredValue::new(quiz),
            fingerprint: fp,
            progress: RwSignal::new(progress),
            history: RwSignal::new(history),
            checklist: RwSignal::new(checklist),
            notices: RwSignal::new(notices),
        }
    }

    pub fn quiz(&self) -> Arc<Quiz> {
        self.quiz.get_value()
    }

    fn keys(&self) -> Keys {
        self.quiz.with_value(|q| Keys::of(q))
    }

    /// Records an answer and saves at once, so a reload loses nothing. An
    /// answer changed after finishing amends the filed attempt.
    /// Returns true when it was the last question.
    pub fn answer(&self, question: usize, answer: Answer) -> bool {
        let last = self
            .progress
            .try_update(|p| p.answer(question, answer))
            .unwrap_or(false);
        if self.progress.with_untracked(|p| p.filed.is_some()) {
            self.file();
        } else {
            self.save_progress();
        }
        last
    }

    /// Shows question `index` (clamped to what may be reached) and saves it.
    pub fn go_to(&self, index: usize) -> usize {
        let shown = self.progress.try_update(|p| {
            p.position = index.min(p.furthest_reachable());
            p.position
        });
        self.save_progress();
        shown.unwrap_or(0)
    }

    /// Files the answers as an attempt (or amends the one they were filed as).
    pub fn file(&self) {
        let now = js_sys::Date::now();
        let mut progress = self.progress.get_untracked();
        self.history.update(|h| h.file(&mut progress, now));
        self.progress.set(progress);
        self.save_progress();
        let text = self
            .history
            .with_untracked(|h| saved::encode_history(h, self.fingerprint));
        self.save(&self.keys().history, &text);
    }

    /// Throws away the answers in progress.
    pub fn start_over(&self) {
        let n = self.quiz.with_value(|q| q.questions.len());
        self.progress.set(Progress::new(n));
        storage::remove(&self.keys().progress);
    }

    pub fn toggle_step(&self, attempt: f64, step: usize) {
        self.checklist.update(|c| {
            if c.attempt != attempt {
                *c = Checklist {
                    attempt,
                    done: Vec::new(),
                };
            }
            match c.done.iter().position(|&d| d == step) {
                Some(i) => {
                    c.done.remove(i);
                }
                None => c.done.push(step),
            }
        });
        let text = self.checklist.with_untracked(saved::encode_checklist);
        self.save(&self.keys().checklist, &text);
    }

    /// Deletes everything stored on this device and resets the session.
    pub fn forget_everything(&self) {
        storage::forget_all();
        let n = self.quiz.with_value(|q| q.questions.len());
        self.progress.set(Progress::new(n));
        self.history.set(History::default());
        self.checklist.set(Checklist::default());
        self.notices.set(Vec::new());
    }

    fn save_progress(&self) {
        let text = self
            .progress
            .with_untracked(|p| saved::encode_progress(p, self.fingerprint));
        self.save(&self.keys().progress, &text);
    }

    fn save(&self, key: &str, value: &str) {
        if !storage::write(key, value) {
            self.notices.update(|n| n.push(MEMORY_ONLY.into()));
        }
    }
}

/// Reads one record; an unreadable one is set aside, never overwritten, and
/// the reader is told what happened and where it went.
fn load_record<T>(
    key: &str,
    what: &str,
    notices: &mut Vec<String>,
    decode: impl FnOnce(&str) -> Result<T, SavedError>,
) -> Option<T> {
    let text = storage::read(key)?;
    match decode(&text) {
        Ok(value) => Some(value),
        Err(why) => {
            let aside = storage::set_aside(key, &text);
            notices.push(format!(
                "Candor could not read {what} saved on this device: {why}. The saved copy \
                 is kept aside (as “{aside}”) and you are starting fresh."
            ));
            None
        }
    }
}
