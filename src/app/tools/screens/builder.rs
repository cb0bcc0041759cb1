//! The embed builder (`#/embed`, `#/builder`): a form for every option, a
//! live preview beside it on wide screens, and the copy-ready snippets (the
//! script with a link for where scripts never run, a plain frame, and the
//! WordPress plugin's shortcode, after a word on the plugin). The snippets
//! come from `core::snippet`; what the app would make of the options comes
//! from `core::options`, so the builder lists exactly the problems the
//! embedded quiz would ignore, and notes what it adjusts (the accent).

use leptos::html::{Iframe, Textarea};
use leptos::prelude::*;
use leptos_use::signal_debounced;

use crate::app::shared::address::app_folder;
use crate::app::shared::components::copy_button::CopyButton;
use crate::app::shared::components::links::Links;
use crate::app::shared::components::screen::Screen;
use crate::app::shared::components::section::Section;
use crate::app::shared::embed::on_frame_message;
use crate::app::shared::i18n::{use_lang, use_problems};
use crate::app::shared::quiz_loader::{load_quiz, read_explained, LoadError};
use crate::app::shared::route::Route;
use crate::app::tools::components::quiz_preview::{dimensions, questions, QuizPreview};
use crate::app::tools::context::checked::use_checked;
use crate::app::tools::context::texts::use_tool_texts;
use crate::app::tools::served::{FORMAT_REFERENCE, QUIZ_EXAMPLE, QUIZ_TEMPLATE, WORDPRESS_PLUGIN};
use crate::core::catalogue::{fill, ProblemTexts, ToolTexts};
use crate::core::color::{theme_accents, Accent};
use crate::core::language::Lang;
use crate::core::options::{parse_options, Reason, Theme};
use crate::core::snippet::EmbedSettings;

/// Problems the embedded quiz would have with these settings, in plain words
/// (in the language of `t`). The values they name are left out of the
/// snippets and the preview ([`EmbedSettings::valid_only`]). An accent
/// adjusted for contrast is no problem: it is a note beside its field
/// ([`accent_notes`]).
fn problems(settings: &EmbedSettings, t: &ToolTexts, p: &ProblemTexts) -> Vec<String> {
    let (valid, ignored) = settings.valid_only();
    let options = parse_options(&valid.query());
    let mut out: Vec<String> = ignored
        .iter()
        .map(|i| {
            let name = match i.reason {
                Reason::QueryTooLong => t.option_all(),
                _ => i.name.as_str(),
            };
            format!("{name}: {}.", i.reason.message(p))
        })
        .collect();
    if settings.transparent && options.theme == Theme::Auto {
        out.push(t.transparent_auto().into());
    }
    if options.quiz.is_some_and(|q| q.contains("://")) {
        out.push(t.quiz_elsewhere().into());
    }
    out
}

/// The themes the embed can show on which the accent of these (valid)
/// settings is adjusted for contrast, each as (scheme, accent); empty
/// without an accent, or when it reads well as given.
fn adjusted_accents(valid: &EmbedSettings) -> Vec<(&'static str, Accent)> {
    let options = parse_options(&valid.query());
    let shown = |scheme: &str| match options.theme {
        Theme::Light => scheme == "light",
        Theme::Dark => scheme == "dark",
        Theme::Auto => true,
    };
    options
        .accent
        .map(|accent| {
            theme_accents(accent)
                .into_iter()
                .filter(|(scheme, a)| shown(scheme) && a.was_adjusted())
                .collect()
        })
        .unwrap_or_default()
}

/// What Candor does to an accent too faint or too strong for a theme, one
/// sentence per theme (in the language of `t`): the note beside the field.
fn accent_notes(valid: &EmbedSettings, t: &ToolTexts) -> Vec<String> {
    adjusted_accents(valid)
        .into_iter()
        .map(|(scheme, a)| {
            let template = match scheme {
                "light" => t.accent_light(),
                _ => t.accent_dark(),
            };
            fill(
                template,
                &[
                    ("requested", &a.requested.to_hex()),
                    ("used", &a.used.to_hex()),
                ],
            )
        })
        .collect()
}

/// What the builder knows of the quiz file at the address it previews.
#[derive(Debug, Clone, PartialEq)]
enum QuizCheck {
    /// No address: the built-in quiz.
    None,
    Checking(String),
    Fine(String),
    /// The address, and the lines to list: why the file can't be used, then
    /// each of its problems as `validate_quiz` says it.
    Refused(String, Vec<String>),
}

