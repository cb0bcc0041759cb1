//! The reader's session as signals: the quiz, answers in progress, finished
//! attempts, ticked steps and notices. Loaded from storage at start; every
//! intent saves what it changed at once, so a reload loses nothing.
//!
//! The same quiz may be open in several tabs. Before every write the record
//! is read again and what another tab saved is merged in (the newest answer
//! to each question, every finished attempt: `core::progress`), and when
//! another tab writes, this one takes in what it saved (the `storage` event)
//! and says so.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::shared::storage::{self, Forgotten};
use crate::core::answers::Answer;
use crate::core::fingerprint::{fingerprint, Fingerprint};
use crate::core::progress::{History, Progress};
use crate::core::quiz::Quiz;
use crate::core::saved::{
    decode_checklist, decode_history, decode_progress, encode_checklist, encode_history,
    encode_progress, Checklist, RecordKeys, SavedError,
};
use crate::core::share_code::encode;

/// Shared by every screen through context; all fields are cheap handles.
#[derive(Clone, Copy)]
pub struct Session {
    pub quiz: StoredValue<Arc<Quiz>>,
    pub fingerprint: Fingerprint,
    /// Where this quiz's records are kept.
    keys: StoredValue<RecordKeys>,
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
    /// Another tab or window changed the reader's answers or results; this
    /// page took them in.
    ChangedElsewhere,
}

/// Which of the reader's records a notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Progress,
    History,
    Checklist,
}

/// What answering a question did, for the screen to act on.
#[derive(Debug, Clone, PartialEq)]
pub struct Answered {
    /// It was the first answer of a new attempt (a host page hears of it).
    pub began: bool,
    /// Where the reader goes next.
    pub then: Then,
}

/// Where answering leads.
#[derive(Debug, Clone, PartialEq)]
pub enum Then {
    /// Question `n` (from 1).
    Question(usize),
    /// The report: the answers were filed as an attempt. `first` holds the
    /// result's share code when this filed a new attempt (not when it amended
    /// one), for a host page to hear of.
    Report { first: Option<String> },
}

/// The reader's session, from context.
pub fn use_session() -> Session {
    expect_context()
}

impl Session {
    /// The session of `quiz`, built in or `from_file` (a coach's file), from
    /// what is stored for it.
    pub fn load(quiz: Arc<Quiz>, from_file: bool) -> Session {
        let fp = fingerprint(&quiz);
        let keys = RecordKeys::of(storage::PREFIX, &quiz.id, fp, from_file);
        let n = quiz.questions.len();
        let mut notices = Vec::new();
        let progress =
            read_progress(&keys, fp, n, &mut notices).unwrap_or_else(|| Progress::new(n));
        let history = read_history(&keys, fp, n, &mut notices).unwrap_or_default();
        let checklist = read_checklist(&keys, &mut notices).unwrap_or_default();
        // A browser that refuses storage from the start (a cross-site frame
        // in a private window, say) gets no warning box on every screen: the
        // report says its result is not kept, and offers its link and file.
        // A notice is kept for storage failing during the visit (`save`).
        Session {
            quiz: StoredValue::new(quiz),
            fingerprint: fp,
            keys: StoredValue::new(keys),
            progress: RwSignal::new(progress),
            history: RwSignal::new(history),
            checklist: RwSignal::new(checklist),
            notices: RwSignal::new(notices),
        }
    }

    pub fn quiz(&self) -> Arc<Quiz> {
        self.quiz.get_value()
    }

    fn keys(&self) -> RecordKeys {
        self.keys.get_value()
    }

    fn questions(&self) -> usize {
        self.quiz.with_value(|q| q.questions.len())
    }

    /// Records an answer to question `index` (from 0) and saves at once,
    /// staying on the question. An answer changed after finishing amends
    /// the filed attempt. Says whether it began a new attempt.
    pub fn record(&self, index: usize, answer: Answer) -> bool {
        let now = js_sys::Date::now();
        let began = self
            .progress
            .with_untracked(|p| !p.is_resumable() && p.filed.is_none());
        self.progress.update(|p| {
            let _last = p.answer(index, answer, now);
        });
        if self.progress.with_untracked(|p| p.filed.is_some()) {
            self.file();
        } else {
            self.save_progress();
        }
        began
    }

