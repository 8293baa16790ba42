/*
 * Derives from the dominator tree implementation in regalloc.rs, which is
 * licensed under the Apache Public License 2.0 with LLVM Exception. See:
 * https://github.com/bytecodealliance/regalloc.rs
 */

// This is an implementation of the algorithm described in
//
//   A Simple, Fast Dominance Algorithm
//   Keith D. Cooper, Timothy J. Harvey, and Ken Kennedy
//   Department of Computer Science, Rice University, Houston, Texas, USA
//   TR-06-33870
//   https://www.cs.rice.edu/~keith/EMBED/dom.pdf

use core::u32;

use alloc::vec::Vec;
use smallvec::{smallvec, SmallVec};

use crate::{Block, RegAllocError, VecExt};

// Helper
#[cfg(any(test, feature = "fuzzing"))]
fn merge_sets(
    idom: &[Block], // map from Block to Block
    block_to_rpo: &[Option<u32>],
    mut node1: Block,
    mut node2: Block,
) -> Block {
    while node1 != node2 {
        if node1.is_invalid() || node2.is_invalid() {
            return Block::invalid();
        }
        let rpo1 = block_to_rpo[node1.index()].unwrap();
        let rpo2 = block_to_rpo[node2.index()].unwrap();
        if rpo1 > rpo2 {
            node1 = idom[node1.index()];
        } else if rpo2 > rpo1 {
            node2 = idom[node2.index()];
        }
    }
    debug_assert!(node1 == node2);
    node1
}

/// Upstream's iterative computation (Cooper, Harvey and Kennedy). wasm2native patch
/// (fifteenth, PATCHES.md): `CFGInfo::init` uses `calculate_lt` instead; this one is kept
/// for regalloc2's fuzz targets and as the reference of the tests.
#[cfg(any(test, feature = "fuzzing"))]
pub fn calculate<'a, PredFn: Fn(Block) -> &'a [Block]>(
    num_blocks: usize,
    preds: PredFn,
    post_ord: &[Block],
    block_to_rpo_scratch: &mut Vec<Option<u32>>,
    out: &mut Vec<Block>,
    start: Block,
) {
    // We have post_ord, which is the postorder sequence.
    // Compute maps from RPO to block number and vice-versa.
    let block_to_rpo = block_to_rpo_scratch.repopulate(num_blocks, None);
    for (i, rpo_block) in post_ord.iter().rev().enumerate() {
        block_to_rpo[rpo_block.index()] = Some(i as u32);
    }

    let idom = out.repopulate(num_blocks, Block::invalid());
    // The start node must have itself as a parent.
    idom[start.index()] = start;

    let mut changed = true;
    while changed {
        changed = false;
        // Consider blocks in reverse postorder. Skip any that are unreachable.
        for &node in post_ord.iter().rev() {
            let rponum = block_to_rpo[node.index()].unwrap();

            let mut parent = Block::invalid();
            for &pred in preds(node).iter() {
                let pred_rpo = match block_to_rpo[pred.index()] {
                    None => {
                        // Skip unreachable preds.
                        continue;
                    }
                    Some(r) => r,
                };
                if pred_rpo < rponum {
                    parent = pred;
                    break;
                }
            }

            if parent.is_valid() {
                for &pred in preds(node).iter() {
                    if pred == parent {
                        continue;
                    }
                    if idom[pred.index()].is_invalid() {
                        continue;
                    }
                    parent = merge_sets(&idom, &block_to_rpo[..], parent, pred);
                }
            }

            if parent.is_valid() && parent != idom[node.index()] {
                idom[node.index()] = parent;
                changed = true;
            }
        }
    }

    // Now set the start node's dominator-tree parent to "invalid";
    // this allows the loop in `dominates` to terminate.
    idom[start.index()] = Block::invalid();
}

pub fn dominates(idom: &[Block], a: Block, mut b: Block) -> bool {
    loop {
        if a == b {
            return true;
        }
        if b.is_invalid() {
            return false;
        }
        b = idom[b.index()];
    }
}

/// Scratch arrays of `calculate_lt` (wasm2native patch, fifteenth).
#[derive(Debug, Default)]
pub struct DomtreeScratch {
    /// Block -> preorder number (`NONE`: not reached).
    pre: Vec<u32>,
    /// Preorder number -> block.
    vertex: Vec<Block>,
    /// The rest are indexed by preorder number and hold preorder numbers.
    parent: Vec<u32>,
    semi: Vec<u32>,
    label: Vec<u32>,
    ancestor: Vec<u32>,
    idom: Vec<u32>,
    bucket_head: Vec<u32>,
    bucket_next: Vec<u32>,
    path: Vec<u32>,
}

