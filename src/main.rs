fn main() {
    candor::app::start();
}
