//! The initial memory image of executables: `build` lays out memory 0's active data
//! segments page-aligned in the executable when they are at least 32 KiB, and the
//! runtime maps them copy-on-write from /proc/self/exe instead of copying (seen with
//! strace); smaller images are copied; a file that cannot be opened falls back to
//! copying; either way the guest sees the same memory: later segments over earlier ones,
//! zeros before and after the image, passive segments intact, writes private to the process (a
//! second run and the file are unchanged), growth; and a segment out of bounds still
//! traps.

#[path = "support/common.rs"]
mod common;

use common::{build_wat, fresh_temp_dir, run, Outcome};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(300);

/// Bytes of the big segment: (i * 7 + 3) mod 251, never 0 at the checked places.
fn pattern(i: usize) -> u8 {
    ((i * 7 + 3) % 251) as u8
}

fn wat_bytes(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("\\{b:02x}")).collect()
}

/// A module whose `_start` checks its memory and exits 0, or the number of the first
/// check that failed. `big` bytes of pattern at 0x1000, then "OVER" over 0x2000.
fn module(big: usize) -> String {
    module_at(big, 0x1000)
}

/// `module` with the big segment at `at` (and "OVER" 0x1000 bytes after it); memory
/// below it is zeros.
fn module_at(big: usize, at: usize) -> String {
    let seg: Vec<u8> = (0..big).map(pattern).collect();
    let end = at + big;
    format!(
        r#"(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 4)
  (data (i32.const {at}) "{seg}")
  (data (i32.const {over}) "OVER")
  (data $p "passive")
  (func $check (param i32 i32) (if (local.get 0) (then) (else (call $exit (local.get 1)))))
  (func (export "_start")
    ;; 1: the first byte of the big segment
    (call $check (i32.eq (i32.load8_u (i32.const {at})) (i32.const {b0})) (i32.const 1))
    ;; 2: a later segment wins
    (call $check (i32.eq (i32.load (i32.const {over})) (i32.const 0x5245564f)) (i32.const 2))
    ;; 3: the last byte of the image, then zeros (page padding, the rest of memory)
    (call $check (i32.eq (i32.load8_u (i32.const {last})) (i32.const {blast})) (i32.const 3))
    (call $check (i32.eqz (i32.load8_u (i32.const {end}))) (i32.const 4))
    (call $check (i32.eqz (i32.load (i32.const 0x3fffc))) (i32.const 5))
    (call $check (i32.eqz (i32.load (i32.const 0x0))) (i32.const 6))
    (call $check (i32.eqz (i32.load8_u (i32.const {below}))) (i32.const 11))
    ;; 7: writes land (privately: the next run starts from the image again)
    (i32.store (i32.const {at}) (i32.const 0x01020304))
    (call $check (i32.eq (i32.load (i32.const {at})) (i32.const 0x01020304)) (i32.const 7))
    ;; 8: the passive segment is still there
    (memory.init $p (i32.const 0x30000) (i32.const 0) (i32.const 7))
    (call $check (i32.eq (i32.load8_u (i32.const 0x30006)) (i32.const 0x65)) (i32.const 8))
    ;; 9, 10: growth, zeros in the new page
    (call $check (i32.eq (memory.grow (i32.const 1)) (i32.const 4)) (i32.const 9))
    (call $check (i32.eqz (i32.load (i32.const 0x40000))) (i32.const 10))
    (call $exit (i32.const 0))))"#,
        seg = wat_bytes(&seg),
        over = at + 0x1000,
        below = at - 1,
        b0 = pattern(0),
        last = end - 1,
        blast = pattern(big - 1),
        end = end,
    )
}

fn build(dir: &Path, name: &str, wat: &str, target: Option<&str>) -> PathBuf {
    match target {
        Some(t) => build_wat(dir, name, wat, &["--target", t]),
        None => build_wat(dir, name, wat, &[]),
    }
}

/// `exe` under strace, tracing the file opens and mappings.
fn strace(exe: &Path, extra: &[&str]) -> Outcome {
    common::strace(exe, "openat,open,mmap", extra)
}

/// An mmap of the executable's file over memory (a file descriptor, MAP_FIXED).
fn maps_the_file(trace: &str) -> bool {
    trace.contains("/proc/self/exe")
        && trace.lines().any(|l| {
            l.starts_with("mmap(0x") && l.contains("MAP_FIXED") && !l.contains("MAP_ANONYMOUS")
        })
}

/// The C libraries to check: the default (static musl when musl-gcc is installed) and
/// static glibc.
const TARGETS: [Option<&str>; 2] = [None, Some("x86_64-unknown-linux-gnu")];

