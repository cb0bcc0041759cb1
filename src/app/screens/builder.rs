//! The embed builder: a form for every option, a live preview, and the two
//! copy-ready snippets. The snippets come from `core::snippet`; what the app
//! would make of the options comes from `core::options`, so the builder lists
//! exactly the problems the embedded quiz would ignore.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlIFrameElement, HtmlInputElement, HtmlTextAreaElement};

use crate::app::dom::{el, landmark, screen, section, text_el, El};
use crate::app::route::Route;
use crate::app::share::{app_folder, copy_text};
use crate::core::color::theme_accents;
use crate::core::options::parse_options;
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
    if settings.transparent && options.theme == crate::core::options::Theme::Auto {
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

/// The form's values and the parts of the page they update.
struct Page {
    settings: RefCell<EmbedSettings>,
    height: RefCell<u32>,
    app: String,
    problems: Element,
    script: HtmlTextAreaElement,
    iframe: HtmlTextAreaElement,
    preview: HtmlIFrameElement,
    status: Element,
}

impl Page {
    /// Redraws the problems and snippets; reloads the preview when its address changed.
    fn refresh(&self) {
        let settings = self.settings.borrow();
        let found = problems(&settings);
        self.problems.set_text_content(None);
        let list = if found.is_empty() {
            text_el("p", "None: the quiz will use every option as given.").class("ok")
        } else {
            el("ul")
                .class("problems")
                .children(found.iter().map(|p| text_el("li", p)).collect())
        };
        let _ = self.problems.append_child(&list.0);
        self.script.set_value(&settings.script_snippet(&self.app));
        self.iframe
            .set_value(&settings.iframe_snippet(&self.app, *self.height.borrow()));
        let src = format!("{}?{}", self.app, settings.query());
        if self.preview.src() != src {
            self.preview.set_src(&src);
        }
    }
}

pub fn builder_screen() -> AnyView {
    let preview: HtmlIFrameElement = el("iframe")
        .class("preview")
        .attr("title", "Preview of the embedded quiz")
        .attr("height", "600")
        .0
        .unchecked_into();
    let page = Rc::new(Page {
        settings: RefCell::new(EmbedSettings {
            theme: "auto".into(),
            ..EmbedSettings::default()
        }),
        height: RefCell::new(900),
        app: app_folder(),
        problems: el("div").0,
        script: snippet_area("snippet-h").0.unchecked_into(),
        iframe: snippet_area("iframe-h").0.unchecked_into(),
        preview,
        status: el("p").class("status").attr("role", "status").0,
    });
    page.refresh();

    // Size the preview from its own resize messages, as embed.js does.
    let listener = {
        let preview = page.preview.clone();
        window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
            let from_preview = preview.content_window().is_some_and(|w| {
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
                    let _ = preview
                        .set_attribute("height", &(h.clamp(200.0, 5000.0) as u32).to_string());
                }
            }
        })
    };
    on_cleanup(move || listener.remove());

    screen("screen builder", move || builder_page(page))
}

fn snippet_area(labelled_by: &str) -> El {
    el("textarea")
        .class("snippet")
        .attr("readonly", "")
        .attr("rows", "4")
        .attr("aria-labelledby", labelled_by)
}

/// A labelled text field with a hint; `set` stores its value on change.
fn text_field(
    page: &Rc<Page>,
    id: &str,
    label: &str,
    hint: &str,
    set: fn(&mut EmbedSettings, String),
) -> El {
    let hint_id = format!("{id}-hint");
    let page = page.clone();
    el("div").class("field").children(vec![
        text_el("label", label).attr("for", id),
        el("input")
            .attr("id", id)
            .attr("type", "text")
            .attr("aria-describedby", &hint_id)
            .on("change", move |ev| {
                set(&mut page.settings.borrow_mut(), input_value(&ev));
                page.refresh();
            }),
        text_el("p", hint).class("hint").attr("id", &hint_id),
    ])
}

fn check(page: &Rc<Page>, id: &str, label: &str, set: fn(&mut EmbedSettings, bool)) -> El {
    let page = page.clone();
    el("div").class("check").children(vec![
        el("input")
            .attr("id", id)
            .attr("type", "checkbox")
            .on("change", move |ev| {
                let on = ev
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                    .is_some_and(|i| i.checked());
                set(&mut page.settings.borrow_mut(), on);
                page.refresh();
            }),
        text_el("label", label).attr("for", id),
    ])
}

