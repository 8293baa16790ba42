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

//! Data structures for backtracking allocator.

use super::liveranges::SpillWeight;
use crate::cfg::{CFGInfo, CFGInfoCtx};
use crate::index::ContainerComparator;
use crate::indexset::IndexSet;
use crate::Vec2;
use crate::{
    define_index, Allocation, Block, Bump, Edit, Function, FxHashMap, FxHashSet, MachineEnv,
    Operand, Output, PReg, ProgPoint, RegClass, VReg,
};
use alloc::collections::BTreeMap;
use alloc::collections::VecDeque;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt::Debug;
use core::ops::{Deref, DerefMut};
use smallvec::SmallVec;

/// A range from `from` (inclusive) to `to` (exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeRange {
    pub from: ProgPoint,
    pub to: ProgPoint,
}

impl CodeRange {
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.from >= self.to
    }
    #[inline(always)]
    pub fn contains(&self, other: &Self) -> bool {
        other.from >= self.from && other.to <= self.to
    }
    #[inline(always)]
    pub fn contains_point(&self, other: ProgPoint) -> bool {
        other >= self.from && other < self.to
    }
    #[inline(always)]
    pub fn overlaps(&self, other: &Self) -> bool {
        other.to > self.from && other.from < self.to
    }
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.to.inst().index() - self.from.inst().index()
    }
    /// Returns the range covering just one program point.
    #[inline(always)]
    pub fn singleton(pos: ProgPoint) -> CodeRange {
        CodeRange {
            from: pos,
            to: pos.next(),
        }
    }

    /// Join two [CodeRange] values together, producing a [CodeRange] that includes both.
    #[inline(always)]
    pub fn join(&self, other: CodeRange) -> Self {
        CodeRange {
            from: self.from.min(other.from),
            to: self.to.max(other.to),
        }
    }
}

impl core::cmp::PartialOrd for CodeRange {
    #[inline(always)]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl core::cmp::Ord for CodeRange {
    #[inline(always)]
    fn cmp(&self, other: &Self) -> Ordering {
        if self.to <= other.from {
            Ordering::Less
        } else if self.from >= other.to {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    }
}

define_index!(LiveBundleIndex, LiveBundles, LiveBundle);
define_index!(LiveRangeIndex, LiveRanges, LiveRange);
define_index!(SpillSetIndex, SpillSets, SpillSet);
define_index!(UseIndex);
define_index!(VRegIndex, VRegs, VRegData);
define_index!(PRegIndex);
define_index!(SpillSlotIndex);

/// Used to carry small sets of bundles, e.g. for conflict sets.
pub type LiveBundleVec = Vec<LiveBundleIndex>;

#[derive(Clone, Copy, Debug)]
pub struct LiveRangeListEntry {
    pub range: CodeRange,
    pub index: LiveRangeIndex,
}

pub type LiveRangeList = Vec2<LiveRangeListEntry, Bump>;
pub type UseList = Vec2<Use, Bump>;

#[derive(Clone, Debug)]
pub struct LiveRange {
    pub range: CodeRange,

