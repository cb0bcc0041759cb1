//! A coach's wording of the app's own text (`ui`): known keys, plain text, the same placeholders.

use super::problem::*;
use super::reader::{field_path, Reader};
use super::MAX_UI_TEXT_CHARS;
use crate::core::catalogue::{self, placeholders};
use crate::core::lenient::{Entries, Object, Raw};
use crate::core::text::{is_plain_text, shorten};

/// A coach's wording for the app's own text: at most one entry per key of
/// the catalogues, each a key some catalogue has, with a plain text that
/// uses the same placeholders as the key's English text.
pub(super) fn read_ui(
    r: &mut Reader,
    v: &Object<Entries<Raw>>,
    path: &str,
) -> Option<Vec<(String, String)>> {
    let Entries(entries) = r.object(v, path)?;
    let before = r.problems.len();
    let known: Vec<&'static str> = catalogue::all_keys().collect();
    let limit = known.len();
    if entries.len() > limit {
        let kind = ProblemKind::TooMany {
            count: entries.len(),
            limit,
            noun: Noun::UiTexts,
        };
        r.report(path, kind);
    }
    // Entries past the limit are not looked at: each unknown key is
    // compared with every known one.
    let mut out = Vec::with_capacity(entries.len().min(limit));
    for (key, value) in entries.iter().take(limit) {
        let at = field_path(path, &shorten(key));
        if !known.contains(&key.as_str()) {
            let kind = ProblemKind::UnknownKey {
                key: shorten(key),
                nearest: nearest_key(key, &known),
            };
            r.report(&at, kind);
        } else if let Some(text) = r.ui_text(value, &at, catalogue::english(key)) {
            out.push((key.clone(), text));
        }
    }
    // A map: its order in the file means nothing.
    out.sort_unstable();
    (r.problems.len() == before).then_some(out)
}

impl Reader {
    /// A `ui` text: plain, at most [`MAX_UI_TEXT_CHARS`], with exactly the
    /// placeholders of `english` (the key's English text).
    fn ui_text(&mut self, v: &Raw, path: &str, english: Option<&str>) -> Option<String> {
        let Raw::Text(s) = v else {
            self.report(path, ProblemKind::WrongType(Expected::Text));
            return None;
        };
        let chars = s.chars().count();
        let kind = if s.trim().is_empty() {
            ProblemKind::EmptyText
        } else if chars > MAX_UI_TEXT_CHARS {
            ProblemKind::UiTextTooLong { chars }
        } else if !is_plain_text(s) {
            ProblemKind::NotPlainText
        } else {
            let (want, have) = (placeholders(english.unwrap_or(s)), placeholders(s));
            let names = |a: &std::collections::BTreeSet<&str>,
                         b: &std::collections::BTreeSet<&str>| {
                a.difference(b).map(|n| shorten(n)).collect::<Vec<String>>()
            };
            let (missing, extra) = (names(&want, &have), names(&have, &want));
            if missing.is_empty() && extra.is_empty() {
                return Some(s.clone());
            }
            ProblemKind::Placeholders { missing, extra }
        };
        self.report(path, kind);
        None
    }
}

/// The known key `key` is most likely a misspelling of. Only keys that
/// could be within the edits [`catalogue::nearest`] allows are compared
/// (judged by their letters, whatever their order), so a file full of
/// unknown or very long keys is still checked at once.
fn nearest_key(key: &str, known: &[&'static str]) -> Option<&'static str> {
    let chars = key.chars().count();
    let edits = (chars / 3).max(1);
    let letters = letter_counts(key);
    let close: Vec<&'static str> = known
        .iter()
        .copied()
        .filter(|k| k.chars().count().abs_diff(chars) <= edits)
        .filter(|k| {
            // An edit changes at most one letter on each side, so keys
            // whose letters differ more are further apart than `edits`.
            let theirs = letter_counts(k);
            let (mut ours_only, mut theirs_only) = (0, 0);
            for (a, b) in letters.iter().zip(&theirs) {
                ours_only += a.saturating_sub(*b);
                theirs_only += b.saturating_sub(*a);
            }
            ours_only.max(theirs_only) <= edits
        })
        .collect();
    catalogue::nearest(key, &close)
}

/// How often each character occurs in `s`, with characters other than
/// `a–z`, `0–9` and `_` sharing buckets.
fn letter_counts(s: &str) -> [usize; 40] {
    let mut counts = [0; 40];
    for c in s.chars() {
        let bucket = match c {
            'a'..='z' => c as usize - 'a' as usize,
            '0'..='9' => 26 + (c as usize - '0' as usize),
            '_' => 36,
            _ => 37 + c as usize % 3,
        };
        counts[bucket] += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_key_is_found_as_without_the_shortcut() {
        let known: Vec<&'static str> = catalogue::all_keys().collect();
        let mut words: Vec<String> = vec!["".into(), "x".into(), "é".repeat(30)];
        // Every tenth key: the comparison without the shortcut is slow.
        for key in known.iter().step_by(10) {
            let chars: Vec<char> = key.chars().collect();
            let at = chars.len() / 2;
            let mut deleted = chars.clone();
            deleted.remove(at);
            let mut swapped = chars.clone();
            swapped.swap(at - 1, at);
            let mut replaced = chars.clone();
            replaced[at] = 'é';
            let mut doubled = chars.clone();
            doubled.insert(at, 'q');
            for w in [deleted, swapped, replaced, doubled] {
                words.push(w.into_iter().collect());
            }
            words.push(format!("{key}_{key}"));
        }
        for word in &words {
            assert_eq!(
                nearest_key(word, &known),
                catalogue::nearest(word, &known),
                "{word}"
            );
        }
    }

    #[test]
    fn plain_text_and_placeholders() {
        assert!(is_plain_text("1 < 2 & 3 > 2; R&D, <3, a & b;"));
        for markup in [
            "<b>", "</p>", "<!--", "<?x", "&amp;", "&#8203;", "&#x27;", "a\nb", "\u{2066}",
        ] {
            assert!(!is_plain_text(markup), "{markup:?}");
        }
        let names: Vec<&str> = placeholders("{n} of {total}, {n} { x } {} {a-b} {")
            .into_iter()
            .collect();
        assert_eq!(names, ["n", "total"]);
    }
}
