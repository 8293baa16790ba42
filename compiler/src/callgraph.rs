//! The module's direct call graph, read from the wasm bodies in one pass, and the
//! functions that need no stack-limit check at entry. The same pass lists the tables
//! the bodies change, for `translate::devirt`.
//!
//! A function's prologue checks the stack pointer against the store's limit
//! (`translate::env::stack_check`) so that unbounded recursion traps cleanly. A
//! function whose whole call tree is finite — only direct calls to defined functions,
//! no cycle — and whose tree's frames together fit in [`UNCHECKED_MAX`] bytes needs no
//! check of its own: its nearest checked caller was at or above the limit, and the
//! runtime keeps at least 32 KiB free below the limit (`W2N_STACK_MARGIN`, scaled
//! down to a quarter of a small stack), the same room a leaf function without a check
//! (the translator's rule before this one) already relies on; the guard region below
//! catches the rest as stack exhaustion. Merged along call chains: such a function's
//! callees are such functions too, so a whole bounded subtree runs unchecked.
//!
//! **Functions outside every cycle.** A function F in no direct-call cycle (not in a
//! strongly connected component of two or more functions, no call to itself) needs no
//! entry check either, even if calls below it recurse or leave the graph, when
//! ext(F) <= [`UNCHECKED_MAX`]: ext(F), its stack use down to the next check, is its
//! frame plus the largest over its direct callees c of ext(c) if c has no entry check
//! (a bounded tree's ext is its tree's stack) and 0 if c has one (c's check comes
//! before anything c puts on the stack below its own frame). Instead, each of F's
//! calls that leave the graph (to an import, `call_indirect`, `call_ref`) checks the
//! stack pointer right before it (`FuncTranslator::open_call_check`). Every cycle of
//! calls meets a check: a cycle of direct calls has a function with an entry check
//! (all its members keep theirs), and a cycle through a call that leaves the graph
//! passes that call's site, which checks unless its function has an entry check.
//! Between two checks the stack grows by at most [`UNCHECKED_MAX`] (plus, as before,
//! the frame of the function whose entry check comes next): from an entry check at
//! the callees' ext, from a check before a call at the callee's entry check or its
//! ext. So the margin argument above holds unchanged. Kept out: functions that use
//! tail calls, exceptions or reference-typed values (`special`: today's rule for
//! them), and those with a call that leaves the graph inside a wasm `loop` or more
//! than one such call, which could check more than once per entry (vcall's
//! evaluators, one call in an `if` arm and one after it: 0.988x the instructions). `--no-stack-check-elim` keeps the entry check
//! of every function that makes calls, and no check before calls.
//!
//! Frames are estimated from the wasm, generously: 16 bytes per parameter, local,
//! operator (every value Cranelift could spill, v128 included) and result of a call
//! (several results come back through the caller's frame) plus 256 bytes of saved
//! registers and outgoing arguments.

use crate::error::Result;
use crate::module_env::ModuleInfo;
use wasmparser::Operator;

/// The largest estimated stack use of a call tree that runs without a check.
pub(crate) const UNCHECKED_MAX: u64 = 16 * 1024;

/// What one pass over the bodies found, by defined function.
#[derive(Debug, Default)]
pub(crate) struct CallGraph {
    /// Size in operators.
    pub size: Vec<u32>,
    /// Number of parameters, declared locals and results of the calls it makes.
    pub locals: Vec<u32>,
    /// Defined callees of direct calls (defined indices, repeated per call site).
    pub callees: Vec<Vec<u32>>,
    /// Makes a call that leaves the graph: to an import, indirect, by reference, or
    /// `return_call*` of those.
    pub open: Vec<bool>,
    /// Makes such a call inside a wasm `loop`, or more than one such call: the checks
    /// before them could then run more than once per entry (see the module doc).
    pub open_repeats: Vec<bool>,
    /// Uses tail calls, exception handling or reference-typed values (`crate::inline`).
    pub special: Vec<bool>,
    /// The tables some body changes (`table.set`, `table.grow`, `table.fill`,
    /// `table.init`, the destination of `table.copy`), each once, in increasing order:
    /// what `translate::devirt` needs from the bodies, read in the same pass.
    pub mutated_tables: Vec<u32>,
    /// Direct calls to defined functions inside a wasm `loop`: (the call's wasm
    /// offset, which is its source location in the CLIF, and the defined callee), in
    /// offset order (`crate::inline::LOOP_SMALL`).
    pub loop_calls: Vec<Vec<(u32, u32)>>,
    /// Never returns: its body ends in `unreachable` and nothing branches out of it
    /// (Rust's panics, C's `abort` wrappers); `crate::inline::LOOP_SMALL` skips it.
    pub noreturn: Vec<bool>,
}

