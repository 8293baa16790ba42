//! libFuzzer target: any bytes through `compile_object` (binary or text module): a
//! clean error or an ELF object that parses, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = wasm2native::CompileOptions {
        threads: 1,
        relaxed_simd: true,
        ..Default::default()
    };
    match wasm2native::compile_object(data, &opts, false, "w2n_fuzz") {
        Ok(obj) => {
            object::File::parse(&*obj)
                .expect("compile_object returned an object that does not parse");
        }
        Err(e) => assert!(!e.to_string().trim().is_empty(), "an empty error message"),
    }
});
