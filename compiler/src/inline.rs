//! Cross-function inlining within a module (Cranelift's `inline` module does the
//! splicing; this file decides what to inline and keeps backtraces exact).
//!
//! **Plan, from the wasm bodies.** Before anything is translated, [`plan`] takes the
//! call graph (`crate::callgraph`, one read of every body): sizes in operators, direct
//! call sites, and what may be inlined at all. A function is an *inlinable callee* when
//! a direct call reaches it and it is small ([`SMALL`] operators), or called from
//! exactly one place and not too large ([`SINGLE_CALL`]), or called inside a wasm
//! `loop`, able to return and at most [`LOOP_SMALL`] operators (inlined at those call
//! sites only, in modules of up to [`LOOP_MODULE_MAX`] operators: the call graph
//! records which calls are in a `loop` by wasm offset, which is the call's source
//! location); and it has nothing the splicing would have to reconcile: no tail calls,
//! no exception handling, no reference-typed parameters, results or locals (so no GC
//! stack maps), and no call to itself. In a module that uses GC nothing is inlined.
//!
//! **Recursive functions inlined into themselves.** A self-recursive function of at
//! most [`REC_MAX`] operators with no inlinable callee gets a copy of its own body
//! ([`self_copy`]: its translation without its stack-limit check, with its
//! `crate::self_guard` stub at its own self-calls) spliced at its calls to itself, up
//! to [`REC_GROWTH`] operators of copies (its other self-calls take the stub). One
//! level: the copy's self-calls stay calls (or stubs that call), so recursion still
//! enters the function's prologue and its stack check, and the copy gets an inline
//! frame like any callee (a trap in it shows the function twice). Like gcc's
//! recursive inlining, this halves the calls of a doubly recursive function (fib, tak:
//! bench/profile.md, "Recursive functions inlined into themselves").
//!
//! **Pipeline** (`object::compile_functions`): only the inlinable callees are translated
//! up front and their CLIF kept (they are small; [`Kept`] drops each once its callers
//! and itself have taken it); every function then streams as before, translate →
//! inline → optimize → compile, on every thread. A callee's kept CLIF is its own
//! translation (its own calls are not inlined into it: one level).
//!
//! A callee with [`MANY_SITES`] or more call sites that makes a call in its entry block
//! and has several blocks is not inlined ([`calls_first`]): it would save one call next
//! to the one it makes anyway, and add its blocks at thousands of call sites.
//!
//! **Budget**: a caller grows by at most half its size or [`GROWTH_MIN`] operators,
//! whichever is larger, and never beyond [`CALLER_MAX`] operators. In modules over
//! [`LOOP_MODULE_MAX`] operators a caller over [`BIG_CALLER`] operators takes callees
//! over [`TINY`] operators only at calls inside its wasm `loop`s ([`Plan::allows`]).
//!
//! **Backtraces**: Cranelift gives the spliced instructions no source location, so
//! [`Inliner::fix_srclocs`] gives each the callee's one (the spliced copies are made
//! one per callee instruction, in the callee's block pre-order, after any extra
//! instructions of the call site), tagged with the high bit and an index into
//! [`Inliner::locs`]. `object::func_meta` decodes the tags into the address map (the
//! callee's wasm offset) and the function's inline-frame table (`abi::INLINE_FRAME`):
//! the code ranges of each spliced copy with the callee and the call's wasm offset, so
//! the runtime's backtrace still shows the inlined frame and its caller.

use crate::callgraph::CallGraph;
use crate::module_env::ModuleInfo;
use cranelift_codegen::entity::EntityRef;
use cranelift_codegen::inline::{Inline, InlineCommand};
use cranelift_codegen::ir;
use cranelift_codegen::traversals::Dfs;
use std::borrow::Cow;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

