//! Fixed-width SIMD (v128) operators, with exact Wasm semantics.
//!
//! Wasm has one 128-bit vector type; Cranelift distinguishes lane layouts (I8X16,
//! I16X8, ...). A v128 is always I8X16 outside an operator: on the operand stack, in
//! locals, globals, block parameters, calls and returns. Each operator bitcasts its
//! operands to the lane type it works on ([`FuncTranslator::vpop`]) and its result back
//! to I8X16 ([`FuncTranslator::vpush`]); vector bitcasts cost nothing and Cranelift
//! folds the pairs.
//!
//! Memory operators use the same explicit bounds check as scalar ones (`heap_addr`),
//! with the number of bytes actually accessed.
//!
//! Relaxed SIMD (Wasm 3.0, accepted with `CompileOptions::relaxed_simd`) is lowered
//! deterministically, with the choices of Wasmtime's `relaxed_simd_deterministic`
//! mode: every operator has one result, the same on every target and CPU level, and
//! always one the spec allows:
//!
//! | operators | lowered as |
//! |---|---|
//! | `i8x16.relaxed_swizzle` | `i8x16.swizzle` (an index >= 16 gives 0) |
//! | `i32x4.relaxed_trunc_*` | the saturating `i32x4.trunc_sat_*` (NaN gives 0) |
//! | `f32x4/f64x2.relaxed_madd/nmadd` | fused multiply-add (`fma`, one rounding; on x86 without the FMA extension a per-lane call to libm's `fmaf`/`fma`, which is exact too) |
//! | `*.relaxed_laneselect` | `v128.bitselect` (every bit of the mask counts) |
//! | `f32x4/f64x2.relaxed_min/max` | `f32x4/f64x2.min/max` (NaN-propagating, -0 < +0) |
//! | `i16x8.relaxed_q15mulr_s` | `i16x8.q15mulr_sat_s` |
//! | `*.relaxed_dot_i8x16_i7x16*` | both operands signed: wrapping i16 sums of the i8 x i8 products (then widened and added pairwise for `_add_s`); a sum only wraps for four -128s, giving -32768, which is also the spec's unsigned-operand result |

use super::func::FuncTranslator;
use crate::error::{Error, Result};
use cranelift_codegen::ir::{
    condcodes::{FloatCC, IntCC},
    types::{F32X4, F64X2, I16, I16X8, I32, I32X4, I64X2, I8, I8X16},
    Endianness, InstBuilder, MemFlagsData, Type, Value,
};
use wasmparser::{MemArg, Operator};

/// Flags of a lane-reinterpreting vector bitcast (lanes are little-endian, as in Wasm).
fn vflags() -> MemFlagsData {
    MemFlagsData::new().with_endianness(Endianness::Little)
}

#[derive(Clone, Copy)]
enum Ext {
    Low,
    High,
}

impl FuncTranslator<'_, '_> {
    /// Reinterprets vector `v` as `ty` (no-op when it already has that type).
    fn vcast(&mut self, ty: Type, v: Value) -> Value {
        if self.b.func.dfg.value_type(v) == ty {
            v
        } else {
            self.b.ins().bitcast(ty, vflags(), v)
        }
    }

    /// Pops a v128 as a vector of `ty`.
    fn vpop(&mut self, ty: Type) -> Value {
        let v = self.pop();
        self.vcast(ty, v)
    }

    fn vpop2(&mut self, ty: Type) -> (Value, Value) {
        let b = self.vpop(ty);
        let a = self.vpop(ty);
        (a, b)
    }

    /// Pushes a vector result in the canonical I8X16 form.
    fn vpush(&mut self, v: Value) {
        let v = self.vcast(I8X16, v);
        self.push(v);
    }

    fn vun(&mut self, ty: Type, f: impl FnOnce(&mut Self, Value) -> Value) {
        let a = self.vpop(ty);
        let v = f(self, a);
        self.vpush(v);
    }

    fn vbin(&mut self, ty: Type, f: impl FnOnce(&mut Self, Value, Value) -> Value) {
        let (a, b) = self.vpop2(ty);
        let v = f(self, a, b);
        self.vpush(v);
    }

    fn vconst_bytes(&mut self, ty: Type, bytes: [u8; 16]) -> Value {
        let c = self.b.func.dfg.constants.insert(bytes.to_vec().into());
        self.b.ins().vconst(ty, c)
    }

    /// Lane-wise integer comparison; the result lanes are all ones or all zeros.
    fn vicmp(&mut self, ty: Type, cc: IntCC) {
        self.vbin(ty, |t, a, b| t.b.ins().icmp(cc, a, b));
    }

    fn vfcmp(&mut self, ty: Type, cc: FloatCC) {
        self.vbin(ty, |t, a, b| t.b.ins().fcmp(cc, a, b));
    }

    /// Shift by a scalar count taken modulo the lane width, as Wasm specifies.
    fn vshift(&mut self, ty: Type, kind: u8) {
        let amt = self.pop();
        let a = self.vpop(ty);
        let masked = self.b.ins().band_imm_u(amt, (ty.lane_bits() - 1) as i64);
        let v = match kind {
            0 => self.b.ins().ishl(a, masked),
            1 => self.b.ins().sshr(a, masked),
            _ => self.b.ins().ushr(a, masked),
        };
        self.vpush(v);
    }

