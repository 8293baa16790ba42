//! A generator of loop-heavy modules aimed at the bounds-check rewrites
//! (`compiler/src/translate/bounds/hoist.rs`, `checks.rs`): counters going up and down, by
//! invariant, variant, huge and wrapping steps, from and to the memory's end, with
//! `memory.grow` and calls (that grow or store) inside the loop, early exits, nested
//! loops, a second memory, and every access width with small and large static
//! offsets. Every loop also counts its iterations and stops after a few thousand, so
//! any counter pattern terminates; what it computes (a hash of what it loaded, and
//! what it stored) is compared with Wasmtime by `diff.rs`.

use super::common::Rng;
use std::fmt::Write as _;

const LOADS: &[(&str, &str)] = &[
    ("i32.load", "(i64.extend_i32_u {})"),
    ("i64.load", "{}"),
    ("i32.load8_u", "(i64.extend_i32_u {})"),
    ("i32.load8_s", "(i64.extend_i32_s {})"),
    ("i32.load16_u", "(i64.extend_i32_u {})"),
    ("i64.load32_s", "{}"),
    ("i64.load16_s", "{}"),
    ("f64.load", "(i64.reinterpret_f64 {})"),
    ("f32.load", "(i64.extend_i32_u (i32.reinterpret_f32 {}))"),
];
const STORES: &[(&str, &str)] = &[
    ("i32.store", "(local.get $n)"),
    ("i64.store", "(i64.extend_i32_u (local.get $i))"),
    ("i32.store8", "(local.get $i)"),
    ("i32.store16", "(local.get $n)"),
    ("i64.store32", "(i64.const 0x1234567890)"),
    ("f64.store", "(f64.const -1.5)"),
];

fn offset(rng: &mut Rng) -> u64 {
    match rng.below(12) {
        0..=5 => 0,
        6 | 7 => *rng.pick(&[1, 2, 3, 4, 7, 8]),
        8 => *rng.pick(&[0xfff, 0xfffc, 0xfff8, 0x1_0000, 0x1_0001]),
        9 => *rng.pick(&[0x2_fff8, 0x3_0000, 0x7fff_fff0, 0xffff_fffc]),
        _ => rng.below(64),
    }
}

/// An address expression in terms of the counter `$i`, the parameters, `$j`.
fn address(rng: &mut Rng, nested: bool, mem: usize, m64: bool) -> String {
    let size = if m64 {
        format!("(i32.wrap_i64 (memory.size {mem}))")
    } else {
        format!("(memory.size {mem})")
    };
    let k = *rng.pick(&[
        0u32,
        1,
        3,
        4,
        8,
        16,
        100,
        0xffff,
        0x1_0000,
        0xffff_fff8,
        0x8000_0000,
    ]);
    match rng.below(if nested { 11 } else { 10 }) {
        0 | 1 => "(local.get $i)".into(),
        2 => format!("(i32.add (local.get $i) (i32.const 0x{k:x}))"),
        3 => "(i32.add (local.get $i) (local.get $b))".into(),
        4 => format!(
            "(i32.mul (local.get $i) (i32.const {}))",
            rng.pick(&[2, 4, 8, 3, 0x1000])
        ),
        5 => format!("(i32.sub (i32.const 0x{k:x}) (local.get $i))"),
        6 => format!(
            "(i32.sub (i32.mul {size} (i32.const 65536)) (i32.add (local.get $i) (i32.const {})))",
            rng.below(9)
        ),
        7 => "(i32.and (local.get $i) (i32.const 0xfff8))".into(),
        // Bounded terms (`hoist.rs`): a scaled mask and a shift of the counter beside
        // an invariant base.
        8 => format!(
            "(i32.add (local.get $b) (i32.shl (i32.and (local.get $i) (i32.const 0x{:x})) (i32.const {})))",
            rng.pick(&[0xffu32, 0xfff, 0x3fff, 0xffff]),
            rng.below(4)
        ),
        9 => format!(
            "(i32.add (local.get $b) (i32.shr_u (local.get $i) (i32.const {})))",
            rng.pick(&[2u32, 12, 16, 20])
        ),
        _ => "(i32.add (local.get $i) (local.get $j))".into(),
    }
}

fn access(rng: &mut Rng, out: &mut String, nested: bool, mems: &[bool]) {
    let mem = rng.below(mems.len() as u64) as usize;
    let mut a = address(rng, nested, mem, mems[mem]);
    if mems[mem] {
        // A 64-bit memory: the 32-bit address widened, sometimes moved past 4 GiB.
        a = if rng.chance(15) {
            format!("(i64.add (i64.extend_i32_u {a}) (i64.const 0x100000000))")
        } else {
            format!("(i64.extend_i32_u {a})")
        };
    }
    let o = offset(rng);
    if rng.chance(65) {
        let (op, ext) = *rng.pick(LOADS);
        let load = format!("({op} {mem} offset={o} {a})");
        let v = ext.replace("{}", &load);
        let _ = writeln!(
            out,
            "      (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) {v}))"
        );
    } else {
        let (op, v) = *rng.pick(STORES);
        let _ = writeln!(out, "      ({op} {mem} offset={o} {a} {v})");
    }
}