/// A callee of at most this many operators may be inlined at every call site.
pub(crate) const SMALL: u32 = 24;
/// A callee of at most this many operators may be inlined where it is called inside a
/// wasm `loop` of its caller.
pub(crate) const LOOP_SMALL: u32 = 48;
/// [`LOOP_SMALL`] applies in modules of at most this many operators (all bodies
/// together): it added 0.7% to the DICOM reader's compile instructions (2.2 M
/// operators) and 0.46% to the structured report's (1.9 M); sqlite, the largest of the
/// 22 workloads, has 0.47 M (bench/profile.md, "rt15").
pub(crate) const LOOP_MODULE_MAX: u64 = 1_000_000;
/// In modules of at most [`LOOP_MODULE_MAX`] operators, a callee of at most this many
/// operators may be inlined at every call site (in larger ones [`SMALL`]): it reaches
/// hot comparators and `memcmp`-like helpers of 25-40 operators called outside loops
/// too (bench/profile.md, "rt15" and "SMALL in small modules").
pub(crate) const SMALL_IN_SMALL_MODULES: u32 = 40;
/// In modules over [`LOOP_MODULE_MAX`] operators, a caller over this many operators
/// takes callees over [`TINY`] operators only at calls inside its wasm `loop`s: a call
/// outside loops in a function this large runs once per run of a large body, and
/// saves little; its spliced code costs the whole pipeline (register allocation,
/// egraph, lowering) about 17 K compile instructions per operator (bench/
/// large-modules.md, "cspeed27": 31% of the operators inlined into the structured
/// report). The 22 bench workloads are below [`LOOP_MODULE_MAX`]: the rule leaves them
/// as they were.
pub(crate) const BIG_CALLER: u32 = 1_000;
/// A callee of at most this many operators costs less to compile inlined than as a
/// call: [`BIG_CALLER`] does not apply to it.
pub(crate) const TINY: u32 = 8;
/// A callee with a single call site in the module may be inlined up to this size.
pub(crate) const SINGLE_CALL: u32 = 100;
/// A caller may always grow by this many operators (else by half its size).
pub(crate) const GROWTH_MIN: u32 = 100;
/// No caller grows beyond this many operators by inlining.
pub(crate) const CALLER_MAX: u32 = 12_000;

/// A self-recursive function of at most this many operators, with no inlinable
/// callee, gets a copy of its own body spliced at its calls to itself ([`self_copy`]).
pub(crate) const REC_MAX: u32 = 64;
/// The copies of a function's own body spliced into it take at most this many
/// operators in all (each its size); further self-calls take the guard stub.
pub(crate) const REC_GROWTH: u32 = 128;

/// Source locations with this bit set are spliced code (see [`Inliner::locs`]).
pub(crate) const INLINED_LOC: u32 = 1 << 31;

/// What [`plan`] found: per defined function, its size and whether it is inlinable.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    /// Size in operators, by defined function.
    pub size: Vec<u32>,
    /// Whether callers may inline it (its CLIF is kept), by defined function.
    pub inlinable: Vec<bool>,
    /// Direct call sites in the module, by defined function.
    pub sites: Vec<u32>,
    /// The inlinable functions each function calls (each once, never itself).
    pub callees: Vec<Vec<u32>>,
    /// Whether the function calls itself directly (`crate::self_guard`), by defined function.
    pub recursive: Vec<bool>,
    /// The wasm offsets of each function's direct calls inside a `loop`, ascending.
    pub loop_calls: Vec<Vec<u32>>,
    /// Whether the function never returns (`CallGraph::noreturn`), by defined function.
    pub noreturn: Vec<bool>,
    /// A callee of at most this many operators may be inlined at every call site
    /// ([`SMALL_IN_SMALL_MODULES`] or [`SMALL`]).
    pub small: u32,
    /// Whether the `loop` rule ([`LOOP_SMALL`]) holds: modules of at most
    /// [`LOOP_MODULE_MAX`] operators. In larger ones [`BIG_CALLER`] holds instead.
    pub loop_rule: bool,
}

impl Plan {
    /// Whether any function may be inlined at all.
    pub(crate) fn any(&self) -> bool {
        self.inlinable.iter().any(|b| *b) || self.recursive.iter().any(|b| *b)
    }

