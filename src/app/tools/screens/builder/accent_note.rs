//! An accent the embed adjusts for contrast: which themes it is adjusted
//! on, and the note beside its field that says so, in words and as
//! swatches (never a problem: issue 20).

use leptos::prelude::*;

use crate::app::tools::context::texts::use_tool_texts;
use crate::core::catalogue::{fill, ToolTexts};
use crate::core::color::{theme_accents, Accent};
use crate::core::options::{parse_options, Theme};
use crate::core::snippet::EmbedSettings;

/// The themes the embed can show on which the accent of these (valid)
/// settings is adjusted for contrast, each as (scheme, accent); empty
/// without an accent, or when it reads well as given.
pub fn adjusted_accents(valid: &EmbedSettings) -> Vec<(&'static str, Accent)> {
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
pub fn accent_notes(valid: &EmbedSettings, t: &ToolTexts) -> Vec<String> {
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

/// The note, when the accent of the `valid` settings is `adjusted` on
/// some theme; nothing otherwise.
#[component]
pub fn AccentNote(
    adjusted: Memo<Vec<(&'static str, Accent)>>,
    valid: Memo<EmbedSettings>,
) -> impl IntoView {
    let t = use_tool_texts();
    move || {
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::tools::screens::builder::problems::problems;
    use crate::core::catalogue::ProblemTexts;
    use crate::core::language::Lang;

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
}