    pub vreg: VRegIndex,
    pub bundle: LiveBundleIndex,
    pub uses_spill_weight_and_flags: u32,
    pub(crate) uses: UseList,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum LiveRangeFlag {
    StartsAtDef = 1,
}

impl LiveRange {
    #[inline(always)]
    pub fn set_flag(&mut self, flag: LiveRangeFlag) {
        self.uses_spill_weight_and_flags |= (flag as u32) << 29;
    }
    #[inline(always)]
    pub fn clear_flag(&mut self, flag: LiveRangeFlag) {
        self.uses_spill_weight_and_flags &= !((flag as u32) << 29);
    }
    #[inline(always)]
    pub fn assign_flag(&mut self, flag: LiveRangeFlag, val: bool) {
        let bit = if val { (flag as u32) << 29 } else { 0 };
        self.uses_spill_weight_and_flags &= 0xe000_0000;
        self.uses_spill_weight_and_flags |= bit;
    }
    #[inline(always)]
    pub fn has_flag(&self, flag: LiveRangeFlag) -> bool {
        self.uses_spill_weight_and_flags & ((flag as u32) << 29) != 0
    }
    #[inline(always)]
    pub fn flag_word(&self) -> u32 {
        self.uses_spill_weight_and_flags & 0xe000_0000
    }
    #[inline(always)]
    pub fn merge_flags(&mut self, flag_word: u32) {
        self.uses_spill_weight_and_flags |= flag_word;
    }
    #[inline(always)]
    pub fn uses_spill_weight(&self) -> SpillWeight {
        // NOTE: the spill weight is technically stored in 29 bits, but we ignore the sign bit as
        // we will always be dealing with positive values. Thus we mask out the top 3 bits to
        // ensure that the sign bit is clear, then shift left by only two.
        let bits = (self.uses_spill_weight_and_flags & 0x1fff_ffff) << 2;
        SpillWeight::from_f32(f32::from_bits(bits))
    }
    #[inline(always)]
    pub fn set_uses_spill_weight(&mut self, weight: SpillWeight) {
        let weight_bits = (weight.to_f32().to_bits() >> 2) & 0x1fff_ffff;
        self.uses_spill_weight_and_flags =
            (self.uses_spill_weight_and_flags & 0xe000_0000) | weight_bits;
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Use {
    pub operand: Operand,
    pub pos: ProgPoint,
    pub slot: u16,
    pub weight: u16,
}

impl Use {
    #[inline(always)]
    pub fn new(operand: Operand, pos: ProgPoint, slot: u16) -> Self {
        Self {
            operand,
            pos,
            slot,
            // Weight is updated on insertion into LR.
            weight: 0,
        }
    }
}

#[derive(Clone, Debug)]
pub struct LiveBundle {
    pub(crate) ranges: LiveRangeList,
    pub spillset: SpillSetIndex,
    pub allocation: Allocation,
    pub prio: u32, // recomputed after every bulk update
    pub spill_weight_and_props: u32,
    pub limit: Option<u8>,
    /// wasm2native patch (twelfth, PATCHES.md): a loop region's bundle over a loop
    /// with a call (`split_into_minimal_bundles`): it never evicts and is not split.
    pub call_region: bool,
    /// wasm2native patch (twentieth, PATCHES.md): while bundles are merged
    /// (`merge_vreg_bundles`), `ranges` is in descending order (`merge_bundles`
    /// inserts near the front of a long list at the end of the storage instead);
    /// restored to ascending order before the phase ends.
    pub merge_rev: bool,
    /// wasm2native patch (twentieth, PATCHES.md): entries `merge_bundles` moved to
    /// insert into this bundle's list (counted only for moves of more than
    /// `REV_MIN_MOVE` entries), which decides when the list is reversed.
    pub merge_moved: u32,
    /// wasm2native patch (twentieth, PATCHES.md): while bundles are merged, the
    /// bundle this one's ranges went to when they were too many to relabel
    /// (`merge_bundles`); their `bundle` fields still name this one.
    pub merge_forward: LiveBundleIndex,
    /// wasm2native patch (twentieth, PATCHES.md): while bundles are merged, whether
    /// this bundle's list may hold ranges whose `bundle` field names another bundle
    /// (one forwarded here), relabelled when the phase ends.
    pub merge_stale: bool,
}

pub const BUNDLE_MAX_SPILL_WEIGHT: u32 = (1 << 28) - 1;
pub const MINIMAL_FIXED_BUNDLE_SPILL_WEIGHT: u32 = BUNDLE_MAX_SPILL_WEIGHT;
pub const MINIMAL_LIMITED_BUNDLE_SPILL_WEIGHT: u32 = BUNDLE_MAX_SPILL_WEIGHT - 1;
pub const MINIMAL_BUNDLE_SPILL_WEIGHT: u32 = MINIMAL_LIMITED_BUNDLE_SPILL_WEIGHT - 256;
pub const BUNDLE_MAX_NORMAL_SPILL_WEIGHT: u32 = MINIMAL_BUNDLE_SPILL_WEIGHT - 1;

impl LiveBundle {
    #[inline(always)]
    pub fn set_cached_spill_weight_and_props(
        &mut self,
        spill_weight: u32,
        minimal: bool,
        fixed: bool,
        fixed_def: bool,
        stack: bool,
    ) {
        debug_assert!(spill_weight <= BUNDLE_MAX_SPILL_WEIGHT);
        self.spill_weight_and_props = spill_weight
            | (if minimal { 1 << 31 } else { 0 })
            | (if fixed { 1 << 30 } else { 0 })
            | (if fixed_def { 1 << 29 } else { 0 })
            | (if stack { 1 << 28 } else { 0 });
    }

    #[inline(always)]
    pub fn cached_minimal(&self) -> bool {
        self.spill_weight_and_props & (1 << 31) != 0
    }

    #[inline(always)]
    pub fn cached_fixed(&self) -> bool {
        self.spill_weight_and_props & (1 << 30) != 0
    }

    #[inline(always)]
    pub fn cached_fixed_def(&self) -> bool {
        self.spill_weight_and_props & (1 << 29) != 0
    }

    #[inline(always)]
    pub fn cached_stack(&self) -> bool {
        self.spill_weight_and_props & (1 << 28) != 0
    }

    #[inline(always)]
    pub fn set_cached_fixed(&mut self) {
        self.spill_weight_and_props |= 1 << 30;
    }

    #[inline(always)]
    pub fn set_cached_fixed_def(&mut self) {
        self.spill_weight_and_props |= 1 << 29;
    }

    #[inline(always)]
    pub fn set_cached_stack(&mut self) {
        self.spill_weight_and_props |= 1 << 28;
    }

    #[inline(always)]
    pub fn cached_spill_weight(&self) -> u32 {
        self.spill_weight_and_props & BUNDLE_MAX_SPILL_WEIGHT
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BundleProperties {
    pub minimal: bool,
    pub fixed: bool,
}

/// Calculate the maximum `N` inline capacity for a `SmallVec<[T; N]>` we can
/// have without bloating its size to be larger than a `Vec<T>`.
const fn no_bloat_capacity<T>() -> usize {
    // `Vec<T>` is three words: `(pointer, capacity, length)`.
    //
    // A `SmallVec<[T; N]>` replaces the first two members with the following:
    //
    //     union {
    //         Inline([T; N]),
    //         Heap(pointer, capacity),
    //     }
    //
    // So if `size_of([T; N]) == size_of(pointer) + size_of(capacity)` then we
    // get the maximum inline capacity without bloat.
    core::mem::size_of::<usize>() * 2 / core::mem::size_of::<T>()
}

#[derive(Clone, Debug)]
pub struct SpillSet {
    pub slot: SpillSlotIndex,
    pub hint: PReg,
    pub class: RegClass,
    pub spill_bundle: LiveBundleIndex,
    pub required: bool,
    pub splits: u8,

    /// The aggregate [`CodeRange`] of all involved [`LiveRange`]s. The effect of this abstraction
    /// is that we attempt to allocate one spill slot for the extent of a bundle. For fragmented
    /// bundles with lots of open space this abstraction is pessimistic, but when bundles are small
    /// or dense this yields similar results to tracking individual live ranges.
    pub range: CodeRange,
}

pub(crate) const MAX_SPLITS_PER_SPILLSET: u8 = 2;

#[derive(Clone, Debug)]
pub struct VRegData {
    pub(crate) ranges: LiveRangeList,
    pub blockparam: Block,
    // We don't initially know the RegClass until we observe a use of the VReg.
    pub class: Option<RegClass>,
}

#[derive(Clone, Debug)]
pub struct PRegData {
    pub allocations: LiveRangeSet,
    pub is_stack: bool,
}

#[derive(Clone, Debug)]
pub struct MultiFixedRegFixup {
    pub pos: ProgPoint,
    pub from_slot: u16,
    pub to_slot: u16,
    pub level: FixedRegFixupLevel,
    pub to_preg: PRegIndex,
    pub vreg: VRegIndex,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixedRegFixupLevel {
    /// A fixup copy for the initial fixed reg; must come first.
    Initial,
    /// A fixup copy from the first fixed reg to other fixed regs for
    /// the same vreg; must come second.
    Secondary,
}

/// The field order is significant: these are sorted so that a
/// scan over vregs, then blocks in each range, can scan in
/// order through this (sorted) list and add allocs to the
/// half-move list.
///
/// The fields in this struct are reversed in sort order so that the entire
/// struct can be treated as a u128 for sorting purposes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct BlockparamOut {
    pub to_vreg: VRegIndex,
    pub to_block: Block,
    pub from_block: Block,
    pub from_vreg: VRegIndex,
}
impl BlockparamOut {
    #[inline(always)]
    pub fn key(&self) -> u128 {
        u128_key(
            self.from_vreg.raw_u32(),
            self.from_block.raw_u32(),
            self.to_block.raw_u32(),
            self.to_vreg.raw_u32(),
        )
    }
}

/// As above for `BlockparamIn`, field order is significant.
///
/// The fields in this struct are reversed in sort order so that the entire
/// struct can be treated as a u128 for sorting purposes.
#[derive(Clone, Debug)]
#[repr(C)]
pub struct BlockparamIn {
    pub from_block: Block,
    pub to_block: Block,
    pub to_vreg: VRegIndex,
}
impl BlockparamIn {
    #[inline(always)]
    pub fn key(&self) -> u128 {
        u128_key(
            self.to_vreg.raw_u32(),
            self.to_block.raw_u32(),
            self.from_block.raw_u32(),
            0,
        )
    }
}

impl LiveRanges {
    pub(crate) fn add(&mut self, range: CodeRange, bump: Bump) -> LiveRangeIndex {
        self.push(LiveRange {
            range,
            vreg: VRegIndex::invalid(),
            bundle: LiveBundleIndex::invalid(),
            uses_spill_weight_and_flags: 0,
            uses: UseList::new_in(bump),
        })
    }
}

impl LiveBundles {
    pub(crate) fn add(&mut self, bump: Bump) -> LiveBundleIndex {
        self.push(LiveBundle {
            allocation: Allocation::none(),
            ranges: LiveRangeList::new_in(bump),
            spillset: SpillSetIndex::invalid(),
            prio: 0,
            spill_weight_and_props: 0,
            limit: None,
            call_region: false,
            merge_rev: false,
            merge_moved: 0,
            merge_forward: LiveBundleIndex::invalid(),
            merge_stale: false,
        })
    }
}

impl VRegs {
    pub fn add(&mut self, reg: VReg, data: VRegData) -> VRegIndex {
        let idx = self.push(data);
        debug_assert_eq!(reg.vreg(), idx.index());
        idx
    }
}

impl core::ops::Index<VReg> for VRegs {
    type Output = VRegData;

    #[inline(always)]
    fn index(&self, idx: VReg) -> &Self::Output {
        &self.storage[idx.vreg()]
    }
}

impl core::ops::IndexMut<VReg> for VRegs {
    #[inline(always)]
    fn index_mut(&mut self, idx: VReg) -> &mut Self::Output {
        &mut self.storage[idx.vreg()]
    }
}

/// An unsafe wrapper around a `T` that is always `Send + Sync`, regardless
/// whether `T` is or not.
#[repr(transparent)]
pub(crate) struct UnsafeSendSync<T> {
    inner: T,
}

impl<'a, T> IntoIterator for &'a UnsafeSendSync<T>
where
    &'a T: IntoIterator,
{
    type Item = <&'a T as IntoIterator>::Item;

    type IntoIter = <&'a T as IntoIterator>::IntoIter;

    fn into_iter(self) -> Self::IntoIter {
        (&self.inner).into_iter()
    }
}

impl<'a, T> IntoIterator for &'a mut UnsafeSendSync<T>
where
    &'a mut T: IntoIterator,
{
    type Item = <&'a mut T as IntoIterator>::Item;

    type IntoIter = <&'a mut T as IntoIterator>::IntoIter;

    fn into_iter(self) -> Self::IntoIter {
        (&mut self.inner).into_iter()
    }
}

// SAFETY: upheld by the invariants callers of `UnsafeSendSync::new` must uphold
// in turn.
unsafe impl<T> Send for UnsafeSendSync<T> {}
unsafe impl<T> Sync for UnsafeSendSync<T> {}

impl<T> Deref for UnsafeSendSync<T> {
    type Target = T;

    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}

impl<T> DerefMut for UnsafeSendSync<T> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.inner
    }
}

impl<T> UnsafeSendSync<T> {
    /// Create a new `UnsafeSendSync<T>`.
    ///
    /// # Safety
    ///
    /// The result is `Send` and `Sync` regardless whether `T: Send + Sync`. You
    /// must ensure that the result is only used in a manner that is compatible
    /// with whether `T` is `Send + Sync`.
    pub unsafe fn new(inner: T) -> Self {
        Self { inner }
    }
}

pub struct Ctx {
    pub(crate) cfginfo: CFGInfo,
    /// wasm2native patch (eleventh, PATCHES.md): whether a block has an instruction
    /// with clobbers (a call), for the loop regions of `split_into_minimal_bundles`.
    pub(crate) block_has_call: Vec<bool>,
    pub(crate) cfginfo_ctx: CFGInfoCtx,
    pub(crate) liveins: Vec<IndexSet>,
    pub(crate) liveouts: Vec<IndexSet>,
    pub(crate) blockparam_outs: Vec<BlockparamOut>,
    pub(crate) blockparam_ins: Vec<BlockparamIn>,

    pub(crate) ranges: UnsafeSendSync<LiveRanges>,
    pub(crate) bundles: UnsafeSendSync<LiveBundles>,
    pub(crate) spillsets: SpillSets,
    pub(crate) vregs: UnsafeSendSync<VRegs>,
    pub(crate) pregs: Vec<PRegData>,
    pub(crate) allocation_queue: PrioQueue,

    pub(crate) spilled_bundles: Vec<LiveBundleIndex>,
    pub(crate) spillslots: Vec<SpillSlotData>,
    pub(crate) slots_by_class: [SpillSlotList; 3],

    pub(crate) extra_spillslots_by_class: [SmallVec<[Allocation; 2]>; 3],
    pub(crate) preferred_victim_by_class: [PReg; 3],

    // When multiple fixed-register constraints are present on a
    // single VReg at a single program point (this can happen for,
    // e.g., call args that use the same value multiple times), we
    // remove all but one of the fixed-register constraints, make a
    // note here, and add a clobber with that PReg instead to keep
    // the register available. When we produce the final edit-list, we
    // will insert a copy from wherever the VReg's primary allocation
    // was to the appropriate PReg.
    pub(crate) multi_fixed_reg_fixups: Vec<MultiFixedRegFixup>,

    pub(crate) allocated_bundle_count: usize,

    // For debug output only: a list of textual annotations at every
    // ProgPoint to insert into the final allocated program listing.
    pub(crate) debug_annotations: FxHashMap<ProgPoint, Vec<String>>,
    pub(crate) annotations_enabled: bool,

    // Cached allocation for `try_to_allocate_bundle_to_reg` to avoid allocating
    // a new HashSet on every call.
    // wasm2native patch (see PATCHES.md, third patch): instead of an
    // `FxHashSet<LiveBundleIndex>`, a bundle is in the set when its entry equals
    // `conflict_epoch`, which each call advances (so the set empties in constant time).
    pub(crate) conflict_set: Vec<u32>,
    pub(crate) conflict_epoch: u32,

    // Output:
    pub output: Output,

    pub(crate) scratch_conflicts: LiveBundleVec,
    pub(crate) scratch_bundle: LiveBundleVec,
    pub(crate) scratch_vreg_ranges: Vec<LiveRangeIndex>,
    pub(crate) scratch_spillset_pool: Vec<SpillSetRanges>,

    pub(crate) scratch_workqueue: VecDeque<Block>,

    pub(crate) scratch_operand_rewrites: FxHashMap<usize, Operand>,
    pub(crate) scratch_removed_lrs: FxHashSet<LiveRangeIndex>,
    pub(crate) scratch_removed_lrs_vregs: FxHashSet<VRegIndex>,
    // wasm2native patch (see PATCHES.md, third patch): whether each block is in
    // `scratch_workqueue` (instead of an `FxHashSet<Block>`).
    pub(crate) scratch_workqueue_set: Vec<bool>,
    // wasm2native patch (PATCHES.md, cspeed21): each bundle's requirement while
    // bundles are merged (`None`: not computed; `Some(None)`: a conflict).
    pub(crate) scratch_merge_reqs: Vec<Option<Option<crate::ion::requirement::Requirement>>>,
    // wasm2native patch (PATCHES.md, twentieth): the bundles whose range lists were
    // reversed while bundles are merged (`LiveBundle::merge_rev`), and a buffer.
    pub(crate) scratch_merge_rev: Vec<LiveBundleIndex>,
    pub(crate) scratch_merge_head: Vec<LiveRangeListEntry>,
    // wasm2native patch (PATCHES.md, twentieth): the bundles with `merge_stale` set.
    pub(crate) scratch_merge_stale: Vec<LiveBundleIndex>,
    // wasm2native patch (PATCHES.md, sixteenth): the redundant-move tracker and its
    // saved states, kept from function to function (`resolve_inserted_moves`).
    pub(crate) redundant_moves: crate::ion::redundant_moves::RedundantMoveEliminator,
    pub(crate) redundant_carried: crate::ion::redundant_moves::Carried,

    pub(crate) scratch_bump: UnsafeSendSync<Bump>,
}

const _ASSERT_SEND_SYNC: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Ctx>();
};

impl Default for Ctx {
    fn default() -> Self {
        Self {
            // SAFETY: These collections use a `Bump` allocator. `Bump` is not
            // `Send + Sync` because it is a newtype of `Rc<bumpalo::Bump>`,
            // which leads to two problems:
            //
            // 1. `bumpalo::Bump` is `Send` but it is _not_ `Sync` (it internally uses a
            //    `Cell`), and
            //
            // 2. `Rc` is neither `Send` nor `Sync`.
            //
            // Nonetheless, we only ever touch a `Bump` (and every clone of it!)
            // from a single thread at a time: all clones of a given `Bump` live
            // inside one `Ctx`; a `Ctx` is created, mutated, and dropped by a
            // single thread at a time; and the returned `Output` is
            // `Bump`-free, so no clone escapes the `Ctx`. The `Bump` is
            // therefore never shared between threads and its `Rc` clones are
            // never split across threads, so treating `Bump` as `Send + Sync`
            // is sound for our usage.
            ranges: unsafe { UnsafeSendSync::new(Default::default()) },
            bundles: unsafe { UnsafeSendSync::new(Default::default()) },
            scratch_bump: unsafe { UnsafeSendSync::new(Default::default()) },
            vregs: unsafe { UnsafeSendSync::new(Default::default()) },

            cfginfo: Default::default(),
            cfginfo_ctx: Default::default(),
            block_has_call: Default::default(),
            liveins: Default::default(),
            liveouts: Default::default(),
            blockparam_outs: Default::default(),
            blockparam_ins: Default::default(),
            spillsets: Default::default(),
            pregs: Default::default(),
            allocation_queue: Default::default(),
            spilled_bundles: Default::default(),
            spillslots: Default::default(),
            slots_by_class: Default::default(),
            extra_spillslots_by_class: Default::default(),
            preferred_victim_by_class: Default::default(),
            multi_fixed_reg_fixups: Default::default(),
            allocated_bundle_count: Default::default(),
            debug_annotations: Default::default(),
            annotations_enabled: Default::default(),
            conflict_set: Default::default(),
            conflict_epoch: Default::default(),
            output: Default::default(),
            scratch_conflicts: Default::default(),
            scratch_bundle: Default::default(),
            scratch_vreg_ranges: Default::default(),
            scratch_spillset_pool: Default::default(),
            scratch_workqueue: Default::default(),
            scratch_operand_rewrites: Default::default(),
            scratch_removed_lrs: Default::default(),
            scratch_removed_lrs_vregs: Default::default(),
            scratch_workqueue_set: Default::default(),
            scratch_merge_reqs: Default::default(),
            scratch_merge_rev: Default::default(),
            scratch_merge_head: Default::default(),
            scratch_merge_stale: Default::default(),
            redundant_moves: Default::default(),
            redundant_carried: Default::default(),
        }
    }
}

impl Ctx {
    pub(crate) fn bump(&self) -> Bump {
        self.scratch_bump.clone()
    }
}

pub struct Env<'a, F: Function> {
    pub func: &'a F,
    pub env: &'a MachineEnv,
    pub ctx: &'a mut Ctx,
}

impl<'a, F: Function> Deref for Env<'a, F> {
    type Target = Ctx;

