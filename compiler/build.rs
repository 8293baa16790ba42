//! Embeds the runtime-support sources (headers and C files) into the compiler, so the
//! `wasm2native` binary can build the runtime for any target without a source tree.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Paths relative to this package's root, for `rerun-if-changed` and (through
    // CARGO_MANIFEST_DIR) `include_bytes!`: a target directory copied from another
    // checkout then notices this checkout's runtime sources, not the other's.
    let root = Path::new("../runtime-support");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from("/// Runtime sources: (path relative to runtime-support/, contents).\npub(crate) const RUNTIME_FILES: &[(&str, &[u8])] = &[\n");
    for dir in ["include", "src"] {
        let d = root.join(dir);
        println!("cargo:rerun-if-changed={}", d.display());
        let mut entries: Vec<_> = std::fs::read_dir(&d)
            .map(|r| r.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        entries.sort();
        for p in entries {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            if ext != "c" && ext != "h" {
                continue;
            }
            println!("cargo:rerun-if-changed={}", p.display());
            let rel = format!("{dir}/{}", p.file_name().unwrap().to_string_lossy());
            let _ = writeln!(
                out,
                "    ({rel:?}, include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../runtime-support/{rel}\"))),"
            );
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("runtime_files.rs");
    std::fs::write(dest, out).unwrap();
}
