//! memory.grow and how the linear memory is mapped (seen with strace). The runtime maps
//! each memory's reservation (its maximum and a 64 KiB guard band) `PROT_NONE` and makes
//! the initial pages read-write; every grow makes the pages it adds read-write with
//! `mprotect` (the band moves up), and a failed `mprotect` makes memory.grow return -1.
//! The guest sees grow's results, zeros in the new pages, its writes there, -1 past the
//! maximum, and an access past the size trapping, also one whose check the optimizer
//! dropped (it faults in the band). With memory 0 next to the instance (the default on
//! x86_64) and without (`--no-mem0-at-vmctx`), static musl and static glibc. The
//! process's first reservation asks for a place 64 MiB and 1,984 KiB below a 1 GiB
//! boundary (MAP_FIXED_NOREPLACE) and goes where the kernel puts it when that place is
//! taken; its huge-page decision (`uname`, and `madvise` before Linux 6.7) waits until
//! a grow makes the memory reach its first whole 2 MiB. A static musl executable holds
//! the instance and memory 0's initial pages in its own bss (runtime-support/src/memory.c,
//! `w2n_main_mem0`): the rest of the memory's reservation (its "tail") is mapped right
//! after the executable by the first grow, at that place only (taken: the grow fails).

#[path = "support/common.rs"]
mod common;

use common::{build_wat, fresh_temp_dir, run, Outcome};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(300);

/// Pages the program grows by, one at a time.
const GROWS: usize = 20;

/// A module whose `_start` grows its memory (1 page, maximum 100) by one page GROWS
/// times, checking each result, that the new page reads as zeros and takes a write at
/// both ends; then that a grow past the maximum fails and the writes are still there;
/// then reads one byte past the size, which traps. Exits with the number of the check
/// that failed (10: a grow failed).
fn module() -> String {
    format!(
        r#"(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1 100)
  (func $check (param i32 i32) (if (local.get 0) (then) (else (call $exit (local.get 1)))))
  (func (export "_start")
    (local $i i32) (local $a i32)
    (loop $l
      ;; 10: grow by one page returns the old size, 1 + i
      (call $check (i32.eq (memory.grow (i32.const 1)) (i32.add (local.get $i) (i32.const 1)))
        (i32.const 10))
      (local.set $a (i32.mul (i32.add (local.get $i) (i32.const 1)) (i32.const 65536)))
      ;; 11, 12: the new page is zero at both ends
      (call $check (i32.eqz (i32.load (local.get $a))) (i32.const 11))
      (call $check (i32.eqz (i32.load offset=65532 (local.get $a))) (i32.const 12))
      (i32.store (local.get $a) (i32.add (local.get $i) (i32.const 100)))
      (i32.store offset=65532 (local.get $a) (i32.add (local.get $i) (i32.const 200)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const {grows}))))
    ;; 13: the size; 14: past the maximum
    (call $check (i32.eq (memory.size) (i32.const {size})) (i32.const 13))
    (call $check (i32.eq (memory.grow (i32.const 100)) (i32.const -1)) (i32.const 14))
    (call $check (i32.eq (memory.size) (i32.const {size})) (i32.const 15))
    ;; 16, 17: the writes are there
    (call $check (i32.eq (i32.load (i32.const 65536)) (i32.const 100)) (i32.const 16))
    (call $check (i32.eq (i32.load (i32.const {last})) (i32.const {last_value})) (i32.const 17))
    ;; past the size: a trap (exit 134)
    (drop (i32.load8_u (i32.const {end})))
    (call $exit (i32.const 0))))"#,
        grows = GROWS,
        size = GROWS + 1,
        last = (GROWS + 1) * 65536 - 4,
        last_value = 200 + GROWS - 1,
        end = (GROWS + 1) * 65536,
    )
}

fn build(dir: &Path, name: &str, extra: &[&str]) -> PathBuf {
    build_wat(dir, name, &module(), extra)
}

/// `exe` under strace, tracing the memory calls.
fn strace(exe: &Path, extra: &[&str]) -> Outcome {
    common::strace(exe, "mmap,mprotect,munmap", extra)
}