    fn deref(&self) -> &Self::Target {
        self.ctx
    }
}

impl<'a, F: Function> DerefMut for Env<'a, F> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.ctx
    }
}

impl<'a, F: Function> Env<'a, F> {
    /// Get the VReg (with bundled RegClass) from a vreg index.
    #[inline]
    pub fn vreg(&self, index: VRegIndex) -> VReg {
        let class = self.vregs[index]
            .class
            .expect("trying to get a VReg before observing its class");
        VReg::new(index.index(), class)
    }

    /// Record the class of a VReg. We learn this only when we observe
    /// the VRegs in use.
    pub fn observe_vreg_class(&mut self, vreg: VReg) {
        let old_class = self.vregs[vreg].class.replace(vreg.class());
        // We should never observe two different classes for two
        // mentions of a VReg in the source program.
        debug_assert!(old_class == None || old_class == Some(vreg.class()));
    }

    /// Is this vreg actually used in the source program?
    pub fn is_vreg_used(&self, index: VRegIndex) -> bool {
        self.vregs[index].class.is_some()
    }
}

#[derive(Clone, Debug, Default)]
pub struct SpillSetRanges {
    pub btree: BTreeMap<LiveRangeKey, SpillSetIndex>,
}

#[derive(Clone, Debug)]
pub struct SpillSlotData {
    pub ranges: SpillSetRanges,
    pub slots: u32,
    pub alloc: Allocation,
}

