//! The browser shell: Leptos components that render the core's values and
//! turn what the reader does into intents on the session.
//!
//! Candor is two wasm modules in one page, and each has a folder here:
//!
//! - `reader/`: the reader's module (`start`, `reader::app::App`), which
//!   every visitor downloads: the quiz, the report, shared results, About,
//!   and the small loader that brings in the tools' module when wanted.
//! - `tools/`: the facilitator's tools (`start_tools`, `tools::ToolsApp`):
//!   the team view and its presenter, the embed builder, the quiz-file
//!   checker with its full explanations, and the pictures. The page loads
//!   them only when one of their screens opens, a picture is asked for or a
//!   quiz file must be explained, so readers never download them.
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
pub use tools::start_tools;