/// `f` of every defined body (by defined index), in order, computed on up to
/// `threads` threads (0: one per CPU), each taking a contiguous run of bodies of
/// about the same total size. For the module-wide scans that come before the
/// parallel compile, so that they do not run on one core alone.
pub(crate) fn map_bodies<T: Send>(
    info: &ModuleInfo<'_>,
    threads: usize,
    f: impl Fn(usize) -> T + Sync,
) -> Vec<T> {
    let n = info.bodies.len();
    let threads = match threads {
        0 => std::thread::available_parallelism().map_or(1, |t| t.get()),
        t => t,
    }
    .min(n.max(1));
    if threads <= 1 {
        return (0..n).map(f).collect();
    }
    let size = |i: usize| {
        let r = info.bodies[i].body.range();
        r.end - r.start + 1
    };
    let total: u64 = (0..n).map(size).sum();
    // Cut where the running size passes each thread's share.
    let mut cuts = vec![0];
    let mut run = 0u64;
    for i in 0..n {
        run += size(i);
        if run * threads as u64 >= total * cuts.len() as u64 && cuts.len() < threads {
            cuts.push(i + 1);
        }
    }
    cuts.push(n);
    cuts.dedup();
    let f = &f;
    std::thread::scope(|s| {
        let parts: Vec<_> = cuts
            .windows(2)
            .map(|w| {
                let (a, b) = (w[0], w[1]);
                s.spawn(move || (a..b).map(f).collect::<Vec<T>>())
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|h| h.join().expect("body scan thread panicked"))
            .collect()
    })
}

/// What [`CallGraph::scan`] reads from one body.
struct Scanned {
    size: u32,
    locals: u32,
    callees: Vec<u32>,
    open: bool,
    open_repeats: bool,
    special: bool,
    tables: Vec<u32>,
    loop_calls: Vec<(u32, u32)>,
    noreturn: bool,
}

impl CallGraph {
    /// Reads every defined body once (on up to `threads` threads, see [`map_bodies`]).
    pub(crate) fn scan(info: &ModuleInfo<'_>, threads: usize) -> Result<CallGraph> {
        let n = info.bodies.len();
        let mut g = CallGraph {
            size: Vec::with_capacity(n),
            locals: Vec::with_capacity(n),
            callees: Vec::with_capacity(n),
            open: Vec::with_capacity(n),
            open_repeats: Vec::with_capacity(n),
            special: Vec::with_capacity(n),
            mutated_tables: Vec::new(),
            loop_calls: Vec::with_capacity(n),
            noreturn: Vec::with_capacity(n),
        };
        for s in map_bodies(info, threads, |i| scan_body(info, i)) {
            let s = s?;
            g.size.push(s.size);
            g.locals.push(s.locals);
            g.callees.push(s.callees);
            g.open.push(s.open);
            g.open_repeats.push(s.open_repeats);
            g.special.push(s.special);
            g.mutated_tables.extend(s.tables);
            g.loop_calls.push(s.loop_calls);
            g.noreturn.push(s.noreturn);
        }
        g.mutated_tables.sort_unstable();
        g.mutated_tables.dedup();
        Ok(g)
    }

    /// The estimated stack use of each function's whole call tree, or None where it
    /// is unbounded (a cycle or a call that leaves the graph), by defined function.
    pub(crate) fn tree_stack(&self) -> Vec<Option<u64>> {
        #[derive(Clone, Copy, PartialEq)]
        enum State {
            New,
            Open,
            Done(Option<u64>),
        }
        let n = self.size.len();
        let mut state = vec![State::New; n];
        // Iterative depth-first search: (function, next callee position).
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for root in 0..n {
            if state[root] != State::New {
                continue;
            }
            state[root] = State::Open;
            stack.push((root, 0));
            while let Some(&mut (f, ref mut pos)) = stack.last_mut() {
                if let Some(&c) = self.callees[f].get(*pos) {
                    *pos += 1;
                    let c = c as usize;
                    if state[c] == State::New {
                        state[c] = State::Open;
                        stack.push((c, 0));
                    }
                    continue;
                }
                stack.pop();
                let frame = self.frame(f);
                let mut deepest = Some(0u64);
                if self.open[f] {
                    deepest = None;
                }
                for &c in &self.callees[f] {
                    // A callee still open is on the current path: a cycle.
                    let below = match state[c as usize] {
                        State::Done(s) => s,
                        _ => None,
                    };
                    deepest = match (deepest, below) {
                        (Some(a), Some(b)) => Some(a.max(b)),
                        _ => None,
                    };
                }
                state[f] = State::Done(deepest.map(|d| d + frame));
            }
        }
        state
            .into_iter()
            .map(|s| match s {
                State::Done(s) => s,
                _ => None,
            })
            .collect()
    }

    /// The estimated frame of function `f` (see the module doc).
    fn frame(&self, f: usize) -> u64 {
        256 + 16 * (u64::from(self.locals[f]) + u64::from(self.size[f]))
    }

    /// Every function in an order where each comes after its direct callees outside
    /// its own strongly connected component (Tarjan's algorithm, iterative), and
    /// whether each is in a direct-call cycle: a component of two or more functions,
    /// or a function that calls itself.
    pub(crate) fn components(&self) -> (Vec<usize>, Vec<bool>) {
        const NEW: u32 = u32::MAX;
        let n = self.size.len();
        let mut index = vec![NEW; n];
        let mut low = vec![0u32; n];
        let mut on_stack = vec![false; n];
        let mut cyclic = vec![false; n];
        let mut members: Vec<usize> = Vec::new();
        let mut order = Vec::with_capacity(n);
        let mut next = 0u32;
        // Depth-first search: (function, next callee position).
        let mut dfs: Vec<(usize, usize)> = Vec::new();
        for root in 0..n {
            if index[root] != NEW {
                continue;
            }
            let mut enter = Some(root);
            loop {
                if let Some(f) = enter.take() {
                    index[f] = next;
                    low[f] = next;
                    next += 1;
                    members.push(f);
                    on_stack[f] = true;
                    dfs.push((f, 0));
                }
                let Some(&mut (f, ref mut pos)) = dfs.last_mut() else {
                    break;
                };
                if let Some(&c) = self.callees[f].get(*pos) {
                    *pos += 1;
                    let c = c as usize;
                    cyclic[f] |= c == f;
                    if index[c] == NEW {
                        enter = Some(c);
                    } else if on_stack[c] {
                        low[f] = low[f].min(index[c]);
                    }
                    continue;
                }
                dfs.pop();
                if let Some(&(p, _)) = dfs.last() {
                    low[p] = low[p].min(low[f]);
                }
                if low[f] == index[f] {
                    let at = members.iter().rposition(|m| *m == f).expect("on the stack");
                    let several = members.len() - at > 1;
                    for m in members.drain(at..) {
                        on_stack[m] = false;
                        cyclic[m] |= several;
                        order.push(m);
                    }
                }
            }
        }
        (order, cyclic)
    }

    /// The functions that need no stack check at entry, by defined function (see the
    /// module doc): those whose whole call tree is bounded and small, and those in no
    /// direct-call cycle whose stack use down to the next check is small, which check
    /// before each call that leaves the graph instead.
    pub(crate) fn unchecked(&self) -> Vec<bool> {
        let tree = self.tree_stack();
        let (order, cyclic) = self.components();
        let n = self.size.len();
        let mut unchecked = vec![false; n];
        // The estimated stack use of an unchecked function down to the next check.
        let mut ext = vec![0u64; n];
        for f in order {
            if cyclic[f] {
                continue;
            }
            // Every callee comes earlier in `order`: none is in `f`'s component.
            let below = (self.callees[f].iter())
                .map(|c| ext[*c as usize])
                .max()
                .unwrap_or(0);
            let e = self.frame(f) + below;
            let bounded = tree[f].is_some_and(|s| s <= UNCHECKED_MAX);
            let elided = !self.special[f] && !self.open_repeats[f] && e <= UNCHECKED_MAX;
            if bounded || elided {
                unchecked[f] = true;
                ext[f] = e;
            }
        }
        unchecked
    }
}

/// One body's entries of the [`CallGraph`] (defined function `i`).
fn scan_body(info: &ModuleInfo<'_>, i: usize) -> Result<Scanned> {
    let body = &info.bodies[i];
    let first = info.num_imported_funcs;
    let sig = info.func_sig(first + i as u32);
    let mut callees = Vec::new();
    let mut tables = Vec::new();
    let mut open = false;
    let mut open_repeats = false;
    let refs = |t: &wasmparser::ValType| matches!(t, wasmparser::ValType::Ref(_));
    let mut special = sig.params.iter().any(refs) || sig.results.iter().any(refs);
    let mut locals = sig.params.len() as u64;
    let mut reader = body.body.get_locals_reader()?;
    for _ in 0..reader.get_count() {
        let (count, ty) = reader.read()?;
        locals += u64::from(count);
        special |= refs(&ty);
    }
    let mut ops = body.body.get_operators_reader()?;
    let mut count = 0u32;
    let mut loop_calls = Vec::new();
    // Whether each open block is a `loop` (the body itself is not), and how many are.
    let mut frames = vec![false];
    let mut loops = 0u32;
    // Whether the body may return (a `return`, a branch out of the body, or code
    // before its final `end` other than `unreachable`), and whether the last operator
    // was `unreachable`.
    let mut returns = false;
    let mut after_unreachable = false;
    while !ops.eof() {
        count = count.saturating_add(1);
        let (op, offset) = ops.read_with_offset()?;
        let outermost = |depth: u32| depth as usize + 1 >= frames.len();
        match &op {
            Operator::Loop { .. } => {
                frames.push(true);
                loops += 1;
            }
            Operator::Block { .. }
            | Operator::If { .. }
            | Operator::TryTable { .. }
            | Operator::Try { .. } => frames.push(false),
            Operator::End | Operator::Delegate { .. } => {
                loops -= u32::from(frames.pop() == Some(true));
                returns |= frames.is_empty() && !after_unreachable;
            }
            Operator::Return => returns = true,
            Operator::Br { relative_depth } | Operator::BrIf { relative_depth } => {
                returns |= outermost(*relative_depth);
            }
            Operator::BrTable { targets } => {
                returns |= outermost(targets.default());
                for t in targets.targets() {
                    returns |= outermost(t?);
                }
            }
            Operator::BrOnNull { .. }
            | Operator::BrOnNonNull { .. }
            | Operator::BrOnCast { .. }
            | Operator::BrOnCastFail { .. } => returns = true,
            _ => {}
        }
        after_unreachable = matches!(op, Operator::Unreachable);
        special |= matches!(
            op,
            Operator::ReturnCall { .. }
                | Operator::ReturnCallIndirect { .. }
                | Operator::ReturnCallRef { .. }
                | Operator::TryTable { .. }
                | Operator::Throw { .. }
                | Operator::ThrowRef
                | Operator::Try { .. }
                | Operator::Catch { .. }
                | Operator::CatchAll
                | Operator::Delegate { .. }
                | Operator::Rethrow { .. }
        );
        match op {
            Operator::Call { function_index } | Operator::ReturnCall { function_index } => {
                // Bodies are validated later, as they are translated: a call to a
                // function that does not exist is left to the validator's error.
                if function_index as usize >= info.funcs.len() {
                    open_repeats |= open || loops > 0;
                    open = true;
                    continue;
                }
                // Several results come back through a slot in this frame.
                let results = info.func_sig(function_index).results.len() as u64;
                locals += results;
                match function_index.checked_sub(first) {
                    Some(d) => {
                        callees.push(d);
                        if loops > 0 {
                            loop_calls.push((offset as u32, d));
                        }
                    }
                    None => {
                        open_repeats |= open || loops > 0;
                        open = true;
                    }
                }
            }
            Operator::CallIndirect { .. }
            | Operator::CallRef { .. }
            | Operator::ReturnCallIndirect { .. }
            | Operator::ReturnCallRef { .. } => {
                open_repeats |= open || loops > 0;
                open = true;
            }
            Operator::TableSet { table }
            | Operator::TableGrow { table }
            | Operator::TableFill { table }
            | Operator::TableInit { table, .. }
            | Operator::TableCopy {
                dst_table: table, ..
            } => tables.push(table),
            _ => {}
        }
    }
    Ok(Scanned {
        size: count,
        locals: locals.min(u64::from(u32::MAX)) as u32,
        callees,
        open,
        open_repeats,
        special,
        tables,
        loop_calls,
        noreturn: !returns,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(callees: Vec<Vec<u32>>, open: Vec<bool>) -> CallGraph {
        let n = callees.len();
        CallGraph {
            size: vec![10; n],
            locals: vec![2; n],
            callees,
            open_repeats: vec![false; n],
            open,
            special: vec![false; n],
            mutated_tables: Vec::new(),
            loop_calls: vec![Vec::new(); n],
            noreturn: vec![false; n],
        }
    }

    const FRAME: u64 = 256 + 16 * 12;

    /// The scan gives the same graph on any number of threads: each thread's run of
    /// bodies lands at its own indices, in order, whatever the bodies' sizes.
    #[test]
    fn scan_is_the_same_on_any_number_of_threads() {
        // 23 functions of very different sizes; each calls the next and some call an
        // import or indirectly.
        let mut wat = String::from(
            "(module (import \"e\" \"f\" (func $imp)) (type $t (func)) (table 1 funcref)\n",
        );
        for i in 0..23 {
            wat.push_str(&format!("(func $f{i} (local i64 i32)\n"));
            for _ in 0..(i * 37) % 200 {
                wat.push_str("(drop (i32.add (i32.const 1) (local.get 1)))\n");
            }
            if i + 1 < 23 {
                wat.push_str(&format!("(call $f{})\n", i + 1));
            }
            match i % 5 {
                0 => wat.push_str("(call $imp)\n"),
                3 => wat.push_str("(call_indirect (type $t) (i32.const 0))\n"),
                _ => {}
            }
            wat.push_str(")\n");
        }
        wat.push(')');
        let wasm = wat::parse_str(&wat).unwrap();
        let info = crate::module_env::parse(&wasm).unwrap();
        let serial = CallGraph::scan(&info, 1).unwrap();
        assert_eq!(serial.callees[0], vec![1]);
        assert!(serial.open[0] && !serial.open[1] && serial.open[3]);
        assert!(serial.size[21] > serial.size[22] + 100);
        for threads in 2..=6 {
            assert_eq!(
                map_bodies(&info, threads, |i| i),
                (0..23).collect::<Vec<_>>()
            );
            let g = CallGraph::scan(&info, threads).unwrap();
            assert_eq!(g.size, serial.size, "{threads} threads");
            assert_eq!(g.locals, serial.locals);
            assert_eq!(g.callees, serial.callees);
            assert_eq!(g.open, serial.open);
            assert_eq!(g.open_repeats, serial.open_repeats);
            assert_eq!(g.special, serial.special);
            assert_eq!(g.loop_calls, serial.loop_calls);
            assert_eq!(g.noreturn, serial.noreturn);
        }
    }

    #[test]
    fn chains_add_up_and_cycles_are_unbounded() {
        // 0 -> 1 -> 2; 3 <-> 4; 5 -> 3; 6 calls out.
        let g = graph(
            vec![
                vec![1],
                vec![2, 2],
                vec![],
                vec![4],
                vec![3],
                vec![3],
                vec![2],
            ],
            vec![false, false, false, false, false, false, true],
        );
        assert_eq!(
            g.tree_stack(),
            vec![
                Some(3 * FRAME),
                Some(2 * FRAME),
                Some(FRAME),
                None,
                None,
                None,
                None
            ]
        );
    }

    #[test]
    fn self_recursion_is_unbounded() {
        let g = graph(vec![vec![0], vec![0]], vec![false, false]);
        assert_eq!(g.tree_stack(), vec![None, None]);
    }

    #[test]
    fn deep_chains_check_every_so_often() {
        // A chain of 100 functions: the tail that fits in UNCHECKED_MAX is unchecked,
        // the next one up checks, and above it the pattern repeats (a checked callee
        // adds nothing to its caller's stack down to the next check).
        let n = 100;
        let callees = (0..n)
            .map(|i| {
                if i + 1 < n {
                    vec![i as u32 + 1]
                } else {
                    vec![]
                }
            })
            .collect();
        let g = graph(callees, vec![false; n]);
        let fit = (UNCHECKED_MAX / FRAME) as usize;
        assert!(fit + 1 < n / 2);
        let unchecked = g.unchecked();
        for (i, u) in unchecked.iter().enumerate() {
            assert_eq!(*u, (n - 1 - i) % (fit + 1) != fit, "function {i}");
        }
    }

    #[test]
    fn components_find_cycles_and_order_callees_first() {
        // 0 -> 1 -> 2 -> 1; 3 -> 3; 4 -> 0, 3; 5 alone.
        let g = graph(
            vec![vec![1], vec![2], vec![1], vec![3], vec![0, 3], vec![]],
            vec![false; 6],
        );
        let (order, cyclic) = g.components();
        assert_eq!(cyclic, vec![false, true, true, true, false, false]);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..6).collect::<Vec<_>>());
        let at = |f: usize| order.iter().position(|x| *x == f).unwrap();
        assert!(at(1) < at(0) && at(2) < at(0) && at(0) < at(4) && at(3) < at(4));
    }

    #[test]
    fn functions_outside_cycles_lose_the_entry_check() {
        // 0 -> 1, 1 calls itself; 2 calls out; 3 -> 2; 4 <-> 5; 6 -> 4; 7 calls out in
        // a loop; 8 -> 7.
        let mut g = graph(
            vec![
                vec![1],
                vec![1],
                vec![],
                vec![2],
                vec![5],
                vec![4],
                vec![4],
                vec![],
                vec![7],
            ],
            vec![false, false, true, false, false, false, false, true, false],
        );
        g.open_repeats[7] = true;
        assert_eq!(
            g.unchecked(),
            vec![true, false, true, true, false, false, true, false, true]
        );
        // Tail calls, exceptions and references keep today's rule: bounded trees only.
        g.special[2] = true;
        g.special[0] = true;
        assert_eq!(
            g.unchecked(),
            vec![false, false, false, true, false, false, true, false, true]
        );
        // Without the change only bounded trees were unchecked: none of these.
        assert!(g.tree_stack().iter().all(|s| s.is_none()));
    }

    #[test]
    fn stack_down_to_the_next_check_over_the_limit_keeps_the_check() {
        // 0 calls out and calls 1, whose bounded tree (1 -> 2) just fits; 0's own
        // frame on top does not. 3 calls out and calls 0, which checks itself: 3 only
        // counts its own frame.
        let mut g = graph(
            vec![vec![1], vec![2], vec![], vec![0]],
            vec![true, false, false, true],
        );
        // frame(1) = 256 + 16 * (locals + 10 operators), frame(2) = FRAME.
        g.locals[1] = ((UNCHECKED_MAX - FRAME - 256) / 16 - 10) as u32;
        assert_eq!(g.tree_stack()[1], Some(UNCHECKED_MAX));
        assert_eq!(g.unchecked(), vec![false, true, true, true]);
        // With 0's frame less under 1, 0 fits exactly, and 3 on top of it does not.
        g.locals[1] -= (FRAME / 16) as u32;
        assert_eq!(g.frame(0) + g.tree_stack()[1].unwrap(), UNCHECKED_MAX);
        assert_eq!(g.unchecked(), vec![true, true, true, false]);
    }
}
