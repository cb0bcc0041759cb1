//! The copy-ready snippets of the valid settings, from `core::snippet`:
//! after a word on the WordPress plugin, the script (with a link for where
//! scripts never run), a plain frame of a chosen height, and the plugin's
//! shortcode, each with its Copy button.

use leptos::html::Textarea;
use leptos::prelude::*;

use super::placeholders::{pieces, Piece};
use crate::app::shared::components::copy_button::CopyButton;
use crate::app::shared::i18n::use_lang;
use crate::app::tools::context::texts::use_tool_texts;
use crate::app::tools::served::WORDPRESS_PLUGIN;
use crate::core::catalogue::ToolTexts;
use crate::core::language::Lang;
use crate::core::snippet::EmbedSettings;

/// Heights a plain frame may be given, in pixels.
const FRAME_HEIGHTS: std::ops::RangeInclusive<u32> = 300..=5000;
const DEFAULT_FRAME_HEIGHT: u32 = 900;

/// The snippets of the `valid` settings, for the app served from `app`.
#[component]
pub fn Snippets(valid: Memo<EmbedSettings>, app: String) -> impl IntoView {
    let t = use_tool_texts();
    let page_lang = use_lang();
    let height = RwSignal::new(DEFAULT_FRAME_HEIGHT);
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
    view! {
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
