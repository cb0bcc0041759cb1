//! Languages the reader's module fetches instead of carrying.
//!
//! English is compiled into every module. Another language's texts for the
//! reader's module ([`Texts`] and [`ProblemTexts`]) are a file served next
//! to the app, `candor.<tag>.texts.json`, written at build time from the
//! same catalogues (`examples/texts_pack.rs`, run by
//! `scripts/post-build.mjs`): only readers who use that language download
//! it, with the built-in quiz's translation. Once read, a pack is installed
//! for the rest of the page and `Texts::of` returns it.
//!
//! Native code (tests, the build's examples) and the facilitator tools'
//! module carry every language: natively `of` returns the compiled
//! catalogue, and the tools' module installs its compiled ones at start
//! ([`install_compiled`]).

use std::sync::OnceLock;

use super::{Catalogue, ProblemTexts, Texts};
use crate::core::language::Lang;
use crate::core::lenient::Node;
use crate::core::validate::placeholders;

/// The largest pack read: its own texts are about a third of this.
pub const MAX_PACK_BYTES: usize = 64 * 1024;

/// The file a language's pack is served as, next to the app; `None` for
/// English, which every module carries.
pub fn pack_file(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::De => Some("candor.de.texts.json"),
    }
}

/// A language's texts for the reader's module, read from its pack: each
/// catalogue's texts in the order of its keys. Nothing lives longer than
/// the pack until it is [`install`]ed.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub lang: Lang,
    pub texts: Vec<String>,
    pub problems: Vec<String>,
}

/// Why a pack was not used (the reader then gets English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    TooLarge,
    NotJson(String),
    /// The pack is for another language than the one asked for.
    WrongLanguage,
    /// A key the catalogue has is missing or empty (a pack of another build).
    Missing(String),
    /// A key the catalogue does not have (a pack of another build).
    Unknown(String),
    /// A text whose placeholders differ from English.
    Placeholders(String),
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::TooLarge => write!(f, "larger than {MAX_PACK_BYTES} bytes"),
            PackError::NotJson(why) => write!(f, "not a texts file: {why}"),
            PackError::WrongLanguage => f.write_str("the texts of another language"),
            PackError::Missing(key) => write!(f, "no text for {key}"),
            PackError::Unknown(key) => write!(f, "a text for {key}, which this build lacks"),
            PackError::Placeholders(key) => write!(f, "{key} has other placeholders than English"),
        }
    }
}

/// The pack of `lang` from its compiled catalogues, as the build writes
/// it: `{"lang": tag, "texts": {key: text…}, "problems": {key: text…}}`.
pub fn pack_json(lang: Lang) -> String {
    fn by_name<C: Catalogue>(texts: &C) -> serde_json::Map<String, serde_json::Value> {
        C::KEYS
            .iter()
            .map(|&key| (key.to_string(), texts.get(key).unwrap_or_default().into()))
            .collect()
    }
    serde_json::json!({
        "lang": lang.tag(),
        "texts": by_name(compiled::<Texts>(lang)),
        "problems": by_name(compiled::<ProblemTexts>(lang)),
    })
    .to_string()
}

/// Reads the pack of `lang`: those three fields and no other, every key of
/// each catalogue and no other, each text non-empty with English's
/// placeholders. Read as a JSON tree ([`Node`], which the
/// reader's module has for quiz files) rather than through a serde type of
/// its own, which would cost the reader's module more than the texts.
pub fn read_pack(lang: Lang, bytes: &[u8]) -> Result<Pack, PackError> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(PackError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| PackError::NotJson(e.to_string()))?;
    let tree: Node = serde_json::from_str(text).map_err(|e| PackError::NotJson(e.to_string()))?;
    let Node::Object(fields) = tree else {
        return Err(PackError::NotJson("not an object".into()));
    };
    let (mut tag, mut texts, mut problems) = (None, None, None);
    for (name, value) in fields {
        match (name.as_str(), value) {
            ("lang", Node::Text(t)) => tag = Some(t),
            ("texts", Node::Object(f)) => texts = Some(f),
            ("problems", Node::Object(f)) => problems = Some(f),
            (other, _) => return Err(PackError::NotJson(format!("unexpected field {other}"))),
        }
    }
    if tag.as_deref() != Some(lang.tag()) {
        return Err(PackError::WrongLanguage);
    }
    let missing = |field: &str| PackError::NotJson(format!("no {field}"));
    Ok(Pack {
        lang,
        texts: texts_of::<Texts>(texts.ok_or_else(|| missing("texts"))?)?,
        problems: texts_of::<ProblemTexts>(problems.ok_or_else(|| missing("problems"))?)?,
    })
}

