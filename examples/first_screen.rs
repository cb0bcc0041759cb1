//! Prints the built-in quiz's first screen in every language Candor speaks,
//! as static HTML for `index.html` (`scripts/post-build.mjs` runs this):
//! the same quiz files and catalogue as the app's intro screen, through
//! `candor::core::first_screen`.
//!
//! `cargo run --example first_screen`

use std::process::ExitCode;

use candor::core::builtin::{builtin_file, builtin_quiz};
use candor::core::fingerprint::fingerprint;
use candor::core::first_screen::first_screen_html;
use candor::core::language::Lang;
use candor::core::validate::parse_quiz;

fn main() -> ExitCode {
    let english = builtin_quiz();
    let mut html = String::new();
    for lang in Lang::ALL {
        let quiz = match builtin_file(lang) {
            None => english.clone(),
            Some(file) => {
                let path = format!("{}/content/{file}", env!("CARGO_MANIFEST_DIR"));
                let text = match std::fs::read(&path) {
                    Ok(text) => text,
                    Err(e) => {
                        eprintln!("first_screen: {path}: {e}");
                        return ExitCode::FAILURE;
                    }
                };
                match parse_quiz(&text) {
                    // The app uses a translation only if it is the same quiz.
                    Ok(quiz) if fingerprint(&quiz) == fingerprint(&english) => quiz,
                    Ok(_) => {
                        eprintln!("first_screen: {file} is not a translation of the built-in quiz");
                        return ExitCode::FAILURE;
                    }
                    Err(problems) => {
                        eprintln!("first_screen: {file}: {}", problems[0]);
                        return ExitCode::FAILURE;
                    }
                }
            }
        };
        html.push_str(&first_screen_html(&quiz, lang));
        html.push('\n');
    }
    print!("{html}");
    ExitCode::SUCCESS
}
