//! Golden files for the CLIF tests (`bounds_golden`, `devirt_golden`): compare a text
//! with its file, or write it with `BLESS=1`.

use std::path::Path;

/// Whether this run re-blesses the golden files (`BLESS=1`).
pub fn blessing() -> bool {
    std::env::var_os("BLESS").is_some()
}

/// Asserts that every `NAME.wat` in `dir` is one of `cases`, so that no case file is
/// left out of its test.
pub fn assert_all_listed(dir: &Path, cases: &[&str]) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "wat") {
            let name = p.file_stem().unwrap().to_str().unwrap();
            assert!(cases.contains(&name), "{name}.wat is not in CASES");
        }
    }
}

/// Compares `text` with the golden file at `path` (or writes it when blessing): the
/// failure, if any, naming the first line that differs.
pub fn check(path: &Path, text: &str) -> Option<String> {
    if blessing() {
        std::fs::write(path, text).unwrap();
        return None;
    }
    match std::fs::read_to_string(path) {
        Ok(golden) if golden == text => None,
        Ok(golden) => Some(format!(
            "CLIF differs from {} (BLESS=1 to re-bless):\n{}",
            path.display(),
            first_difference(&golden, text)
        )),
        Err(e) => Some(format!("{}: {e} (BLESS=1 to create)", path.display())),
    }
}

fn first_difference(want: &str, got: &str) -> String {
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}:\n  golden: {w}\n  now:    {g}", i + 1);
        }
    }
    format!(
        "lengths differ: golden {} lines, now {}",
        want.lines().count(),
        got.lines().count()
    )
}
