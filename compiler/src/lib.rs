//! wasm2native: ahead-of-time compilation of WebAssembly modules to native objects and
//! executables, with Cranelift.
#![warn(unreachable_pub)]

pub mod abi;