    /// Widens half of the lanes of `a` (sign- or zero-extending).
    fn widen(&mut self, a: Value, half: Ext, signed: bool) -> Value {
        let ins = self.b.ins();
        match (half, signed) {
            (Ext::Low, true) => ins.swiden_low(a),
            (Ext::High, true) => ins.swiden_high(a),
            (Ext::Low, false) => ins.uwiden_low(a),
            (Ext::High, false) => ins.uwiden_high(a),
        }
    }

    fn vextend(&mut self, from: Type, half: Ext, signed: bool) {
        self.vun(from, |t, a| t.widen(a, half, signed));
    }

    /// Extended multiplication: widen half of each operand, then multiply.
    fn vextmul(&mut self, from: Type, half: Ext, signed: bool) {
        self.vbin(from, |t, a, b| {
            let a = t.widen(a, half, signed);
            let b = t.widen(b, half, signed);
            t.b.ins().imul(a, b)
        });
    }

    /// Adds adjacent lane pairs into lanes of twice the width.
    fn vextadd_pairwise(&mut self, from: Type, signed: bool) {
        self.vun(from, |t, a| {
            let lo = t.widen(a, Ext::Low, signed);
            let hi = t.widen(a, Ext::High, signed);
            t.b.ins().iadd_pairwise(lo, hi)
        });
    }

    /// Pseudo-minimum/maximum: `pmin(a, b) = b < a ? b : a`, `pmax(a, b) = a < b ? b : a`.
    fn vpminmax(&mut self, ty: Type, max: bool) {
        self.vbin(ty, |t, a, b| {
            let (x, y) = if max { (a, b) } else { (b, a) };
            let c = t.b.ins().fcmp(FloatCC::LessThan, x, y);
            let c = t.vcast(ty, c);
            t.b.ins().bitselect(c, b, a)
        });
    }

    fn splat(&mut self, ty: Type) {
        let x = self.pop();
        let x = match ty {
            I8X16 => self.b.ins().ireduce(I8, x),
            I16X8 => self.b.ins().ireduce(I16, x),
            _ => x,
        };
        let v = self.b.ins().splat(ty, x);
        self.vpush(v);
    }

    fn extract_lane(&mut self, ty: Type, lane: u8, signed: Option<bool>) {
        let a = self.vpop(ty);
        let x = self.b.ins().extractlane(a, lane);
        let x = match signed {
            Some(true) => self.b.ins().sextend(I32, x),
            Some(false) => self.b.ins().uextend(I32, x),
            None => x,
        };
        self.push(x);
    }

    fn replace_lane(&mut self, ty: Type, lane: u8) {
        let x = self.pop();
        let a = self.vpop(ty);
        let x = match ty {
            I8X16 => self.b.ins().ireduce(I8, x),
            I16X8 => self.b.ins().ireduce(I16, x),
            _ => x,
        };
        let v = self.b.ins().insertlane(a, x, lane);
        self.vpush(v);
    }

    // ---- memory -------------------------------------------------------------------

    /// A bounds-checked load of `size` bytes turned into a vector by `f(addr, offset)`.
    fn vload(
        &mut self,
        memarg: &MemArg,
        size: u64,
        f: impl FnOnce(&mut Self, MemFlagsData, Value, i32) -> Value,
    ) {
        let index = self.pop();
        let (addr, off) = self.heap_addr(index, memarg, size);
        let fl = self.flags.heap;
        let v = f(self, fl, addr, off);
        self.vpush(v);
    }

    /// `load*_splat`: loads one scalar of `lane` and splats it to `ty`.
    fn vload_splat(&mut self, memarg: &MemArg, ty: Type) {
        let lane = ty.lane_type();
        self.vload(memarg, lane.bytes() as u64, |t, fl, a, o| {
            let x = t.b.ins().load(lane, fl, a, o);
            t.b.ins().splat(ty, x)
        });
    }

    /// `load32_zero`/`load64_zero`: the scalar in lane 0, zeros elsewhere.
    fn vload_zero(&mut self, memarg: &MemArg, ty: Type) {
        let lane = ty.lane_type();
        self.vload(memarg, lane.bytes() as u64, |t, fl, a, o| {
            let x = t.b.ins().load(lane, fl, a, o);
            t.b.ins().scalar_to_vector(ty, x)
        });
    }

    fn vload_lane(&mut self, memarg: &MemArg, ty: Type, lane: u8) {
        let v = self.vpop(ty);
        let lty = ty.lane_type();
        self.vload(memarg, lty.bytes() as u64, |t, fl, a, o| {
            let x = t.b.ins().load(lty, fl, a, o);
            t.b.ins().insertlane(v, x, lane)
        });
    }

    fn vstore_lane(&mut self, memarg: &MemArg, ty: Type, lane: u8) {
        let v = self.vpop(ty);
        let index = self.pop();
        let lty = ty.lane_type();
        let (addr, off) = self.heap_addr(index, memarg, lty.bytes() as u64);
        let x = self.b.ins().extractlane(v, lane);
        let fl = self.flags.heap;
        self.b.ins().store(fl, x, addr, off);
    }

