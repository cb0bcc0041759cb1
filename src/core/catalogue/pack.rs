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

use super::{placeholders, Catalogue, ProblemTexts, Texts};
use crate::core::language::Lang;
use crate::core::lenient::Node;

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
        "texts": by_name(Texts::compiled(lang)),
        "problems": by_name(ProblemTexts::compiled(lang)),
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

/// Makes `pack` the page's catalogues of its language, for the rest of the
/// page: a language is installed once, and a second pack of it is ignored.
pub fn install(pack: Pack) {
    if !installed(pack.lang) {
        Texts::install(pack.lang, leaked(pack.texts));
        ProblemTexts::install(pack.lang, leaked(pack.problems));
    }
}

/// Whether the page has `lang`'s catalogues (English always).
pub fn installed(lang: Lang) -> bool {
    lang == Lang::En || Texts::installed(lang).is_some()
}

/// Installs every compiled language: the facilitator tools' module carries
/// them all.
pub fn install_compiled() {
    for lang in Lang::ALL {
        Texts::install(lang, Texts::compiled(lang));
        ProblemTexts::install(lang, ProblemTexts::compiled(lang));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_pack_reads_back_as_the_compiled_catalogues() {
        fn texts<C: Catalogue>(compiled: &C) -> Vec<String> {
            C::KEYS
                .iter()
                .map(|k| compiled.get(k).unwrap().to_string())
                .collect()
        }
        for lang in Lang::ALL {
            let pack = read_pack(lang, pack_json(lang).as_bytes()).unwrap();
            assert_eq!(pack.texts, texts(Texts::compiled(lang)));
            assert_eq!(pack.problems, texts(ProblemTexts::compiled(lang)));
            assert_eq!(leaked::<Texts>(pack.texts), Texts::compiled(lang));
            assert_eq!(
                leaked::<ProblemTexts>(pack.problems),
                ProblemTexts::compiled(lang)
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
