//! Which calls inlining (`wasm2native::CompileOptions::inline`) splices, seen in the
//! CLIF Cranelift receives: small callees, single-call callees, the caller's budget,
//! and what is never inlined (recursion, tail calls, exception handling); and which
//! functions keep their stack-limit check (`CompileOptions::stack_check_elim`).

/// The CLIF of every defined function, in index order.
fn clif(wat: &str, inline: bool) -> Vec<String> {
    clif_with(wat, inline, true)
}

fn clif_with(wat: &str, inline: bool, stack_check_elim: bool) -> Vec<String> {
    let opts = wasm2native::CompileOptions {
        target: wasm2native::Target::parse("x86_64-unknown-linux-gnu").unwrap(),
        threads: 1,
        inline,
        stack_check_elim,
        ..Default::default()
    };
    let text = wasm2native::compile_clif(wat.as_bytes(), &opts).unwrap();
    text.split("\nfunction ").map(|f| f.to_string()).collect()
}

/// Direct calls (`call fnN`) in a function's CLIF.
fn calls(f: &str) -> usize {
    f.lines().filter(|l| l.contains(" call fn")).count()
}

#[test]
fn small_callee_is_inlined() {
    let wat = r#"(module
      (func $add1 (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
      (func (export "f") (param i32) (result i32) (call $add1 (call $add1 (local.get 0)))))"#;
    assert_eq!(calls(&clif(wat, false)[1]), 2);
    assert_eq!(calls(&clif(wat, true)[1]), 0);
}

/// 60 operators: inlined at its only call site, kept where it has two.
#[test]
fn single_call_callee_is_inlined() {
    let body = "(local.set 0 (i32.add (local.get 0) (i32.const 3)))".repeat(15);
    let big = format!("(func $big (param i32) (result i32) {body} (local.get 0))");
    let one = format!(
        r#"(module {big} (func (export "f") (param i32) (result i32) (call $big (local.get 0))))"#
    );
    assert_eq!(calls(&clif(&one, true)[1]), 0);
    let two = format!(
        r#"(module {big} (func (export "f") (param i32) (result i32)
             (i32.add (call $big (local.get 0)) (call $big (i32.const 1)))))"#
    );
    assert_eq!(calls(&clif(&two, true)[1]), 2);
}

/// A callee of 44 operators (over `inline::SMALL_IN_SMALL_MODULES`, within
/// `inline::LOOP_SMALL`) with
/// several call sites is inlined where it is called inside a wasm `loop` (also nested
/// in a block of the loop) and stays a call elsewhere, also after the loop has ended.
/// One that never returns (a panic: its body ends in `unreachable`) stays a call in
/// the loop too; with a branch out of its body before the `unreachable` it is inlined.
#[test]
fn callee_called_in_a_loop_is_inlined_there() {
    let body = "(local.set 0 (i32.add (local.get 0) (i32.const 3)))".repeat(10);
    let wat = format!(
        r#"(module
          (func $mid (param i32) (result i32) {body} (local.get 0) (i32.const 1) (i32.xor))
          (func $panic (param i32) {body} (drop (local.get 0)) unreachable)
          (func $may (param i32) {body} (br_if 0 (local.get 0)) unreachable)
          (func (export "f") (param i32) (result i32)
            (local.set 0 (call $mid (local.get 0)))
            (loop $l
              (block
                (local.set 0 (call $mid (local.get 0))))
              (if (i32.eqz (local.get 0)) (then (call $panic (i32.const 1))))
              (if (i32.eqz (local.get 0)) (then (call $may (i32.const 1))))
              (br_if $l (local.get 0)))
            (call $panic (local.get 0))
            (call $may (local.get 0))
            (call $mid (local.get 0)))
          (func (export "g") (param i32) (result i32)
            (call $mid (call $mid (local.get 0)))))"#
    );
    let f = clif(&wat, true);
    // $mid before and after the loop, $panic in the loop and after it, $may after it.
    assert_eq!(calls(&f[3]), 5, "{}", f[3]);
    assert_eq!(calls(&f[4]), 2, "{}", f[4]);
    assert_eq!(calls(&clif(&wat, false)[3]), 7);
}