    fn vstore(&mut self, memarg: &MemArg) {
        let v = self.vpop(I8X16);
        let index = self.pop();
        let (addr, off) = self.heap_addr(index, memarg, 16);
        let fl = self.flags.heap;
        self.b.ins().store(fl, v, addr, off);
    }

    /// Translates a SIMD operator; returns false when `op` is not one.
    pub(crate) fn simd_op(&mut self, op: &Operator<'_>) -> Result<bool> {
        use Operator as O;
        if !self.m.simd {
            return self.simd_unsupported(op);
        }
        match *op {
            // ---- memory ----
            O::V128Load { ref memarg } => {
                self.vload(memarg, 16, |t, fl, a, o| t.b.ins().load(I8X16, fl, a, o))
            }
            O::V128Load8x8S { ref memarg } => {
                self.vload(memarg, 8, |t, fl, a, o| t.b.ins().sload8x8(fl, a, o))
            }
            O::V128Load8x8U { ref memarg } => {
                self.vload(memarg, 8, |t, fl, a, o| t.b.ins().uload8x8(fl, a, o))
            }
            O::V128Load16x4S { ref memarg } => {
                self.vload(memarg, 8, |t, fl, a, o| t.b.ins().sload16x4(fl, a, o))
            }
            O::V128Load16x4U { ref memarg } => {
                self.vload(memarg, 8, |t, fl, a, o| t.b.ins().uload16x4(fl, a, o))
            }
            O::V128Load32x2S { ref memarg } => {
                self.vload(memarg, 8, |t, fl, a, o| t.b.ins().sload32x2(fl, a, o))
            }
            O::V128Load32x2U { ref memarg } => {
                self.vload(memarg, 8, |t, fl, a, o| t.b.ins().uload32x2(fl, a, o))
            }
            O::V128Load8Splat { ref memarg } => self.vload_splat(memarg, I8X16),
            O::V128Load16Splat { ref memarg } => self.vload_splat(memarg, I16X8),
            O::V128Load32Splat { ref memarg } => self.vload_splat(memarg, I32X4),
            O::V128Load64Splat { ref memarg } => self.vload_splat(memarg, I64X2),
            O::V128Load32Zero { ref memarg } => self.vload_zero(memarg, I32X4),
            O::V128Load64Zero { ref memarg } => self.vload_zero(memarg, I64X2),
            O::V128Store { ref memarg } => self.vstore(memarg),
            O::V128Load8Lane { ref memarg, lane } => self.vload_lane(memarg, I8X16, lane),
            O::V128Load16Lane { ref memarg, lane } => self.vload_lane(memarg, I16X8, lane),
            O::V128Load32Lane { ref memarg, lane } => self.vload_lane(memarg, I32X4, lane),
            O::V128Load64Lane { ref memarg, lane } => self.vload_lane(memarg, I64X2, lane),
            O::V128Store8Lane { ref memarg, lane } => self.vstore_lane(memarg, I8X16, lane),
            O::V128Store16Lane { ref memarg, lane } => self.vstore_lane(memarg, I16X8, lane),
            O::V128Store32Lane { ref memarg, lane } => self.vstore_lane(memarg, I32X4, lane),
            O::V128Store64Lane { ref memarg, lane } => self.vstore_lane(memarg, I64X2, lane),

            // ---- constants, lanes, shuffles ----
            O::V128Const { value } => {
                let v = self.vconst_bytes(I8X16, *value.bytes());
                self.push(v);
            }
            O::I8x16Shuffle { lanes } => {
                let (a, b) = self.vpop2(I8X16);
                let mask = self.b.func.dfg.immediates.push(lanes.to_vec().into());
                let v = self.b.ins().shuffle(a, b, mask);
                self.vpush(v);
            }
            O::I8x16Swizzle | O::I8x16RelaxedSwizzle => {
                self.vbin(I8X16, |t, a, b| t.b.ins().swizzle(a, b))
            }
            O::I8x16Splat => self.splat(I8X16),
            O::I16x8Splat => self.splat(I16X8),
            O::I32x4Splat => self.splat(I32X4),
            O::I64x2Splat => self.splat(I64X2),
            O::F32x4Splat => self.splat(F32X4),
            O::F64x2Splat => self.splat(F64X2),
            O::I8x16ExtractLaneS { lane } => self.extract_lane(I8X16, lane, Some(true)),
            O::I8x16ExtractLaneU { lane } => self.extract_lane(I8X16, lane, Some(false)),
            O::I16x8ExtractLaneS { lane } => self.extract_lane(I16X8, lane, Some(true)),
            O::I16x8ExtractLaneU { lane } => self.extract_lane(I16X8, lane, Some(false)),
            O::I32x4ExtractLane { lane } => self.extract_lane(I32X4, lane, None),
            O::I64x2ExtractLane { lane } => self.extract_lane(I64X2, lane, None),
            O::F32x4ExtractLane { lane } => self.extract_lane(F32X4, lane, None),
            O::F64x2ExtractLane { lane } => self.extract_lane(F64X2, lane, None),
            O::I8x16ReplaceLane { lane } => self.replace_lane(I8X16, lane),
            O::I16x8ReplaceLane { lane } => self.replace_lane(I16X8, lane),
            O::I32x4ReplaceLane { lane } => self.replace_lane(I32X4, lane),
            O::I64x2ReplaceLane { lane } => self.replace_lane(I64X2, lane),
            O::F32x4ReplaceLane { lane } => self.replace_lane(F32X4, lane),
            O::F64x2ReplaceLane { lane } => self.replace_lane(F64X2, lane),

            _ => return self.simd_arith_op(op),
        }
        Ok(true)
    }

