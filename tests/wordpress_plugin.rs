//! The WordPress plugin's German (`wordpress/candor/languages/de.php`) covers
//! every text the plugin shows, in PHP, block.json and editor.js, with the same
//! placeholders, and holds nothing else. (`make test-wordpress` runs the
//! plugin itself in WordPress.)

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

fn plugin_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("wordpress/candor")
        .join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A PHP or JavaScript string literal in single or double quotes at the start
/// of `s`: its value and the rest of `s` after it.
fn literal(s: &str) -> Option<(String, &str)> {
    let quote = s.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let mut value = String::new();
    let mut chars = s[1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                let (_, next) = chars.next()?;
                if next != quote && next != '\\' {
                    value.push('\\');
                }
                value.push(next);
            }
            c if c == quote => return Some((value, &s[1 + i + 1..])),
            c => value.push(c),
        }
    }
    None
}

/// The texts given to `__( '…'` and `esc_html__( '…'` (and `__( "…"`).
fn texts_for_translation(source: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for (i, _) in source.match_indices("__(") {
        let rest = source[i + 3..].trim_start();
        if let Some((text, _)) = literal(rest) {
            texts.push(text);
        }
    }
    texts
}

/// The `'English' => 'German'` pairs of a translations file, in order.
fn translations(source: &str) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    let mut rest = &source[source.find("return array(").expect("return array(")..];
    while let Some(start) = rest.find(['\'', '"']) {
        let Some((key, after)) = literal(&rest[start..]) else {
            break;
        };
        let after = after.trim_start();
        match after
            .strip_prefix("=>")
            .map(str::trim_start)
            .and_then(literal)
        {
            Some((value, next)) => {
                pairs.push((key, value));
                rest = next;
            }
            None => rest = after,
        }
    }
    pairs
}

/// `%s`, `%1$s`, `%d`, `{code}`…: what must come through a translation.
fn placeholders(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (i, c) in text.char_indices() {
        if c == '%' {
            let end = text[i + 1..]
                .find(|c: char| c.is_ascii_alphabetic())
                .map(|j| i + 1 + j + 1);
            if let Some(end) = end {
                found.push(text[i..end].to_string());
            }
        } else if c == '{' {
            if let Some(j) = text[i..].find('}') {
                found.push(text[i..i + j + 1].to_string());
            }
        }
    }
    found.sort();
    found
}

#[test]
fn the_plugins_german_covers_every_text_with_its_placeholders_and_nothing_else() {
    let mut english = texts_for_translation(&plugin_file("candor.php"));
    english.extend(texts_for_translation(&plugin_file("editor.js")));
    let block: serde_json::Value = serde_json::from_str(&plugin_file("block.json")).unwrap();
    for key in ["title", "description"] {
        english.push(block[key].as_str().unwrap().to_string());
    }
    for keyword in block["keywords"].as_array().unwrap() {
        english.push(keyword.as_str().unwrap().to_string());
    }
    english.sort();
    english.dedup();
    assert!(english.len() > 30, "texts found: {english:?}");

    let pairs = translations(&plugin_file("languages/de.php"));
    let german: BTreeMap<String, String> = pairs.iter().cloned().collect();
    assert_eq!(german.len(), pairs.len(), "a text is translated twice");
    let missing: Vec<&String> = english
        .iter()
        .filter(|e| !german.contains_key(*e))
        .collect();
    assert!(missing.is_empty(), "not in de.php: {missing:?}");
    let unused: Vec<&String> = german.keys().filter(|k| !english.contains(k)).collect();
    assert!(
        unused.is_empty(),
        "in de.php but not in the plugin: {unused:?}"
    );
    for (en, de) in &german {
        assert_ne!(en, de, "not translated: {en}");
        assert_eq!(
            placeholders(en),
            placeholders(de),
            "placeholders of {en:?} in {de:?}"
        );
    }
}

#[test]
fn the_string_reader_reads_escapes_as_php_and_javascript_do() {
    assert_eq!(
        literal(r"'it\'s \\ a \n', x"),
        Some((r"it's \ a \n".to_string(), ", x"))
    );
    assert_eq!(
        literal(r#""say \"hi\"" =>"#).map(|(v, _)| v),
        Some(r#"say "hi""#.into())
    );
    assert_eq!(literal("'open"), None);
    assert_eq!(
        placeholders("%1$s and %d, {code}"),
        ["%1$s", "%d", "{code}"]
    );
    assert_eq!(
        translations("return array( 'a' => 'b', // c\n \"d's\" => 'e' );"),
        [("a".into(), "b".into()), ("d's".into(), "e".into())]
    );
}

#[test]
fn the_plugin_carries_candor_under_candors_own_version() {
    // make release names its zips with Candor's version; the plugin's header
    // names the Candor build it carries.
    let header = plugin_file("candor.php");
    let version = header
        .lines()
        .find_map(|line| line.trim_start_matches([' ', '*']).strip_prefix("Version:"))
        .map(str::trim)
        .expect("a Version: line in the plugin's header");
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
}
