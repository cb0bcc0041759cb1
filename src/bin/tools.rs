//! The team's tools (team view, presenter, pictures): a wasm module that
//! the reader's page loads when one of them is wanted.

fn main() {
    candor::app::start_tools();
}
