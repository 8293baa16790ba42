/*
 * This file was initially derived from the files
 * `js/src/jit/BacktrackingAllocator.h` and
 * `js/src/jit/BacktrackingAllocator.cpp` in Mozilla Firefox, and was
 * originally licensed under the Mozilla Public License 2.0. We
 * subsequently relicensed it to Apache-2.0 WITH LLVM-exception (see
 * https://github.com/bytecodealliance/regalloc2/issues/7).
 *
 * Since the initial port, the design has been substantially evolved
 * and optimized.
 */

//! Bundle merging.

use crate::ion::data_structures::{
    BlockparamOut, CodeRange, Env, LiveBundleIndex, LiveRangeList, SpillSet, SpillSlotIndex,
    VRegIndex,
};
use crate::ion::requirement::Requirement;
use crate::{Function, Inst, OperandConstraint, OperandKind, PReg, ProgPoint};
use alloc::format;
use core::convert::TryFrom;

impl<'a, F: Function> Env<'a, F> {
    fn merge_bundle_properties(&mut self, from: LiveBundleIndex, to: LiveBundleIndex) {
        if self.bundles[from].cached_fixed() {
            self.bundles[to].set_cached_fixed();
        }
        if self.bundles[from].cached_fixed_def() {
            self.bundles[to].set_cached_fixed_def();
        }
        if self.bundles[from].cached_stack() {
            self.bundles[to].set_cached_stack();
        }
        if let Some(theirs) = self.bundles[from].limit {
            match self.bundles[to].limit {
                Some(ours) => self.bundles[to].limit = Some(ours.min(theirs)),
                None => self.bundles[to].limit = Some(theirs),
            }
        }
    }

