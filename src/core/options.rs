//! Page options from the URL query (`?embed=1&theme=dark&accent=…`), as set by
//! `embed.js` or by hand. Every value is untrusted: each is checked, and an
//! invalid one is ignored with a reason the app logs and the builder shows.

use std::fmt;

use super::catalogue::{fill, nearest, ProblemTexts};
use super::color::Rgb;
use super::language::Lang;
use super::percent::percent_decode;
use super::text::{allowed_in_name, shorten};

/// Longest query string read: what is past it is ignored. Every option at
/// its longest, percent-encoded, fits (an address is at most [`MAX_URL`]
/// characters, three for each in the query), so an option too long for its
/// own limit is ignored alone, never the others with it.
pub const MAX_QUERY: usize = 32 * 1024;
pub const MAX_TITLE: usize = 120;
pub const MAX_INTRO: usize = 400;
pub const MAX_CTA_LABEL: usize = 40;
/// The longest `brand`, in characters.
pub const MAX_BRAND: usize = 40;
pub const MAX_URL: usize = 2048;

/// Which color scheme to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// The page's own call to action (`cta`, `cta-label`) is one of these.
pub use super::cta::CallToAction;

/// Parts of the app a host can hide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Hidden {
    pub share: bool,
    pub team: bool,
    pub history: bool,
}

/// Every option, validated.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options {
    /// Running inside a host page's frame.
    pub embed: bool,
    pub theme: Theme,
    pub transparent: bool,
    pub accent: Option<Rgb>,
    pub title: Option<String>,
    /// The coach's name for the app, in place of "Candor".
    pub brand: Option<String>,
    /// Where result links lead in an embed (set by `embed.js` to the host
    /// post, or by the coach).
    pub result_page: Option<ResultPage>,
    pub intro: Option<String>,
    pub cta: Option<CallToAction>,
    pub hide: Hidden,
    /// Where to load a coach's own quiz file from (relative or http(s)).
    pub quiz: Option<String>,
    /// Post `started`/`completed` events to the host page (and, on the
    /// checker, `checked`).
    pub events: bool,
    /// The page tries a quiz file for the quiz-file checker it is framed in
    /// (`try=1`): the file comes from the parent window, and nothing is kept.
    pub try_file: bool,
    /// Which embed this is on its host page (set by `embed.js`, from 1).
    pub frame: Option<u32>,
    /// The language asked for (`lang=de`), when Candor has it.
    pub lang: Option<Lang>,
    /// Options that were given but could not be used, and why.
    pub ignored: Vec<Ignored>,
}

/// An option that was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The option's name as given (shortened), or `(rest)` for what is past
    /// [`MAX_QUERY`] ([`Reason::QueryTooLong`]).
    pub name: String,
    pub reason: Reason,
}

/// Why an option was ignored. The builder says it in the page's language
/// ([`Reason::message`]); the console warning says it in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The page address is longer than [`MAX_QUERY`]: what is past it.
    QueryTooLong,
    NotEncoded,
    /// Not `1` or `0`.
    Flag,
    Theme,
    Accent,
    Empty,
    /// Longer than the option's limit, in characters.
    TooLong(usize),
    ControlCharacters,
    /// Not an `http:` or `https:` address.
    NotWeb,
    /// Not an `http:`, `https:` or `mailto:` address (a call to action).
    NotWebOrMail,
    NoHost,
    /// An address starting with `//`.
    NoScheme,
    AddressTooLong,
    AddressCharacters,
    /// Something other than share, team or history to hide.
    Hide,
    Frame,
    Lang,
    /// A `cta-label` without a `cta`.
    LabelWithoutCta,
    /// A name that is no option of Candor's, with the option it most
    /// resembles (a misspelling, say).
    Unknown(Option<&'static str>),
    // Issue 21: options given twice
    /// The option is given more than once (`quiz=a&quiz=b`): none of its
    /// values is used, since a link that carries one would load another.
    Repeated,
}

/// Where an embedded quiz's result links lead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResultPage {
    /// The app's own address, as outside an embed.
    Off,
    /// A page with the embed, such as the coach's post: the link is
    /// `<page>#candor-r=<code>`, and `embed.js` there opens it in its frame.
    At(String),
}

