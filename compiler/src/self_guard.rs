//! Partial inlining of a recursive function's early-return guard at its own call sites.
//!
//! A recursive function often starts with a cheap test that returns without a call:
//! fib's `n < 2`, tak's `y >= x`, a tree walk's null check. Half or more of its calls
//! are then leaves that pay a whole frame, a stack-limit check and the epilogue for a
//! compare and a return. [`stub`] makes, from the function's translated CLIF, a small
//! function of the same signature that computes the test, returns the short path's
//! result when it holds, and calls the function otherwise; `crate::inline` splices
//! that stub at the function's calls to itself (`Inliner::new`, one level: the call in
//! the stub stays a call). A leaf call becomes a compare and branch in the caller; a
//! call that recurses pays the test twice.
//!
//! **What qualifies.** The entry block computes the test with instructions that cannot
//! trap, store or call (loads only without a trap code), apart from the prologue's
//! stack-limit check, which the stub drops: the short path makes no call, and its
//! caller (the function itself) has passed its own check. The entry ends in a `brif`
//! of which exactly one side reaches a `return` through at most [`SHORT_BLOCKS`]
//! blocks of such instructions ([`SHORT_INSTS`] in all), joined by `jump`s. The stub
//! is the function with the other side replaced by the call and every other block
//! dropped. Nothing in it can trap, so it needs no inline frame: every spliced
//! instruction takes the call's source location (`Inliner::fix_srclocs`), and a trap
//! or backtrace through the remaining call reads as before. Recursion still goes
//! through the function's prologue, so deep recursion still traps as
//! `call stack exhausted`.

use crate::abi::{Trap, INSTANCE};
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::{self, condcodes::IntCC, InstBuilder, InstructionData, Opcode};

/// Instructions the entry block may compute the test with (besides the stack check's
/// four, which until ABI version 15 counted too, and were then four with two loads).
pub(crate) const TEST_INSTS: usize = 12;
/// Blocks the short path may pass through, up to and including its `return`.
pub(crate) const SHORT_BLOCKS: usize = 4;
/// Instructions (other than `jump`s and the `return`) the short path may have.
pub(crate) const SHORT_INSTS: usize = 8;
/// Self-call sites of one function that may take the stub.
pub(crate) const MAX_SITES: u32 = 8;

/// Whether `inst` computes a value without side effects or traps.
fn pure(func: &ir::Function, inst: ir::Inst) -> bool {
    let data = &func.dfg.insts[inst];
    let op = data.opcode();
    if op.is_call()
        || op.is_branch()
        || op.is_terminator()
        || op.can_store()
        || op.can_trap()
        || op.other_side_effects()
    {
        return false;
    }
    if op.can_load() {
        return op == Opcode::Load && data.memflags_trap_code(&func.dfg).is_none();
    }
    true
}

/// The prologue's stack-limit check (`FuncTranslator::stack_check`) if `inst` is its
/// `trapnz`: its instructions, first to last, which serve nothing else (the translator
/// makes them for the check alone): the load of the instance's `stack_limit` from the
/// vmctx, the stack pointer, the compare and the `trapnz`.
pub(crate) fn stack_check(func: &ir::Function, inst: ir::Inst) -> Option<[ir::Inst; 4]> {
    let dfg = &func.dfg;
    let data = &dfg.insts[inst];
    if data.opcode() != Opcode::Trapnz
        || data.trap_code() != Some(ir::TrapCode::unwrap_user(Trap::StackOverflow as u8))
    {
        return None;
    }
    let def = |v: ir::Value| dfg.value_def(v).inst();
    let cmp = def(dfg.inst_args(inst)[0])?;
    let InstructionData::IntCompare {
        opcode: Opcode::Icmp,
        cond: IntCC::UnsignedLessThan,
        args: [sp, limit],
    } = dfg.insts[cmp]
    else {
        return None;
    };
    let (sp, load) = (def(sp)?, def(limit)?);
    let vmctx = dfg
        .block_params(func.layout.entry_block()?)
        .first()
        .copied();
    let shape = dfg.insts[sp].opcode() == Opcode::GetStackPointer
        && matches!(dfg.insts[load], InstructionData::Load {
            opcode: Opcode::Load, arg, offset, ..
        } if Some(arg) == vmctx && i32::from(offset) == INSTANCE.offset_of("stack_limit"));
    shape.then_some([load, sp, cmp, inst])
}