/// In a small module a callee of 36 operators (over `inline::SMALL`, within
/// `inline::SMALL_IN_SMALL_MODULES`) is inlined at every call site, in no loop.
#[test]
fn callee_of_40_operators_is_inlined_everywhere_in_a_small_module() {
    let body = "(local.set 0 (i32.add (local.get 0) (i32.const 3)))".repeat(8);
    let wat = format!(
        r#"(module
          (func $mid (param i32) (result i32) {body} (local.get 0))
          (func (export "f") (param i32) (result i32)
            (i32.add (call $mid (local.get 0)) (call $mid (i32.const 1)))))"#
    );
    assert_eq!(calls(&clif(&wat, false)[1]), 2);
    assert_eq!(calls(&clif(&wat, true)[1]), 0);
}

/// A caller takes in at most max(half its size, 100) operators.
#[test]
fn caller_budget_limits_growth() {
    let callee = "(func $c (param i32) (result i32) (i32.mul (i32.add (local.get 0) (i32.const 1)) (i32.add (local.get 0) (i32.const 2))))";
    let body = "(local.set 0 (call $c (local.get 0)))".repeat(40);
    let wat = format!(
        r#"(module {callee} (func (export "f") (param i32) (result i32) {body} (local.get 0)))"#
    );
    // The callee has 8 operators: 12 calls fit in 100.
    let f = &clif(&wat, true)[1];
    assert_eq!(calls(f), 40 - 12, "{f}");
}

/// A callee with 1,000 or more call sites (`inline::MANY_SITES`) whose entry block makes
/// a call and which has three or more blocks (C++'s `operator new`: `malloc`, then a
/// trap on null) is not inlined; with one site fewer, with the call after its branch,
/// or with fewer blocks, it is.
#[test]
fn callee_with_many_sites_that_calls_first_stays_a_call() {
    let module = |callee: &str, sites: usize| {
        // `f` calls `$new` twice; `$filler` makes the other call sites.
        let filler = "(drop (call $new (i32.const 4)))".repeat(sites - 2);
        format!(
            r#"(module
              (import "env" "malloc" (func $malloc (param i32) (result i32)))
              (func $new (param i32) (result i32) {callee})
              (func (export "f") (param i32) (result i32)
                (i32.add (call $new (local.get 0)) (call $new (i32.const 8))))
              (func (export "filler") {filler}))"#
        )
    };
    // (`malloc`, an import, is called indirectly.)
    let new_calls = |wat: &str| calls(&clif(wat, true)[1]);
    let calls_first = "(local.set 0 (call $malloc (local.get 0)))
         (if (i32.eqz (local.get 0)) (then unreachable))
         (local.get 0)";
    let calls_later = "(if (i32.eqz (local.get 0)) (then unreachable))
         (call $malloc (local.get 0))";
    let one_block = "(i32.add (call $malloc (local.get 0)) (i32.const 1))";
    assert_eq!(new_calls(&module(calls_first, 1_000)), 2);
    assert_eq!(new_calls(&module(calls_first, 999)), 0);
    assert_eq!(new_calls(&module(calls_later, 1_000)), 0);
    assert_eq!(new_calls(&module(one_block, 1_000)), 0);
}

#[test]
fn recursion_tail_calls_and_exceptions_stay_calls() {
    let wat = r#"(module
      (tag $t)
      (func $rec (param i32) (result i32)
        (if (result i32) (local.get 0)
          (then (call $rec (i32.sub (local.get 0) (i32.const 1))))
          (else (i32.const 0))))
      (func $tail (param i32) (result i32) (return_call $rec (local.get 0)))
      (func $throws (throw $t))
      (func (export "f") (param i32) (result i32)
        (call $throws)
        (i32.add (call $rec (local.get 0)) (call $tail (local.get 0)))))"#;
    let f = clif(wat, true);
    assert_eq!(calls(&f[0]), 1, "self-call kept: {}", f[0]);
    assert_eq!(calls(&f[3]), 3, "{}", f[3]);
}

/// Whether a function's CLIF checks the stack limit.
fn checks_stack(f: &str) -> bool {
    f.contains("get_stack_pointer")
}

