//! Exception handling (the standard `exnref` form): `throw`, `throw_ref`, `try_table`.
//!
//! Entering a `try_table` emits no code on the normal path. Every call inside it
//! becomes a Cranelift `try_call` whose exception table sends any exception to the
//! try_table's *landing block* (one `Default` handler). The runtime's unwinder
//! (`runtime-support/src/exception.c`) finds that call site from the return address in
//! the descriptor's `exn_sites` and resumes at the handler with the exception
//! (`w2n_exn*`) in the first payload register. The landing block then compares the
//! exception's tag with the catch clauses' tags in order (tag identity: the instance's
//! `tags[i]` pointers) and branches to the first match; without a match it goes on to
//! the enclosing try_table's landing block, or rethrows from this frame.
//!
//! A `throw` is a call of `w2n_throw` (a `try_call` when inside a try_table, so a
//! throw caught in the same function takes the same path as one from a callee).

use super::func::{args, FrameKind, FuncTranslator};
use crate::abi::{self, Rt, Trap, EXN, INSTANCE};
use cranelift_codegen::ir::{
    self, condcodes::IntCC, types, BlockArg, ExceptionTableData, ExceptionTableItem, InstBuilder,
    Value,
};
use wasmparser::{Catch, TryTable};

/// What a call calls.
pub(crate) enum Callee {
    Direct(ir::FuncRef),
    /// Code address with this signature.
    Indirect(ir::SigRef, Value),
}

impl FuncTranslator<'_, '_> {
    /// Emits a call and returns its results: a plain call outside any try_table, a
    /// `try_call` to the innermost try_table's landing block inside one.
    pub(crate) fn emit_call(&mut self, callee: Callee, a: &[Value]) -> Vec<Value> {
        let Some(&landing) = self.handlers.last() else {
            let call = match callee {
                Callee::Direct(f) => self.b.ins().call(f, a),
                Callee::Indirect(s, code) => self.b.ins().call_indirect(s, code, a),
            };
            return self.b.inst_results(call).to_vec();
        };
        let sig = match callee {
            Callee::Direct(f) => self.b.func.dfg.ext_funcs[f].signature,
            Callee::Indirect(s, _) => s,
        };
        let rets: Vec<ir::Type> = self.b.func.dfg.signatures[sig]
            .returns
            .iter()
            .map(|r| r.value_type)
            .collect();
        let cont = self.b.create_block();
        for t in &rets {
            self.b.append_block_param(cont, *t);
        }
        let ret_args: Vec<BlockArg> = (0..rets.len() as u32).map(BlockArg::TryCallRet).collect();
        let dfg = &mut self.b.func.dfg;
        let normal = dfg.block_call(cont, &ret_args);
        let exn = dfg.block_call(landing, &[BlockArg::TryCallExn(0)]);
        let et = dfg.exception_tables.push(ExceptionTableData::new(
            sig,
            normal,
            [ExceptionTableItem::Default(exn)],
        ));
        match callee {
            Callee::Direct(f) => self.b.ins().try_call(f, a, et),
            Callee::Indirect(_, code) => self.b.ins().try_call_indirect(code, a, et),
        };
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
        self.b.block_params(cont).to_vec()
    }

    /// Calls runtime function `rt` (which never returns) so that an enclosing
    /// try_table catches what it throws, then ends the block.
    fn call_throwing(&mut self, rt: Rt, a: &[Value]) {
        let fref = self.runtime_ref(rt);
        self.emit_call(Callee::Direct(fref), a);
        self.b
            .ins()
            .trap(ir::TrapCode::unwrap_user(Trap::Unreachable as u8));
        self.reachable = false;
    }

