//! Page options from the URL (`options::parse_options`, `standalone_query`,
//! `percent_decode`, `web_url`, `quiz_url`) and colors (`color::Rgb::parse_hex`,
//! `theme_accents`, `readable_accent`).

use candor::core::color::{
    contrast, readable_accent, theme_accents, Rgb, AA_CONTRAST, DARK_ACCENT_TEXT, DARK_BACKGROUND,
    LIGHT_BACKGROUND,
};
use candor::core::options::{
    parse_options, quiz_url, standalone_query, web_url, Options, MAX_QUERY,
};
use candor::core::percent::{percent_decode, percent_encode};

use super::{at, ensure, owned, text, Entry, Failure, Outcome};

const QUERY_ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz=&%+0123456789ABCDEF#:/.?,-_~ ";

fn query_tokens() -> Vec<Vec<u8>> {
    owned(&[
        b"embed=",
        b"theme=",
        b"transparent=",
        b"accent=",
        b"title=",
        b"intro=",
        b"cta=",
        b"cta_label=",
        b"hide=",
        b"frame=",
        b"quiz=",
        b"events=",
        b"&",
        b"=",
        b"?",
        b"%",
        b"%2",
        b"%20",
        b"%7E",
        b"%E2%80%94",
        b"%C3%A9",
        b"%E9",
        b"%00",
        b"%0A",
        b"%25",
        b"%26",
        b"%3D",
        b"%2B",
        b"%2F",
        b"+",
        b"1",
        b"0",
        b"true",
        b"dark",
        b"light",
        b"share,team,history",
        b"1f4e79",
        b"https://",
        b"http://",
        b"HTTPS://",
        b"javascript:",
        b"data:",
        b"//",
        b"coach.example",
        b"\"",
        b"<",
        b">",
        b"\\",
    ])
}

/// A strict percent decoder: `%` must be followed by two hex digits, `+` is
/// a space, and the result must be UTF-8.
fn reference_percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = |j: usize| bytes.get(j).and_then(|&b| char::from(b).to_digit(16));
                out.push((hex(i + 1)? * 16 + hex(i + 2)?) as u8);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

// ---------------------------------------------------------------------------
// options
// ---------------------------------------------------------------------------

pub fn options_entry() -> Entry {
    let seeds = [
        "?embed=1&theme=dark&transparent=1&accent=ff8800&title=My%20quiz&intro=Hi+there&cta=https%3A%2F%2Fcoach.example%2Fbook&cta_label=Book%20a%20call&hide=share,history&quiz=quizzes%2Fmine.json&events=1",
        "cta=javascript:alert(1)&accent=red&theme=neon&title=a%07b&hide=share,everything&quiz=data:text/plain,x&embed=yes&title2=x&intro=%ZZ",
        "frame=2",
        "title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "cta_label=Book",
        "?embed=1&theme=dark&quiz=q%2Fmine.json&events=1",
        "quiz=https://coach.example/q.json&frame=999",
    ];
    Entry {
        max_len: MAX_QUERY + 1,
        seeds: seeds.iter().map(|s| (s.as_bytes().to_vec(), 1)).collect(),
        tokens: query_tokens(),
        alphabet: QUERY_ALPHABET,
        ..Entry::new(
            "options",
            "options::parse_options, standalone_query",
            run_options,
        )
    }
}

fn run_options(input: &[u8]) -> Outcome {
    let query = text(input);
    let o = at("options::parse_options", || parse_options(&query));
    check_kept_values(&o)?;
    let body = query.strip_prefix('?').unwrap_or(&query);
    let pairs: Vec<(&str, &str)> = body
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    let strict = |(name, value): &(&str, &str)| {
        Some((
            reference_percent_decode(name)?,
            reference_percent_decode(value)?,
        ))
    };
    if body.len() <= MAX_QUERY {
        // Pairs that are not correctly encoded are ignored and change nothing else.
        let good: Vec<&str> = body
            .split('&')
            .filter(|p| !p.is_empty())
            .filter(|p| strict(&p.split_once('=').unwrap_or((p, ""))).is_some())
            .collect();
        let dropped = pairs.len() - good.len();
        let clean = parse_options(&format!("?{}", good.join("&")));
        let changed = changed_settings(&o, &clean);
        ensure!(
            changed.is_empty(),
            "a pair that is not correctly percent-encoded changes the options",
            "{dropped} such pairs; they change {}",
            changed.join("; ")
        );
        ensure!(
            o.ignored.len() == clean.ignored.len() + dropped,
            "a pair that is not correctly percent-encoded is not reported as ignored",
            "{dropped} such pairs, {} ignored options ({} without them): {:?}",
            o.ignored.len(),
            clean.ignored.len(),
            o.ignored
        );
        // The same pairs spelt another way give the same options.
        if dropped == 0 {
            let respelt: Vec<String> = pairs
                .iter()
                .filter_map(strict)
                .map(|(n, v)| format!("{}={}", percent_encode(&n), percent_encode(&v)))
                .collect();
            let respelt = format!("?{}", respelt.join("&"));
            if respelt.len() <= MAX_QUERY + 1 {
                let other = parse_options(&respelt);
                ensure!(
                    other == o,
                    "the same options percent-encoded another way read differently",
                    "{query:?} gave {o:?}, {respelt:?} gave {other:?}"
                );
            }
        }
    }
    let shared = at("options::standalone_query", || standalone_query(&query));
    ensure!(
        shared.is_empty()
            || (shared.starts_with("?quiz=") && body.split('&').any(|p| p == &shared[1..])),
        "standalone_query keeps something other than one quiz= pair of the query",
        "{query:?} gave {shared:?}"
    );
    ensure!(
        standalone_query(&shared) == shared,
        "standalone_query is not idempotent",
        "{shared:?}"
    );
    // With one quiz= pair, and every pair correctly encoded, the shared link
    // loads the same quiz.
    let decoded: Option<Vec<(String, String)>> = pairs.iter().map(strict).collect();
    let quiz_pairs: Vec<usize> = decoded
        .iter()
        .flatten()
        .enumerate()
        .filter(|(_, (n, _))| n == "quiz")
        .map(|(i, _)| i)
        .collect();
    if body.len() <= MAX_QUERY && quiz_pairs.len() == 1 && pairs[quiz_pairs[0]].0 == "quiz" {
        let there = parse_options(&shared).quiz;
        ensure!(
            there == o.quiz,
            "a shared link loads a different quiz",
            "{query:?} loads {:?}, its shared query {shared:?} loads {there:?}",
            o.quiz
        );
    }
    Ok(o.ignored.is_empty())
}

