//! The `wasm2native` command line; it lives in the library's `cli` module (feature `cli`).

fn main() -> std::process::ExitCode {
    wasm2native::cli::main()
}
