//! The page's language: which catalogue and which built-in quiz wording the
//! screens read, and the reader's switch between them.
//!
//! One way to render catalogue text, in both modules: a catalogue's text is
//! a `&'static str` and goes into a view as it is; it becomes a `String` only
//! where the same place can also hold a filled-in template or a coach's own
//! words (the two arms of one `match` must have one type).

use std::sync::Arc;

use leptos::prelude::*;

use futures::future::join;

use super::quiz_loader::{fetch_bounded, load_quiz, read_strictly};
use super::storage::{self, Stored};
use crate::core::builtin::{builtin_file, builtin_quiz};
use crate::core::catalogue::pack::{install, installed, pack_file, read_pack, MAX_PACK_BYTES};
use crate::core::catalogue::{Catalogue, ProblemTexts, Texts};
use crate::core::fingerprint::fingerprint;
use crate::core::language::{choose, Lang, LangSources};
use crate::core::options::Options;
use crate::core::quiz::Quiz;

/// The page's language, shared through context. Screens read their text
/// once when they are built; the app rebuilds them when the language
/// changes, so they don't each track it.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
    /// The quiz file's `ui` overrides (a coach's wording, or the built-in
    /// quiz's own topic words), for the current language's quiz.
    overrides: StoredValue<Arc<[(String, String)]>>,
    /// The coach's name for the app, in place of "Candor".
    brand: Option<&'static str>,
}

impl I18n {
    /// The page's language for `quiz`, whose `ui` words the app's text, and
    /// the page's brand (the `brand` option, else the quiz file's).
    pub fn new(lang: Lang, quiz: &Quiz, options: &Options) -> I18n {
        let brand = options.brand.clone().or_else(|| quiz.brand.clone());
        I18n {
            lang: RwSignal::new(lang),
            overrides: StoredValue::new(quiz.ui.clone().into()),
            // One brand a page, kept for its life.
            brand: brand.map(|b| &*Box::leak(b.into_boxed_str())),
        }
    }

    /// The coach's name for the app, if the page has one.
    pub fn brand(&self) -> Option<&'static str> {
        self.brand
    }

    /// The current language, without tracking it.
    pub fn lang(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// Catalogue `C` in the current language, tracking it: for the few
    /// views that follow a change of language in place rather than being
    /// built anew (the notices above every screen).
    pub fn tracked<C: Catalogue>(&self) -> &'static C {
        self.lang.track();
        self.catalogue()
    }

    /// Catalogue `C` in the current language, with the coach's overrides.
    pub fn catalogue<C: Catalogue>(&self) -> &'static C {
        let lang = self.lang();
        self.overrides
            .with_value(|overrides| cached::<C>(lang, overrides, self.brand))
    }
}

/// `C` in `lang` with `overrides` and `brand`; a customised copy is made once
/// per catalogue type and language, and reused (each language's quiz has
/// the same overrides every time, and a page one brand).
fn cached<C: Catalogue>(
    lang: Lang,
    overrides: &[(String, String)],
    brand: Option<&str>,
) -> &'static C {
    use std::any::{Any, TypeId};
    use std::cell::RefCell;
    type Made = Vec<(TypeId, Lang, &'static dyn Any)>;
    thread_local! {
        static MADE: RefCell<Made> = const { RefCell::new(Vec::new()) };
    }
    if overrides.is_empty() && brand.is_none() {
        return C::of(lang);
    }
    let id = TypeId::of::<C>();
    MADE.with_borrow_mut(|made| {
        let found = made.iter().find(|(t, l, _)| *t == id && *l == lang);
        let any = match found {
            Some(&(_, _, any)) => any,
            None => {
                let custom = C::with_overrides(lang, overrides);
                let any: &'static dyn Any = match brand {
                    Some(brand) => Box::leak(Box::new(custom.rebranded(brand))),
                    None => custom,
                };
                made.push((id, lang, any));
                any
            }
        };
        any.downcast_ref::<C>().unwrap_or_else(|| C::of(lang))
    })
}

/// The page's language and its catalogues, from context.
pub fn use_i18n() -> I18n {
    expect_context()
}

/// The reader's catalogue in the page's language.
pub fn use_texts() -> &'static Texts {
    use_i18n().catalogue::<Texts>()
}

/// The problems' catalogue (share codes, result files, quiz files, saved
/// records, page options) in the page's language.
pub fn use_problems() -> &'static ProblemTexts {
    use_i18n().catalogue::<ProblemTexts>()
}

