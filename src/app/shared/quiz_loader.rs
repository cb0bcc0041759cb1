//! Loads a coach's own quiz file (`?quiz=<url>`): bounded in size and time,
//! validated as a whole, explained in plain words when anything goes wrong.

use std::cell::Cell;
use std::fmt;
use std::rc::Rc;

use js_sys::{Reflect, Uint8Array};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, RequestInit, Response};

use crate::core::catalogue::{count, ProblemTexts};
use crate::core::language::Lang;
use crate::core::quiz::Quiz;
use crate::core::strict;
use crate::core::validate::{parse_quiz, total, Problem, MAX_FILE_BYTES};

/// How long a quiz file may take to arrive.
const TIMEOUT_MS: i32 = 10_000;

/// Why a quiz file could not be used.
#[derive(Debug)]
pub enum LoadError {
    /// The request failed: offline, wrong address, or another site that does
    /// not allow reading (CORS) or is not allowed by this page's CSP.
    Network,
    Status(u16),
    TooLarge,
    Timeout,
    Invalid(Vec<Problem>),
    /// The reader's strict reading refused the file ([`read_strictly`]);
    /// the facilitator tools' module reads it again to say why (`Invalid`).
    Refused,
    /// The page that tries a quiz file for the checker (`try=1`) got none:
    /// it was opened on its own, or framed by another page.
    NothingToTry,
}

impl LoadError {
    /// The message in `t`'s words; `lang` gives the plural forms. For
    /// [`LoadError::Invalid`] it introduces the list of problems, each of
    /// which has its own [`Problem::message`].
    pub fn message(&self, t: &ProblemTexts, lang: Lang) -> String {
        let fill = ProblemTexts::fill;
        match self {
            LoadError::Network => t.load_network().into(),
            LoadError::Status(code) => fill(t.load_status(), &[("code", code)]),
            LoadError::TooLarge => fill(t.load_too_large(), &[("kb", &(MAX_FILE_BYTES / 1024))]),
            LoadError::Timeout => fill(t.load_timeout(), &[("seconds", &(TIMEOUT_MS / 1000))]),
            LoadError::NothingToTry => t.load_nothing_to_try().into(),
            LoadError::Refused => t.load_refused().into(),
            LoadError::Invalid(problems) => count(
                lang,
                total(problems) as u64,
                t.load_invalid_one(),
                t.load_invalid_other(),
            ),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(ProblemTexts::of(Lang::En), Lang::En))
    }
}

/// How a module reads a quiz file: [`read_strictly`] in the reader's,
/// [`read_explained`] in the facilitator tools'.
pub type ReadQuiz = fn(&[u8]) -> Result<Quiz, LoadError>;

/// The reader's reading: the quiz, or [`LoadError::Refused`] without saying
/// why, which keeps the full validator and its messages out of the reader's
/// module. It accepts exactly what [`read_explained`] accepts.
pub fn read_strictly(bytes: &[u8]) -> Result<Quiz, LoadError> {
    strict::read_quiz(bytes).ok_or(LoadError::Refused)
}

/// The full validator: the quiz, or every problem of the file.
pub fn read_explained(bytes: &[u8]) -> Result<Quiz, LoadError> {
    parse_quiz(bytes).map_err(LoadError::Invalid)
}

/// Fetches the quiz at `url` (relative to the page) and reads it with `read`.
pub async fn load_quiz(url: &str, read: ReadQuiz) -> Result<Quiz, LoadError> {
    let bytes = fetch_bounded(url, MAX_FILE_BYTES).await?;
    read(&bytes)
}

/// The file at `url`, if it arrives in time and is at most `limit` bytes
/// (a larger one is cut off, not downloaded whole).
pub async fn fetch_bounded(url: &str, limit: usize) -> Result<Vec<u8>, LoadError> {
    let controller = AbortController::new().map_err(|_| LoadError::Network)?;
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        set_timeout_with_handle(
            move || {
                timed_out.set(true);
                controller.abort();
            },
            std::time::Duration::from_millis(TIMEOUT_MS as u64),
        )
        .ok()
    };
    let failed = |timed_out: &Cell<bool>| {
        if timed_out.get() {
            LoadError::Timeout
        } else {
            LoadError::Network
        }
    };

    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    init.set_credentials(web_sys::RequestCredentials::Omit);
    let response: Response = JsFuture::from(window().fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| failed(&timed_out))?
        .unchecked_into();
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        controller.abort();
        return Err(LoadError::TooLarge);
    }
    // Read in chunks so an oversized file is cut off, not downloaded whole.
    let body = response.body().ok_or(LoadError::Network)?;
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| failed(&timed_out))?;
        if Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            == Some(true)
        {
            break;
        }
        let value: JsValue =
            Reflect::get(&chunk, &"value".into()).map_err(|_| LoadError::Network)?;
        bytes.extend(value.unchecked_into::<Uint8Array>().to_vec());
        if bytes.len() > limit {
            controller.abort();
            return Err(LoadError::TooLarge);
        }
    }
    if let Some(timer) = timer {
        timer.clear();
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::validate::ProblemKind;

    fn problems(n: usize) -> LoadError {
        let problem = Problem {
            path: "$.title".into(),
            kind: ProblemKind::EmptyText,
            hint: None,
            place: None,
        };
        LoadError::Invalid(vec![problem; n])
    }

    #[test]
    fn messages_count_the_problems_in_english_and_german() {
        assert_eq!(problems(1).to_string(), "The file has 1 problem:");
        assert_eq!(problems(4).to_string(), "The file has 4 problems:");
        let de = ProblemTexts::of(Lang::De);
        assert_eq!(
            problems(1).message(de, Lang::De),
            "Die Datei hat 1 Problem:"
        );
        assert_eq!(
            problems(4).message(de, Lang::De),
            "Die Datei hat 4 Probleme:"
        );
        assert_eq!(
            LoadError::Status(404).message(de, Lang::De),
            "Der Server hat mit einem Fehler geantwortet (HTTP 404). Prüf die Adresse."
        );
        assert_eq!(
            LoadError::TooLarge.to_string(),
            "The file is larger than 256 KB, the most a quiz file may be."
        );
        assert_eq!(
            LoadError::Timeout.message(de, Lang::De),
            "Das Laden der Datei hat länger als 10 Sekunden gedauert."
        );
        assert_eq!(
            LoadError::Status(404).to_string(),
            "The server answered with an error (HTTP 404). Check the address."
        );
        assert!(LoadError::Network
            .to_string()
            .starts_with("The file could not be fetched."));
    }
}