    pub fn merge_bundles(&mut self, from: LiveBundleIndex, to: LiveBundleIndex) -> bool {
        if from == to {
            // Merge bundle into self -- trivial merge.
            return true;
        }
        trace!(
            "merging from bundle{} to bundle{}",
            from.index(),
            to.index()
        );

        // Both bundles must deal with the same RegClass.
        let from_rc = self.spillsets[self.bundles[from].spillset].class;
        let to_rc = self.spillsets[self.bundles[to].spillset].class;
        if from_rc != to_rc {
            trace!(" -> mismatching reg classes");
            return false;
        }

        // If either bundle is already assigned (due to a pinned vreg), don't merge.
        if self.bundles[from].allocation.is_some() || self.bundles[to].allocation.is_some() {
            trace!("one of the bundles is already assigned (pinned)");
            return false;
        }

        #[cfg(debug_assertions)]
        {
            // Sanity check: both bundles should contain only ranges with appropriate VReg classes.
            for entry in &self.bundles[from].ranges {
                let vreg = self.ranges[entry.index].vreg;
                debug_assert_eq!(from_rc, self.vreg(vreg).class());
            }
            for entry in &self.bundles[to].ranges {
                let vreg = self.ranges[entry.index].vreg;
                debug_assert_eq!(to_rc, self.vreg(vreg).class());
            }
        }

        // If a bundle has a fixed-reg def then we need to be careful to not
        // extend the bundle to include another use in the same instruction.
        // This could result in a minimal bundle that is impossible to split.
        //
        // This can only happen with an early use and a late def, so we round
        // the start of each range containing a fixed def up to the start of
        // its instruction to detect overlaps.
        let adjust_range_start = |bundle_idx, range: CodeRange| {
            if self.bundles[bundle_idx].cached_fixed_def() {
                ProgPoint::before(range.from.inst())
            } else {
                range.from
            }
        };

        // Check for overlap in LiveRanges and for conflicting
        // requirements.
        let ranges_from = &self.bundles[from].ranges[..];
        let ranges_to = &self.bundles[to].ranges[..];
        let (len_from, len_to) = (ranges_from.len(), ranges_to.len());
        let mut idx_from = 0;
        let mut idx_to = 0;
        let mut range_count = 0;
        while idx_from < ranges_from.len() && idx_to < ranges_to.len() {
            range_count += 1;
            if range_count > 200 {
                trace!(
                    "reached merge complexity (range_count = {}); exiting",
                    range_count
                );
                // Limit merge complexity.
                return false;
            }

            if adjust_range_start(from, ranges_from[idx_from].range) >= ranges_to[idx_to].range.to {
                idx_to += 1;
            } else if adjust_range_start(to, ranges_to[idx_to].range)
                >= ranges_from[idx_from].range.to
            {
                idx_from += 1;
            } else {
                // Overlap -- cannot merge.
                trace!(
                    " -> overlap between {:?} and {:?}, exiting",
                    ranges_from[idx_from].index,
                    ranges_to[idx_to].index
                );
                return false;
            }
        }

        // Check for a requirements conflict.
        //
        // wasm2native patch (PATCHES.md, cspeed21): each bundle's requirement is
        // computed once and kept while bundles are merged (the merged bundle's is the
        // two requirements merged: `Requirement::merge` intersects the sets of
        // locations each allows, so the order of the uses does not matter), instead
        // of a walk over every use of both bundles at every merge: quadratic when one
        // bundle absorbs thousands of block parameters.
        let merged_req = if self.bundles[from].cached_stack()
            || self.bundles[from].cached_fixed()
            || self.bundles[from].limit.is_some()
            || self.bundles[to].cached_stack()
            || self.bundles[to].cached_fixed()
            || self.bundles[to].limit.is_some()
        {
            match (self.merge_requirement(from), self.merge_requirement(to)) {
                (Some(a), Some(b)) => match a.merge(b) {
                    Ok(r) => Some(r),
                    Err(_) => {
                        trace!(" -> conflicting requirements; aborting merge");
                        return false;
                    }
                },
                _ => {
                    trace!(" -> conflicting requirements; aborting merge");
                    return false;
                }
            }
        } else {
            match (
                self.ctx.scratch_merge_reqs[from.index()],
                self.ctx.scratch_merge_reqs[to.index()],
            ) {
                (Some(Some(a)), Some(Some(b))) => a.merge(b).ok(),
                _ => None,
            }
        };
        self.ctx.scratch_merge_reqs[to.index()] = merged_req.map(Some);

        trace!(" -> committing to merge");

        // If we reach here, then the bundles do not overlap -- merge
        // them!  We do this with a merge-sort-like scan over both
        // lists, building a new range list and replacing the list on
        // `to` when we're done.
        if len_from == 0 {
            // `from` bundle is empty -- trivial merge.
            trace!(" -> from bundle{} is empty; trivial merge", from.index());
            return true;
        }
        if len_to == 0 {
            // `to` bundle is empty -- just move the list over from
            // `from` and set `bundle` up-link on all ranges.
            trace!(" -> to bundle{} is empty; trivial merge", to.index());
            let empty_vec = LiveRangeList::new_in(self.ctx.bump());
            let list = core::mem::replace(&mut self.bundles[from].ranges, empty_vec);
            for entry in &list {
                self.ranges[entry.index].bundle = to;

                if self.annotations_enabled {
                    self.annotate(
                        entry.range.from,
                        format!(
                            " MERGE range{} v{} from bundle{} to bundle{}",
                            entry.index.index(),
                            self.ranges[entry.index].vreg.index(),
                            from.index(),
                            to.index(),
                        ),
                    );
                }
            }
            self.bundles[to].ranges = list;
            self.merge_bundle_properties(from, to);
            return true;
        }

        trace!(
            "merging: ranges_from = {:?} ranges_to = {:?}",
            self.bundles[from].ranges,
            self.bundles[to].ranges
        );

        let empty_vec = LiveRangeList::new_in(self.ctx.bump());
        let mut from_list = core::mem::replace(&mut self.bundles[from].ranges, empty_vec);
        for entry in &from_list {
            self.ranges[entry.index].bundle = to;
        }

        if from_list.len() == 1 {
            // Optimize for the common case where `from_list` contains a single
            // item. Using a binary search to find the insertion point and then
            // calling `insert` is more efficient than re-sorting the entire
            // list, specially after the changes in sorting algorithms introduced
            // in rustc 1.81.
            // See: https://github.com/bytecodealliance/regalloc2/issues/203
            let single_entry = from_list.pop().unwrap();
            let pos = self.bundles[to]
                .ranges
                .binary_search_by_key(&single_entry.range.from, |entry| entry.range.from)
                .unwrap_or_else(|pos| pos);
            self.bundles[to].ranges.insert(pos, single_entry);
        } else {
            // Two non-empty lists of LiveRanges: concatenate and sort.
            //
            // wasm2native patch (PATCHES.md, cspeed21): only the part where the two
            // lists interleave is sorted. The overlap scan above stopped when one list
            // ran out, within 200 steps: if `from` ran out, all of it lies before
            // `to[idx_to..]`; otherwise all of `to` lies before `from[idx_from..]`.
            // Ranges do not overlap, so their starts are distinct and the result is
            // the one a sort of the whole list gives, without sorting a list of
            // thousands of ranges at every merge into it. And the shorter list is
            // appended to the longer one (whose storage `to` then keeps): copying a
            // long `from` into a short `to` at each merge also left a copy behind in
            // the bump allocator each time (1.7 GB at 16,000 nested blocks).
            let ranges = &mut self.ctx.bundles[to].ranges;
            let key = |entry: &crate::ion::data_structures::LiveRangeListEntry| entry.range.from;
            if from_list.len() > ranges.len() {
                core::mem::swap(ranges, &mut from_list);
                ranges.extend_from_slice(&from_list[..]);
                sort_appended(&mut ranges[..], len_from, idx_from, idx_to, key);
            } else {
                ranges.extend_from_slice(&from_list[..]);
                sort_appended(&mut ranges[..], len_to, idx_to, idx_from, key);
            }
            debug_assert!(ranges.windows(2).all(|w| w[0].range.from < w[1].range.from));
        }

        if self.annotations_enabled {
            trace!("merging: merged = {:?}", self.bundles[to].ranges);
            let mut last_range = None;
            for i in 0..self.bundles[to].ranges.len() {
                let entry = self.bundles[to].ranges[i];
                if last_range.is_some() {
                    debug_assert!(last_range.unwrap() < entry.range);
                }
                last_range = Some(entry.range);

                if self.ranges[entry.index].bundle == from {
                    self.annotate(
                        entry.range.from,
                        format!(
                            " MERGE range{} v{} from bundle{} to bundle{}",
                            entry.index.index(),
                            self.ranges[entry.index].vreg.index(),
                            from.index(),
                            to.index(),
                        ),
                    );
                }

                trace!(
                    " -> merged result for bundle{}: range{}",
                    to.index(),
                    entry.index.index(),
                );
            }
        }

        if self.bundles[from].spillset != self.bundles[to].spillset {
            // Widen the range for the target spillset to include the one being merged in.
            let from_range = self.spillsets[self.bundles[from].spillset].range;
            let to_range = &mut self.ctx.spillsets[self.ctx.bundles[to].spillset].range;
            *to_range = to_range.join(from_range);
        }

        self.merge_bundle_properties(from, to);

        true
    }

