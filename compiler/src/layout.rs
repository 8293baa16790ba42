//! Where each function starts within a cache line.
//!
//! Cranelift 0.135 does not align loop headers (`align_basic_block` is the identity
//! on every ISA), so where a hot loop falls within the 64-byte lines the front end
//! fetches and caches decoded instructions by depends on where its function starts.
//! A 40-byte loop can sit in one line or straddle two, and the instructions are the
//! same. A loop that straddles a line boundary can run 10-15% slower (measured on
//! `bench/workloads/bitops.c`: the same instructions as Wasmtime's build, slower
//! only because of placement).
//!
//! gcc pads inside a function (`-falign-loops`); we cannot, because the machine code
//! comes out of Cranelift finished. What we can choose is each function's start
//! offset modulo the line size: [`preferred_start`] picks the one that makes the
//! function's loops, innermost first, span the fewest lines. The object writer then
//! pads the end of the previous function (bytes never executed) so the function
//! starts there, instead of padding inside it.

/// The line size placement optimizes for: x86_64's cache line and the window its
/// op cache and fetch work in; also a cache line on the aarch64 and riscv64 cores
/// we target.
pub(crate) const LINE: u32 = 64;

/// The instruction sets whose branches [`Cfg::decode`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Isa {
    X64,
    Aarch64,
}

impl Isa {
    pub(crate) fn of(arch: target_lexicon::Architecture) -> Option<Isa> {
        match arch {
            target_lexicon::Architecture::X86_64 => Some(Isa::X64),
            target_lexicon::Architecture::Aarch64(_) => Some(Isa::Aarch64),
            _ => None,
        }
    }
}

/// The branches that end a block: targets of direct branches, and whether control
/// can also fall through into the next block.
struct Terminator {
    targets: Vec<u32>,
    falls_through: bool,
}

fn rel32(code: &[u8], at: usize) -> i64 {
    i64::from(i32::from_le_bytes(code[at..at + 4].try_into().unwrap()))
}

/// How the block `code[start..end]` ends, read from its last instructions.
///
/// x86_64: Cranelift emits every direct branch with a 32-bit displacement: `jmp
/// rel32` (E9) or `jcc rel32` (0F 80-8F). A block ends with a `jmp`, a `jcc`, a
/// `jcc` then a `jmp`, a return, a trap, an indirect jump, or nothing when its
/// branch to the next block was removed. Instructions vary in length, so this is a
/// guess from the bytes; a branch counts only if its target is a block start.
///
/// aarch64: fixed 4-byte instructions; `b`, `b.cond`, `cbz`/`cbnz`, `tbz`/`tbnz`.
fn terminator(
    isa: Isa,
    code: &[u8],
    start: usize,
    end: usize,
    is_block: &dyn Fn(i64) -> bool,
) -> Terminator {
    let mut t = Terminator {
        targets: Vec::new(),
        falls_through: true,
    };
    let mut e = end;
    match isa {
        Isa::X64 => {
            if e >= start + 5 && code[e - 5] == 0xe9 {
                let to = e as i64 + rel32(code, e - 4);
                if is_block(to) {
                    t.targets.push(to as u32);
                    t.falls_through = false;
                    e -= 5;
                }
            }
            if e >= start + 6 && code[e - 6] == 0x0f && code[e - 5] & 0xf0 == 0x80 {
                let to = e as i64 + rel32(code, e - 4);
                if is_block(to) {
                    t.targets.push(to as u32);
                    return t;
                }
            }
            if t.targets.is_empty() && e > start {
                // ret, ud2, or jmp through a register (jump tables).
                let last = code[e - 1];
                let ud2 = e >= start + 2 && code[e - 2] == 0x0f && last == 0x0b;
                let jmp_reg = e >= start + 2 && code[e - 2] == 0xff && last & 0xf8 == 0xe0;
                if last == 0xc3 || ud2 || jmp_reg {
                    t.falls_through = false;
                }
            }
        }
        Isa::Aarch64 => {
            let word = |at: usize| u32::from_le_bytes(code[at..at + 4].try_into().unwrap());
            let sext = |v: u32, bits: u32| ((v << (32 - bits)) as i32 >> (32 - bits)) as i64;
            let cond_target = |at: usize| -> Option<i64> {
                let w = word(at);
                let off = if w & 0xff00_0010 == 0x5400_0000 || w & 0x7e00_0000 == 0x3400_0000 {
                    sext((w >> 5) & 0x7ffff, 19)
                } else if w & 0x7e00_0000 == 0x3600_0000 {
                    sext((w >> 5) & 0x3fff, 14)
                } else {
                    return None;
                };
                Some(at as i64 + off * 4)
            };
            if e >= start + 4 {
                let w = word(e - 4);
                if w & 0xfc00_0000 == 0x1400_0000 {
                    let to = (e - 4) as i64 + sext(w & 0x03ff_ffff, 26) * 4;
                    t.falls_through = false;
                    if is_block(to) {
                        t.targets.push(to as u32);
                    }
                    e -= 4;
                } else if w & 0xffff_fc1f == 0xd61f_0000
                    || w & 0xffff_fc1f == 0xd65f_0000
                    || w & 0xffe0_001f == 0xd420_0000
                    || w == 0
                {
                    // br, ret, brk, udf.
                    t.falls_through = false;
                    return t;
                }
            }
            if e >= start + 4 {
                if let Some(to) = cond_target(e - 4) {
                    if is_block(to) {
                        t.targets.push(to as u32);
                    }
                }
            }
        }
    }
    t
}

