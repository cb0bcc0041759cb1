//! The reader's session as signals: the quiz, answers in progress, finished
//! attempts, ticked steps and notices. Loaded from storage at start; every
//! intent saves what it changed at once, so a reload loses nothing.

use std::sync::Arc;

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::storage::{self, Stored};
use crate::core::answers::Answer;
use crate::core::catalogue::{count, fill, ProblemTexts, Texts};
use crate::core::fingerprint::{fingerprint, Fingerprint};
use crate::core::language::Lang;
use crate::core::progress::{History, Progress};
use crate::core::quiz::Quiz;
use crate::core::saved::{
    unreadable_reason, Checklist, ChecklistRecord, HistoryRecord, ProgressRecord, SavedError,
};

/// Shared by every screen through context; all fields are cheap handles.
#[derive(Clone, Copy)]
pub struct Session {
    pub quiz: StoredValue<Arc<Quiz>>,
    pub fingerprint: Fingerprint,
    pub progress: RwSignal<Progress>,
    pub history: RwSignal<History>,
    pub checklist: RwSignal<Checklist>,
    /// Messages for the reader about their data, shown until dismissed.
    pub notices: RwSignal<Vec<Notice>>,
}

/// Something the reader is told about their data. Kept as what happened,
/// not as words, so the notice is said in whatever language the page is in
/// when it is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The browser won't let Candor store anything (or storage is full):
    /// this visit's answers live in memory only.
    MemoryOnly,
    /// A stored record could not be read. It was set aside under `aside`,
    /// or, when not even a copy could be written, left as it is under `key`.
    Unreadable {
        record: Record,
        why: SavedError,
        key: String,
        aside: Option<String>,
    },
}

/// Which of the reader's records a notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Progress,
    History,
    Checklist,
}

impl Notice {
    /// The notice in `texts`' language (`p` words why a record was refused).
    pub fn message(&self, texts: &Texts, p: &ProblemTexts) -> String {
        match self {
            Notice::MemoryOnly => texts.memory_only().to_string(),
            Notice::Unreadable {
                record,
                why,
                key,
                aside,
            } => {
                let what = match record {
                    Record::Progress => texts.record_progress(),
                    Record::History => texts.record_history(),
                    Record::Checklist => texts.record_checklist(),
                };
                let why = why.message(p);
                match aside {
                    Some(aside) => fill(
                        texts.unreadable_aside(),
                        &[("what", &what), ("why", &why), ("aside", aside)],
                    ),
                    None => fill(
                        texts.unreadable_left(),
                        &[("what", &what), ("why", &why), ("key", key)],
                    ),
                }
            }
        }
    }
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

impl Session {
    pub fn load(quiz: Arc<Quiz>) -> Session {
        let fp = fingerprint(&quiz);
        let keys = Keys::of(&quiz);
        let n = quiz.questions.len();
        let mut notices = Vec::new();
        let progress = load_record(
            &keys.progress,
            Record::Progress,
            &mut notices,
            |r: ProgressRecord| r.into_progress(fp, n),
        )
        .unwrap_or_else(|| Progress::new(n));
        let history = load_record(
            &keys.history,
            Record::History,
            &mut notices,
            |r: HistoryRecord| r.into_history(fp, n),
        )
        .unwrap_or_default();
        let checklist = load_record(
            &keys.checklist,
            Record::Checklist,
            &mut notices,
            |r: ChecklistRecord| r.into_checklist(),
        )
        .unwrap_or_default();
        // A browser that refuses storage from the start (a cross-site frame
        // in a private window, say) gets no warning box on every screen: the
        // report says its result is not kept, and offers its link and file.
        // A notice is kept for storage failing during the visit (`save`).
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

    /// Records an answer and saves at once. An answer changed after finishing
    /// amends the filed attempt. Returns true when it was the last question.
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

    /// Moves to question `index` (never past the first unanswered one) and
    /// saves where the reader is.
    pub fn go_to(&self, index: usize) {
        let moved = self.progress.with_untracked(|p| p.position != index);
        if moved {
            self.progress
                .update(|p| p.position = index.min(p.furthest_reachable()));
            self.save_progress();
        }
    }

    /// The question (from 1) a reader asking for question `number` may see:
    /// never beyond the first unanswered one.
    pub fn reachable(&self, number: usize) -> usize {
        self.progress
            .with(|p| number.min(p.furthest_reachable() + 1))
            .max(1)
    }

    /// Files the answers as an attempt (or amends the one they were filed as).
    pub fn file(&self) {
        let now = js_sys::Date::now();
        let mut progress = self.progress.get_untracked();
        self.history.update(|h| h.file(&mut progress, now));
        self.progress.set(progress);
        self.save_progress();
        let record = self
            .history
            .with_untracked(|h| HistoryRecord::new(h, self.fingerprint));
        self.save(&self.keys().history, &record);
    }

    /// Throws away the answers in progress.
    pub fn start_over(&self) {
        let n = self.quiz.with_value(|q| q.questions.len());
        self.progress.set(Progress::new(n));
        storage::delete(&self.keys().progress);
    }

    /// Ticks or unticks next step `step` of the attempt filed at `attempt`.
    pub fn toggle_step(&self, attempt: f64, step: usize) {
        self.checklist.update(|c| c.toggle(attempt, step));
        let record = self.checklist.with_untracked(ChecklistRecord::new);
        self.save(&self.keys().checklist, &record);
    }

    /// Deletes everything stored on this device and resets the session.
    /// Returns what could not be deleted, in words, if anything.
    pub fn forget_everything(&self, texts: &Texts, lang: Lang) -> Option<String> {
        let forgotten = storage::forget_all();
        let n = self.quiz.with_value(|q| q.questions.len());
        self.progress.set(Progress::new(n));
        self.history.set(History::default());
        self.checklist.set(Checklist::default());
        self.notices.set(Vec::new());
        if !forgotten.left.is_empty() {
            let left = count(
                lang,
                forgotten.left.len() as u64,
                texts.forget_left_one(),
                texts.forget_left_other(),
            );
            Some(fill(&left, &[("list", &forgotten.left.join(", "))]))
        } else if !forgotten.reachable {
            Some(texts.forget_unreachable().to_string())
        } else {
            None
        }
    }

    fn save_progress(&self) {
        let record = self
            .progress
            .with_untracked(|p| ProgressRecord::new(p, self.fingerprint));
        self.save(&self.keys().progress, &record);
    }

    fn save<T: Serialize>(&self, key: &str, value: &T) {
        if !storage::set(key, value) {
            self.notices.update(|n| n.push(Notice::MemoryOnly));
        }
    }
}

/// Reads one record; an unreadable one is set aside, never overwritten, and
/// the reader is told what happened and where it went.
fn load_record<R: DeserializeOwned, T>(
    key: &str,
    record: Record,
    notices: &mut Vec<Notice>,
    check: impl FnOnce(R) -> Result<T, SavedError>,
) -> Option<T> {
    let (text, why) = match storage::get::<R>(key) {
        Stored::Absent => return None,
        Stored::Value(value) => match check(value) {
            Ok(value) => return Some(value),
            Err(why) => (storage::text(key).unwrap_or_default(), why),
        },
        Stored::Unreadable(text) => {
            let why = unreadable_reason(&text);
            (text, why)
        }
    };
    notices.push(Notice::Unreadable {
        record,
        why,
        key: key.to_string(),
        aside: storage::set_aside(key, &text, js_sys::Date::now() as u64),
    });
    None
}