#[test]
fn big_images_are_mapped_copy_on_write() {
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let dir = fresh_temp_dir("memory-image-mapped");
    for (i, target) in TARGETS.iter().enumerate() {
        let exe = build(&dir, &format!("big{i}"), &module(40 * 1024), *target);
        let before = std::fs::read(&exe).unwrap();
        for _ in 0..2 {
            let o = run(Command::new(&exe), b"", TIMEOUT);
            assert_eq!(
                o.code,
                Some(0),
                "{target:?}: check {:?} failed: {}",
                o.code,
                o.dump()
            );
        }
        assert_eq!(
            before,
            std::fs::read(&exe).unwrap(),
            "the guest's writes reached the file"
        );
        let t = strace(&exe, &[]);
        assert_eq!(t.code, Some(0), "{}", t.dump());
        assert!(
            maps_the_file(&t.stderr),
            "{target:?}: not mapped: {}",
            t.stderr
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The image starts at the page of the first segment (the zeros below it are not in the
/// file: Rust's programs put their data above a 1 MiB stack) and holds each byte of
/// the active segments once (the module's descriptor leaves them out).
#[test]
fn the_file_holds_the_segments_bytes_once_and_no_zeros_below_them() {
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let dir = fresh_temp_dir("memory-image-start");
    let size = |p: &Path| std::fs::metadata(p).unwrap().len();
    for (i, target) in TARGETS.iter().enumerate() {
        let low = build(
            &dir,
            &format!("low{i}"),
            &module_at(40 * 1024, 0x1000),
            *target,
        );
        // 128 KiB higher, at a page boundary and not at one.
        let high = build(
            &dir,
            &format!("high{i}"),
            &module_at(40 * 1024, 0x21000),
            *target,
        );
        let odd = build(
            &dir,
            &format!("odd{i}"),
            &module_at(40 * 1024, 0x21234),
            *target,
        );
        // 120 KiB more segment bytes.
        let big = build(
            &dir,
            &format!("bigger{i}"),
            &module_at(160 * 1024, 0x1000),
            *target,
        );
        for exe in [&low, &high, &odd, &big] {
            let t = strace(exe, &[]);
            assert_eq!(t.code, Some(0), "{target:?} {exe:?}: {}", t.dump());
            assert!(
                maps_the_file(&t.stderr),
                "{target:?} {exe:?}: not mapped: {}",
                t.stderr
            );
        }
        let (low, high, odd, big) = (size(&low), size(&high), size(&odd), size(&big));
        // The wat text of the segment grows with its offset's digits only.
        for (name, s) in [("high", high), ("odd", odd)] {
            assert!(
                s.abs_diff(low) < 0x4000,
                "{target:?}: {name} {s} bytes, low {low}: the zeros below the image are in the file"
            );
        }
        let more = big - low;
        assert!(
            (120 * 1024..150 * 1024).contains(&more),
            "{target:?}: 120 KiB more segment made the file {more} bytes larger"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn small_images_are_copied() {
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let dir = fresh_temp_dir("memory-image-small");
    for (i, target) in TARGETS.iter().enumerate() {
        let exe = build(&dir, &format!("small{i}"), &module(8 * 1024), *target);
        let t = strace(&exe, &[]);
        assert_eq!(t.code, Some(0), "{target:?}: {}", t.dump());
        assert!(
            !t.stderr.contains("/proc/self/exe"),
            "{target:?}: {}",
            t.stderr
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_executable_that_cannot_open_itself_copies() {
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let dir = fresh_temp_dir("memory-image-fallback");
    for (i, target) in TARGETS.iter().enumerate() {
        let exe = build(&dir, &format!("fallback{i}"), &module(40 * 1024), *target);
        let t = strace(&exe, &["-e", "inject=open,openat:error=EACCES"]);
        assert_eq!(
            t.code,
            Some(0),
            "{target:?}: check {:?} failed: {}",
            t.code,
            t.dump()
        );
        assert!(t.stderr.contains("/proc/self/exe"), "{}", t.stderr);
        assert!(!maps_the_file(&t.stderr), "{target:?}: {}", t.stderr);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_segment_out_of_bounds_still_traps() {
    let dir = fresh_temp_dir("memory-image-oob");
    let seg = wat_bytes(&vec![1u8; 40 * 1024]);
    let wat = format!(
        r#"(module (memory 1)
  (data (i32.const 0) "{seg}")
  (data (i32.const 0xfff0) "0123456789abcdefXX")
  (func (export "_start")))"#
    );
    let exe = build(&dir, "oob", &wat, None);
    let o = run(Command::new(&exe), b"", TIMEOUT);
    assert_eq!(o.code, Some(134), "{}", o.dump());
    assert!(o.stderr.contains("out of bounds"), "{}", o.dump());
    let _ = std::fs::remove_dir_all(&dir);
}