/// The traced calls of `name` (lines of strace's output, without a pid prefix).
fn calls<'a>(trace: &'a str, name: &str) -> Vec<&'a str> {
    let prefix = format!("{name}(");
    trace
        .lines()
        .map(|l| match l.strip_prefix("[pid ") {
            Some(rest) => rest.split_once("] ").map_or(l, |(_, call)| call),
            None => l,
        })
        .filter(|l| l.starts_with(&prefix))
        .collect()
}

/// The 1-based number (among the traced mmaps) and the address range of the memory's
/// reservation: the mmap with MAP_NORESERVE (the memory has a maximum of 100 pages, so
/// at least 6,553,600 bytes; a tail, at least its 99 pages less the 4 KiB page it may
/// share with the executable's bss).
fn reservation(trace: &str) -> (usize, u64, u64) {
    let mmaps = calls(trace, "mmap");
    for (i, l) in mmaps.iter().enumerate() {
        if !l.contains("MAP_NORESERVE") {
            continue;
        }
        let len: u64 = l
            .split(", ")
            .nth(1)
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or_else(|| panic!("no length in {l}"));
        assert!(len >= 99 * 65536 - 4096, "{l}");
        let addr = l
            .rsplit_once(" = 0x")
            .and_then(|(_, a)| u64::from_str_radix(a.split_whitespace().next()?, 16).ok());
        return (i + 1, addr.unwrap_or(0), len);
    }
    panic!("no reservation (MAP_NORESERVE) in the trace:\n{trace}");
}

/// The traced mmaps that strace did not fail on purpose (`inject=...`).
fn not_injected(trace: &str) -> Vec<&str> {
    calls(trace, "mmap")
        .into_iter()
        .filter(|l| !l.contains("INJECTED"))
        .collect()
}

/// Whether the reservation of `len` bytes is a tail (see the top): the memory's first
/// page is not in it.
fn is_tail(len: u64) -> bool {
    len < 100 * 65536
}

/// The mprotect calls on [addr, addr + len).
fn mprotects_in(trace: &str, addr: u64, len: u64) -> Vec<String> {
    calls(trace, "mprotect")
        .into_iter()
        .filter(|l| first_addr(l, "mprotect").is_some_and(|a| a >= addr && a - addr < len))
        .map(str::to_string)
        .collect()
}

/// The builds to check: memory 0 next to the instance or not, static musl (the default
/// when musl-gcc is installed) and static glibc.
const BUILDS: [&[&str]; 4] = [
    &[],
    &["--no-mem0-at-vmctx"],
    &["--target", "x86_64-unknown-linux-gnu"],
    &["--target", "x86_64-unknown-linux-gnu", "--no-mem0-at-vmctx"],
];

/// The outcome of a run to the end: the trap past the size.
fn assert_traps(o: &Outcome, what: &str) {
    assert_eq!(o.code, Some(134), "{what}: a check failed: {}", o.dump());
    assert!(o.stderr.contains("out of bounds"), "{what}: {}", o.dump());
}

/// The guard band after a memory's size (runtime-support/src/memory.c, `reserve_rw`).
const GUARD_BAND: u64 = 65536;

