//! Redundant-move elimination.
//!
//! wasm2native patch (sixteenth, PATCHES.md): the tracker's two hash maps (allocation ->
//! state, allocation -> allocations copied from it) are one array indexed by a dense
//! number of the allocation (`alloc_slot`), whose entries are valid only when stamped
//! with the current epoch (so `clear` is constant time), and lists of copies in one pool;
//! the tracker lives in `Ctx` from function to function. A saved state
//! (`snapshot`, for the fourteenth patch's single-predecessor successors) is a compact
//! list of the slots in use. The answers, and so the elided moves, are those of the maps
//! (`tests::same_answers_as_the_hash_maps`).

use crate::{Allocation, AllocationKind, Block, FxHashMap, PReg, VReg};
use alloc::vec::Vec;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RedundantMoveState {
    Copy(Allocation, Option<VReg>),
    Orig(VReg),
    None,
}

/// No list node.
const NIL: u32 = u32::MAX;

/// What the tracker knows of one allocation, valid when `stamp` is the tracker's epoch
/// (otherwise: nothing, as absent from upstream's maps).
#[derive(Copy, Clone, Debug)]
struct Slot {
    stamp: u32,
    /// Upstream's `allocs` entry (`None`: absent; upstream never stores `None`).
    state: RedundantMoveState,
    /// The first node in `nodes` of upstream's `reverse_allocs` entry: the allocations
    /// once recorded as copies of this one, stale entries included (later
    /// `clear_alloc`s of this one still act on them); `NIL`: empty, the same as absent.
    head: u32,
}

/// The tracker. `used` lists the slots stamped in this epoch, `tracked` counts those
/// whose state is not `None` (upstream's `allocs.len()`).
#[derive(Clone, Debug)]
pub struct RedundantMoveEliminator {
    slots: Vec<Slot>,
    epoch: u32,
    used: Vec<u32>,
    /// (allocation, next node) of every list.
    nodes: Vec<(Allocation, u32)>,
    tracked: usize,
}

impl Default for RedundantMoveEliminator {
    fn default() -> Self {
        Self {
            slots: Vec::new(),
            epoch: 1,
            used: Vec::new(),
            nodes: Vec::new(),
            tracked: 0,
        }
    }
}

/// A saved tracker state: each slot in use with its state and the range of its list of
/// copies in `reverse`.
#[derive(Clone, Debug, Default)]
pub struct RedundantMoveSnapshot {
    entries: Vec<(u32, RedundantMoveState, u32, u32)>,
    reverse: Vec<Allocation>,
}

/// wasm2native patch (fourteenth, sixteenth): the tracker states saved for later
/// successors with a single predecessor, and the spare snapshot buffers (kept in `Ctx`).
#[derive(Clone, Debug, Default)]
pub struct Carried {
    pub saved: FxHashMap<Block, RedundantMoveSnapshot>,
    pub free: Vec<RedundantMoveSnapshot>,
}

#[derive(Copy, Clone, Debug)]
pub struct RedundantMoveAction {
    pub elide: bool,
}

/// The dense number of an allocation: 0 for none, then the registers, then the stack slots.
#[inline(always)]
fn alloc_slot(alloc: Allocation) -> usize {
    match alloc.kind() {
        AllocationKind::None => 0,
        AllocationKind::Reg => 1 + alloc.index(),
        AllocationKind::Stack => 1 + PReg::NUM_INDEX + alloc.index(),
    }
}

impl RedundantMoveEliminator {
    #[inline(always)]
    fn get(&self, alloc: Allocation) -> RedundantMoveState {
        match self.slots.get(alloc_slot(alloc)) {
            Some(sl) if sl.stamp == self.epoch => sl.state,
            _ => RedundantMoveState::None,
        }
    }