    /// Whether callee `def` (inlinable) may be inlined at a call in `caller`, by sizes:
    /// it is small, or has a single call site, or (the `loop` rule) the call is in a
    /// wasm `loop` of the caller; and in modules over [`LOOP_MODULE_MAX`] operators, a
    /// caller over [`BIG_CALLER`] operators takes callees over [`TINY`] operators only
    /// at calls in its loops. `in_loop` tells whether the call is in a `loop`.
    pub(crate) fn allows(&self, caller: usize, def: usize, in_loop: impl Fn() -> bool) -> bool {
        let cost = self.size[def];
        if cost > self.small
            && !(cost <= SINGLE_CALL && self.sites[def] == 1)
            && !(self.loop_rule && cost <= LOOP_SMALL && !self.noreturn[def] && in_loop())
        {
            return false;
        }
        self.loop_rule || self.size[caller] <= BIG_CALLER || cost <= TINY || in_loop()
    }

    /// Whether anything may be spliced into function `i`: an inlinable callee, or its
    /// own guard stub or body at its calls to itself.
    pub(crate) fn may_inline_into(&self, i: usize) -> bool {
        !self.callees[i].is_empty() || self.recursive[i]
    }
}

/// Decides which functions are inlinable callees, from the call graph.
pub(crate) fn plan(info: &ModuleInfo<'_>, g: &CallGraph) -> Plan {
    let n = g.size.len();
    if (info.bodies.last()).is_some_and(|b| b.body.range().end >= u64::from(INLINED_LOC)) {
        // Source locations could not be told apart from spliced ones.
        return Plan {
            size: g.size.clone(),
            inlinable: vec![false; n],
            sites: vec![0; n],
            callees: vec![Vec::new(); n],
            recursive: vec![false; n],
            loop_calls: vec![Vec::new(); n],
            noreturn: vec![false; n],
            small: SMALL,
            loop_rule: false,
        };
    }
    let mut sites = vec![0u32; n];
    let mut recursive = vec![false; n];
    for (f, callees) in g.callees.iter().enumerate() {
        for &c in callees {
            sites[c as usize] = sites[c as usize].saturating_add(1);
            recursive[f] |= c as usize == f;
        }
    }
    let loop_rule = g.size.iter().map(|s| u64::from(*s)).sum::<u64>() <= LOOP_MODULE_MAX;
    let small = if loop_rule {
        SMALL_IN_SMALL_MODULES
    } else {
        SMALL
    };
    let mut in_loops = vec![false; n];
    for (_, c) in g.loop_calls.iter().flatten() {
        in_loops[*c as usize] = loop_rule && !g.noreturn[*c as usize];
    }
    let inlinable = (0..n)
        .map(|i| {
            let size = g.size[i];
            !g.special[i]
                && !recursive[i]
                && sites[i] > 0
                && (size <= small
                    || (size <= SINGLE_CALL && sites[i] == 1)
                    || (size <= LOOP_SMALL && in_loops[i]))
        })
        .collect::<Vec<bool>>();
    let callees = (g.callees.iter().enumerate())
        .map(|(f, cs)| {
            let mut cs: Vec<u32> = (cs.iter().copied())
                .filter(|c| inlinable[*c as usize] && *c as usize != f)
                .collect();
            cs.sort_unstable();
            cs.dedup();
            cs
        })
        .collect();
    Plan {
        size: g.size.clone(),
        inlinable,
        sites,
        callees,
        recursive: (0..n).map(|i| recursive[i] && !g.special[i]).collect(),
        loop_calls: (g.loop_calls.iter())
            .map(|cs| cs.iter().map(|c| c.0).collect())
            .collect(),
        noreturn: g.noreturn.clone(),
        small,
        loop_rule,
    }
}

/// The kept CLIF of the inlinable callees, each dropped once the last function that
/// uses it (its callers and itself) has taken it.
pub(crate) struct Kept {
    slots: Vec<Mutex<Option<Arc<ir::Function>>>>,
    users: Vec<AtomicU32>,
}

impl Kept {
    /// `funcs`: the CLIF of each inlinable function of `plan`, by defined function.
    pub(crate) fn new(plan: &Plan, funcs: Vec<Option<ir::Function>>) -> Kept {
        let users: Vec<AtomicU32> = (0..funcs.len()).map(|_| AtomicU32::new(1)).collect();
        for cs in &plan.callees {
            for c in cs {
                users[*c as usize].fetch_add(1, Ordering::Relaxed);
            }
        }
        Kept {
            slots: funcs
                .into_iter()
                .map(|f| Mutex::new(f.map(Arc::new)))
                .collect(),
            users,
        }
    }