    /// `throw tag`: the values go to a stack slot the runtime copies them from.
    pub(crate) fn throw(&mut self, tag: u32) {
        let n = self.m.info.types[self.m.info.tags[tag as usize] as usize]
            .params
            .len();
        let vals = self.popn(n);
        let addr = if n == 0 {
            self.b.ins().iconst(types::I64, 0)
        } else {
            let ss = self.b.create_sized_stack_slot(ir::StackSlotData::new(
                ir::StackSlotKind::ExplicitSlot,
                n as u32 * abi::VAL_SLOT as u32,
                4,
            ));
            for (i, v) in vals.iter().enumerate() {
                self.b
                    .ins()
                    .stack_store(types::I64, *v, ss, i as i32 * abi::VAL_SLOT);
            }
            self.b.ins().stack_addr(types::I64, ss, 0)
        };
        let t = self.b.ins().iconst(types::I32, i64::from(tag));
        let vmctx = self.vmctx;
        self.call_throwing(Rt::Throw, &[vmctx, t, addr]);
    }

    /// `throw_ref`: the runtime traps on null.
    pub(crate) fn throw_ref(&mut self) {
        let exn = self.pop();
        let vmctx = self.vmctx;
        self.call_throwing(Rt::ThrowRef, &[vmctx, exn]);
    }

    /// `try_table`: builds the landing block (the catch clauses, resolved against the
    /// enclosing labels), then opens the body like a `block`.
    pub(crate) fn try_table(&mut self, t: &TryTable) {
        let (p, r) = self.block_type(t.ty);
        let body = self.b.create_block();
        self.b.ins().jump(body, &[]);
        self.b.seal_block(body);

        let landing = self.b.create_block();
        let exn = self.b.append_block_param(landing, types::I64);
        self.b.switch_to_block(landing);
        self.b.set_cold_block(landing);
        let tag = self
            .b
            .ins()
            .load(types::I64, self.flags.trusted, exn, EXN.offset_of("tag"));
        let mut caught_all = false;
        for c in &t.catches {
            match *c {
                Catch::One { tag: x, label } | Catch::OneRef { tag: x, label } => {
                    let tags = self.b.ins().load(
                        types::I64,
                        self.flags.readonly,
                        self.vmctx,
                        INSTANCE.offset_of("tags"),
                    );
                    let want =
                        self.b
                            .ins()
                            .load(types::I64, self.flags.readonly, tags, x as i32 * 8);
                    let eq = self.b.ins().icmp(IntCC::Equal, tag, want);
                    let hit = self.b.create_block();
                    let miss = self.b.create_block();
                    self.b.ins().brif(eq, hit, &[], miss, &[]);
                    self.b.seal_block(hit);
                    self.b.seal_block(miss);
                    self.b.switch_to_block(hit);
                    let sig = &self.m.info.types[self.m.info.tags[x as usize] as usize];
                    let tys: Vec<ir::Type> =
                        sig.params.iter().map(|t| super::clif_type(*t)).collect();
                    let mut vals = Vec::with_capacity(tys.len() + 1);
                    for (i, ty) in tys.iter().enumerate() {
                        let off = EXN.size() + i as i32 * abi::VAL_SLOT;
                        vals.push(self.b.ins().load(*ty, self.flags.trusted, exn, off));
                    }
                    if matches!(c, Catch::OneRef { .. }) {
                        vals.push(exn);
                    }
                    let (target, _) = self.branch_target(label);
                    self.b.ins().jump(target, &args(&vals));
                    self.b.switch_to_block(miss);
                }
                Catch::All { label } => {
                    let (target, _) = self.branch_target(label);
                    self.b.ins().jump(target, &[]);
                    caught_all = true;
                    break;
                }
                Catch::AllRef { label } => {
                    let (target, _) = self.branch_target(label);
                    self.b.ins().jump(target, &args(&[exn]));
                    caught_all = true;
                    break;
                }
            }
        }
        if !caught_all {
            if let Some(&outer) = self.handlers.last() {
                self.b.ins().jump(outer, &args(&[exn]));
            } else {
                let fref = self.runtime_ref(Rt::ThrowRef);
                let vmctx = self.vmctx;
                self.b.ins().call(fref, &[vmctx, exn]);
                self.b
                    .ins()
                    .trap(ir::TrapCode::unwrap_user(Trap::Unreachable as u8));
            }
        }

        self.b.switch_to_block(body);
        self.handlers.push(landing);
        let next = self.new_block_with(&r);
        self.push_frame(FrameKind::TryTable, next, p.len(), r.len());
    }
}

