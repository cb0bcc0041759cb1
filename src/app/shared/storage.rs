//! Where Candor keeps things on the device: `localStorage` through
//! gloo-storage, with values as JSON, when the browser allows it; otherwise
//! memory for the life of the page.
//!
//! gloo-storage's calls throw a JavaScript exception (they don't return an
//! error) when the browser blocks storage, and an exception unwinding through
//! wasm leaves the app in a broken state. So storage is probed once with
//! web-sys calls that do return errors, and gloo is only ever called while
//! that probe holds. The first failed write (a full quota) moves everything to
//! memory for the rest of the visit, carrying over what was stored.

use std::cell::{Cell, RefCell};

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Every key Candor writes starts with this, so "Forget my data" finds them all.
pub const PREFIX: &str = "candor.";

/// What a key holds.
pub enum Stored<T> {
    Absent,
    Value(T),
    /// Text that is not a `T`, kept as it is so it can be set aside.
    Unreadable(String),
}

/// Where values live now.
struct Store {
    /// `localStorage` answered the probe and every write since.
    persistent: bool,
    /// (key, JSON text) pairs when not persistent; Candor keeps a handful.
    memory: Vec<(String, String)>,
}

thread_local! {
    /// Set before anything is stored ([`keep_in_memory`]): this page never
    /// touches the device's storage.
    static MEMORY_ONLY: Cell<bool> = const { Cell::new(false) };
    static STORE: RefCell<Store> = RefCell::new(Store { persistent: probe(), memory: Vec::new() });
}

/// From now on, keeps everything in memory and never touches the device's
/// storage, not even to probe it or to forget: a quiz tried in the checker
/// leaves nothing behind and can't reach the coach's own records. Call it
/// before anything is read or stored.
pub fn keep_in_memory() {
    MEMORY_ONLY.set(true);
}

/// Whether `localStorage` can be read, written and cleared, asked with calls
/// that report failure instead of throwing.
fn probe() -> bool {
    if MEMORY_ONLY.get() {
        return false;
    }
    let Some(storage) = local_storage() else {
        return false;
    };
    let key = "candor.probe";
    storage.set_item(key, "1").is_ok() && storage.remove_item(key).is_ok()
}

/// `localStorage` as web-sys gives it: `None` when the browser refuses it.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Whether values outlive this page (false after falling back to memory).
pub fn is_persistent() -> bool {
    STORE.with_borrow(|s| s.persistent)
}

/// Reads the value under `key`.
pub fn get<T: DeserializeOwned>(key: &str) -> Stored<T> {
    STORE.with_borrow(|s| {
        if s.persistent {
            return match LocalStorage::get::<T>(key) {
                Ok(value) => Stored::Value(value),
                Err(StorageError::KeyNotFound(_)) => Stored::Absent,
                Err(_) => Stored::Unreadable(raw_text(key).unwrap_or_default()),
            };
        }
        match s.memory.iter().find(|(k, _)| k == key) {
            None => Stored::Absent,
            Some((_, text)) => match serde_json::from_str(text) {
                Ok(value) => Stored::Value(value),
                Err(_) => Stored::Unreadable(text.clone()),
            },
        }
    })
}

/// The text under `key` as it is stored, for setting aside a value that was
/// read but refused.
pub fn text(key: &str) -> Option<String> {
    STORE.with_borrow(|s| {
        if s.persistent {
            raw_text(key)
        } else {
            s.memory
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
        }
    })
}

fn raw_text(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Writes `value` as JSON; returns false when this write made Candor fall
/// back to memory (the reader should be told).
pub fn set<T: Serialize>(key: &str, value: &T) -> bool {
    write(
        key,
        || LocalStorage::set(key, value).is_ok(),
        // Candor's records always serialize.
        || serde_json::to_string(value).unwrap_or_default(),
    )
}

/// Writes `text` as it is (not as a JSON string): a record the core
/// encoded; returns false when this write made Candor fall back to memory.
pub fn set_text(key: &str, text: &str) -> bool {
    write(
        key,
        || LocalStorage::raw().set_item(key, text).is_ok(),
        || text.to_string(),
    )
}

/// Writes with `local` while storage is persistent, else keeps `text()` in
/// memory. False only when this write is the one that failed.
fn write(key: &str, local: impl FnOnce() -> bool, text: impl FnOnce() -> String) -> bool {
    STORE.with_borrow_mut(|s| {
        let fell_back = s.persistent && {
            if local() {
                return true;
            }
            fall_back(s);
            true
        };
        s.memory.retain(|(k, _)| k != key);
        s.memory.push((key.to_string(), text()));
        !fell_back
    })
}

/// Deletes `key`.
pub fn delete(key: &str) {
    STORE.with_borrow_mut(|s| {
        if s.persistent {
            LocalStorage::delete(key);
        }
        s.memory.retain(|(k, _)| k != key);
    });
}

/// Keeps an unreadable value under `<key>.unreadable-<ms>` instead of
/// overwriting it, and returns that key. `None` when the copy could not be
/// written where the original is: then the original is left in place, and
/// (storage now being memory) never overwritten.
pub fn set_aside(key: &str, text: &str, now_ms: u64) -> Option<String> {
    let aside = format!("{key}.unreadable-{now_ms}");
    let was_persistent = is_persistent();
    set_text(&aside, text);
    if was_persistent && !is_persistent() {
        return None;
    }
    delete(key);
    Some(aside)
}

/// What "Forget my data" managed to do.
pub struct Forgotten {
    /// Keys still in `localStorage` that could not be deleted.
    pub left: Vec<String>,
    /// Whether `localStorage` could be reached at all.
    pub reachable: bool,
}

/// Deletes everything Candor stored on this device: memory, and
/// `localStorage` even after a fall-back to memory (a full quota still lets
/// keys be removed). Says what it could not delete.
pub fn forget_all() -> Forgotten {
    STORE.with_borrow_mut(|s| s.memory.clear());
    if MEMORY_ONLY.get() {
        return Forgotten {
            left: Vec::new(),
            reachable: true,
        };
    }
    let Some(storage) = local_storage() else {
        return Forgotten {
            left: Vec::new(),
            reachable: false,
        };
    };
    let ours = |storage: &web_sys::Storage| -> Option<Vec<String>> {
        let n = storage.length().ok()?;
        Some(
            (0..n)
                .filter_map(|i| storage.key(i).ok().flatten())
                .filter(|k| k.starts_with(PREFIX))
                .collect(),
        )
    };
    let Some(keys) = ours(&storage) else {
        return Forgotten {
            left: Vec::new(),
            reachable: false,
        };
    };
    for key in &keys {
        let _ = storage.remove_item(key);
    }
    Forgotten {
        left: ours(&storage).unwrap_or(keys),
        reachable: true,
    }
}

/// Moves to memory, carrying over what can still be read so nothing is lost.
fn fall_back(s: &mut Store) {
    s.persistent = false;
    let Some(storage) = local_storage() else {
        return;
    };
    let n = storage.length().unwrap_or(0);
    for i in 0..n {
        let Ok(Some(key)) = storage.key(i) else {
            continue;
        };
        if let (true, Ok(Some(value))) = (key.starts_with(PREFIX), storage.get_item(&key)) {
            if !s.memory.iter().any(|(k, _)| *k == key) {
                s.memory.push((key, value));
            }
        }
    }
}
