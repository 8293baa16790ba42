//! The executable cache of `wasm2native run`: one executable per module and codegen
//! options, keyed by SHA-256, checked on every hit, bounded in size with
//! least-recently-used eviction.
//!
//! Layout: `<cache>/exe/<64 hex digits>/` holds `program` (the executable) and `key`
//! (the full text the name hashes, plus the program's own SHA-256). An entry is built
//! in a scratch directory next to it and renamed into place, so concurrent runs never
//! see a half-written entry. A hit whose `key` differs from the expected text, or
//! whose program no longer has the recorded hash, is removed and rebuilt: it is never
//! executed. Using an entry touches its `key` file; after a new entry is added, the
//! least recently used ones are removed until the executables fit the bound
//! (`WASM2NATIVE_CACHE_MAX`, default 512 MiB).
//!
//! The executables take their WASI settings (`--dir`, `--env`, `--inherit-env`), their
//! `argv[0]` and `--invoke` from private leading arguments at run time (see
//! runtime-support/src/run_cache.c), so those never change the key.

use crate::error::{Error, Result};
use crate::toolchain::{self, CcOptions};
use crate::{CompileOptions, WasiConfig};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Default bound of the executables in the cache, in bytes.
pub(crate) const DEFAULT_MAX_BYTES: u64 = 512 << 20;

/// The cache directory (`WASM2NATIVE_CACHE`, else `$XDG_CACHE_HOME/wasm2native`,
/// else `~/.cache/wasm2native`).
pub(crate) fn dir() -> PathBuf {
    toolchain::cache_dir()
}

fn exe_dir() -> PathBuf {
    dir().join("exe")
}

fn io(context: impl std::fmt::Display, error: std::io::Error) -> Error {
    Error::Io {
        context: context.to_string(),
        error,
    }
}

/// Lower-case hex of a digest.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 of `data`, in hex.
pub(crate) fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// The size bound: `WASM2NATIVE_CACHE_MAX` (bytes, with an optional `K`, `M` or `G`
/// suffix for KiB, MiB, GiB), else [`DEFAULT_MAX_BYTES`].
pub(crate) fn max_bytes() -> Result<u64> {
    match std::env::var("WASM2NATIVE_CACHE_MAX") {
        Ok(s) => parse_size(&s).ok_or_else(|| Error::Io {
            context: format!("WASM2NATIVE_CACHE_MAX={s}"),
            error: std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "expected a size in bytes, optionally with a K, M or G suffix",
            ),
        }),
        Err(_) => Ok(DEFAULT_MAX_BYTES),
    }
}

/// Parses `123`, `64K`, `512M`, `2G` (powers of 1024; a trailing `iB`/`B` is allowed).
pub(crate) fn parse_size(s: &str) -> Option<u64> {
    let t = s.trim();
    let t = t
        .strip_suffix("iB")
        .or_else(|| t.strip_suffix('B'))
        .unwrap_or(t);
    let (num, shift) = match t.chars().last()? {
        'k' | 'K' => (&t[..t.len() - 1], 10),
        'm' | 'M' => (&t[..t.len() - 1], 20),
        'g' | 'G' => (&t[..t.len() - 1], 30),
        _ => (t, 0),
    };
    num.trim().parse::<u64>().ok()?.checked_mul(1u64 << shift)
}

/// The text a cache entry's name hashes: everything that affects the executable.
fn key_text(input: &[u8], opts: &CompileOptions, cc: &CcOptions) -> String {
    let mut rt = Sha256::new();
    for (name, data) in toolchain::RUNTIME_FILES {
        rt.update((name.len() as u64).to_le_bytes());
        rt.update(name.as_bytes());
        rt.update((data.len() as u64).to_le_bytes());
        rt.update(data);
    }
    let mut compiler = String::from(env!("CARGO_PKG_VERSION"));
    if let Ok(exe) = std::env::current_exe() {
        compiler.push_str(&format!(" {}", exe.display()));
        if let Ok(m) = std::fs::metadata(&exe) {
            compiler.push_str(&format!(" len={}", m.len()));
            if let Ok(t) = m.modified() {
                compiler.push_str(&format!(" mtime={t:?}"));
            }
        }
    }
    // The number of compile threads does not change the output.
    let opts = CompileOptions {
        threads: 0,
        ..opts.clone()
    };
    format!(
        "wasm2native run cache v2\nmodule sha256={}\ncompiler {compiler}\nruntime sha256={}\noptions {opts:?}\ncc {cc:?}\n",
        sha256_hex(input),
        hex(&rt.finalize()),
    )
}

