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
use crate::app::i18n::{use_lang, I18n};
use crate::app::route::Route;
use crate::core::catalogue::{fill, ProblemTexts, ToolTexts};
use crate::core::color::theme_accents;
use crate::core::language::Lang;
use crate::core::options::{parse_options, Reason, Theme};
use crate::core::snippet::EmbedSettings;

/// Problems the embedded quiz would have with these settings, in plain words
/// (in the language of `t`).
fn problems(settings: &EmbedSettings, t: &ToolTexts, p: &ProblemTexts) -> Vec<String> {
    let options = parse_options(&settings.query());
    let mut out: Vec<String> = options
        .ignored
        .iter()
        .map(|i| {
            let name = match i.reason {
                Reason::QueryTooLong => t.option_all(),
                _ => i.name.as_str(),
            };
            format!("{name}: {}.", i.reason.message(p))
        })
        .collect();
    if let Some(accent) = options.accent {
        out.extend(theme_accents(accent).iter().filter_map(|(scheme, a)| {
            let template = match *scheme {
                "light" => t.accent_light(),
                _ => t.accent_dark(),
            };
            a.was_adjusted().then(|| {
                fill(
                    template,
                    &[
                        ("requested", &a.requested.to_hex()),
                        ("used", &a.used.to_hex()),
                    ],
                )
            })
        }));
    }
    if settings.transparent && options.theme == Theme::Auto {
        out.push(t.transparent_auto().into());
    }
    if options.quiz.is_some_and(|q| q.contains("://")) {
        out.push(t.quiz_elsewhere().into());
    }
    out
}