    /// Without vector support every SIMD operator is a clean error (not a Cranelift panic).
    fn simd_unsupported(&mut self, op: &Operator<'_>) -> Result<bool> {
        let dbg = format!("{op:?}");
        let name = dbg.split([' ', '{']).next().unwrap_or_default();
        let simd = name.starts_with("V128")
            || ["I8x16", "I16x8", "I32x4", "I64x2", "F32x4", "F64x2"]
                .iter()
                .any(|p| name.starts_with(p));
        if simd {
            return Err(Error::Unsupported(format!(
                "SIMD operator {name}: the target ISA has no 128-bit vectors \
                 (riscv64 needs the V extension)"
            )));
        }
        Ok(false)
    }

    /// Lane arithmetic, comparisons, bitwise operators and conversions.
    fn simd_arith_op(&mut self, op: &Operator<'_>) -> Result<bool> {
        use Operator as O;
        match *op {
            // ---- comparisons ----
            O::I8x16Eq => self.vicmp(I8X16, IntCC::Equal),
            O::I8x16Ne => self.vicmp(I8X16, IntCC::NotEqual),
            O::I8x16LtS => self.vicmp(I8X16, IntCC::SignedLessThan),
            O::I8x16LtU => self.vicmp(I8X16, IntCC::UnsignedLessThan),
            O::I8x16GtS => self.vicmp(I8X16, IntCC::SignedGreaterThan),
            O::I8x16GtU => self.vicmp(I8X16, IntCC::UnsignedGreaterThan),
            O::I8x16LeS => self.vicmp(I8X16, IntCC::SignedLessThanOrEqual),
            O::I8x16LeU => self.vicmp(I8X16, IntCC::UnsignedLessThanOrEqual),
            O::I8x16GeS => self.vicmp(I8X16, IntCC::SignedGreaterThanOrEqual),
            O::I8x16GeU => self.vicmp(I8X16, IntCC::UnsignedGreaterThanOrEqual),
            O::I16x8Eq => self.vicmp(I16X8, IntCC::Equal),
            O::I16x8Ne => self.vicmp(I16X8, IntCC::NotEqual),
            O::I16x8LtS => self.vicmp(I16X8, IntCC::SignedLessThan),
            O::I16x8LtU => self.vicmp(I16X8, IntCC::UnsignedLessThan),
            O::I16x8GtS => self.vicmp(I16X8, IntCC::SignedGreaterThan),
            O::I16x8GtU => self.vicmp(I16X8, IntCC::UnsignedGreaterThan),
            O::I16x8LeS => self.vicmp(I16X8, IntCC::SignedLessThanOrEqual),
            O::I16x8LeU => self.vicmp(I16X8, IntCC::UnsignedLessThanOrEqual),
            O::I16x8GeS => self.vicmp(I16X8, IntCC::SignedGreaterThanOrEqual),
            O::I16x8GeU => self.vicmp(I16X8, IntCC::UnsignedGreaterThanOrEqual),
            O::I32x4Eq => self.vicmp(I32X4, IntCC::Equal),
            O::I32x4Ne => self.vicmp(I32X4, IntCC::NotEqual),
            O::I32x4LtS => self.vicmp(I32X4, IntCC::SignedLessThan),
            O::I32x4LtU => self.vicmp(I32X4, IntCC::UnsignedLessThan),
            O::I32x4GtS => self.vicmp(I32X4, IntCC::SignedGreaterThan),
            O::I32x4GtU => self.vicmp(I32X4, IntCC::UnsignedGreaterThan),
            O::I32x4LeS => self.vicmp(I32X4, IntCC::SignedLessThanOrEqual),
            O::I32x4LeU => self.vicmp(I32X4, IntCC::UnsignedLessThanOrEqual),
            O::I32x4GeS => self.vicmp(I32X4, IntCC::SignedGreaterThanOrEqual),
            O::I32x4GeU => self.vicmp(I32X4, IntCC::UnsignedGreaterThanOrEqual),
            O::I64x2Eq => self.vicmp(I64X2, IntCC::Equal),
            O::I64x2Ne => self.vicmp(I64X2, IntCC::NotEqual),
            O::I64x2LtS => self.vicmp(I64X2, IntCC::SignedLessThan),
            O::I64x2GtS => self.vicmp(I64X2, IntCC::SignedGreaterThan),
            O::I64x2LeS => self.vicmp(I64X2, IntCC::SignedLessThanOrEqual),
            O::I64x2GeS => self.vicmp(I64X2, IntCC::SignedGreaterThanOrEqual),
            O::F32x4Eq => self.vfcmp(F32X4, FloatCC::Equal),
            O::F32x4Ne => self.vfcmp(F32X4, FloatCC::NotEqual),
            O::F32x4Lt => self.vfcmp(F32X4, FloatCC::LessThan),
            O::F32x4Gt => self.vfcmp(F32X4, FloatCC::GreaterThan),
            O::F32x4Le => self.vfcmp(F32X4, FloatCC::LessThanOrEqual),
            O::F32x4Ge => self.vfcmp(F32X4, FloatCC::GreaterThanOrEqual),
            O::F64x2Eq => self.vfcmp(F64X2, FloatCC::Equal),
            O::F64x2Ne => self.vfcmp(F64X2, FloatCC::NotEqual),
            O::F64x2Lt => self.vfcmp(F64X2, FloatCC::LessThan),
            O::F64x2Gt => self.vfcmp(F64X2, FloatCC::GreaterThan),
            O::F64x2Le => self.vfcmp(F64X2, FloatCC::LessThanOrEqual),
            O::F64x2Ge => self.vfcmp(F64X2, FloatCC::GreaterThanOrEqual),

            // ---- bitwise ----
            O::V128Not => self.vun(I8X16, |t, a| t.b.ins().bnot(a)),
            O::V128And => self.vbin(I8X16, |t, a, b| t.b.ins().band(a, b)),
            O::V128AndNot => self.vbin(I8X16, |t, a, b| t.b.ins().band_not(a, b)),
            O::V128Or => self.vbin(I8X16, |t, a, b| t.b.ins().bor(a, b)),
            O::V128Xor => self.vbin(I8X16, |t, a, b| t.b.ins().bxor(a, b)),
            O::V128Bitselect
            | O::I8x16RelaxedLaneselect
            | O::I16x8RelaxedLaneselect
            | O::I32x4RelaxedLaneselect
            | O::I64x2RelaxedLaneselect => {
                let c = self.vpop(I8X16);
                let (a, b) = self.vpop2(I8X16);
                let v = self.b.ins().bitselect(c, a, b);
                self.vpush(v);
            }
            O::V128AnyTrue => {
                let a = self.vpop(I8X16);
                let c = self.b.ins().vany_true(a);
                let v = self.b.ins().uextend(I32, c);
                self.push(v);
            }
            O::I8x16AllTrue => self.all_true(I8X16),
            O::I16x8AllTrue => self.all_true(I16X8),
            O::I32x4AllTrue => self.all_true(I32X4),
            O::I64x2AllTrue => self.all_true(I64X2),
            O::I8x16Bitmask => self.bitmask(I8X16),
            O::I16x8Bitmask => self.bitmask(I16X8),
            O::I32x4Bitmask => self.bitmask(I32X4),
            O::I64x2Bitmask => self.bitmask(I64X2),

            // ---- integer arithmetic ----
            O::I8x16Abs => self.vun(I8X16, |t, a| t.b.ins().iabs(a)),
            O::I16x8Abs => self.vun(I16X8, |t, a| t.b.ins().iabs(a)),
            O::I32x4Abs => self.vun(I32X4, |t, a| t.b.ins().iabs(a)),
            O::I64x2Abs => self.vun(I64X2, |t, a| t.b.ins().iabs(a)),
            O::I8x16Neg => self.vun(I8X16, |t, a| t.b.ins().ineg(a)),
            O::I16x8Neg => self.vun(I16X8, |t, a| t.b.ins().ineg(a)),
            O::I32x4Neg => self.vun(I32X4, |t, a| t.b.ins().ineg(a)),
            O::I64x2Neg => self.vun(I64X2, |t, a| t.b.ins().ineg(a)),
            O::I8x16Popcnt => self.vun(I8X16, |t, a| t.b.ins().popcnt(a)),
            O::I8x16Add => self.vbin(I8X16, |t, a, b| t.b.ins().iadd(a, b)),
            O::I16x8Add => self.vbin(I16X8, |t, a, b| t.b.ins().iadd(a, b)),
            O::I32x4Add => self.vbin(I32X4, |t, a, b| t.b.ins().iadd(a, b)),
            O::I64x2Add => self.vbin(I64X2, |t, a, b| t.b.ins().iadd(a, b)),
            O::I8x16Sub => self.vbin(I8X16, |t, a, b| t.b.ins().isub(a, b)),
            O::I16x8Sub => self.vbin(I16X8, |t, a, b| t.b.ins().isub(a, b)),
            O::I32x4Sub => self.vbin(I32X4, |t, a, b| t.b.ins().isub(a, b)),
            O::I64x2Sub => self.vbin(I64X2, |t, a, b| t.b.ins().isub(a, b)),
            O::I16x8Mul => self.vbin(I16X8, |t, a, b| t.b.ins().imul(a, b)),
            O::I32x4Mul => self.vbin(I32X4, |t, a, b| t.b.ins().imul(a, b)),
            O::I64x2Mul => self.vbin(I64X2, |t, a, b| t.b.ins().imul(a, b)),
            O::I8x16AddSatS => self.vbin(I8X16, |t, a, b| t.b.ins().sadd_sat(a, b)),
            O::I8x16AddSatU => self.vbin(I8X16, |t, a, b| t.b.ins().uadd_sat(a, b)),
            O::I8x16SubSatS => self.vbin(I8X16, |t, a, b| t.b.ins().ssub_sat(a, b)),
            O::I8x16SubSatU => self.vbin(I8X16, |t, a, b| t.b.ins().usub_sat(a, b)),
            O::I16x8AddSatS => self.vbin(I16X8, |t, a, b| t.b.ins().sadd_sat(a, b)),
            O::I16x8AddSatU => self.vbin(I16X8, |t, a, b| t.b.ins().uadd_sat(a, b)),
            O::I16x8SubSatS => self.vbin(I16X8, |t, a, b| t.b.ins().ssub_sat(a, b)),
            O::I16x8SubSatU => self.vbin(I16X8, |t, a, b| t.b.ins().usub_sat(a, b)),
            O::I8x16MinS => self.vbin(I8X16, |t, a, b| t.b.ins().smin(a, b)),
            O::I8x16MinU => self.vbin(I8X16, |t, a, b| t.b.ins().umin(a, b)),
            O::I8x16MaxS => self.vbin(I8X16, |t, a, b| t.b.ins().smax(a, b)),
            O::I8x16MaxU => self.vbin(I8X16, |t, a, b| t.b.ins().umax(a, b)),
            O::I16x8MinS => self.vbin(I16X8, |t, a, b| t.b.ins().smin(a, b)),
            O::I16x8MinU => self.vbin(I16X8, |t, a, b| t.b.ins().umin(a, b)),
            O::I16x8MaxS => self.vbin(I16X8, |t, a, b| t.b.ins().smax(a, b)),
            O::I16x8MaxU => self.vbin(I16X8, |t, a, b| t.b.ins().umax(a, b)),
            O::I32x4MinS => self.vbin(I32X4, |t, a, b| t.b.ins().smin(a, b)),
            O::I32x4MinU => self.vbin(I32X4, |t, a, b| t.b.ins().umin(a, b)),
            O::I32x4MaxS => self.vbin(I32X4, |t, a, b| t.b.ins().smax(a, b)),
            O::I32x4MaxU => self.vbin(I32X4, |t, a, b| t.b.ins().umax(a, b)),
            O::I8x16AvgrU => self.vbin(I8X16, |t, a, b| t.b.ins().avg_round(a, b)),
            O::I16x8AvgrU => self.vbin(I16X8, |t, a, b| t.b.ins().avg_round(a, b)),
            O::I16x8Q15MulrSatS | O::I16x8RelaxedQ15mulrS => {
                self.vbin(I16X8, |t, a, b| t.b.ins().sqmul_round_sat(a, b))
            }
            O::I8x16Shl => self.vshift(I8X16, 0),
            O::I8x16ShrS => self.vshift(I8X16, 1),
            O::I8x16ShrU => self.vshift(I8X16, 2),
            O::I16x8Shl => self.vshift(I16X8, 0),
            O::I16x8ShrS => self.vshift(I16X8, 1),
            O::I16x8ShrU => self.vshift(I16X8, 2),
            O::I32x4Shl => self.vshift(I32X4, 0),
            O::I32x4ShrS => self.vshift(I32X4, 1),
            O::I32x4ShrU => self.vshift(I32X4, 2),
            O::I64x2Shl => self.vshift(I64X2, 0),
            O::I64x2ShrS => self.vshift(I64X2, 1),
            O::I64x2ShrU => self.vshift(I64X2, 2),
            O::I16x8ExtMulLowI8x16S => self.vextmul(I8X16, Ext::Low, true),
            O::I16x8ExtMulHighI8x16S => self.vextmul(I8X16, Ext::High, true),
            O::I16x8ExtMulLowI8x16U => self.vextmul(I8X16, Ext::Low, false),
            O::I16x8ExtMulHighI8x16U => self.vextmul(I8X16, Ext::High, false),
            O::I32x4ExtMulLowI16x8S => self.vextmul(I16X8, Ext::Low, true),
            O::I32x4ExtMulHighI16x8S => self.vextmul(I16X8, Ext::High, true),
            O::I32x4ExtMulLowI16x8U => self.vextmul(I16X8, Ext::Low, false),
            O::I32x4ExtMulHighI16x8U => self.vextmul(I16X8, Ext::High, false),
            O::I64x2ExtMulLowI32x4S => self.vextmul(I32X4, Ext::Low, true),
            O::I64x2ExtMulHighI32x4S => self.vextmul(I32X4, Ext::High, true),
            O::I64x2ExtMulLowI32x4U => self.vextmul(I32X4, Ext::Low, false),
            O::I64x2ExtMulHighI32x4U => self.vextmul(I32X4, Ext::High, false),
            O::I16x8ExtAddPairwiseI8x16S => self.vextadd_pairwise(I8X16, true),
            O::I16x8ExtAddPairwiseI8x16U => self.vextadd_pairwise(I8X16, false),
            O::I32x4ExtAddPairwiseI16x8S => self.vextadd_pairwise(I16X8, true),
            O::I32x4ExtAddPairwiseI16x8U => self.vextadd_pairwise(I16X8, false),
            // The pattern x64 turns into pmaddwd.
            O::I32x4DotI16x8S => self.vbin(I16X8, |t, a, b| t.dot(a, b)),
            // Relaxed: the i7 operand is taken as signed too; the i16 sums wrap.
            O::I16x8RelaxedDotI8x16I7x16S => self.vbin(I8X16, |t, a, b| t.dot(a, b)),
            O::I32x4RelaxedDotI8x16I7x16AddS => {
                let c = self.vpop(I32X4);
                let (a, b) = self.vpop2(I8X16);
                let d = self.dot(a, b);
                let (lo, hi) = (self.b.ins().swiden_low(d), self.b.ins().swiden_high(d));
                let d = self.b.ins().iadd_pairwise(lo, hi);
                let v = self.b.ins().iadd(d, c);
                self.vpush(v);
            }

            // ---- narrowing and widening ----
            O::I8x16NarrowI16x8S => self.vbin(I16X8, |t, a, b| t.b.ins().snarrow(a, b)),
            O::I8x16NarrowI16x8U => self.vbin(I16X8, |t, a, b| t.b.ins().unarrow(a, b)),
            O::I16x8NarrowI32x4S => self.vbin(I32X4, |t, a, b| t.b.ins().snarrow(a, b)),
            O::I16x8NarrowI32x4U => self.vbin(I32X4, |t, a, b| t.b.ins().unarrow(a, b)),
            O::I16x8ExtendLowI8x16S => self.vextend(I8X16, Ext::Low, true),
            O::I16x8ExtendHighI8x16S => self.vextend(I8X16, Ext::High, true),
            O::I16x8ExtendLowI8x16U => self.vextend(I8X16, Ext::Low, false),
            O::I16x8ExtendHighI8x16U => self.vextend(I8X16, Ext::High, false),
            O::I32x4ExtendLowI16x8S => self.vextend(I16X8, Ext::Low, true),
            O::I32x4ExtendHighI16x8S => self.vextend(I16X8, Ext::High, true),
            O::I32x4ExtendLowI16x8U => self.vextend(I16X8, Ext::Low, false),
            O::I32x4ExtendHighI16x8U => self.vextend(I16X8, Ext::High, false),
            O::I64x2ExtendLowI32x4S => self.vextend(I32X4, Ext::Low, true),
            O::I64x2ExtendHighI32x4S => self.vextend(I32X4, Ext::High, true),
            O::I64x2ExtendLowI32x4U => self.vextend(I32X4, Ext::Low, false),
            O::I64x2ExtendHighI32x4U => self.vextend(I32X4, Ext::High, false),

            _ => return self.simd_float_op(op),
        }
        Ok(true)
    }

