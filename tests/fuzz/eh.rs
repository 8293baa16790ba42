//! Exception-heavy modules of our own (issue 21), for the exception-handling code
//! (`compiler/src/translate/exceptions.rs`, `runtime-support/src/exception.c`).
//! `wasm-tools smith` seldom throws (a `throw` needs its tag's values on the stack
//! at the right moment), so these modules do little else: tags of several
//! signatures; functions that throw, trap or return depending on bits of their
//! argument; nested `try_table`s with every kind of catch clause (`catch`,
//! `catch_ref`, `catch_all`, `catch_all_ref`) whose handlers use the payload,
//! rethrow with `throw_ref` now or later (an exnref kept in a local, possibly null),
//! or fall through; exceptions crossing direct calls, `call_indirect` and
//! `return_call` (a tail call from inside a `try_table` leaves it: the callee's
//! exception is not the caller's to catch), and function references (`call_ref`,
//! `return_call_ref`, `br_on_null` and `ref.as_non_null` on a typed table with a
//! null slot); traps inside `try_table` (never caught);
//! side effects in memory and a global before each throw (compared after each call).
//! Functions only call functions after them, so every call ends.

use super::common::Rng;
use std::fmt::Write as _;

/// Tag signatures (parameter types).
const TAG_TYPES: &[&[&str]] = &[&[], &["i32"], &["i64", "f64"], &["f32", "i32"], &["i64"]];

struct Gen<'a> {
    rng: &'a mut Rng,
    tags: Vec<&'static [&'static str]>,
    nfuncs: usize,
    /// The function being written (calls go to higher indices).
    func: usize,
    /// Fuel: statements left in this function.
    fuel: u32,
    out: String,
}