/// The machine code's control-flow graph: blocks in address order, the first
/// being the entry.
struct Cfg {
    /// `[start, end)` of each block.
    spans: Vec<(u32, u32)>,
    /// Each block's successors are `succ_list[succ_at[b]..succ_at[b + 1]]` (one
    /// allocation for all blocks, not one per block), in the order of `new`'s edges.
    succ_at: Vec<u32>,
    succ_list: Vec<usize>,
    /// The same for predecessors.
    pred_at: Vec<u32>,
    pred_list: Vec<usize>,
}

impl Cfg {
    /// From the start offset of each block (Cranelift's `bb_starts`) and each
    /// block's last instructions. (Cranelift's own `bb_edges` cannot be used: in
    /// 0.135 it pairs each block's successors with the start of the block emitted
    /// at that block's index, which differs once cold blocks move to the end.)
    /// The last block is not read: the trap and constant islands follow it.
    fn decode(isa: Isa, code: &[u8], bb_starts: &[u32]) -> Cfg {
        let n = bb_starts.len();
        let len = code.len() as u32;
        let spans: Vec<(u32, u32)> = (0..n)
            .map(|i| (bb_starts[i], bb_starts.get(i + 1).copied().unwrap_or(len)))
            .collect();
        let index = |off: i64| {
            u32::try_from(off)
                .ok()
                .and_then(|o| bb_starts.binary_search(&o).ok())
        };
        let is_block = |off: i64| index(off).is_some();
        let mut edges = Vec::new();
        for (i, &(a, e)) in spans.iter().enumerate().take(n.saturating_sub(1)) {
            if e as usize > code.len() || a > e {
                continue;
            }
            let t = terminator(isa, code, a as usize, e as usize, &is_block);
            for to in t.targets {
                edges.push((i, index(i64::from(to)).unwrap()));
            }
            if t.falls_through {
                edges.push((i, i + 1));
            }
        }
        Cfg::new(spans, &edges)
    }

    fn new(spans: Vec<(u32, u32)>, edges: &[(usize, usize)]) -> Cfg {
        let n = spans.len();
        // Each edge once (its first occurrence), then both lists bucketed by block,
        // keeping the edges' order within a block.
        // The edges come grouped by source (`decode` reads block by block), so the
        // edges from `f` seen so far are the last ones kept.
        debug_assert!({
            let mut done = vec![false; n];
            edges.windows(2).all(|w| {
                done[w[0].0] |= w[0].0 != w[1].0;
                !done[w[1].0]
            })
        });
        let mut unique: Vec<(usize, usize)> = Vec::with_capacity(edges.len());
        for &(f, t) in edges {
            if !unique
                .iter()
                .rev()
                .take_while(|e| e.0 == f)
                .any(|e| e.1 == t)
            {
                unique.push((f, t));
            }
        }
        let bucket = |key: &dyn Fn(&(usize, usize)) -> usize,
                      val: &dyn Fn(&(usize, usize)) -> usize| {
            let mut at = vec![0u32; n + 1];
            for e in &unique {
                at[key(e) + 1] += 1;
            }
            for i in 0..n {
                at[i + 1] += at[i];
            }
            let mut fill = at.clone();
            let mut list = vec![0usize; unique.len()];
            for e in &unique {
                let k = key(e);
                list[fill[k] as usize] = val(e);
                fill[k] += 1;
            }
            (at, list)
        };
        let (succ_at, succ_list) = bucket(&|e| e.0, &|e| e.1);
        let (pred_at, pred_list) = bucket(&|e| e.1, &|e| e.0);
        Cfg {
            spans,
            succ_at,
            succ_list,
            pred_at,
            pred_list,
        }
    }

