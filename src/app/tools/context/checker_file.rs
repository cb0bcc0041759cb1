//! The file the quiz-file checker shows: held in the tools' context while
//! the page is open, so it is still there when the coach comes back from
//! the builder or About, and kept on the device (under [`KEY`], through
//! `storage`) so that it survives a reload where the browser lets Candor
//! save. "Forget my data" deletes it with the rest of Candor's keys.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::shared::storage;
use crate::core::kept_file::KeptFileRecord;

/// Where the checked file is kept on the device.
pub const KEY: &str = "candor.checker-file";

/// A file as the checker read it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadFile {
    /// As the coach's device named it; empty for pasted text.
    pub name: String,
    pub content: Content,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// What the file holds.
    Bytes(Arc<[u8]>),
    /// Refused before it was read, being this many bytes.
    TooLarge(usize),
}

impl ReadFile {
    /// Its text, when it was read and is UTF-8: what is kept on the device.
    pub fn text(&self) -> Option<&str> {
        match &self.content {
            Content::Bytes(bytes) => std::str::from_utf8(bytes).ok(),
            Content::TooLarge(_) => None,
        }
    }
}

/// The checker's file, shared by the tools' screens through context.
#[derive(Debug, Clone, Copy)]
pub struct CheckerFile {
    pub file: RwSignal<Option<ReadFile>>,
    /// Where a kept file that could not be read was set aside, to say so.
    pub set_aside: RwSignal<Option<String>>,
}

/// Provides the checker's file, as kept on the device, and keeps it there
/// whenever it changes.
pub fn provide_checker_file() {
    let (file, set_aside) = restore();
    let me = CheckerFile {
        file: RwSignal::new(file),
        set_aside: RwSignal::new(set_aside),
    };
    // Synchronises the device's storage with the file (from its first
    // change: what was just read back needn't be written again).
    Effect::new(move |ran: Option<()>| {
        me.file.with(|file| {
            if ran.is_some() {
                keep(file.as_ref());
            }
        })
    });
    provide_context(me);
}

impl CheckerFile {
    /// Lets go of a file that "Forget my data" (in About, the reader's
    /// module) deleted from the device since it was kept: what a coach
    /// asked to forget does not come back from this page's memory.
    pub fn unless_forgotten(self) {
        let kept = self
            .file
            .with_untracked(|f| f.as_ref().is_some_and(|f| f.text().is_some()));
        if kept && storage::is_persistent() && storage::text(KEY).is_none() {
            self.file.set(None);
        }
    }
}

/// The checker's file, from context.
pub fn use_checker_file() -> CheckerFile {
    expect_context()
}

/// The file kept on the device, if any; a kept value that can't be read is
/// set aside (never overwritten), and where it went is returned instead.
fn restore() -> (Option<ReadFile>, Option<String>) {
    let Some(stored) = storage::text(KEY) else {
        return (None, None);
    };
    match KeptFileRecord::read(&stored) {
        Ok((name, text)) => {
            let content = Content::Bytes(text.into_bytes().into());
            (Some(ReadFile { name, content }), None)
        }
        Err(_) => {
            let aside = storage::set_aside(KEY, &stored, js_sys::Date::now() as u64);
            (None, Some(aside.unwrap_or_else(|| KEY.to_string())))
        }
    }
}

/// Keeps `file` on the device, or deletes the kept one.
fn keep(file: Option<&ReadFile>) {
    let record = file.and_then(|f| KeptFileRecord::new(&f.name, f.text()?));
    match record {
        Some(record) => {
            storage::set(KEY, &record);
        }
        None => storage::delete(KEY),
    }
}
