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
    BlockparamOut, CodeRange, Env, LiveBundleIndex, LiveRangeList, LiveRangeListEntry, SpillSet,
    SpillSlotIndex, VRegIndex,
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
        //
        // Check for overlap in LiveRanges.
        //
        // wasm2native patch (PATCHES.md, twentieth): the scan is `overlap_scan`, which
        // reads a list in descending order (`merge_rev`) from its end.
        let rev_from = self.bundles[from].merge_rev;
        let rev_to = self.bundles[to].merge_rev;
        let (len_from, len_to) = (
            self.bundles[from].ranges.len(),
            self.bundles[to].ranges.len(),
        );
        let (idx_from, idx_to) = {
            let rf = &self.bundles[from].ranges[..];
            let rt = &self.bundles[to].ranges[..];
            let ff = self.bundles[from].cached_fixed_def();
            let tf = self.bundles[to].cached_fixed_def();
            let scanned = match (rev_from, rev_to) {
                (false, false) => overlap_scan::<false, false>(rf, rt, ff, tf),
                (true, false) => overlap_scan::<true, false>(rf, rt, ff, tf),
                (false, true) => overlap_scan::<false, true>(rf, rt, ff, tf),
                (true, true) => overlap_scan::<true, true>(rf, rt, ff, tf),
            };
            match scanned {
                Some(idx) => idx,
                None => return false,
            }
        };

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
            // wasm2native patch (PATCHES.md, twentieth): `relabel`.
            self.relabel(from, to, &list);
            for entry in &list {
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
            // wasm2native patch (PATCHES.md, twentieth): the list keeps its order and
            // its count of moved entries.
            self.ctx.bundles[to].merge_moved = self.ctx.bundles[from].merge_moved;
            if rev_from {
                self.ctx.bundles[from].merge_rev = false;
                self.ctx.bundles[to].merge_rev = true;
                self.ctx.scratch_merge_rev.push(to);
            }
            self.merge_bundle_properties(from, to);
            return true;
        }

        trace!(
            "merging: ranges_from = {:?} ranges_to = {:?}",
            self.bundles[from].ranges,
            self.bundles[to].ranges
        );

        // wasm2native patch (PATCHES.md, twentieth): a bundle that keeps taking ranges
        // before most of its list (a block parameter's bundle absorbing the values
        // passed to it one at a time, each earlier in the code than the last: at
        // 16,000 nested blocks, `Vec::insert` at the front of a list of thousands)
        // has its list reversed for the rest of the phase, once the entries moved to
        // make room exceed `REV_MOVES_PER_ENTRY` times its length; from then on
        // `merge_reversed` replaces only the part where the two lists interleave
        // (within the 200 steps of the scan), at the end of the storage.
        let mut reversed = rev_from || rev_to;
        if !reversed {
            // The list whose tail stays in place, which upstream moves (`Vec::insert`,
            // or `rotate_right` in `sort_appended`) by this many entries. The count
            // goes with the lists: the merged list's is the sum of both.
            let (keeper, moved) = if idx_from == len_from {
                (to, len_to - idx_to)
            } else {
                (from, len_from - idx_from)
            };
            let mut count = self.ctx.bundles[from]
                .merge_moved
                .saturating_add(self.ctx.bundles[to].merge_moved);
            if moved > REV_MIN_MOVE {
                count = count.saturating_add(moved as u32);
            }
            self.ctx.bundles[to].merge_moved = count;
            let len_keeper = self.ctx.bundles[keeper].ranges.len();
            if moved > REV_MIN_MOVE && count as usize > REV_MOVES_PER_ENTRY * len_keeper {
                let bundle = &mut self.ctx.bundles[keeper];
                bundle.ranges.reverse();
                bundle.merge_rev = true;
                // (`from`'s flag goes to `to` in `merge_reversed`, which lists `to`.)
                if keeper == to {
                    self.ctx.scratch_merge_rev.push(to);
                }
                reversed = true;
            }
        }

        if reversed {
            self.merge_reversed(from, to, idx_from, idx_to);
        } else {
            let empty_vec = LiveRangeList::new_in(self.ctx.bump());
            let mut from_list = core::mem::replace(&mut self.bundles[from].ranges, empty_vec);
            // wasm2native patch (PATCHES.md, twentieth): `relabel`.
            self.relabel(from, to, &from_list);

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
                let key =
                    |entry: &crate::ion::data_structures::LiveRangeListEntry| entry.range.from;
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
        }

        if self.annotations_enabled && !self.bundles[to].merge_rev {
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

    /// wasm2native patch (PATCHES.md, twentieth): merges the (non-overlapping) range
    /// lists of `from` and `to` into `to`, where at least one is in descending order
    /// (`merge_rev`) or `to` has just been reversed, and the result is in descending
    /// order. `idx_from` and `idx_to` are where `overlap_scan` stopped, one list
    /// exhausted: the merged list is the sorted union of the two heads scanned
    /// (`from[..idx_from]`, `to[..idx_to]`, in ascending order) followed by the rest
    /// of the other list, which is kept in place: only its head, at the end of its
    /// storage, is replaced. Ranges do not overlap, so their starts are distinct and
    /// the list (once restored) is the one a sort of both lists gives.
    fn merge_reversed(
        &mut self,
        from: LiveBundleIndex,
        to: LiveBundleIndex,
        idx_from: usize,
        idx_to: usize,
    ) {
        let rev_from = self.ctx.bundles[from].merge_rev;
        let rev_to = self.ctx.bundles[to].merge_rev;
        let len_from = self.ctx.bundles[from].ranges.len();
        let len_to = self.ctx.bundles[to].ranges.len();
        debug_assert!(idx_from == len_from || idx_to == len_to);
        // `x`: the list whose rest follows the merged head; `y`: the other,
        // exhausted by the scan (so at most 200 entries).
        let x_is_to = if idx_to < len_to {
            true
        } else if idx_from < len_from {
            false
        } else {
            len_to >= len_from
        };
        let empty = LiveRangeList::new_in(self.ctx.bump());
        let from_list = core::mem::replace(&mut self.ctx.bundles[from].ranges, empty);
        self.relabel(from, to, &from_list);
        let empty = LiveRangeList::new_in(self.ctx.bump());
        let to_list = core::mem::replace(&mut self.ctx.bundles[to].ranges, empty);
        let (mut x, x_rev, i_x, y, y_rev) = if x_is_to {
            (to_list, rev_to, idx_to, from_list, rev_from)
        } else {
            (from_list, rev_from, idx_from, to_list, rev_to)
        };
        if !x_rev {
            x.reverse();
        }
        // `x`'s head, its physical tail, in descending order.
        let mut head = core::mem::take(&mut self.ctx.scratch_merge_head);
        head.clear();
        head.extend_from_slice(&x[x.len() - i_x..]);
        x.truncate(x.len() - i_x);
        // Merge it with `y`, both read in descending order, onto `x`'s end.
        let ny = y.len();
        let y_at = |j: usize| if y_rev { y[j] } else { y[ny - 1 - j] };
        let (mut ia, mut iy) = (0, 0);
        while ia < head.len() && iy < ny {
            let (a, b) = (head[ia], y_at(iy));
            if a.range.from > b.range.from {
                x.push(a);
                ia += 1;
            } else {
                x.push(b);
                iy += 1;
            }
        }
        x.extend_from_slice(&head[ia..]);
        while iy < ny {
            x.push(y_at(iy));
            iy += 1;
        }
        self.ctx.scratch_merge_head = head;
        debug_assert_eq!(x.len(), len_from + len_to);
        debug_assert!(x.windows(2).all(|w| w[0].range.from > w[1].range.from));
        trace!("merging (descending): merged = {:?}", x);
        self.ctx.bundles[to].ranges = x;
        self.ctx.bundles[from].merge_rev = false;
        if !rev_to {
            self.ctx.bundles[to].merge_rev = true;
            self.ctx.scratch_merge_rev.push(to);
        }
    }

    /// wasm2native patch (PATCHES.md, twentieth): `from`'s ranges (`list`) go to `to`:
    /// each range's `bundle` field is set to `to`, except for a list of more than
    /// `RELABEL_MAX` ranges, which is left as it is: `from` forwards to `to`
    /// (`merge_forward`, followed by `merge_bundle_of`) and `to` is relabelled when the
    /// phase ends (a value carried along thousands of blocks otherwise moves its
    /// whole bundle, relabelling it, at each merge: quadratic).
    #[inline(always)]
    fn relabel(&mut self, from: LiveBundleIndex, to: LiveBundleIndex, list: &LiveRangeList) {
        if list.len() > RELABEL_MAX {
            self.ctx.bundles[from].merge_forward = to;
            if !self.ctx.bundles[to].merge_stale {
                self.ctx.bundles[to].merge_stale = true;
                self.ctx.scratch_merge_stale.push(to);
            }
        } else {
            for entry in list {
                self.ctx.ranges[entry.index].bundle = to;
            }
        }
    }

    /// wasm2native patch (PATCHES.md, twentieth): the bundle of a vreg while bundles are
    /// merged: its first range's `bundle` (`first`), followed along `merge_forward` (and the
    /// path shortened).
    #[inline(always)]
    fn merge_bundle_of(&mut self, first: LiveBundleIndex) -> LiveBundleIndex {
        if !self.ctx.bundles[first].merge_forward.is_valid() {
            return first;
        }
        let mut root = first;
        while self.ctx.bundles[root].merge_forward.is_valid() {
            root = self.ctx.bundles[root].merge_forward;
        }
        let mut b = first;
        while b != root {
            let next = self.ctx.bundles[b].merge_forward;
            self.ctx.bundles[b].merge_forward = root;
            b = next;
        }
        root
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
                    // wasm2native patch (PATCHES.md, twentieth): `merge_bundle_of`.
                    let first = self.ranges[self.vregs[src_vreg].ranges[0].index].bundle;
                    let src_bundle = self.merge_bundle_of(first);
                    debug_assert!(src_bundle.is_valid());
                    let first = self.ranges[self.vregs[dst_vreg].ranges[0].index].bundle;
                    let dest_bundle = self.merge_bundle_of(first);
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
            // wasm2native patch (PATCHES.md, twentieth): `merge_bundle_of`.
            let first = self.ranges[self.vregs[to_vreg].ranges[0].index].bundle;
            let to_bundle = self.merge_bundle_of(first);
            debug_assert!(to_bundle.is_valid());
            let first = self.ranges[self.vregs[from_vreg].ranges[0].index].bundle;
            let from_bundle = self.merge_bundle_of(first);
            debug_assert!(from_bundle.is_valid());
            trace!(
                " -> from bundle{} to bundle{}",
                from_bundle.index(),
                to_bundle.index()
            );
            self.merge_bundles(from_bundle, to_bundle);
        }

        // wasm2native patch (PATCHES.md, twentieth): every list in ascending order again.
        for i in 0..self.ctx.scratch_merge_rev.len() {
            let bundle = &mut self.ctx.bundles[self.ctx.scratch_merge_rev[i]];
            if bundle.merge_rev {
                bundle.ranges.reverse();
                bundle.merge_rev = false;
            }
        }
        self.ctx.scratch_merge_rev.clear();
        // wasm2native patch (PATCHES.md, twentieth): every range names its bundle again.
        for i in 0..self.ctx.scratch_merge_stale.len() {
            let b = self.ctx.scratch_merge_stale[i];
            if self.ctx.bundles[b].merge_stale && !self.ctx.bundles[b].merge_forward.is_valid() {
                for entry in &self.ctx.bundles[b].ranges {
                    self.ctx.ranges[entry.index].bundle = b;
                }
            }
            self.ctx.bundles[b].merge_stale = false;
        }
        self.ctx.scratch_merge_stale.clear();

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

/// wasm2native patch (PATCHES.md, twentieth): a merged list of more than this many
/// ranges is not relabelled at once (`relabel`).
const RELABEL_MAX: usize = 64;
/// wasm2native patch (PATCHES.md, twentieth): a single insertion that moves at most
/// this many entries is not counted towards reversing the list.
const REV_MIN_MOVE: usize = 32;
/// wasm2native patch (PATCHES.md, twentieth): a list is reversed once the entries
/// moved to insert into it exceed this many times its length.
const REV_MOVES_PER_ENTRY: usize = 4;

/// wasm2native patch (PATCHES.md, twentieth): the overlap scan of `merge_bundles` over
/// two range lists, each in ascending order or (`RF`, `RT`) descending; returns where
/// it stopped (one list exhausted), or `None` at an overlap or after 200 steps.
/// A bundle with a fixed-reg def (`from_fixed_def`, `to_fixed_def`) has the start of
/// each range rounded down to its instruction's start (see `merge_bundles`).
#[inline(always)]
fn overlap_scan<const RF: bool, const RT: bool>(
    ranges_from: &[LiveRangeListEntry],
    ranges_to: &[LiveRangeListEntry],
    from_fixed_def: bool,
    to_fixed_def: bool,
) -> Option<(usize, usize)> {
    let (len_from, len_to) = (ranges_from.len(), ranges_to.len());
    let at_from = |i: usize| {
        if RF {
            ranges_from[len_from - 1 - i].range
        } else {
            ranges_from[i].range
        }
    };
    let at_to = |i: usize| {
        if RT {
            ranges_to[len_to - 1 - i].range
        } else {
            ranges_to[i].range
        }
    };
    let adjust_range_start = |fixed_def: bool, range: CodeRange| {
        if fixed_def {
            ProgPoint::before(range.from.inst())
        } else {
            range.from
        }
    };
    let mut idx_from = 0;
    let mut idx_to = 0;
    let mut range_count = 0;
    while idx_from < len_from && idx_to < len_to {
        range_count += 1;
        if range_count > 200 {
            trace!(
                "reached merge complexity (range_count = {}); exiting",
                range_count
            );
            // Limit merge complexity.
            return None;
        }

        let (rf, rt) = (at_from(idx_from), at_to(idx_to));
        if adjust_range_start(from_fixed_def, rf) >= rt.to {
            idx_to += 1;
        } else if adjust_range_start(to_fixed_def, rt) >= rf.to {
            idx_from += 1;
        } else {
            // Overlap -- cannot merge.
            trace!(" -> overlap between {:?} and {:?}, exiting", rf, rt);
            return None;
        }
    }
    Some((idx_from, idx_to))
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
    use super::{overlap_scan, sort_appended};
    use crate::ion::data_structures::{CodeRange, LiveRangeIndex, LiveRangeListEntry};
    use crate::ProgPoint;
    use alloc::vec::Vec;

    /// wasm2native patch (twentieth): `overlap_scan` gives the same answer whichever
    /// order (ascending or, reversed, descending) each list is stored in, on random
    /// lists of ranges that may overlap, with and without fixed-def rounding.
    #[test]
    fn overlap_scan_reads_either_order_alike() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut rand = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let list = |rand: &mut dyn FnMut(u64) -> u64| {
            let mut v = Vec::new();
            let mut at = rand(6) as usize;
            for i in 0..1 + rand(12) as usize {
                let from = ProgPoint::from_index(at as u32);
                let len = 1 + rand(6) as usize;
                let to = ProgPoint::from_index((at + len) as u32);
                v.push(LiveRangeListEntry {
                    range: CodeRange { from, to },
                    index: LiveRangeIndex::new(i),
                });
                at += len + rand(8) as usize;
            }
            v
        };
        let (mut met, mut merged) = (0, 0);
        for _ in 0..3000 {
            let (a, b) = (list(&mut rand), list(&mut rand));
            let (ra, rb): (Vec<_>, Vec<_>) = (
                a.iter().rev().cloned().collect(),
                b.iter().rev().cloned().collect(),
            );
            for (fa, fb) in [(false, false), (true, false), (false, true), (true, true)] {
                let want = overlap_scan::<false, false>(&a, &b, fa, fb);
                assert_eq!(overlap_scan::<true, false>(&ra, &b, fa, fb), want);
                assert_eq!(overlap_scan::<false, true>(&a, &rb, fa, fb), want);
                assert_eq!(overlap_scan::<true, true>(&ra, &rb, fa, fb), want);
                met += 1;
                merged += want.is_some() as usize;
            }
        }
        // Both outcomes are exercised.
        assert!(
            merged > met / 100 && merged < met - met / 20,
            "{} of {}",
            merged,
            met
        );
    }

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