impl ResultPage {
    /// The link that opens result `code` on this page.
    pub fn link(&self, code: &str) -> Option<String> {
        match self {
            ResultPage::Off => None,
            ResultPage::At(page) => Some(format!("{page}#candor-r={code}")),
        }
    }
}

/// Every option's name, as the page address and `data-*` attributes give
/// them (`cta-label` may also be written `cta_label`, its older form).
pub const OPTION_NAMES: [&str; 15] = [
    "embed",
    "result-page",
    "brand",
    "theme",
    "transparent",
    "accent",
    "title",
    "intro",
    "cta",
    "cta-label",
    "hide",
    "quiz",
    "lang",
    "events",
    "frame",
];

/// The flag of the page the quiz-file checker frames to try a file: not an
/// embedding option (a host page has no file to give), so not in
/// [`OPTION_NAMES`].
pub const TRY: &str = "try";

impl Reason {
    pub const ALL: [Reason; 21] = [
        Reason::QueryTooLong,
        Reason::NotEncoded,
        Reason::Flag,
        Reason::Theme,
        Reason::Accent,
        Reason::Empty,
        Reason::TooLong(MAX_CTA_LABEL),
        Reason::ControlCharacters,
        Reason::NotWeb,
        Reason::NotWebOrMail,
        Reason::NoHost,
        Reason::NoScheme,
        Reason::AddressTooLong,
        Reason::AddressCharacters,
        Reason::Hide,
        Reason::Frame,
        Reason::Lang,
        Reason::LabelWithoutCta,
        Reason::Unknown(None),
        Reason::Unknown(Some("theme")),
        Reason::Repeated,
    ];

    /// The reason in the language of `t`.
    pub fn message(self, t: &ProblemTexts) -> String {
        let text = match self {
            Reason::QueryTooLong => {
                return fill(t.ignored_query_too_long(), &[("max", &MAX_QUERY)]);
            }
            Reason::NotEncoded => t.ignored_not_encoded(),
            Reason::Flag => t.ignored_flag(),
            Reason::Theme => t.ignored_theme(),
            Reason::Accent => t.ignored_accent(),
            Reason::Empty => t.ignored_empty(),
            Reason::TooLong(max) => return fill(t.ignored_too_long(), &[("max", &max)]),
            Reason::ControlCharacters => t.ignored_control(),
            Reason::NotWeb => t.ignored_not_web(),
            Reason::NotWebOrMail => t.ignored_not_web_or_mail(),
            Reason::NoHost => t.ignored_no_host(),
            Reason::NoScheme => t.ignored_no_scheme(),
            Reason::AddressTooLong => {
                return fill(t.ignored_address_too_long(), &[("max", &MAX_URL)]);
            }
            Reason::AddressCharacters => t.ignored_address_characters(),
            Reason::Hide => t.ignored_hide(),
            Reason::Frame => t.ignored_frame(),
            Reason::Lang => t.ignored_lang(),
            Reason::LabelWithoutCta => t.ignored_label_without_cta(),
            Reason::Unknown(None) => t.ignored_unknown(),
            Reason::Unknown(Some(nearest)) => {
                return fill(t.ignored_unknown_nearest(), &[("nearest", &nearest)]);
            }
            Reason::Repeated => t.ignored_repeated(),
        };
        text.to_string()
    }
}

impl fmt::Display for Reason {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(ProblemTexts::of(Lang::En)))
    }
}

impl fmt::Display for Ignored {
    /// In English, for the console.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Candor ignored the option \"{}\": {}",
            self.name, self.reason
        )
    }
}