fn step(rng: &mut Rng) -> String {
    match rng.below(6) {
        0..=2 => format!(
            "(i32.const 0x{:x})",
            rng.pick(&[
                1u32,
                1,
                2,
                4,
                8,
                3,
                0x1_0000,
                0x4000_0000,
                0x7fff_ffff,
                0xffff_ffff
            ])
        ),
        3 => "(local.get $b)".into(),
        4 => "(i32.add (local.get $n) (i32.const 1))".into(),
        _ => "(i32.shr_u (local.get $i) (i32.const 1))".into(),
    }
}

fn bound(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => format!(
            "(i32.const 0x{:x})",
            rng.pick(&[0u32, 16, 1000, 0x1_0000, 0x2_0000, 0xffff_fff0])
        ),
        1 => "(local.get $b)".into(),
        2 => "(i32.mul (memory.size) (i32.const 65536))".into(),
        3 => format!(
            "(i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const {}))",
            rng.below(17)
        ),
        _ => "(local.get $a)".into(),
    }
}

fn init(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => format!(
            "(i32.const 0x{:x})",
            rng.pick(&[0u32, 1, 0xfff0, 0x1_fffc, 0xffff_fff0])
        ),
        1 | 2 => "(local.get $a)".into(),
        3 => format!(
            "(i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const {}))",
            rng.below(33)
        ),
        _ => "(local.get $b)".into(),
    }
}

fn func(rng: &mut Rng, k: usize, mems: &[bool], out: &mut String) {
    let limit = *rng.pick(&[5u32, 64, 300, 2000]);
    let _ = writeln!(
        out,
        "  (func (export \"loop{k}\") (param $a i32) (param $b i32) (result i64)\n    \
         (local $i i32) (local $n i32) (local $j i32) (local $acc i64)\n    \
         (local.set $i {})\n    (block $exit (loop $top\n      \
         (br_if $exit (i32.ge_u (local.get $n) (i32.const {limit})))\n      \
         (local.set $n (i32.add (local.get $n) (i32.const 1)))",
        init(rng)
    );
    let nested = rng.chance(25);
    for _ in 0..1 + rng.below(3) {
        access(rng, out, false, mems);
    }
    if rng.chance(20) {
        let _ = writeln!(
            out,
            "      (if (i32.eq (local.get $n) (i32.const {})) (then (drop (memory.grow (i32.const 1)))))",
            1 + rng.below(4)
        );
    }
    if rng.chance(20) {
        let _ = writeln!(out, "      (call $side (local.get $i) (local.get $n))");
    }
    if nested {
        let _ = writeln!(
            out,
            "      (local.set $j (i32.const 0))\n      (block $jx (loop $jl\n        \
             (br_if $jx (i32.ge_u (local.get $j) (i32.const {})))",
            1 + rng.below(40)
        );
        access(rng, out, true, mems);
        let _ = writeln!(
            out,
            "        (local.set $j (i32.add (local.get $j) (i32.const {})))\n        (br $jl)))",
            rng.pick(&[1, 4, 8])
        );
    }
    if rng.chance(15) {
        access(rng, out, false, mems);
        let _ = writeln!(out, "      (br_if $exit (i32.eqz (local.get $a)))");
    }
    let op = if rng.chance(60) { "add" } else { "sub" };
    let _ = writeln!(
        out,
        "      (local.set $i (i32.{op} (local.get $i) {}))",
        step(rng)
    );
    let cmp = rng.pick(&["lt_u", "ne", "gt_s", "ge_u", "lt_s", "le_u", "gt_u"]);
    let _ = writeln!(
        out,
        "      (br_if $top (i32.{cmp} (local.get $i) {}))))\n    (local.get $acc))",
        bound(rng)
    );
}