    /// The CLIF of function `i`, if kept.
    pub(crate) fn get(&self, i: usize) -> Option<Arc<ir::Function>> {
        self.slots[i].lock().unwrap().clone()
    }

    /// One user of function `i` has taken it: drops it after the last.
    pub(crate) fn release(&self, i: usize) {
        if self.users[i].fetch_sub(1, Ordering::AcqRel) == 1 {
            self.slots[i].lock().unwrap().take();
        }
    }
}

/// A callee with at least this many direct call sites in the module is not inlined
/// when [`calls_first`] holds for it.
pub(crate) const MANY_SITES: u32 = 1_000;
/// ... and it has at least this many blocks.
pub(crate) const CALLS_FIRST_BLOCKS: usize = 3;

/// Whether callee `f` makes a call in its entry block (so on every run) and has at
/// least [`CALLS_FIRST_BLOCKS`] blocks: inlining it saves one call and return next to
/// the call it makes anyway, but splits the caller's block and adds the callee's
/// blocks at every call site, and Cranelift's liveness and register allocation work
/// goes with blocks. With [`MANY_SITES`] call sites or more that is C++'s `operator
/// new` (`malloc`, then a test for null and a call that throws): on the DICOM reader
/// 4,503 of its 5,812 inlined calls (bench/large-modules.md, "cspeed10" and
/// "cspeed11"). With fewer sites such callees are still inlined: cspeed10 found that
/// keeping all of them as calls cost rx_regex 0.6% and lua 0.2% of their run time.
fn calls_first(f: &ir::Function) -> bool {
    let Some(entry) = f.layout.entry_block() else {
        return false;
    };
    f.layout.blocks().nth(CALLS_FIRST_BLOCKS - 1).is_some()
        && (f.layout.block_insts(entry)).any(|i| f.dfg.insts[i].opcode().is_call())
}

/// What the spliced code of one caller came from (`Inliner::spliced`), for
/// `object::func_meta`.
#[derive(Debug, Default)]
pub(crate) struct Spliced {
    /// By `INLINED_LOC` tag: (inlined call, callee wasm offset).
    pub locs: Vec<(u32, u32)>,
    /// By inlined call: (callee function index, wasm offset of the call).
    pub calls: Vec<(u32, u32)>,
}

/// What was spliced at an inlined call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A kept callee.
    Callee,
    /// The caller's guard stub (`crate::self_guard`).
    Stub,
    /// A copy of the caller's own body ([`self_copy`]).
    Copy,
}

/// A copy of recursive function `func` (its CLIF as translated, defined function
/// `caller`) to splice at its own calls to itself: its prologue's stack-limit check
/// dropped, since the copy runs in the frame of the function it is spliced into,
/// which has passed that same check at the same stack pointer (Cranelift's frames
/// are fixed: no instruction between moves the stack pointer); and its guard `stub`,
/// if any, spliced at its own calls to itself, so that the copy's leaves make no call
/// either. The copy's remaining calls to itself are calls: recursion still enters
/// the function's prologue and its check. The spliced stubs take their call's source
/// location (as in the function itself); the copy gets an inline frame like any
/// callee, so a trap or call in it shows it as a frame of its own.
fn self_copy(
    plan: &Plan,
    first_id: u32,
    caller: usize,
    func: &ir::Function,
    stub: Option<ir::Function>,
) -> Option<ir::Function> {
    let mut copy = func.clone();
    let entry = copy.layout.entry_block()?;
    let check =
        (copy.layout.block_insts(entry)).find_map(|i| crate::self_guard::stack_check(&copy, i));
    for inst in check.into_iter().flatten() {
        copy.layout.remove_inst(inst);
    }
    if stub.is_none() {
        return Some(copy);
    }
    let mut inner = Inliner {
        plan,
        bodies: Vec::new(),
        first_id,
        caller,
        budget: 0,
        stub,
        stub_sites: crate::self_guard::MAX_SITES,
        copy: None,
        copy_budget: 0,
        sites: Vec::new(),
        locs: Vec::new(),
    };
    let mut ctx = cranelift_codegen::Context::for_function(copy);
    if ctx.inline(&mut inner).ok()? {
        inner.fix_srclocs(&mut ctx.func);
    }
    Some(ctx.func)
}

