//! The browser shell: Leptos components that render the core's values and
//! turn what the reader does into intents on the session.
//!
//! Candor is three wasm modules in one page, in two folders here:
//!
//! - `reader/`: the reader's module (`start`, `reader::app::App`), which
//!   every visitor downloads: the quiz, the report, shared results, About,
//!   and the small loaders that bring in the tools' modules when wanted.
//! - `tools/`: the facilitator's tools, two modules built from one folder:
//!   the team's (`start_tools`: the team view and its presenter, the
//!   pictures, and a refused quiz file's full explanations) and the coach's
//!   (`start_coach`: the embed builder, the quiz-file checker and the quiz
//!   editor). The page loads each only when one of its screens opens (the
//!   team's also for a picture or a quiz file to explain), so readers never
//!   download them, and a team link never downloads the coach's.
//! - `shared/`: what both use: the route and navigation (both follow the
//!   same URL fragment, and each shows only its own screens), languages,
//!   storage, the embed bridge, quiz loading, the page's boot, and the
//!   small components both render.
//!
//! Nothing in `reader/` uses `tools/`, and `shared/` uses neither (the
//! test `module_folders` checks it): a reader's download holds no tools'
//! code by construction, not only because the linker drops it.

mod reader;
mod shared;
mod tools;

pub use reader::start;
pub use tools::{start_coach, start_tools};
