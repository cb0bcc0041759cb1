//! What the embed builder produces: the query string of options, the two
//! copy-ready HTML snippets (`embed.js` with a link for where scripts never
//! run, and a plain `<iframe>` for platforms that strip scripts), and the
//! shortcode of the Candor WordPress plugin. Values are escaped for HTML
//! (and, in the shortcode, for WordPress's shortcode parser too).

use super::language::Lang;
use super::options::{parse_options, Ignored, Reason};
use super::percent::percent_encode;

/// The builder's form, as typed. Empty texts mean "not set".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedSettings {
    pub theme: String,
    /// The language to show the quiz in; `None` leaves it to the reader
    /// (their own choice, else their browser's).
    pub lang: Option<Lang>,
    pub accent: String,
    pub transparent: bool,
    /// The coach's name for the app, in place of "Candor".
    pub brand: String,
    pub title: String,
    pub intro: String,
    pub cta: String,
    pub cta_label: String,
    pub hide_share: bool,
    pub hide_team: bool,
    pub hide_history: bool,
    pub quiz: String,
    pub events: bool,
}

impl EmbedSettings {
    /// Options as (name, value) pairs, in a fixed order, leaving out defaults.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let mut text = |name, value: &str| {
            let value = value.trim();
            if !value.is_empty() {
                pairs.push((name, value.to_string()));
            }
        };
        if self.theme != "auto" {
            text("theme", &self.theme);
        }
        if let Some(lang) = self.lang {
            text("lang", lang.tag());
        }
        text("accent", self.accent.trim_start_matches('#'));
        text("brand", &self.brand);
        text("title", &self.title);
        text("intro", &self.intro);
        text("cta", &self.cta);
        text("cta-label", &self.cta_label);
        text("quiz", &self.quiz);
        let hidden: Vec<&str> = [
            ("share", self.hide_share),
            ("team", self.hide_team),
            ("history", self.hide_history),
        ]
        .into_iter()
        .filter_map(|(name, on)| on.then_some(name))
        .collect();
        if !hidden.is_empty() {
            pairs.push(("hide", hidden.join(",")));
        }
        if self.transparent {
            pairs.push(("transparent", "1".into()));
        }
        if self.events {
            pairs.push(("events", "1".into()));
        }
        pairs
    }

    /// These settings with every value the app would ignore left out, and
    /// what was left out and why: an invalid value never reaches a snippet
    /// or the preview.
    pub fn valid_only(&self) -> (EmbedSettings, Vec<Ignored>) {
        let ignored = parse_options(&self.query()).ignored;
        let mut valid = self.clone();
        for i in &ignored {
            match (i.name.as_str(), i.reason) {
                (_, Reason::QueryTooLong) => {
                    valid = EmbedSettings {
                        theme: valid.theme,
                        ..EmbedSettings::default()
                    };
                }
                ("theme", _) => valid.theme = "auto".into(),
                ("accent", _) => valid.accent.clear(),
                ("brand", _) => valid.brand.clear(),
                ("title", _) => valid.title.clear(),
                ("intro", _) => valid.intro.clear(),
                ("cta", _) => valid.cta.clear(),
                ("cta-label" | "cta_label", _) => valid.cta_label.clear(),
                ("quiz", _) => valid.quiz.clear(),
                _ => {}
            }
        }
        // A label whose address was left out would now be refused too.
        if valid.cta.trim().is_empty() {
            valid.cta_label.clear();
        }
        (valid, ignored)
    }

    /// `embed=1&theme=dark&…`, each value percent-encoded.
    pub fn query(&self) -> String {
        let mut parts = vec!["embed=1".to_string()];
        parts.extend(
            self.pairs()
                .into_iter()
                .map(|(n, v)| format!("{n}={}", percent_encode(&v))),
        );
        parts.join("&")
    }

    /// The two-line snippet: a placeholder element and `embed.js`. In the
    /// placeholder, a link `link_text` to the same quiz on the app's own page
    /// ([`standalone_url`](Self::standalone_url)) is what readers get where
    /// scripts never run (feeds, e-mail); `embed.js` replaces it.
    pub fn script_snippet(&self, app_url: &str, link_text: &str) -> String {
        let mut attrs = format!("data-candor-embed data-src=\"{}\"", escape_attr(app_url));
        for (name, value) in self.pairs() {
            attrs.push_str(&format!(" data-{name}=\"{}\"", escape_attr(&value)));
        }
        format!(
            "<div {attrs}><a href=\"{}\">{}</a></div>\n<script async src=\"{}embed.js\"></script>",
            escape_attr(&self.standalone_url(app_url)),
            escape_text(link_text),
            escape_attr(app_url)
        )
    }

    /// The app's own page with the same quiz: `app_url`, with `?quiz=…` when
    /// the quiz is a coach's own (as the WordPress plugin links it). Other
    /// options style a frame and are left out.
    pub fn standalone_url(&self, app_url: &str) -> String {
        match self.quiz.trim() {
            "" => app_url.to_string(),
            quiz => format!("{app_url}?quiz={}", percent_encode(quiz)),
        }
    }

    /// A plain frame of fixed height, for platforms that strip scripts, named
    /// `title` for assistive technology (see [`ToolTexts::frame_name`]). It may
    /// write to the clipboard, as frames made by `embed.js` may.
    ///
    /// [`ToolTexts::frame_name`]: super::catalogue::ToolTexts::frame_name
    pub fn iframe_snippet(&self, app_url: &str, height: u32, title: &str) -> String {
        format!(
            "<iframe src=\"{}\" title=\"{}\" allow=\"clipboard-write\" loading=\"lazy\" width=\"100%\" height=\"{height}\" style=\"display:block;width:100%;border:0\"></iframe>",
            escape_attr(&format!("{app_url}?{}", self.query())),
            escape_attr(title)
        )
    }

    /// The Candor WordPress plugin's shortcode, on one line:
    /// `[candor theme="light" accent="1f4e79"]`. Every attribute is an
    /// option of [`pairs`](Self::pairs), named and ordered as there; there
    /// is no `src`: the plugin loads Candor from its own copy or the address
    /// an Administrator chose, never from a post. `quiz` is the name the
    /// plugin gives the file once uploaded in its settings
    /// ([`plugin_quiz_name`]). Values are escaped by [`escape_shortcode`].
    pub fn shortcode_snippet(&self) -> String {
        let mut out = String::from("[candor");
        for (name, value) in self.pairs() {
            let value = if name == "quiz" {
                plugin_quiz_name(&value)
            } else {
                value
            };
            out.push_str(&format!(" {name}=\"{}\"", escape_shortcode(&value)));
        }
        out.push(']');
        out
    }
}

