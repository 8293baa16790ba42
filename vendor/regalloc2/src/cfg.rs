/*
 * Released under the terms of the Apache 2.0 license with LLVM
 * exception. See `LICENSE` for details.
 */

//! Lightweight CFG analyses.

use crate::alloc::vec::Vec;

use crate::{domtree, Block, Function, Inst, ProgPoint, RegAllocError, VecExt};
use smallvec::{smallvec, SmallVec};

#[derive(Debug, Default)]
pub struct CFGInfoCtx {
    domtree: domtree::DomtreeScratch,
    backedge: Vec<u32>,
}

#[derive(Debug, Default)]
pub struct CFGInfo {
    /// Postorder traversal of blocks.
    pub postorder: Vec<Block>,
    /// Domtree parents, indexed by block.
    pub domtree: Vec<Block>,
    /// For each instruction, the block it belongs to.
    pub insn_block: Vec<Block>,
    /// For each block, the first instruction.
    pub block_entry: Vec<ProgPoint>,
    /// For each block, the last instruction.
    pub block_exit: Vec<ProgPoint>,
    /// For each block, what is the approximate loop depth?
    ///
    /// This measure is fully precise iff the input CFG is reducible
    /// and blocks are in RPO, so that loop backedges are precisely
    /// those whose block target indices are less than their source
    /// indices. Otherwise, it will be approximate, but should still
    /// be usable for heuristic purposes.
    pub approx_loop_depth: Vec<u32>,
    /// wasm2native patch (tenth, PATCHES.md): the loop depth at which a use in the block,
    /// or a move placed there by a split, is weighed: `approx_loop_depth`, except 0 for
    /// the blocks of `Function::never_run_blocks`.
    pub weight_depth: Vec<u32>,
}

impl CFGInfo {
    pub fn new<F: Function>(f: &F) -> Result<Self, RegAllocError> {
        let mut ctx = CFGInfoCtx::default();
        let mut this = Self::default();
        this.init(f, &mut ctx)?;
        Ok(this)
    }

    pub fn init<F: Function>(&mut self, f: &F, ctx: &mut CFGInfoCtx) -> Result<(), RegAllocError> {
        let nb = f.num_blocks();

        // wasm2native patch (fifteenth, PATCHES.md): the postorder and the dominator
        // tree from one depth-first walk, the tree by Lengauer-Tarjan (upstream:
        // `postorder::calculate`, then `domtree::calculate`'s iterative algorithm,
        // quadratic on a deep tree with many joins).
        domtree::calculate_lt(
            nb,
            f.entry_block(),
            |block| f.block_succs(block),
            |block| f.block_preds(block),
            &mut ctx.domtree,
            &mut self.postorder,
            &mut self.domtree,
        )?;

        let insn_block = self.insn_block.repopulate(f.num_insts(), Block::invalid());
        let block_entry = self
            .block_entry
            .repopulate(nb, ProgPoint::before(Inst::invalid()));
        let block_exit = self
            .block_exit
            .repopulate(nb, ProgPoint::before(Inst::invalid()));
        let (backedge_in, backedge_out) = ctx.backedge.repopulate(nb * 2, 0).split_at_mut(nb);

        for block in 0..f.num_blocks() {
            let block = Block::new(block);
            for inst in f.block_insns(block).iter() {
                insn_block[inst.index()] = block;
            }
            block_entry[block.index()] = ProgPoint::before(f.block_insns(block).first());
            block_exit[block.index()] = ProgPoint::after(f.block_insns(block).last());

            // Check critical edge condition: if there is more than
            // one predecessor, each must have only one successor
            // (this block).
            let preds = f.block_preds(block).len() + if block == f.entry_block() { 1 } else { 0 };
            if preds > 1 {
                for &pred in f.block_preds(block) {
                    let succs = f.block_succs(pred).len();
                    if succs > 1 {
                        return Err(RegAllocError::CritEdge(pred, block));
                    }
                }
            }

            // Check branch-arg condition: if any successors have more
            // than one predecessor (given above, there will only be
            // one such successor), then the last instruction of this
            // block (the branch) cannot have any args other than the
            // blockparams.
            let mut require_no_branch_args = false;
            for &succ in f.block_succs(block) {
                let preds = f.block_preds(succ).len() + if succ == f.entry_block() { 1 } else { 0 };
                if preds > 1 {
                    require_no_branch_args = true;
                    break;
                }
            }
            if require_no_branch_args {
                let last = f.block_insns(block).last();
                if !f.inst_operands(last).is_empty() {
                    return Err(RegAllocError::DisallowedBranchArg(last));
                }
            }

            for &succ in f.block_succs(block) {
                if succ.index() <= block.index() {
                    backedge_in[succ.index()] += 1;
                    backedge_out[block.index()] += 1;
                }
            }
        }

        let approx_loop_depth = self.approx_loop_depth.cleared();
        let mut backedge_stack: SmallVec<[u32; 4]> = smallvec![];
        let mut cur_depth = 0;
        for block in 0..nb {
            if backedge_in[block] > 0 {
                cur_depth += 1;
                backedge_stack.push(backedge_in[block]);
            }

            approx_loop_depth.push(cur_depth);

            while backedge_stack.len() > 0 && backedge_out[block] > 0 {
                backedge_out[block] -= 1;
                *backedge_stack.last_mut().unwrap() -= 1;
                if *backedge_stack.last().unwrap() == 0 {
                    cur_depth -= 1;
                    backedge_stack.pop();
                }
            }
        }

        let weight_depth = self.weight_depth.cleared();
        weight_depth.extend_from_slice(approx_loop_depth);
        for &block in f.never_run_blocks() {
            weight_depth[block.index()] = 0;
        }

        Ok(())
    }