/// Directs Cranelift's inliner for one caller (see the module doc).
pub(crate) struct Inliner<'a> {
    plan: &'a Plan,
    /// The kept CLIF of the caller's inlinable callees: (defined index, CLIF), by index.
    bodies: Vec<(usize, Arc<ir::Function>)>,
    /// The `FuncId` of defined function 0 (they are declared in order).
    first_id: u32,
    /// The caller (defined index).
    caller: usize,
    /// Operators the caller may still take in.
    budget: u32,
    /// The caller's guard stub, spliced at its calls to itself (`crate::self_guard`).
    stub: Option<ir::Function>,
    /// Self-call sites that may still take the stub.
    stub_sites: u32,
    /// The caller's own body ([`self_copy`]), spliced at its calls to itself.
    copy: Option<Arc<ir::Function>>,
    /// Operators the copies may still take (see [`REC_GROWTH`]).
    copy_budget: u32,
    /// Every inlined call: (first caller instruction index made for it, callee's
    /// defined index, the call's source location, what was spliced).
    sites: Vec<(usize, usize, ir::SourceLoc, Kind)>,
    /// Spliced instructions' locations (`INLINED_LOC | k`): (site, callee wasm offset).
    locs: Vec<(u32, u32)>,
}

impl<'a> Inliner<'a> {
    /// Takes the caller's callees from `kept` (see [`Kept::release`]); `func` is the
    /// caller's CLIF, from which a recursive caller's guard stub is made.
    pub(crate) fn new(
        plan: &'a Plan,
        kept: &Kept,
        first_id: u32,
        caller: usize,
        func: &ir::Function,
    ) -> Self {
        let bodies = (plan.callees[caller].iter())
            .filter_map(|&c| {
                let f = kept.get(c as usize).map(|f| (c as usize, f));
                kept.release(c as usize);
                f.filter(|(c, f)| plan.sites[*c] < MANY_SITES || !calls_first(f))
            })
            .collect();
        let own = plan.size[caller];
        let stub = (plan.recursive[caller] && own <= CALLER_MAX)
            .then(|| crate::self_guard::self_ref(func))
            .flatten()
            .and_then(|r| crate::self_guard::stub(func, r));
        let budget = (own / 2)
            .max(GROWTH_MIN)
            .min(CALLER_MAX.saturating_sub(own));
        let copy = (plan.recursive[caller] && own <= REC_MAX && plan.callees[caller].is_empty())
            .then(|| self_copy(plan, first_id, caller, func, stub.clone()))
            .flatten()
            .map(Arc::new);
        Inliner {
            plan,
            bodies,
            first_id,
            caller,
            budget,
            stub,
            stub_sites: crate::self_guard::MAX_SITES,
            copy,
            copy_budget: REC_GROWTH,
            sites: Vec::new(),
            locs: Vec::new(),
        }
    }

    /// Where callee `def` is in `bodies`.
    fn body(&self, def: usize) -> Option<usize> {
        self.bodies.binary_search_by_key(&def, |b| b.0).ok()
    }

    /// What the spliced code came from, after `fix_srclocs`; `first` is the function
    /// index of defined function 0.
    pub(crate) fn spliced(self, first: u32) -> Spliced {
        Spliced {
            locs: self.locs,
            calls: (self.sites.iter())
                .map(|s| (first + s.1 as u32, s.2.bits()))
                .collect(),
        }
    }

