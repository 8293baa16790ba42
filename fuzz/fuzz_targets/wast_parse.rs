//! libFuzzer target: any UTF-8 text through the `wast` script parser and planner:
//! a parse error or a plan, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = wasm2native::wast::observe::parse_only(text);
    }
});