/// The state of a legacy `try` block (`--legacy-exceptions`): its landing block, and
/// once its first `catch`/`catch_all` is reached, the caught exception and the block
/// where the next clause's tag test goes (`None` after `catch_all`).
#[derive(Debug)]
pub(crate) struct LegacyTry {
    pub landing: ir::Block,
    pub catching: Option<(Value, Option<ir::Block>)>,
}

impl FuncTranslator<'_, '_> {
    /// Sends exception `exn` on to handler `outer` (an enclosing landing block), or
    /// rethrows it from this frame when there is none.
    fn forward(&mut self, exn: Value, outer: Option<ir::Block>) {
        match outer {
            Some(h) => {
                self.b.ins().jump(h, &args(&[exn]));
            }
            None => {
                let fref = self.runtime_ref(Rt::ThrowRef);
                let vmctx = self.vmctx;
                self.b.ins().call(fref, &[vmctx, exn]);
                self.b
                    .ins()
                    .trap(ir::TrapCode::unwrap_user(Trap::Unreachable as u8));
            }
        }
    }

    /// Legacy `try`: a block whose calls go to a landing block, like `try_table`; its
    /// clauses are emitted into the landing block as `catch`/`catch_all` come.
    pub(crate) fn legacy_try(&mut self, bt: wasmparser::BlockType) {
        let (p, r) = self.block_type(bt);
        let body = self.b.create_block();
        self.b.ins().jump(body, &[]);
        self.b.seal_block(body);
        self.b.switch_to_block(body);
        let landing = self.b.create_block();
        self.b.append_block_param(landing, types::I64);
        self.b.set_cold_block(landing);
        self.handlers.push(landing);
        let next = self.new_block_with(&r);
        self.push_frame(
            FrameKind::LegacyTry(LegacyTry {
                landing,
                catching: None,
            }),
            next,
            p.len(),
            r.len(),
        );
    }

    /// Legacy `catch tag` (`Some`) or `catch_all` (`None`): ends the previous part of
    /// the try block, then opens this clause's body, entered when the clause matches.
    pub(crate) fn legacy_catch(&mut self, tag: Option<u32>) {
        let reachable = self.reachable;
        let frame = self.control.last_mut().expect("validated");
        let FrameKind::LegacyTry(t) = &mut frame.kind else {
            return; // dead code
        };
        let (next, nres, height) = (frame.next, frame.num_results, frame.height);
        let landing = t.landing;
        let catching = t.catching;
        if reachable {
            frame.next_reachable = true;
            let vals = self.popn(nres);
            self.b.ins().jump(next, &args(&vals));
        }
        self.stack.truncate(height);
        let (exn, _) = match catching {
            None => {
                // The body is complete: its landing block has all its predecessors.
                self.handlers.pop();
                self.b.switch_to_block(landing);
                self.b.seal_block(landing);
                (self.b.block_params(landing)[0], landing)
            }
            Some((exn, Some(miss))) => {
                self.b.switch_to_block(miss);
                (exn, miss)
            }
            Some((exn, None)) => {
                // After catch_all (invalid): nothing can reach this clause.
                let dead = self.b.create_block();
                self.b.seal_block(dead);
                self.b.switch_to_block(dead);
                (exn, dead)
            }
        };
        let miss = match tag {
            Some(x) => {
                let got =
                    self.b
                        .ins()
                        .load(types::I64, self.flags.trusted, exn, EXN.offset_of("tag"));
                let tags = self.b.ins().load(
                    types::I64,
                    self.flags.readonly,
                    self.vmctx,
                    INSTANCE.offset_of("tags"),
                );
                let want = self
                    .b
                    .ins()
                    .load(types::I64, self.flags.readonly, tags, x as i32 * 8);
                let eq = self.b.ins().icmp(IntCC::Equal, got, want);
                let hit = self.b.create_block();
                let miss = self.b.create_block();
                self.b.ins().brif(eq, hit, &[], miss, &[]);
                self.b.seal_block(hit);
                self.b.seal_block(miss);
                self.b.switch_to_block(hit);
                let sig = &self.m.info.types[self.m.info.tags[x as usize] as usize];
                let tys: Vec<ir::Type> = sig.params.iter().map(|t| super::clif_type(*t)).collect();
                for (i, ty) in tys.iter().enumerate() {
                    let off = EXN.size() + i as i32 * abi::VAL_SLOT;
                    let v = self.b.ins().load(*ty, self.flags.trusted, exn, off);
                    self.push(v);
                }
                Some(miss)
            }
            None => None,
        };
        if let Some(FrameKind::LegacyTry(t)) = self.control.last_mut().map(|f| &mut f.kind) {
            t.catching = Some((exn, miss));
        }
        self.reachable = true;
    }