/// The settings (everything but the ignored list) that differ, as `name: a → b`.
fn changed_settings(a: &Options, b: &Options) -> Vec<String> {
    let fields = |o: &Options| -> [(&'static str, String); 11] {
        [
            ("embed", format!("{:?}", o.embed)),
            ("theme", format!("{:?}", o.theme)),
            ("transparent", format!("{:?}", o.transparent)),
            ("accent", format!("{:?}", o.accent)),
            ("title", format!("{:?}", o.title)),
            ("intro", format!("{:?}", o.intro)),
            ("cta", format!("{:?}", o.cta)),
            ("hide", format!("{:?}", o.hide)),
            ("quiz", format!("{:?}", o.quiz)),
            ("events", format!("{:?}", o.events)),
            ("frame", format!("{:?}", o.frame)),
        ]
    };
    fields(a)
        .into_iter()
        .zip(fields(b))
        .filter(|(x, y)| x.1 != y.1)
        .map(|((name, x), (_, y))| format!("{name}: {y} → {x}"))
        .collect()
}

/// Kept values are of the kind each option allows.
fn check_kept_values(o: &Options) -> Result<(), Failure> {
    let plain = |t: &str, max: usize| {
        !t.is_empty()
            && t.trim() == t
            && t.chars().count() <= max
            && !t.chars().any(char::is_control)
    };
    ensure!(
        o.title.as_deref().is_none_or(|t| plain(t, 120))
            && o.intro.as_deref().is_none_or(|t| plain(t, 400))
            && o.cta.as_ref().is_none_or(|c| {
                c.label.as_deref().is_none_or(|l| plain(l, 40))
                    && web_url(&c.url).as_deref() == Ok(c.url.as_str())
            })
            && o.quiz
                .as_deref()
                .is_none_or(|q| quiz_url(q).as_deref() == Ok(q))
            && o.frame.is_none_or(|f| (1..=999).contains(&f)),
        "parse_options keeps a value the option does not allow",
        "{o:?}"
    );
    for i in &o.ignored {
        let _ = i.to_string();
        ensure!(
            i.name.chars().count() <= 45,
            "an ignored option's name is not shortened",
            "{:?}",
            i.name
        );
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// percent-decode
// ---------------------------------------------------------------------------

pub fn percent_decode_entry() -> Entry {
    let seeds = [
        "Book%20a%20call",
        "%E2%80%94+now%3F",
        "a+b",
        "%4",
        "%ZZ",
        "100%25",
        "%c3%a9",
    ];
    Entry {
        max_len: MAX_QUERY,
        seeds: seeds.iter().map(|s| (s.as_bytes().to_vec(), 1)).collect(),
        tokens: query_tokens(),
        alphabet: b"%%%%+-0123456789abcdefABCDEFxyz \xc3\xa9",
        ..Entry::new(
            "percent-decode",
            "options::percent_decode, percent_encode",
            run_percent_decode,
        )
    }
}

fn run_percent_decode(input: &[u8]) -> Outcome {
    let s = text(input);
    let got = at("options::percent_decode", || percent_decode(&s));
    let want = reference_percent_decode(&s);
    ensure!(
        got == want,
        "percent_decode differs from a strict decoder (an escape is % and two hex digits)",
        "{s:?} gave {got:?}, expected {want:?}"
    );
    let encoded = at("options::percent_encode", || percent_encode(&s));
    let back = percent_decode(&encoded);
    ensure!(
        back.as_deref() == Some(&*s),
        "percent_decode(percent_encode(text)) is not the text",
        "{s:?} encoded as {encoded:?}, decoded as {back:?}"
    );
    Ok(got.is_some())
}

// ---------------------------------------------------------------------------
// urls
// ---------------------------------------------------------------------------

pub fn urls_entry() -> Entry {
    let seeds = [
        "https://a.example/x?y=1",
        "HTTP://A.EXAMPLE",
        "javascript:alert(1)",
        "//a.example",
        "https:///x",
        "mine.json",
        "./q/mine.json",
        "/quizzes/mine.json",
        "q.json?v=2",
        "file:///etc/passwd",
        "data:application/json,{}",
    ];
    Entry {
        max_len: 2100,
        seeds: seeds.iter().map(|s| (s.as_bytes().to_vec(), 1)).collect(),
        tokens: query_tokens(),
        alphabet: QUERY_ALPHABET,
        ..Entry::new("urls", "options::web_url, quiz_url", run_urls)
    }
}

fn run_urls(input: &[u8]) -> Outcome {
    let s = text(input);
    let clean_text = |u: &str| {
        u.len() <= 2048
            && !u
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'))
    };
    let web = at("options::web_url", || web_url(&s));
    if let Ok(u) = &web {
        let lower = u.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"));
        ensure!(
            *u == *s
                && clean_text(u)
                && rest.is_some_and(|r| !r.is_empty() && !r.starts_with(['/', '?', '#'])),
            "web_url allows an address that is not an absolute http(s) address",
            "{s:?}"
        );
    }
    let quiz = at("options::quiz_url", || quiz_url(&s));
    if let Ok(u) = &quiz {
        let scheme = s
            .find([':', '/', '?', '#'])
            .filter(|&i| s.as_bytes()[i] == b':');
        ensure!(
            *u == *s
                && clean_text(u)
                && !s.is_empty()
                && !s.starts_with("//")
                && (scheme.is_none() || web.is_ok()),
            "quiz_url allows an address that is neither relative nor http(s)",
            "{s:?}"
        );
    }
    ensure!(
        web.is_err() || quiz.is_ok(),
        "quiz_url refuses a web address",
        "{s:?}"
    );
    Ok(web.is_ok() || quiz.is_ok())
}

// ---------------------------------------------------------------------------
// colors
// ---------------------------------------------------------------------------

pub fn colors_entry() -> Entry {
    let seeds = [
        "1f4e79", "#ffffff", "ffee58", "101040", "#000000", "777777", "FF8800",
    ];
    Entry {
        max_len: 64,
        seeds: seeds.iter().map(|s| (s.as_bytes().to_vec(), 1)).collect(),
        tokens: owned(&[b"#", b"\xef\xbc\x83", b"0x", b"ff", b"00"]),
        alphabet: b"0123456789abcdefABCDEF#0123456789abcdefxyzG ",
        ..Entry::new(
            "colors",
            "color::Rgb::parse_hex, theme_accents, readable_accent",
            run_colors,
        )
    }
}

fn run_colors(input: &[u8]) -> Outcome {
    let s = text(input);
    let got = at("color::Rgb::parse_hex", || Rgb::parse_hex(&s));
    let hex = s.strip_prefix('#').unwrap_or(&s);
    let want = (hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit())).then(|| {
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
        Rgb(channel(0), channel(2), channel(4))
    });
    ensure!(
        got == want,
        "Rgb::parse_hex differs from six hex digits after an optional #",
        "{s:?} gave {got:?}, expected {want:?}"
    );
    // Any background, from the input's first bytes.
    let b = |i: usize| input.get(i).copied().unwrap_or(0);
    let background = Rgb(b(0), b(1), b(2));
    let requested = got.unwrap_or(Rgb(b(3), b(4), b(5)));
    let accent = at("color::readable_accent", || {
        readable_accent(requested, background)
    });
    ensure!(
        accent.requested == requested,
        "readable_accent loses the requested color",
        "{accent:?}"
    );
    let Some(color) = got else {
        return Ok(false);
    };
    ensure!(
        Rgb::parse_hex(&color.to_hex()) == Some(color),
        "a color does not survive to_hex and parse_hex",
        "{color:?}"
    );
    for (scheme, accent) in at("color::theme_accents", || theme_accents(color)) {
        let (page, text) = if scheme == "light" {
            (LIGHT_BACKGROUND, LIGHT_BACKGROUND)
        } else {
            (DARK_BACKGROUND, DARK_ACCENT_TEXT)
        };
        ensure!(
            accent.requested == color
                && contrast(accent.used, page) >= AA_CONTRAST
                && contrast(accent.used, text) >= AA_CONTRAST
                && accent.adjustment(scheme).is_some() == accent.was_adjusted(),
            "a theme accent is not readable",
            "{scheme}: {accent:?}"
        );
    }
    Ok(true)
}
