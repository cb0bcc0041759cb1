//! The app's own text, one catalogue per language.
//!
//! A catalogue is written as a struct literal with one field per key, so a
//! language that lacks a key English has does not compile, and a component
//! can only name keys that exist (each key is a method). At run time a
//! catalogue is an array of `&'static str`, read by index: that keeps both
//! the by-name lookups that coaches' overrides need and the binary small.
//! There is one catalogue type per part of the app ([`Texts`] for the
//! reader's module, more beside it), so each module carries only its own.
//!
//! Why not `leptos_i18n`: measured on the same 42 keys in two languages,
//! with plurals and the same release profile, it adds 41.2 KB gzip of wasm
//! (81.8 KB against 40.6 KB for the same page with this catalogue), and it
//! has no way to override keys by name at run time, which coaches' quiz
//! files need.
//!
//! Templates name their values in braces, `{n}`; [`fill`] puts them in.
//! Counted words come in pairs of keys, `_one` and `_other`, chosen by
//! [`Lang::plural`].

use std::fmt::Display;

use super::language::{Lang, Plural};

/// What every catalogue type can do, whatever its keys.
pub trait Catalogue: Clone + Sized + 'static {
    /// Every key, in catalogue order.
    const KEYS: &'static [&'static str];
    /// The catalogue of a language.
    fn of(lang: Lang) -> &'static Self;
    /// The text of a key named at run time.
    fn get(&self, key: &str) -> Option<&'static str>;
    /// Replaces the text of a key named at run time; false if there is no such key.
    fn set(&mut self, key: &str, text: &'static str) -> bool;

    /// This catalogue with "Candor" replaced by a coach's `brand` wherever the
    /// app names itself (not where it names Candor's own work: the built-in
    /// quiz, its own synthesis, the "Made with Candor" credit). The copy
    /// lives for the rest of the page, like an overridden one.
    fn rebranded(&self, brand: &str) -> Self {
        let mut copy = self.clone();
        for key in Self::KEYS.iter().filter(|k| !CANDOR_ITSELF.contains(k)) {
            if let Some(text) = self.get(key).filter(|t| t.contains("Candor")) {
                copy.set(
                    key,
                    Box::leak(text.replace("Candor", brand).into_boxed_str()),
                );
            }
        }
        copy
    }

    /// A language's catalogue with a coach's overrides applied. Keys of other
    /// catalogues are skipped (the quiz file's validation refuses keys no
    /// catalogue has). Without an override for this catalogue, the static one
    /// is returned; with one, a copy lives for the rest of the page: a page
    /// has one quiz file, so this happens at most once per catalogue and
    /// language, bounded by the file's size limit.
    fn with_overrides(lang: Lang, overrides: &[(String, String)]) -> &'static Self {
        let base = Self::of(lang);
        let ours: Vec<&(String, String)> = overrides
            .iter()
            .filter(|(key, _)| Self::KEYS.contains(&key.as_str()))
            .collect();
        if ours.is_empty() {
            return base;
        }
        let mut copy = base.clone();
        for (key, text) in ours {
            copy.set(key, Box::leak(text.clone().into_boxed_str()));
        }
        Box::leak(Box::new(copy))
    }
}

/// Keys whose "Candor" names Candor's own work, which a coach's brand does
/// not replace.
const CANDOR_ITSELF: [&str; 3] = ["made_with", "load_builtin", "own_candor"];