/// The executable that runs `input` with these options (built for the run cache: it
/// takes WASI settings and `--invoke` from private arguments), compiled once and
/// cached. Returns its path.
pub(crate) fn cached_executable(
    input: &[u8],
    opts: &CompileOptions,
    cc: &CcOptions,
) -> Result<PathBuf> {
    let key = key_text(input, opts, cc);
    let name = sha256_hex(key.as_bytes());
    let root = exe_dir();
    let entry = root.join(&name);
    if let Some(p) = check_entry(&entry, &key) {
        touch(&entry);
        return Ok(p);
    }
    // Missing, or present but failing the check: (re)build.
    if entry.exists() {
        let _ = std::fs::remove_dir_all(&entry);
    }
    std::fs::create_dir_all(&root).map_err(|e| io(root.display(), e))?;
    let tmp = toolchain::unique_sibling(&entry);
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| io(tmp.display(), e))?;
    let built = (|| {
        let program = tmp.join("program");
        let cfg = WasiConfig {
            run_cache: true,
            ..Default::default()
        };
        crate::build_executable_wasi(input, opts, cc, &[], &cfg, &program)?;
        let data = std::fs::read(&program).map_err(|e| io(program.display(), e))?;
        let record = format!("{key}program sha256={}\n", sha256_hex(&data));
        let k = tmp.join("key");
        std::fs::write(&k, record).map_err(|e| io(k.display(), e))
    })();
    if let Err(e) = built {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    if std::fs::rename(&tmp, &entry).is_err() {
        // Another run put the same entry in place first: use it if it checks out.
        let _ = std::fs::remove_dir_all(&tmp);
        if check_entry(&entry, &key).is_none() {
            return Err(io(
                entry.display(),
                std::io::Error::other("a concurrent run left an entry that fails its check"),
            ));
        }
    }
    touch(&entry);
    evict(max_bytes()?, Some(&entry));
    Ok(entry.join("program"))
}

/// The entry's program when its `key` file is exactly `key` plus the program's
/// current SHA-256.
fn check_entry(entry: &Path, key: &str) -> Option<PathBuf> {
    let stored = std::fs::read_to_string(entry.join("key")).ok()?;
    let rest = stored.strip_prefix(key)?;
    let want = rest.strip_prefix("program sha256=")?.strip_suffix('\n')?;
    let program = entry.join("program");
    let data = std::fs::read(&program).ok()?;
    (sha256_hex(&data) == want).then_some(program)
}

/// Marks an entry as just used.
fn touch(entry: &Path) {
    if let Ok(f) = std::fs::File::options()
        .append(true)
        .open(entry.join("key"))
    {
        let _ = f.set_modified(SystemTime::now());
    }
}

/// One cache entry: its directory, size in bytes, last use.
struct Entry {
    path: PathBuf,
    bytes: u64,
    used: SystemTime,
}

fn dir_bytes(p: &Path) -> u64 {
    let Ok(m) = std::fs::symlink_metadata(p) else {
        return 0;
    };
    if !m.is_dir() {
        return m.len();
    }
    std::fs::read_dir(p)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| dir_bytes(&e.path()))
                .sum()
        })
        .unwrap_or(0)
}

fn is_entry_name(n: &str) -> bool {
    n.len() == 64 && n.bytes().all(|b| b.is_ascii_hexdigit())
}

fn entries() -> Vec<Entry> {
    let Ok(rd) = std::fs::read_dir(exe_dir()) else {
        return Vec::new();
    };
    rd.filter_map(|e| e.ok())
        .filter(|e| is_entry_name(&e.file_name().to_string_lossy()))
        .map(|e| {
            let path = e.path();
            let used = std::fs::metadata(path.join("key"))
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            Entry {
                bytes: dir_bytes(&path),
                path,
                used,
            }
        })
        .collect()
}

/// Removes least-recently-used entries (never `keep`) until the executables take at
/// most `max` bytes. Also removes scratch directories left by runs that died (older
/// than an hour) and the files of older cache formats. Returns the number of entries
/// removed.
pub(crate) fn evict(max: u64, keep: Option<&Path>) -> usize {
    if let Ok(rd) = std::fs::read_dir(exe_dir()) {
        for e in rd.filter_map(|e| e.ok()) {
            let n = e.file_name().to_string_lossy().into_owned();
            let old = e
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|d| d.as_secs() > 3600);
            if is_entry_name(&n) || (n.contains(".tmp-") && !old) {
                continue;
            }
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                let _ = std::fs::remove_dir_all(e.path());
            } else {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    let mut all = entries();
    let mut total: u64 = all.iter().map(|e| e.bytes).sum();
    all.sort_by_key(|e| e.used);
    let mut removed = 0;
    for e in all {
        if total <= max {
            break;
        }
        if keep.is_some_and(|k| k == e.path) {
            continue;
        }
        if std::fs::remove_dir_all(&e.path).is_ok() {
            total = total.saturating_sub(e.bytes);
            removed += 1;
        }
    }
    removed
}

/// What `wasm2native cache size` reports.
pub(crate) struct Usage {
    /// Cached executables and their total size.
    pub executables: usize,
    pub executable_bytes: u64,
    /// Everything under the cache directory (executables and runtime builds).
    pub total_bytes: u64,
}

/// The cache's current use.
pub(crate) fn usage() -> Usage {
    let e = entries();
    Usage {
        executables: e.len(),
        executable_bytes: e.iter().map(|e| e.bytes).sum(),
        total_bytes: dir_bytes(&dir()),
    }
}

/// Removes everything in the cache directory (cached executables and runtime builds).
pub(crate) fn clean() -> Result<u64> {
    let d = dir();
    let bytes = dir_bytes(&d);
    let rd = match std::fs::read_dir(&d) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(io(d.display(), e)),
    };
    for e in rd.filter_map(|e| e.ok()) {
        let p = e.path();
        let r = if e.file_type().is_ok_and(|t| t.is_dir()) {
            std::fs::remove_dir_all(&p)
        } else {
            std::fs::remove_file(&p)
        };
        r.map_err(|e| io(p.display(), e))?;
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("123"), Some(123));
        assert_eq!(parse_size("64K"), Some(64 << 10));
        assert_eq!(parse_size("512M"), Some(512 << 20));
        assert_eq!(parse_size("2GiB"), Some(2 << 30));
        assert_eq!(parse_size("1MB"), Some(1 << 20));
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size(""), None);
    }
}