const NONE: u32 = u32::MAX;

/// wasm2native patch (fifteenth, PATCHES.md): the postorder of `postorder::calculate`
/// (the same depth-first walk, so the same order) and the dominator tree of
/// `calculate` (immediate dominators by block, `Block::invalid()` for the entry and the
/// blocks not reached), computed by Lengauer and Tarjan's algorithm with path compression
/// ("A Fast Algorithm for Finding Dominators in a Flowgraph", TOPLAS 1979, the simple
/// version): O(E log N) on any graph. The iterative algorithm walks up the tree from
/// every predecessor at every join, O(N) per join when the tree is a long path (N nested
/// blocks that branch out: quadratic). The immediate dominator of a block is a property
/// of the graph, so both give the same tree (`tests`).
pub fn calculate_lt<'a, SuccFn, PredFn>(
    num_blocks: usize,
    entry: Block,
    succs: SuccFn,
    preds: PredFn,
    s: &mut DomtreeScratch,
    postorder: &mut Vec<Block>,
    out: &mut Vec<Block>,
) -> Result<(), RegAllocError>
where
    SuccFn: Fn(Block) -> &'a [Block],
    PredFn: Fn(Block) -> &'a [Block],
{
    // Depth-first walk from the entry (that of `postorder::calculate`), numbering the
    // blocks in preorder and recording each one's parent in the walk's tree.
    struct State<'a> {
        block: Block,
        num: u32,
        succs: core::slice::Iter<'a, Block>,
    }
    let pre = s.pre.repopulate(num_blocks, NONE);
    s.vertex.clear();
    s.parent.clear();
    postorder.clear();
    *pre.get_mut(entry.index()).ok_or(RegAllocError::BB(entry))? = 0;
    s.vertex.push(entry);
    s.parent.push(NONE);
    let mut stack: SmallVec<[State; 64]> = smallvec![];
    stack.push(State {
        block: entry,
        num: 0,
        succs: succs(entry).iter(),
    });
    while let Some(ref mut state) = stack.last_mut() {
        if let Some(&succ) = state.succs.next() {
            let p = pre.get_mut(succ.index()).ok_or(RegAllocError::BB(succ))?;
            if *p == NONE {
                let num = s.vertex.len() as u32;
                *p = num;
                s.vertex.push(succ);
                s.parent.push(state.num);
                stack.push(State {
                    block: succ,
                    num,
                    succs: succs(succ).iter(),
                });
            }
        } else {
            postorder.push(state.block);
            stack.pop();
        }
    }

    let n = s.vertex.len();
    let pre = &s.pre[..];
    let vertex = &s.vertex[..];
    let parent = &s.parent[..];
    let semi = s.semi.cleared();
    semi.extend(0..n as u32);
    let label = s.label.cleared();
    label.extend(0..n as u32);
    let ancestor = s.ancestor.repopulate(n, NONE);
    let idom = s.idom.repopulate(n, NONE);
    let bucket_head = s.bucket_head.repopulate(n, NONE);
    let bucket_next = s.bucket_next.repopulate(n, NONE);
    let path = &mut s.path;

    for w in (1..n).rev() {
        // The semidominator: the smallest preorder number from which a path reaches w
        // through blocks numbered above w only.
        let mut sw = semi[w];
        for &v in preds(vertex[w]) {
            let v = match pre.get(v.index()) {
                Some(&p) if p != NONE => p,
                _ => continue, // not reached from the entry
            };
            let u = eval(v, ancestor, label, semi, path);
            sw = sw.min(semi[u as usize]);
        }
        semi[w] = sw;
        bucket_next[w] = bucket_head[sw as usize];
        bucket_head[sw as usize] = w as u32;
        let p = parent[w];
        ancestor[w] = p;
        // Every block whose semidominator is p: its immediate dominator, or a block
        // with the same one, resolved below.
        let mut v = core::mem::replace(&mut bucket_head[p as usize], NONE);
        while v != NONE {
            let next = bucket_next[v as usize];
            let u = eval(v, ancestor, label, semi, path);
            idom[v as usize] = if semi[u as usize] < semi[v as usize] {
                u
            } else {
                p
            };
            v = next;
        }
    }
    for w in 1..n {
        if idom[w] != semi[w] {
            idom[w] = idom[idom[w] as usize];
        }
    }

    let out = out.repopulate(num_blocks, Block::invalid());
    for w in 1..n {
        out[vertex[w].index()] = vertex[idom[w] as usize];
    }
    Ok(())
}

