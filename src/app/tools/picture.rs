//! Drawing pictures on a canvas, in the tools' module: the result image the
//! reader's module asks for, and the team picture.
//!
//! The reader's module never contains this code (it is over its download
//! budget): when the reader presses a picture button, it leaves the request
//! (JSON, see [`PictureRequest`]) on `window` under [`REQUEST_KEY`], fires
//! [`REQUEST_EVENT`] and loads this module if it isn't there yet. This module
//! takes the request at start and on each event, draws it, and answers with
//! an outcome under [`OUTCOME_KEY`] and [`OUTCOME_EVENT`], which the reader's
//! module turns into words from its catalogue.
//!
//! Layout is `core::picture`'s; here its operations are drawn with the Canvas
//! 2D API, in the page's theme colours and font, and made a PNG with
//! `toDataURL`, which is immediate and gives the same bytes for the same
//! drawing.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::app::shared::picture_request::{
    outcome, OUTCOME_EVENT, OUTCOME_KEY, REQUEST_EVENT, REQUEST_KEY,
};
use crate::core::picture::{
    layout_result, layout_team, qr_modules, Action, Align, Font, Op, Paint, PictureRequest, Shape,
    TeamPicture,
};

/// In the tools' module, at start: takes a request left before it started,
/// and every later one.
pub fn listen() {
    take_request();
    let listener = window_event_listener_untyped(REQUEST_EVENT, |_| take_request());
    // For the page's lifetime.
    std::mem::forget(listener);
}

/// Takes the request waiting on `window`, if any, and carries it out.
fn take_request() {
    let key = JsValue::from_str(REQUEST_KEY);
    let Ok(value) = js_sys::Reflect::get(&window(), &key) else {
        return;
    };
    let _ = js_sys::Reflect::delete_property(&window(), &key);
    let Some(json) = value.as_string() else {
        return;
    };
    // The tools' own app may not be mounted yet (Leptos's executor starts
    // then), so the browser's microtask queue runs this.
    wasm_bindgen_futures::spawn_local(async move {
        let outcome = match PictureRequest::parse(&json) {
            Ok(request) => carry_out(&request).await,
            Err(_) => outcome::FAILED,
        };
        let _ = js_sys::Reflect::set(&window(), &JsValue::from_str(OUTCOME_KEY), &outcome.into());
        if let Ok(event) = web_sys::Event::new(OUTCOME_EVENT) {
            let _ = window().dispatch_event(&event);
        }
    });
}

async fn carry_out(request: &PictureRequest) -> &'static str {
    let Some(png) = draw_result(request) else {
        return outcome::FAILED;
    };
    match request.action {
        Action::Download => {
            download(&png, &request.file_name());
            outcome::SAVED
        }
        Action::Copy => copy_png(&png).await,
        Action::Share => share_png(&png, request).await,
    }
}

/// The result image as a PNG data URL.
pub fn draw_result(request: &PictureRequest) -> Option<String> {
    let canvas = Canvas::new(request.shape)?;
    let qr = qr_modules(&request.link);
    let (ops, _) = {
        let measure = |text: &str, font: Font| canvas.measure(text, font);
        layout_result(request, qr.as_ref(), &measure)
    };
    canvas.draw(&ops);
    canvas.png()
}

/// The team picture as a PNG data URL.
pub fn draw_team(team: &TeamPicture) -> Option<String> {
    let canvas = Canvas::new(Shape::Team)?;
    let ops = {
        let measure = |text: &str, font: Font| canvas.measure(text, font);
        layout_team(team, &measure)
    };
    canvas.draw(&ops);
    canvas.png()
}

/// A canvas of a picture's size, with the page's theme and font.
struct Canvas {
    element: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    family: String,
    colors: [String; 5],
    /// The font last set, so measuring doesn't set it again and again.
    font: RefCell<Option<(u32, bool)>>,
}

impl Canvas {
    fn new(shape: Shape) -> Option<Canvas> {
        // An offscreen canvas, never put in the page: nothing for a view to own.
        let element: HtmlCanvasElement =
            document().create_element("canvas").ok()?.dyn_into().ok()?;
        let (w, h) = shape.size();
        element.set_width(w);
        element.set_height(h);
        let context: CanvasRenderingContext2d = element.get_context("2d").ok()??.dyn_into().ok()?;
        context.set_text_baseline("top");
        let root = document().document_element()?;
        let style = window().get_computed_style(&root).ok()??;
        let var = |name: &str, fallback: &str| {
            let value = style.get_property_value(name).unwrap_or_default();
            let value = value.trim();
            if value.is_empty() {
                fallback.to_string()
            } else {
                value.to_string()
            }
        };
        // The theme as the page shows it (light, dark, or the system's).
        let colors = [
            var("--bg", "#ffffff"),
            var("--accent", "#1f4e79"),
            var("--text", "#1b1f24"),
            var("--muted", "#4a5360"),
            var("--border", "#c9d1da"),
        ];
        let family = document()
            .body()
            .and_then(|body| window().get_computed_style(&body).ok().flatten())
            .and_then(|s| s.get_property_value("font-family").ok())
            .filter(|f| !f.trim().is_empty())
            .unwrap_or_else(|| "sans-serif".into());
        Some(Canvas {
            element,
            context,
            family,
            colors,
            font: RefCell::new(None),
        })
    }

