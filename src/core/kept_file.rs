//! The quiz file the checker keeps on the coach's device, so it is still
//! there after a reload: its name and text, as a versioned JSON record
//! (`{"v":1,"name":"my.quiz.json","text":"{…}"}`). Stored text is
//! untrusted, so reading is strict and bounded like every stored record
//! (see `saved`): unknown fields, another version, a name or text over its
//! limit are refused, and the shell sets such a value aside.

use serde::{Deserialize, Serialize};

use super::saved::{RecordDamage, SavedError};
use super::validate::MAX_FILE_BYTES;

/// The record format written by this version.
pub const KEPT_FILE_VERSION: u64 = 1;
/// The longest name kept, in characters (a file's name on any device).
pub const MAX_NAME_CHARS: usize = 255;
/// The largest stored record read: a file at its limit, each of its bytes
/// escaped at worst as `\u00XX` in JSON, and the name.
const MAX_STORED_BYTES: usize = MAX_FILE_BYTES * 6 + 4 * 1024;

/// A checked file as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptFileRecord {
    pub v: u64,
    pub name: String,
    pub text: String,
}

impl KeptFileRecord {
    /// The record of a file; `None` for a text over a quiz file's limit,
    /// which the checker refuses and so never keeps. A long name is cut.
    pub fn new(name: &str, text: &str) -> Option<KeptFileRecord> {
        (text.len() <= MAX_FILE_BYTES).then(|| KeptFileRecord {
            v: KEPT_FILE_VERSION,
            name: name.chars().take(MAX_NAME_CHARS).collect(),
            text: text.to_string(),
        })
    }

    /// Reads a stored record: its name and text.
    pub fn read(stored: &str) -> Result<(String, String), SavedError> {
        if stored.len() > MAX_STORED_BYTES {
            return Err(SavedError::TooLarge);
        }
        let record: KeptFileRecord = serde_json::from_str(stored).map_err(|_| why_not(stored))?;
        match record.v {
            KEPT_FILE_VERSION => {}
            v if v > KEPT_FILE_VERSION => return Err(SavedError::NewerVersion(v)),
            _ => return Err(SavedError::Malformed(RecordDamage::Version)),
        }
        if record.text.len() > MAX_FILE_BYTES || record.name.chars().count() > MAX_NAME_CHARS {
            return Err(SavedError::TooLarge);
        }
        Ok((record.name, record.text))
    }
}

/// Why stored text is not a record: not JSON, another version, or fields
/// that are not a record's.
fn why_not(stored: &str) -> SavedError {
    /// Just the version, whatever else there is.
    #[derive(Deserialize)]
    struct Versioned {
        v: Option<u64>,
    }
    match serde_json::from_str::<Versioned>(stored) {
        Ok(Versioned { v: Some(v) }) if v > KEPT_FILE_VERSION => SavedError::NewerVersion(v),
        Ok(Versioned {
            v: Some(KEPT_FILE_VERSION),
        }) => SavedError::Malformed(RecordDamage::Fields),
        Ok(_) => SavedError::Malformed(RecordDamage::Version),
        Err(_) if serde_json::from_str::<serde::de::IgnoredAny>(stored).is_ok() => {
            SavedError::Malformed(RecordDamage::Version)
        }
        Err(_) => SavedError::NotJson,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_file_reads_back_as_written_and_anything_else_is_refused() {
        let record = KeptFileRecord::new("my.quiz.json", "{\"schema\": 1}\n\u{1}").unwrap();
        let stored = serde_json::to_string(&record).unwrap();
        assert_eq!(
            KeptFileRecord::read(&stored),
            Ok(("my.quiz.json".into(), "{\"schema\": 1}\n\u{1}".into()))
        );
        let long = "n".repeat(300);
        assert_eq!(
            KeptFileRecord::new(&long, "x")
                .unwrap()
                .name
                .chars()
                .count(),
            255
        );
        assert_eq!(
            KeptFileRecord::new("a", &" ".repeat(MAX_FILE_BYTES + 1)),
            None
        );
        // A file at the limit, all of it escaped, still reads.
        let worst = KeptFileRecord::new("a", &"\u{1}".repeat(MAX_FILE_BYTES)).unwrap();
        assert!(KeptFileRecord::read(&serde_json::to_string(&worst).unwrap()).is_ok());
        for (stored, why) in [
            ("not json", SavedError::NotJson),
            (
                "{\"v\":2,\"name\":\"a\",\"text\":\"b\"}",
                SavedError::NewerVersion(2),
            ),
            (
                "{\"name\":\"a\",\"text\":\"b\"}",
                SavedError::Malformed(RecordDamage::Version),
            ),
            (
                "{\"v\":1,\"name\":\"a\",\"text\":\"b\",\"x\":1}",
                SavedError::Malformed(RecordDamage::Fields),
            ),
            (
                "{\"v\":1,\"name\":\"a\"}",
                SavedError::Malformed(RecordDamage::Fields),
            ),
        ] {
            assert_eq!(KeptFileRecord::read(stored), Err(why), "{stored}");
        }
        let huge = format!(
            "{{\"v\":1,\"name\":\"a\",\"text\":\"{}\"}}",
            "x".repeat(MAX_FILE_BYTES + 1)
        );
        assert_eq!(KeptFileRecord::read(&huge), Err(SavedError::TooLarge));
    }
}