    fn succs(&self, b: usize) -> &[usize] {
        &self.succ_list[self.succ_at[b] as usize..self.succ_at[b + 1] as usize]
    }

    fn preds(&self, b: usize) -> &[usize] {
        &self.pred_list[self.pred_at[b] as usize..self.pred_at[b + 1] as usize]
    }

    /// Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm),
    /// from a virtual root (index `n`) that enters the entry block and every
    /// block no branch reaches (the targets of jump tables, which are not read).
    /// `None` for blocks the root does not reach.
    fn idoms(&self) -> Vec<Option<usize>> {
        let n = self.spans.len();
        let root = n;
        // Postorder from the root, whose successors are the entry, then each
        // block the search has not reached yet, in address order.
        let mut roots: Vec<usize> = Vec::new();
        let mut post = Vec::with_capacity(n + 1);
        let mut seen = vec![false; n + 1];
        seen[root] = true;
        for r in 0..n {
            if seen[r] {
                continue;
            }
            roots.push(r);
            seen[r] = true;
            let mut stack = vec![(r, 0usize)];
            while let Some((b, i)) = stack.pop() {
                if let Some(&s) = self.succs(b).get(i) {
                    stack.push((b, i + 1));
                    if !seen[s] {
                        seen[s] = true;
                        stack.push((s, 0));
                    }
                } else {
                    post.push(b);
                }
            }
        }
        post.push(root);
        let mut is_root = vec![false; n + 1];
        for &r in &roots {
            is_root[r] = true;
        }
        let mut order = vec![usize::MAX; n + 1];
        for (i, &b) in post.iter().enumerate() {
            order[b] = i;
        }
        let mut idom: Vec<Option<usize>> = vec![None; n + 1];
        idom[root] = Some(root);
        let mut changed = true;
        while changed {
            changed = false;
            for &b in post.iter().rev().skip(1) {
                let mut new: Option<usize> = None;
                let from_root = is_root[b].then_some(root);
                for p in self.preds(b).iter().copied().chain(from_root) {
                    if idom[p].is_none() {
                        continue;
                    }
                    new = Some(match new {
                        None => p,
                        Some(mut a) => {
                            // Intersect: walk up from both until they meet.
                            let mut c = p;
                            while a != c {
                                while order[a] < order[c] {
                                    a = idom[a].unwrap();
                                }
                                while order[c] < order[a] {
                                    c = idom[c].unwrap();
                                }
                            }
                            a
                        }
                    });
                }
                if new.is_some() && idom[b] != new {
                    idom[b] = new;
                    changed = true;
                }
            }
        }
        idom
    }
}

/// A natural loop of the machine code: its header and the blocks of its body
/// (header included, in address order), and how many other loops contain it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Loop {
    pub(crate) header: usize,
    pub(crate) blocks: Vec<usize>,
    pub(crate) depth: u32,
}

/// Every natural loop: a branch to a block that dominates its source is a back
/// edge, and the loop is the header plus every block that reaches the source
/// without passing through the header. Blocks placed out of line that branch back
/// into earlier code are not loops unless they close a cycle through a dominator.
fn loops(cfg: &Cfg) -> Vec<Loop> {
    let idom = cfg.idoms();
    let n = cfg.spans.len();
    // `h` dominates `b` iff `b`'s preorder number in the dominator tree lies in
    // `h`'s subtree: a constant-time test, where walking `b`'s dominator chain would
    // cost the tree's depth for each of the `n` headers' predecessors (a chain of
    // nested blocks makes that quadratic; bench/large-modules.md, `cspeed33`).
    let (pre, last) = preorder(&idom, n);
    let dominates =
        |h: usize, b: usize| pre[b] != usize::MAX && pre[h] <= pre[b] && pre[b] <= last[h];
    let mut out: Vec<Loop> = Vec::new();
    // Which blocks are in the loop being collected (cleared after each loop, so a
    // function of many loops costs the loops' sizes, not `n` per loop).
    let mut inside = vec![false; n];
    let mut work = Vec::new();
    for h in 0..n {
        let preds = cfg.preds(h);
        if !preds.iter().any(|&s| idom[s].is_some() && dominates(h, s)) {
            continue;
        }
        inside[h] = true;
        let mut blocks = vec![h];
        for &s in preds {
            if idom[s].is_some() && dominates(h, s) && !inside[s] {
                inside[s] = true;
                work.push(s);
                blocks.push(s);
            }
        }
        while let Some(b) = work.pop() {
            for &p in cfg.preds(b) {
                if !inside[p] && idom[p].is_some() {
                    inside[p] = true;
                    work.push(p);
                    blocks.push(p);
                }
            }
        }
        for &b in &blocks {
            inside[b] = false;
        }
        blocks.sort_unstable();
        out.push(Loop {
            header: h,
            blocks,
            depth: 0,
        });
    }
    // Natural loops of distinct headers are disjoint or nested, the outer one
    // strictly larger, so the loops containing a loop's header are its ancestors in
    // the loop forest: visit the loops from the largest, each one's parent is the
    // smallest loop seen so far that holds its header.
    let mut by_size: Vec<usize> = (0..out.len()).collect();
    by_size.sort_by_key(|&i| std::cmp::Reverse(out[i].blocks.len()));
    let mut innermost: Vec<Option<usize>> = vec![None; n];
    for i in by_size {
        out[i].depth = innermost[out[i].header].map_or(0, |p| out[p].depth + 1);
        for &b in &out[i].blocks {
            innermost[b] = Some(i);
        }
    }
    out
}