/// Reads a query string (with or without the leading `?`).
pub fn parse_options(query: &str) -> Options {
    let mut o = Options::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    // Past the limit, the options whole within it are read.
    let (query, cut) = match query.get(..=MAX_QUERY).and_then(|q| q.rfind('&')) {
        Some(end) if query.len() > MAX_QUERY => (&query[..end], true),
        None if query.len() > MAX_QUERY => ("", true),
        _ => (query, false),
    };
    let pairs: Vec<Result<(String, String), &str>> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            match (percent_decode(raw_name), percent_decode(raw_value)) {
                (Some(name), Some(value)) => Ok((name, value)),
                _ => Err(raw_name),
            }
        })
        .collect();
    // An option given twice is an error, named once; its values are not used.
    let mut given = [0usize; OPTION_NAMES.len() + 1];
    for (name, _) in pairs.iter().flatten() {
        if let Some(i) = option_index(name) {
            given[i] += 1;
        }
    }
    let mut cta_address = None;
    let mut cta_label = None;
    for pair in pairs {
        let (name, value) = match pair {
            Ok(pair) => pair,
            Err(raw_name) => {
                o.ignored.push(Ignored {
                    name: shorten(raw_name),
                    reason: Reason::NotEncoded,
                });
                continue;
            }
        };
        if let Some(i) = option_index(&name) {
            match given[i] {
                0 => continue,
                1 => {}
                _ => {
                    given[i] = 0;
                    o.ignored.push(Ignored {
                        name: shorten(&name),
                        reason: Reason::Repeated,
                    });
                    continue;
                }
            }
        }
        let mut ignore = |reason| {
            o.ignored.push(Ignored {
                name: shorten(&name),
                reason,
            })
        };
        match name.as_str() {
            "embed" => match flag(&value) {
                Some(b) => o.embed = b,
                None => ignore(Reason::Flag),
            },
            "transparent" => match flag(&value) {
                Some(b) => o.transparent = b,
                None => ignore(Reason::Flag),
            },
            "events" => match flag(&value) {
                Some(b) => o.events = b,
                None => ignore(Reason::Flag),
            },
            "theme" => match value.as_str() {
                "light" => o.theme = Theme::Light,
                "dark" => o.theme = Theme::Dark,
                "auto" => o.theme = Theme::Auto,
                _ => ignore(Reason::Theme),
            },
            "accent" => match Rgb::parse_hex(&value) {
                Some(c) => o.accent = Some(c),
                None => ignore(Reason::Accent),
            },
            "result-page" => match value.as_str() {
                "off" => o.result_page = Some(ResultPage::Off),
                page => match web_url(page) {
                    // Its own fragment is where the result goes.
                    Ok(url) => {
                        o.result_page = Some(ResultPage::At(
                            url.split('#').next().unwrap_or_default().to_string(),
                        ))
                    }
                    Err(reason) => ignore(reason),
                },
            },
            "brand" => match plain_text(&value, MAX_BRAND) {
                Ok(t) => o.brand = Some(t),
                Err(reason) => ignore(reason),
            },
            "title" => match plain_text(&value, MAX_TITLE) {
                Ok(t) => o.title = Some(t),
                Err(reason) => ignore(reason),
            },
            "intro" => match plain_text(&value, MAX_INTRO) {
                Ok(t) => o.intro = Some(t),
                Err(reason) => ignore(reason),
            },
            "cta" => match cta_url(&value) {
                Ok(u) => cta_address = Some(u),
                Err(reason) => ignore(reason),
            },
            "cta-label" | "cta_label" => match plain_text(&value, MAX_CTA_LABEL) {
                Ok(t) => cta_label = Some((shorten(&name), t)),
                Err(reason) => ignore(reason),
            },
            "hide" => {
                for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    match part {
                        "share" => o.hide.share = true,
                        "team" => o.hide.team = true,
                        "history" => o.hide.history = true,
                        _ => o.ignored.push(Ignored {
                            name: shorten(&format!("hide={part}")),
                            reason: Reason::Hide,
                        }),
                    }
                }
            }
            "frame" => match value.parse::<u32>() {
                Ok(n @ 1..=999) if value.bytes().all(|b| b.is_ascii_digit()) => o.frame = Some(n),
                _ => ignore(Reason::Frame),
            },
            "lang" => match Lang::from_tag(&value) {
                Some(lang) => o.lang = Some(lang),
                None => ignore(Reason::Lang),
            },
            "quiz" => match quiz_url(&value) {
                Ok(u) => o.quiz = Some(u),
                Err(reason) => ignore(reason),
            },
            TRY => match flag(&value) {
                Some(b) => o.try_file = b,
                None => ignore(Reason::Flag),
            },
            // A misspelt option would otherwise do nothing, silently.
            name => ignore(Reason::Unknown(nearest(name, &OPTION_NAMES))),
        }
    }
    match (cta_address, cta_label) {
        (Some(url), label) => {
            o.cta = Some(CallToAction {
                url,
                label: label.map(|(_, label)| label),
            });
        }
        // Named as the host wrote it, `cta-label` or `cta_label`.
        (None, Some((name, _))) => o.ignored.push(Ignored {
            name,
            reason: Reason::LabelWithoutCta,
        }),
        (None, None) => {}
    }
    if cut {
        o.ignored.push(Ignored {
            name: "(rest)".into(),
            reason: Reason::QueryTooLong,
        });
    }
    if o.try_file {
        // A tried file is at no address a link could open, and it is no
        // quiz a team compares.
        o.hide.share = true;
        o.hide.team = true;
    }
    o
}

