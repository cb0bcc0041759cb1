//! The shell's folders say which wasm module their code is in (see
//! `src/app/mod.rs`): `reader/` is what every visitor downloads, `tools/` the
//! facilitator's two modules the page loads when wanted, `shared/` what all use.
//! Nothing in `reader/` may use `tools/`, and `shared/` may use neither:
//! every module path in their code (`crate::app::…`, `super::…`) is
//! resolved and its folder checked.

use std::fs;
use std::path::{Path, PathBuf};

const APP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/app");

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|x| x == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The module path of a file under `src/app`, from `app`: `reader/components/x.rs`
/// is `["app", "reader", "components", "x"]`, a `mod.rs` its folder's.
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(APP).unwrap().with_extension("");
    let mut path = vec!["app".to_string()];
    path.extend(
        relative
            .iter()
            .map(|part| part.to_string_lossy().into_owned()),
    );
    if path.last().is_some_and(|last| last == "mod") {
        path.pop();
    }
    path
}

/// The code of a file without its comments (`//` to the end of the line;
/// the shell has no block comments) and without string literals, so a path
/// named in a sentence or a message is not taken for a use.
fn code_of(source: &str) -> String {
    let mut code = String::new();
    for line in source.lines() {
        let mut in_string = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' if in_string => {
                    chars.next();
                }
                '"' => in_string = !in_string,
                '/' if !in_string && chars.peek() == Some(&'/') => break,
                _ if in_string => {}
                _ => code.push(c),
            }
        }
        code.push('\n');
    }
    code
}

/// Every module path in `code`, resolved from the module `at`: `super::x`
/// and `crate::app::x` become `["app", …, "x"]`. Paths outside `app` (the
/// core, other crates) are left out.
fn app_paths(code: &str, at: &[String]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let words: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .filter(|w| w.contains("::"))
        .collect();
    for word in words {
        let parts: Vec<&str> = word.split("::").filter(|p| !p.is_empty()).collect();
        let resolved = match parts.as_slice() {
            ["crate", "app", rest @ ..] => {
                let mut path = vec!["app".to_string()];
                path.extend(rest.iter().map(|p| p.to_string()));
                path
            }
            ["super", ..] => {
                let ups = parts.iter().take_while(|p| **p == "super").count();
                assert!(ups < at.len(), "{word} goes above the crate from {at:?}");
                let mut path = at[..at.len() - ups].to_vec();
                path.extend(parts[ups..].iter().map(|p| p.to_string()));
                path
            }
            _ => continue,
        };
        if resolved.first().is_some_and(|first| first == "app") {
            found.push(resolved);
        }
    }
    found
}

/// Each use, from a file under `from`, of a path into one of `forbidden`
/// folders: "file: path".
fn uses_of(from: &str, forbidden: &[&str]) -> Vec<String> {
    let mut uses = Vec::new();
    let files = rust_files(&Path::new(APP).join(from));
    assert!(!files.is_empty(), "src/app/{from} has no Rust files");
    for file in files {
        let at = module_of(&file);
        let code = code_of(&fs::read_to_string(&file).unwrap());
        for path in app_paths(&code, &at) {
            if path
                .get(1)
                .is_some_and(|folder| forbidden.contains(&folder.as_str()))
            {
                uses.push(format!("{}: {}", file.display(), path.join("::")));
            }
        }
    }
    uses
}

#[test]
fn nothing_in_the_readers_folder_uses_the_tools() {
    assert_eq!(uses_of("reader", &["tools"]), Vec::<String>::new());
}

#[test]
fn the_shared_folder_uses_neither_module() {
    assert_eq!(
        uses_of("shared", &["reader", "tools"]),
        Vec::<String>::new()
    );
}

#[test]
fn the_tools_use_nothing_of_the_reader() {
    // The tools' module runs beside the reader's, sharing no memory: the
    // reader's session, offline worker and loader are not theirs to use.
    assert_eq!(uses_of("tools", &["reader"]), Vec::<String>::new());
}

#[test]
fn the_check_sees_uses_through_super_and_crate_paths() {
    // The checker itself: both ways of naming the tools are caught, and
    // what a comment or a string says is not.
    let at: Vec<String> = ["app", "reader", "components", "x"]
        .map(String::from)
        .to_vec();
    let code = code_of(
        "use super::super::super::tools::picture;\n\
         let _ = crate::app::tools::Checked::default(); // crate::app::reader::state\n\
         let s = \"crate::app::tools::in_a_string\";\n\
         use super::section::Section;\n",
    );
    let paths: Vec<String> = app_paths(&code, &at).iter().map(|p| p.join("::")).collect();
    assert_eq!(
        paths,
        [
            "app::tools::picture",
            "app::tools::Checked::default",
            "app::reader::components::section::Section"
        ]
    );
}