/// Preorder numbers of the blocks in the dominator tree `idom` (the virtual root
/// `n` first), and for each block the largest number in its subtree; `usize::MAX`
/// for blocks the root does not reach.
fn preorder(idom: &[Option<usize>], n: usize) -> (Vec<usize>, Vec<usize>) {
    let mut child_at = vec![0u32; n + 2];
    for (b, d) in idom.iter().enumerate().take(n) {
        if let Some(d) = *d {
            if d != b {
                child_at[d + 1] += 1;
            }
        }
    }
    for i in 0..=n {
        child_at[i + 1] += child_at[i];
    }
    let mut fill = child_at.clone();
    let mut children = vec![0usize; child_at[n + 1] as usize];
    for (b, d) in idom.iter().enumerate().take(n) {
        if let Some(d) = *d {
            if d != b {
                children[fill[d] as usize] = b;
                fill[d] += 1;
            }
        }
    }
    let mut pre = vec![usize::MAX; n + 1];
    let mut last = vec![usize::MAX; n + 1];
    let mut next = 0;
    let mut stack = vec![(n, child_at[n] as usize)];
    pre[n] = next;
    next += 1;
    while let Some(&mut (b, ref mut i)) = stack.last_mut() {
        if *i < child_at[b + 1] as usize {
            let c = children[*i];
            *i += 1;
            pre[c] = next;
            next += 1;
            stack.push((c, child_at[c] as usize));
        } else {
            last[b] = next - 1;
            stack.pop();
        }
    }
    (pre, last)
}

/// Number of `LINE`-byte lines the blocks of `l` touch when the function starts at
/// `start`.
fn lines(cfg: &Cfg, l: &Loop, start: u32) -> u32 {
    let mut count = 0;
    let mut last: Option<u32> = None;
    for &b in &l.blocks {
        let (a, e) = cfg.spans[b];
        if e <= a {
            continue;
        }
        let (first, end) = ((start + a) / LINE, (start + e - 1) / LINE);
        let first = match last {
            Some(x) if x >= first => x + 1,
            _ => first,
        };
        if end >= first {
            count += end - first + 1;
            last = Some(end);
        }
    }
    count
}

/// Where a function should start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Start {
    /// At this offset modulo [`LINE`].
    At(u32),
    /// At any multiple of this alignment (a function without loops).
    Aligned(u32),
}

impl Start {
    /// Whether `offset` is such a start.
    pub(crate) fn admits(self, offset: u64) -> bool {
        match self {
            Start::At(r) => offset % u64::from(LINE) == u64::from(r),
            Start::Aligned(a) => offset.is_multiple_of(u64::from(a)),
        }
    }
}

/// Where the function with machine code `code` and blocks starting at `bb_starts`
/// (Cranelift's `bb_starts`) should start: a multiple of `step` that makes its
/// loops touch the fewest lines, innermost loops first. A loop nested in `d`
/// others weighs 16^d times an outermost one, so (up to 16 loops per level) no
/// saving in outer loops can buy a worse placement of an inner one. Ties go to the
/// smallest offset. Without loops (or with an instruction set we do not read),
/// any multiple of `step` will do.
pub(crate) fn preferred_start(
    isa: Option<Isa>,
    code: &[u8],
    bb_starts: &[u32],
    step: u32,
) -> Start {
    let step = step.clamp(1, LINE);
    let Some(isa) = isa else {
        return Start::Aligned(step);
    };
    if bb_starts.is_empty() || step == LINE {
        return Start::Aligned(step);
    }
    let cfg = Cfg::decode(isa, code, bb_starts);
    let loops = loops(&cfg);
    if loops.is_empty() {
        return Start::Aligned(step);
    }
    let cost = |start: u32| -> u64 {
        loops
            .iter()
            .map(|l| 16u64.pow(l.depth.min(12)) * u64::from(lines(&cfg, l, start)))
            .sum()
    };
    Start::At(
        (0..LINE)
            .step_by(step as usize)
            .min_by_key(|&s| (cost(s), s))
            .unwrap_or(0),
    )
}