    /// Signed dot product: the products of the sign-extended lanes of `a` and `b`,
    /// adjacent pairs added (wrapping) into lanes of twice the width.
    fn dot(&mut self, a: Value, b: Value) -> Value {
        let (al, bl) = (self.b.ins().swiden_low(a), self.b.ins().swiden_low(b));
        let lo = self.b.ins().imul(al, bl);
        let (ah, bh) = (self.b.ins().swiden_high(a), self.b.ins().swiden_high(b));
        let hi = self.b.ins().imul(ah, bh);
        self.b.ins().iadd_pairwise(lo, hi)
    }

    /// `relaxed_madd` (`a * b + c`) and `relaxed_nmadd` (`-(a * b) + c`), fused: one
    /// rounding on every target and CPU level (x64 without FMA calls libm per lane).
    fn vmadd(&mut self, ty: Type, negate: bool) {
        let c = self.vpop(ty);
        let (a, b) = self.vpop2(ty);
        let a = if negate { self.b.ins().fneg(a) } else { a };
        let v = self.b.ins().fma(a, b, c);
        self.vpush(v);
    }

    fn all_true(&mut self, ty: Type) {
        let a = self.vpop(ty);
        let c = self.b.ins().vall_true(a);
        let v = self.b.ins().uextend(I32, c);
        self.push(v);
    }

