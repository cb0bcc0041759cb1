//! Validates quiz files: `cargo run --example validate_quiz -- FILE…`
use candor::core::validate::parse_quiz;
fn main() {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        match parse_quiz(&bytes) {
            Ok(q) => println!(
                "{path}: valid ({} questions, {} dimensions)",
                q.questions.len(),
                q.dimensions.len()
            ),
            Err(problems) => {
                failed = true;
                println!("{path}: {} problem(s)", problems.len());
                for p in problems {
                    println!("  {p}");
                }
            }
        }
    }
    std::process::exit(i32::from(failed));
}