/// Which option `name` is: its place in [`OPTION_NAMES`] (`cta_label` is
/// `cta-label`), or after them for [`TRY`]; `None` for any other name.
fn option_index(name: &str) -> Option<usize> {
    let name = if name == "cta_label" {
        "cta-label"
    } else {
        name
    };
    OPTION_NAMES
        .iter()
        .position(|&option| option == name)
        .or((name == TRY).then_some(OPTION_NAMES.len()))
}

/// The query a shared link should carry: only `quiz=` (so the recipient loads
/// the same quiz), none of the host page's embedding options; nothing when
/// this page does not load the quiz it names (a `quiz` given twice, say).
pub fn standalone_query(query: &str) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let Some(quiz) = parse_options(query).quiz else {
        return String::new();
    };
    // The pair the page loaded its quiz from (a `quiz=` pair that could not
    // be read does not count as a second one).
    match query
        .split('&')
        .filter(|pair| pair.starts_with("quiz="))
        .find(|pair| parse_options(pair).quiz.as_ref() == Some(&quiz))
    {
        Some(pair) => format!("?{pair}"),
        None => String::new(),
    }
}

fn flag(value: &str) -> Option<bool> {
    match value {
        "1" | "true" | "" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

/// Trimmed text with no control characters (nor any other character a name
/// may not have, such as a right-to-left override), at most `max` characters.
fn plain_text(value: &str, max: usize) -> Result<String, Reason> {
    let text = value.trim();
    if text.is_empty() {
        Err(Reason::Empty)
    } else if text.chars().count() > max {
        Err(Reason::TooLong(max))
    } else if !text.chars().all(allowed_in_name) {
        // Issue 21: what a name may not hold, such as a right-to-left override.
        Err(Reason::ControlCharacters)
    } else {
        Ok(text.to_string())
    }
}

/// An absolute http(s) URL with a host, and nothing that could end an attribute.
pub fn web_url(value: &str) -> Result<String, Reason> {
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or(Reason::NotWeb)?;
    check_url_text(value)?;
    if rest.is_empty() || rest.starts_with(['/', '?', '#']) {
        return Err(Reason::NoHost);
    }
    Ok(value.to_string())
}

/// A call to action's address: http(s) like [`web_url`], or `mailto:` with
/// something after it. `{code}` and `{link}` may stand anywhere in it.
pub fn cta_url(value: &str) -> Result<String, Reason> {
    let lower = value.to_ascii_lowercase();
    match lower.strip_prefix("mailto:") {
        Some(rest) => {
            check_url_text(value)?;
            if rest.is_empty() {
                return Err(Reason::NoHost);
            }
            Ok(value.to_string())
        }
        None => web_url(value).map_err(|reason| match reason {
            Reason::NotWeb => Reason::NotWebOrMail,
            other => other,
        }),
    }
}

/// A quiz file address: relative to the app, or absolute http(s).
pub fn quiz_url(value: &str) -> Result<String, Reason> {
    check_url_text(value)?;
    // A scheme is letters, digits, + - . before the first ':' (and before any / ? #).
    let scheme_end = value
        .find([':', '/', '?', '#'])
        .filter(|&i| value.as_bytes()[i] == b':');
    match scheme_end {
        None if value.starts_with("//") => Err(Reason::NoScheme),
        None if value.is_empty() => Err(Reason::Empty),
        None => Ok(value.to_string()),
        Some(_) => web_url(value),
    }
}

fn check_url_text(value: &str) -> Result<(), Reason> {
    if value.len() > MAX_URL {
        Err(Reason::AddressTooLong)
    } else if value
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'))
    {
        Err(Reason::AddressCharacters)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::percent::percent_encode;

    #[test]
    fn no_query_means_defaults() {
        assert_eq!(parse_options(""), Options::default());
        assert_eq!(parse_options("?"), Options::default());
    }

    #[test]
    fn reads_every_option() {
        let o = parse_options(
            "?embed=1&theme=dark&transparent=1&accent=ff8800&title=My%20quiz&intro=Hi+there\
             &cta=https%3A%2F%2Fcoach.example%2Fbook&cta_label=Book%20a%20call&hide=share,history\
             &quiz=quizzes%2Fmine.json&events=1&lang=de-AT",
        );
        assert_eq!(o.lang, Some(Lang::De));
        assert!(o.embed && o.transparent && o.events);
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(o.accent, Some(Rgb(0xff, 0x88, 0x00)));
        assert_eq!(o.title.as_deref(), Some("My quiz"));
        assert_eq!(o.intro.as_deref(), Some("Hi there"));
        assert_eq!(
            o.cta,
            Some(CallToAction {
                url: "https://coach.example/book".into(),
                label: Some("Book a call".into())
            })
        );
        assert_eq!(
            o.hide,
            Hidden {
                share: true,
                team: false,
                history: true
            }
        );
        assert_eq!(o.quiz.as_deref(), Some("quizzes/mine.json"));
        assert!(o.ignored.is_empty(), "{:?}", o.ignored);
    }

    #[test]
    fn options_follow_html_conventions_and_unknown_names_get_the_nearest_option() {
        // `data-cta-label` arrives as `cta-label`; the older `cta_label` still works.
        for name in ["cta-label", "cta_label"] {
            let o = parse_options(&format!("cta=https://x.example&{name}=Book"));
            assert_eq!(o.cta.unwrap().label.as_deref(), Some("Book"), "{name}");
        }
        let o = parse_options("accnet=ff0000&colour=red&crash-test=1&cta-lable=x");
        let found: Vec<(&str, Reason)> = o
            .ignored
            .iter()
            .map(|i| (i.name.as_str(), i.reason))
            .collect();
        assert_eq!(
            found,
            [
                ("accnet", Reason::Unknown(Some("accent"))),
                ("colour", Reason::Unknown(None)),
                // Not a hook any more: the browser tests' crash hook is a
                // global their own init script sets, never the address.
                ("crash-test", Reason::Unknown(None)),
                ("cta-lable", Reason::Unknown(Some("cta-label"))),
            ]
        );
        assert_eq!(
            o.ignored[0].to_string(),
            "Candor ignored the option \"accnet\": Candor has no option of this name; did you mean accent?"
        );
        assert_eq!(
            parse_options("cta-label=Book").ignored[0].name,
            "cta-label",
            "a label without an address is named as written"
        );
    }

    #[test]
    fn result_links_may_lead_to_the_coach_s_post_or_stay_the_app_s() {
        let o = parse_options("result-page=https%3A%2F%2Fblog.example%2Fpost%3Fp%3D1%23comments");
        let page = o.result_page.unwrap();
        assert_eq!(page, ResultPage::At("https://blog.example/post?p=1".into()));
        assert_eq!(
            page.link("C1abc").as_deref(),
            Some("https://blog.example/post?p=1#candor-r=C1abc")
        );
        assert_eq!(
            parse_options("result-page=off").result_page,
            Some(ResultPage::Off)
        );
        assert_eq!(ResultPage::Off.link("C1abc"), None);
        let bad = parse_options("result-page=javascript:alert(1)");
        assert_eq!(
            (bad.result_page, bad.ignored[0].reason),
            (None, Reason::NotWeb)
        );
    }

    #[test]
    fn a_brand_is_plain_text_of_at_most_40_characters() {
        assert_eq!(
            parse_options("brand=Acme%20Coaching").brand.as_deref(),
            Some("Acme Coaching")
        );
        let long = parse_options(&format!("brand={}", "x".repeat(41)));
        assert_eq!(
            (long.brand, long.ignored[0].reason),
            (None, Reason::TooLong(MAX_BRAND))
        );
        assert_eq!(parse_options("brand=").ignored[0].reason, Reason::Empty);
    }

    #[test]
    fn a_language_candor_lacks_is_ignored_with_the_ones_it_has() {
        let o = parse_options("lang=es");
        assert_eq!(o.lang, None);
        assert_eq!(o.ignored[0].name, "lang");
        assert_eq!(o.ignored[0].reason, Reason::Lang);
        assert!(o.ignored[0].to_string().contains("en or de"));
        assert_eq!(parse_options("lang=en").lang, Some(Lang::En));
    }

    #[test]
    fn dangerous_or_malformed_values_are_ignored_with_a_reason() {
        let o = parse_options(
            "cta=javascript:alert(1)&accent=red&theme=neon&title=a%07b&hide=share,everything\
             &quiz=data:text/plain,x&embed=yes&title2=x&intro=%ZZ",
        );
        assert_eq!(o.cta, None);
        assert_eq!(o.accent, None);
        assert_eq!(o.theme, Theme::Auto);
        assert_eq!(o.title, None);
        assert!(o.hide.share);
        assert_eq!(o.quiz, None);
        assert!(!o.embed);
        let names: Vec<&str> = o.ignored.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "cta",
                "accent",
                "theme",
                "title",
                "hide=everything",
                "quiz",
                "embed",
                // Issue 14: a name that is no option is no longer passed
                // over in silence.
                "title2",
                "intro"
            ]
        );
    }

    #[test]
    fn reasons_are_english_in_the_console_and_translated_for_the_builder() {
        let o = parse_options("cta=javascript:x&embed=yes");
        assert_eq!(
            o.ignored[0].to_string(),
            // Issue 14: a call to action may also be a mailto: address.
            "Candor ignored the option \"cta\": only http://, https:// and mailto: addresses are allowed"
        );
        assert_eq!(o.ignored[1].reason, Reason::Flag);
        let (en, de) = (ProblemTexts::of(Lang::En), ProblemTexts::of(Lang::De));
        for reason in Reason::ALL {
            assert_eq!(reason.to_string(), reason.message(en));
            assert_ne!(reason.message(de), reason.message(en), "{reason:?}");
        }
        assert_eq!(
            Reason::Lang.message(de),
            "Erlaubt ist eine Sprache, die Candor spricht: en oder de"
        );
    }

    #[test]
    fn frames_are_numbered_from_one() {
        assert_eq!(parse_options("frame=2").frame, Some(2));
        for bad in ["frame=0", "frame=-1", "frame=+3", "frame=1000", "frame=x"] {
            let o = parse_options(bad);
            assert_eq!(o.frame, None, "{bad}");
            assert_eq!(o.ignored[0].name, "frame");
        }
    }

    #[test]
    fn html_in_text_options_stays_text() {
        let o = parse_options("title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        assert_eq!(o.title.as_deref(), Some("<img src=x onerror=alert(1)>"));
    }

    #[test]
    fn only_web_addresses_are_calls_to_action() {
        assert!(web_url("https://a.example/x?y=1").is_ok());
        assert!(web_url("HTTP://A.EXAMPLE").is_ok());
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "//a.example",
            "https://",
            "https:///x",
            "https://a b",
            "mailto:x@y",
            "https://a.example/\"onmouseover=x",
        ] {
            assert!(web_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn calls_to_action_may_be_mail_and_carry_the_result() {
        for ok in [
            "https://coach.example/book?result={code}",
            "mailto:coach@example.org?subject=My%20result&body={link}",
            "MAILTO:coach@example.org",
        ] {
            assert_eq!(cta_url(ok).as_deref(), Ok(ok), "{ok}");
        }
        for (bad, why) in [
            ("mailto:", Reason::NoHost),
            ("javascript:alert(1)", Reason::NotWebOrMail),
            ("tel:+4912345", Reason::NotWebOrMail),
            ("mailto:a@b\"onclick=x", Reason::AddressCharacters),
        ] {
            assert_eq!(cta_url(bad), Err(why), "{bad}");
        }
        let cta = CallToAction {
            url: "https://coach.example/book?code={code}&from={link}".into(),
            label: None,
        };
        assert_eq!(
            cta.address("AB-c_1", "https://app.example/#r=AB-c_1"),
            "https://coach.example/book?code=AB-c_1&from=https%3A%2F%2Fapp.example%2F%23r%3DAB-c_1"
        );
        let o = parse_options("cta=mailto%3Acoach%40example.org%3Fbody%3D%7Blink%7D");
        assert_eq!(o.cta.unwrap().url, "mailto:coach@example.org?body={link}");
    }

    #[test]
    fn quiz_addresses_may_be_relative_or_web() {
        for ok in [
            "mine.json",
            "./q/mine.json",
            "../mine.json",
            "/quizzes/mine.json",
            "https://coach.example/q.json",
            "q.json?v=2",
        ] {
            assert!(quiz_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "javascript:x",
            "file:///etc/passwd",
            "data:application/json,{}",
            "//evil.example/q.json",
            "",
            "ftp://x/q.json",
        ] {
            assert!(quiz_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_label_without_an_address_is_ignored_and_a_missing_label_has_a_default() {
        let o = parse_options("cta_label=Book");
        assert_eq!(o.cta, None);
        assert_eq!(o.ignored[0].name, "cta_label");
        let o = parse_options("cta=https://x.example");
        // The default label is the app's ("Find out more" in English),
        // worded in the page's language by the report.
        assert_eq!(o.cta.unwrap().label, None);
    }

    #[test]
    fn long_values_are_bounded_and_the_reason_names_the_limit() {
        let long = "x".repeat(MAX_TITLE + 1);
        let o = parse_options(&format!("title={long}"));
        assert_eq!(o.title, None);
        assert_eq!(o.ignored[0].reason, Reason::TooLong(MAX_TITLE));
        assert_eq!(
            o.ignored[0].reason.to_string(),
            "at most 120 characters are allowed"
        );
        let o = parse_options(&format!(
            "cta=https://x.example&cta-label={}",
            "x".repeat(41)
        ));
        assert_eq!(
            o.ignored[0].reason.message(ProblemTexts::of(Lang::De)),
            "Erlaubt sind höchstens 40 Zeichen"
        );
        let o = parse_options(&format!("quiz={}", "x".repeat(MAX_URL + 1)));
        assert_eq!(
            o.ignored[0].reason.to_string(),
            "the address is longer than 2048 characters"
        );
        let huge = "a".repeat(MAX_QUERY + 1);
        assert_eq!(parse_options(&huge).ignored.len(), 1);
    }

    #[test]
    fn shared_links_keep_only_the_quiz() {
        assert_eq!(
            standalone_query("?embed=1&theme=dark&quiz=q%2Fmine.json&events=1"),
            "?quiz=q%2Fmine.json"
        );
        assert_eq!(standalone_query("?embed=1&accent=ff0000"), "");
        assert_eq!(standalone_query(""), "");
    }

    #[test]
    fn a_try_hides_sharing_and_the_team_and_is_no_embedding_option() {
        let o = parse_options("?embed=1&try=1");
        assert!(o.embed && o.try_file && o.hide.share && o.hide.team);
        assert!(!o.hide.history);
        assert_eq!(o.ignored, []);
        assert!(!parse_options("?embed=1").try_file);
        let o = parse_options("try=yes");
        assert!(!o.try_file && !o.hide.share);
        assert_eq!(o.ignored[0].reason, Reason::Flag);
        assert!(!OPTION_NAMES.contains(&TRY));
    }

    /// The WordPress plugin passes the options it knows and points out the
    /// rest to the post's author: it must know exactly the app's, less the
    /// two `embed.js` sets itself.
    #[test]
    fn the_wordpress_plugin_knows_every_option_and_no_other() {
        let plugin = include_str!("../../wordpress/candor/candor.php");
        let start = plugin
            .find("const CANDOR_OPTIONS = array(")
            .expect("candor.php declares CANDOR_OPTIONS");
        let list = &plugin[start..];
        let list = &list[..list.find(");").expect("the array ends")];
        let mut theirs: Vec<&str> = list.split('\'').skip(1).step_by(2).collect();
        let mut ours: Vec<&str> = OPTION_NAMES
            .into_iter()
            .filter(|name| !matches!(*name, "embed" | "frame"))
            .collect();
        theirs.sort_unstable();
        ours.sort_unstable();
        assert_eq!(theirs, ours);
    }

    // Issue 21: long host pages, repeated options, direction overrides

    #[test]
    fn a_long_host_page_leaves_out_only_its_own_option() {
        // The frame's query of a host page with 700 × é in its address.
        let host = format!("https://coach.example/post/?s={}", "%C3%A9".repeat(700));
        let query = format!(
            "embed=1&result-page={}&quiz=quizzes%2Fmine.json&theme=dark&frame=1",
            percent_encode(&host)
        );
        assert!(query.len() > 7000, "{}", query.len());
        let o = parse_options(&query);
        assert!(o.embed);
        assert_eq!(o.quiz.as_deref(), Some("quizzes/mine.json"));
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(o.frame, Some(1));
        assert_eq!(o.result_page, None);
        assert_eq!(
            o.ignored,
            [Ignored {
                name: "result-page".into(),
                reason: Reason::AddressTooLong
            }]
        );
        // Past 32 KB, the options whole within it are still read.
        let huge = format!("theme=dark&title={}&embed=1", "x".repeat(MAX_QUERY));
        let o = parse_options(&huge);
        assert_eq!(o.theme, Theme::Dark);
        assert!(!o.embed);
        assert_eq!(o.ignored[0].name, "(rest)");
        assert_eq!(o.ignored[0].reason, Reason::QueryTooLong);
        assert_eq!(
            o.ignored[0].reason.to_string(),
            "the page address is longer than 32768 characters; what is past that was not read"
        );
    }

    #[test]
    fn an_option_given_twice_is_an_error_naming_it_and_no_link_carries_it() {
        let o = parse_options("?quiz=a.json&embed=1&quiz=b.json");
        assert_eq!(o.quiz, None);
        assert!(o.embed);
        assert_eq!(
            o.ignored,
            [Ignored {
                name: "quiz".into(),
                reason: Reason::Repeated
            }]
        );
        assert_eq!(
            o.ignored[0].to_string(),
            "Candor ignored the option \"quiz\": it is given more than once; give it once"
        );
        assert_eq!(
            Reason::Repeated.message(ProblemTexts::of(Lang::De)),
            "Die Option steht mehrmals in der Adresse; gib sie nur einmal an"
        );
        // However it is spelt.
        let o = parse_options("cta=https://x.example&cta-label=A&cta_label=B&qu%69z=a&quiz=b");
        assert_eq!(o.cta.unwrap().label, None);
        assert_eq!(o.quiz, None);
        let names: Vec<&str> = o.ignored.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["cta-label", "quiz"]);
        // A name that is no option is unknown however often it is given.
        let o = parse_options("colour=red&colour=blue");
        assert!(o
            .ignored
            .iter()
            .all(|i| matches!(i.reason, Reason::Unknown(_))));
        // A shared link carries no quiz the page does not load.
        assert_eq!(standalone_query("?quiz=a.json&quiz=b.json"), "");
        assert_eq!(standalone_query("?quiz=a.json&embed=1"), "?quiz=a.json");
        // A `quiz=` pair that can't be read is no second quiz: the link
        // carries the pair the page loaded, and reads back the same (found
        // by `make fuzz`, seed 718233608).
        let loaded = parse_options("quiz=%&quiz=e.json").quiz;
        let shared = standalone_query("?quiz=%&quiz=e.json");
        assert_eq!(parse_options(&shared[1..]).quiz, loaded);
        assert_eq!(standalone_query(&shared), shared);
    }

    #[test]
    fn brand_and_title_refuse_what_a_name_refuses() {
        for bad in [
            "%E2%80%AEevil",
            "a%E2%80%ADb",
            "x%E2%81%A6y",
            "line%E2%80%A8break",
        ] {
            for option in ["brand", "title", "intro"] {
                let o = parse_options(&format!("{option}={bad}"));
                assert_eq!(o.brand, None, "{option}={bad}");
                assert_eq!(o.title, None, "{option}={bad}");
                assert_eq!(o.intro, None, "{option}={bad}");
                assert_eq!(
                    o.ignored[0].reason,
                    Reason::ControlCharacters,
                    "{option}={bad}"
                );
            }
        }
        assert_eq!(
            parse_options("brand=%D7%93%D7%A0%D7%99").brand.as_deref(),
            Some("דני")
        );
    }
}