    /// Gives the spliced instructions of `func` (after `Context::inline`) tagged
    /// source locations; see the module doc.
    pub(crate) fn fix_srclocs(&mut self, func: &mut ir::Function) {
        let end = func.dfg.num_insts();
        let mut dfs = Dfs::new();
        for k in 0..self.sites.len() {
            let (start, callee, call_loc, kind) = self.sites[k];
            let stop = self.sites.get(k + 1).map_or(end, |s| s.0);
            let body = match kind {
                Kind::Stub => {
                    // Nothing in a stub traps: no inline frame, the call's location.
                    for j in start..stop {
                        func.set_srcloc(ir::Inst::new(j), call_loc);
                    }
                    continue;
                }
                Kind::Copy => Arc::clone(self.copy.as_ref().expect("spliced copy kept")),
                Kind::Callee => {
                    let k_body = self.body(callee).expect("inlined callee kept");
                    Arc::clone(&self.bodies[k_body].1)
                }
            };
            let order: Vec<ir::Inst> = dfs
                .pre_order_iter(&body)
                .flat_map(|b| body.layout.block_insts(b))
                .collect();
            let spliced = order.len().min(stop - start);
            let extra = stop - start - spliced;
            for j in start..start + extra {
                func.set_srcloc(ir::Inst::new(j), call_loc);
            }
            let skip = order.len() - spliced;
            for (j, ci) in order[skip..].iter().enumerate() {
                let loc = body.srcloc(*ci);
                let loc = if loc.is_default() {
                    call_loc
                } else {
                    self.locs.push((k as u32, loc.bits()));
                    ir::SourceLoc::new(INLINED_LOC | (self.locs.len() as u32 - 1))
                };
                func.set_srcloc(ir::Inst::new(start + extra + j), loc);
            }
        }
    }
}

