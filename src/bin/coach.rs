//! The coach's tools (embed builder, quiz-file checker, quiz editor): a wasm
//! module that the reader's page loads when one of them opens.

fn main() {
    candor::app::start_coach();
}