/// A piece of a text with `{name}` placeholders: text, or a placeholder's name.
#[derive(Debug, PartialEq, Eq)]
enum Piece {
    Text(&'static str),
    Slot(&'static str),
}

/// `text` cut at its `{name}` placeholders, in order.
fn pieces(text: &'static str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else {
            break;
        };
        if !before.is_empty() {
            out.push(Piece::Text(before));
        }
        out.push(Piece::Slot(name));
        rest = tail;
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// Heights a plain frame may be given, in pixels.
const FRAME_HEIGHTS: std::ops::RangeInclusive<u32> = 300..=5000;
const DEFAULT_FRAME_HEIGHT: u32 = 900;

#[component]
pub fn BuilderScreen() -> impl IntoView {
    let t = expect_context::<I18n>().catalogue::<ToolTexts>();
    let page_lang = use_lang();
    let settings = RwSignal::new(EmbedSettings {
        theme: "auto".into(),
        ..EmbedSettings::default()
    });
    let height = RwSignal::new(DEFAULT_FRAME_HEIGHT);
    let app = app_folder();
    let p = expect_context::<I18n>().catalogue::<ProblemTexts>();
    let found = Memo::new(move |_| settings.with(|s| problems(s, t, p)));
    let script = {
        let app = app.clone();
        Memo::new(move |_| settings.with(|s| s.script_snippet(&app)))
    };
    let iframe = {
        let app = app.clone();
        Memo::new(move |_| {
            settings.with(|s| s.iframe_snippet(&app, height.get(), frame_name(t, page_lang, s)))
        })
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
            view! { <p class="ok">{t.problems_none()}</p> }.into_any()
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
            <h1 tabindex="-1">{t.builder_title()}</h1>
            <p>{t.builder_intro()}</p>
            <form class="builder-form" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="b-theme">{t.option_theme()}</label>
                    <select
                        id="b-theme"
                        on:change:target=move |ev| settings.update(|s| s.theme = ev.target().value())
                    >
                        <option value="auto">{t.theme_auto()}</option>
                        <option value="light">{t.theme_light()}</option>
                        <option value="dark">{t.theme_dark()}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="b-lang">{t.option_lang()}</label>
                    <select
                        id="b-lang"
                        aria-describedby="b-lang-hint"
                        on:change:target=move |ev| {
                            settings.update(|s| s.lang = Lang::from_tag(&ev.target().value()))
                        }
                    >
                        <option value="">{t.lang_auto()}</option>
                        {Lang::ALL
                            .into_iter()
                            .map(|l| view! { <option value=l.tag() lang=l.tag()>{l.name()}</option> })
                            .collect_view()}
                    </select>
                    <p class="hint" id="b-lang-hint">{t.lang_hint()}</p>
                </div>
                {text_field("b-accent", t.option_accent(), t.option_accent_hint(), |s, v| s.accent = v)}
                {text_field("b-title", t.option_title(), t.option_title_hint(), |s, v| s.title = v)}
                {text_field("b-intro", t.option_intro(), t.option_intro_hint(), |s, v| s.intro = v)}
                {text_field("b-cta", t.option_cta(), t.option_cta_hint(), |s, v| s.cta = v)}
                {text_field("b-cta-label", t.option_cta_label(), t.option_cta_label_hint(), |s, v| s.cta_label = v)}
                {text_field("b-quiz", t.option_quiz(), t.option_quiz_hint(), |s, v| s.quiz = v)}
                <fieldset class="checks">
                    <legend>{t.option_hide()}</legend>
                    {check("b-hide-share", t.hide_share(), |s, v| s.hide_share = v)}
                    {check("b-hide-team", t.hide_team(), |s, v| s.hide_team = v)}
                    {check("b-hide-history", t.hide_history(), |s, v| s.hide_history = v)}
                </fieldset>
                {check("b-transparent", t.option_transparent(), |s, v| s.transparent = v)}
                {check("b-events", t.option_events(), |s, v| s.events = v)}
            </form>
            <Section id="problems" title=t.problems_title()>
                <div>{problem_list}</div>
            </Section>
            <Section id="snippet" title=t.snippet_title()>
                <p>{t.snippet_hint()}</p>
                <textarea class="snippet" readonly rows="4" aria-labelledby="snippet-h" prop:value=script node_ref=script_area></textarea>
                <CopyButton label=t.copy_snippet() text=script copied=t.snippet_copied() status on_refused=select(script_area)/>
                <h3 id="iframe-h">{t.iframe_title()}</h3>
                <p>{t.iframe_hint()}</p>
                <div class="field">
                    <label for="b-height">{t.frame_height()}</label>
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
                <CopyButton label=t.copy_frame() text=iframe copied=t.frame_copied() status on_refused=select(iframe_area)/>
                <p class="status" role="status">{move || status.get()}</p>
            </Section>
            <Section id="preview" title=t.preview_title()>
                <iframe class="preview" title=t.preview_label() height=preview_height src=preview_src node_ref=preview></iframe>
            </Section>
            <Section id="template" title=t.own_questions_title()>
                <p>{own_questions(t)}</p>
            </Section>
            <Links>
                <a href=Route::About.to_hash()>{t.link_about()}</a>
                <a href=Route::Intro.to_hash()>{t.link_start()}</a>
            </Links>
        </Screen>
    }
}

/// The plain frame's accessible name: in the language the snippet asks for,
/// else in the builder's (with the coach's overrides).
fn frame_name(t: &'static ToolTexts, page_lang: Lang, settings: &EmbedSettings) -> &'static str {
    match settings.lang {
        Some(lang) if lang != page_lang => ToolTexts::of(lang).frame_name(),
        _ => t.frame_name(),
    }
}

/// How to write your own questions, with links to the two quiz files where
/// the text names them.
fn own_questions(t: &'static ToolTexts) -> impl IntoView {
    pieces(t.own_questions_text())
        .into_iter()
        .map(|piece| match piece {
            Piece::Slot("template") => view! {
                <a href="candor.quiz.json" download="candor.quiz.json">{t.own_questions_template()}</a>
            }
            .into_any(),
            Piece::Slot("example") => view! {
                <a href="onboarding-readiness.quiz.json" download="onboarding-readiness.quiz.json">
                    {t.own_questions_example()}
                </a>
            }
            .into_any(),
            Piece::Slot(other) => format!("{{{other}}}").into_any(),
            Piece::Text(text) => text.into_any(),
        })
        .collect_view()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_cut_at_their_placeholders() {
        assert_eq!(
            pieces("Get {template} or {example}."),
            [
                Piece::Text("Get "),
                Piece::Slot("template"),
                Piece::Text(" or "),
                Piece::Slot("example"),
                Piece::Text("."),
            ]
        );
        assert_eq!(pieces("{a}{b}"), [Piece::Slot("a"), Piece::Slot("b")]);
        assert_eq!(pieces("none"), [Piece::Text("none")]);
        assert_eq!(pieces("open { end"), [Piece::Text("open { end")]);
        for lang in Lang::ALL {
            let slots: Vec<Piece> = pieces(ToolTexts::of(lang).own_questions_text())
                .into_iter()
                .filter(|p| matches!(p, Piece::Slot(_)))
                .collect();
            assert_eq!(slots, [Piece::Slot("template"), Piece::Slot("example")]);
        }
    }

    #[test]
    fn problems_are_listed_in_the_builders_language() {
        let settings = EmbedSettings {
            theme: "auto".into(),
            accent: "ffee58".into(),
            cta: "javascript:x".into(),
            transparent: true,
            ..EmbedSettings::default()
        };
        let en = problems(
            &settings,
            ToolTexts::of(Lang::En),
            ProblemTexts::of(Lang::En),
        );
        assert_eq!(
            en[0],
            "cta: only http:// and https:// addresses are allowed."
        );
        assert!(en[1].starts_with(
            "accent: #ffee58 is hard to read on the light theme, so Candor will use #"
        ));
        assert!(en[2].starts_with("transparent: "));
        let de = problems(
            &settings,
            ToolTexts::of(Lang::De),
            ProblemTexts::of(Lang::De),
        );
        assert_eq!(
            de[0],
            "cta: Erlaubt sind nur Adressen mit http:// oder https://."
        );
        assert!(de[1].starts_with("accent: #ffee58 ist im hellen Design schwer lesbar"));
        assert_eq!(de.len(), en.len());
        let long = EmbedSettings {
            intro: "x".repeat(5000),
            ..settings
        };
        assert_eq!(
            problems(&long, ToolTexts::of(Lang::De), ProblemTexts::of(Lang::De))[0],
            "(alle): Die Seitenadresse ist länger als 4096 Zeichen und zu lang, um sie zu lesen."
        );
    }
}