    /// wasm2native patch (PATCHES.md, cspeed21): the requirement of `bundle` while
    /// bundles are merged, computed once (`None`: a conflict).
    fn merge_requirement(&mut self, bundle: LiveBundleIndex) -> Option<Requirement> {
        if let Some(r) = self.ctx.scratch_merge_reqs[bundle.index()] {
            return r;
        }
        let r = self.compute_requirement(bundle).ok();
        self.ctx.scratch_merge_reqs[bundle.index()] = Some(r);
        r
    }

    pub fn merge_vreg_bundles(&mut self) {
        // Create a bundle for every vreg, initially.
        trace!("merge_vreg_bundles: creating vreg bundles");
        for vreg in 0..self.vregs.len() {
            let vreg = VRegIndex::new(vreg);
            if self.vregs[vreg].ranges.is_empty() {
                continue;
            }

            let bundle = self.ctx.bundles.add(self.ctx.scratch_bump.clone());
            let mut range = self.vregs[vreg].ranges.first().unwrap().range;

            self.bundles[bundle].ranges = self.vregs[vreg].ranges.clone();
            trace!("vreg v{} gets bundle{}", vreg.index(), bundle.index());
            for entry in &self.ctx.bundles[bundle].ranges {
                trace!(
                    " -> with LR range{}: {:?}",
                    entry.index.index(),
                    entry.range
                );
                range = range.join(entry.range);
                self.ctx.ranges[entry.index].bundle = bundle;
            }

            let mut fixed = false;
            let mut fixed_def = false;
            let mut stack = false;
            let mut limit: Option<u8> = None;
            for entry in &self.bundles[bundle].ranges {
                for u in &self.ranges[entry.index].uses {
                    use OperandConstraint::*;
                    match u.operand.constraint() {
                        FixedReg(_) => {
                            fixed = true;
                            if u.operand.kind() == OperandKind::Def {
                                fixed_def = true;
                            }
                        }
                        Stack => stack = true,
                        Limit(current) => {
                            let current = u8::try_from(current)
                                .expect("the current limit is too large to fit in a u8");
                            match limit {
                                Some(prev) => limit = Some(prev.min(current)),
                                None => limit = Some(current),
                            }
                        }
                        Any | Reg | Reuse(_) => {
                            continue;
                        }
                    }
                    if fixed && stack && fixed_def {
                        break;
                    }
                }
            }
            if fixed {
                self.bundles[bundle].set_cached_fixed();
            }
            if fixed_def {
                self.bundles[bundle].set_cached_fixed_def();
            }
            if stack {
                self.bundles[bundle].set_cached_stack();
            }
            self.bundles[bundle].limit = limit;

            // Create a spillslot for this bundle.
            let reg = self.vreg(vreg);
            let ssidx = self.spillsets.push(SpillSet {
                slot: SpillSlotIndex::invalid(),
                required: false,
                class: reg.class(),
                hint: PReg::invalid(),
                spill_bundle: LiveBundleIndex::invalid(),
                splits: 0,
                range,
            });
            self.bundles[bundle].spillset = ssidx;
        }

        // wasm2native patch (PATCHES.md, cspeed21): no bundle's requirement known yet.
        self.ctx.scratch_merge_reqs.clear();
        self.ctx
            .scratch_merge_reqs
            .resize(self.ctx.bundles.len(), None);

        for inst in 0..self.func.num_insts() {
            let inst = Inst::new(inst);

            // Attempt to merge Reuse-constraint operand outputs with the
            // corresponding inputs.
            for op in self.func.inst_operands(inst) {
                if let OperandConstraint::Reuse(reuse_idx) = op.constraint() {
                    let src_vreg = op.vreg();
                    let dst_vreg = self.func.inst_operands(inst)[reuse_idx].vreg();

                    trace!(
                        "trying to merge reused-input def: src {} to dst {}",
                        src_vreg,
                        dst_vreg
                    );
                    let src_bundle = self.ranges[self.vregs[src_vreg].ranges[0].index].bundle;
                    debug_assert!(src_bundle.is_valid());
                    let dest_bundle = self.ranges[self.vregs[dst_vreg].ranges[0].index].bundle;
                    debug_assert!(dest_bundle.is_valid());
                    self.merge_bundles(/* from */ dest_bundle, /* to */ src_bundle);
                }
            }
        }

        // Attempt to merge blockparams with their inputs.
        for i in 0..self.blockparam_outs.len() {
            let BlockparamOut {
                from_vreg, to_vreg, ..
            } = self.blockparam_outs[i];
            trace!(
                "trying to merge blockparam v{} with input v{}",
                to_vreg.index(),
                from_vreg.index()
            );
            let to_bundle = self.ranges[self.vregs[to_vreg].ranges[0].index].bundle;
            debug_assert!(to_bundle.is_valid());
            let from_bundle = self.ranges[self.vregs[from_vreg].ranges[0].index].bundle;
            debug_assert!(from_bundle.is_valid());
            trace!(
                " -> from bundle{} to bundle{}",
                from_bundle.index(),
                to_bundle.index()
            );
            self.merge_bundles(from_bundle, to_bundle);
        }

        trace!("done merging bundles");
    }

