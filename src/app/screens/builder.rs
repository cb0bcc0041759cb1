//! The embed builder: a form for every option, a live preview, and the two
//! copy-ready snippets. The snippets come from `core::snippet`; what the app
//! would make of the options comes from `core::options`, so the builder lists
//! exactly the problems the embedded quiz would ignore.

use leptos::html::{Iframe, Textarea};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::address::app_folder;
use crate::app::components::copy_button::CopyButton;
use crate::app::components::links::Links;
use crate::app::components::screen::Screen;
use crate::app::components::section::Section;
use crate::app::route::Route;
use crate::core::color::theme_accents;
use crate::core::options::{parse_options, Theme};
use crate::core::snippet::EmbedSettings;

/// Problems the embedded quiz would have with these settings, in plain words.
fn problems(settings: &EmbedSettings) -> Vec<String> {
    let options = parse_options(&settings.query());
    let mut out: Vec<String> = options
        .ignored
        .iter()
        .map(|i| format!("{}: {}.", i.name, i.reason))
        .collect();
    if let Some(accent) = options.accent {
        out.extend(
            theme_accents(accent)
                .iter()
                .filter_map(|(scheme, a)| a.adjustment(scheme)),
        );
    }
    if settings.transparent && options.theme == Theme::Auto {
        out.push(
            "transparent: with the theme following the reader’s device, readers in dark mode get light \
             text on your page’s background. Choose light or dark to match your page."
                .into(),
        );
    }
    if options.quiz.is_some_and(|q| q.contains("://")) {
        out.push(
            "quiz: a file on another site must allow cross-origin reads (CORS), and this app’s \
             Content-Security-Policy must list that site in connect-src. Hosting the file next to \
             Candor avoids both."
                .into(),
        );
    }
    out
}

/// Heights a plain frame may be given, in pixels.
const FRAME_HEIGHTS: std::ops::RangeInclusive<u32> = 300..=5000;
const DEFAULT_FRAME_HEIGHT: u32 = 900;