/// A counted loop whose last access ends exactly `d` bytes past the memory's end
/// (d in -2..=2): the shape the hoisting proof handles, aimed at its boundary. Counts
/// up from below the end or down to (or past) address 0; the exit test is on the
/// counter or on the address itself.
fn boundary_func(rng: &mut Rng, k: usize, out: &mut String) {
    let (op, width) = *rng.pick(&[
        ("i32.load8_u", 1i64),
        ("i32.load16_u", 2),
        ("i32.load", 4),
        ("i64.load32_u", 4),
        ("i64.load", 8),
        ("f64.load", 8),
    ]);
    let step = *rng.pick(&[1i64, 2, 4, 8, 3, 16]);
    let limit = *rng.pick(&[1i64, 2, 7, 100, 1000]);
    let d = rng.below(5) as i64 - 2;
    let off = *rng.pick(&[0i64, 0, 4, 100]);
    let load = |addr: &str| {
        let v = format!("({op} offset={off} {addr})");
        match op {
            "i64.load" | "i64.load32_u" => v,
            "f64.load" => format!("(i64.reinterpret_f64 {v})"),
            _ => format!("(i64.extend_i32_u {v})"),
        }
    };
    let body = format!(
        "(local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) {}))",
        load("(local.get $i)")
    );
    let end = "(i32.mul (memory.size) (i32.const 65536))";
    let _ = writeln!(
        out,
        "  (func (export \"edge{k}\") (param $a i32) (param $b i32) (result i64)\n    \
         (local $i i32) (local $n i32) (local $j i32) (local $acc i64)"
    );
    if rng.chance(60) {
        // Up: the last address is end - width - off + d.
        let c = (limit - 1) * step + width + off - d;
        let _ = writeln!(out, "    (local.set $i (i32.sub {end} (i32.const {c})))");
        let test = if rng.chance(50) {
            format!("(i32.lt_u (local.get $n) (i32.const {limit}))")
        } else {
            // On the address: continue while i <= last (as computed from the end).
            format!(
                "(i32.le_u (local.get $i) (i32.sub {end} (i32.const {})))",
                width + off - d
            )
        };
        let _ = writeln!(
            out,
            "    (loop $top\n      {body}\n      \
             (local.set $i (i32.add (local.get $i) (i32.const {step})))\n      \
             (local.set $n (i32.add (local.get $n) (i32.const 1)))\n      \
             (br_if $top {test}))\n    (local.get $acc))"
        );
    } else {
        // Down: the last address is -d (wraps to the top of the address space for d > 0).
        let c = (limit - 1) * step - d;
        let _ = writeln!(
            out,
            "    (local.set $i (i32.const {c}))\n    (loop $top\n      {body}\n      \
             (local.set $i (i32.sub (local.get $i) (i32.const {step})))\n      \
             (local.set $n (i32.add (local.get $n) (i32.const 1)))\n      \
             (br_if $top (i32.lt_u (local.get $n) (i32.const {limit}))))\n    (local.get $acc))"
        );
    }
}

/// Straight-line accesses `p + o1`, `p + o2`, ... from one base near the memory's end
/// (p = end - $a, $a small): the shape the merging of checks within a block and the
/// removal of dominated checks rewrite (checks.rs). Sometimes a store or a call sits
/// between them (which ends a merge window).
fn merge_func(rng: &mut Rng, k: usize, out: &mut String) {
    let _ = writeln!(
        out,
        "  (func (export \"merge{k}\") (param $a i32) (param $b i32) (result i64)\n    \
         (local $p i32) (local $acc i64)\n    \
         (local.set $p (i32.sub (i32.mul (memory.size) (i32.const 65536)) (local.get $a)))"
    );
    for _ in 0..2 + rng.below(4) {
        let o = *rng.pick(&[0u32, 1, 2, 4, 8, 12, 16, 24, 32]);
        let base = if rng.chance(25) {
            format!(
                "(i32.sub (local.get $p) (i32.const {}))",
                rng.pick(&[1, 4, 8])
            )
        } else {
            "(local.get $p)".to_string()
        };
        match rng.below(10) {
            0 => {
                let _ = writeln!(out, "    (i32.store8 offset={o} {base} (local.get $b))");
            }
            1 => {
                let _ = writeln!(out, "    (call $side (local.get $p) (local.get $b))");
            }
            _ => {
                let (op, ext) = *rng.pick(LOADS);
                let v = ext.replace("{}", &format!("({op} offset={o} {base})"));
                let _ = writeln!(
                    out,
                    "    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) {v}))"
                );
            }
        }
    }
    let _ = writeln!(out, "    (local.get $acc))");
}

/// One module (text) with a few loop functions.
pub fn generate(rng: &mut Rng) -> String {
    let pages = 1 + rng.below(3);
    let max = pages + rng.below(3);
    // Memory 0 is 32-bit; a second memory (a quarter of the modules) is 64-bit half
    // the time (memory64's checks clamp the index instead of being rewritten).
    let mut mems = vec![false];
    let mut out = format!("(module\n  (memory {pages} {max})\n");
    if rng.chance(25) {
        let m64 = rng.chance(50);
        mems.push(m64);
        let _ = writeln!(out, "  (memory {}1 2)", if m64 { "i64 " } else { "" });
    }
    let _ = writeln!(out, "  (global $g (export \"g\") (mut i32) (i32.const 0))");
    let data: String = rng.bytes(24).iter().map(|b| format!("\\{b:02x}")).collect();
    let _ = writeln!(out, "  (data (i32.const 0) \"{data}\")");
    let _ = writeln!(
        out,
        "  (data (i32.const {}) \"{data}\")",
        pages * 65536 - 24
    );
    // The callee inside loops: grows memory, stores at the end, or shrinks nothing.
    let side = match rng.below(3) {
        0 => "(drop (memory.grow (i32.const 1)))",
        1 => "(i32.store8 (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 1)) (local.get 1))",
        _ => "(global.set $g (i32.add (global.get $g) (local.get 0)))",
    };
    let _ = writeln!(out, "  (func $side (param i32 i32) {side})");
    for k in 0..2 + rng.below(3) as usize {
        func(rng, k, &mems, &mut out);
    }
    for k in 0..1 + rng.below(3) as usize {
        boundary_func(rng, k, &mut out);
    }
    for k in 0..1 + rng.below(2) as usize {
        merge_func(rng, k, &mut out);
    }
    out.push_str(")\n");
    out
}
