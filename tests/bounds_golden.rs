//! Golden tests of the bounds-check optimizer (`compiler/src/translate/bounds/mod.rs`):
//! for each module in tests/golden/bounds/NAME.wat, the CLIF Cranelift receives
//! (x86_64, after the optimizer) must equal NAME.clif, whose first line counts the
//! memory bounds checks (`trapnz ..., user2`) with the optimizer off and on. Each
//! case also states how many checks must remain, so a re-bless cannot silently keep
//! a check the optimizer should remove (or remove one it must keep).
//!
//! Re-bless after an intended change: `BLESS=1 cargo test --test bounds_golden`, then
//! read the diff.

#[path = "support/golden.rs"]
mod golden;

use std::path::PathBuf;

/// (case, checks emitted with the optimizer off, checks left with it on).
const CASES: &[(&str, usize, usize)] = &[
    // Three loads off one base merge into one check.
    ("merge", 3, 1),
    // Lower indices after a higher one merge where no index can wrap: `guarded`'s four
    // checks and `less`'s two become one each (`byte`'s two loads share one index
    // already, translation having folded their constants into the offsets: its byte's
    // check and one); `unbounded`'s, `wraps`', `other_edge`'s and `signed`'s two stay
    // (4 + 2 + 3 + 2 + 2 + 2 + 2 checks; 1 + 1 + 2 + 2 + 2 + 2 + 2 left).
    ("merge_below", 17, 12),
    // The check in the `if` is implied by the dominating one.
    ("dominated", 2, 1),
    // Past the dominating check's range but within the guard band: the load's and the
    // store's checks go, the one past the band and the atomic's stay (3 + 2 checks).
    ("banded", 6, 4),
    // Counted loops: the loop copy that runs when the precheck passes has no check;
    // the original (kept for when it fails) keeps its checks.
    ("loop_one_block", 1, 1),
    // (The store's check in the checked copy is implied by the load's before it.)
    ("loop_multi_block", 3, 2),
    // memcmp's loop: a counter run down to zero, two byte pointers; the entry test's
    // bounds fold the last index's -1 into the access size.
    ("loop_down_count", 2, 2),
    // musl's `memset` loop (an unsigned counter run down by 32 while at least 32): the
    // entry test is one compare of the pointer's end, no generic trip count, and no test
    // of the counter, which the guard before the loop rules out; `guard16` (a weaker
    // guard) keeps that test; `before` (tested before the step) has none; `small` (a
    // bound below the step) is not copied (4 + 2 + 2 + 2 checks; one each left, the
    // others within the guard band of it).
    ("loop_down_const", 10, 4),
    // A counter stepped by 8 up to `n << 3`: no remainder test on entry.
    ("loop_step_multiple", 1, 1),
    // nqueens' loop: one upper-end test implies the other two tables', no trip-count
    // test behind `n >= 1` (3 checks in the checked copy).
    ("loop_implied", 3, 3),
    // Bounded terms (a loaded byte, a mask around the loop): the fast copies have no
    // check.
    ("loop_range", 7, 6),
    // Unbounded or too wide terms: no loop is copied (two checks of `stride` merge).
    ("loop_range_unbounded", 6, 5),
    // Tested variables (a merge loop): the fast copy has no check; a compare used after
    // the loop is computed again there. A single check or a signed test: no copy (6
    // checks: the merge loop's 4, kept in its checked copy, and two).
    ("loop_tested", 6, 6),
    // Window terms (lz77's hash-chain walk): `walk`'s and `nested`'s fast copies have
    // no check of `cand` (`nested`'s keeps its inner loop's checked copy); the signed
    // test of `walk_s` is no window (2 + 2 + 2 checks, `nested`'s inner one in both
    // copies of its checked copy).
    ("loop_window", 6, 7),
    // Checks of block parameters proved on every incoming edge: the loop header's in
    // `scan` and the join's in `join` go, `join_unchecked`'s stays (3 + 3 + 2 checks).
    // (`scan` is a rotated loop: its check of p + 1 at the end of each iteration goes
    // too, `scans::remove_rotated_checks`.)
    ("joined", 8, 5),
    // The same through scaled sums (`data + (hole << 3)`, a sift-down): `sift`'s store
    // check goes; `unproved`'s, `other_scale`'s and `base_in_loop`'s stay (3 + 2 + 3 + 3
    // checks).
    ("joined_scaled", 11, 10),
    // The same for an index that is one value on every edge: `arms`' join check goes;
    // `one_arm`'s, `wider`'s, `in_join`'s, `arms_band`'s and `past_band`'s stay
    // (3 + 2 + 3 + 3 + 3 + 3 checks).
    ("joined_same", 17, 16),
    // A loop-invariant check at the top of a loop header moves in front of the loop
    // (`walk`); after a call it stays (`after_call`).
    ("loop_invariant", 4, 4),
    // Three checks, each still there: `size_loads` leaves one size load for the three,
    // which x86_64 then replaces with a limit read by each compare from the memory
    // record's table (`operands`).
    ("size_loads", 3, 3),
    // An interpreter's loop: the size load that `size_loads` put in the loop header
    // for every handler's check moves into the one handler whose check still uses it
    // once x86_64's compares read their limits from memory (`sink_to_uses`).
    // (The cold copy's check of `p + 4` goes: the guard band covers it past the check
    // of `p` that dominates it.)
    ("size_load_sink", 3, 2),
    // A scan loop whose check `scans` moves onto the loop's entry (until rt39, its
    // header's check compared against a held limit: `loop_held_limit_store` now pins
    // that).
    ("loop_held_limit", 1, 1),
    // The check in a small loop's header compares against a held limit (`smin`, which
    // x86_64 replaces with the table's entry, loaded with the size before the loop).
    ("loop_held_limit_store", 1, 1),
    // One check, lowered to `icmp uge idx, size`.
    ("unit_check", 1, 1),
    // The compares read their limit (or the size) from the memory record (x86_64).
    ("size_operand", 5, 5),
    // No check for the constant address and the byte-indexed table, with or without
    // the optimizer; the byte load itself has one.
    ("static", 1, 1),
    // The size load of a copied loop behind a rare branch moves from the entry block
    // into the branch (`sink_to_uses` on loads out of loops, in small functions whose
    // loops were copied): the entry's check and the checked copy's (1 + 1 checks).
    ("size_load_rare_loop", 2, 2),
    // 64-bit accesses are left alone (but for the limit each compare reads, x86_64).
    ("memory64", 2, 2),
    // Kept checks past the table of limits narrowed to its last END (x86_64), but for
    // one that implies another and one past the band; a merged check of one index
    // dropped past a dominating one (1 + 2 + 2 + 1 + 3 checks, 1 + 1 + 1 + 1 + 1 left).
    ("narrowed", 9, 5),
    // Scan loops' checks moved onto the entry (`scans`): `scan`'s and `words`' leave their
    // loops for the block entering them; `global_first`'s, `down`'s and `big_step`'s
    // stay (5 checks, all still there).
    ("scan_entry", 5, 5),
    // Rotated scan loops' checks removed (`scans::remove_rotated_checks`): `rotated`'s,
    // `escapes`' (a step of 1 or 2 through a join), `joined_entry`'s (the byte before
    // the loop read on either arm of an `if`) and `words`' go; `down`'s, `big`'s,
    // `unread`'s, `far`'s and `wide`'s (a 64-bit memory) stay, as do the checks of the
    // bytes read before the loops (2 + 2 + 3 + 2 + 2 + 2 + 1 + 2 + 2 checks).
    ("rotated", 18, 14),
];

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/golden/bounds")
}

