//! The facilitator's tools (team view, presenter, embed builder): a second
//! wasm module that the reader's page loads when one of them opens.

fn main() {
    candor::app::start_tools();
}
