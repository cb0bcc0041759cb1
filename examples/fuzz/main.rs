//! # Fuzzing
//!
//! A fuzz harness for Candor's untrusted inputs that runs on stable Rust:
//! `make fuzz`, or `cargo run --locked --profile fuzz --example fuzz -- [OPTIONS]`.
//!
//! Every entry point that reads text a reader, a coach or another page could
//! have written (share codes, pasted team text, result files, quiz files, quiz
//! files opened in the editor, saved records, URL options, colors, the fetched
//! texts of a language), the report on any answer sheet and any run of the
//! editor's edits gets at least a million inputs (`--iterations`):
//! about a third random, the rest mutations of valid inputs (byte flips,
//! inserts, deletes, splices, duplicated chunks, numbers swapped for extreme
//! values, interesting tokens), and a few as large as the entry point accepts.
//! The `fuzz` profile keeps overflow checks and debug assertions on and lets
//! panics unwind so each one is caught. Every input is checked for:
//!
//! - no panic;
//! - round trips: whatever Candor accepts reads back as the same value when
//!   written again (decode → encode → decode), and share codes, which have
//!   one spelling, are written back exactly as read;
//! - agreement with small reference implementations written from the
//!   documented formats (share codes, percent-decoding, `RRGGBB` colors, the
//!   editor's steps of undo and redo) and with what the rest of the code
//!   relies on (indices in range, scores in 0–100, off-scale answers scored
//!   and written as skipped, a draft's problems placed at its fields);
//! - time: no input within the size caps may take more than 50 ms.
//!
//! Failures are grouped by the check that failed (or where the panic was);
//! for each, the shortest input found is shrunk and printed as a Rust byte
//! string with the seed and a command that replays just that input:
//! `--case <entry> 'b"…"'` (also `hex:…` or `@file`). Inputs are made in
//! chunks of 4096 from the seed, so `--seed N --only <entry>` makes the same
//! inputs again. Options:
//!
//! ```text
//! --seed N          seed of the inputs (default: from the clock; printed)
//! --iterations N    inputs per entry point (default 1000000; 100k, 2M work too)
//! --only a,b        only these entry points (see --list)
//! --threads N       threads (default: the available cores)
//! --case E INPUT    run one input of entry point E and say what it did
//! --list            list the entry points
//! ```
//!
//! Exits with 1 when any check failed.

mod entries;
mod gen;
mod literal;
mod rng;
mod run;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use entries::Entry;
use literal::{byte_literal, parse_input};
use run::{
    fuzz, install_panic_hook, ms, run_cpu_time, run_once, shrink, Found, Settings, Stats, LIMIT,
};

const USAGE: &str = "usage: fuzz [--seed N] [--iterations N] [--only a,b] [--threads N] \
                     [--case ENTRY INPUT] [--list]";
/// Printed inputs longer than this go to a file instead.
const PRINT_LIMIT: usize = 600;
/// Time spent shrinking each failure's input.
const SHRINK_BUDGET: Duration = Duration::from_secs(3);

struct Cli {
    seed: u64,
    iterations: u64,
    only: Option<Vec<String>>,
    threads: usize,
    case: Option<(String, String)>,
    list: bool,
    help: bool,
}