fn clif(wat: &[u8], on: bool) -> String {
    let opts = wasm2native::CompileOptions {
        target: wasm2native::Target::parse("x86_64-unknown-linux-gnu").unwrap(),
        threads: 1,
        bounds_opt: on,
        inline: false,
        stack_check_elim: false,
        ..Default::default()
    };
    wasm2native::compile_clif(wat, &opts).unwrap()
}

/// The memory bounds checks of a function's CLIF: conditional traps with
/// `MemoryOutOfBounds` (`user2`).
fn checks(clif: &str) -> usize {
    clif.lines()
        .filter(|l| l.contains("trapnz ") && l.trim_end().ends_with(", user2"))
        .count()
}

#[test]
fn bounds_golden() {
    let mut failures = Vec::new();
    let listed: Vec<&str> = CASES.iter().map(|c| c.0).collect();
    golden::assert_all_listed(&dir(), &listed);
    for &(name, want_off, want_on) in CASES {
        let wat = std::fs::read(dir().join(format!("{name}.wat"))).unwrap();
        let off = clif(&wat, false);
        let on = clif(&wat, true);
        let (n_off, n_on) = (checks(&off), checks(&on));
        if (n_off, n_on) != (want_off, want_on) {
            failures.push(format!(
                "{name}: {n_off} checks emitted and {n_on} left, expected {want_off} and {want_on}"
            ));
        }
        let text = format!(
            "; {name}: {n_off} bounds checks with the optimizer off, {n_on} after it\n{on}"
        );
        let path = dir().join(format!("{name}.clif"));
        if let Some(e) = golden::check(&path, &text) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