impl Gen<'_> {
    /// A condition on the argument: one of its bits (rotated by a random amount).
    fn cond(&mut self) -> String {
        format!(
            "(i32.and (i32.rotr (local.get $p) (i32.const {})) (i32.const 1))",
            self.rng.below(32)
        )
    }

    /// A value of type `t` derived from the argument.
    fn value(&mut self, t: &str) -> String {
        let c = self.rng.below(1000) as i32 - 500;
        let x = format!("(i32.add (local.get $p) (i32.const {c}))");
        match t {
            "i32" => x,
            "i64" => format!("(i64.mul (i64.extend_i32_s {x}) (i64.const 0x10001))"),
            "f32" => format!("(f32.convert_i32_s {x})"),
            _ => format!("(f64.mul (f64.convert_i32_u {x}) (f64.const 0.5))"),
        }
    }

    /// Folds a value of type `t` (on the stack) into the log.
    fn consume(t: &str) -> &'static str {
        match t {
            "i32" => "(call $log)",
            "i64" => "(i32.wrap_i64) (call $log)",
            "f32" => "(i32.trunc_sat_f32_s) (call $log)",
            "f64" => "(i32.trunc_sat_f64_s) (call $log)",
            _ => "(drop)",
        }
    }

    fn callee(&mut self) -> Option<usize> {
        (self.func + 1 < self.nfuncs)
            .then(|| self.func + 1 + self.rng.below((self.nfuncs - self.func - 1) as u64) as usize)
    }

    fn stmt(&mut self, depth: u32) {
        if self.fuel == 0 {
            return;
        }
        self.fuel -= 1;
        let mark = self.rng.below(1000) as i32;
        match self.rng.below(if depth < 3 { 12 } else { 7 }) {
            0 => {
                let _ = write!(self.out, "(call $log (i32.const {mark}))");
            }
            1 => {
                // A store, so the memory after a throw is compared too.
                let _ = write!(
                    self.out,
                    "(i32.store (i32.and (i32.add (local.get $p) (i32.const {})) (i32.const 0xfffc)) (i32.const {mark}))",
                    self.rng.below(64) * 4
                );
            }
            2 => {
                let k = self.rng.below(self.tags.len() as u64) as usize;
                let c = self.cond();
                let vals: Vec<String> = self.tags[k].iter().map(|t| self.value(t)).collect();
                let _ = write!(self.out, "(if {c} (then (throw $t{k} {})))", vals.join(" "));
            }
            3 => {
                // A trap: never caught by a catch clause.
                let c = self.cond();
                let c2 = self.cond();
                let _ = write!(
                    self.out,
                    "(if (i32.and {c} {c2}) (then (drop (i32.div_u (i32.const 1) (i32.and (local.get $p) (i32.const 0))))))"
                );
            }
            4 | 5 => {
                if let Some(f) = self.callee() {
                    let v = self.value("i32");
                    let id = self.rng.next() % 1_000_000;
                    let n = self.nfuncs;
                    // Slot `n` of the typed table is null: br_on_null skips the call,
                    // ref.as_non_null traps.
                    let slot = if self.rng.chance(20) { n } else { f };
                    let _ = match self.rng.below(6) {
                        0 => write!(
                            self.out,
                            "(call $log (call_indirect (type $ft) {v} (i32.const {f})))"
                        ),
                        1 => write!(self.out, "(call $log (call_ref $ft {v} (ref.func $f{f})))"),
                        2 => write!(
                            self.out,
                            "(block $n{id} (call $log (call_ref $ft {v} (br_on_null $n{id} (table.get $tt (i32.const {slot}))))))"
                        ),
                        3 => write!(
                            self.out,
                            "(call $log (call_ref $ft {v} (ref.as_non_null (table.get $tt (i32.const {slot})))))"
                        ),
                        _ => write!(self.out, "(call $log (call $f{f} {v}))"),
                    };
                }
            }
            6 => {
                // Rethrow the kept exnref (null if nothing was caught: a trap).
                let c = self.cond();
                let _ = write!(
                    self.out,
                    "(if (i32.and {c} (i32.eqz (ref.is_null (local.get $e)))) (then (throw_ref (local.get $e))))"
                );
                if self.rng.chance(10) {
                    let c = self.cond();
                    let _ = write!(self.out, "(if {c} (then (throw_ref (local.get $e))))");
                }
            }
            7 => {
                // A tail call: from inside a try_table it leaves the try_table.
                if let Some(f) = self.callee() {
                    let c = self.cond();
                    let v = self.value("i32");
                    let _ = if self.rng.chance(30) {
                        write!(
                            self.out,
                            "(if {c} (then (return_call_ref $ft {v} (ref.func $f{f}))))"
                        )
                    } else {
                        write!(self.out, "(if {c} (then (return_call $f{f} {v})))")
                    };
                }
            }
            _ => self.try_table(depth),
        }
    }

    /// A try_table with 1-3 catch clauses, each with a handler block.
    fn try_table(&mut self, depth: u32) {
        let n = 1 + self.rng.below(3) as usize;
        // (kind, tag) per clause: kind 0 catch, 1 catch_ref, 2 catch_all, 3 catch_all_ref.
        let clauses: Vec<(u64, usize)> = (0..n)
            .map(|_| {
                (
                    self.rng.below(4),
                    self.rng.below(self.tags.len() as u64) as usize,
                )
            })
            .collect();
        let id = self.rng.next() % 1_000_000;
        let _ = write!(self.out, "(block $done{id} ");
        // The handler blocks, outermost (last clause) first.
        for (i, (kind, tag)) in clauses.iter().enumerate().rev() {
            let mut results: Vec<&str> = match kind {
                0 | 1 => self.tags[*tag].to_vec(),
                _ => vec![],
            };
            if kind % 2 == 1 {
                results.push("exnref");
            }
            let result = if results.is_empty() {
                String::new()
            } else {
                format!("(result {}) ", results.join(" "))
            };
            let _ = write!(self.out, "(block $h{id}_{i} {result}");
        }
        let _ = write!(self.out, "(try_table ");
        for (i, (kind, tag)) in clauses.iter().enumerate() {
            let _ = match kind {
                0 => write!(self.out, "(catch $t{tag} $h{id}_{i}) "),
                1 => write!(self.out, "(catch_ref $t{tag} $h{id}_{i}) "),
                2 => write!(self.out, "(catch_all $h{id}_{i}) "),
                _ => write!(self.out, "(catch_all_ref $h{id}_{i}) "),
            };
        }
        for _ in 0..1 + self.rng.below(3) {
            self.stmt(depth + 1);
        }
        let _ = write!(self.out, ") (br $done{id}))");
        // Handler i: the payload (and exnref) of clause i on the stack.
        for (i, (kind, tag)) in clauses.iter().enumerate() {
            self.out.push('\n');
            if kind % 2 == 1 {
                match self.rng.below(3) {
                    0 => {
                        // Rethrow now: the exnref (on top) kept aside, the payload
                        // under it used first.
                        let _ = write!(self.out, "(local.set $e) ");
                        self.drop_payload(*kind, *tag);
                        let _ = write!(
                            self.out,
                            "(call $log (i32.const 7)) (throw_ref (local.get $e))"
                        );
                        if i + 1 < clauses.len() {
                            self.out.push(')');
                        }
                        continue;
                    }
                    1 => {
                        let _ = write!(self.out, "(local.set $e) ");
                    }
                    _ => {
                        let _ = write!(self.out, "(drop) ");
                    }
                }
            }
            self.drop_payload(*kind, *tag);
            let _ = write!(self.out, "(call $log (i32.const {}))", 100 + i);
            if self.rng.chance(30) {
                self.stmt(depth + 1);
            }
            // Each handler but the last leaves its clause's block for the end; the
            // last one is in $done's block, closed below.
            if i + 1 < clauses.len() {
                let _ = write!(self.out, " (br $done{id}))");
            }
        }
        let _ = write!(self.out, ")");
    }

    /// Uses the payload of clause (kind, tag) on the stack, last value first.
    fn drop_payload(&mut self, kind: u64, tag: usize) {
        if kind < 2 {
            for t in self.tags[tag].iter().rev() {
                let _ = write!(self.out, "{} ", Self::consume(t));
            }
        }
    }
}

