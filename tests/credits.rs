//! `content/credits.md` ties every source credit of the built-in quiz to the
//! passage it rests on. Every credit has a row, every row's credits are real,
//! and where the articles are on this machine, every passage is in its
//! article word for word.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use candor::core::builtin::builtin_quiz;
use candor::core::quiz::Quiz;

const CREDITS: &str = include_str!("../content/credits.md");

/// The rows of the markdown table under `heading`, as cells.
fn table(heading: &str) -> Vec<Vec<String>> {
    let start = CREDITS
        .find(heading)
        .unwrap_or_else(|| panic!("credits.md has no {heading:?}"));
    CREDITS[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2) // header and rule
        .map(|l| {
            l.trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

/// (item, source id) for every credit the quiz gives; items are named as in
/// credits.md.
fn credits(quiz: &Quiz) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    let mut add = |item: String, sources: &[usize]| {
        for &s in sources {
            out.insert((item.clone(), quiz.sources[s].id.clone()));
        }
    };
    for q in &quiz.questions {
        add(q.id.clone(), &q.sources);
    }
    for d in &quiz.dimensions {
        for (b, band) in d.bands.iter().enumerate() {
            for (a, advice) in band.advice.iter().enumerate() {
                add(format!("{}.{}.{}", d.id, b + 1, a + 1), &advice.sources);
            }
        }
    }
    for p in &quiz.patterns {
        add(p.id.clone(), &p.sources);
    }
    out
}

/// The passage inside its outer curly quotes.
fn passage(cell: &str) -> &str {
    cell.strip_prefix('“')
        .and_then(|c| c.strip_suffix('”'))
        .unwrap_or_else(|| panic!("passage {cell:?} is not in “…”"))
}

#[test]
fn every_credit_rests_on_a_listed_passage() {
    let quiz = builtin_quiz();
    let given = credits(&quiz);
    let mut listed = BTreeSet::new();
    let rows = table("## The passages");
    assert!(rows.len() >= 20, "{} rows", rows.len());
    for row in &rows {
        let [source, cell, place, items] = &row[..] else {
            panic!("row {row:?} does not have four cells");
        };
        assert!(
            quiz.sources.iter().any(|s| &s.id == source),
            "unknown source {source}"
        );
        assert!(passage(cell).split_whitespace().count() >= 3, "{cell}");
        assert!(!place.is_empty());
        for item in items.split(", ") {
            let credit = (item.to_string(), source.clone());
            assert!(
                given.contains(&credit),
                "credits.md says {item} credits {source}, but the quiz file does not"
            );
            listed.insert(credit);
        }
    }
    let missing: Vec<_> = given.difference(&listed).collect();
    assert!(missing.is_empty(), "credits with no passage: {missing:?}");
}

#[test]
fn uncredited_items_are_the_ones_named_as_our_own() {
    let quiz = builtin_quiz();
    let mut own = Vec::new();
    for d in &quiz.dimensions {
        for (b, band) in d.bands.iter().enumerate() {
            for (a, advice) in band.advice.iter().enumerate() {
                if advice.sources.is_empty() {
                    own.push(format!("`{}.{}.{}`", d.id, b + 1, a + 1));
                }
            }
        }
    }
    own.extend(
        quiz.patterns
            .iter()
            .filter(|p| p.sources.is_empty())
            .map(|p| format!("`{}`", p.id)),
    );
    let named = format!(
        "{}, {} and {}.",
        own[..own.len() - 2].join(", "),
        own[own.len() - 2],
        own[own.len() - 1]
    );
    assert!(
        CREDITS.replace('\n', " ").contains(&named),
        "credits.md should name {named}"
    );
}

/// Letters and digits only, lower-cased, words split by single spaces: the
/// articles' quotes, dashes and stray `?` (in place of spaces) don't matter.
fn words(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where the articles are: `$CANDOR_ARTICLES` when it is set (and then they
/// must be there: a folder named but missing fails the test), else
/// `../shared/articles` beside the repository, if it is there.
fn articles_folder() -> Option<PathBuf> {
    if let Some(named) = std::env::var_os("CANDOR_ARTICLES") {
        let named = PathBuf::from(named);
        assert!(
            named.is_dir(),
            "CANDOR_ARTICLES names {}, which is not a folder",
            named.display()
        );
        return Some(named);
    }
    Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/articles"))
        .filter(|p| p.is_dir())
}

#[test]
fn every_passage_is_in_its_article() {
    let Some(folder) = articles_folder() else {
        println!("the articles are not on this machine: passages not checked");
        return;
    };
    let files: BTreeMap<String, String> = table("## The articles")
        .into_iter()
        .map(|row| (row[0].clone(), row[1].clone()))
        .collect();
    let quiz = builtin_quiz();
    for s in &quiz.sources {
        assert!(files.contains_key(&s.id), "no article file for {}", s.id);
    }
    let mut checked = 0;
    for row in table("## The passages") {
        let file = folder.join(&files[&row[0]]);
        let text =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let quoted = words(passage(&row[1]));
        assert!(
            words(&text).contains(&quoted),
            "{:?} is not in {} ({})",
            row[1],
            row[0],
            file.display()
        );
        checked += 1;
    }
    println!("{checked} passages found in their articles");
}