/// The blocks from `start` to a `return` through pure code and `jump`s, if short.
fn short_path(func: &ir::Function, start: ir::Block) -> Option<Vec<ir::Block>> {
    let mut path = Vec::new();
    let mut insts = 0;
    let mut b = start;
    loop {
        if path.len() == SHORT_BLOCKS || path.contains(&b) {
            return None;
        }
        path.push(b);
        let last = func.layout.last_inst(b)?;
        for inst in func.layout.block_insts(b) {
            if inst == last {
                break;
            }
            if !pure(func, inst) {
                return None;
            }
            insts += 1;
            if insts > SHORT_INSTS {
                return None;
            }
        }
        match &func.dfg.insts[last] {
            InstructionData::MultiAry {
                opcode: Opcode::Return,
                ..
            } => return Some(path),
            InstructionData::Jump { destination, .. } => {
                b = destination.block(&func.dfg.value_lists);
            }
            _ => return None,
        }
    }
}

/// The guard stub of `func` (see the module doc), if it qualifies. `self_ref` is
/// `func`'s reference to itself (the callee of its recursive calls).
pub(crate) fn stub(func: &ir::Function, self_ref: ir::FuncRef) -> Option<ir::Function> {
    let entry = func.layout.entry_block()?;
    let last = func.layout.last_inst(entry)?;
    let mut test = 0;
    let check = (func.layout.block_insts(entry)).find_map(|i| stack_check(func, i));
    for inst in func.layout.block_insts(entry) {
        if inst == last {
            break;
        }
        if check.is_some_and(|c| c.contains(&inst)) {
            continue;
        }
        if !pure(func, inst) {
            return None;
        }
        test += 1;
        if test > TEST_INSTS {
            return None;
        }
    }
    let InstructionData::Brif { blocks, .. } = &func.dfg.insts[last] else {
        return None;
    };
    let targets = blocks.map(|bc| bc.block(&func.dfg.value_lists));
    if targets[0] == targets[1] {
        return None;
    }
    let (long, path) = match (short_path(func, targets[0]), short_path(func, targets[1])) {
        (Some(p), None) => (1, p),
        (None, Some(p)) => (0, p),
        _ => return None,
    };

    let mut stub = func.clone();
    for inst in check.into_iter().flatten() {
        stub.layout.remove_inst(inst);
    }
    let dropped: Vec<ir::Block> = (stub.layout.blocks())
        .filter(|b| *b != entry && !path.contains(b))
        .collect();
    for b in dropped {
        while let Some(inst) = stub.layout.first_inst(b) {
            stub.layout.remove_inst(inst);
        }
        stub.layout.remove_block(b);
    }
    let call_block = stub.dfg.make_block();
    stub.layout.append_block(call_block);
    let params = stub.dfg.block_params(entry).to_vec();
    let mut pos = FuncCursor::new(&mut stub).at_bottom(call_block);
    let call = pos.ins().call(self_ref, &params);
    let results = pos.func.dfg.inst_results(call).to_vec();
    pos.ins().return_(&results);
    let to_call = ir::BlockCall::new(call_block, [], &mut stub.dfg.value_lists);
    let InstructionData::Brif { blocks, .. } = &mut stub.dfg.insts[last] else {
        unreachable!("checked above");
    };
    blocks[long] = to_call;
    Some(stub)
}

/// `func`'s reference to itself, if it calls itself directly.
pub(crate) fn self_ref(func: &ir::Function) -> Option<ir::FuncRef> {
    let own = match &func.name {
        ir::UserFuncName::User(n) => n.clone(),
        ir::UserFuncName::Testcase(_) => return None,
    };
    (func.dfg.ext_funcs.iter()).find_map(|(r, data)| match data.name {
        ir::ExternalName::User(u) => (func.params.user_named_funcs()[u] == own).then_some(r),
        _ => None,
    })
}