    /// At the `end` of a legacy try: exceptions no clause caught go on outwards.
    pub(crate) fn legacy_try_end(&mut self, t: &LegacyTry) {
        let (exn, at) = match t.catching {
            None => {
                self.handlers.pop();
                self.b.seal_block(t.landing);
                (self.b.block_params(t.landing)[0], Some(t.landing))
            }
            Some((exn, miss)) => (exn, miss),
        };
        if let Some(block) = at {
            self.b.switch_to_block(block);
            let outer = self.handlers.last().copied();
            self.forward(exn, outer);
        }
    }

    /// Legacy `delegate l`: ends the try block (like `end`); its exceptions go to the
    /// handler in force inside the block `l` levels out (or to the caller).
    pub(crate) fn legacy_delegate(&mut self, depth: u32) -> crate::error::Result<()> {
        let live = matches!(
            self.control.last().map(|f| &f.kind),
            Some(FrameKind::LegacyTry(_))
        );
        if !live {
            // Dead code: end the dead frame.
            return self.end_with(None);
        }
        // The frames that own a handler while open, up to the target (counted without
        // this try): their handlers are `handlers[..k]`.
        let target = self.control.len() - 2 - depth as usize;
        let k = self.control[..=target]
            .iter()
            .filter(|f| {
                matches!(
                    f.kind,
                    FrameKind::TryTable | FrameKind::LegacyTry(LegacyTry { catching: None, .. })
                )
            })
            .count();
        let outer = k.checked_sub(1).map(|i| self.handlers[i]);
        self.end_with(Some(outer))
    }

    /// The landing block of a legacy try ended by `delegate`: forward to `outer`.
    pub(crate) fn legacy_delegate_landing(&mut self, t: &LegacyTry, outer: Option<ir::Block>) {
        self.handlers.pop();
        self.b.switch_to_block(t.landing);
        self.b.seal_block(t.landing);
        let exn = self.b.block_params(t.landing)[0];
        self.forward(exn, outer);
    }

    /// Legacy `rethrow l`: rethrows the exception caught by the catch clause `l` levels
    /// out.
    pub(crate) fn legacy_rethrow(&mut self, depth: u32) {
        let idx = self.control.len() - 1 - depth as usize;
        let exn = match &self.control[idx].kind {
            FrameKind::LegacyTry(LegacyTry {
                catching: Some((exn, _)),
                ..
            }) => *exn,
            _ => return, // validated: a catch clause
        };
        let vmctx = self.vmctx;
        self.call_throwing(Rt::ThrowRef, &[vmctx, exn]);
    }
}
