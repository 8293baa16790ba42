//! The checked-in C header `runtime-support/include/w2n_abi.h` must be exactly what
//! `abi.rs` generates. Run with `BLESS=1` to regenerate it.

use std::path::Path;

#[test]
fn abi_header_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime-support/include/w2n_abi.h");
    let want = wasm2native::abi_header();
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{} is stale; regenerate it with `BLESS=1 cargo test --test abi_header`",
        path.display()
    );
}