    pub fn compute_bundle_prio(&self, bundle: LiveBundleIndex) -> u32 {
        // The priority is simply the total "length" -- the number of
        // instructions covered by all LiveRanges.
        let mut total = 0;
        for entry in &self.bundles[bundle].ranges {
            total += entry.range.len() as u32;
        }
        trace!(" -> prio {total}");
        total
    }

    pub fn compute_bundle_limit(&self, bundle: LiveBundleIndex) -> Option<u8> {
        let mut limit: Option<u8> = None;
        for entry in &self.bundles[bundle].ranges {
            for u in &self.ranges[entry.index].uses {
                use OperandConstraint::*;
                match u.operand.constraint() {
                    Limit(current) => {
                        let current = u8::try_from(current)
                            .expect("the current limit is too large to fit in a u8");
                        match limit {
                            Some(prev) => limit = Some(prev.min(current)),
                            None => limit = Some(current),
                        }
                    }
                    FixedReg(_) | Stack => {
                        break;
                    }
                    Any | Reg | Reuse(_) => {
                        continue;
                    }
                }
            }
        }
        limit
    }

    pub fn queue_bundles(&mut self) {
        for bundle in 0..self.bundles.len() {
            trace!("enqueueing bundle{}", bundle);
            let bundle = LiveBundleIndex::new(bundle);
            if self.bundles[bundle].ranges.is_empty() {
                trace!(" -> no ranges; skipping");
                continue;
            }
            self.recompute_bundle_properties(bundle);
            let prio = self.bundles[bundle].prio as usize;
            self.allocation_queue.insert(bundle, prio, PReg::invalid());
        }
        self.output.stats.merged_bundle_count = self.allocation_queue.heap.len();
    }
}