#[derive(Clone, Debug, Default)]
pub struct SpillSlotList {
    pub slots: SmallVec<[SpillSlotIndex; 32]>,
    pub probe_start: usize,
}

impl SpillSlotList {
    /// Get the next spillslot index in probing order, wrapping around
    /// at the end of the slots list.
    pub(crate) fn next_index(&self, index: usize) -> usize {
        debug_assert!(index < self.slots.len());
        if index == self.slots.len() - 1 {
            0
        } else {
            index + 1
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct PrioQueue {
    pub heap: alloc::collections::BinaryHeap<PrioQueueEntry>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PrioQueueEntry {
    pub prio: u32,
    pub bundle: LiveBundleIndex,
    pub hint: PReg,
}

/// The live ranges allocated to one physical register (and its fixed reservations),
/// in key order.
///
/// wasm2native patch (fourth, see PATCHES.md): upstream keeps them in a
/// `BTreeMap<LiveRangeKey, LiveBundleIndex>`. The ranges of one register never
/// overlap (`try_to_allocate_bundle_to_reg` inserts a bundle's ranges only when none
/// conflicts; the other inserts assert it), so the keys are disjoint non-empty
/// intervals, sorted by `from` and by `to` alike, and every question the allocator
/// asks of the map (the first range ending after a point; the range overlapping a
/// key) is a binary search on `to`. They are held here as sorted chunks of at most
/// `2 * LiveRangeSet::CHUNK` entries with the `to` of each chunk's last entry, which
/// answers each question with two binary searches over contiguous arrays where the
/// B-tree walked its nodes, and keeps the chunks' memory from function to function.
///
/// wasm2native patch (seventeenth, PATCHES.md): each entry's value is the bundle the
/// range belongs to (`LiveBundleIndex::invalid()` for a fixed reservation), where
/// upstream stores the `LiveRangeIndex` and every reader then loads
/// `ranges[index].bundle`: that load is a cache miss in a function of a million
/// instructions (a 56-byte `LiveRange` anywhere in hundreds of MB), and the bundle is
/// all the readers want. A range's bundle only changes while its bundle is in no
/// register's set (merging before allocation, splits of the bundle being
/// processed, moves into its spill bundle), so the stored bundle is the one upstream
/// would read.
#[derive(Clone, Debug, Default)]
pub struct LiveRangeSet {
    /// The entries in key order, cut into non-empty chunks.
    chunks: Vec<Vec<(LiveRangeKey, LiveBundleIndex)>>,
    /// The `to` of each chunk's last entry (increasing).
    last_to: Vec<u32>,
    /// Emptied chunks, kept for their memory.
    spare: Vec<Vec<(LiveRangeKey, LiveBundleIndex)>>,
    /// Fixed reservations noted by [`LiveRangeSet::reserve`], in the order they came,
    /// not yet in the set ([`LiveRangeSet::flush_reserved`]).
    pending: Vec<LiveRangeKey>,
    /// Scratch for `flush_reserved`: the pending keys sorted.
    sorted: Vec<LiveRangeKey>,
}

/// A position in a [`LiveRangeSet`]: an entry, or the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LiveRangeCursor {
    chunk: usize,
    idx: usize,
}

impl LiveRangeCursor {
    /// The chunk and the index in it (wasm2native patch, eighteenth: for the walk
    /// of `try_to_allocate_bundle_to_reg` over [`LiveRangeSet::chunk_slices`]).
    #[inline(always)]
    pub fn parts(self) -> (usize, usize) {
        (self.chunk, self.idx)
    }
}

#[derive(Clone, Copy, Debug)]
pub struct LiveRangeKey {
    pub from: u32,
    pub to: u32,
}

impl LiveRangeKey {
    #[inline(always)]
    pub fn from_range(range: &CodeRange) -> Self {
        Self {
            from: range.from.to_index(),
            to: range.to.to_index(),
        }
    }

    #[inline(always)]
    pub fn to_range(&self) -> CodeRange {
        CodeRange {
            from: ProgPoint::from_index(self.from),
            to: ProgPoint::from_index(self.to),
        }
    }
}

impl core::cmp::PartialEq for LiveRangeKey {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        self.to > other.from && self.from < other.to
    }
}
impl core::cmp::Eq for LiveRangeKey {}
impl core::cmp::PartialOrd for LiveRangeKey {
    #[inline(always)]
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl core::cmp::Ord for LiveRangeKey {
    #[inline(always)]
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        if self.to <= other.from {
            core::cmp::Ordering::Less
        } else if self.from >= other.to {
            core::cmp::Ordering::Greater
        } else {
            core::cmp::Ordering::Equal
        }
    }
}

pub struct PrioQueueComparator<'a> {
    pub prios: &'a [usize],
}
impl<'a> ContainerComparator for PrioQueueComparator<'a> {
    type Ix = LiveBundleIndex;
    fn compare(&self, a: Self::Ix, b: Self::Ix) -> core::cmp::Ordering {
        self.prios[a.index()].cmp(&self.prios[b.index()])
    }
}

impl PrioQueue {
    #[inline(always)]
    pub fn insert(&mut self, bundle: LiveBundleIndex, prio: usize, hint: PReg) {
        self.heap.push(PrioQueueEntry {
            prio: prio as u32,
            bundle,
            hint,
        });
    }