/// The byte padding is made of. It is never executed: int3 on x86_64, zeros
/// elsewhere (undefined instructions on aarch64 and riscv64).
pub(crate) fn padding_byte(arch: target_lexicon::Architecture) -> u8 {
    match arch {
        target_lexicon::Architecture::X86_64 => 0xcc,
        _ => 0,
    }
}

/// Bytes to append after a function ending at `end` so the next function starts
/// at `start`.
pub(crate) fn padding(end: u64, start: Start) -> u64 {
    let (modulus, r) = match start {
        Start::At(r) => (u64::from(LINE), u64::from(r)),
        Start::Aligned(a) => (u64::from(a), 0),
    };
    (r + modulus - end % modulus) % modulus
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(len: u32, starts: &[u32]) -> Vec<(u32, u32)> {
        (0..starts.len())
            .map(|i| (starts[i], starts.get(i + 1).copied().unwrap_or(len)))
            .collect()
    }

    fn find(cfg: &Cfg) -> Vec<(usize, Vec<usize>, u32)> {
        loops(cfg)
            .into_iter()
            .map(|l| (l.header, l.blocks, l.depth))
            .collect()
    }

    /// x86_64 code: `nop`s up to `at`, then a branch ending there.
    struct X64(Vec<u8>);
    impl X64 {
        fn fill(&mut self, to: usize) {
            self.0.resize(to, 0x90);
        }
        fn branch(&mut self, opcode: &[u8], end: usize, to: u32) {
            self.fill(end - opcode.len() - 4);
            self.0.extend_from_slice(opcode);
            self.0
                .extend_from_slice(&(to as i32 - end as i32).to_le_bytes());
        }
        fn jcc(&mut self, end: usize, to: u32) {
            self.branch(&[0x0f, 0x85], end, to);
        }
        fn jmp(&mut self, end: usize, to: u32) {
            self.branch(&[0xe9], end, to);
        }
    }

    #[test]
    fn finds_natural_loops() {
        // 0 -> 1 -> 2 -> {1, 3}; 3 -> {3, 4}: a loop {1, 2} and a self loop {3}.
        let sp = spans(90, &[0, 10, 30, 50, 70]);
        let cfg = Cfg::new(
            sp.clone(),
            &[(0, 1), (1, 2), (2, 1), (2, 3), (3, 3), (3, 4)],
        );
        assert_eq!(find(&cfg), vec![(1, vec![1, 2], 0), (3, vec![3], 0)]);
        // 1 -> 2 -> {2, 3}, 3 -> {1, 4}: the self loop {2} is inside {1, 2, 3}.
        let cfg = Cfg::new(sp, &[(0, 1), (1, 2), (2, 2), (2, 3), (3, 1), (3, 4)]);
        assert_eq!(find(&cfg), vec![(1, vec![1, 2, 3], 0), (2, vec![2], 1)]);
    }

    /// The loop finder against the direct definition (dominance by walking the
    /// immediate-dominator chain, depth by counting the loops that hold the header)
    /// on random graphs (edges may go anywhere, cycles with several entries allowed) and
    /// on a deep nest.
    #[test]
    fn loops_match_the_definition() {
        fn reference(cfg: &Cfg) -> Vec<(usize, Vec<usize>, u32)> {
            let idom = cfg.idoms();
            let n = cfg.spans.len();
            let dominates = |h: usize, mut b: usize| loop {
                if b == h {
                    return true;
                }
                match idom[b] {
                    Some(d) if d != b && d < n => b = d,
                    _ => return false,
                }
            };
            let mut out: Vec<(usize, Vec<usize>, u32)> = Vec::new();
            for h in 0..n {
                let tails: Vec<usize> = cfg
                    .preds(h)
                    .iter()
                    .copied()
                    .filter(|&s| idom[s].is_some() && dominates(h, s))
                    .collect();
                if tails.is_empty() {
                    continue;
                }
                let mut blocks = vec![h];
                let mut work = Vec::new();
                for s in tails {
                    if !blocks.contains(&s) {
                        blocks.push(s);
                        work.push(s);
                    }
                }
                while let Some(b) = work.pop() {
                    for &p in cfg.preds(b) {
                        if !blocks.contains(&p) && idom[p].is_some() {
                            blocks.push(p);
                            work.push(p);
                        }
                    }
                }
                blocks.sort_unstable();
                out.push((h, blocks, 0));
            }
            let depths: Vec<u32> = out
                .iter()
                .map(|(h, _, _)| {
                    out.iter()
                        .filter(|(m, b, _)| m != h && b.binary_search(h).is_ok())
                        .count() as u32
                })
                .collect();
            for (l, d) in out.iter_mut().zip(depths) {
                l.2 = d;
            }
            out
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut rand = |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m as u64) as usize
        };
        for round in 0..400 {
            let n = 2 + rand(40);
            let mut edges = Vec::new();
            for b in 0..n {
                // Mostly forward edges, some back (loops), some jumps anywhere.
                if b + 1 < n && rand(4) != 0 {
                    edges.push((b, b + 1));
                }
                for _ in 0..rand(3) {
                    edges.push((b, rand(n)));
                }
            }
            let cfg = Cfg::new(
                spans(
                    10 * n as u32,
                    &(0..n as u32).map(|i| 10 * i).collect::<Vec<_>>(),
                ),
                &edges,
            );
            assert_eq!(
                find(&cfg),
                reference(&cfg),
                "round {round}, edges {edges:?}"
            );
        }
        // Nests 300 deep: block k enters k + 1, block 2N - 1 - k closes loop k.
        let depth = 300;
        let n = 2 * depth + 1;
        let mut edges: Vec<(usize, usize)> = (0..n - 1).map(|b| (b, b + 1)).collect();
        for k in 1..depth {
            edges.push((n - 1 - k, k));
        }
        // `Cfg::new` takes the edges grouped by source, as `decode` gives them.
        edges.sort_by_key(|e| e.0);
        let cfg = Cfg::new(
            spans(
                10 * n as u32,
                &(0..n as u32).map(|i| 10 * i).collect::<Vec<_>>(),
            ),
            &edges,
        );
        let found = find(&cfg);
        assert_eq!(found.len(), depth - 1);
        assert_eq!(found, reference(&cfg));
        assert_eq!(found.last().map(|l| l.2), Some(depth as u32 - 2));
    }

    #[test]
    fn out_of_line_blocks_are_not_loops() {
        // 0 -> {1, 4}; 1 -> 2; 4 (placed last, cold) -> 2; 2 -> 3. The branch from 4
        // back to 2 goes to a block that does not dominate it: no loop.
        let sp = spans(90, &[0, 10, 30, 50, 70]);
        let cfg = Cfg::new(sp.clone(), &[(0, 1), (0, 4), (1, 2), (4, 2), (2, 3)]);
        assert_eq!(find(&cfg), vec![]);
        // Blocks the entry does not reach (jump table targets) are entered from
        // the virtual root, in address order: 2 -> 3 -> 2 is a loop headed by 2,
        // and 4 is a self loop.
        let cfg = Cfg::new(sp, &[(0, 1), (2, 3), (3, 2), (4, 4)]);
        assert_eq!(find(&cfg), vec![(2, vec![2, 3], 0), (4, vec![4], 0)]);
    }

    #[test]
    fn reads_x64_branches() {
        // Block 0: nops, falls through. Block 1 (4..19): jne 1, jmp 2.
        // Block 2 (19..30): jne 1, then falls through. Block 3 (30..36): jmp to
        // 40, not a block start: read as no branch. Block 4 (36..40): ret.
        // Block 5 (40..): last, not read.
        let mut c = X64(Vec::new());
        c.jcc(14, 4);
        c.jmp(19, 19);
        c.jcc(30, 4);
        c.jmp(35, 41);
        c.fill(36);
        c.fill(39);
        c.0.push(0xc3);
        c.fill(44);
        let cfg = Cfg::decode(Isa::X64, &c.0, &[0, 4, 19, 30, 36, 40]);
        let mut succs: Vec<Vec<usize>> = (0..cfg.spans.len())
            .map(|b| cfg.succs(b).to_vec())
            .collect();
        succs.iter_mut().for_each(|s| s.sort());
        assert_eq!(
            succs,
            vec![vec![1], vec![1, 2], vec![1, 3], vec![4], vec![], vec![]]
        );
    }

    #[test]
    fn reads_aarch64_branches() {
        let b = |from: i32, to: i32| 0x1400_0000u32 | (((to - from) / 4) as u32 & 0x03ff_ffff);
        let bcond =
            |from: i32, to: i32| 0x5400_0001u32 | ((((to - from) / 4) as u32 & 0x7ffff) << 5);
        let cbz = |from: i32, to: i32| 0xb400_0000u32 | ((((to - from) / 4) as u32 & 0x7ffff) << 5);
        let nop = 0xd503_201fu32;
        let ret = 0xd65f_03c0u32;
        // Block 0 (0..8): nop, cbz 2. Block 1 (8..16): b.ne 1, b 3.
        // Block 2 (16..20): nop, falls through. Block 3 (20..24): ret. Block 4: last.
        let words = [nop, cbz(4, 16), bcond(8, 8), b(12, 20), nop, ret, nop];
        let code: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        let cfg = Cfg::decode(Isa::Aarch64, &code, &[0, 8, 16, 20, 24]);
        let mut succs: Vec<Vec<usize>> = (0..cfg.spans.len())
            .map(|b| cfg.succs(b).to_vec())
            .collect();
        succs.iter_mut().for_each(|s| s.sort());
        assert_eq!(succs, vec![vec![1, 2], vec![1, 3], vec![3], vec![], vec![]]);
    }

    #[test]
    fn counts_lines_of_loop_bodies() {
        let cfg = Cfg::new(spans(200, &[0, 60, 70, 130, 150]), &[]);
        let l = Loop {
            header: 1,
            blocks: vec![1, 2, 4],
            depth: 0,
        };
        // 60..70 and 70..130 touch lines 0, 1 and 2; 150..200 touches 2 and 3.
        assert_eq!(lines(&cfg, &l, 0), 4);
        // Shifted by 4: 64..134 touches 1 and 2; 154..204 touches 2 and 3.
        assert_eq!(lines(&cfg, &l, 4), 3);
    }

    #[test]
    fn places_a_loop_in_one_line() {
        // A 40-byte self loop at offset 30 straddles a line when the function
        // starts at 0 (30..70) or 16 (46..86); 32 gives 62..102, also two lines;
        // 48 gives 78..118, inside the line 64..128.
        let mut c = X64(Vec::new());
        c.jcc(70, 30);
        c.0.push(0xc3);
        c.fill(80);
        let x64 = Some(Isa::X64);
        assert_eq!(preferred_start(x64, &c.0, &[0, 30, 70], 16), Start::At(48));
        // Steps of 32: 32 is as good as 0.
        assert_eq!(preferred_start(x64, &c.0, &[0, 30, 70], 32), Start::At(0));
        // Already in one line: stay at 0.
        let mut c = X64(Vec::new());
        c.jcc(100, 64);
        c.0.push(0xc3);
        c.fill(110);
        assert_eq!(preferred_start(x64, &c.0, &[0, 64, 100], 16), Start::At(0));
        // No loop, or an instruction set we do not read: any multiple of the step.
        let mut c = X64(Vec::new());
        c.jcc(100, 101);
        c.0.push(0xc3);
        c.fill(110);
        assert_eq!(
            preferred_start(x64, &c.0, &[0, 64, 100], 16),
            Start::Aligned(16)
        );
        assert_eq!(
            preferred_start(None, &c.0, &[0, 64, 100], 16),
            Start::Aligned(16)
        );
        assert_eq!(preferred_start(x64, &[], &[], 16), Start::Aligned(16));
    }

    #[test]
    fn inner_loops_come_first() {
        // An entry block 0..1, an outer loop over 1..192 and an inner self loop
        // at 100..150. Start 0: outer 3 lines, inner 2; start 32: outer 4, inner 1
        // (132..182); 16 and 48 leave the inner loop on 2 lines. Equal weights
        // would tie 0 and 32 and pick 0.
        let mut c = X64(Vec::new());
        c.fill(1);
        c.jcc(150, 100);
        c.jcc(192, 1);
        c.0.push(0xc3);
        c.fill(200);
        let start = preferred_start(Some(Isa::X64), &c.0, &[0, 1, 100, 150, 192], 16);
        assert_eq!(start, Start::At(32));
    }

    #[test]
    fn pads_to_the_wanted_start() {
        assert_eq!(padding(64, Start::At(0)), 0);
        assert_eq!(padding(100, Start::At(0)), 28);
        assert_eq!(padding(100, Start::At(48)), 12);
        assert_eq!(padding(100, Start::At(32)), 60);
        assert_eq!(padding(128, Start::At(16)), 16);
        assert_eq!(padding(100, Start::Aligned(16)), 12);
        assert_eq!(padding(96, Start::Aligned(32)), 0);
        assert!(Start::At(16).admits(80) && !Start::At(16).admits(96));
        assert!(Start::Aligned(16).admits(96) && !Start::Aligned(32).admits(80));
    }

    /// Compiled code, end to end: a small loop lands in one line wherever the
    /// function before it ends. Without placement, functions start at multiples
    /// of 16 that depend on the size of the code before them, and the loop
    /// straddles a line for some of these sizes.
    #[test]
    fn compiled_loops_fit_in_one_line() {
        for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
            for extra in 0..8 {
                // Function 0: straight-line code whose length grows with `extra`.
                let mut body = String::from("(local.get 0)");
                for k in 0..extra * 3 {
                    body = format!(
                        "(i32.xor (i32.mul {body} (i32.const {})) (local.get 1))",
                        2 * k + 3
                    );
                }
                let wat = format!(
                    r#"(module
                      (func (export "pre") (param i32 i32) (result i32) {body})
                      (func (export "hash") (param $n i32) (result i32) (local $i i32) (local $s i32)
                        (loop $l
                          (local.set $s (i32.add (i32.mul (local.get $s) (i32.const 31)) (local.get $i)))
                          (local.set $i (i32.add (local.get $i) (i32.const 1)))
                          (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
                        (local.get $s)))"#
                );
                let f = testing::compile(triple, &wat, "wasm_func_1");
                let back = testing::back_edges(&f);
                assert_eq!(back.len(), 1, "{triple}: one back edge in {:x?}", f.bytes());
                let (header, _, latch_end) = back[0];
                assert_eq!(
                    header / LINE as usize,
                    (latch_end - 1) / LINE as usize,
                    "{triple}: loop {header:#x}..{latch_end:#x} straddles a line (extra {extra})"
                );
            }
        }
    }
}