/// One module (text).
pub fn generate(rng: &mut Rng) -> String {
    let ntags = 1 + rng.below(4) as usize;
    let tags: Vec<&[&str]> = (0..ntags).map(|_| *rng.pick(TAG_TYPES)).collect();
    let nfuncs = 2 + rng.below(5) as usize;
    let mut g = Gen {
        rng,
        tags,
        nfuncs,
        func: 0,
        fuel: 0,
        out: String::new(),
    };
    let mut m = String::from(
        "(module\n  (type $ft (func (param i32) (result i32)))\n  (memory (export \"mem\") 1 1)\n  (global $g (export \"g\") (mut i32) (i32.const 0))\n",
    );
    for (k, t) in g.tags.iter().enumerate() {
        let params = if t.is_empty() {
            String::new()
        } else {
            format!(" (param {})", t.join(" "))
        };
        let _ = writeln!(m, "  (tag $t{k} (export \"t{k}\"){params})");
    }
    let _ = writeln!(
        m,
        "  (func $log (param i32) (global.set $g (i32.add (i32.mul (global.get $g) (i32.const 31)) (local.get 0))))"
    );
    let names: Vec<String> = (0..nfuncs).map(|f| format!("$f{f}")).collect();
    let _ = writeln!(m, "  (table funcref (elem {}))", names.join(" "));
    // A typed table (function references) one slot longer, the last slot null.
    let _ = writeln!(m, "  (table $tt {} (ref null $ft))", nfuncs + 1);
    let refs: Vec<String> = names.iter().map(|n| format!("(ref.func {n})")).collect();
    let _ = writeln!(
        m,
        "  (elem (table $tt) (i32.const 0) (ref null $ft) {})",
        refs.join(" ")
    );
    for f in 0..nfuncs {
        g.func = f;
        g.fuel = 4 + g.rng.below(14) as u32;
        g.out.clear();
        while g.fuel > 0 {
            g.stmt(0);
        }
        let _ = writeln!(
            m,
            "  (func $f{f} (export \"f{f}\") (type $ft) (param $p i32) (result i32) (local $e exnref)\n    {}\n    (i32.xor (global.get $g) (local.get $p)))",
            g.out
        );
    }
    m.push_str(")\n");
    m
}