    #[inline(always)]
    pub fn is_empty(self) -> bool {
        self.heap.is_empty()
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Option<(LiveBundleIndex, PReg)> {
        self.heap.pop().map(|entry| (entry.bundle, entry.hint))
    }
}

impl LiveRangeSet {
    /// The most entries a chunk holds after a split (it splits above twice this).
    const CHUNK: usize = 32;

    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        for mut c in self.chunks.drain(..) {
            c.clear();
            self.spare.push(c);
        }
        self.last_to.clear();
        self.pending.clear();
    }

    /// Notes a fixed reservation of the register over `key` (a clobber or a fixed
    /// use; its value is `LiveBundleIndex::invalid()`), to be added to the set by
    /// [`Self::flush_reserved`], which must run before the set is next read.
    ///
    /// wasm2native patch (fifth, PATCHES.md): the allocator's liveness scan makes
    /// these walking the code backwards, so each came before every entry of the set
    /// and `insert` shifted the whole first chunk for it (2.1 M inserts, 438 M
    /// instructions of the DICOM reader's compile).
    #[inline]
    pub fn reserve(&mut self, key: LiveRangeKey) {
        self.pending.push(key);
    }

    /// Adds the reservations noted by [`Self::reserve`], as `insert`ing each in the
    /// order it came would: an insert that overlaps an entry replaces that entry's
    /// value (by the same `invalid()`) and adds nothing. When the set is empty and no
    /// two keys overlap (the allocator's case: upstream debug-asserted it per
    /// insert), every key is added whatever the order, so the keys, sorted
    /// (reversed, when they came backwards as the liveness scan's do), are cut into
    /// full chunks at once; otherwise they are inserted one by one in their order.
    pub fn flush_reserved(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let mut pending = core::mem::take(&mut self.pending);
        let nonempty = pending.iter().all(|k| k.from < k.to);
        if self.chunks.is_empty() && nonempty && pending.windows(2).all(|w| w[1].to <= w[0].from) {
            // The liveness scan's order: backwards, each key before the last.
            pending.reverse();
            self.fill(&pending);
        } else {
            let mut sorted = core::mem::take(&mut self.sorted);
            sorted.clear();
            sorted.extend_from_slice(&pending);
            sorted.sort_unstable_by_key(|k| k.from);
            if self.chunks.is_empty() && nonempty && sorted.windows(2).all(|w| w[0].to <= w[1].from)
            {
                self.fill(&sorted);
            } else {
                for &k in &pending {
                    self.insert(k, LiveBundleIndex::invalid());
                }
            }
            self.sorted = sorted;
        }
        pending.clear();
        self.pending = pending;
    }

