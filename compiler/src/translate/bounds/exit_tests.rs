//! Loop exit tests on the next value of a counter (x86_64).
//!
//! A counted loop ends by testing the counter's next value, which is also passed
//! back to the loop header:
//!
//! ```text
//! next = iadd i, 16
//! c    = icmp ne next, 512
//! brif c, header(next), exit
//! ```
//!
//! Cranelift's mid-end rewrites `x + K1 != K2` to `x != K2 - K1` (a rule in
//! `opts/cprop.isle`), so the branch tests `i` against 496. That keeps `i` live to
//! the end of the block next to `next`, the two need different registers, and the
//! back edge becomes `je exit; mov next -> i; jmp header`: two more instructions
//! and a second taken branch every iteration. (clang sometimes emits the test on
//! the old value itself, with the same result.)
//!
//! This pass makes the test read `next`, in a form the rule does not match: the
//! zero extension of the 32-bit `next` to 64 bits, compared with the (zero-extended)
//! constant. That is the same test, since zero extension is injective, and it costs
//! nothing on x86_64, where a 32-bit `add` already clears the upper half (Cranelift
//! lowers such an extension to no instruction). `i` then dies at the add, the
//! register allocator gives `next` the register of `i`, and the loop ends in one
//! `jne header`. A test on the old value is turned into one on the next value
//! first: `i == C` exactly when `i + k == C + k` in wrapping arithmetic.
//!
//! Only `eq` and `ne` tests are rewritten (orderings do not survive wrapping), only
//! of 32-bit counters, and only when the branch passes `next` on (otherwise the
//! mid-end's form is the better one). The old compare stays for any other use
//! and is deleted with the other dead code otherwise.

use super::checks::const_u32;
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, types, InstBuilder, InstructionData, Opcode, Value};

/// `(x, k)` if `v = iadd x, k` with `k` constant.
fn add_of(func: &ir::Function, v: Value) -> Option<(Value, u32)> {
    let inst = func.dfg.value_def(v).inst()?;
    match func.dfg.insts[inst] {
        InstructionData::Binary {
            opcode: Opcode::Iadd,
            args: [a, b],
        } => match (const_u32(&func.dfg, a), const_u32(&func.dfg, b)) {
            (_, Some(k)) => Some((a, k)),
            (Some(k), None) => Some((b, k)),
            _ => None,
        },
        _ => None,
    }
}

/// Rewrites the loop exit tests described in the module comment; returns how many
/// it rewrote.
pub(crate) fn test_next_values(func: &mut ir::Function) -> usize {
    let mut rewritten = 0;
    let blocks: Vec<ir::Block> = func.layout.blocks().collect();
    for block in blocks {
        let Some(term) = func.layout.last_inst(block) else {
            continue;
        };
        let InstructionData::Brif {
            opcode,
            arg: c,
            blocks: targets,
        } = func.dfg.insts[term]
        else {
            continue;
        };
        // The wasm translation widens the compare's i8 to i32 before `br_if`.
        let mut flag = c;
        if let Some(inst) = func.dfg.value_def(c).inst() {
            if let InstructionData::Unary {
                opcode: Opcode::Uextend,
                arg,
            } = func.dfg.insts[inst]
            {
                flag = arg;
            }
        }
        let Some(cmp) = func.dfg.value_def(flag).inst() else {
            continue;
        };
        let InstructionData::IntCompare {
            opcode: Opcode::Icmp,
            cond,
            args: [a, b],
        } = func.dfg.insts[cmp]
        else {
            continue;
        };
        if !matches!(cond, IntCC::Equal | IntCC::NotEqual) || func.dfg.value_type(a) != types::I32 {
            continue;
        }
        let (counter, limit) = match (const_u32(&func.dfg, a), const_u32(&func.dfg, b)) {
            (None, Some(k)) => (a, k),
            (Some(k), None) => (b, k),
            _ => continue,
        };
        // The next value and the limit it is tested against.
        let (next, limit) = if add_of(func, counter).is_some() {
            (counter, limit)
        } else {
            // A test of the old value: find `next = counter + k` in this block.
            let found = func.layout.block_insts(block).find_map(|inst| {
                let r = *func.dfg.inst_results(inst).first()?;
                match add_of(func, r) {
                    Some((x, k)) if x == counter => Some((r, k)),
                    _ => None,
                }
            });
            let Some((next, k)) = found else {
                continue;
            };
            (next, limit.wrapping_add(k))
        };
        // Only a next value the branch also passes on (to the loop header), itself
        // or through a block that only jumps on, is worth it; otherwise the
        // mid-end's form is the better one.
        let passes = |func: &ir::Function, inst: ir::Inst| {
            func.dfg.insts[inst]
                .branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables)
                .iter()
                .any(|call| {
                    call.args(&func.dfg.value_lists)
                        .any(|arg| arg.as_value() == Some(next))
                })
        };
        let passed_on = passes(func, term)
            || targets.iter().any(|call| {
                let b = call.block(&func.dfg.value_lists);
                let first = func.layout.first_inst(b);
                first.is_some() && first == func.layout.last_inst(b) && passes(func, first.unwrap())
            });
        if !passed_on {
            continue;
        }
        let limit = u64::from(limit);
        let mut pos = FuncCursor::new(func).at_inst(term);
        let wide = pos.ins().uextend(types::I64, next);
        let k = pos.ins().iconst(types::I64, limit as i64);
        let test = pos.ins().icmp(cond, wide, k);
        pos.func.dfg.insts[term] = InstructionData::Brif {
            opcode,
            arg: test,
            blocks: targets,
        };
        rewritten += 1;
    }
    rewritten
}

#[cfg(test)]
mod tests {
    use crate::layout::testing;

    /// A counted loop whose exit test reads the next or the old counter ends in
    /// one conditional branch back to its header, not in `je exit; mov; jmp`.
    /// (The body uses the counter in a store, which stays before the add; a use
    /// in arithmetic feeding the back edge can be placed after it, and then the
    /// two values overlap anyway.)
    #[test]
    fn counted_loops_end_in_one_conditional_branch() {
        let next = "(local.set $i (i32.add (local.get $i) (i32.const 16)))
                    (br_if $l (i32.ne (local.get $i) (i32.const 512)))";
        let old = "(local.set $c (i32.ne (local.get $i) (i32.const 496)))
                   (local.set $i (i32.add (local.get $i) (i32.const 16)))
                   (br_if $l (local.get $c))";
        let eq = "(local.set $i (i32.add (local.get $i) (i32.const 16)))
                  (br_if $done (i32.eq (local.get $i) (i32.const 512)))
                  (br $l)";
        for test in [next, old, eq] {
            let wat = format!(
                r#"(module
                  (global $g (mut i32) (i32.const 0))
                  (func (export "sum") (local $i i32) (local $c i32)
                    (block $done
                      (loop $l
                        (global.set $g (i32.add (global.get $g) (local.get $i)))
                        {test}))))"#
            );
            let f = testing::compile("x86_64-unknown-linux-gnu", &wat, "wasm_func_0");
            let back = testing::back_edges(&f);
            assert_eq!(back.len(), 1, "one back edge in {:x?}", f.bytes());
            let (_, at, _) = back[0];
            assert_eq!(
                f.text[at],
                0x0f,
                "the back edge is a conditional branch: {:x?}",
                f.bytes()
            );
        }
    }
}