    /// Slot `s`, made to exist and stamped (empty) if it was not.
    #[inline(always)]
    fn slot_mut(&mut self, s: usize) -> &mut Slot {
        if s >= self.slots.len() {
            self.grow(s);
        }
        if self.slots[s].stamp != self.epoch {
            self.slots[s] = Slot {
                stamp: self.epoch,
                state: RedundantMoveState::None,
                head: NIL,
            };
            self.used.push(s as u32);
        }
        &mut self.slots[s]
    }

    #[cold]
    fn grow(&mut self, s: usize) {
        let len = (s + 1).max(2 * self.slots.len()).max(1 + PReg::NUM_INDEX);
        self.slots.resize(
            len,
            Slot {
                stamp: 0,
                state: RedundantMoveState::None,
                head: NIL,
            },
        );
    }

    /// Upstream's `allocs.insert(alloc, st)` (`st` is never `None`).
    #[inline(always)]
    fn set(&mut self, alloc: Allocation, st: RedundantMoveState) {
        debug_assert!(st != RedundantMoveState::None);
        let sl = self.slot_mut(alloc_slot(alloc));
        let was_none = sl.state == RedundantMoveState::None;
        sl.state = st;
        if was_none {
            self.tracked += 1;
        }
    }

    /// Upstream's `allocs.remove(alloc)`.
    #[inline(always)]
    fn remove(&mut self, alloc: Allocation) {
        let epoch = self.epoch;
        if let Some(sl) = self.slots.get_mut(alloc_slot(alloc)) {
            if sl.stamp == epoch && sl.state != RedundantMoveState::None {
                sl.state = RedundantMoveState::None;
                self.tracked -= 1;
            }
        }
    }

    /// Upstream's `reverse_allocs.entry(from).or_default().push(to)`, unless `to` is
    /// among the list's first `DEDUP_WINDOW` entries. Only the set of allocations on a
    /// list matters (`clear_alloc` forgets each of them, and forgetting one twice is
    /// forgetting it once), but upstream's lists grow by one entry at every move out of
    /// `from` until `from` itself is written: a value reloaded from its slot into the
    /// same register in each of thousands of blocks made the slot's list thousands of
    /// entries long, copied at each saved state (quadratic on `nesting`).
    #[inline(always)]
    fn push_copy(&mut self, from: Allocation, to: Allocation) {
        const DEDUP_WINDOW: usize = 8;
        let node = self.nodes.len() as u32;
        let sl = self.slot_mut(alloc_slot(from));
        let mut n = sl.head;
        for _ in 0..DEDUP_WINDOW {
            if n == NIL {
                break;
            }
            let (a, next) = self.nodes[n as usize];
            if a == to {
                return;
            }
            n = next;
        }
        let sl = &mut self.slots[alloc_slot(from)];
        let next = core::mem::replace(&mut sl.head, node);
        self.nodes.push((to, next));
    }

    pub fn process_move(
        &mut self,
        from: Allocation,
        to: Allocation,
        to_vreg: Option<VReg>,
    ) -> RedundantMoveAction {
        // Look up the src and dest.
        let from_state = self.get(from);
        let to_state = self.get(to);

        trace!(
            "     -> redundant move tracker: from {} to {} to_vreg {:?}",
            from,
            to,
            to_vreg
        );
        trace!(
            "       -> from_state {:?} to_state {:?}",
            from_state,
            to_state
        );

        if from == to && to_vreg.is_some() {
            self.clear_alloc(to);
            self.set(to, RedundantMoveState::Orig(to_vreg.unwrap()));
            return RedundantMoveAction { elide: true };
        }

        let src_vreg = match from_state {
            RedundantMoveState::Copy(_, opt_r) => opt_r,
            RedundantMoveState::Orig(r) => Some(r),
            _ => None,
        };
        trace!("      -> src_vreg {:?}", src_vreg);
        let dst_vreg = to_vreg.or(src_vreg);
        trace!("      -> dst_vreg {:?}", dst_vreg);

        let elide = match (from_state, to_state) {
            (_, RedundantMoveState::Copy(orig_alloc, _)) if orig_alloc == from => true,
            (RedundantMoveState::Copy(new_alloc, _), _) if new_alloc == to => true,
            _ => false,
        };
        trace!("      -> elide {}", elide);

        // Invalidate all existing copies of `to` if `to` actually changed value.
        if !elide {
            self.clear_alloc(to);
        }

        // Set up forward and reverse mapping. Don't track stack-to-stack copies.
        if from.is_reg() || to.is_reg() {
            self.set(to, RedundantMoveState::Copy(from, dst_vreg));
            trace!(
                "     -> create mapping {} -> {:?}",
                to,
                RedundantMoveState::Copy(from, dst_vreg)
            );
            self.push_copy(from, to);
        }

        RedundantMoveAction { elide }
    }