/// The pack's text of every key of `C`, in key order.
fn texts_of<C: Catalogue>(mut texts: Vec<(String, Node)>) -> Result<Vec<String>, PackError> {
    let english = C::of(Lang::En);
    let mut ordered = Vec::with_capacity(C::KEYS.len());
    for &key in C::KEYS {
        let at = texts.iter().position(|(k, _)| k == key);
        let text = match at.map(|at| texts.swap_remove(at).1) {
            Some(Node::Text(text)) if !text.trim().is_empty() => text,
            _ => return Err(PackError::Missing(key.to_string())),
        };
        if placeholders(&text) != placeholders(english.get(key).unwrap_or_default()) {
            return Err(PackError::Placeholders(key.to_string()));
        }
        ordered.push(text);
    }
    match texts.into_iter().next() {
        Some((key, _)) => Err(PackError::Unknown(key)),
        None => Ok(ordered),
    }
}

/// Catalogue `C` with `texts` (in key order), living for the rest of the page.
fn leaked<C: Catalogue>(texts: Vec<String>) -> &'static C {
    let mut catalogue = C::of(Lang::En).clone();
    for (key, text) in C::KEYS.iter().zip(texts) {
        catalogue.set(key, Box::leak(text.into_boxed_str()));
    }
    Box::leak(Box::new(catalogue))
}

/// The installed catalogues of each language but English, by `Lang` index.
static TEXTS: [OnceLock<&'static Texts>; Lang::ALL.len()] = [const { OnceLock::new() }; 2];
static PROBLEMS: [OnceLock<&'static ProblemTexts>; Lang::ALL.len()] =
    [const { OnceLock::new() }; 2];

/// Makes `pack` the page's catalogues of its language, for the rest of the
/// page: a language is installed once, and a second pack of it is ignored.
pub fn install(pack: Pack) {
    let at = pack.lang as usize;
    if TEXTS[at].get().is_none() {
        let _ = TEXTS[at].set(leaked(pack.texts));
        let _ = PROBLEMS[at].set(leaked(pack.problems));
    }
}

/// Whether the page has `lang`'s catalogues (English always).
pub fn installed(lang: Lang) -> bool {
    lang == Lang::En || TEXTS[lang as usize].get().is_some()
}

/// Installs every compiled language: the facilitator tools' module carries
/// them all.
pub fn install_compiled() {
    for lang in Lang::ALL {
        let at = lang as usize;
        let _ = TEXTS[at].set(compiled::<Texts>(lang));
        let _ = PROBLEMS[at].set(compiled::<ProblemTexts>(lang));
    }
}

/// The reader's catalogue of `lang`: installed, else compiled natively, else
/// (a pack not yet read, which the app never asks for) English.
pub(super) fn texts(lang: Lang) -> &'static Texts {
    TEXTS[lang as usize]
        .get()
        .copied()
        .unwrap_or_else(|| fallback::<Texts>(lang))
}

/// The problems' catalogue of `lang`, as [`texts`].
pub(super) fn problems(lang: Lang) -> &'static ProblemTexts {
    PROBLEMS[lang as usize]
        .get()
        .copied()
        .unwrap_or_else(|| fallback::<ProblemTexts>(lang))
}