    /// Fills the empty set with `keys` (sorted, disjoint), in full chunks.
    fn fill(&mut self, keys: &[LiveRangeKey]) {
        for part in keys.chunks(Self::CHUNK) {
            let mut c = self.spare.pop().unwrap_or_default();
            c.extend(part.iter().map(|&k| (k, LiveBundleIndex::invalid())));
            self.last_to.push(part[part.len() - 1].to);
            self.chunks.push(c);
        }
    }

    /// The first entry that ends after `point`: where upstream's
    /// `btree.range(LiveRangeKey { from: point, to: point }..)` starts (an entry is
    /// below that empty key exactly when it ends at or before `point`).
    #[inline]
    pub fn lower_bound(&self, point: u32) -> LiveRangeCursor {
        debug_assert!(self.pending.is_empty(), "reservations not flushed");
        let chunk = self.last_to.partition_point(|&to| to <= point);
        let idx = match self.chunks.get(chunk) {
            Some(c) => c.partition_point(|e| e.0.to <= point),
            None => 0,
        };
        LiveRangeCursor { chunk, idx }
    }

    /// The chunks, in order (none empty; wasm2native patch, eighteenth).
    #[inline(always)]
    pub fn chunk_slices(&self) -> &[Vec<(LiveRangeKey, LiveBundleIndex)>] {
        debug_assert!(self.pending.is_empty(), "reservations not flushed");
        &self.chunks
    }

    /// The entry at `at`, or None at the end.
    #[inline]
    pub fn get(&self, at: LiveRangeCursor) -> Option<(LiveRangeKey, LiveBundleIndex)> {
        self.chunks.get(at.chunk).map(|c| c[at.idx])
    }

    /// Moves `at` (not at the end) to the next entry (the tests' walk; the allocator
    /// walks `chunk_slices` since the eighteenth patch).
    #[cfg(test)]
    pub fn advance(&self, at: &mut LiveRangeCursor) {
        at.idx += 1;
        if at.idx == self.chunks[at.chunk].len() {
            at.chunk += 1;
            at.idx = 0;
        }
    }

    /// The entries from the first that ends after `point` on, in order.
    pub fn iter_from(
        &self,
        point: u32,
    ) -> impl Iterator<Item = (LiveRangeKey, LiveBundleIndex)> + '_ {
        let at = self.lower_bound(point);
        let (head, tail) = match self.chunks.get(at.chunk) {
            Some(c) => (&c[at.idx..], &self.chunks[at.chunk + 1..]),
            None => (&[][..], &[][..]),
        };
        head.iter()
            .copied()
            .chain(tail.iter().flat_map(|c| c.iter().copied()))
    }

    /// The first entry that overlaps `key`, if any (upstream: the entry equal to
    /// `key` under `LiveRangeKey`'s overlap order).
    #[inline]
    fn find(&self, key: LiveRangeKey) -> Option<LiveRangeCursor> {
        let at = self.lower_bound(key.from);
        match self.get(at) {
            Some((k, _)) if k.from < key.to => Some(at),
            _ => None,
        }
    }

    /// Whether an entry overlaps `key`.
    #[inline]
    pub fn contains_key(&self, key: &LiveRangeKey) -> bool {
        self.find(*key).is_some()
    }

    /// Adds `key`, which should overlap no entry; as `BTreeMap::insert`, when one
    /// does, its value is replaced and the old one returned.
    pub fn insert(&mut self, key: LiveRangeKey, value: LiveBundleIndex) -> Option<LiveBundleIndex> {
        let at = self.lower_bound(key.from);
        if let Some((k, _)) = self.get(at) {
            if k.from < key.to {
                let old = &mut self.chunks[at.chunk][at.idx].1;
                return Some(core::mem::replace(old, value));
            }
        }
        let (chunk, idx) = if self.chunks.is_empty() {
            let c = self.spare.pop().unwrap_or_default();
            self.chunks.push(c);
            self.last_to.push(key.to);
            (0, 0)
        } else if at.chunk == self.chunks.len() {
            let last = self.chunks.len() - 1;
            (last, self.chunks[last].len())
        } else {
            (at.chunk, at.idx)
        };
        let c = &mut self.chunks[chunk];
        c.insert(idx, (key, value));
        self.last_to[chunk] = c.last().unwrap().0.to;
        if c.len() > 2 * Self::CHUNK {
            let mut tail = self.spare.pop().unwrap_or_default();
            tail.extend_from_slice(&c[Self::CHUNK..]);
            c.truncate(Self::CHUNK);
            self.last_to[chunk] = c.last().unwrap().0.to;
            self.last_to.insert(chunk + 1, tail.last().unwrap().0.to);
            self.chunks.insert(chunk + 1, tail);
        }
        None
    }

    /// Removes the entry that overlaps `key` (as `BTreeMap::remove`) and returns its
    /// value.
    pub fn remove(&mut self, key: &LiveRangeKey) -> Option<LiveBundleIndex> {
        let at = self.find(*key)?;
        let c = &mut self.chunks[at.chunk];
        let (_, value) = c.remove(at.idx);
        if let Some(last) = c.last() {
            self.last_to[at.chunk] = last.0.to;
        } else {
            let c = self.chunks.remove(at.chunk);
            self.spare.push(c);
            self.last_to.remove(at.chunk);
        }
        Some(value)
    }
}