    /// Answers question `index` (from 0) and moves on: to the next
    /// question, or, once every question is answered, files the attempt.
    pub fn answer_and_advance(&self, index: usize, answer: Answer) -> Answered {
        let began = self.record(index, answer);
        let total = self.questions();
        let finished = index + 1 >= total && self.progress.with_untracked(Progress::is_complete);
        if !finished {
            let then = Then::Question((index + 1).min(total - 1) + 1);
            return Answered { began, then };
        }
        let first_time = self.progress.with_untracked(|p| p.filed.is_none());
        self.file();
        let first = first_time
            .then(|| {
                self.progress
                    .with_untracked(|p| encode(self.fingerprint, &p.answers, None).ok())
            })
            .flatten();
        Answered {
            began,
            then: Then::Report { first },
        }
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

    /// Files the answers as an attempt (or amends the one they were filed
    /// as), with every attempt another tab filed in the meantime kept.
    pub fn file(&self) {
        let now = js_sys::Date::now();
        self.take_in_stored_progress();
        let stored = self.read(read_history);
        let mut progress = self.progress.get_untracked();
        self.history.update(|h| {
            if let Some(stored) = stored {
                h.merge(&stored);
            }
            h.file(&mut progress, now);
        });
        self.progress.set(progress);
        self.write_progress();
        let text = self
            .history
            .with_untracked(|h| encode_history(h, self.fingerprint));
        self.save(&self.keys().history, &text);
    }

    /// Throws away the answers in progress (in every tab: the others hear
    /// that the record is gone).
    pub fn start_over(&self) {
        let n = self.questions();
        self.progress.set(Progress::new(n));
        storage::delete(&self.keys().progress);
    }

    /// Ticks (`done`) or unticks next step `step` of the attempt filed at
    /// `attempt`, on the checklist as stored now, so a step ticked in
    /// another tab stays ticked.
    pub fn set_step(&self, attempt: f64, step: usize, done: bool) {
        let stored = self.read(|keys, _, _, notices| read_checklist(keys, notices));
        self.checklist.update(|c| {
            if let Some(stored) = stored {
                *c = stored;
            }
            c.set(attempt, step, done);
        });
        let text = self.checklist.with_untracked(encode_checklist);
        self.save(&self.keys().checklist, &text);
    }

    /// Deletes everything stored on this device and resets the session.
    /// Says what could not be deleted.
    pub fn forget_everything(&self) -> Forgotten {
        let forgotten = storage::forget_all();
        let n = self.questions();
        self.progress.set(Progress::new(n));
        self.history.set(History::default());
        self.checklist.set(Checklist::default());
        self.notices.set(Vec::new());
        forgotten
    }

    /// Saves the answers in progress, with what another tab saved merged in.
    fn save_progress(&self) {
        self.take_in_stored_progress();
        self.write_progress();
    }

    /// Merges the stored answers in progress into this tab's.
    fn take_in_stored_progress(&self) {
        if let Some(stored) = self.read(read_progress) {
            self.progress.update(|p| p.merge(&stored));
        }
    }

    fn write_progress(&self) {
        let text = self
            .progress
            .with_untracked(|p| encode_progress(p, self.fingerprint));
        self.save(&self.keys().progress, &text);
    }

    /// Reads a record again before writing it: one that can't be read is set
    /// aside, as at the start, and the reader told.
    fn read<T>(
        &self,
        read: impl FnOnce(&RecordKeys, Fingerprint, usize, &mut Vec<Notice>) -> Option<T>,
    ) -> Option<T> {
        let mut notices = Vec::new();
        let value = self
            .keys
            .with_value(|keys| read(keys, self.fingerprint, self.questions(), &mut notices));
        if !notices.is_empty() {
            self.notices.update(|n| n.extend(notices));
        }
        value
    }

    /// Follows the other tabs of this quiz for as long as the calling
    /// component lives: when one of them saves, this one takes in what it
    /// saved, and the reader is told if their answers or results changed. A
    /// tab on a question stays there and shows the answers as saved now.
    pub fn follow_other_tabs(&self) {
        let session = *self;
        let listener = window_event_listener(leptos::ev::storage, move |ev| {
            // Another tab's write, or "Forget my data" clearing everything
            // (no key); not when this page keeps its records in memory.
            let ours = ev
                .key()
                .is_none_or(|key| session.keys.try_with_value(|k| k.contains(&key)) == Some(true));
            if ours && storage::is_persistent() {
                session.take_in_other_tabs();
            }
        });
        on_cleanup(move || listener.remove());
    }

    /// Takes in the records as another tab left them. What this tab saved is
    /// in them already (it merged before writing), so they are taken as they
    /// are: a record another tab deleted (Start over, Forget my data) is gone
    /// here too. A record this tab can't read is left alone: it may be a
    /// newer Candor's, and this tab sets it aside only if it writes.
    fn take_in_other_tabs(&self) {
        let (Some(keys), Some(n)) = (
            self.keys.try_get_value(),
            self.quiz.try_with_value(|q| q.questions.len()),
        ) else {
            return;
        };
        let fp = self.fingerprint;
        let progress = peek(&keys.progress, |text| decode_progress(text, fp, n));
        let history = peek(&keys.history, |text| decode_history(text, fp, n));
        let checklist = peek(&keys.checklist, decode_checklist);
        let mut changed = false;
        if let Some(stored) = progress {
            let mut stored = stored.unwrap_or_else(|| Progress::new(n));
            let differs = self.progress.try_with_untracked(|p| {
                changed |= p.answers != stored.answers || p.filed != stored.filed;
                stored.position = p.position.min(stored.furthest_reachable());
                *p != stored
            });
            if differs == Some(true) {
                self.progress.set(stored);
            }
        }
        if let Some(stored) = history {
            let stored = stored.unwrap_or_default();
            if self.history.try_with_untracked(|h| *h != stored) == Some(true) {
                changed = true;
                self.history.set(stored);
            }
        }
        if let Some(stored) = checklist {
            let stored = stored.unwrap_or_default();
            if self.checklist.try_with_untracked(|c| *c != stored) == Some(true) {
                self.checklist.set(stored);
            }
        }
        if changed {
            let _ = self.notices.try_update(|n| {
                if !n.contains(&Notice::ChangedElsewhere) {
                    n.push(Notice::ChangedElsewhere);
                }
            });
        }
    }

    /// Writes a record's stored text (from the core's `encode_*`).
    fn save(&self, key: &str, text: &str) {
        if !storage::set_text(key, text) {
            self.notices.update(|n| n.push(Notice::MemoryOnly));
        }
    }
}

fn read_progress(
    keys: &RecordKeys,
    fp: Fingerprint,
    n: usize,
    notices: &mut Vec<Notice>,
) -> Option<Progress> {
    load_record(&keys.progress, Record::Progress, notices, |text| {
        decode_progress(text, fp, n)
    })
}

fn read_history(
    keys: &RecordKeys,
    fp: Fingerprint,
    n: usize,
    notices: &mut Vec<Notice>,
) -> Option<History> {
    load_record(&keys.history, Record::History, notices, |text| {
        decode_history(text, fp, n)
    })
}

fn read_checklist(keys: &RecordKeys, notices: &mut Vec<Notice>) -> Option<Checklist> {
    load_record(
        &keys.checklist,
        Record::Checklist,
        notices,
        decode_checklist,
    )
}

/// A record as it is stored now, without setting anything aside: `None`
/// when it can't be used, `Some(None)` when there is none.
fn peek<T>(key: &str, decode: impl FnOnce(&str) -> Result<T, SavedError>) -> Option<Option<T>> {
    match storage::text(key) {
        None => Some(None),
        Some(text) => decode(&text).ok().map(Some),
    }
}

/// Reads one record through the core's checked `decode_*` (size bound,
/// strict reading, then why not); an unreadable one is set aside, never
/// overwritten, and the reader is told what happened and where it went.
fn load_record<T>(
    key: &str,
    record: Record,
    notices: &mut Vec<Notice>,
    decode: impl FnOnce(&str) -> Result<T, SavedError>,
) -> Option<T> {
    let text = storage::text(key)?;
    let why = match decode(&text) {
        Ok(value) => return Some(value),
        Err(why) => why,
    };
    notices.push(Notice::Unreadable {
        record,
        why,
        key: key.to_string(),
        aside: storage::set_aside(key, &text, js_sys::Date::now() as u64),
    });
    None
}