#[test]
fn bounded_call_trees_run_unchecked() {
    let wat = r#"(module
      (import "env" "host" (func $host))
      (table 1 funcref)
      (func $leaf (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
      (func $mid (param i32) (result i32) (call $leaf (call $leaf (local.get 0))))
      (func $rec (param i32) (result i32)
        (if (result i32) (local.get 0)
          (then (call $rec (i32.sub (local.get 0) (i32.const 1))))
          (else (call $mid (i32.const 0)))))
      (func $calls_host (call $host))
      (func $indirect (param i32) (call_indirect (local.get 0)))
      (func $top (param i32) (result i32) (call $mid (local.get 0))))"#;
    let f = clif_with(wat, false, true);
    let checked: Vec<bool> = f.iter().map(|f| checks_stack(f)).collect();
    // leaf (no calls), mid and top (bounded trees) run unchecked; recursion, a host
    // call and an indirect call keep the check.
    assert_eq!(checked, [false, false, true, true, true, false]);
    let f = clif_with(wat, false, false);
    let checked: Vec<bool> = f.iter().map(|f| checks_stack(f)).collect();
    assert_eq!(checked, [false, true, true, true, true, true]);
}

/// Lines of a function's CLIF that contain `pat`.
fn count(f: &str, pat: &str) -> usize {
    f.lines().filter(|l| l.contains(pat)).count()
}

/// A recursive function's entry test and short path (`n < 2`: return n) are spliced
/// at its calls to itself (`crate::self_guard`), each still calling it when the test
/// fails, without a second stack check; not when the entry could trap (a division)
/// or store (a global), and not with inlining off. (These functions are small: each
/// also gets a copy of itself at its self-calls, `inline::self_copy`, with the stub at
/// the copy's own self-calls; see `recursive_function_is_inlined_into_itself`.)
#[test]
fn recursive_guard_is_spliced_at_self_calls() {
    let wat = r#"(module
      (global $g (mut i32) (i32.const 0))
      (func $fib (param i32) (result i32)
        (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
          (then (local.get 0))
          (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                         (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
      (func $div (param i32) (result i32)
        (if (result i32) (i32.lt_u (i32.div_u (i32.const 7) (local.get 0)) (i32.const 2))
          (then (local.get 0))
          (else (call $div (i32.add (local.get 0) (i32.const 1))))))
      (func $store (param i32) (result i32)
        (global.set $g (local.get 0))
        (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
          (then (local.get 0))
          (else (call $store (i32.sub (local.get 0) (i32.const 1)))))))"#;
    let on = clif(wat, true);
    let off = clif(wat, false);
    // Two copies of fib at its two self-calls, each with two stubs, each stub a call.
    assert_eq!(calls(&on[0]), 4, "{}", on[0]);
    // The entry's test (`n < 2`): once in the function, once in each of its two
    // copies and once in each copy's two stubs.
    let tests = |f: &str| {
        (f.lines())
            .filter(|l| l.contains("icmp") && l.ends_with("= 2"))
            .count()
    };
    assert_eq!(tests(&off[0]), 1, "{}", off[0]);
    assert_eq!(tests(&on[0]), 7, "{}", on[0]);
    assert_eq!(count(&on[0], "trapnz"), 1, "one stack check: {}", on[0]);
    // No stub where the entry divides or stores: the function and its one copy (its
    // stack check dropped: the trapnz are the stack check and the two zero tests).
    for f in [&on[1], &on[2]] {
        assert_eq!(calls(f), 1, "{f}");
    }
    assert_eq!(count(&on[1], "udiv"), 2, "{}", on[1]);
    assert_eq!(count(&on[1], "trapnz"), 3, "{}", on[1]);
    assert_eq!(count(&on[2], "trapnz"), 1, "one stack check: {}", on[2]);
    assert_eq!(
        count(&on[2], "global_value"),
        count(&off[2], "global_value"),
        "{}",
        on[2]
    );
}

/// A small self-recursive function (`inline::REC_MAX` operators at most, no inlinable
/// callee) gets a copy of its own body at its calls to itself (`inline::self_copy`):
/// without the copy's stack check, with its guard stub at the copy's self-calls, which
/// stay calls; copies at most `inline::REC_GROWTH` operators in all (then stubs). Not
/// a larger function, not one that calls an inlinable function.
#[test]
fn recursive_function_is_inlined_into_itself() {
    // 4 operators per addition.
    let adds = |n: usize| "(local.set 0 (i32.add (local.get 0) (i32.const 3)))".repeat(n);
    let wat = format!(
        r#"(module
      (memory 1)
      ;; The guard `n == 0` (the short path multiplies), then two self-calls.
      (func $sum (param i32) (result i32)
        (if (result i32) (i32.eqz (local.get 0))
          (then (i32.mul (local.get 0) (i32.const 7)))
          (else (i32.add (call $sum (i32.sub (local.get 0) (i32.const 1)))
                         (call $sum (i32.sub (local.get 0) (i32.const 2)))))))
      ;; Over `inline::REC_MAX`: no copy, the stub only.
      (func $big (param i32) (result i32)
        (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
          (then (local.get 0))
          (else {big} (call $big (i32.sub (local.get 0) (i32.const 1))))))
      ;; Calls an inlinable function: no copy.
      (func $helped (param i32) (result i32)
        (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
          (then (local.get 0))
          (else (call $helped (call $helper (local.get 0))))))
      (func $helper (param i32) (result i32) (i32.sub (local.get 0) (i32.const 1)))
      ;; Five self-calls of 28 operators: four copies (112 operators), one stub.
      (func $five (param i32) (result i32)
        (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
          (then (local.get 0))
          (else {three}
            (call $five (call $five (call $five (call $five (call $five
              (i32.sub (local.get 0) (i32.const 1)))))))))))"#,
        big = adds(16),
        three = adds(3),
    );
    let on = clif(&wat, true);
    let off = clif(&wat, false);
    let guards = |f: &str| (f.lines()).filter(|l| l.contains("brif")).count();
    // $sum: two copies, each with two stubs whose calls remain.
    assert_eq!(calls(&off[0]), 2);
    assert_eq!(calls(&on[0]), 4, "{}", on[0]);
    assert_eq!(count(&on[0], "trapnz"), 1, "one stack check: {}", on[0]);
    // The short path: once in the function, once per copy, once per stub.
    assert_eq!(count(&on[0], "imul"), 7, "{}", on[0]);
    // $big: the stub only (its test and the function's).
    assert_eq!(calls(&on[1]), 1, "{}", on[1]);
    assert_eq!(guards(&on[1]), 2, "{}", on[1]);
    // $helped: $helper inlined, the stub at the self-call.
    assert_eq!(calls(&on[2]), 1, "{}", on[2]);
    assert_eq!(guards(&on[2]), 2, "{}", on[2]);
    // $five: four copies of 5 self-calls, each a stub; one stub in the function.
    assert_eq!(calls(&on[4]), 4 * 5 + 1, "{}", on[4]);
    assert_eq!(guards(&on[4]), 1 + 4 * (1 + 5) + 1, "{}", on[4]);
    assert_eq!(count(&on[4], "trapnz"), 1, "one stack check: {}", on[4]);
}

/// A callee of one call site that nothing else can reach (not exported, in no table,
/// no `ref.func`) gets a body of one trap instruction once its caller inlined that
/// call: its own copy could never run. It keeps its code when its caller is inlinable
/// itself (the call may stay a call in a copy of the caller spliced elsewhere), when
/// it escapes, or with inlining off.
#[test]
fn inlined_single_call_callee_keeps_no_copy() {
    let body = "(local.set 0 (i32.add (local.get 0) (i32.const 3)))".repeat(15);
    let leaf = |name: &str| format!("(func ${name} (param i32) (result i32) {body} (local.get 0))");
    let is_stub = |f: &str| {
        f.lines()
            .filter(|l| l.trim().starts_with("trap user"))
            .count()
            == 1
            && calls(f) == 0
            && !f.contains("iadd")
    };
    // $a: one call, in the exported $top (not inlinable): no copy of its own.
    // $b: one call, in $mid, which is small and called twice (inlinable): kept.
    // $c: one call, but also in the table: kept.
    let wat = format!(
        r#"(module {a} {b} {c}
          (table 1 funcref) (elem (i32.const 0) $c)
          (func $mid (param i32) (result i32) (call $b (local.get 0)))
          (func $top (export "f") (param i32) (result i32)
            (i32.add (i32.add (call $a (local.get 0)) (call $c (local.get 0)))
                     (i32.add (call $mid (local.get 0)) (call $mid (i32.const 7))))))"#,
        a = leaf("a"),
        b = leaf("b"),
        c = leaf("c"),
    );
    let on = clif(&wat, true);
    assert!(is_stub(&on[0]), "{}", on[0]);
    assert!(!is_stub(&on[1]), "{}", on[1]);
    assert!(!is_stub(&on[2]), "{}", on[2]);
    // Why $b keeps its copy: the copies of $mid spliced into $top still call it.
    assert!(calls(&on[4]) >= 2, "{}", on[4]);
    let off = clif(&wat, false);
    assert!(off.iter().all(|f| !is_stub(f)));
}
