//! How either module starts on the page: its options, and its quiz and
//! language (the built-in quiz, a coach's file, or the file the checker
//! gives to try), with the texts of that language fetched first.

use std::sync::Arc;

use leptos::prelude::*;

use super::embed;
use super::i18n;
use super::quiz_loader::{self, LoadError, ReadQuiz};
use crate::core::builtin::builtin_quiz;
use crate::core::language::Lang;
use crate::core::options::{parse_options, Options};
use crate::core::quiz::Quiz;

/// The page's options, from its query string.
pub fn page_options() -> Arc<Options> {
    Arc::new(parse_options(
        &window().location().search().unwrap_or_default(),
    ))
}

/// Runs `then` with the page's quiz and language: the built-in quiz (at
/// once in English, else once its translation and the language's texts
/// have been fetched), the coach's file (`?quiz=`) once it has been fetched
/// and read with `read`, or, on the page the quiz-file checker frames to try
/// a file (`try=1`), the file the checker gives, read the same way. `lang`,
/// when given, is the language already chosen (the tools' module follows
/// the reader's). Before `then` runs, the texts of the language the page
/// shows are there, also when it shows why a file can't be used.
pub fn with_quiz(
    options: Arc<Options>,
    lang: Option<Lang>,
    read: ReadQuiz,
    then: impl FnOnce(Result<(Arc<Quiz>, Lang), (String, LoadError)>) + 'static,
) {
    // Before anything is mounted, so Leptos's executor isn't running yet.
    use wasm_bindgen_futures::spawn_local;
    if options.try_file {
        return embed::ask_for_try_file(move |file| {
            let quiz = match file {
                Some(file) => read(file.text.as_bytes()).map_err(|e| (file.name, e)),
                None => Err((String::new(), LoadError::NothingToTry)),
            };
            spawn_local(async move { then(coachs_quiz(&options, lang, quiz).await) });
        });
    }
    match options.quiz.clone() {
        None => match lang.unwrap_or_else(|| i18n::page_language(&options, None)) {
            Lang::En => then(Ok((Arc::new(builtin_quiz()), Lang::En))),
            other => spawn_local(async move {
                let (quiz, lang) = i18n::builtin_quiz_in(other).await;
                then(Ok((Arc::new(quiz), lang)));
            }),
        },
        Some(url) => spawn_local(async move {
            let quiz = quiz_loader::load_quiz(&url, read)
                .await
                .map_err(|e| (url, e));
            then(coachs_quiz(&options, lang, quiz).await);
        }),
    }
}

/// A coach's quiz file, fetched (`?quiz=`) or given by the checker
/// (`try=1`), read the same way: the quiz and its language (`lang`, else
/// the file's own when Candor speaks it), or where it came from and why it
/// can't be used, in the language the page would choose without it. That
/// language's texts are fetched first; without them, English.
async fn coachs_quiz(
    options: &Options,
    lang: Option<Lang>,
    quiz: Result<Quiz, (String, LoadError)>,
) -> Result<(Arc<Quiz>, Lang), (String, LoadError)> {
    match quiz {
        Ok(quiz) => {
            let lang = lang.unwrap_or_else(|| i18n::page_language(options, Some(&quiz.language)));
            Ok((Arc::new(quiz), i18n::texts_in(lang).await))
        }
        Err(error) => {
            i18n::texts_in(i18n::page_language(options, None)).await;
            Err(error)
        }
    }
}