/// A catalogue compiled into this module, for each language.
trait Compiled: Catalogue {
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    fn english() -> &'static Self;
    fn compiled(lang: Lang) -> &'static Self;
}

impl Compiled for Texts {
    fn english() -> &'static Self {
        &super::reader::EN
    }
    fn compiled(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &super::reader::EN,
            Lang::De => &super::reader::DE,
        }
    }
}

impl Compiled for ProblemTexts {
    fn english() -> &'static Self {
        &super::problems::EN
    }
    fn compiled(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &super::problems::EN,
            Lang::De => &super::problems::DE,
        }
    }
}

fn compiled<C: Compiled>(lang: Lang) -> &'static C {
    C::compiled(lang)
}

#[cfg(not(target_arch = "wasm32"))]
fn fallback<C: Compiled>(lang: Lang) -> &'static C {
    C::compiled(lang)
}

/// In wasm, only what a module installed: English otherwise, so the
/// reader's module never links another language's texts.
#[cfg(target_arch = "wasm32")]
fn fallback<C: Compiled>(_: Lang) -> &'static C {
    C::english()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_pack_reads_back_as_the_compiled_catalogues() {
        fn texts<C: Compiled>(lang: Lang) -> Vec<String> {
            let compiled = compiled::<C>(lang);
            C::KEYS
                .iter()
                .map(|k| compiled.get(k).unwrap().to_string())
                .collect()
        }
        for lang in Lang::ALL {
            let pack = read_pack(lang, pack_json(lang).as_bytes()).unwrap();
            assert_eq!(pack.texts, texts::<Texts>(lang));
            assert_eq!(pack.problems, texts::<ProblemTexts>(lang));
            assert_eq!(leaked::<Texts>(pack.texts), compiled::<Texts>(lang));
            assert_eq!(
                leaked::<ProblemTexts>(pack.problems),
                compiled::<ProblemTexts>(lang)
            );
        }
        let german = pack_json(Lang::De);
        assert!(german.len() < MAX_PACK_BYTES / 2, "{}", german.len());
        assert!(german.contains("Los geht’s"));
    }

    /// The German pack as JSON, changed by `edit`.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
        let mut value: serde_json::Value = serde_json::from_str(&pack_json(Lang::De)).unwrap();
        edit(&mut value);
        serde_json::to_vec(&value).unwrap()
    }

    #[test]
    fn a_pack_of_another_build_or_language_is_refused() {
        let de = Lang::De;
        assert_eq!(
            read_pack(Lang::En, pack_json(de).as_bytes()),
            Err(PackError::WrongLanguage)
        );
        let missing = edited(|v| {
            v["texts"].as_object_mut().unwrap().remove("start");
        });
        assert_eq!(
            read_pack(de, &missing),
            Err(PackError::Missing("start".into()))
        );
        let empty = edited(|v| v["problems"]["load_refused"] = " ".into());
        assert_eq!(
            read_pack(de, &empty),
            Err(PackError::Missing("load_refused".into()))
        );
        let unknown = edited(|v| v["texts"]["new_key"] = "Neu".into());
        assert_eq!(
            read_pack(de, &unknown),
            Err(PackError::Unknown("new_key".into()))
        );
        let moved = edited(|v| v["texts"]["resume_at"] = "Weiter bei {m}".into());
        assert_eq!(
            read_pack(de, &moved),
            Err(PackError::Placeholders("resume_at".into()))
        );
        let extra_field = edited(|v| v["tools"] = serde_json::json!({}));
        assert!(matches!(
            read_pack(de, &extra_field),
            Err(PackError::NotJson(_))
        ));
        assert!(matches!(
            read_pack(de, b"<html>"),
            Err(PackError::NotJson(_))
        ));
        let huge = vec![b' '; MAX_PACK_BYTES + 1];
        assert_eq!(read_pack(de, &huge), Err(PackError::TooLarge));
        assert_eq!(pack_file(Lang::En), None);
        assert_eq!(pack_file(de), Some("candor.de.texts.json"));
    }
}