impl QuizCheck {
    /// The address checked, once checked.
    fn checked(&self) -> Option<&str> {
        match self {
            QuizCheck::Fine(address) | QuizCheck::Refused(address, _) => Some(address),
            QuizCheck::None | QuizCheck::Checking(_) => None,
        }
    }
}

/// The lines the builder lists for a quiz file that cannot be used.
fn quiz_problems(error: &LoadError, p: &ProblemTexts, lang: Lang) -> Vec<String> {
    // Named by the option, as every other problem is.
    let mut lines = vec![format!("quiz: {}", error.message(p, lang))];
    if let LoadError::Invalid(problems) = error {
        lines.extend(problems.iter().map(|x| x.explain(p, lang)));
    }
    lines
}

/// How long typing must pause before the preview and snippets follow, in
/// milliseconds.
const SETTLE_MS: f64 = 300.0;

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
    let t = use_tool_texts();
    let p = use_problems();
    let page_lang = use_lang();
    let checked = use_checked().file;
    // Light unless the coach says otherwise: `auto` would give a reader in
    // dark mode a dark frame on a light blog (see `theme_hint`).
    let initial = EmbedSettings {
        theme: "light".into(),
        quiz: checked
            .get_untracked()
            .map(|file| file.name)
            .unwrap_or_default(),
        ..EmbedSettings::default()
    };
    let initial_quiz = initial.quiz.clone();
    // What the form says, as typed, and what the preview and snippets show:
    // the same once typing pauses, and then only the valid values.
    let typed = RwSignal::new(initial);
    let settings: Signal<EmbedSettings> = signal_debounced(typed, SETTLE_MS);
    let edit = move |change: Box<dyn FnOnce(&mut EmbedSettings)>| typed.update(|s| change(s));
    let valid = Memo::new(move |_| settings.with(|s| s.valid_only().0));
    let height = RwSignal::new(DEFAULT_FRAME_HEIGHT);
    let app = app_folder();

    // The quiz file the preview will load, fetched and checked the same way
    // when its address changes. Until the check of the address now given
    // is in, it is being checked: an earlier address's result is not shown.
    let address = Memo::new(move |_| valid.with(|s| s.quiz.trim().to_string()));
    let checked_quiz = LocalResource::new(move || {
        let address = address.get();
        async move {
            if address.is_empty() {
                return QuizCheck::None;
            }
            match load_quiz(&address, read_explained).await {
                Ok(_) => QuizCheck::Fine(address),
                Err(e) => QuizCheck::Refused(address, quiz_problems(&e, p, page_lang)),
            }
        }
    });
    let quiz_check = Memo::new(move |_| {
        let address = address.get();
        if address.is_empty() {
            return QuizCheck::None;
        }
        match checked_quiz.get() {
            Some(check) if check.checked() == Some(address.as_str()) => check,
            _ => QuizCheck::Checking(address),
        }
    });

    let found = Memo::new(move |_| {
        let mut lines = settings.with(|s| problems(s, t, p));
        match quiz_check.get() {
            QuizCheck::Checking(_) => lines.push(t.quiz_checking().into()),
            QuizCheck::Refused(_, more) => lines.extend(more),
            QuizCheck::None | QuizCheck::Fine(_) => {}
        }
        lines
    });
    let script = {
        let app = app.clone();
        Memo::new(move |_| {
            valid.with(|s| s.script_snippet(&app, snippet_texts(t, page_lang, s).fallback_link()))
        })
    };
    let iframe = {
        let app = app.clone();
        Memo::new(move |_| {
            valid.with(|s| {
                s.iframe_snippet(
                    &app,
                    height.get(),
                    snippet_texts(t, page_lang, s).frame_name(),
                )
            })
        })
    };
    let shortcode = Memo::new(move |_| valid.with(|s| s.shortcode_snippet()));
    let plugin = format!("{app}{WORDPRESS_PLUGIN}");
    let preview_src = Memo::new(move |_| valid.with(|s| format!("{app}?{}", s.query())));
    let preview = NodeRef::<Iframe>::new();
    let preview_height = RwSignal::new(600u32);
    // Sized from its own resize messages, as `embed.js` sizes a frame.
    on_frame_message(preview, move |_, message| {
        if let Some(h) = message.height(200, 5000) {
            preview_height.set(h);
        }
    });

    let text_field = move |id: &'static str,
                           label: &'static str,
                           hint: &'static str,
                           value: String,
                           set: fn(&mut EmbedSettings, String)| {
        let hint_id = format!("{id}-hint");
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    value=value
                    aria-describedby=hint_id.clone()
                    on:input:target=move |ev| {
                        let value = ev.target().value();
                        edit(Box::new(move |s| set(s, value)))
                    }
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
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        edit(Box::new(move |s| set(s, on)))
                    }
                />
                <label for=id>{label}</label>
            </div>
        }
    };
    let problem_list = move || {
        let found = found.get();
        if found.is_empty() {
            view! { <p class="ok">{t.problems_none()}</p> }.into_any()
        } else {
            view! {
                <ul class="problems">
                    {found.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    // An accent adjusted for contrast: a note beside the field, in words and
    // as swatches, never a problem (issue 20).
    let adjusted = Memo::new(move |_| valid.with(adjusted_accents));
    let accent_note = move || {
        let adjusted = adjusted.get();
        let first = adjusted.first()?.1;
        let swatch = |text: &'static str, hex: String| {
            view! {
                <li class="swatch">
                    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
                        <rect width="24" height="24" rx="4" fill=hex.clone()/>
                    </svg>
                    {fill(text, &[("color", &hex)])}
                </li>
            }
        };
        let used = adjusted
            .iter()
            .map(|&(scheme, a)| {
                let text = match scheme {
                    "light" => t.accent_used_light(),
                    _ => t.accent_used_dark(),
                };
                swatch(text, a.used.to_hex())
            })
            .collect_view();
        let sentences = valid.with(|s| accent_notes(s, t)).join(" ");
        Some(view! {
            <div class="note swatches" id="b-accent-swatches">
                <p><strong>{t.accent_note_title()}</strong> " " {sentences}</p>
                <ul>
                    {swatch(t.accent_requested(), first.requested.to_hex())}
                    {used}
                </ul>
                <p class="hint">{t.accent_why()}</p>
            </div>
        })
    };
    let accent_described_by = move || {
        if adjusted.with(Vec::is_empty) {
            "b-accent-hint"
        } else {
            "b-accent-hint b-accent-swatches"
        }
    };
    let checked_file = move || {
        checked.get().map(|file| {
            let text = fill(
                t.checked_text(),
                &[
                    ("name", &file.name),
                    (
                        "questions",
                        &questions(t, page_lang, file.quiz.questions.len()),
                    ),
                    (
                        "dimensions",
                        &dimensions(t, page_lang, file.quiz.dimensions.len()),
                    ),
                ],
            );
            view! {
                <Section id="checked" title=t.checked_title()>
                    <p>{text}</p>
                    <QuizPreview quiz=file.quiz.clone() t id="checked"/>
                    <div class="actions">
                        <button type="button" on:click=move |_| checked.set(None)>
                            {t.checked_forget()}
                        </button>
                    </div>
                </Section>
            }
        })
    };
    view! {
        <Screen class="builder">
            <h1 tabindex="-1">{t.builder_title()}</h1>
            <p>{t.builder_intro()}</p>
            {checked_file}
            // Side by side on wide screens, the preview kept in view while
            // the rest scrolls; on phones, one column with the preview after
            // the form and its problems (see `.builder-layout` in main.css).
            <div class="builder-layout">
                <form class="builder-form" on:submit=|ev| ev.prevent_default()>
                    <div class="field">
                        <label for="b-theme">{t.option_theme()}</label>
                        <select
                            id="b-theme"
                            aria-describedby="b-theme-hint"
                            on:change:target=move |ev| {
                                let theme = ev.target().value();
                                edit(Box::new(move |s| s.theme = theme))
                            }
                        >
                            <option value="light" selected>{t.theme_light()}</option>
                            <option value="dark">{t.theme_dark()}</option>
                            <option value="auto">{t.theme_auto()}</option>
                        </select>
                        <p class="hint" id="b-theme-hint">{t.theme_hint()}</p>
                    </div>
                    <div class="field">
                        <label for="b-lang">{t.option_lang()}</label>
                        <select
                            id="b-lang"
                            aria-describedby="b-lang-hint"
                            on:change:target=move |ev| {
                                let lang = Lang::from_tag(&ev.target().value());
                                edit(Box::new(move |s| s.lang = lang))
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
                    <div class="field">
                        <label for="b-accent">{t.option_accent()}</label>
                        <input
                            id="b-accent"
                            type="text"
                            aria-describedby=accent_described_by
                            on:input:target=move |ev| {
                                let value = ev.target().value();
                                edit(Box::new(move |s| s.accent = value))
                            }
                        />
                        <p class="hint" id="b-accent-hint">{t.option_accent_hint()}</p>
                    </div>
                    {accent_note}
                    {text_field("b-brand", t.option_brand(), t.option_brand_hint(), String::new(), |s, v| s.brand = v)}
                    {text_field("b-title", t.option_title(), t.option_title_hint(), String::new(), |s, v| s.title = v)}
                    {text_field("b-intro", t.option_intro(), t.option_intro_hint(), String::new(), |s, v| s.intro = v)}
                    {text_field("b-cta", t.option_cta(), t.option_cta_hint(), String::new(), |s, v| s.cta = v)}
                    {text_field("b-cta-label", t.option_cta_label(), t.option_cta_label_hint(), String::new(), |s, v| s.cta_label = v)}
                    {text_field("b-quiz", t.option_quiz(), t.option_quiz_hint(), initial_quiz, |s, v| s.quiz = v)}
                    <fieldset class="checks">
                        <legend>{t.option_hide()}</legend>
                        {check("b-hide-share", t.hide_share(), |s, v| s.hide_share = v)}
                        {check("b-hide-team", t.hide_team(), |s, v| s.hide_team = v)}
                        {check("b-hide-history", t.hide_history(), |s, v| s.hide_history = v)}
                    </fieldset>
                    {check("b-transparent", t.option_transparent(), |s, v| s.transparent = v)}
                    {check("b-events", t.option_events(), |s, v| s.events = v)}
                </form>
                <Section id="problems" title=t.problems_title() class="builder-problems">
                    <div>{problem_list}</div>
                </Section>
                <Section id="preview" title=t.preview_title() class="builder-preview">
                    <iframe class="preview" title=t.preview_label() height=preview_height src=preview_src node_ref=preview></iframe>
                </Section>
                <Section id="snippet" title=t.snippet_title() class="builder-snippets">
                    <p class="wordpress-first">
                        <strong>{t.wordpress_first_title()}</strong>
                        " "
                        {wordpress_first(t, plugin.clone())}
                    </p>
                    <p>{t.snippet_hint()}</p>
                    <SnippetBox labelled_by="snippet-h" rows=5 text=script copy=t.copy_snippet() copied=t.snippet_copied()/>
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
                    <SnippetBox labelled_by="iframe-h" rows=4 text=iframe copy=t.copy_frame() copied=t.frame_copied()/>
                    <h3 id="wordpress-h">{t.wordpress_title()}</h3>
                    <p>{t.wordpress_hint()}</p>
                    <p>
                        <a href=plugin download=WORDPRESS_PLUGIN>{t.wordpress_plugin()}</a>
                    </p>
                    <SnippetBox labelled_by="wordpress-h" rows=3 text=shortcode copy=t.copy_shortcode() copied=t.shortcode_copied()/>
                </Section>
                <Section id="template" title=t.own_questions_title() class="builder-template">
                    <p>{own_questions(t)}</p>
                </Section>
            </div>
            <Links>
                <a href=Route::Check.to_hash()>{t.check_link()}</a>
                <a href=Route::About.to_hash()>{t.link_about()}</a>
                <a href=Route::Intro.to_hash()>{t.link_start()}</a>
            </Links>
        </Screen>
    }
}

/// The texts of the snippets' own words: in the language the snippet asks
/// for, else in the builder's (with the coach's overrides).
fn snippet_texts(
    t: &'static ToolTexts,
    page_lang: Lang,
    settings: &EmbedSettings,
) -> &'static ToolTexts {
    match settings.lang {
        Some(lang) if lang != page_lang => ToolTexts::of(lang),
        _ => t,
    }
}

/// "Install the Candor plugin, then add …": the link downloads the plugin's
/// zip, served next to the app.
fn wordpress_first(t: &'static ToolTexts, plugin: String) -> impl IntoView {
    pieces(t.wordpress_first_text())
        .into_iter()
        .map(|piece| match piece {
            Piece::Slot("plugin") => view! {
                <a href=plugin.clone() download=WORDPRESS_PLUGIN>{t.wordpress_first_link()}</a>
            }
            .into_any(),
            Piece::Slot(other) => format!("{{{other}}}").into_any(),
            Piece::Text(text) => text.into_any(),
        })
        .collect_view()
}

/// How to write your own questions, with links to the two quiz files where
/// the text names them.
fn own_questions(t: &'static ToolTexts) -> impl IntoView {
    pieces(t.own_questions_text())
        .into_iter()
        .map(|piece| match piece {
            Piece::Slot("template") => view! {
                <a href=QUIZ_TEMPLATE download=QUIZ_TEMPLATE>{t.own_questions_template()}</a>
            }
            .into_any(),
            Piece::Slot("example") => view! {
                <a href=QUIZ_EXAMPLE download=QUIZ_EXAMPLE>
                    {t.own_questions_example()}
                </a>
            }
            .into_any(),
            Piece::Slot("format") => {
                view! { <a href=FORMAT_REFERENCE>{t.format_link()}</a> }.into_any()
            }
            Piece::Slot("check") => {
                view! { <a href=Route::Check.to_hash()>{t.check_link()}</a> }.into_any()
            }
            Piece::Slot(other) => format!("{{{other}}}").into_any(),
            Piece::Text(text) => text.into_any(),
        })
        .collect_view()
}

/// A copy-ready snippet: read-only, with its Copy button and, beside it, what
/// the button did (`copied`, or where the clipboard refused, the snippet
/// selected for copying by hand).
#[component]
fn SnippetBox(
    labelled_by: &'static str,
    rows: u32,
    #[prop(into)] text: Signal<String>,
    copy: &'static str,
    copied: &'static str,
) -> impl IntoView {
    let area = NodeRef::<Textarea>::new();
    let status = RwSignal::new(String::new());
    let select = move |()| {
        if let Some(area) = area.try_get_untracked().flatten() {
            let _ = area.focus();
            area.select();
        }
    };
    view! {
        <textarea class="snippet" readonly rows=rows aria-labelledby=labelled_by prop:value=text node_ref=area></textarea>
        <div class="copy-status">
            <CopyButton label=copy text copied status on_refused=select/>
            <p class="status" role="status">{move || status.get()}</p>
        </div>
    }
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
            assert_eq!(
                slots,
                [
                    Piece::Slot("template"),
                    Piece::Slot("example"),
                    Piece::Slot("format"),
                    Piece::Slot("check")
                ]
            );
        }
    }

    // Issue 20: an accent adjusted for contrast was listed as a "Problem".
    #[test]
    fn an_adjusted_accent_is_a_note_not_a_problem() {
        let settings = EmbedSettings {
            theme: "light".into(),
            accent: "ffee58".into(),
            ..EmbedSettings::default()
        };
        let (en, de) = (ToolTexts::of(Lang::En), ToolTexts::of(Lang::De));
        assert_eq!(
            problems(&settings, en, ProblemTexts::of(Lang::En)),
            Vec::<String>::new()
        );
        let notes = accent_notes(&settings, en);
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(
            notes[0]
                .starts_with("#ffee58 is hard to read on the light theme, so Candor will use #"),
            "{notes:?}"
        );
        assert!(accent_notes(&settings, de)[0]
            .starts_with("#ffee58 ist im hellen Design schwer lesbar"));
        // Only for the themes the embed shows: a dark blue reads well on the
        // light theme, and needs lightening only where the dark one may show.
        let blue = |theme: &str| EmbedSettings {
            theme: theme.into(),
            accent: "1f4e79".into(),
            ..EmbedSettings::default()
        };
        assert_eq!(accent_notes(&blue("light"), en), Vec::<String>::new());
        let auto = accent_notes(&blue("auto"), en);
        assert_eq!(auto.len(), 1);
        assert!(auto[0].contains("on the dark theme"), "{auto:?}");
        assert_eq!(accent_notes(&blue("dark"), en), auto);
        assert_eq!(
            accent_notes(&EmbedSettings::default(), en),
            Vec::<String>::new()
        );
    }

    #[test]
    fn the_wordpress_paragraph_links_the_plugin_in_every_language() {
        for lang in Lang::ALL {
            let slots: Vec<Piece> = pieces(ToolTexts::of(lang).wordpress_first_text())
                .into_iter()
                .filter(|p| matches!(p, Piece::Slot(_)))
                .collect();
            assert_eq!(slots, [Piece::Slot("plugin")], "{}", lang.tag());
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
            // Issue 14: mailto: is a call to action too.
            "cta: only http://, https:// and mailto: addresses are allowed."
        );
        assert!(en[1].starts_with("transparent: "));
        let de = problems(
            &settings,
            ToolTexts::of(Lang::De),
            ProblemTexts::of(Lang::De),
        );
        assert_eq!(
            de[0],
            "cta: Erlaubt sind nur Adressen mit http://, https:// oder mailto:."
        );
        assert_eq!(de.len(), en.len());
        let long = EmbedSettings {
            // Issue 21: the page address is read up to 32 KB, not 4 KB.
            intro: "x".repeat(40_000),
            ..settings
        };
        assert_eq!(
            problems(&long, ToolTexts::of(Lang::De), ProblemTexts::of(Lang::De))[0],
            "(alle): Die Seitenadresse ist länger als 32768 Zeichen; was danach kommt, wurde nicht gelesen."
        );
    }
}
