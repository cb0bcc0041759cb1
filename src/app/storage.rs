//! Where Candor keeps things on the device: `localStorage` when the browser
//! allows it, otherwise memory for the life of the page.
//!
//! Every `localStorage` call can throw (blocked in third-party frames or
//! private modes, full quota), so each one is checked, and the first failure
//! moves everything to memory for the rest of the visit.

use std::cell::RefCell;

/// Every key Candor writes starts with this, so "Forget my data" finds them all.
pub const PREFIX: &str = "candor.";

struct Store {
    local: Option<web_sys::Storage>,
    /// (key, value) pairs; Candor keeps a handful of keys.
    memory: Vec<(String, String)>,
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store { local: probe(), memory: Vec::new() });
}

/// `localStorage`, if it answers a write and a delete.
fn probe() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let key = "candor.probe";
    storage.set_item(key, "1").ok()?;
    storage.remove_item(key).ok()?;
    Some(storage)
}

/// Whether values outlive this page (false after falling back to memory).
pub fn is_persistent() -> bool {
    STORE.with_borrow(|s| s.local.is_some())
}

pub fn read(key: &str) -> Option<String> {
    STORE.with_borrow_mut(|s| {
        if let Some(local) = &s.local {
            match local.get_item(key) {
                Ok(value) => return value,
                Err(_) => fall_back(s),
            }
        }
        s.memory
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    })
}

/// Writes a value; returns false when this write made Candor fall back to memory.
pub fn write(key: &str, value: &str) -> bool {
    STORE.with_borrow_mut(|s| {
        let was_persistent = s.local.is_some();
        if let Some(local) = &s.local {
            if local.set_item(key, value).is_ok() {
                return true;
            }
            fall_back(s);
        }
        s.memory.retain(|(k, _)| k != key);
        s.memory.push((key.to_string(), value.to_string()));
        !was_persistent
    })
}

pub fn remove(key: &str) {
    STORE.with_borrow_mut(|s| {
        if let Some(local) = &s.local {
            if local.remove_item(key).is_err() {
                fall_back(s);
            }
        }
        s.memory.retain(|(k, _)| k != key);
    });
}

/// Keeps an unreadable value under a new key instead of overwriting it, and
/// returns that key so the reader can be told where it is.
pub fn set_aside(key: &str, value: &str) -> String {
    let aside = format!("{key}.unreadable-{}", js_sys::Date::now() as u64);
    write(&aside, value);
    remove(key);
    aside
}

/// Deletes everything Candor stored on this device.
pub fn forget_all() {
    STORE.with_borrow_mut(|s| {
        s.memory.clear();
        if let Some(local) = &s.local {
            let keys: Vec<String> = (0..local.length().unwrap_or(0))
                .filter_map(|i| local.key(i).ok().flatten())
                .filter(|k| k.starts_with(PREFIX))
                .collect();
            for key in keys {
                let _ = local.remove_item(&key);
            }
        }
    });
}

/// Moves to memory, carrying over what can still be read so nothing is lost.
fn fall_back(s: &mut Store) {
    if let Some(local) = s.local.take() {
        for i in 0..local.length().unwrap_or(0) {
            if let Ok(Some(key)) = local.key(i) {
                if let (true, Ok(Some(value))) = (key.starts_with(PREFIX), local.get_item(&key)) {
                    if !s.memory.iter().any(|(k, _)| *k == key) {
                        s.memory.push((key, value));
                    }
                }
            }
        }
    }
}