#[derive(Clone, Debug)]
pub struct InsertedMove {
    pub pos_prio: PosWithPrio,
    pub from_alloc: Allocation,
    pub to_alloc: Allocation,
    pub to_vreg: VReg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum InsertMovePrio {
    InEdgeMoves,
    Regular,
    MultiFixedRegInitial,
    MultiFixedRegSecondary,
    ReusedInput,
    OutEdgeMoves,
}

#[derive(Debug, Default)]
pub struct InsertedMoves {
    pub moves: Vec<InsertedMove>,
}

impl InsertedMoves {
    pub fn push(
        &mut self,
        pos: ProgPoint,
        prio: InsertMovePrio,
        from_alloc: Allocation,
        to_alloc: Allocation,
        to_vreg: VReg,
    ) {
        trace!(
            "insert_move: pos {:?} prio {:?} from_alloc {:?} to_alloc {:?} to_vreg {:?}",
            pos,
            prio,
            from_alloc,
            to_alloc,
            to_vreg
        );
        if from_alloc == to_alloc {
            trace!(" -> skipping move with same source and  dest");
            return;
        }
        if let Some(from) = from_alloc.as_reg() {
            debug_assert_eq!(from.class(), to_vreg.class());
        }
        if let Some(to) = to_alloc.as_reg() {
            debug_assert_eq!(to.class(), to_vreg.class());
        }
        self.moves.push(InsertedMove {
            pos_prio: PosWithPrio {
                pos,
                prio: prio as u32,
            },
            from_alloc,
            to_alloc,
            to_vreg,
        });
    }
}

#[derive(Clone, Debug, Default)]
pub struct Edits {
    edits: Vec<(PosWithPrio, Edit)>,
}

impl Edits {
    #[inline(always)]
    pub fn with_capacity(n: usize) -> Self {
        Self {
            edits: Vec::with_capacity(n),
        }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.edits.len()
    }

    #[inline(always)]
    pub fn iter(&self) -> impl Iterator<Item = &(PosWithPrio, Edit)> {
        self.edits.iter()
    }

    #[inline(always)]
    pub fn drain_edits(&mut self) -> impl Iterator<Item = (ProgPoint, Edit)> + '_ {
        self.edits.drain(..).map(|(pos, edit)| (pos.pos, edit))
    }

    /// Sort edits by the combination of their program position and priority. This is a stable sort
    /// to preserve the order of the moves the parallel move resolver inserts.
    #[inline(always)]
    pub fn sort(&mut self) {
        self.edits.sort_by_key(|&(pos_prio, _)| pos_prio.key());
    }

    pub fn add(&mut self, pos_prio: PosWithPrio, from: Allocation, to: Allocation) {
        if from != to {
            if from.is_reg() && to.is_reg() {
                debug_assert_eq!(from.as_reg().unwrap().class(), to.as_reg().unwrap().class());
            }
            self.edits.push((pos_prio, Edit::Move { from, to }));
        }
    }
}

/// The fields in this struct are reversed in sort order so that the entire
/// struct can be treated as a u64 for sorting purposes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct PosWithPrio {
    pub prio: u32,
    pub pos: ProgPoint,
}

impl PosWithPrio {
    #[inline]
    pub fn key(self) -> u64 {
        u64_key(self.pos.to_index(), self.prio)
    }
}

#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "enable-serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Stats {
    pub livein_blocks: usize,
    pub livein_iterations: usize,
    pub initial_liverange_count: usize,
    pub merged_bundle_count: usize,
    pub process_bundle_count: usize,
    pub process_bundle_reg_probes_fixed: usize,
    pub process_bundle_reg_success_fixed: usize,
    pub process_bundle_bounding_range_probe_start_any: usize,
    pub process_bundle_bounding_range_probes_any: usize,
    pub process_bundle_bounding_range_success_any: usize,
    pub process_bundle_reg_probe_start_any: usize,
    pub process_bundle_reg_probes_any: usize,
    pub process_bundle_reg_success_any: usize,
    pub evict_bundle_event: usize,
    pub evict_bundle_count: usize,
    pub splits: usize,
    pub splits_clobbers: usize,
    pub splits_hot: usize,
    pub splits_conflicts: usize,
    pub splits_defs: usize,
    pub splits_all: usize,
    pub final_liverange_count: usize,
    pub final_bundle_count: usize,
    pub spill_bundle_count: usize,
    pub spill_bundle_reg_probes: usize,
    pub spill_bundle_reg_success: usize,
    pub blockparam_ins_count: usize,
    pub blockparam_outs_count: usize,
    pub halfmoves_count: usize,
    pub edits_count: usize,
    /// wasm2native patch (eighth, PATCHES.md): how many sets of parallel moves (one
    /// program point and priority, one register class) were resolved.
    pub parallel_move_sets: usize,
}

// Helper function for generating sorting keys. The order of arguments is from
// the most significant field to the least significant one.
//
// These work best when the fields are stored in reverse order in memory so that
// they can be loaded with a single u64 load on little-endian machines.
#[inline(always)]
pub fn u64_key(b: u32, a: u32) -> u64 {
    a as u64 | (b as u64) << 32
}
#[inline(always)]
pub fn u128_key(d: u32, c: u32, b: u32, a: u32) -> u128 {
    a as u128 | (b as u128) << 32 | (c as u128) << 64 | (d as u128) << 96
}

#[cfg(test)]
mod live_range_set_tests {
    // wasm2native patch (fourth, PATCHES.md): `LiveRangeSet` answers every question
    // exactly as upstream's `BTreeMap<LiveRangeKey, LiveBundleIndex>` does, over a long
    // random sequence of the allocator's operations on disjoint ranges (enough entries
    // to split chunks many times, and to empty them again).
    use super::{LiveBundleIndex, LiveRangeKey, LiveRangeSet};
    use alloc::collections::BTreeMap;
    use alloc::vec::Vec;

