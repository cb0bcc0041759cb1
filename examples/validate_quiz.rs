//! Validates quiz files and lists every problem, then, for a valid file,
//! every warning about how it scores and about an `id` taken from the
//! built-in quiz (the checker's words):
//! `cargo run --example validate_quiz -- FILE…` (exits 1 if any file fails;
//! warnings alone don't fail it).
use candor::core::catalogue::{CheckerTexts, ProblemTexts};
use candor::core::language::Lang;
use candor::core::lint::{builtin_id, lint};
use candor::core::validate::parse_quiz;

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: cargo run --example validate_quiz -- FILE…");
        std::process::exit(2);
    }
    let mut failed = false;
    for path in paths {
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                failed = true;
                println!("{path}: cannot be read: {e}");
                continue;
            }
        };
        match parse_quiz(&bytes) {
            Ok(q) => {
                println!(
                    "{path}: valid ({} questions, {} dimensions)",
                    q.questions.len(),
                    q.dimensions.len()
                );
                let t = CheckerTexts::of(Lang::En);
                for warning in builtin_id(&q).into_iter().chain(lint(&q)) {
                    println!("  warning: {}", warning.message(&q, t, Lang::En));
                }
            }
            Err(problems) => {
                failed = true;
                let n = problems.len();
                println!(
                    "{path}: {n} {}",
                    if n == 1 { "problem" } else { "problems" }
                );
                let t = ProblemTexts::of(Lang::En);
                for p in problems {
                    println!("  {}", p.explain(t, Lang::En));
                }
            }
        }
    }
    std::process::exit(i32::from(failed));
}
