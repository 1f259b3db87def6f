fn main() {
    uncramp::ui::crash::install_panic_hook();
    uncramp::mount();
}