    fn set_font(&self, font: Font) {
        let key = ((font.size * 10.0).round() as u32, font.bold);
        if *self.font.borrow() != Some(key) {
            let weight = if font.bold { 700 } else { 400 };
            self.context
                .set_font(&format!("{weight} {}px {}", font.size, self.family));
            *self.font.borrow_mut() = Some(key);
        }
    }

    fn measure(&self, text: &str, font: Font) -> f64 {
        self.set_font(font);
        self.context
            .measure_text(text)
            .map_or(f64::INFINITY, |m| m.width())
    }

    fn paint(&self, paint: Paint) {
        let color = match paint {
            Paint::Background => &self.colors[0],
            Paint::Accent => &self.colors[1],
            Paint::Text => &self.colors[2],
            Paint::Muted => &self.colors[3],
            Paint::Track => &self.colors[4],
            Paint::QrDark => "#000000",
            Paint::QrLight => "#ffffff",
        };
        self.context.set_fill_style_str(color);
    }

    fn draw(&self, ops: &[Op]) {
        let c = &self.context;
        for op in ops {
            match op {
                Op::Rect { x, y, w, h, paint } => {
                    self.paint(*paint);
                    c.fill_rect(*x, *y, *w, *h);
                }
                Op::Text {
                    x,
                    y,
                    text,
                    font,
                    paint,
                    align,
                    ..
                } => {
                    self.paint(*paint);
                    self.set_font(*font);
                    c.set_text_align(match align {
                        Align::Left => "left",
                        Align::Right => "right",
                    });
                    let _ = c.fill_text(text, *x, *y);
                }
                Op::Circle { x, y, r, paint } => {
                    self.paint(*paint);
                    c.begin_path();
                    let _ = c.arc(*x, *y, *r, 0.0, std::f64::consts::TAU);
                    c.fill();
                }
            }
        }
    }

    fn png(&self) -> Option<String> {
        self.element.to_data_url_with_type("image/png").ok()
    }
}

/// Saves a data URL as `file_name`, through a link of its own: a detached
/// `<a download>` clicked once and dropped, never in the page, so there is
/// no view for Leptos to own (the request may come while no screen of this
/// module is shown).
pub fn download(data_url: &str, file_name: &str) {
    let Some(link) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    link.set_href(data_url);
    link.set_download(file_name);
    link.click();
}

/// The PNG's bytes as a `Blob` of type `image/png`.
fn png_blob(data_url: &str) -> Option<web_sys::Blob> {
    let base64 = data_url.strip_prefix("data:image/png;base64,")?;
    let binary = window().atob(base64).ok()?;
    let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
    let array = js_sys::Uint8Array::from(bytes.as_slice());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/png");
    web_sys::Blob::new_with_u8_array_sequence_and_options(&js_sys::Array::of1(&array), &options)
        .ok()
}

/// `window[name]` when it is there.
fn global(name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(&window(), &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Copies the PNG where the clipboard takes images; says no otherwise
/// (no `ClipboardItem`, no clipboard outside secure contexts, or refused).
async fn copy_png(data_url: &str) -> &'static str {
    let navigator = window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let (Some(item), Some(_), Some(blob)) = (
        global("ClipboardItem").and_then(|c| c.dyn_into::<js_sys::Function>().ok()),
        clipboard,
        png_blob(data_url),
    ) else {
        return outcome::NO_CLIPBOARD;
    };
    let record = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&record, &"image/png".into(), &blob);
    let Ok(item) = js_sys::Reflect::construct(&item, &js_sys::Array::of1(&record)) else {
        return outcome::NO_CLIPBOARD;
    };
    let written = JsFuture::from(navigator.clipboard().write(&js_sys::Array::of1(&item))).await;
    if written.is_ok() {
        outcome::COPIED
    } else {
        outcome::NO_CLIPBOARD
    }
}

/// Opens the system share sheet with the PNG and the result link.
async fn share_png(data_url: &str, request: &PictureRequest) -> &'static str {
    let navigator = window().navigator();
    let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let (Some(share), Some(blob)) = (share, png_blob(data_url)) else {
        return outcome::SHARE_FAILED;
    };
    let options = web_sys::FilePropertyBag::new();
    options.set_type("image/png");
    let Ok(file) = web_sys::File::new_with_blob_sequence_and_options(
        &js_sys::Array::of1(&blob),
        &request.file_name(),
        &options,
    ) else {
        return outcome::SHARE_FAILED;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file));
    let _ = js_sys::Reflect::set(&data, &"title".into(), &request.title.as_str().into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &request.link.as_str().into());
    let Ok(promise) = share.call1(&navigator, &data) else {
        return outcome::SHARE_FAILED;
    };
    match JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(_) => outcome::SHARED,
        // The reader closed the sheet: nothing to say.
        Err(e)
            if js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .as_deref()
                == Some("AbortError") =>
        {
            outcome::SHARED
        }
        Err(_) => outcome::SHARE_FAILED,
    }
}