/// Lengauer and Tarjan's EVAL with path compression (iterative: the forest's paths can
/// be as long as the graph): `v` itself if it is a root of the forest of linked
/// blocks, else the block of smallest semidominator on the path from `v` up to (not
/// including) its root.
#[inline(always)]
fn eval(v: u32, ancestor: &mut [u32], label: &mut [u32], semi: &[u32], path: &mut Vec<u32>) -> u32 {
    let a = ancestor[v as usize];
    if a == NONE {
        return v;
    }
    if ancestor[a as usize] != NONE {
        compress(v, ancestor, label, semi, path);
    }
    label[v as usize]
}

/// COMPRESS(v): point every block on the path from `v` up to its root's child at that
/// child, each with the label of smallest semidominator on the path above it.
#[inline(never)]
fn compress(v: u32, ancestor: &mut [u32], label: &mut [u32], semi: &[u32], path: &mut Vec<u32>) {
    {
        path.clear();
        let mut x = v;
        while ancestor[ancestor[x as usize] as usize] != NONE {
            path.push(x);
            x = ancestor[x as usize];
        }
        for &y in path.iter().rev() {
            let a = ancestor[y as usize] as usize;
            if semi[label[a] as usize] < semi[label[y as usize] as usize] {
                label[y as usize] = label[a];
            }
            ancestor[y as usize] = ancestor[a];
        }
    }
}