/// Test helpers: one compiled function, and its back edges.
#[cfg(test)]
pub(crate) mod testing {
    use super::{rel32, terminator, Isa, LINE};
    use object::read::elf::ElfFile64;
    use object::{Object, ObjectSection, ObjectSymbol};

    /// A function in the `.text` section of a compiled object.
    pub(crate) struct Function {
        pub(crate) isa: Isa,
        /// The whole `.text` section (offsets below are section offsets).
        pub(crate) text: Vec<u8>,
        pub(crate) start: usize,
        pub(crate) end: usize,
    }

    impl Function {
        pub(crate) fn bytes(&self) -> &[u8] {
            &self.text[self.start..self.end]
        }
    }

    /// Compiles `wat` for `triple` and returns the function named `symbol`.
    pub(crate) fn compile(triple: &str, wat: &str, symbol: &str) -> Function {
        let target = crate::target::Target::parse(triple).unwrap();
        let isa = Isa::of(target.triple.architecture).unwrap();
        let opts = crate::CompileOptions {
            target,
            ..Default::default()
        };
        let obj = crate::compile_object(wat.as_bytes(), &opts, false, "w2n_module_t").unwrap();
        let file = ElfFile64::<object::Endianness>::parse(&*obj).unwrap();
        let text = file.section_by_name(".text").unwrap();
        assert_eq!(text.align() % u64::from(LINE), 0);
        let sym = file
            .symbols()
            .find(|s| s.name() == Ok(symbol))
            .unwrap_or_else(|| panic!("no symbol {symbol}"));
        Function {
            isa,
            text: text.data().unwrap().to_vec(),
            start: sym.address() as usize,
            end: (sym.address() + sym.size()) as usize,
        }
    }

    /// Every branch of `f` to an earlier address in `f`, as (target, branch start,
    /// branch end). x86_64 code is scanned byte by byte for `jcc`/`jmp rel32`, so in
    /// principle an immediate could look like one; the tests use small functions.
    pub(crate) fn back_edges(f: &Function) -> Vec<(usize, usize, usize)> {
        let (code, start, end) = (&f.text[..], f.start, f.end);
        (start..end)
            .filter_map(|at| {
                let (to, next) = match f.isa {
                    Isa::X64 => {
                        let len = match code[at] {
                            0x0f if code.get(at + 1)? & 0xf0 == 0x80 => 6,
                            0xe9 => 5,
                            _ => return None,
                        };
                        if at + len > end {
                            return None;
                        }
                        ((at + len) as i64 + rel32(code, at + len - 4), at + len)
                    }
                    Isa::Aarch64 => {
                        if (at - start) % 4 != 0 || at + 4 > end {
                            return None;
                        }
                        let t = terminator(f.isa, code, at, at + 4, &|_| true);
                        (i64::from(*t.targets.first()?), at + 4)
                    }
                };
                (to >= start as i64 && to < at as i64).then_some((to as usize, at, next))
            })
            .collect()
    }
}
