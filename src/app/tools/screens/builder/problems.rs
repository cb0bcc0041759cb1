//! The problems the embedded quiz would have with the builder's settings,
//! worked out by `core::options` as the embed will, and their list.

use leptos::prelude::*;

use crate::app::tools::context::texts::use_tool_texts;
use crate::core::catalogue::{ProblemTexts, ToolTexts};
use crate::core::options::{parse_options, Reason, Theme};
use crate::core::snippet::EmbedSettings;

/// Problems the embedded quiz would have with these settings, in plain words
/// (in the language of `t`). The values they name are left out of the
/// snippets and the preview ([`EmbedSettings::valid_only`]). An accent
/// adjusted for contrast is no problem: it is a note beside its field
/// ([`super::accent_note::accent_notes`]).
pub fn problems(settings: &EmbedSettings, t: &ToolTexts, p: &ProblemTexts) -> Vec<String> {
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

/// The problems found, one to a line, or a word that there are none.
#[component]
pub fn ProblemList(#[prop(into)] found: Signal<Vec<String>>) -> impl IntoView {
    let t = use_tool_texts();
    move || {
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::language::Lang;

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