/// Declares a catalogue type: `Name / NameFields { key, ... }`. `NameFields`
/// is the struct literal each language is written as; `Name` is what the app
/// reads, one method per key.
macro_rules! catalogue {
    (
        $(#[doc = $tdoc:literal])*
        $name:ident / $fields:ident {
            $( $(#[doc = $doc:literal])* $key:ident, )*
        }
    ) => {
        /// Every key's text in one language, as written in the source.
        pub struct $fields {
            $( $(#[doc = $doc])* pub $key: &'static str, )*
        }

        /// Index of each key in the catalogue's array.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(usize)]
        enum Key { $( $key, )* }

        const KEY_NAMES: &[&str] = &[$(stringify!($key)),*];

        $(#[doc = $tdoc])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name([&'static str; KEY_NAMES.len()]);

        /// The languages installed at run time (see `pack`), by `Lang` index.
        static INSTALLED: [std::sync::OnceLock<&'static $name>; $crate::core::language::Lang::ALL.len()] =
            [const { std::sync::OnceLock::new() }; $crate::core::language::Lang::ALL.len()];

        impl $name {
            /// Lays out a language's texts as the app reads them.
            pub const fn from_fields(f: $fields) -> Self {
                $name([$( f.$key, )*])
            }

            /// Makes `texts` this catalogue in `lang` for the rest of the
            /// page; false if that language was installed already.
            pub fn install(lang: $crate::core::language::Lang, texts: &'static Self) -> bool {
                INSTALLED[lang as usize].set(texts).is_ok()
            }

            /// This catalogue in `lang`, if it was installed.
            pub fn installed(lang: $crate::core::language::Lang) -> Option<&'static Self> {
                INSTALLED[lang as usize].get().copied()
            }

            $(
                $(#[doc = $doc])*
                pub fn $key(&self) -> &'static str {
                    self.0[Key::$key as usize]
                }
            )*
        }

        impl $crate::core::catalogue::Catalogue for $name {
            const KEYS: &'static [&'static str] = KEY_NAMES;

            fn of(lang: $crate::core::language::Lang) -> &'static Self {
                $name::of(lang)
            }

            fn get(&self, key: &str) -> Option<&'static str> {
                KEY_NAMES.iter().position(|k| *k == key).map(|i| self.0[i])
            }

            fn set(&mut self, key: &str, text: &'static str) -> bool {
                match KEY_NAMES.iter().position(|k| *k == key) {
                    Some(i) => {
                        self.0[i] = text;
                        true
                    }
                    None => false,
                }
            }
        }
    };
}

/// For a catalogue the reader's module fetches in languages other than
/// English (`pack`): `of`, which returns English or an installed language,
/// and `compiled`, every language as compiled in, from the `EN` and `DE`
/// beside the invocation.
macro_rules! fetched_languages {
    ($name:ident) => {
        impl $name {
            /// The catalogue of a language: English, or another language as
            /// installed from its pack (see `pack`). Natively every language
            /// is compiled in; in wasm a language not installed is English,
            /// so the reader's module links no other language's texts.
            pub fn of(lang: Lang) -> &'static $name {
                match lang {
                    Lang::En => &EN,
                    other => $name::installed(other).unwrap_or_else(|| {
                        if cfg!(target_arch = "wasm32") {
                            &EN
                        } else {
                            $name::compiled(other)
                        }
                    }),
                }
            }

            /// The catalogue of a language as compiled in (the build's
            /// packs, the facilitator tools' module, native code).
            pub fn compiled(lang: Lang) -> &'static $name {
                match lang {
                    Lang::En => &EN,
                    Lang::De => &DE,
                }
            }
        }
    };
}

mod checker;
mod editor;
pub mod pack;
mod problems;
mod reader;
mod tools;

pub use checker::CheckerTexts;
pub use editor::EditorTexts;
pub use problems::ProblemTexts;
pub use reader::Texts;
pub use tools::ToolTexts;

/// Every key of every catalogue a coach's overrides may reword (all but
/// the checker's, [`CheckerTexts`]), for validating them.
pub fn all_keys() -> impl Iterator<Item = &'static str> {
    <Texts as Catalogue>::KEYS
        .iter()
        .chain(<ToolTexts as Catalogue>::KEYS)
        .chain(<ProblemTexts as Catalogue>::KEYS)
        .copied()
}

/// The English text of a key of any catalogue (what a coach's override of
/// it must match in placeholders); `None` for a key no catalogue has.
pub fn english(key: &str) -> Option<&'static str> {
    Texts::of(Lang::En)
        .get(key)
        .or_else(|| ToolTexts::of(Lang::En).get(key))
        .or_else(|| ProblemTexts::of(Lang::En).get(key))
}

/// A key no catalogue has, and the known key it most resembles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKey {
    pub key: String,
    pub nearest: Option<&'static str>,
}

/// The keys of `overrides` that no catalogue has, each with the nearest
/// known key.
pub fn unknown_keys(overrides: &[(String, String)]) -> Vec<UnknownKey> {
    let known: Vec<&'static str> = all_keys().collect();
    overrides
        .iter()
        .filter(|(key, _)| !known.contains(&key.as_str()))
        .map(|(key, _)| UnknownKey {
            key: key.clone(),
            nearest: nearest(key, &known),
        })
        .collect()
}

/// `template` with each `{name}` replaced by its value; names not given are
/// left as they are.
pub fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

/// The `{name}`s a text uses: a name is one or more ASCII letters, digits
/// or `_` in braces, as the catalogues write them.
pub(crate) fn placeholders(text: &str) -> std::collections::BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
        .filter(|name| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
        .collect()
}

/// `n` of something, as the language says it: the `one` or `other` template
/// with `{n}` filled in.
pub fn count(lang: Lang, n: u64, one: &str, other: &str) -> String {
    let template = match lang.plural(n) {
        Plural::One => one,
        Plural::Other => other,
    };
    fill(template, &[("n", &n)])
}