    /// Whether no allocation is known to hold a copy of another (wasm2native patch,
    /// fourteenth: lets the walk between moves skip instructions).
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.tracked == 0
    }

    pub fn clear(&mut self) {
        trace!("   redundant move eliminator cleared");
        if self.epoch == u32::MAX {
            for sl in &mut self.slots {
                sl.stamp = 0;
            }
            self.epoch = 0;
        }
        self.epoch += 1;
        self.used.clear();
        self.nodes.clear();
        self.tracked = 0;
    }

    #[inline(always)]
    pub fn clear_alloc(&mut self, alloc: Allocation) {
        trace!("   redundant move eliminator: clear {:?}", alloc);
        let epoch = self.epoch;
        let sl = match self.slots.get_mut(alloc_slot(alloc)) {
            Some(sl) if sl.stamp == epoch => sl,
            _ => return,
        };
        let head = core::mem::replace(&mut sl.head, NIL);
        if sl.state != RedundantMoveState::None {
            sl.state = RedundantMoveState::None;
            self.tracked -= 1;
        }
        if head != NIL {
            self.clear_copies(head);
        }
    }

    /// Forgets every allocation of the list that starts at `node` (the order of
    /// upstream's removals does not matter: each only makes an entry absent).
    #[inline(never)]
    fn clear_copies(&mut self, mut node: u32) {
        while node != NIL {
            let (to_inval, next) = self.nodes[node as usize];
            trace!("     -> clear existing copy: {:?}", to_inval);
            self.remove(to_inval);
            node = next;
        }
    }

    /// Saves the state into `snap` (emptied first).
    pub fn snapshot(&self, snap: &mut RedundantMoveSnapshot) {
        snap.entries.clear();
        snap.reverse.clear();
        for &s in &self.used {
            let sl = self.slots[s as usize];
            if sl.state == RedundantMoveState::None && sl.head == NIL {
                continue;
            }
            let start = snap.reverse.len() as u32;
            let mut node = sl.head;
            while node != NIL {
                let (a, next) = self.nodes[node as usize];
                snap.reverse.push(a);
                node = next;
            }
            snap.entries
                .push((s, sl.state, start, snap.reverse.len() as u32 - start));
        }
    }

    /// Replaces the state by the one saved in `snap`.
    pub fn restore(&mut self, snap: &RedundantMoveSnapshot) {
        self.clear();
        for &(s, st, start, len) in &snap.entries {
            // The list was saved from its head: rebuild it back to front.
            for &a in snap.reverse[start as usize..(start + len) as usize]
                .iter()
                .rev()
            {
                let node = self.nodes.len() as u32;
                let sl = self.slot_mut(s as usize);
                let next = core::mem::replace(&mut sl.head, node);
                self.nodes.push((a, next));
            }
            let sl = self.slot_mut(s as usize);
            sl.state = st;
            if st != RedundantMoveState::None {
                self.tracked += 1;
            }
        }
    }

    /// The allocations on the list of copies of `alloc` (for the tests).
    #[cfg(test)]
    fn copies_of(&self, alloc: Allocation) -> Vec<Allocation> {
        let mut v = Vec::new();
        if let Some(sl) = self.slots.get(alloc_slot(alloc)) {
            if sl.stamp == self.epoch {
                let mut node = sl.head;
                while node != NIL {
                    v.push(self.nodes[node as usize].0);
                    node = self.nodes[node as usize].1;
                }
            }
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{RegClass, SpillSlot};
    use smallvec::{smallvec, SmallVec};

    /// Upstream's tracker (regalloc2 0.15.2), the reference.
    #[derive(Clone, Default)]
    struct HashEliminator {
        allocs: FxHashMap<Allocation, RedundantMoveState>,
        reverse_allocs: FxHashMap<Allocation, SmallVec<[Allocation; 4]>>,
    }

    impl HashEliminator {
        fn process_move(
            &mut self,
            from: Allocation,
            to: Allocation,
            to_vreg: Option<VReg>,
        ) -> bool {
            let from_state = self
                .allocs
                .get(&from)
                .copied()
                .unwrap_or(RedundantMoveState::None);
            let to_state = self
                .allocs
                .get(&to)
                .copied()
                .unwrap_or(RedundantMoveState::None);
            if from == to && to_vreg.is_some() {
                self.clear_alloc(to);
                self.allocs
                    .insert(to, RedundantMoveState::Orig(to_vreg.unwrap()));
                return true;
            }
            let src_vreg = match from_state {
                RedundantMoveState::Copy(_, opt_r) => opt_r,
                RedundantMoveState::Orig(r) => Some(r),
                _ => None,
            };
            let dst_vreg = to_vreg.or(src_vreg);
            let elide = match (from_state, to_state) {
                (_, RedundantMoveState::Copy(orig_alloc, _)) if orig_alloc == from => true,
                (RedundantMoveState::Copy(new_alloc, _), _) if new_alloc == to => true,
                _ => false,
            };
            if !elide {
                self.clear_alloc(to);
            }
            if from.is_reg() || to.is_reg() {
                self.allocs
                    .insert(to, RedundantMoveState::Copy(from, dst_vreg));
                self.reverse_allocs
                    .entry(from)
                    .or_insert_with(|| smallvec![])
                    .push(to);
            }
            elide
        }

        fn clear(&mut self) {
            self.allocs.clear();
            self.reverse_allocs.clear();
        }

        fn clear_alloc(&mut self, alloc: Allocation) {
            if let Some(ref mut existing_copies) = self.reverse_allocs.get_mut(&alloc) {
                for to_inval in existing_copies.drain(..) {
                    if let Some(val) = self.allocs.get_mut(&to_inval) {
                        match val {
                            RedundantMoveState::Copy(_, Some(vreg)) => {
                                *val = RedundantMoveState::Orig(*vreg);
                            }
                            _ => *val = RedundantMoveState::None,
                        }
                    }
                    self.allocs.remove(&to_inval);
                }
            }
            self.allocs.remove(&alloc);
        }
    }

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

    fn random_alloc(rng: &mut Rng) -> Allocation {
        // Few registers and slots, so that copies meet; a far slot now and then.
        match rng.below(10) {
            0..=5 => Allocation::reg(PReg::new(rng.below(6) as usize, RegClass::Int)),
            6 => Allocation::reg(PReg::new(rng.below(4) as usize, RegClass::Float)),
            7 | 8 => Allocation::stack(SpillSlot::new(rng.below(5) as usize)),
            _ => Allocation::stack(SpillSlot::new(rng.below(5000) as usize)),
        }
    }

    /// Every allocation the test uses, to compare the two trackers' states.
    fn all_allocs() -> Vec<Allocation> {
        let mut v = Vec::new();
        for i in 0..6 {
            v.push(Allocation::reg(PReg::new(i, RegClass::Int)));
        }
        for i in 0..4 {
            v.push(Allocation::reg(PReg::new(i, RegClass::Float)));
        }
        for i in 0..5 {
            v.push(Allocation::stack(SpillSlot::new(i)));
        }
        v
    }

    /// A value reloaded from its slot into the same register again and again (as in
    /// each of N blocks it is carried through) leaves one entry on the slot's list.
    #[test]
    fn repeated_copies_are_listed_once() {
        let slot = Allocation::stack(SpillSlot::new(3));
        let r1 = Allocation::reg(PReg::new(1, RegClass::Int));
        let r2 = Allocation::reg(PReg::new(2, RegClass::Int));
        let v = Some(VReg::new(5, RegClass::Int));
        let mut ours = RedundantMoveEliminator::default();
        for i in 0..1000 {
            let to = if i % 3 == 0 { r2 } else { r1 };
            ours.process_move(slot, to, v);
            // The register is written in between (a def), as in a loop body.
            ours.clear_alloc(to);
        }
        assert_eq!(ours.copies_of(slot).len(), 2);
        assert_eq!(ours.nodes.len(), 2);
    }

    /// Random sequences of moves, `clear_alloc`s, `clear`s, saves and restores (the
    /// fourteenth patch's carried states): the array tracker elides exactly the moves
    /// the hash-map tracker elides and holds the same state throughout.
    #[test]
    fn same_answers_as_the_hash_maps() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let allocs = all_allocs();
        // One tracker for every round, emptied by `clear` as the allocator's is from
        // function to function; round 100 runs through the epoch's wrap-around.
        let mut ours = RedundantMoveEliminator::default();
        for round in 0..400 {
            let mut reference = HashEliminator::default();
            ours.clear();
            if round == 100 {
                ours.epoch = u32::MAX - 5;
            }
            let mut saved: Vec<(HashEliminator, RedundantMoveSnapshot)> = Vec::new();
            for _ in 0..300 {
                match rng.below(20) {
                    0..=11 => {
                        let from = random_alloc(&mut rng);
                        let to = if rng.below(8) == 0 {
                            from
                        } else {
                            random_alloc(&mut rng)
                        };
                        let vreg = match rng.below(4) {
                            0 => None,
                            _ => Some(VReg::new(rng.below(8) as usize, RegClass::Int)),
                        };
                        let a = reference.process_move(from, to, vreg);
                        let b = ours.process_move(from, to, vreg).elide;
                        assert_eq!(a, b, "move {from} -> {to} ({vreg:?})");
                    }
                    12..=15 => {
                        let a = random_alloc(&mut rng);
                        reference.clear_alloc(a);
                        ours.clear_alloc(a);
                    }
                    16 => {
                        reference.clear();
                        ours.clear();
                    }
                    17 | 18 => {
                        let mut snap = RedundantMoveSnapshot::default();
                        ours.snapshot(&mut snap);
                        saved.push((reference.clone(), snap));
                    }
                    _ => {
                        if let Some((r, snap)) = saved.pop() {
                            reference = r;
                            ours.restore(&snap);
                        }
                    }
                }
                assert_eq!(reference.allocs.is_empty(), ours.is_empty());
                for &a in &allocs {
                    let r = reference
                        .allocs
                        .get(&a)
                        .copied()
                        .unwrap_or(RedundantMoveState::None);
                    assert_eq!(r, ours.get(a), "state of {a}");
                    let mut rr: Vec<u32> = reference
                        .reverse_allocs
                        .get(&a)
                        .map(|v| v.iter().map(|x| x.bits()).collect())
                        .unwrap_or_default();
                    let mut rs: Vec<u32> = ours.copies_of(a).iter().map(|x| x.bits()).collect();
                    // As sets: only which allocations a list holds matters.
                    rr.sort_unstable();
                    rr.dedup();
                    rs.sort_unstable();
                    assert!(
                        rs.windows(2).all(|w| w[0] != w[1]),
                        "a list holds {} twice",
                        a
                    );
                    assert_eq!(rr, rs, "copies of {}", a);
                }
            }
        }
    }
}
