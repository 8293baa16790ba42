//! Compiles guest.wat to native code for the crate's target and links it, with the
//! wasm2native runtime, into the program.

use std::path::PathBuf;

fn main() {
    if let Err(e) = build() {
        // The message as wasm2native prints it (e.g. a .wat syntax error with its line).
        panic!("wasm2native: {e}");
    }
}

fn build() -> wasm2native::Result<()> {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    // The target Cargo builds for (TARGET); the C compiler as the cc crate finds it.
    let builder = wasm2native::Builder::from_cargo_env()?;
    // OUT_DIR/guest.o, guest.h (the C view of its imports and exports) and libguest.a.
    // Its descriptor is the symbol `w2n_module_guest`.
    let guest = builder.compile_to("guest.wat", "guest", &out)?;
    // OUT_DIR/libw2nrt.a and OUT_DIR/include/ (wasm2native.h).
    let runtime = builder.runtime(&out)?;
    // The module first: it calls into the runtime.
    guest.cargo_link();
    runtime.cargo_link();
    println!("cargo:rerun-if-changed=guest.wat");
    Ok(())
}
