//! "Scan results": the facilitator's camera reads members' result QR codes
//! one after another, each added to the team as if pasted.

use std::collections::BTreeSet;

use leptos::html::{Canvas, Video};
use leptos::prelude::*;
use wasm_bindgen::{Clamped, JsCast};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, MediaStream, MediaStreamConstraints};

use crate::app::tools::context::texts::use_tool_texts;
use crate::core::catalogue::fill;
use crate::core::fingerprint::Fingerprint;
use crate::core::scan::{luma_of_rgba, read_frame};
use crate::core::team::TeamInput;

/// Frames are read at most this wide (a camera's larger frames are scaled
/// down first: a result's code fills much of the picture).
const FRAME_WIDTH: u32 = 640;

/// Why the camera could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CameraError {
    NoCamera,
    Refused,
}

/// Asks for the camera (the back one on a phone).
async fn camera() -> Result<MediaStream, CameraError> {
    let devices = window()
        .navigator()
        .media_devices()
        .map_err(|_| CameraError::NoCamera)?;
    let constraints = MediaStreamConstraints::new();
    let video = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&video, &"facingMode".into(), &"environment".into());
    constraints.set_video(&video);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| CameraError::NoCamera)?;
    let stream = JsFuture::from(promise).await.map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if name == "NotAllowedError" || name == "SecurityError" {
            CameraError::Refused
        } else {
            CameraError::NoCamera
        }
    })?;
    stream.dyn_into().map_err(|_| CameraError::NoCamera)
}

fn stop(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// The texts of the QR codes in the video's current frame.
fn read_video(video: &web_sys::HtmlVideoElement, canvas: &HtmlCanvasElement) -> Vec<String> {
    let (w, h) = (video.video_width(), video.video_height());
    if w == 0 || h == 0 {
        return Vec::new();
    }
    let scale = (f64::from(FRAME_WIDTH) / f64::from(w)).min(1.0);
    let (fw, fh) = (
        (f64::from(w) * scale).round() as u32,
        (f64::from(h) * scale).round() as u32,
    );
    canvas.set_width(fw);
    canvas.set_height(fh);
    let Some(context) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return Vec::new();
    };
    if context
        .draw_image_with_html_video_element_and_dw_and_dh(
            video,
            0.0,
            0.0,
            f64::from(fw),
            f64::from(fh),
        )
        .is_err()
    {
        return Vec::new();
    }
    let Ok(data) = context.get_image_data(0.0, 0.0, f64::from(fw), f64::from(fh)) else {
        return Vec::new();
    };
    let Clamped(rgba) = data.data();
    read_frame(fw as usize, fh as usize, &luma_of_rgba(&rgba))
}

/// The button, and while scanning the camera's picture, what was read and
/// a button to stop. Each code read is added to `team` as pasted text is
/// (duplicates and foreign codes become its problems); a code already read
/// in this scan is not read again, so a code held up for a while is added
/// (or refused) once.
#[component]
pub fn Scanner(team: RwSignal<TeamInput>, fp: Fingerprint, questions: usize) -> impl IntoView {
    let t = use_tool_texts();
    let video = NodeRef::<Video>::new();
    let scanning = RwSignal::new(false);
    let said = RwSignal::new(String::new());
    // A new value each time something is read, for the panel's flash.
    let reads = RwSignal::new(0u32);
    let stream = StoredValue::new_local(None::<MediaStream>);
    let seen = StoredValue::new_local(BTreeSet::<String>::new());
    // Where a frame is drawn to read its pixels; never shown.
    let canvas = NodeRef::<Canvas>::new();

    let finish = move || {
        if let Some(s) = stream.try_update_value(Option::take).flatten() {
            stop(&s);
        }
        scanning.set(false);
    };
    // The camera, asked for when "Scan results" is pressed.
    let start = Action::new_local(move |_: &()| async move {
        let got = camera().await;
        match got {
            Ok(s) => {
                if let Some(v) = video.get_untracked() {
                    v.set_src_object(Some(&s));
                    let _ = v.play();
                }
                stream.set_value(Some(s));
                said.set(t.scan_waiting().to_string());
                Ok(())
            }
            Err(e) => {
                scanning.set(false);
                Err(e)
            }
        }
    });
    let problem = move || match start.value().get() {
        Some(Err(CameraError::NoCamera)) => Some(t.scan_no_camera()),
        Some(Err(CameraError::Refused)) => Some(t.scan_refused()),
        _ => None,
    };

    // Four reads a second while the camera is on.
    let ticking = set_interval_with_handle(
        move || {
            if !scanning.try_get_untracked().unwrap_or(false) {
                return;
            }
            let (Some(v), Some(c)) = (video.get_untracked(), canvas.get_untracked()) else {
                return;
            };
            for text in read_video(&v, &c) {
                let new = seen
                    .try_update_value(|s| s.insert(text.clone()))
                    .unwrap_or(false);
                if !new {
                    continue;
                }
                let before = team.with_untracked(|t| t.members.len());
                // Problems add up over a scan, as over one paste.
                team.update(|team| team.read(&text, fp, questions));
                let after = team.with_untracked(|t| t.members.clone());
                let line = match after.last().filter(|_| after.len() > before) {
                    Some(m) => fill(t.scan_added(), &[("label", &m.label), ("n", &after.len())]),
                    None => t.scan_not_added().to_string(),
                };
                said.set(line);
                reads.update(|n| *n += 1);
            }
        },
        std::time::Duration::from_millis(250),
    )
    .ok();
    on_cleanup(move || {
        if let Some(ticking) = ticking {
            ticking.clear();
        }
        if let Some(s) = stream.try_update_value(Option::take).flatten() {
            stop(&s);
        }
    });

    view! {
        <button
            type="button"
            on:click=move |_| {
                if !scanning.get_untracked() {
                    seen.update_value(BTreeSet::clear);
                    team.update(|t| t.problems.clear());
                    said.set(String::new());
                    scanning.set(true);
                    start.dispatch(());
                }
            }
        >
            {t.scan_results()}
        </button>
        <p class="error" role="alert">{problem}</p>
        <Show when=move || scanning.get()>
            <div class="scanner" class:flash=move || reads.get() % 2 == 1>
                <video node_ref=video autoplay muted playsinline aria-label=t.scan_camera_label()></video>
                <canvas hidden node_ref=canvas></canvas>
                <p class="scan-said" role="status">{move || said.get()}</p>
                <button type="button" on:click=move |_| finish()>{t.scan_stop()}</button>
            </div>
        </Show>
    }
}