/// wasm2native patch (PATCHES.md, cspeed21): sorts `list`, which is a sorted list `to`
/// of `len_to` entries followed by a sorted list `from`, where a merge-like scan of the
/// two from their starts ended at `to[idx_to]` and `from[idx_from]` with one of them
/// exhausted (`idx_from == from.len()` or `idx_to == len_to`), and keys are distinct.
/// Only the part where the two lists interleave is sorted; the rest is moved as a block.
/// The two lists play symmetric parts (either may come first).
fn sort_appended<T, K: Ord>(
    list: &mut [T],
    len_to: usize,
    idx_to: usize,
    idx_from: usize,
    key: impl FnMut(&T) -> K,
) {
    let len_from = list.len() - len_to;
    if idx_from == len_from {
        // All of `from` lies before `to[idx_to..]`: move it there, then sort what is
        // before it (`to[..idx_to]` and `from`).
        list[idx_to..].rotate_right(len_from);
        list[..idx_to + len_from].sort_unstable_by_key(key);
    } else {
        // `to` ran out: all of it lies before `from[idx_from..]`.
        debug_assert_eq!(idx_to, len_to);
        list[..len_to + idx_from].sort_unstable_by_key(key);
    }
}

#[cfg(test)]
mod tests {
    use super::sort_appended;
    use alloc::vec::Vec;

    /// `sort_appended` against a sort of the whole list, for random sorted lists of
    /// distinct keys and the indices where the merge scan of `merge_bundles` stops.
    #[test]
    fn sort_appended_sorts_like_a_full_sort() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut rand = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..2000 {
            // Distinct keys, split at random between `to` and `from`.
            let n = 1 + rand(40) as usize;
            let mut keys: Vec<u32> = (0..n as u32 * 3).filter(|_| rand(3) == 0).collect();
            if keys.len() < 2 {
                continue;
            }
            // Scramble which list each key goes to, keeping each list sorted.
            let (mut to, mut from) = (Vec::new(), Vec::new());
            let bias = rand(4);
            for &k in &keys {
                if rand(4) <= bias {
                    to.push(k);
                } else {
                    from.push(k);
                }
            }
            if to.is_empty() || from.is_empty() {
                continue;
            }
            // The scan of `merge_bundles`: advance the list whose head comes first
            // until one runs out.
            let (mut i_to, mut i_from) = (0, 0);
            while i_to < to.len() && i_from < from.len() {
                if from[i_from] > to[i_to] {
                    i_to += 1;
                } else {
                    i_from += 1;
                }
            }
            let len_to = to.len();
            let mut list = to.clone();
            list.extend_from_slice(&from);
            sort_appended(&mut list, len_to, i_to, i_from, |&k| k);
            keys.sort_unstable();
            assert_eq!(list, keys, "to {to:?} from {from:?}");
            // The other way round (`from`'s storage kept, `to` appended to it).
            let mut list = from.clone();
            list.extend_from_slice(&to);
            sort_appended(&mut list, from.len(), i_from, i_to, |&k| k);
            assert_eq!(list, keys, "from {from:?} to {to:?}");
        }
    }
}
