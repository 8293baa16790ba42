//! The `wasm2native wast` command: reads scripts, runs them, prints the summary and
//! checks (or regenerates, with `--bless`) the known-failures list.

use super::{run_scripts, summary, KnownFailures, Script, WastOptions};
use crate::{Error, Result};
use std::path::{Path, PathBuf};

/// What `wasm2native wast` was asked to do.
#[derive(Clone, Debug, Default)]
pub struct CliArgs {
    pub files: Vec<PathBuf>,
    /// Known-failures list to check against (or to rewrite with `bless`).
    pub known_failures: Option<PathBuf>,
    /// Rewrite the known-failures list from this run instead of checking it.
    pub bless: bool,
    /// Print every failure (failures are always printed when there is no list).
    pub verbose: bool,
}

fn read(p: &Path) -> Result<String> {
    std::fs::read(p)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| Error::Io {
            context: format!("reading {}", p.display()),
            error: e,
        })
}

/// Runs the command; returns whether the run is clean (no unexpected failure, no stale
/// known-failure entry).
pub fn run(args: &CliArgs, opts: &WastOptions) -> Result<bool> {
    let mut scripts = Vec::new();
    for f in &args.files {
        let name = f.file_name().map_or_else(
            || f.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        scripts.push(Script {
            name,
            text: read(f)?,
        });
    }
    let start = std::time::Instant::now();
    let reports = run_scripts(&scripts, opts)?;
    let known = match &args.known_failures {
        Some(p) if p.exists() => Some(KnownFailures::parse(&read(p)?)),
        _ => None,
    };
    print!("{}", summary(&reports, args.verbose || known.is_none()));
    if reports.len() > 1 {
        println!("per directive (passed/failed/skipped):");
        for (d, (p, f, s)) in super::directive_counts(&reports) {
            println!("  {d:<22} {p:>6} {f:>6} {s:>6}");
        }
    }
    use std::io::Write as _;
    let _ = std::io::stdout().flush();
    eprintln!("({} script(s) in {:.1?})", reports.len(), start.elapsed());
    if args.bless {
        let p = args
            .known_failures
            .as_ref()
            .ok_or_else(|| Error::Unsupported("--bless needs --known-failures FILE".into()))?;
        // Entries of scripts that were not run are kept.
        let mut text = KnownFailures::from_reports(&reports);
        if let Some(k) = &known {
            for (key, reason) in &k.entries {
                let script = key.rsplit_once(':').map_or(key.as_str(), |(s, _)| s);
                if !reports.iter().any(|r| r.name == script) {
                    text.push_str(&format!("{key}  {reason}\n"));
                }
            }
        }
        std::fs::write(p, text).map_err(|e| Error::Io {
            context: format!("writing {}", p.display()),
            error: e,
        })?;
        eprintln!("wrote {}", p.display());
        return Ok(true);
    }
    match known {
        None => Ok(reports.iter().all(|r| r.count().1 == 0)),
        Some(k) => {
            let (unexpected, stale) = k.compare(&reports);
            for u in &unexpected {
                println!("UNEXPECTED FAILURE {u}");
            }
            for s in &stale {
                println!("NOW PASSING (remove from the known-failures list) {s}");
            }
            Ok(unexpected.is_empty() && stale.is_empty())
        }
    }
}