#[component]
pub fn BuilderScreen() -> impl IntoView {
    let settings = RwSignal::new(EmbedSettings {
        theme: "auto".into(),
        ..EmbedSettings::default()
    });
    let height = RwSignal::new(DEFAULT_FRAME_HEIGHT);
    let app = app_folder();
    let found = Memo::new(move |_| settings.with(problems));
    let script = {
        let app = app.clone();
        Memo::new(move |_| settings.with(|s| s.script_snippet(&app)))
    };
    let iframe = {
        let app = app.clone();
        Memo::new(move |_| settings.with(|s| s.iframe_snippet(&app, height.get())))
    };
    let preview_src = Memo::new(move |_| settings.with(|s| format!("{app}?{}", s.query())));
    let status = RwSignal::new(String::new());
    let preview = NodeRef::<Iframe>::new();
    let preview_height = RwSignal::new(600u32);
    size_preview_from_its_messages(preview, preview_height);

    let text_field = move |id: &'static str,
                           label: &'static str,
                           hint: &'static str,
                           set: fn(&mut EmbedSettings, String)| {
        let hint_id = format!("{id}-hint");
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    aria-describedby=hint_id.clone()
                    on:change:target=move |ev| settings.update(|s| set(s, ev.target().value()))
                />
                <p class="hint" id=hint_id>{hint}</p>
            </div>
        }
    };
    let check = move |id: &'static str, label: &'static str, set: fn(&mut EmbedSettings, bool)| {
        view! {
            <div class="check">
                <input
                    id=id
                    type="checkbox"
                    on:change:target=move |ev| settings.update(|s| set(s, ev.target().checked()))
                />
                <label for=id>{label}</label>
            </div>
        }
    };
    let script_area = NodeRef::<Textarea>::new();
    let iframe_area = NodeRef::<Textarea>::new();
    let select = |area: NodeRef<Textarea>| {
        move |()| {
            if let Some(area) = area.get_untracked() {
                let _ = area.focus();
                area.select();
            }
        }
    };
    let problem_list = move || {
        let found = found.get();
        if found.is_empty() {
            view! { <p class="ok">"None: the quiz will use every option as given."</p> }.into_any()
        } else {
            view! {
                <ul class="problems">
                    <For each=move || found.clone() key=|p| p.clone() children=|p| view! { <li>{p}</li> }/>
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <Screen class="builder">
            <h1 tabindex="-1">"Embed Candor in your site"</h1>
            <p>
                "Choose how the quiz should look, then paste the snippet into your blog post. Every option is optional."
            </p>
            <form class="builder-form" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="b-theme">"Theme"</label>
                    <select
                        id="b-theme"
                        on:change:target=move |ev| settings.update(|s| s.theme = ev.target().value())
                    >
                        <option value="auto">"Follow the reader’s device"</option>
                        <option value="light">"Light"</option>
                        <option value="dark">"Dark"</option>
                    </select>
                </div>
                {text_field("b-accent", "Accent color", "Six hex digits, such as 1f4e79. Candor darkens or lightens it if text would be hard to read.", |s, v| s.accent = v)}
                {text_field("b-title", "Title", "Replaces the quiz title on the first screen (plain text, up to 120 characters).", |s, v| s.title = v)}
                {text_field("b-intro", "Introduction", "Replaces the introduction (plain text, up to 400 characters).", |s, v| s.intro = v)}
                {text_field("b-cta", "Call-to-action address", "Shown on the report, for example your booking page (http or https only).", |s, v| s.cta = v)}
                {text_field("b-cta-label", "Call-to-action label", "For example “Book a call” (up to 40 characters).", |s, v| s.cta_label = v)}
                {text_field("b-quiz", "Your own quiz file", "The address of a quiz file, ideally next to Candor on your site. Leave empty for Candor’s own quiz.", |s, v| s.quiz = v)}
                <fieldset class="checks">
                    <legend>"Hide"</legend>
                    {check("b-hide-share", "Sharing the result", |s, v| s.hide_share = v)}
                    {check("b-hide-team", "Team comparison", |s, v| s.hide_team = v)}
                    {check("b-hide-history", "Past results", |s, v| s.hide_history = v)}
                </fieldset>
                {check("b-transparent", "Transparent background", |s, v| s.transparent = v)}
                {check("b-events", "Tell my page when a reader starts and finishes (events)", |s, v| s.events = v)}
            </form>
            <Section id="problems" title="Problems">
                <div>{problem_list}</div>
            </Section>
            <Section id="snippet" title="Snippet">
                <p>"Paste both lines where the quiz should appear. The frame sizes itself to the quiz."</p>
                <textarea class="snippet" readonly rows="4" aria-labelledby="snippet-h" prop:value=script node_ref=script_area></textarea>
                <CopyButton label="Copy snippet" text=script copied="The snippet is copied." status on_refused=select(script_area)/>
                <h3 id="iframe-h">"If your site strips scripts"</h3>
                <p>"Use a plain frame instead; it cannot size itself, so choose a height."</p>
                <div class="field">
                    <label for="b-height">"Frame height in pixels"</label>
                    <input
                        id="b-height"
                        type="number"
                        min=*FRAME_HEIGHTS.start()
                        max=*FRAME_HEIGHTS.end()
                        value=DEFAULT_FRAME_HEIGHT
                        on:change:target=move |ev| {
                            let h = ev.target().value().parse::<u32>().unwrap_or(DEFAULT_FRAME_HEIGHT);
                            height.set(h.clamp(*FRAME_HEIGHTS.start(), *FRAME_HEIGHTS.end()));
                        }
                    />
                </div>
                <textarea class="snippet" readonly rows="4" aria-labelledby="iframe-h" prop:value=iframe node_ref=iframe_area></textarea>
                <CopyButton label="Copy frame snippet" text=iframe copied="The frame snippet is copied." status on_refused=select(iframe_area)/>
                <p class="status" role="status">{move || status.get()}</p>
            </Section>
            <Section id="preview" title="Preview">
                <iframe class="preview" title="Preview of the embedded quiz" height=preview_height src=preview_src node_ref=preview></iframe>
            </Section>
            <Section id="template" title="Your own questions">
                <p>
                    "Write a quiz file in the same format as Candor’s own, host it next to Candor, and give its address above. "
                    <a href="candor.quiz.json" download="candor.quiz.json">"Download Candor’s quiz as a template"</a>
                    " or "
                    <a href="onboarding-readiness.quiz.json" download="onboarding-readiness.quiz.json">"a shorter example"</a>
                    ". The format is described in Candor’s README."
                </p>
            </Section>
            <Links>
                <a href=Route::About.to_hash()>"About Candor"</a>
                <a href=Route::Intro.to_hash()>"Back to the start"</a>
            </Links>
        </Screen>
    }
}

/// Sizes the preview frame from its own resize messages, as `embed.js` does
/// for a host page, for as long as the builder is open.
fn size_preview_from_its_messages(preview: NodeRef<Iframe>, height: RwSignal<u32>) {
    let listener = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        let Some(frame) = preview.get_untracked() else {
            return;
        };
        let from_preview = frame.content_window().is_some_and(|w| {
            ev.source()
                .is_some_and(|s| js_sys::Object::is(&s, w.unchecked_ref()))
        });
        let data = ev.data();
        let field = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok();
        let text = |k: &str| field(k).and_then(|v| v.as_string());
        if from_preview
            && text("source").as_deref() == Some("candor")
            && text("type").as_deref() == Some("resize")
        {
            if let Some(h) = field("height").and_then(|v| v.as_f64()) {
                height.set(h.clamp(200.0, 5000.0) as u32);
            }
        }
    });
    on_cleanup(move || listener.remove());
}