/// The page's language.
pub fn use_lang() -> Lang {
    use_i18n().lang()
}

/// Where the reader's own choice of language is kept.
const STORED_CHOICE: &str = "candor.lang";

/// The page's language, in the order the core's [`choose`] gives. A coach's
/// quiz file decides when Candor has its language; otherwise only `?lang=`
/// can change it, since the reader's own preferences would mix a third
/// language into the coach's quiz.
pub fn page_language(options: &Options, coach_language: Option<&str>) -> Lang {
    let query = options.lang.map(Lang::tag);
    let (stored, browser) = match coach_language {
        Some(_) => (None, Vec::new()),
        None => (stored_choice(), browser_languages()),
    };
    choose(LangSources {
        coach_quiz: coach_language,
        query,
        stored: stored.as_deref(),
        browser: &browser,
    })
    .0
}

fn stored_choice() -> Option<String> {
    match storage::get::<String>(STORED_CHOICE) {
        Stored::Value(tag) => Some(tag),
        Stored::Absent | Stored::Unreadable(_) => None,
    }
}

/// The reader's choice, kept for their next visit.
pub fn remember(lang: Lang) {
    storage::set(STORED_CHOICE, &lang.tag());
}

/// `navigator.languages`, most preferred first (at most ten are read).
fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .take(10)
        .filter_map(|tag| tag.as_string())
        .collect()
}

/// Where the reader's module says which language it chose (`<html lang>`
/// alone can't tell: the static page already says `en`).
const CHOSEN_ATTRIBUTE: &str = "data-candor-lang";

/// The language the reader's module chose and shows, once it has; the tools'
/// module follows it.
pub fn chosen_lang() -> Option<Lang> {
    document()
        .document_element()?
        .get_attribute(CHOSEN_ATTRIBUTE)
        .and_then(|tag| Lang::from_tag(&tag))
}

/// Keeps `<html lang>` on the page's language, for screen readers, spelling
/// and hyphenation, and tells the tools' module.
pub fn follow_in_html_lang(lang: RwSignal<Lang>) {
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let tag = lang.get().tag();
            let _ = html.set_attribute("lang", tag);
            let _ = html.set_attribute(CHOSEN_ATTRIBUTE, tag);
        }
    });
}

/// The built-in quiz in `lang`, or in English if that file or the
/// language's texts can't be used: English is compiled in; other languages
/// are files served next to the app, fetched together. The quiz is read
/// through the same strict reading as a coach's file and used only if it is
/// the same quiz (same fingerprint), so answers carry over.
pub async fn builtin_quiz_in(lang: Lang) -> (Quiz, Lang) {
    let english = builtin_quiz();
    let Some(file) = builtin_file(lang) else {
        return (english, Lang::En);
    };
    // Checked by the test suite: read strictly in both modules.
    let (quiz, texts) = join(load_quiz(file, read_strictly), texts_in(lang)).await;
    if texts != lang {
        return (english, Lang::En);
    }
    match quiz {
        Ok(quiz) if fingerprint(&quiz) == fingerprint(&english) => (quiz, lang),
        Ok(_) => {
            console_warn(&format!("{file} is not a translation of the built-in quiz"));
            (english, Lang::En)
        }
        Err(error) => {
            console_warn(&format!("{file}: {error}"));
            (english, Lang::En)
        }
    }
}

/// `lang`, once the page has its texts: at once for English and a language
/// already there; otherwise its pack is fetched and installed for the rest
/// of the page. English when the pack can't be had or read.
pub async fn texts_in(lang: Lang) -> Lang {
    let Some(file) = pack_file(lang).filter(|_| !installed(lang)) else {
        return lang;
    };
    let pack = match fetch_bounded(file, MAX_PACK_BYTES).await {
        Ok(bytes) => read_pack(lang, &bytes).map_err(|e| e.to_string()),
        Err(error) => Err(error.to_string()),
    };
    match pack {
        Ok(pack) => {
            install(pack);
            lang
        }
        Err(why) => {
            console_warn(&format!("{file}: {why}"));
            Lang::En
        }
    }
}

fn console_warn(text: &str) {
    web_sys::console::warn_1(&text.into());
}

impl I18n {
    /// Takes the `ui` overrides of the quiz in the new language (the
    /// built-in quiz's topic words); set before the language changes.
    pub fn follow(&self, quiz: &Quiz) {
        self.overrides.set_value(quiz.ui.clone().into());
    }
}