fn input_value(ev: &web_sys::Event) -> String {
    ev.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

fn copy_button(page: &Rc<Page>, label: &str, area: HtmlTextAreaElement, done: &'static str) -> El {
    let page = page.clone();
    text_el("button", label)
        .attr("type", "button")
        .on("click", move |_| {
            copy_text(&area.value());
            area.select();
            page.status.set_text_content(Some(done));
        })
}

fn builder_page(page: Rc<Page>) -> El {
    let theme = {
        let page = page.clone();
        let select = el("select").attr("id", "b-theme").on("change", move |ev| {
            let value = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
                .unwrap_or_default();
            page.settings.borrow_mut().theme = value;
            page.refresh();
        });
        let options = [
            ("auto", "Follow the reader’s device"),
            ("light", "Light"),
            ("dark", "Dark"),
        ]
        .iter()
        .map(|(v, label)| text_el("option", label).attr("value", v))
        .collect();
        el("div")
            .class("field")
            .child(text_el("label", "Theme").attr("for", "b-theme"))
            .child(select.children(options))
    };
    let form = el("form").class("builder-form").on("submit", |ev| ev.prevent_default()).children(vec![
        theme,
        text_field(&page, "b-accent", "Accent colour", "Six hex digits, such as 1f4e79. Candor darkens or lightens it if text would be hard to read.", |s, v| s.accent = v),
        text_field(&page, "b-title", "Title", "Replaces the quiz title on the first screen (plain text, up to 120 characters).", |s, v| s.title = v),
        text_field(&page, "b-intro", "Introduction", "Replaces the introduction (plain text, up to 400 characters).", |s, v| s.intro = v),
        text_field(&page, "b-cta", "Call-to-action address", "Shown on the report, for example your booking page (http or https only).", |s, v| s.cta = v),
        text_field(&page, "b-cta-label", "Call-to-action label", "For example “Book a call” (up to 40 characters).", |s, v| s.cta_label = v),
        text_field(&page, "b-quiz", "Your own quiz file", "The address of a quiz file, ideally next to Candor on your site. Leave empty for Candor’s own quiz.", |s, v| s.quiz = v),
        el("fieldset").class("checks").children(vec![
            text_el("legend", "Hide"),
            check(&page, "b-hide-share", "Sharing the result", |s, v| s.hide_share = v),
            check(&page, "b-hide-team", "Team comparison", |s, v| s.hide_team = v),
            check(&page, "b-hide-history", "Past results", |s, v| s.hide_history = v),
        ]),
        check(&page, "b-transparent", "Transparent background", |s, v| s.transparent = v),
        check(&page, "b-events", "Tell my page when a reader starts and finishes (events)", |s, v| s.events = v),
    ]);
    let height = {
        let page = page.clone();
        el("input")
            .attr("id", "b-height")
            .attr("type", "number")
            .attr("min", "300")
            .attr("max", "5000")
            .attr("value", "900")
            .on("change", move |ev| {
                *page.height.borrow_mut() = input_value(&ev)
                    .parse::<u32>()
                    .unwrap_or(900)
                    .clamp(300, 5000);
                page.refresh();
            })
    };
    let template = el("p")
        .text("Write a quiz file in the same format as Candor’s own, host it next to Candor, and give its address above. ")
        .child(text_el("a", "Download Candor’s quiz as a template").attr("href", "candor.quiz.json").attr("download", "candor.quiz.json"))
        .text(" or ")
        .child(
            text_el("a", "a shorter example")
                .attr("href", "onboarding-readiness.quiz.json")
                .attr("download", "onboarding-readiness.quiz.json"),
        )
        .text(". The format is described in Candor’s README.");
    el("div").children(vec![
        text_el("h1", "Embed Candor in your site").attr("tabindex", "-1"),
        text_el("p", "Choose how the quiz should look, then paste the snippet into your blog post. Every option is optional."),
        form,
        section("problems", "Problems").child(El(page.problems.clone())),
        section("snippet", "Snippet").children(vec![
            text_el("p", "Paste both lines where the quiz should appear. The frame sizes itself to the quiz."),
            El(page.script.clone().into()),
            copy_button(&page, "Copy snippet", page.script.clone(), "The snippet is copied."),
            text_el("h3", "If your site strips scripts").attr("id", "iframe-h"),
            text_el("p", "Use a plain frame instead; it cannot size itself, so choose a height."),
            el("div").class("field").child(text_el("label", "Frame height in pixels").attr("for", "b-height")).child(height),
            El(page.iframe.clone().into()),
            copy_button(&page, "Copy frame snippet", page.iframe.clone(), "The frame snippet is copied."),
            El(page.status.clone()),
        ]),
        section("preview", "Preview").child(El(page.preview.clone().into())),
        section("template", "Your own questions").child(template),
        landmark("nav").class("links").attr("aria-label", "More").children(vec![
            text_el("a", "About Candor").attr("href", &Route::About.to_hash()),
            text_el("a", "Back to the start").attr("href", &Route::Intro.to_hash()),
        ]),
    ])
}
