//! Stores of a spilled value into a stack slot that already holds it (x86_64).
//!
//! regalloc2 keeps a value that lives across calls in its spill slot and reloads it
//! into a register where it is used. When the register copy's live range reaches a
//! loop's back edge, the allocator used to store the register back into the slot on
//! that edge (the slot's range starts again at the loop header), although the slot
//! still holds the value: a value is defined once, and nothing else writes its slot
//! while it is live. vendor/regalloc2's sixth patch (PATCHES.md) drops a move into the
//! value's slot where a point at which the value sits in that slot dominates it.
//!
//! Values reloaded at every use inside a loop although registers are free there
//! (vendor/regalloc2's eleventh patch): once a value's bundle is split into one bundle
//! per use (after two splits) or split at a conflict inside a loop, each use in the loop
//! reloaded it from the stack slot; the patch keeps the part of the value in a loop
//! deeper than the rest of it in one bundle, which gets a register when one is free
//! across the loop, so that the value is loaded once before the loop.
//! `merge_sort_*` pin sort's merge and copy loops.
//!
//! The two modules are bench/workloads' loops, compiled alone with clang (the commands
//! are in their first lines): nqueens' `place`, whose heap base is reloaded in the
//! loop around the recursive call and was stored back at the end of each of the four
//! paths through it, and sieve's rounds, whose prime-counting loop reads `n` (for the
//! bound of the loop unrolled by two, `band n, -2`, which Cranelift computes in the
//! loop) and stored it back on the back edge.

#[path = "support/disasm.rs"]
mod disasm;
use disasm::abi;

/// The disassembly of `wat`'s code for x86_64.
fn disassembly(name: &str, wat: &str) -> String {
    disassembly_with(name, wat, wasm2native::CompileOptions::default())
}

/// The same with `opts` (its thread count set to 1 here).
fn disassembly_with(name: &str, wat: &str, opts: wasm2native::CompileOptions) -> String {
    let opts = wasm2native::CompileOptions { threads: 1, ..opts };
    disasm::x86_64_disassembly(&format!("spills-{name}"), name, wat, opts)
}

/// One instruction: its address, mnemonic and operands.
struct Insn {
    addr: u64,
    op: String,
    args: String,
}

/// The instructions of the function whose symbol is `sym` (its export's name).
fn function(asm: &str, sym: &str) -> Vec<Insn> {
    let header = format!("<{sym}>:");
    asm.lines()
        .skip_while(|l| !l.ends_with(&header))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let (addr, rest) = l.split_once(":\t")?;
            let mut parts = rest.splitn(2, char::is_whitespace);
            Some(Insn {
                addr: u64::from_str_radix(addr.trim(), 16).ok()?,
                op: parts.next()?.to_string(),
                args: parts.next().unwrap_or("").trim().to_string(),
            })
        })
        .collect()
}