    fn bitmask(&mut self, ty: Type) {
        let a = self.vpop(ty);
        let v = self.b.ins().vhigh_bits(I32, a);
        self.push(v);
    }

    /// Float lane arithmetic and conversions.
    fn simd_float_op(&mut self, op: &Operator<'_>) -> Result<bool> {
        use Operator as O;
        match *op {
            O::F32x4Abs => self.vun(F32X4, |t, a| t.b.ins().fabs(a)),
            O::F64x2Abs => self.vun(F64X2, |t, a| t.b.ins().fabs(a)),
            O::F32x4Neg => self.vun(F32X4, |t, a| t.b.ins().fneg(a)),
            O::F64x2Neg => self.vun(F64X2, |t, a| t.b.ins().fneg(a)),
            O::F32x4Sqrt => self.vun(F32X4, |t, a| t.b.ins().sqrt(a)),
            O::F64x2Sqrt => self.vun(F64X2, |t, a| t.b.ins().sqrt(a)),
            O::F32x4Ceil => self.vun(F32X4, |t, a| t.b.ins().ceil(a)),
            O::F64x2Ceil => self.vun(F64X2, |t, a| t.b.ins().ceil(a)),
            O::F32x4Floor => self.vun(F32X4, |t, a| t.b.ins().floor(a)),
            O::F64x2Floor => self.vun(F64X2, |t, a| t.b.ins().floor(a)),
            O::F32x4Trunc => self.vun(F32X4, |t, a| t.b.ins().trunc(a)),
            O::F64x2Trunc => self.vun(F64X2, |t, a| t.b.ins().trunc(a)),
            O::F32x4Nearest => self.vun(F32X4, |t, a| t.b.ins().nearest(a)),
            O::F64x2Nearest => self.vun(F64X2, |t, a| t.b.ins().nearest(a)),
            O::F32x4Add => self.vbin(F32X4, |t, a, b| t.b.ins().fadd(a, b)),
            O::F64x2Add => self.vbin(F64X2, |t, a, b| t.b.ins().fadd(a, b)),
            O::F32x4Sub => self.vbin(F32X4, |t, a, b| t.b.ins().fsub(a, b)),
            O::F64x2Sub => self.vbin(F64X2, |t, a, b| t.b.ins().fsub(a, b)),
            O::F32x4Mul => self.vbin(F32X4, |t, a, b| t.b.ins().fmul(a, b)),
            O::F64x2Mul => self.vbin(F64X2, |t, a, b| t.b.ins().fmul(a, b)),
            O::F32x4Div => self.vbin(F32X4, |t, a, b| t.b.ins().fdiv(a, b)),
            O::F64x2Div => self.vbin(F64X2, |t, a, b| t.b.ins().fdiv(a, b)),
            // Cranelift's fmin/fmax follow Wasm: NaN-propagating, -0 < +0.
            // The relaxed forms get the same (deterministic) semantics.
            O::F32x4Min | O::F32x4RelaxedMin => self.vbin(F32X4, |t, a, b| t.b.ins().fmin(a, b)),
            O::F64x2Min | O::F64x2RelaxedMin => self.vbin(F64X2, |t, a, b| t.b.ins().fmin(a, b)),
            O::F32x4Max | O::F32x4RelaxedMax => self.vbin(F32X4, |t, a, b| t.b.ins().fmax(a, b)),
            O::F64x2Max | O::F64x2RelaxedMax => self.vbin(F64X2, |t, a, b| t.b.ins().fmax(a, b)),
            O::F32x4RelaxedMadd => self.vmadd(F32X4, false),
            O::F64x2RelaxedMadd => self.vmadd(F64X2, false),
            O::F32x4RelaxedNmadd => self.vmadd(F32X4, true),
            O::F64x2RelaxedNmadd => self.vmadd(F64X2, true),
            O::F32x4PMin => self.vpminmax(F32X4, false),
            O::F64x2PMin => self.vpminmax(F64X2, false),
            O::F32x4PMax => self.vpminmax(F32X4, true),
            O::F64x2PMax => self.vpminmax(F64X2, true),

            O::F32x4ConvertI32x4S => self.vun(I32X4, |t, a| t.b.ins().fcvt_from_sint(F32X4, a)),
            O::F32x4ConvertI32x4U => self.vun(I32X4, |t, a| t.b.ins().fcvt_from_uint(F32X4, a)),
            // relaxed_trunc: saturating (NaN gives 0), as trunc_sat.
            O::I32x4TruncSatF32x4S | O::I32x4RelaxedTruncF32x4S => {
                self.vun(F32X4, |t, a| t.b.ins().fcvt_to_sint_sat(I32X4, a))
            }
            O::I32x4TruncSatF32x4U | O::I32x4RelaxedTruncF32x4U => {
                self.vun(F32X4, |t, a| t.b.ins().fcvt_to_uint_sat(I32X4, a))
            }
            O::I32x4TruncSatF64x2SZero | O::I32x4RelaxedTruncF64x2SZero => {
                self.vun(F64X2, |t, a| {
                    let x = t.b.ins().fcvt_to_sint_sat(I64X2, a);
                    let zero = t.vconst_bytes(I64X2, [0; 16]);
                    t.b.ins().snarrow(x, zero)
                })
            }
            O::I32x4TruncSatF64x2UZero | O::I32x4RelaxedTruncF64x2UZero => {
                self.vun(F64X2, |t, a| {
                    let x = t.b.ins().fcvt_to_uint_sat(I64X2, a);
                    let zero = t.vconst_bytes(I64X2, [0; 16]);
                    t.b.ins().uunarrow(x, zero)
                })
            }
            O::F64x2ConvertLowI32x4S => self.vun(I32X4, |t, a| {
                let w = t.b.ins().swiden_low(a);
                t.b.ins().fcvt_from_sint(F64X2, w)
            }),
            O::F64x2ConvertLowI32x4U => self.vun(I32X4, |t, a| {
                let w = t.b.ins().uwiden_low(a);
                t.b.ins().fcvt_from_uint(F64X2, w)
            }),
            O::F32x4DemoteF64x2Zero => self.vun(F64X2, |t, a| t.b.ins().fvdemote(a)),
            O::F64x2PromoteLowF32x4 => self.vun(F32X4, |t, a| t.b.ins().fvpromote_low(a)),
            _ => return Ok(false),
        }
        Ok(true)
    }
}
