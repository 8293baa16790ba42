//! The library's error type: a handful of variants, each one line when displayed.

use std::fmt;

/// Everything that can go wrong in the library.
#[derive(Debug)]
pub enum Error {
    /// The input is not a valid WebAssembly module (malformed or invalid), at `offset`.
    InvalidWasm { message: String, offset: usize },
    /// The `.wat` text did not parse.
    InvalidWat(String),
    /// A valid module uses something this tool does not support (yet).
    Unsupported(String),
    /// A module exceeds an implementation limit.
    ImplLimit(String),
    /// Code generation failed (a compiler bug, reported cleanly).
    Codegen(String),
    /// The C toolchain is missing or failed.
    Toolchain(String),
    /// Linking failed.
    Link(String),
    /// The command line asks for something the module does not have or cannot take
    /// (no entry point, no such export, an `--invoke` argument of the wrong type).
    Usage(String),
    /// An I/O error, with what was being done.
    Io {
        context: String,
        error: std::io::Error,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidWasm { message, offset } => {
                write!(
                    f,
                    "invalid WebAssembly at offset 0x{offset:x}: {}",
                    one_line(message)
                )
            }
            Error::InvalidWat(m) => write!(f, "invalid text format: {}", one_line(m)),
            Error::Unsupported(m) => write!(f, "unsupported: {m}"),
            Error::ImplLimit(m) => write!(f, "implementation limit exceeded: {m}"),
            Error::Codegen(m) => write!(f, "code generation failed: {}", one_line(m)),
            Error::Toolchain(m) => write!(f, "{}", one_line(m)),
            Error::Link(m) => write!(f, "{}", one_line(m)),
            Error::Usage(m) => write!(f, "{}", one_line(m)),
            Error::Io { context, error } => write!(f, "{context}: {error}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<wasmparser::BinaryReaderError> for Error {
    fn from(e: wasmparser::BinaryReaderError) -> Self {
        Error::InvalidWasm {
            message: e.message().to_string(),
            offset: e.offset() as usize,
        }
    }
}

/// Collapses a multi-line message into one line.
pub(crate) fn one_line(s: &str) -> String {
    s.split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
