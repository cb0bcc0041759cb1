//! TEMPORARY: the record API of the serde core, over the old string codec.
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::fingerprint::Fingerprint;
use crate::core::progress::{History, Progress};
use crate::core::saved::*;

macro_rules! record {
    ($name:ident) => {
        #[derive(Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Value);
    };
}
record!(ProgressRecord);
record!(HistoryRecord);
record!(ChecklistRecord);

fn value(text: String) -> Value {
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

impl ProgressRecord {
    pub fn new(p: &Progress, fp: Fingerprint) -> Self {
        Self(value(encode_progress(p, fp)))
    }
    pub fn into_progress(self, fp: Fingerprint, n: usize) -> Result<Progress, SavedError> {
        decode_progress(&self.0.to_string(), fp, n)
    }
}
impl HistoryRecord {
    pub fn new(h: &History, fp: Fingerprint) -> Self {
        Self(value(encode_history(h, fp)))
    }
    pub fn into_history(self, fp: Fingerprint, n: usize) -> Result<History, SavedError> {
        decode_history(&self.0.to_string(), fp, n)
    }
}
impl ChecklistRecord {
    pub fn new(c: &Checklist) -> Self {
        Self(value(encode_checklist(c)))
    }
    pub fn into_checklist(self) -> Result<Checklist, SavedError> {
        decode_checklist(&self.0.to_string())
    }
}
pub fn unreadable_reason(_text: &str) -> SavedError {
    SavedError::NotJson
}