fn listing(f: &[Insn]) -> String {
    f.iter()
        .map(|i| format!("{:x}: {} {}", i.addr, i.op, i.args))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The stack slot (`OFF(%rsp)`) a `mov %reg,OFF(%rsp)` stores to.
fn stored_slot(i: &Insn) -> Option<&str> {
    if i.op != "mov" {
        return None;
    }
    let (src, dst) = i.args.split_once(',')?;
    (src.starts_with('%') && dst.ends_with("(%rsp)")).then_some(dst)
}

/// The target address of a jump.
fn jump_target(i: &Insn) -> Option<u64> {
    if !i.op.starts_with('j') {
        return None;
    }
    let hex = i.args.split_whitespace().next()?;
    u64::from_str_radix(hex, 16).ok()
}

/// The innermost loop around the instruction at `at`: the instructions from the
/// target of the shortest backward jump that jumps over it to that jump.
fn loop_around(f: &[Insn], at: usize) -> &[Insn] {
    let a = f[at].addr;
    let (start, end) = f
        .iter()
        .enumerate()
        .filter_map(|(j, i)| {
            let t = jump_target(i)?;
            (j >= at && t <= a).then_some((t, j))
        })
        .min_by_key(|&(t, j)| f[j].addr - t)
        .expect("no loop around the instruction");
    let first = f.iter().position(|i| i.addr == start).unwrap();
    &f[first..=end]
}

/// The instructions of `body` (a loop from `loop_around`) that lie on a path from its
/// first instruction back to its closing jump: without the blocks laid out inside it that
/// only leave the loop (its exit edges).
fn loop_cycle(body: &[Insn]) -> Vec<&Insn> {
    let last = body.len() - 1;
    let index = |addr: u64| body.iter().position(|i| i.addr == addr);
    // Block leaders: the head, jump targets inside the body, instructions after jumps.
    let mut leader = vec![false; body.len()];
    leader[0] = true;
    for (k, i) in body.iter().enumerate() {
        if i.op.starts_with('j') {
            if let Some(t) = jump_target(i).and_then(index) {
                leader[t] = true;
            }
            if k < last {
                leader[k + 1] = true;
            }
        }
    }
    let starts: Vec<usize> = (0..body.len()).filter(|&k| leader[k]).collect();
    let block_of = |k: usize| starts.iter().rposition(|&s| s <= k).unwrap();
    let n = starts.len();
    let mut succs: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (b, out) in succs.iter_mut().enumerate() {
        let end = if b + 1 < n { starts[b + 1] - 1 } else { last };
        let i = &body[end];
        let falls = !(i.op == "jmp" || i.op.starts_with("ret") || i.op == "ud2");
        if i.op.starts_with('j') {
            if let Some(t) = jump_target(i).and_then(index) {
                out.push(block_of(t));
            }
        }
        if falls && b + 1 < n {
            out.push(b + 1);
        }
    }
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (b, out) in succs.iter().enumerate() {
        for &s in out {
            preds[s].push(b);
        }
    }
    // Blocks reached from the head, and blocks that reach the closing jump's block.
    let reach = |start: usize, next: &[Vec<usize>]| {
        let mut seen = vec![false; n];
        let mut work = vec![start];
        while let Some(b) = work.pop() {
            if !std::mem::replace(&mut seen[b], true) {
                work.extend(next[b].iter().copied());
            }
        }
        seen
    };
    let from_head = reach(0, &succs);
    let to_latch = reach(n - 1, &preds);
    body.iter()
        .enumerate()
        .filter(|&(k, _)| from_head[block_of(k)] && to_latch[block_of(k)])
        .map(|(_, i)| i)
        .collect()
}

/// The instructions of the innermost loop's cycle around an instruction of `f` that `pick`
/// selects, choosing the instruction whose loop is the shortest.
/// The first loop laid out after instruction `at` (a loop whose head follows it): the
/// loop that a value computed at `at`, before the loop, bounds.
fn loop_after(f: &[Insn], at: usize) -> Option<&[Insn]> {
    let a = f[at].addr;
    let (j, t) = f[at + 1..].iter().enumerate().find_map(|(k, i)| {
        let t = jump_target(i)?;
        (t > a && t <= i.addr).then_some((at + 1 + k, t))
    })?;
    let first = f.iter().position(|i| i.addr == t)?;
    Some(&f[first..=j])
}

fn tightest_loop(f: &[Insn], pick: impl Fn(&Insn) -> bool) -> Option<Vec<&Insn>> {
    (0..f.len())
        .filter(|&k| pick(&f[k]))
        .filter(|&k| {
            let a = f[k].addr;
            f[k..]
                .iter()
                .any(|i| jump_target(i).is_some_and(|t| t <= a))
        })
        .map(|k| loop_around(f, k))
        .min_by_key(|body| body.len())
        .map(loop_cycle)
}

fn cycle_listing(cycle: &[&Insn]) -> String {
    cycle
        .iter()
        .map(|i| format!("{:x}: {} {}", i.addr, i.op, i.args))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The merge loop (`while (i < h && j < n)`, its `setb` the comparison of the keys) keeps
/// h and the base of `a` (stack slots across the calls) and the counters in registers.
/// It reloaded h, and a's base before each of its two loads, at every iteration.
#[test]
fn merge_sort_merge_loop_reads_no_stack_slot() {
    let wat = include_str!("golden/regalloc/merge_sort.wat");
    // Its own name: the tests run in parallel, each in its own temporary directory.
    let asm = disassembly("sort_merge", wat);
    let f = function(&asm, "merge_sort");
    let text = listing(&f);
    let cycle = tightest_loop(&f, |i| i.op == "setb")
        .unwrap_or_else(|| panic!("no loop around a `setb`:\n{text}"));
    let body = cycle_listing(&cycle);
    assert!(
        cycle.len() >= 15,
        "the merge loop is not where it was:\n{body}"
    );
    let stack: Vec<&&Insn> = cycle.iter().filter(|i| i.args.contains("(%rsp)")).collect();
    assert!(
        stack.is_empty(),
        "the merge loop touches the stack at {:x?}:\n{body}",
        stack.iter().map(|i| i.addr).collect::<Vec<_>>()
    );
}

/// The copy loop (`for (k = 0; k < n; k++) a[k] = tmp[k];`, unrolled by four, `and $-4`
/// its bound) keeps the bases of `a` and `tmp` and n in registers. It reloaded both bases
/// before each of its four copies, and n, at every iteration. Its bound `n & -4` is
/// computed before it (vendor/cranelift-codegen/PATCHES.md 9; it was computed again in
/// the loop): the loop is the first one after that `and`.
#[test]
fn merge_sort_copy_loop_reads_no_stack_slot() {
    let wat = include_str!("golden/regalloc/merge_sort.wat");
    let asm = disassembly("sort_copy", wat);
    let f = function(&asm, "merge_sort");
    let text = listing(&f);
    let at = f
        .iter()
        .position(|i| i.op == "and" && i.args.starts_with("$0xfffffffc,"))
        .unwrap_or_else(|| panic!("no `and $-4` in merge_sort:\n{text}"));
    let body = loop_after(&f, at).unwrap_or_else(|| panic!("no loop after the `and $-4`:\n{text}"));
    let cycle = loop_cycle(body);
    let body = cycle_listing(&cycle);
    // The four copies: a load and a store through the heap base each.
    let copies = cycle
        .iter()
        .filter(|i| i.op == "mov" && i.args.starts_with('%') && i.args.ends_with(",1)"))
        .count();
    assert_eq!(copies, 4, "the copy loop is not where it was:\n{body}");
    let stack: Vec<&&Insn> = cycle.iter().filter(|i| i.args.contains("(%rsp)")).collect();
    assert!(
        stack.is_empty(),
        "the copy loop touches the stack at {:x?}:\n{body}",
        stack.iter().map(|i| i.addr).collect::<Vec<_>>()
    );
}

#[test]
fn nqueens_heap_base_is_stored_once() {
    let wat = include_str!("golden/regalloc/nqueens_place.wat");
    // With its loop pointers carried at 64 bits (translate/wide_params.rs) `place` keeps
    // the heap base in a callee-saved register across the loop, and there is no spill
    // left to watch: compiled without that, as when the patch was made.
    let opts = wasm2native::CompileOptions {
        wide_params: false,
        ..Default::default()
    };
    let asm = disassembly_with("nqueens", wat, opts);
    let f = function(&asm, "place");
    let text = listing(&f);
    // The heap base: loaded from the instance's `memory0.base` (the vmctx is the first
    // argument), then stored to a stack slot.
    let base = abi("W2N_OFF_INSTANCE_MEMORY0") + abi("W2N_OFF_MEMORY_BASE");
    let base_load = format!("{base:#x}(%rdi),%");
    let load = f
        .iter()
        .position(|i| i.op == "mov" && i.args.starts_with(&base_load))
        .unwrap_or_else(|| panic!("no load of the heap base:\n{text}"));
    let base_reg = f[load].args.rsplit(',').next().unwrap().to_string();
    let slot = f[load..]
        .iter()
        .find(|i| stored_slot(i).is_some() && i.args.starts_with(&format!("{base_reg},")))
        .and_then(stored_slot)
        .unwrap_or_else(|| panic!("the heap base ({base_reg}) is not spilled:\n{text}"));
    let stores: Vec<&Insn> = f.iter().filter(|i| stored_slot(i) == Some(slot)).collect();
    assert_eq!(
        stores.len(),
        1,
        "the heap base's slot {slot} is written at {:x?}:\n{text}",
        stores.iter().map(|i| i.addr).collect::<Vec<_>>()
    );
    // It is reloaded in the loop (else the test no longer shows anything).
    assert!(
        f.iter()
            .any(|i| i.op == "mov" && i.args.starts_with(&format!("{slot},"))),
        "the heap base is never reloaded from {slot}:\n{text}"
    );
}

#[test]
fn sieve_counting_loop_stores_nothing() {
    let wat = include_str!("golden/regalloc/sieve_run.wat");
    let asm = disassembly("sieve", wat);
    let f = function(&asm, "run");
    let text = listing(&f);
    // `band n, -2`, the bound of the counting loop unrolled by two, computed before the
    // loop from n's stack slot (vendor/cranelift-codegen/PATCHES.md 9: it was computed,
    // and n reloaded, in the loop): the loop is the first one after that `and`.
    let at = f
        .iter()
        .position(|i| i.op == "and" && i.args.starts_with("$0xfffffffffffffffe,"))
        .unwrap_or_else(|| panic!("no `and $-2` in run:\n{text}"));
    let body = loop_after(&f, at).unwrap_or_else(|| panic!("no loop after the `and $-2`:\n{text}"));
    let body_text = listing(body);
    // The loop reads no stack slot...
    assert!(
        !body.iter().any(|i| i.args.contains("(%rsp)")),
        "the counting loop reads a stack slot:\n{body_text}"
    );
    // ...and nothing in the loop changes a stack slot.
    let stores: Vec<&Insn> = body.iter().filter(|i| stored_slot(i).is_some()).collect();
    assert!(
        stores.is_empty(),
        "the counting loop stores to the stack at {:x?}:\n{body_text}",
        stores.iter().map(|i| i.addr).collect::<Vec<_>>()
    );
}

/// nqueens' `place` loop, around its recursive call: the paths that skip the call (a
/// square under attack, most iterations) store nothing to the stack; the stores of the
/// values kept in stack slots (the counter before the call, the accumulator after it)
/// are in the call's block. Giving the part of the accumulator from the loop's join
/// block to its back edge a register of its own (a loop region cut by the start of the
/// value's bundle, in a loop with a call: rt23's experiment, bench/profile.md, rt24
/// section) stored it back into its slot on the back edge and reloaded it on each of
/// the three paths that skip the call, with a register swap for the counter: 31% more
/// instructions in nqueens.
#[test]
fn nqueens_place_loop_skips_the_call_without_stack_stores() {
    let wat = include_str!("golden/regalloc/nqueens_place.wat");
    let asm = disassembly("nqueens_skip", wat);
    let f = function(&asm, "place");
    let text = listing(&f);
    let targets: Vec<u64> = f.iter().filter_map(jump_target).collect();
    let calls: Vec<usize> = (0..f.len()).filter(|&k| f[k].op == "call").collect();
    assert!(!calls.is_empty(), "no call in place:\n{text}");
    for &c in &calls {
        let at = f[c].addr;
        let cycle = tightest_loop(&f, |i| i.addr == at)
            .unwrap_or_else(|| panic!("no loop around the call at {at:x}:\n{text}"));
        let body = cycle_listing(&cycle);
        let call = cycle.iter().position(|i| i.addr == at).unwrap();
        // The call's block: no jump and no jump target between it and the call.
        let in_call_block = |k: usize| {
            let (lo, hi) = (k.min(call), k.max(call));
            (lo..=hi).all(|j| !(j < hi && cycle[j].op.starts_with('j')))
                && (lo + 1..=hi).all(|j| !targets.contains(&cycle[j].addr))
        };
        let stray: Vec<u64> = (0..cycle.len())
            .filter(|&k| stored_slot(cycle[k]).is_some() && !in_call_block(k))
            .map(|k| cycle[k].addr)
            .collect();
        assert!(
            stray.is_empty(),
            "the loop around the call at {at:x} stores to the stack outside the call's \
             block at {stray:x?}:\n{body}"
        );
    }
}

/// recursion's `tak`, whose loop (the outer, tail-called `tak`) calls `tak` three times:
/// with the twelfth patch the part of `y` in the loop is one bundle that gets a free
/// callee-saved register over the whole loop, instead of minimal bundles that copied it
/// from another register before its uses: 20 register-to-register copies in the loop's
/// cycle, 21 before.
#[test]
fn tak_loop_with_calls_keeps_its_values_in_place() {
    let wat = include_str!("golden/regalloc/tak.wat");
    let asm = disassembly("recursion_tak", wat);
    let f = function(&asm, "tak");
    let text = listing(&f);
    let cycle = tightest_loop(&f, |i| i.op == "call")
        .unwrap_or_else(|| panic!("no loop around a call in tak:\n{text}"));
    let body = cycle_listing(&cycle);
    let calls = cycle.iter().filter(|i| i.op == "call").count();
    assert_eq!(calls, 3, "the loop is not where it was:\n{body}");
    let copies = cycle
        .iter()
        .filter(|i| {
            i.op == "mov"
                && i.args.split_once(',').is_some_and(|(a, b)| {
                    a.starts_with("%r") && b.starts_with("%r") && !b.contains('(')
                })
        })
        .count();
    assert!(
        copies <= 20,
        "{copies} register copies in tak's loop:\n{body}"
    );
}

/// The 64-bit register an AT&T register operand (`%eax`, `%r9d`, `%sil`, ...) is part of.
fn full_register(op: &str) -> Option<String> {
    let r = op.strip_prefix('%')?;
    if let Some(n) = r
        .strip_prefix('r')
        .filter(|n| n.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Some(format!("r{}", n.trim_end_matches(['d', 'w', 'b'])));
    }
    let base = match r {
        "rax" | "eax" | "ax" | "al" | "ah" => "rax",
        "rbx" | "ebx" | "bx" | "bl" | "bh" => "rbx",
        "rcx" | "ecx" | "cx" | "cl" | "ch" => "rcx",
        "rdx" | "edx" | "dx" | "dl" | "dh" => "rdx",
        "rsi" | "esi" | "si" | "sil" => "rsi",
        "rdi" | "edi" | "di" | "dil" => "rdi",
        "rbp" | "ebp" | "bp" | "bpl" => "rbp",
        "rsp" | "esp" | "sp" | "spl" => "rsp",
        x if x.starts_with("xmm") => x,
        _ => return None,
    };
    Some(base.to_string())
}

/// Reloads `mov OFF(%rsp),%REG` where REG already holds the slot's value: an earlier
/// `mov OFF(%rsp),%REG` or `mov %REG,OFF(%rsp)` (same operand text), and between them no
/// write to REG (an instruction whose last operand is REG or part of it, or one that
/// writes registers it does not name), no write to the stack other than to other
/// registers' slots, no call, no jump target and no jump other than a conditional one
/// falling through to the next instruction (a bounds check's or a test's).
fn redundant_reloads(f: &[Insn]) -> Vec<u64> {
    let targets: Vec<u64> = f.iter().filter_map(jump_target).collect();
    // The epilogues' restores of callee-saved registers (the prologue stored them) are
    // not the allocator's: an instruction is in an epilogue when only restores, `mov
    // %rbp,%rsp` and `pop`s follow it up to a `ret`.
    let mut epilogue = vec![false; f.len()];
    let mut in_epilogue = false;
    for (k, i) in f.iter().enumerate().rev() {
        in_epilogue = if i.op.starts_with("ret") {
            true
        } else {
            in_epilogue
                && (i.op.starts_with("pop")
                    || i.args == "%rbp,%rsp"
                    || (i.op == "mov" && i.args.contains("(%rsp),%")))
        };
        epilogue[k] = in_epilogue;
    }
    // (register, slot) pairs known to hold the same value.
    let mut held: Vec<(String, String)> = Vec::new();
    let mut found = Vec::new();
    for (k, i) in f.iter().enumerate() {
        if epilogue[k] {
            held.clear();
            continue;
        }
        if targets.contains(&i.addr) {
            held.clear();
        }
        let ops: Vec<&str> = i.args.split(',').collect();
        if i.op == "mov" && ops.len() == 2 && ops[0].ends_with("(%rsp)") && ops[1].starts_with('%')
        {
            let (slot, reg) = (ops[0].to_string(), ops[1].to_string());
            let full = full_register(&reg);
            if held.contains(&(reg.clone(), slot.clone())) {
                found.push(i.addr);
            }
            held.retain(|(r, _)| full_register(r) != full);
            held.push((reg, slot));
            continue;
        }
        if let Some(slot) = stored_slot(i) {
            let reg = ops[0].to_string();
            held.retain(|(_, s)| s != slot);
            held.push((reg, slot.to_string()));
            continue;
        }
        if i.op.starts_with('j') && i.op != "jmp" && jump_target(i).is_some() {
            continue;
        }
        let writes_implicitly = ["call", "div", "idiv", "mul", "cqto", "cltd", "cltq", "xchg"]
            .iter()
            .any(|p| i.op.starts_with(p))
            || i.op.starts_with('j')
            || i.op.starts_with("ret")
            || i.op.starts_with("push")
            || i.op.starts_with("pop")
            || i.op.starts_with("rep")
            || i.args.contains("(%rsp)")
            || (i.op == "imul" && ops.len() == 1);
        if writes_implicitly {
            held.clear();
            continue;
        }
        if i.op.starts_with("cmp") || i.op.starts_with("test") || i.op.starts_with("ucomis") {
            continue;
        }
        if let Some(written) = ops.last().and_then(|d| full_register(d)) {
            held.retain(|(r, _)| full_register(r).as_deref() != Some(written.as_str()));
        }
    }
    found
}

/// Values reloaded from their stack slot into the same register on both sides of a
/// conditional branch (vendor/regalloc2's fourteenth patch): regalloc2's redundant-move
/// tracker forgot what each register held at every block boundary, and a bounds check
/// or a test ends a block, so a value used before and after one was reloaded after it
/// although nothing had written the register. `place` (nqueens) reloaded `col` into
/// %rsi at both ends of its loop's three tests, and its first row's `n` at each of
/// them; sort's `merge_sort` reloaded its bounds likewise (5 and 12 such reloads).
#[test]
fn no_reload_of_a_register_that_holds_the_slot() {
    for (name, wat, sym) in [
        (
            "nqueens_reload",
            include_str!("golden/regalloc/nqueens_place.wat"),
            "place",
        ),
        (
            "sort_reload",
            include_str!("golden/regalloc/merge_sort.wat"),
            "merge_sort",
        ),
    ] {
        let asm = disassembly(name, wat);
        let f = function(&asm, sym);
        let redundant = redundant_reloads(&f);
        assert!(
            redundant.is_empty(),
            "{sym} reloads a slot into a register that holds it at {redundant:x?}:\n{}",
            listing(&f)
        );
    }
}