/// The name the WordPress plugin gives a quiz file uploaded in its settings,
/// from the file's address: its last part without `.quiz.json` or `.json`,
/// in lowercase ASCII letters and digits with `-` between words, at most 60
/// characters (`candor_quiz_name` in wordpress/candor/candor.php, for names
/// in ASCII; the plugin lists the names it has when one is not found).
pub fn plugin_quiz_name(address: &str) -> String {
    let file = address
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .rsplit('/')
        .next()
        .unwrap_or_default();
    let lower = file.to_ascii_lowercase();
    let stem = lower
        .strip_suffix(".quiz.json")
        .or_else(|| lower.strip_suffix(".json"))
        .unwrap_or(&lower);
    let mut name = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') {
            name.push('-');
        }
    }
    let name: String = name.trim_matches('-').chars().take(60).collect();
    name.trim_end_matches('-').to_string()
}

/// Escapes text for a double-quoted HTML attribute value.
pub fn escape_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for an HTML element's content: `&`, `<` and `>`.
pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Escapes text for a double-quoted attribute value of a WordPress shortcode:
/// as [`escape_attr`], and `[` and `]` as `&#91;` and `&#93;`. WordPress's
/// shortcode parser cannot take a raw `"`, `[` or `]` in a value and empties
/// a value with an unbalanced `<`; the plugin decodes the entities.
pub fn escape_shortcode(text: &str) -> String {
    escape_attr(text)
        .replace('[', "&#91;")
        .replace(']', "&#93;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalogue::ToolTexts;
    use crate::core::options::parse_options;

    /// The fallback link's text, as the builder's English catalogue has it.
    const LINK: &str = "Take the self-assessment";

    fn settings() -> EmbedSettings {
        EmbedSettings {
            theme: "dark".into(),
            accent: "#FF8800".into(),
            title: "Are you a \"yes\" person?".into(),
            cta: "https://coach.example/book?a=1&b=2".into(),
            cta_label: "Book a call".into(),
            hide_team: true,
            hide_history: true,
            events: true,
            ..EmbedSettings::default()
        }
    }

    #[test]
    fn the_query_reads_back_as_the_same_options() {
        let o = parse_options(&settings().query());
        assert!(o.embed && o.events);
        assert_eq!(o.title.as_deref(), Some("Are you a \"yes\" person?"));
        assert_eq!(o.cta.unwrap().url, "https://coach.example/book?a=1&b=2");
        assert!(o.hide.team && o.hide.history && !o.hide.share);
        assert!(o.ignored.is_empty());
    }

    #[test]
    fn invalid_values_are_left_out_with_their_reasons() {
        let typed = EmbedSettings {
            accent: "red".into(),
            title: "x".repeat(121),
            cta: "javascript:alert(1)".into(),
            cta_label: "Book".into(),
            quiz: "//evil.example/q.json".into(),
            ..settings()
        };
        let (valid, ignored) = typed.valid_only();
        let names: Vec<&str> = ignored.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["accent", "title", "cta", "quiz", "cta-label"]);
        assert_eq!(ignored[1].reason, Reason::TooLong(120));
        let snippet = valid.script_snippet("https://h.example/", LINK);
        for gone in [
            "data-accent",
            "data-title",
            "data-cta",
            "data-quiz",
            "javascript",
        ] {
            assert!(!snippet.contains(gone), "{gone}: {snippet}");
        }
        assert!(snippet.contains("data-theme=\"dark\""), "{snippet}");
        assert!(parse_options(&valid.query()).ignored.is_empty());
        // Valid settings stay as they are.
        assert_eq!(settings().valid_only(), (settings(), Vec::new()));
        let long = EmbedSettings {
            // Issue 21: the page address is read up to 32 KB, not 4 KB.
            intro: "x".repeat(40_000),
            ..settings()
        };
        let (valid, ignored) = long.valid_only();
        assert_eq!(ignored[0].reason, Reason::QueryTooLong);
        assert_eq!(valid.query(), "embed=1&theme=dark");
    }

    #[test]
    fn defaults_are_left_out() {
        let s = EmbedSettings {
            theme: "auto".into(),
            ..EmbedSettings::default()
        };
        assert_eq!(s.query(), "embed=1");
        assert_eq!(
            s.script_snippet("https://host.example/candor/", LINK),
            "<div data-candor-embed data-src=\"https://host.example/candor/\">\
             <a href=\"https://host.example/candor/\">Take the self-assessment</a></div>\n\
             <script async src=\"https://host.example/candor/embed.js\"></script>"
        );
    }

    // Issue 20: where scripts never run (feeds, e-mail), the placeholder's
    // link is what a reader gets.
    #[test]
    fn the_snippet_holds_a_link_to_the_same_quiz_with_its_text_escaped() {
        let s = EmbedSettings {
            theme: "auto".into(),
            quiz: "quizzes/a&b.quiz.json".into(),
            ..EmbedSettings::default()
        };
        assert_eq!(
            s.script_snippet(
                "https://h.example/c/",
                "Mach die <Selbst>einschätzung & mehr"
            ),
            "<div data-candor-embed data-src=\"https://h.example/c/\" \
             data-quiz=\"quizzes/a&amp;b.quiz.json\">\
             <a href=\"https://h.example/c/?quiz=quizzes%2Fa%26b.quiz.json\">\
             Mach die &lt;Selbst&gt;einschätzung &amp; mehr</a></div>\n\
             <script async src=\"https://h.example/c/embed.js\"></script>"
        );
        // The link opens the quiz on the app's own page, without the frame's options.
        let url = s.standalone_url("https://h.example/c/");
        let query = url.split_once('?').map_or("", |(_, q)| q);
        let o = parse_options(query);
        assert_eq!(o.quiz.as_deref(), Some("quizzes/a&b.quiz.json"));
        assert!(!o.embed && o.ignored.is_empty());
        assert_eq!(
            settings().standalone_url("https://h.example/c/"),
            "https://h.example/c/"
        );
        assert_eq!(escape_text("a & <b> \"c\""), "a &amp; &lt;b&gt; \"c\"");
    }

    #[test]
    fn a_brand_goes_into_every_snippet_and_reads_back() {
        let s = EmbedSettings {
            brand: "  Acme \"Coaching\" <&> ".into(),
            ..settings()
        };
        assert_eq!(
            parse_options(&s.query()).brand.as_deref(),
            Some("Acme \"Coaching\" <&>")
        );
        let script = s.script_snippet("https://h.example/", LINK);
        assert!(
            script.contains(" data-accent=\"FF8800\" data-brand=\"Acme &quot;Coaching&quot; &lt;&amp;&gt;\" data-title="),
            "{script}"
        );
        let shortcode = s.shortcode_snippet();
        assert!(
            shortcode.contains(" brand=\"Acme &quot;Coaching&quot; &lt;&amp;&gt;\" "),
            "{shortcode}"
        );
        let frame = s.iframe_snippet("https://h.example/", 900, "Candor");
        assert!(
            frame.contains("&amp;brand=Acme%20%22Coaching%22%20%3C%26%3E&amp;"),
            "{frame}"
        );
        // Over its limit, it is left out with the reason.
        let long = EmbedSettings {
            brand: "b".repeat(41),
            ..settings()
        };
        let (valid, ignored) = long.valid_only();
        assert_eq!(ignored.len(), 1);
        assert_eq!(
            (ignored[0].name.as_str(), ignored[0].reason),
            ("brand", Reason::TooLong(40))
        );
        assert_eq!(valid, settings());
    }

    #[test]
    fn snippets_escape_attribute_values() {
        let s = EmbedSettings {
            title: "\"><script>alert(1)</script>".into(),
            ..settings()
        };
        let snippet = s.script_snippet("https://h.example/", LINK);
        assert!(
            snippet.contains("data-title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""),
            "{snippet}"
        );
        assert!(!snippet.contains("<script>alert"));
        let frame = s.iframe_snippet("https://h.example/", 900, "Candor \"quiz\"");
        assert!(
            frame.starts_with("<iframe src=\"https://h.example/?embed=1&amp;theme=dark"),
            "{frame}"
        );
        assert!(frame.contains("height=\"900\""));
        assert!(
            frame.contains(" title=\"Candor &quot;quiz&quot;\" "),
            "{frame}"
        );
    }

    #[test]
    fn the_plain_frame_may_write_to_the_clipboard_as_embed_js_frames_may() {
        let frame = settings().iframe_snippet("https://h.example/", 900, "Candor");
        assert!(frame.contains(" allow=\"clipboard-write\" "), "{frame}");
    }

    #[test]
    fn the_plain_frame_is_a_full_width_block_as_embed_js_frames_are() {
        // A block, so themes that center content don't leave it flush left.
        let frame = settings().iframe_snippet("https://h.example/", 900, "Candor");
        assert!(
            frame.contains(
                " width=\"100%\" height=\"900\" style=\"display:block;width:100%;border:0\">"
            ),
            "{frame}"
        );
    }

    /// Decodes the six entities the shortcode writes, in one pass, as the
    /// plugin does (an `&` that starts none of them stays as it is).
    fn decode_shortcode_value(value: &str) -> String {
        const ENTITIES: [(&str, char); 6] = [
            ("&amp;", '&'),
            ("&quot;", '"'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&#91;", '['),
            ("&#93;", ']'),
        ];
        let mut out = String::new();
        let mut rest = value;
        while let Some(c) = rest.chars().next() {
            match ENTITIES.iter().find(|(e, _)| rest.starts_with(e)) {
                Some((entity, decoded)) => {
                    out.push(*decoded);
                    rest = &rest[entity.len()..];
                }
                None => {
                    out.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        out
    }

    /// The attributes of a one-line `[candor …]` shortcode, as written
    /// (values still escaped), read the way WordPress reads them: a value
    /// runs to the next `"`, and the shortcode to the first `]`.
    fn shortcode_attributes(shortcode: &str) -> Vec<(String, String)> {
        let inner = shortcode
            .strip_prefix("[candor ")
            .and_then(|s| s.strip_suffix(']'))
            .unwrap_or_else(|| panic!("not a candor shortcode: {shortcode}"));
        assert!(!inner.contains(['[', ']', '<', '>', '\n']), "{shortcode}");
        let mut attributes = Vec::new();
        let mut rest = inner;
        while !rest.is_empty() {
            let (name, after) = rest.split_once("=\"").expect("name=\"");
            let (value, after) = after.split_once('"').expect("closing quote");
            attributes.push((name.to_string(), value.to_string()));
            assert!(after.is_empty() || after.starts_with(' '), "{shortcode}");
            rest = after.strip_prefix(' ').unwrap_or(after);
        }
        attributes
    }

    #[test]
    fn a_quiz_file_is_named_as_the_wordpress_plugin_names_it() {
        for (address, name) in [
            ("my.quiz.json", "my"),
            ("Delegation.quiz.json", "delegation"),
            (
                "https://coach.example/q/My Quiz (v2).JSON?x=1#y",
                "my-quiz-v2",
            ),
            ("quizzes/team_feedback.json", "team-feedback"),
            ("--.json", ""),
        ] {
            assert_eq!(plugin_quiz_name(address), name, "{address}");
        }
        assert_eq!(plugin_quiz_name(&"a".repeat(80)).len(), 60);
    }

    #[test]
    fn the_shortcode_leaves_defaults_out() {
        let s = EmbedSettings {
            theme: "auto".into(),
            ..EmbedSettings::default()
        };
        assert_eq!(s.shortcode_snippet(), "[candor]");
    }

    #[test]
    fn the_shortcode_names_the_options_as_the_snippet_does_in_the_same_order() {
        let s = settings();
        let shortcode = s.shortcode_snippet();
        assert_eq!(
            shortcode,
            "[candor theme=\"dark\" accent=\"FF8800\" \
             title=\"Are you a &quot;yes&quot; person?\" \
             cta=\"https://coach.example/book?a=1&amp;b=2\" cta-label=\"Book a call\" \
             hide=\"team,history\" events=\"1\"]"
        );
        assert!(!shortcode.contains('\n'));
        let names: Vec<String> = shortcode_attributes(&shortcode)
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        let expected: Vec<String> = s
            .pairs()
            .into_iter()
            .map(|(name, _)| name.to_string())
            .collect();
        assert_eq!(names, expected);
        // The names are the script snippet's, without `data-`.
        let script = s.script_snippet("https://h.example/", LINK);
        for name in &names {
            assert!(
                script.contains(&format!(" data-{name}=\"")),
                "{name}: {script}"
            );
        }
    }

    #[test]
    fn the_shortcode_escapes_each_special_character() {
        for (raw, escaped) in [
            ("&", "&amp;"),
            ("\"", "&quot;"),
            ("<", "&lt;"),
            (">", "&gt;"),
            ("[", "&#91;"),
            ("]", "&#93;"),
        ] {
            let s = EmbedSettings {
                theme: "auto".into(),
                title: format!("a{raw}b"),
                ..EmbedSettings::default()
            };
            assert_eq!(
                s.shortcode_snippet(),
                format!("[candor title=\"a{escaped}b\"]"),
                "{raw}"
            );
        }
        assert_eq!(
            escape_shortcode("[/candor]\"]<b x=\"1\">&amp;"),
            "&#91;/candor&#93;&quot;&#93;&lt;b x=&quot;1&quot;&gt;&amp;amp;"
        );
        // No address: where Candor comes from is the plugin's, never a post's.
        assert!(!EmbedSettings::default()
            .shortcode_snippet()
            .contains("src="));
    }

    #[test]
    fn the_shortcodes_values_read_back_as_the_original_values() {
        let s = EmbedSettings {
            theme: "dark".into(),
            lang: Some(Lang::De),
            accent: "#1f4e79".into(),
            title: "\"Yes\" [or] <no>? & &amp; &#91; [/candor]".into(),
            intro: "]]> <!-- [[candor]] \" '".into(),
            cta: "https://coach.example/book?c={code}&l={link}".into(),
            cta_label: "Book \"now\" [free]".into(),
            quiz: "quizzes/a&b.quiz.json".into(),
            hide_share: true,
            transparent: true,
            ..settings()
        };
        let read: Vec<(String, String)> = shortcode_attributes(&s.shortcode_snippet())
            .into_iter()
            .map(|(name, value)| (name, decode_shortcode_value(&value)))
            .collect();
        // The quiz by the name the plugin gives it once uploaded.
        let expected: Vec<(String, String)> = s
            .pairs()
            .into_iter()
            .map(|(n, v)| {
                (
                    n.to_string(),
                    if n == "quiz" { plugin_quiz_name(&v) } else { v },
                )
            })
            .collect();
        assert_eq!(read, expected);
        assert!(
            read.contains(&("quiz".to_string(), "a-b".to_string())),
            "{read:?}"
        );
        assert_eq!(
            decode_shortcode_value("&amp;amp; &#91;&#93; &unknown; &"),
            "&amp; [] &unknown; &"
        );
    }

    #[test]
    fn a_chosen_language_goes_into_the_address_and_the_snippet() {
        let s = EmbedSettings {
            theme: "auto".into(),
            lang: Some(Lang::De),
            ..EmbedSettings::default()
        };
        assert_eq!(s.query(), "embed=1&lang=de");
        assert_eq!(parse_options(&s.query()).lang, Some(Lang::De));
        let snippet = s.script_snippet("https://h.example/", LINK);
        assert!(snippet.contains(" data-lang=\"de\""), "{snippet}");
        let title = ToolTexts::of(Lang::De).frame_name();
        let frame = s.iframe_snippet("https://h.example/", 900, title);
        assert!(frame.contains("?embed=1&amp;lang=de\""), "{frame}");
        assert!(
            frame.contains(" title=\"Candor-Selbsteinschätzung\" "),
            "{frame}"
        );
        for lang in Lang::ALL {
            let s = EmbedSettings {
                lang: Some(lang),
                ..settings()
            };
            let o = parse_options(&s.query());
            assert_eq!(o.lang, Some(lang));
            assert!(o.ignored.is_empty(), "{:?}", o.ignored);
        }
        // Automatic: no option at all.
        assert!(!settings().query().contains("lang"));
        assert!(!settings()
            .script_snippet("https://h.example/", LINK)
            .contains("data-lang"));
    }
}