/// The candidate closest to `word` by edit distance, when it is close
/// enough to be a likely misspelling (at most a third of its length, and
/// at least 1, edits away).
pub fn nearest(word: &str, candidates: &[&'static str]) -> Option<&'static str> {
    let chars = word.chars().count();
    let limit = (chars / 3).max(1);
    candidates
        .iter()
        // The distance is at least the difference in length: a long word
        // (a 32 KB option name, say) is compared with nothing.
        .filter(|c| chars.abs_diff(c.chars().count()) <= limit)
        .map(|&c| (edit_distance(word, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Edit distance in characters, counting a swap of two neighbours as one
/// edit ("strat" is one edit from "start"): the optimal string alignment
/// distance.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * width + j] = if i == 0 || j == 0 {
                i + j
            } else {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (d[(i - 1) * width + j] + 1)
                    .min(d[i * width + j - 1] + 1)
                    .min(d[(i - 1) * width + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[(i - 2) * width + j - 2] + 1);
                }
                best
            };
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{names}` a template uses, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    /// What is wrong with `texts` against English: keys that are empty, that
    /// use other placeholders, or (outside English) that are not translated.
    fn incomplete<C: Catalogue>(lang: Lang, texts: &C) -> Vec<String> {
        let english = C::of(Lang::En);
        let mut wrong = Vec::new();
        for key in C::KEYS {
            let (text, en) = (texts.get(key).unwrap(), english.get(key).unwrap());
            if text.trim().is_empty() {
                wrong.push(format!("{key} is missing"));
            } else if placeholders(text) != placeholders(en) {
                wrong.push(format!("{key} has other placeholders than English"));
            } else if lang != Lang::En && text == en {
                wrong.push(format!("{key} is not translated"));
            }
        }
        wrong
    }

    fn check_complete<C: Catalogue>() {
        for lang in Lang::ALL {
            assert_eq!(
                incomplete(lang, C::of(lang)),
                Vec::<String>::new(),
                "{}",
                lang.tag()
            );
        }
        assert_eq!(C::of(Lang::En).get("nonsense"), None);
    }

    #[test]
    fn every_catalogue_has_every_key_with_the_same_placeholders() {
        check_complete::<Texts>();
        check_complete::<ToolTexts>();
        check_complete::<ProblemTexts>();
        check_complete::<CheckerTexts>();
        check_complete::<EditorTexts>();
        for key in all_keys() {
            assert!(english(key).is_some(), "{key} has no English text");
        }
        let mut keys: Vec<&str> = all_keys()
            .chain(<CheckerTexts as Catalogue>::KEYS.iter().copied())
            .chain(<EditorTexts as Catalogue>::KEYS.iter().copied())
            .collect();
        let n = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), n, "a key is in two catalogues");
    }

    #[test]
    fn a_catalogue_that_lacks_a_key_english_has_is_refused_with_the_key() {
        let mut german = Texts::of(Lang::De).clone();
        assert!(german.set("start", ""));
        assert!(german.set("progress", "{n} von"));
        assert!(german.set("back", "Back"));
        assert_eq!(
            incomplete(Lang::De, &german),
            [
                "start is missing",
                "back is not translated",
                "progress has other placeholders than English"
            ]
        );
        assert!(!german.set("no_such_key", "x"));
    }

    #[test]
    fn templates_are_filled_and_counted() {
        let (en, de) = (Texts::of(Lang::En), Texts::of(Lang::De));
        assert_eq!(
            fill(en.resume_at(), &[("n", &3), ("total", &28)]),
            "Resume at statement 3 of 28"
        );
        assert_eq!(
            fill(de.resume_at(), &[("n", &3), ("total", &28)]),
            "Weiter bei Aussage 3 von 28"
        );
        assert_eq!(fill("{a} and {b}", &[("a", &"x")]), "x and {b}");
        let questions = |lang, n| {
            let t = Texts::of(lang);
            count(lang, n, t.questions_one(), t.questions_other())
        };
        assert_eq!(questions(Lang::En, 1), "1 statement");
        assert_eq!(questions(Lang::En, 28), "28 statements");
        assert_eq!(questions(Lang::De, 1), "1 Aussage");
        assert_eq!(questions(Lang::De, 0), "0 Aussagen");
    }

    #[test]
    fn overrides_replace_known_keys_and_name_the_nearest_for_unknown_ones() {
        let overrides: Vec<(String, String)> = vec![
            ("start".into(), "Empezar".into()),
            ("about".into(), "Acerca de".into()),
        ];
        let spanish = Texts::with_overrides(Lang::En, &overrides);
        assert_eq!(spanish.start(), "Empezar");
        assert_eq!(spanish.about(), "Acerca de");
        assert_eq!(
            spanish.start_over(),
            Texts::of(Lang::En).start_over(),
            "the rest stays English"
        );
        assert!(std::ptr::eq(
            Texts::with_overrides(Lang::En, &[]),
            Texts::of(Lang::En)
        ));

        let refused = unknown_keys(&[
            ("strat".into(), "x".into()),
            ("privacy".into(), "y".into()),
            ("completely-different".into(), "z".into()),
        ]);
        assert_eq!(
            refused,
            [
                UnknownKey {
                    key: "strat".into(),
                    nearest: Some("start")
                },
                UnknownKey {
                    key: "completely-different".into(),
                    nearest: None
                },
            ]
        );
    }

    #[test]
    fn nearest_allows_about_a_third_of_the_word_in_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("strat", "start"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("Straße", "Strasse"), 2);
        let fields = ["reverse", "weight", "sources", "dimension"];
        assert_eq!(nearest("revrese", &fields), Some("reverse"));
        assert_eq!(nearest("reverse", &fields), Some("reverse"));
        assert_eq!(nearest("wieght", &fields), Some("weight"));
        assert_eq!(nearest("dimensions", &fields), Some("dimension"));
        assert_eq!(nearest("colour", &fields), None);
        assert_eq!(nearest("x", &fields), None);
    }
}