    pub fn dominates(&self, a: Block, b: Block) -> bool {
        domtree::dominates(&self.domtree[..], a, b)
    }
}

/// wasm2native patch (tenth, PATCHES.md): `weight_depth`.
#[cfg(test)]
mod never_run_tests {
    use super::CFGInfo;
    use crate::{Block, Function, Inst, InstRange, Operand, PRegSet, RegClass, VReg};
    use alloc::vec::Vec;

    /// block0 -> block1; block1 -> block2 | block3; block2 -> block1 (the back edge);
    /// block3 returns. One instruction per block, no operands.
    struct Loop {
        never: Vec<Block>,
        edges: Edges,
    }

    impl Loop {
        fn new(never: Vec<Block>) -> Self {
            Loop {
                never,
                edges: Edges {
                    succs: blocks(&SUCCS),
                    preds: blocks(&PREDS),
                },
            }
        }
    }

    /// Each block's successors and predecessors (block numbers).
    const SUCCS: [&[usize]; 4] = [&[1], &[2, 3], &[1], &[]];
    const PREDS: [&[usize]; 4] = [&[], &[0, 2], &[1], &[1]];

    /// The blocks of `SUCCS` and `PREDS`, as `Block`s.
    struct Edges {
        succs: Vec<Vec<Block>>,
        preds: Vec<Vec<Block>>,
    }

    fn blocks(lists: &[&[usize]]) -> Vec<Vec<Block>> {
        lists
            .iter()
            .map(|l| l.iter().map(|&b| Block::new(b)).collect())
            .collect()
    }

    impl Function for Loop {
        fn num_insts(&self) -> usize {
            4
        }
        fn num_blocks(&self) -> usize {
            4
        }
        fn entry_block(&self) -> Block {
            Block::new(0)
        }
        fn block_insns(&self, block: Block) -> InstRange {
            InstRange::new(Inst::new(block.index()), Inst::new(block.index() + 1))
        }
        fn block_succs(&self, block: Block) -> &[Block] {
            &self.edges.succs[block.index()]
        }
        fn block_preds(&self, block: Block) -> &[Block] {
            &self.edges.preds[block.index()]
        }
        fn block_params(&self, _: Block) -> &[VReg] {
            &[]
        }
        fn never_run_blocks(&self) -> &[Block] {
            &self.never
        }
        fn is_ret(&self, insn: Inst) -> bool {
            insn.index() == 3
        }
        fn is_branch(&self, insn: Inst) -> bool {
            insn.index() != 3
        }
        fn branch_blockparams(&self, _: Block, _: Inst, _: usize) -> &[VReg] {
            &[]
        }
        fn inst_operands(&self, _: Inst) -> &[Operand] {
            &[]
        }
        fn inst_clobbers(&self, _: Inst) -> PRegSet {
            PRegSet::empty()
        }
        fn num_vregs(&self) -> usize {
            0
        }
        fn spillslot_size(&self, _: RegClass) -> usize {
            1
        }
    }

    #[test]
    fn never_run_blocks_weigh_at_depth_zero() {
        let plain = CFGInfo::new(&Loop::new(Vec::new())).unwrap();
        assert_eq!(plain.approx_loop_depth, [0, 1, 1, 0]);
        assert_eq!(plain.weight_depth, plain.approx_loop_depth);
        let marked = CFGInfo::new(&Loop::new(alloc::vec![Block::new(2)])).unwrap();
        // The loop depth itself (which split points are hoisted by) is unchanged.
        assert_eq!(marked.approx_loop_depth, [0, 1, 1, 0]);
        assert_eq!(marked.weight_depth, [0, 1, 0, 0]);
    }
}