    struct Rng(u64);
    impl Rng {
        fn below(&mut self, n: u32) -> u32 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % u64::from(n)) as u32
        }
    }

    fn key(from: u32, to: u32) -> LiveRangeKey {
        LiveRangeKey { from, to }
    }

    fn check(set: &LiveRangeSet, model: &BTreeMap<LiveRangeKey, LiveBundleIndex>, point: u32) {
        // `range(point..)` with an empty key, walked in full.
        let want: Vec<(u32, u32, LiveBundleIndex)> = model
            .range(key(point, point)..)
            .map(|(k, v)| (k.from, k.to, *v))
            .collect();
        let got: Vec<(u32, u32, LiveBundleIndex)> = set
            .iter_from(point)
            .map(|(k, v)| (k.from, k.to, v))
            .collect();
        assert_eq!(got, want, "iter_from({point})");
        let mut at = set.lower_bound(point);
        let mut walked = Vec::new();
        while let Some((k, v)) = set.get(at) {
            walked.push((k.from, k.to, v));
            set.advance(&mut at);
        }
        assert_eq!(walked, want, "cursor from {point}");
        for width in [1, 3] {
            let k = key(point, point + width);
            assert_eq!(
                set.contains_key(&k),
                model.contains_key(&k),
                "contains {k:?}"
            );
        }
    }

    /// The whole content, walked with the cursor from `point`.
    fn walk(set: &LiveRangeSet, point: u32) -> Vec<(u32, u32, LiveBundleIndex)> {
        let mut at = set.lower_bound(point);
        let mut out = Vec::new();
        while let Some((k, v)) = set.get(at) {
            out.push((k.from, k.to, v));
            set.advance(&mut at);
        }
        out
    }

    #[test]
    fn reservations_match_inserts() {
        // wasm2native patch (fifth, PATCHES.md): `reserve` then `flush_reserved` leave
        // the set as `insert`ing each key in its order does, for keys that come
        // backwards (the allocator's order), forwards, shuffled, and with overlapping
        // keys (added one by one); and the allocator's operations on the set go on
        // from there as on the one built by inserts (full chunks split again).
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut bulk = LiveRangeSet::new();
        let mut one = LiveRangeSet::new();
        let invalid = LiveBundleIndex::invalid();
        for round in 0..60u32 {
            let n = 1 + rng.below(700);
            let mut keys = Vec::new();
            let mut at = 0;
            for _ in 0..n {
                at += rng.below(4);
                let len = 1 + rng.below(3);
                keys.push(key(at, at + len));
                at += len;
            }
            match round % 5 {
                0 => keys.reverse(),
                // Backwards, with a key that reaches into the one before it.
                4 if keys.len() > 1 => {
                    keys.reverse();
                    for _ in 0..1 + rng.below(3) {
                        let i = 1 + rng.below(keys.len() as u32 - 1) as usize;
                        keys[i].to = keys[i - 1].from + 1;
                    }
                }
                1 => {}
                2 => {
                    for i in (1..keys.len()).rev() {
                        keys.swap(i, rng.below(i as u32 + 1) as usize);
                    }
                }
                _ => {
                    keys.reverse();
                    for _ in 0..1 + rng.below(5) {
                        let k = keys[rng.below(keys.len() as u32) as usize];
                        let pos = rng.below(keys.len() as u32 + 1) as usize;
                        keys.insert(pos, key(k.from + rng.below(2), k.to + 2));
                    }
                }
            }
            bulk.clear();
            one.clear();
            for &k in &keys {
                bulk.reserve(k);
                one.insert(k, invalid);
            }
            bulk.flush_reserved();
            assert_eq!(walk(&bulk, 0), walk(&one, 0), "round {round}");
            let mut model: BTreeMap<LiveRangeKey, LiveBundleIndex> = BTreeMap::new();
            for (from, to, v) in walk(&one, 0) {
                model.insert(key(from, to), v);
            }
            for step in 0..3000u32 {
                let from = rng.below(at + 8);
                let k = key(from, from + 1 + rng.below(3));
                if step % 3 == 2 {
                    // A key that overlaps at most one entry (as in `matches_btreemap`).
                    let k = key(from, from + 1);
                    assert_eq!(bulk.remove(&k), model.remove(&k));
                } else if !model.contains_key(&k) {
                    let v = LiveBundleIndex::new(step as usize);
                    assert_eq!(bulk.insert(k, v), model.insert(k, v));
                }
                if step % 250 == 0 {
                    check(&bulk, &model, rng.below(at + 8));
                }
            }
            check(&bulk, &model, 0);
        }
    }

    #[test]
    fn chunk_slices_walk_as_the_cursor() {
        // wasm2native patch (eighteenth, PATCHES.md): `try_to_allocate_bundle_to_reg`
        // walks `chunk_slices` from `lower_bound(..).parts()`, moving to the next chunk
        // at the end of one; that visits the entries `iter_from` (upstream's range
        // iterator, `matches_btreemap`) gives, from every point, as chunks split and
        // empty.
        let mut rng = Rng(0x51_7cc1_b727_220a);
        let mut set = LiveRangeSet::new();
        let mut model: BTreeMap<LiveRangeKey, LiveBundleIndex> = BTreeMap::new();
        for step in 0..6000u32 {
            let from = rng.below(3000);
            let k = key(from, from + 1 + rng.below(4));
            if rng.below(4) == 0 {
                set.remove(&k);
                model.remove(&k);
            } else if !model.contains_key(&k) {
                let v = LiveBundleIndex::new(step as usize);
                set.insert(k, v);
                model.insert(k, v);
            }
            if step % 100 == 0 {
                for point in [0, rng.below(3010), rng.below(3010), 3010] {
                    let want: Vec<(u32, u32, LiveBundleIndex)> = set
                        .iter_from(point)
                        .map(|(k, v)| (k.from, k.to, v))
                        .collect();
                    let chunks = set.chunk_slices();
                    assert!(chunks.iter().all(|c| !c.is_empty()));
                    let (mut ci, mut ii) = set.lower_bound(point).parts();
                    let mut got = Vec::new();
                    while let Some(c) = chunks.get(ci) {
                        while let Some(&(k, v)) = c.get(ii) {
                            got.push((k.from, k.to, v));
                            ii += 1;
                        }
                        ci += 1;
                        ii = 0;
                    }
                    assert_eq!(got, want, "from {point} at step {step}");
                }
            }
        }
    }

    #[test]
    fn matches_btreemap() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let mut set = LiveRangeSet::new();
        let mut model: BTreeMap<LiveRangeKey, LiveBundleIndex> = BTreeMap::new();
        let mut next = 0u32;
        for round in 0..3 {
            for step in 0..20_000u32 {
                let span = 4000 * (round + 1);
                let from = rng.below(span);
                let to = from + 1 + rng.below(6);
                let k = key(from, to);
                match rng.below(8) {
                    // Mostly inserts (of ranges that overlap nothing, as the
                    // allocator does), so the set grows to hundreds of entries.
                    0..=4 => {
                        if !model.contains_key(&k) {
                            let v = LiveBundleIndex::new(next as usize);
                            next += 1;
                            assert_eq!(set.insert(k, v), model.insert(k, v));
                        }
                    }
                    5 | 6 => {
                        // Remove an entry that is there, by its own key (as
                        // `evict_bundle` does), and a key that overlaps at most one.
                        let found = model.range(key(from, from)..).next().map(|(k, _)| *k);
                        if let Some(old) = found {
                            assert_eq!(set.remove(&old), model.remove(&old));
                        }
                        let one = key(from, from + 1);
                        assert_eq!(set.remove(&one), model.remove(&one));
                    }
                    _ => check(&set, &model, rng.below(span + 10)),
                }
                if step % 1000 == 0 {
                    check(&set, &model, 0);
                }
            }
            check(&set, &model, 0);
            set.clear();
            model.clear();
            check(&set, &model, 0);
        }
        // An insert over one existing entry replaces its value, as BTreeMap's.
        let a = LiveBundleIndex::new(1);
        let b = LiveBundleIndex::new(2);
        set.insert(key(10, 20), a);
        model.insert(key(10, 20), a);
        assert_eq!(set.insert(key(15, 16), b), model.insert(key(15, 16), b));
        check(&set, &model, 0);
    }
}
