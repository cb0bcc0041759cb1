//! Sharing a result: the link (`#r=`), the bare code, a QR code drawn as SVG,
//! and a downloadable result file. Codes come from `core::share_code`.

use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};
use wasm_bindgen::JsCast;

use crate::app::dom::{el, svg, text_el, El};
use crate::app::route::Route;
use crate::core::answers::Answer;
use crate::core::fingerprint::Fingerprint;
use crate::core::options::standalone_query;
use crate::core::share_code::{clean_name, encode};
use crate::core::team::{read_result_file, FileError, ResultFile, MAX_RESULT_FILE_BYTES};

/// The app's address for people who open a shared link: the same page and
/// quiz, without the embedding host's options.
pub fn app_address() -> String {
    let search = window().location().search().unwrap_or_default();
    format!("{}{}", page_address(), standalone_query(&search))
}

/// The folder the app is served from, ending in `/` (where `embed.js` is).
pub fn app_folder() -> String {
    let page = page_address();
    page[..page.rfind('/').map_or(page.len(), |i| i + 1)].to_string()
}

/// This page's address without query or fragment.
fn page_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The link that opens a result read-only.
pub fn result_link(code: &str) -> String {
    format!("{}{}", app_address(), Route::Shared(code.into()).to_hash())
}

/// The share code of an answer sheet, or why the name can't go in it.
pub fn code_for(fp: Fingerprint, answers: &[Answer], name: &str) -> Result<String, String> {
    let name = clean_name(name).map_err(|e| e.to_string())?;
    encode(fp, answers, name).map_err(|e| e.to_string())
}

/// A QR code of `text` as an SVG path, black on white with a quiet zone, so
/// phones read it in any theme.
pub fn qr_svg(text: &str) -> Option<El> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let width = code.size();
    let quiet = 4;
    let mut path = String::new();
    for y in 0..width {
        for x in 0..width {
            if code.get_module(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + quiet, y + quiet));
            }
        }
    }
    let size = (width + 2 * quiet).to_string();
    Some(
        svg("svg")
            .attr("viewBox", &format!("0 0 {size} {size}"))
            .attr("role", "img")
            .attr("aria-label", "QR code of the result link")
            .class("qr")
            .child(
                svg("rect")
                    .attr("width", &size)
                    .attr("height", &size)
                    .class("qr-light"),
            )
            .child(svg("path").attr("d", &path).class("qr-dark")),
    )
}

/// Offers `text` as a file download, without any request.
pub fn download(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlElement = a.unchecked_into();
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", file_name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads a result file the reader picked: size-checked before it is read,
/// then parsed strictly by the core.
pub async fn read_picked_result(
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
pub fn picked_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
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

/// Copies text; the status line says so (or how to copy by hand).
pub fn copy_text(text: &str) {
    let _ = window().navigator().clipboard().write_text(text);
}

/// A read-only text field with a copy button and a shared status line.
pub fn copy_field(id: &str, label: &str, button: &str, value: &str, status: &El) -> El {
    let field = el("input")
        .attr("id", id)
        .attr("type", "text")
        .attr("readonly", "")
        .attr("value", value);
    let status = status.0.clone();
    let text = value.to_string();
    let what = label.to_string();
    el("div").class("field copy").children(vec![
        text_el("label", label).attr("for", id),
        el("div").class("copy-row").children(vec![
            field,
            text_el("button", button)
                .attr("type", "button")
                .on("click", move |_| {
                    copy_text(&text);
                    status.set_text_content(Some(&format!("{what} copied.")));
                }),
        ]),
    ])
}