/// wasm2native patch (fifteenth): `calculate_lt` against upstream's walk and algorithm
/// and against the definition of dominance.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::postorder;
    use alloc::vec;

    /// xorshift64*, so the test needs no crate.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    struct Graph {
        succs: Vec<Vec<Block>>,
        preds: Vec<Vec<Block>>,
    }

    fn graph(n: usize, edges: &[(usize, usize)]) -> Graph {
        let mut g = Graph {
            succs: vec![Vec::new(); n],
            preds: vec![Vec::new(); n],
        };
        for &(a, b) in edges {
            g.succs[a].push(Block::new(b));
            g.preds[b].push(Block::new(a));
        }
        g
    }

    /// The blocks reached from `entry` without going through `without`.
    fn reached(g: &Graph, entry: usize, without: Option<usize>) -> Vec<bool> {
        let mut seen = vec![false; g.succs.len()];
        if without == Some(entry) {
            return seen;
        }
        let mut stack = vec![entry];
        seen[entry] = true;
        while let Some(b) = stack.pop() {
            for s in &g.succs[b] {
                let s = s.index();
                if !seen[s] && Some(s) != without {
                    seen[s] = true;
                    stack.push(s);
                }
            }
        }
        seen
    }

    /// Immediate dominators by the definition: d dominates b when b cannot be reached
    /// without d; the immediate dominator of b is its strict dominator that every other
    /// strict dominator of b dominates (the one with one dominator less than b).
    fn brute_force(g: &Graph, entry: usize) -> Vec<Block> {
        let n = g.succs.len();
        let all = reached(g, entry, None);
        // doms[b][d]: d dominates b.
        let mut doms = vec![vec![false; n]; n];
        for d in 0..n {
            if !all[d] {
                continue;
            }
            let r = reached(g, entry, Some(d));
            for b in 0..n {
                doms[b][d] = all[b] && !r[b];
            }
        }
        let count: Vec<usize> = doms
            .iter()
            .map(|d| d.iter().filter(|&&x| x).count())
            .collect();
        (0..n)
            .map(|b| {
                if !all[b] || b == entry {
                    return Block::invalid();
                }
                let d = (0..n)
                    .find(|&d| d != b && doms[b][d] && count[d] + 1 == count[b])
                    .unwrap();
                Block::new(d)
            })
            .collect()
    }

    fn check(g: &Graph, entry: usize) {
        let n = g.succs.len();
        let entry = Block::new(entry);
        let mut post_old = Vec::new();
        postorder::calculate(n, entry, &mut Vec::new(), &mut post_old, |b| {
            &g.succs[b.index()]
        })
        .unwrap();
        let mut idom_old = Vec::new();
        calculate(
            n,
            |b| &g.preds[b.index()],
            &post_old,
            &mut Vec::new(),
            &mut idom_old,
            entry,
        );
        let mut scratch = DomtreeScratch::default();
        // Twice with the same scratch, as the allocator reuses it across functions.
        for _ in 0..2 {
            let (mut post, mut idom) = (vec![Block::new(7)], vec![Block::new(3); 2]);
            calculate_lt(
                n,
                entry,
                |b| &g.succs[b.index()],
                |b| &g.preds[b.index()],
                &mut scratch,
                &mut post,
                &mut idom,
            )
            .unwrap();
            assert_eq!(post, post_old, "postorder");
            assert_eq!(idom, idom_old, "against the iterative algorithm");
        }
        assert_eq!(
            idom_old,
            brute_force(g, entry.index()),
            "against the definition"
        );
    }

    /// Random graphs: forward edges, back edges, edges into the middle of loops
    /// (irreducible), self loops, duplicate edges, edges into the entry, unreachable
    /// blocks; entries other than block 0.
    #[test]
    fn lengauer_tarjan_gives_the_same_tree() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let mut irreducible = 0;
        for round in 0..3000 {
            let n = 1 + rng.below(if round < 2000 { 12 } else { 60 }) as usize;
            let mut edges = Vec::new();
            for a in 0..n {
                let k = rng.below(4);
                for _ in 0..k {
                    let b = match rng.below(4) {
                        // mostly forward, the shape of a program
                        0 | 1 => (a + 1 + rng.below(3) as usize).min(n - 1),
                        _ => rng.below(n as u64) as usize,
                    };
                    edges.push((a, b));
                }
            }
            let entry = if rng.below(5) == 0 {
                rng.below(n as u64) as usize
            } else {
                0
            };
            let g = graph(n, &edges);
            // Count the irreducible ones (a cycle entered at two blocks), to know the
            // test covers them: a retreating edge (to a block earlier in the postorder
            // walk's preorder) whose target does not dominate its source.
            let idom = brute_force(&g, entry);
            let dominates = |a: usize, mut b: usize| loop {
                if a == b {
                    return true;
                }
                if idom[b].is_invalid() {
                    return false;
                }
                b = idom[b].index();
            };
            let mut post = Vec::new();
            postorder::calculate(n, Block::new(entry), &mut Vec::new(), &mut post, |b| {
                &g.succs[b.index()]
            })
            .unwrap();
            let mut rpo = vec![usize::MAX; n];
            for (i, b) in post.iter().rev().enumerate() {
                rpo[b.index()] = i;
            }
            if edges
                .iter()
                .any(|&(a, b)| rpo[a] != usize::MAX && rpo[b] <= rpo[a] && !dominates(b, a))
            {
                irreducible += 1;
            }
            check(&g, entry);
        }
        assert!(irreducible > 200, "{} irreducible graphs", irreducible);
    }

    /// The shapes of `scripts/gen-scaling nesting` (a chain whose blocks branch to joins
    /// further down) and a classic irreducible loop, by hand.
    #[test]
    fn nested_joins_and_an_irreducible_loop() {
        let n = 200;
        let mut edges = Vec::new();
        for k in 0..n - 1 {
            edges.push((k, k + 1));
            edges.push((k, (k + 1 + k / 2).min(n - 1)));
        }
        check(&graph(n, &edges), 0);
        // 0 -> 1, 0 -> 2, 1 <-> 2, 2 -> 3: neither 1 nor 2 dominates the other.
        let g = graph(4, &[(0, 1), (0, 2), (1, 2), (2, 1), (2, 3)]);
        check(&g, 0);
        let mut idom = Vec::new();
        calculate_lt(
            4,
            Block::new(0),
            |b| &g.succs[b.index()],
            |b| &g.preds[b.index()],
            &mut DomtreeScratch::default(),
            &mut Vec::new(),
            &mut idom,
        )
        .unwrap();
        assert_eq!(
            idom,
            [
                Block::invalid(),
                Block::new(0),
                Block::new(0),
                Block::new(2)
            ]
        );
    }

    #[test]
    fn a_successor_out_of_range_is_an_error() {
        let g = Graph {
            succs: vec![vec![Block::new(5)]],
            preds: vec![Vec::new()],
        };
        let r = calculate_lt(
            1,
            Block::new(0),
            |b| &g.succs[b.index()],
            |b| &g.preds[b.index()],
            &mut DomtreeScratch::default(),
            &mut Vec::new(),
            &mut Vec::new(),
        );
        assert!(matches!(r, Err(RegAllocError::BB(b)) if b == Block::new(5)));
    }
}