#[test]
fn grow_makes_the_pages_it_adds_read_write() {
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let dir = fresh_temp_dir("memory-grow-protected");
    for (i, extra) in BUILDS.iter().enumerate() {
        let exe = build(&dir, &format!("grow{i}"), extra);
        assert_traps(
            &run(Command::new(&exe), b"", TIMEOUT),
            &format!("{extra:?}"),
        );
        let t = strace(&exe, &[]);
        assert_traps(&t, &format!("{extra:?} under strace"));
        let (n, addr, len) = reservation(&t.stderr);
        let line = calls(&t.stderr, "mmap")[n - 1];
        assert!(line.contains("PROT_NONE"), "{extra:?}: {line}");
        let tail = is_tail(len);
        // A tail starts after the executable's bss, which holds the initial pages and
        // the band after them (up to 4 KiB more): the first grow's pages start there.
        let from = if tail { addr - GUARD_BAND - 4096 } else { addr };
        let m = mprotects_in(&t.stderr, from, len + (addr - from));
        let (rw, none): (Vec<_>, Vec<_>) =
            m.iter().partition(|l| l.contains("PROT_READ|PROT_WRITE"));
        // The band in the bss, made PROT_NONE at start-up; a reservation of its own is
        // mapped PROT_NONE and needs none.
        assert_eq!(none.len(), usize::from(tail), "{extra:?}: {m:?}");
        // One at the start of the reservation for the initial page (and, next to the
        // instance, the instance's), then one per grow: the page it adds. A tail holds
        // no initial page.
        let initial = usize::from(!tail);
        if !tail {
            let start = format!("mprotect({addr:#x}, ");
            assert!(rw.first().is_some_and(|l| l.starts_with(&start)), "{m:?}");
        }
        let grows: Vec<_> = rw[initial..]
            .iter()
            .filter(|l| l.contains(", 65536, "))
            .collect();
        assert_eq!(grows.len(), GROWS, "{extra:?}: {m:?}\n{}", t.stderr);
        assert_eq!(rw.len(), GROWS + initial, "{extra:?}: {m:?}");
        assert!(m.iter().all(|l| l.ends_with("= 0")), "{extra:?}: {m:?}");

        // A failing mprotect (from the first grow's on): memory.grow returns -1 (check 10).
        let all = calls(&t.stderr, "mprotect");
        let first_grow = all
            .iter()
            .position(|l| l == grows[0])
            .expect("a grow's mprotect")
            + 1;
        let inject_mprotect = format!("inject=mprotect:error=ENOMEM:when={first_grow}+");
        let f = strace(&exe, &["-e", &inject_mprotect]);
        assert_eq!(f.code, Some(10), "{extra:?}: {}", f.dump());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// An access whose bounds check the optimizer dropped (a dominating check of the same
/// base, `compiler/src/translate/bounds/checks.rs`, `remove_banded`) faults in the guard
/// band after the size: the executable reports the out-of-bounds trap with the same
/// message, backtrace and exit code (134) as the build that keeps every check
/// (`--no-bounds-opt`). At the initial size (in the executable's bss with static musl)
/// and after a grow (in the tail mapped then), a load and a straddling store.
#[test]
fn a_dropped_check_traps_in_the_band() {
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let dir = fresh_temp_dir("memory-grow-band");
    // (pages grown first, the address, the access 100 bytes past it)
    let cases = [
        (0, 65532, "(drop (i32.load offset=100 (local.get $p)))"),
        (1, 131068, "(drop (i32.load offset=100 (local.get $p)))"),
        (
            0,
            65500,
            "(i64.store offset=32 (local.get $p) (i64.const -1))",
        ),
        (
            1,
            131036,
            "(i64.store offset=32 (local.get $p) (i64.const -1))",
        ),
    ];
    for (c, (grow, p, access)) in cases.iter().enumerate() {
        let wat = format!(
            r#"(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1 100)
  (global $n (mut i32) (i32.const 0))
  (func $tick (global.set $n (i32.add (global.get $n) (i32.const 1))))
  (func $reach (param $p i32)
    (drop (i32.load (local.get $p)))
    (call $tick)
    {access})
  (func (export "_start")
    (drop (memory.grow (i32.const {grow})))
    (call $reach (i32.const {p}))
    (call $exit (i32.const 0))))"#
        );
        for (i, extra) in BUILDS.iter().enumerate() {
            let what = format!("case {c}, {extra:?}");
            let exe = build_wat(&dir, &format!("band{c}_{i}"), &wat, extra);
            let o = run(Command::new(&exe), b"", TIMEOUT);
            assert_eq!(o.code, Some(134), "{what}: {}", o.dump());
            assert!(
                o.stderr
                    .starts_with("wasm trap: out of bounds memory access\nwasm backtrace:\n"),
                "{what}: {}",
                o.dump()
            );
            let mut checked = extra.to_vec();
            checked.push("--no-bounds-opt");
            let exe = build_wat(&dir, &format!("band{c}_{i}_checked"), &wat, &checked);
            let k = run(Command::new(&exe), b"", TIMEOUT);
            assert_eq!(k.code, Some(134), "{what}: {}", k.dump());
            assert_eq!(o.stderr, k.stderr, "{what}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The address an mmap line asks for (its first argument), None for NULL.
fn mmap_hint(line: &str) -> Option<u64> {
    first_addr(line, "mmap")
}

/// The first argument of a traced `call(0x..., ...)` line, when it is an address.
fn first_addr(line: &str, call: &str) -> Option<u64> {
    let a = line.strip_prefix(call)?.strip_prefix("(0x")?;
    u64::from_str_radix(a.split(',').next()?, 16).ok()
}

#[test]
fn the_first_reservation_asks_for_a_place_below_a_gib_boundary() {
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    const GIB: u64 = 1 << 30;
    let dir = fresh_temp_dir("memory-grow-place");
    for (i, extra) in BUILDS.iter().enumerate() {
        let exe = build(&dir, &format!("grow{i}"), extra);
        let mut t = strace(&exe, &[]);
        // A static glibc executable's `brk` heap, which x86_64 starts anywhere in the GiB
        // after the executable, takes the place in about 0.7% of runs (the runtime then
        // asks 1 GiB higher: checked below with an injected failure). Such a run says
        // nothing about where the place is: run again (each run draws a new heap start).
        for _ in 0..5 {
            let (n, _, _) = reservation(&t.stderr);
            if !calls(&t.stderr, "mmap")[n - 1].contains("EEXIST") {
                break;
            }
            t = strace(&exe, &[]);
        }
        assert_traps(&t, &format!("{extra:?} under strace"));
        let (n, addr, len) = reservation(&t.stderr);
        let line = calls(&t.stderr, "mmap")[n - 1];
        assert!(line.contains("MAP_FIXED_NOREPLACE"), "{extra:?}: {line}");
        let hint = mmap_hint(line).unwrap_or_else(|| panic!("no address asked: {line}"));
        if is_tail(len) {
            // Right after the executable, which is linked a little below a GiB boundary.
            assert_eq!(addr, hint, "{extra:?}: not placed there: {line}");
            assert!(GIB - hint % GIB <= 64 << 20, "{extra:?}: {line}");
            // Taken: at that place only, so memory.grow fails (check 10).
            let inject = format!("inject=mmap:error=EEXIST:when={n}");
            let f = strace(&exe, &["-e", &inject]);
            assert_eq!(f.code, Some(10), "{extra:?}, place taken: {}", f.dump());
            let asked: Vec<&str> = calls(&f.stderr, "mmap")
                .into_iter()
                .filter(|l| l.contains("INJECTED"))
                .collect();
            assert!(
                asked.len() == 1 && asked.iter().all(|l| mmap_hint(l) == Some(hint)),
                "{extra:?}: {asked:?}"
            );
            continue;
        }
        // 64 MiB and 1,984 KiB below it (2 MiB less the instance's 64 KiB: no huge
        // page can back the first 1,984 KiB, see thp_decide).
        assert_eq!(
            (hint + (64 << 20) + (1984 << 10)) % GIB,
            0,
            "{extra:?}: {line}"
        );
        assert_eq!(addr, hint, "{extra:?}: not placed there: {line}");

        // The place is taken (a static glibc executable's `brk` heap, which x86_64
        // starts anywhere in the GiB after the executable, lands there in about 0.7% of
        // runs): the same place 1 GiB higher.
        let inject = format!("inject=mmap:error=EEXIST:when={n}");
        let f = strace(&exe, &["-e", &inject]);
        assert_traps(&f, &format!("{extra:?}, place taken once"));
        let rest = not_injected(&f.stderr);
        let (m, addr, _) = reservation(&rest.join("\n"));
        let line = rest[m - 1];
        assert_eq!(mmap_hint(line), Some(hint + GIB), "{extra:?}: {line}");
        assert_eq!(addr, hint + GIB, "{extra:?}: {line}");

        // Taken three times (the place and the two above it): the reservation goes
        // anywhere, read-write all the same.
        let inject = format!("inject=mmap:error=EEXIST:when={n}..{}", n + 2);
        let f = strace(&exe, &["-e", &inject]);
        assert_traps(&f, &format!("{extra:?}, place taken"));
        let asked: Vec<Option<u64>> = calls(&f.stderr, "mmap")
            .into_iter()
            .filter(|l| l.contains("INJECTED"))
            .map(mmap_hint)
            .collect();
        assert_eq!(
            asked,
            [Some(hint), Some(hint + GIB), Some(hint + 2 * GIB)],
            "{extra:?}: {}",
            f.stderr
        );
        let rest = not_injected(&f.stderr);
        let (m, addr, len) = reservation(&rest.join("\n"));
        let line = rest[m - 1];
        assert!(
            mmap_hint(line).is_none() && line.contains("PROT_NONE"),
            "{extra:?}: {line}"
        );
        assert_ne!(addr, hint, "{extra:?}: {line}");
        let m = mprotects_in(&f.stderr, addr, len);
        let start = format!("mprotect({addr:#x}, ");
        assert!(m.first().is_some_and(|l| l.starts_with(&start)), "{m:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Under valgrind, which keeps the addresses after the executable's bss for the client's
/// `brk`, the executable takes no region (runtime-support/src/memory.c, `on_valgrind`):
/// memory 0 gets a reservation of its own and grows as usual (with the region, the
/// tail's place is taken and every grow fails: check 10).
#[test]
fn a_program_under_valgrind_grows() {
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let dir = fresh_temp_dir("memory-grow-valgrind");
    let exe = build(&dir, "grow", &[]);
    // (No --error-exitcode: the final access past the size, whose check the optimizer
    // dropped, faults in the guard band, which valgrind reports as an invalid read
    // before the handler turns it into the trap.)
    let mut c = Command::new("valgrind");
    c.args(["-q"]).arg(&exe);
    let o = run(c, b"", TIMEOUT);
    assert!(
        !o.stderr.contains("not found") && o.code.is_some(),
        "valgrind is needed (scripts/test installs it): {}",
        o.dump()
    );
    assert_traps(&o, "under valgrind");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The kernel's version as (major, minor).
fn kernel_version() -> (u32, u32) {
    let r = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
    let mut it = r.trim().split(|c: char| !c.is_ascii_digit());
    let major = it.next().and_then(|x| x.parse().ok()).unwrap_or(0);
    let minor = it.next().and_then(|x| x.parse().ok()).unwrap_or(0);
    (major, minor)
}

/// The huge-page decision for the first reservation (runtime-support/src/memory.c,
/// `thp_decide`): none at start-up while the instance and the initial memory lie in the
/// reservation's first 1,984 KiB (no transparent huge page can back them), one `uname`
/// (and, before Linux 6.7, one `madvise(MADV_NOHUGEPAGE)`) at the grow past them, and
/// at start-up for a memory whose initial size reaches past them. The grow past the
/// first 2 MiB boundary after the initial pages allows huge pages from that boundary to
/// the reservation's end (one `madvise(MADV_HUGEPAGE)`, 2 MiB-aligned); never before.
#[test]
fn the_huge_page_decision_waits_for_a_grow_past_the_first_2_mib() {
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let dir = fresh_temp_dir("memory-grow-thp");
    let (major, minor) = kernel_version();
    let madvises = if (major, minor) >= (6, 7) { 0 } else { 1 };
    // (initial pages, pages grown one at a time, unames, madvises, huge-page madvises)
    let cases = [
        (1, 0, 0, 0, 0),
        (1, 20, 0, 0, 0),
        (1, 40, 1, madvises, 1),
        (40, 0, 1, madvises, 0),
        // Initial pages past the first boundary: huge pages from the next one on.
        (40, 20, 1, madvises, 0),
        (40, 60, 1, madvises, 1),
    ];
    for extra in [&[][..], &["--target", "x86_64-unknown-linux-gnu"][..]] {
        for (min, grows, unames, madv, huge) in cases {
            let wat = format!(
                r#"(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory {min} 100)
  (func (export "_start") (local $i i32)
    (block $done (loop $l
      (br_if $done (i32.ge_u (local.get $i) (i32.const {grows})))
      (if (i32.lt_s (memory.grow (i32.const 1)) (i32.const 0)) (then (call $exit (i32.const 10))))
      ;; the new page's last byte
      (i32.store8 (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 1)) (i32.const 1))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
    (i32.store8 (i32.const 1024) (i32.const 1))
    (call $exit (i32.const 0))))"#
            );
            let exe = build_wat(
                &dir,
                &format!("thp{min}_{grows}_{}", extra.len()),
                &wat,
                extra,
            );
            let t = common::strace(&exe, "uname,madvise", &[]);
            let what = format!("{extra:?}, memory {min} grown by {grows}");
            assert_eq!(t.code, Some(0), "{what}: {}", t.dump());
            assert_eq!(
                calls(&t.stderr, "uname").len(),
                unames,
                "{what}: {}",
                t.stderr
            );
            let m = calls(&t.stderr, "madvise");
            let off: Vec<_> = m.iter().filter(|l| l.contains("MADV_NOHUGEPAGE")).collect();
            assert_eq!(off.len(), madv, "{what}: {}", t.stderr);
            let on: Vec<_> = m.iter().filter(|l| l.contains("MADV_HUGEPAGE")).collect();
            assert_eq!(on.len(), huge, "{what}: {}", t.stderr);
            for l in on {
                // madvise(0x7f..., LEN, MADV_HUGEPAGE) = 0, at a 2 MiB boundary.
                let addr = first_addr(l, "madvise");
                assert!(
                    addr.is_some_and(|a| a % (2 << 20) == 0) && l.ends_with("= 0"),
                    "{what}: {l}"
                );
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Memory that a program grows by 64 MiB and then touches page by page is backed by
/// transparent huge pages (runtime-support/src/memory.c, `thp_decide`): a few hundred
/// page faults for the whole run instead of one per 4 KiB page (16,384 for the 64 MiB
/// alone). Read from the process's own `/proc/PID/stat` (`minflt`) while it is a zombie.
/// Skipped, saying so, where the kernel's THP mode is `never` or there is no THP.
#[test]
fn grown_memory_is_backed_by_huge_pages() {
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let mode = std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/enabled");
    match &mode {
        Ok(m) if !m.contains("[never]") => {}
        _ => {
            eprintln!("skipped: no transparent huge pages here ({mode:?})");
            return;
        }
    }
    let dir = fresh_temp_dir("memory-grow-huge");
    let wat = r#"(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1 2000)
  (func (export "_start") (local $p i32) (local $end i32)
    (if (i32.lt_s (memory.grow (i32.const 1024)) (i32.const 0)) (then (call $exit (i32.const 10))))
    (local.set $p (i32.const 65536))
    (local.set $end (i32.mul (memory.size) (i32.const 65536)))
    (loop $l
      (i32.store8 (local.get $p) (i32.const 1))
      (local.set $p (i32.add (local.get $p) (i32.const 4096)))
      (br_if $l (i32.lt_u (local.get $p) (local.get $end))))
    (call $exit (i32.const 0))))"#;
    for extra in [&[][..], &["--target", "x86_64-unknown-linux-gnu"][..]] {
        let exe = build_wat(&dir, &format!("huge{}", extra.len()), wat, extra);
        let mut child = Command::new(&exe).spawn().unwrap();
        let stat = format!("/proc/{}/stat", child.id());
        // Fields after the command's closing parenthesis: state is the first, minflt the
        // eighth (field 10 of proc(5)).
        let mut faults = None;
        let deadline = std::time::Instant::now() + TIMEOUT;
        while std::time::Instant::now() < deadline {
            let Ok(s) = std::fs::read_to_string(&stat) else {
                break;
            };
            let fields: Vec<&str> = s.rsplit_once(')').unwrap().1.split_whitespace().collect();
            if fields[0] == "Z" {
                faults = fields[7].parse::<u64>().ok();
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(0), "{extra:?}");
        let faults = faults.expect("the process's minflt while it was a zombie");
        assert!(
            faults < 4096,
            "{extra:?}: {faults} page faults for 64 MiB touched page by page: no huge pages \
             (THP mode {mode:?})"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
