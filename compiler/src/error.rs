//! The library's error type: a handful of variants. Most display as one line; a wat
//! syntax error shows the source line with a caret, and messages from other tools
//! keep their lines (indented under the first).

use std::fmt;
use std::path::{Path, PathBuf};

/// Everything that can go wrong in the library.
#[derive(Debug)]
pub enum Error {
    /// The input is not a valid WebAssembly module (malformed or invalid), at `offset`.
    InvalidWasm {
        /// What is wrong (wasmparser's message).
        message: String,
        /// The byte offset in the binary module.
        offset: usize,
    },
    /// The `.wat` text did not parse (rendered with the line and column, and with the
    /// file name once [`Error::in_file`] gave it one).
    InvalidWat(Box<wat::Error>),
    /// The input is neither a WebAssembly binary nor text: its first bytes.
    NotWasm {
        /// The input's first bytes.
        head: Vec<u8>,
    },
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
    /// Nothing linked into an executable defines these function imports
    /// (`module.name (C symbol ...)` each).
    MissingImports(Vec<String>),
    /// The command line asks for something that cannot be done: binary output to a
    /// terminal, no entry point, no such export, an `--invoke` argument of the wrong
    /// type.
    Usage(String),
    /// An I/O error, with what was being done (naming the path).
    Io {
        /// What was being done (`reading FILE`, `writing FILE`, ...).
        context: String,
        /// The error.
        error: std::io::Error,
    },
    /// An error about the module read from `path`.
    InFile {
        /// The file the module was read from.
        path: PathBuf,
        /// The error.
        error: Box<Error>,
    },
}

impl Error {
    /// Names the input file an error is about (`-` is standard input): wat errors get
    /// it in their `--> file:line:col` line, errors about the module's bytes a
    /// `file: ` prefix; errors about other things are left as they are.
    pub fn in_file(self, path: &Path) -> Error {
        let shown = if path == Path::new("-") {
            Path::new("<stdin>")
        } else {
            path
        };
        match self {
            Error::InvalidWat(mut e) => {
                e.set_path(shown);
                Error::InvalidWat(e)
            }
            e @ (Error::InvalidWasm { .. } | Error::NotWasm { .. } | Error::ImplLimit(_)) => {
                Error::InFile {
                    path: shown.to_path_buf(),
                    error: Box::new(e),
                }
            }
            // `Unsupported` and the others may be about options or tools.
            e => e,
        }
    }
}

/// What a file starting with `head` looks like, when it is a known format.
pub(crate) fn known_format(head: &[u8]) -> Option<&'static str> {
    const FORMATS: &[(&[u8], &str)] = &[
        (
            b"\x7fELF",
            "ELF magic: a native executable, object or library",
        ),
        (b"!<arch>\n", "the magic of an `ar` archive"),
        (b"MZ", "the magic of a Windows executable"),
        (b"\xcf\xfa\xed\xfe", "Mach-O magic"),
        (
            b"\xca\xfe\xba\xbe",
            "the magic of a Mach-O universal binary or Java class",
        ),
        (b"PK\x03\x04", "the magic of a zip archive"),
        (b"\x1f\x8b", "the magic of gzip-compressed data"),
        (b"\x28\xb5\x2f\xfd", "the magic of zstd-compressed data"),
        (b"#!", "`#!`: a script"),
    ];
    FORMATS
        .iter()
        .find(|(magic, _)| head.starts_with(magic))
        .map(|(_, what)| *what)
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidWasm { message, offset } => {
                write!(
                    f,
                    "invalid WebAssembly at offset 0x{offset:x}: {}",
                    indented(message)
                )
            }
            Error::InvalidWat(e) => write!(f, "invalid text format: {e}"),
            Error::NotWasm { head } if head.is_empty() => {
                write!(f, "not a WebAssembly module: the input is empty")
            }
            Error::NotWasm { head } => {
                let bytes: Vec<String> = head.iter().take(4).map(|b| format!("{b:02x}")).collect();
                write!(
                    f,
                    "not a WebAssembly module: it starts with bytes {}",
                    bytes.join(" ")
                )?;
                if let Some(what) = known_format(head) {
                    write!(f, " ({what})")?;
                }
                write!(
                    f,
                    ", where a module starts with 00 61 73 6d (or is .wat text)"
                )
            }
            Error::Unsupported(m) => write!(f, "unsupported: {m}"),
            Error::ImplLimit(m) => write!(f, "implementation limit exceeded: {m}"),
            Error::Codegen(m) => write!(f, "code generation failed: {}", indented(m)),
            Error::Toolchain(m) => write!(f, "{}", indented(m)),
            Error::Link(m) => write!(f, "{}", indented(m)),
            Error::MissingImports(imports) => write!(
                f,
                "no provider for import{} {}",
                if imports.len() > 1 { "s" } else { "" },
                imports.join(", ")
            ),
            Error::Usage(m) => write!(f, "{}", indented(m)),
            Error::Io { context, error } => write!(f, "{context}: {}", io_message(error)),
            Error::InFile { path, error } => write!(f, "{}: {error}", path.display()),
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

/// An I/O error as a person reads it: the system's message without its
/// `(os error N)` suffix, and plain words for errors made up from a kind alone.
fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    if e.raw_os_error().is_none() && e.get_ref().is_none() {
        // `io::Error::from(kind)` displays as e.g. "entity not found".
        return match e.kind() {
            ErrorKind::NotFound => "file not found".into(),
            ErrorKind::PermissionDenied => "permission denied".into(),
            ErrorKind::AlreadyExists => "already exists".into(),
            _ => e.to_string(),
        };
    }
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) if s.ends_with(')') => s[..i].to_string(),
        _ => s,
    }
}

/// A multi-line message with its later lines indented under the first (blank lines
/// dropped), so that it reads as one diagnostic.
fn indented(s: &str) -> String {
    let mut lines = s
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty());
    let mut out = lines.next().unwrap_or("").trim().to_string();
    for l in lines {
        out.push_str("\n  ");
        out.push_str(l);
    }
    out
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
