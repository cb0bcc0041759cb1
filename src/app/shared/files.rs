//! Files in and out, without any request: downloads made in the page, and
//! files the reader picks, read with a size check first.

use wasm_bindgen::JsCast;

use crate::core::fingerprint::Fingerprint;
use crate::core::result_file::{read_result_file, FileError, ResultFile, MAX_RESULT_FILE_BYTES};

/// An object URL for `text` as a file of type `mime`; revoke it after use.
pub fn object_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Reads a result file the reader picked: size-checked before it is read,
/// then parsed strictly by the core.
pub async fn read_result(
    file: &web_sys::File,
    fp: Fingerprint,
    questions: usize,
) -> Result<ResultFile, FileError> {
    if file.size() > MAX_RESULT_FILE_BYTES as f64 {
        return Err(FileError::TooLarge);
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default();
    read_result_file(text.as_bytes(), fp, questions)
}

/// The files chosen in the `<input type=file>` an event came from, which is
/// then cleared so choosing the same file again is noticed.
pub fn picked(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input.files().map_or_else(Vec::new, |list| {
        (0..list.length()).filter_map(|i| list.get(i)).collect()
    });
    input.set_value("");
    files
}
