//! Writes the texts pack of every language but English into the directory
//! given (`scripts/post-build.mjs` runs this on `dist/`): the reader's
//! module carries English only and fetches the pack of the reader's
//! language (`candor::core::catalogue::pack`).
//!
//! `cargo run --example texts_pack -- dist`

use std::process::ExitCode;

use candor::core::catalogue::pack::{pack_file, pack_json};
use candor::core::language::Lang;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("texts_pack: give the directory to write the packs in");
        return ExitCode::FAILURE;
    };
    for lang in Lang::ALL {
        let Some(file) = pack_file(lang) else {
            continue;
        };
        let path = std::path::Path::new(&dir).join(file);
        if let Err(e) = std::fs::write(&path, pack_json(lang)) {
            eprintln!("texts_pack: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{file}");
    }
    ExitCode::SUCCESS
}
