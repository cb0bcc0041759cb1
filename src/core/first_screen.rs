//! The built-in quiz's first screen as static HTML, painted by the page
//! before the reader's module has arrived (issue 22).
//!
//! `examples/first_screen.rs` prints it at build time and
//! `scripts/post-build.mjs` puts it in `index.html`, so its words come from
//! the same quiz files and catalogue as the app's intro screen
//! (`src/app/reader/screens/intro.rs`), whose markup it copies element for element:
//! when the app takes over, nothing moves.

use super::catalogue::{count, Catalogue, Texts};
use super::language::Lang;
use super::quiz::Quiz;

/// The intro's line of facts: "12 questions · 5 minutes".
pub fn intro_facts(lang: Lang, texts: &Texts, questions: usize, minutes: u32) -> String {
    format!(
        "{} · {}",
        count(
            lang,
            questions as u64,
            texts.questions_one(),
            texts.questions_other()
        ),
        count(
            lang,
            u64::from(minutes),
            texts.minutes_one(),
            texts.minutes_other()
        )
    )
}

/// `quiz` (the built-in quiz in `lang`) as the app's intro screen shows it to
/// a reader with nothing saved, on a page without options: its `<main>` in a
/// `<template>` whose `data-first-screen` names the language; the page's
/// inline script (scripts/first-screen.js) shows the reader's.
pub fn first_screen_html(quiz: &Quiz, lang: Lang) -> String {
    let custom = Texts::with_overrides(lang, &quiz.ui);
    let branded;
    let texts = match quiz.brand.as_deref() {
        Some(brand) => {
            branded = custom.rebranded(brand);
            &branded
        }
        None => custom,
    };
    let title = match quiz.brand.as_deref() {
        Some(brand) => quiz.title.replace("Candor", brand),
        None => quiz.title.clone(),
    };
    let facts = intro_facts(lang, texts, quiz.questions.len(), quiz.minutes);
    let options: String = Lang::ALL
        .into_iter()
        .map(|l| {
            let selected = if l == lang { " selected=\"\"" } else { "" };
            format!(
                "<option value=\"{tag}\" lang=\"{tag}\"{selected}>{name}</option>",
                tag = l.tag(),
                name = escape(l.name())
            )
        })
        .collect();
    format!(
        "<template data-first-screen=\"{tag}\"><main class=\"screen intro\">\
         <h1 tabindex=\"-1\">{title}</h1>\
         <p class=\"promise\">{intro}</p>\
         <p class=\"facts\">{facts}</p>\
         <p class=\"privacy\">{privacy}</p>\
         <div class=\"actions\"><button type=\"button\" class=\"primary\">{start}</button></div>\
         <p class=\"language\"><label for=\"language\">{language}</label> \
         <select id=\"language\">{options}</select></p>\
         <nav class=\"links\" aria-label=\"{more}\">\
         <a href=\"#/team\">{team}</a>\
         <a href=\"#/about\">{about}</a>\
         <span><label class=\"file-link\">{open}<input type=\"file\" accept=\".json,application/json\"></label>\
         <span class=\"field-error\" role=\"alert\"></span></span>\
         </nav></main></template>",
        tag = lang.tag(),
        title = escape(&title),
        intro = escape(&quiz.intro),
        facts = escape(&facts),
        privacy = escape(texts.privacy()),
        start = escape(texts.start()),
        language = escape(texts.language()),
        more = escape(texts.more()),
        team = escape(texts.compare_as_team()),
        about = escape(texts.about()),
        open = escape(texts.open_result_file()),
    )
}

/// `text` safe in HTML text and in a quoted attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::builtin::builtin_quiz;

    #[test]
    fn the_first_screen_says_what_the_intro_says() {
        let quiz = builtin_quiz();
        let html = first_screen_html(&quiz, Lang::En);
        let texts = Texts::with_overrides(Lang::En, &quiz.ui);
        for text in [
            escape(&quiz.title),
            escape(&quiz.intro),
            escape(texts.start()),
            escape(texts.privacy()),
            intro_facts(Lang::En, texts, quiz.questions.len(), quiz.minutes),
        ] {
            assert!(html.contains(&text), "{text} missing from {html}");
        }
        assert!(html.contains("<option value=\"en\" lang=\"en\" selected=\"\">English</option>"));
        assert!(html.contains("<option value=\"de\" lang=\"de\">Deutsch</option>"));
        assert!(html.starts_with(
            "<template data-first-screen=\"en\"><main class=\"screen intro\"><h1 tabindex=\"-1\">"
        ));
        assert!(html.ends_with("</main></template>"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&#39;");
    }
}