fn main() -> ExitCode {
    let cli = match parse_cli(std::env::args().skip(1).collect()) {
        Ok(cli) => cli,
        Err(e) => {
            eprintln!("fuzz: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if cli.help {
        println!("{USAGE}\nSee the top of examples/fuzz/main.rs for what each option does.");
        return ExitCode::SUCCESS;
    }
    install_panic_hook();
    let entries = entries::all();
    if cli.list {
        for e in &entries {
            println!("{:<16} {}", e.name, e.covers);
        }
        return ExitCode::SUCCESS;
    }
    if let Some((name, input)) = &cli.case {
        return replay(&entries, name, input);
    }
    let chosen: Vec<&Entry> = match &cli.only {
        None => entries.iter().collect(),
        Some(names) => {
            let unknown: Vec<&String> = names
                .iter()
                .filter(|n| !entries.iter().any(|e| e.name == n.as_str()))
                .collect();
            if !unknown.is_empty() {
                eprintln!("fuzz: unknown entry point {unknown:?}; --list shows them");
                return ExitCode::from(2);
            }
            entries
                .iter()
                .filter(|e| names.iter().any(|n| n == e.name))
                .collect()
        }
    };
    let settings = Settings {
        seed: cli.seed,
        iterations: cli.iterations,
        threads: cli.threads,
    };
    println!(
        "Fuzzing {} entry points, {} inputs each, seed {}, {} threads.",
        chosen.len(),
        settings.iterations,
        settings.seed,
        settings.threads
    );
    let mut results: Vec<(&Entry, Stats)> = Vec::new();
    for entry in chosen {
        let stats = fuzz(entry, &settings);
        println!(
            "  {:<16} {:>9} inputs  {:>8.1} s  {} failed",
            entry.name,
            stats.inputs,
            stats.wall.as_secs_f64(),
            stats.failed()
        );
        results.push((entry, stats));
    }
    for (entry, stats) in &mut results {
        for found in stats.failures.values_mut() {
            shrink(entry, found, SHRINK_BUDGET);
        }
    }
    print_summary(&results);
    let failures: Vec<(&Entry, &Found)> = results
        .iter()
        .flat_map(|(e, s)| s.failures.values().map(move |f| (*e, f)))
        .collect();
    if failures.is_empty() {
        println!("\nNo failures.");
        return ExitCode::SUCCESS;
    }
    println!("\n{} kinds of failure:", failures.len());
    for (entry, found) in failures {
        print_failure(entry, found, settings.seed);
    }
    ExitCode::FAILURE
}

fn parse_cli(args: Vec<String>) -> Result<Cli, String> {
    let mut cli = Cli {
        seed: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64 % 1_000_000_000),
        iterations: 1_000_000,
        only: None,
        threads: std::thread::available_parallelism().map_or(2, usize::from),
        case: None,
        list: false,
        help: false,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--seed" => cli.seed = number(&value("--seed")?)?,
            "--iterations" => cli.iterations = number(&value("--iterations")?)?,
            "--threads" => cli.threads = number(&value("--threads")?)?.max(1) as usize,
            "--only" => {
                let names = value("--only")?;
                cli.only = Some(names.split(',').map(str::to_string).collect());
            }
            "--case" => {
                let name = value("--case")?;
                let input = args
                    .next()
                    .ok_or("--case needs an entry point and an input")?;
                cli.case = Some((name, input));
            }
            "--list" => cli.list = true,
            "--help" | "-h" => cli.help = true,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(cli)
}

/// `1000000`, `1_000_000`, `100k` or `2M`.
fn number(text: &str) -> Result<u64, String> {
    let clean = text.replace('_', "");
    let (digits, scale) = match clean.strip_suffix(['k', 'K']) {
        Some(d) => (d, 1_000),
        None => match clean.strip_suffix('M') {
            Some(d) => (d, 1_000_000),
            None => (clean.as_str(), 1),
        },
    };
    digits
        .parse::<u64>()
        .map(|n| n * scale)
        .map_err(|_| format!("not a number: {text:?}"))
}

/// `--case`: runs one input and says what it did.
fn replay(entries: &[Entry], name: &str, input: &str) -> ExitCode {
    let Some(entry) = entries.iter().find(|e| e.name == name) else {
        eprintln!("fuzz: unknown entry point {name:?}; --list shows them");
        return ExitCode::from(2);
    };
    let bytes = match parse_input(input) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("fuzz: {e}");
            return ExitCode::from(2);
        }
    };
    let (outcome, first) = run_once(entry, &bytes);
    let time = (0..2).fold(first, |t, _| t.min(run_cpu_time(entry, &bytes)));
    println!(
        "{name}: {} bytes, {:.3} ms (CPU time, best of three runs)",
        bytes.len(),
        ms(time)
    );
    let slow = time > LIMIT;
    if slow {
        println!("FAIL: {}", run::SLOW);
    }
    match outcome {
        Ok(true) => println!("accepted; every check held"),
        Ok(false) => println!("refused; every check held"),
        Err(f) => {
            println!("FAIL: {}\n  {}", f.check, f.detail);
            return ExitCode::FAILURE;
        }
    }
    if slow {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn print_summary(results: &[(&Entry, Stats)]) {
    println!(
        "\n{:<16} {:>9} {:>9} {:>9} {:>9} {:>9} {:>13} {:>9}",
        "entry point",
        "inputs",
        "random",
        "mutated",
        "accepted",
        "failures",
        "slowest (ms)",
        "time (s)"
    );
    let (mut inputs, mut secs) = (0, 0.0);
    for (entry, s) in results {
        println!(
            "{:<16} {:>9} {:>9} {:>9} {:>9} {:>9} {:>13} {:>9.1}",
            entry.name,
            s.inputs,
            s.random,
            s.mutated,
            s.accepted,
            s.failed(),
            format!("{:.3} ({} B)", ms(s.slowest), s.slowest_len),
            s.wall.as_secs_f64()
        );
        inputs += s.inputs;
        secs += s.wall.as_secs_f64();
    }
    println!("{:<16} {:>9} {:>73.1}", "total", inputs, secs);
}

fn print_failure(entry: &Entry, found: &Found, seed: u64) {
    println!("\nFAIL {}: {}", entry.name, found.check);
    for line in found.detail.lines().take(6) {
        println!("    {}", shorten(line, 400));
    }
    let shrunk = found
        .shrunk_from
        .map_or(String::new(), |n| format!(", shrunk from {n} bytes"));
    println!(
        "    {} inputs failed this way; this one: seed {seed}, chunk {}, input {} ({}{shrunk})",
        found.count,
        found.chunk,
        found.index,
        if found.random { "random" } else { "mutated" },
    );
    let literal = byte_literal(&found.input);
    let command = "cargo run --locked --profile fuzz --example fuzz --";
    if literal.len() <= PRINT_LIMIT {
        println!("    input: {literal}");
        println!("    replay: {command} --case {} '{literal}'", entry.name);
    } else {
        let path = save_input(entry.name, &found.check, &found.input);
        println!(
            "    input: {} bytes, starting {}…",
            found.input.len(),
            shorten(&literal, 160)
        );
        println!("    saved to {}", path.display());
        println!(
            "    replay: {command} --case {} @{}",
            entry.name,
            path.display()
        );
    }
}

/// Writes a long input to `.tmp/fuzz/` and returns its path.
fn save_input(entry: &str, check: &str, input: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".tmp/fuzz");
    let tag = rng::hash(check.as_bytes()) % 0x1_0000_0000;
    let path = dir.join(format!("{entry}-{tag:08x}.bin"));
    if let Err(e) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, input)) {
        eprintln!("fuzz: cannot save {}: {e}", path.display());
    }
    path
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        text.chars().take(max).collect::<String>() + "…"
    }
}