impl Inline for Inliner<'_> {
    fn inline(
        &mut self,
        caller: &ir::Function,
        call_inst: ir::Inst,
        _opcode: ir::Opcode,
        callee: ir::FuncRef,
        _args: &[ir::Value],
    ) -> InlineCommand<'_> {
        let ir::ExternalName::User(r) = caller.dfg.ext_funcs[callee].name else {
            return InlineCommand::KeepCall;
        };
        let name = &caller.params.user_named_funcs()[r];
        if name.namespace != 0 {
            return InlineCommand::KeepCall;
        }
        let Some(def) = name.index.checked_sub(self.first_id) else {
            return InlineCommand::KeepCall;
        };
        let def = def as usize;
        let own = self.plan.size[self.caller];
        if def == self.caller && self.copy.is_some() && own <= self.copy_budget {
            self.copy_budget -= own;
            let loc = caller.srcloc(call_inst);
            self.sites
                .push((caller.dfg.num_insts(), def, loc, Kind::Copy));
            return InlineCommand::Inline {
                callee: Cow::Borrowed(self.copy.as_deref().expect("checked above")),
                visit_callee: false,
            };
        }
        if def == self.caller && self.stub_sites > 0 {
            if let Some(stub) = &self.stub {
                self.stub_sites -= 1;
                let loc = caller.srcloc(call_inst);
                self.sites
                    .push((caller.dfg.num_insts(), def, loc, Kind::Stub));
                return InlineCommand::Inline {
                    callee: Cow::Borrowed(stub),
                    visit_callee: false,
                };
            }
        }
        if def == self.caller || !self.plan.inlinable.get(def).is_some_and(|b| *b) {
            return InlineCommand::KeepCall;
        }
        let Some(k) = self.body(def) else {
            return InlineCommand::KeepCall;
        };
        let cost = self.plan.size[def];
        let loc = caller.srcloc(call_inst);
        let in_loop = || {
            (self.plan.loop_calls[self.caller])
                .binary_search(&loc.bits())
                .is_ok()
        };
        if !self.plan.allows(self.caller, def, in_loop) || cost > self.budget {
            return InlineCommand::KeepCall;
        }
        self.budget -= cost;
        self.sites
            .push((caller.dfg.num_insts(), def, loc, Kind::Callee));
        InlineCommand::Inline {
            callee: Cow::Borrowed(&self.bodies[k].1),
            visit_callee: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scans a module of `$mid` (`adds` additions to its parameter, 4 operators each,
    /// then its return) and a caller whose body is `caller`, and gives `f` the module
    /// and its call graph; `large(g)` makes that graph's module one operator over
    /// [`LOOP_MODULE_MAX`].
    fn with_mid(adds: usize, caller: &str, f: impl FnOnce(&ModuleInfo<'_>, &mut CallGraph)) {
        let body = "(local.set 0 (i32.add (local.get 0) (i32.const 3)))".repeat(adds);
        let wat = format!(
            r#"(module
              (func $mid (param i32) (result i32) {body} (local.get 0))
              (func (param i32) (result i32) {caller}))"#
        );
        let wasm = wat::parse_str(&wat).unwrap();
        let info = crate::module_env::parse(&wasm).unwrap();
        f(&info, &mut CallGraph::scan(&info, 1).unwrap());
    }

    fn large(g: &mut CallGraph) {
        g.size[1] = (LOOP_MODULE_MAX - u64::from(g.size[0])) as u32 + 1;
    }

    /// The `loop` rule holds up to [`LOOP_MODULE_MAX`] operators in the module (a
    /// callee over [`SMALL_IN_SMALL_MODULES`], within [`LOOP_SMALL`]).
    #[test]
    fn loop_rule_is_off_in_large_modules() {
        let caller = "(loop $l (local.set 0 (call $mid (local.get 0))) (br_if $l (local.get 0)))
                      (call $mid (local.get 0))";
        with_mid(10, caller, |info, g| {
            assert!(g.size[0] > SMALL_IN_SMALL_MODULES && g.size[0] <= LOOP_SMALL);
            let p = plan(info, g);
            assert!(p.inlinable[0]);
            assert_eq!(p.loop_calls[1].len(), 1);
            large(g);
            let p = plan(info, g);
            assert!(!p.inlinable[0]);
            assert!(!p.loop_rule);
        });
    }

    /// Up to [`LOOP_MODULE_MAX`] operators a callee of up to [`SMALL_IN_SMALL_MODULES`]
    /// operators is inlinable at calls outside loops too; beyond, only up to [`SMALL`].
    #[test]
    fn small_modules_inline_larger_callees_everywhere() {
        let caller = "(local.set 0 (call $mid (local.get 0))) (call $mid (local.get 0))";
        with_mid(6, caller, |info, g| {
            assert!(g.size[0] > SMALL && g.size[0] <= SMALL_IN_SMALL_MODULES);
            assert!(g.loop_calls[1].is_empty());
            let p = plan(info, g);
            assert_eq!(p.small, SMALL_IN_SMALL_MODULES);
            assert!(p.inlinable[0]);
            large(g);
            let p = plan(info, g);
            assert_eq!(p.small, SMALL);
            assert!(!p.inlinable[0]);
        });
    }

    /// In modules over [`LOOP_MODULE_MAX`] operators a caller over [`BIG_CALLER`]
    /// operators takes a callee over [`TINY`] operators only at calls in its loops; a
    /// caller of [`BIG_CALLER`] operators, or a callee of [`TINY`], anywhere. In
    /// smaller modules the caller's size does not matter.
    #[test]
    fn big_callers_in_large_modules_inline_in_loops_only() {
        let caller = "(local.set 0 (call $mid (local.get 0))) (call $mid (local.get 0))";
        for (adds, tiny) in [(3, false), (1, true)] {
            with_mid(adds, caller, |info, g| {
                assert_eq!(g.size[0] <= TINY, tiny);
                assert!(g.size[0] <= SMALL);
                g.size[1] = BIG_CALLER + 1;
                let p = plan(info, g);
                assert!(p.loop_rule && p.inlinable[0]);
                assert!(p.allows(1, 0, || false));
                large(g);
                let mut p = plan(info, g);
                assert!(!p.loop_rule && p.inlinable[0]);
                assert!(p.size[1] > BIG_CALLER);
                assert!(p.allows(1, 0, || true));
                assert_eq!(p.allows(1, 0, || false), tiny);
                p.size[1] = BIG_CALLER;
                assert!(p.allows(1, 0, || false));
            });
        }
    }

    /// A function whose callees are all too large to inline, and that does not call
    /// itself, gets nothing spliced: the inliner is not run on it.
    #[test]
    fn nothing_to_inline_into_a_caller_of_large_callees() {
        let caller = "(local.set 0 (call $mid (local.get 0))) (call $mid (local.get 0))";
        with_mid(30, caller, |info, g| {
            let p = plan(info, g);
            assert!(!p.inlinable[0] && !p.may_inline_into(1));
        });
        with_mid(3, caller, |info, g| {
            let p = plan(info, g);
            assert!(p.inlinable[0] && p.may_inline_into(1));
            assert!(!p.may_inline_into(0));
        });
    }
}
