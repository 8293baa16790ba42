//! Numeric operators: integer and float arithmetic, comparisons and conversions, with
//! exact Wasm semantics (explicit division and conversion traps, NaN rules).

use super::func::FuncTranslator;
use crate::abi::Trap;
use crate::error::Result;
use cranelift_codegen::ir::{
    condcodes::{FloatCC, IntCC},
    types::{self, F32, F64, I32, I64},
    InstBuilder, MemFlagsData, Type, Value,
};
use wasmparser::Operator;

#[derive(Clone, Copy)]
enum Div {
    S,
    U,
    RemS,
    RemU,
}

impl FuncTranslator<'_, '_> {
    fn unop(&mut self, f: impl FnOnce(&mut Self, Value) -> Value) {
        let a = self.pop();
        let v = f(self, a);
        self.push(v);
    }

    fn binop(&mut self, f: impl FnOnce(&mut Self, Value, Value) -> Value) {
        let (a, b) = self.pop2();
        let v = f(self, a, b);
        self.push(v);
    }

    /// A comparison's result as Wasm's i32, or as it is when the next operator takes it
    /// as a condition (`FuncTranslator::cond_next`): the widening would only be
    /// removed again by Cranelift's optimizer.
    fn bool_to_i32(&mut self, c: Value) -> Value {
        if self.cond_next {
            return c;
        }
        self.b.ins().uextend(I32, c)
    }

    fn icmp(&mut self, cc: IntCC) {
        self.binop(|t, a, b| {
            let c = t.b.ins().icmp(cc, a, b);
            t.bool_to_i32(c)
        });
    }

    fn fcmp(&mut self, cc: FloatCC) {
        self.binop(|t, a, b| {
            let c = t.b.ins().fcmp(cc, a, b);
            t.bool_to_i32(c)
        });
    }

    fn eqz(&mut self) {
        self.unop(|t, a| {
            let c = t.b.ins().icmp_imm_s(IntCC::Equal, a, 0);
            t.bool_to_i32(c)
        });
    }

    /// Integer division and remainder with Wasm's traps.
    fn div(&mut self, kind: Div) {
        let (a, b) = self.pop2();
        let ty = self.b.func.dfg.value_type(b);
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
        self.trap_if(zero, Trap::IntegerDivisionByZero);
        let v = match kind {
            Div::U => self.b.ins().udiv(a, b),
            Div::RemU => self.b.ins().urem(a, b),
            Div::S => {
                let min = if ty == I32 { i32::MIN as i64 } else { i64::MIN };
                let a_min = self.b.ins().icmp_imm_s(IntCC::Equal, a, min);
                let b_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
                let ovf = self.b.ins().band(a_min, b_m1);
                self.trap_if(ovf, Trap::IntegerOverflow);
                self.b.ins().sdiv(a, b)
            }
            Div::RemS => {
                // x rem -1 is 0; divide by 1 instead so MIN rem -1 cannot fault.
                let b_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
                let one = self.b.ins().iconst(ty, 1);
                let d = self.b.ins().select(b_m1, one, b);
                self.b.ins().srem(a, d)
            }
        };
        self.push(v);
    }

    /// Trapping float-to-int truncation: NaN traps as an invalid conversion, values
    /// outside the target range as an overflow. Cranelift's `fcvt_to_sint` and
    /// `fcvt_to_uint` make both checks themselves (traps `BAD_CONVERSION_TO_INTEGER`
    /// and `INTEGER_OVERFLOW`, which `object::trap_of` maps to ours), so nothing is
    /// checked here.
    fn trunc(&mut self, ity: Type, signed: bool) {
        let x = self.pop();
        let v = if signed {
            self.b.ins().fcvt_to_sint(ity, x)
        } else {
            self.b.ins().fcvt_to_uint(ity, x)
        };
        self.push(v);
    }

    fn sext_from(&mut self, ty: Type, from: Type) {
        self.unop(|t, a| {
            let r = t.b.ins().ireduce(from, a);
            t.b.ins().sextend(ty, r)
        });
    }

    fn reinterpret(&mut self, to: Type) {
        self.unop(|t, a| t.b.ins().bitcast(to, MemFlagsData::new(), a));
    }

    /// Translates a numeric operator; returns false when `op` is not one.
    pub(crate) fn numeric_op(&mut self, op: &Operator<'_>) -> Result<bool> {
        use Operator as O;
        match *op {
            O::I32Const { value } => {
                let v = self.b.ins().iconst(I32, value as i64);
                self.push(v);
            }
            O::I64Const { value } => {
                let v = self.b.ins().iconst(I64, value);
                self.push(v);
            }
            O::F32Const { value } => {
                let v = self.b.ins().f32const(f32::from_bits(value.bits()));
                self.push(v);
            }
            O::F64Const { value } => {
                let v = self.b.ins().f64const(f64::from_bits(value.bits()));
                self.push(v);
            }

            O::I32Eqz | O::I64Eqz => self.eqz(),
            O::I32Eq | O::I64Eq => self.icmp(IntCC::Equal),
            O::I32Ne | O::I64Ne => self.icmp(IntCC::NotEqual),
            O::I32LtS | O::I64LtS => self.icmp(IntCC::SignedLessThan),
            O::I32LtU | O::I64LtU => self.icmp(IntCC::UnsignedLessThan),
            O::I32GtS | O::I64GtS => self.icmp(IntCC::SignedGreaterThan),
            O::I32GtU | O::I64GtU => self.icmp(IntCC::UnsignedGreaterThan),
            O::I32LeS | O::I64LeS => self.icmp(IntCC::SignedLessThanOrEqual),
            O::I32LeU | O::I64LeU => self.icmp(IntCC::UnsignedLessThanOrEqual),
            O::I32GeS | O::I64GeS => self.icmp(IntCC::SignedGreaterThanOrEqual),
            O::I32GeU | O::I64GeU => self.icmp(IntCC::UnsignedGreaterThanOrEqual),

            O::F32Eq | O::F64Eq => self.fcmp(FloatCC::Equal),
            O::F32Ne | O::F64Ne => self.fcmp(FloatCC::NotEqual),
            O::F32Lt | O::F64Lt => self.fcmp(FloatCC::LessThan),
            O::F32Gt | O::F64Gt => self.fcmp(FloatCC::GreaterThan),
            O::F32Le | O::F64Le => self.fcmp(FloatCC::LessThanOrEqual),
            O::F32Ge | O::F64Ge => self.fcmp(FloatCC::GreaterThanOrEqual),

            O::I32Clz | O::I64Clz => self.unop(|t, a| t.b.ins().clz(a)),
            O::I32Ctz | O::I64Ctz => self.unop(|t, a| t.b.ins().ctz(a)),
            O::I32Popcnt | O::I64Popcnt => self.unop(|t, a| t.b.ins().popcnt(a)),
            O::I32Add | O::I64Add => self.binop(|t, a, b| t.b.ins().iadd(a, b)),
            O::I32Sub | O::I64Sub => self.binop(|t, a, b| t.b.ins().isub(a, b)),
            O::I32Mul | O::I64Mul => self.binop(|t, a, b| t.b.ins().imul(a, b)),
            O::I32DivS | O::I64DivS => self.div(Div::S),
            O::I32DivU | O::I64DivU => self.div(Div::U),
            O::I32RemS | O::I64RemS => self.div(Div::RemS),
            O::I32RemU | O::I64RemU => self.div(Div::RemU),
            O::I32And | O::I64And => self.binop(|t, a, b| t.b.ins().band(a, b)),
            O::I32Or | O::I64Or => self.binop(|t, a, b| t.b.ins().bor(a, b)),
            O::I32Xor | O::I64Xor => self.binop(|t, a, b| t.b.ins().bxor(a, b)),
            O::I32Shl | O::I64Shl => self.binop(|t, a, b| t.b.ins().ishl(a, b)),
            O::I32ShrS | O::I64ShrS => self.binop(|t, a, b| t.b.ins().sshr(a, b)),
            O::I32ShrU | O::I64ShrU => self.binop(|t, a, b| t.b.ins().ushr(a, b)),
            O::I32Rotl | O::I64Rotl => self.binop(|t, a, b| t.b.ins().rotl(a, b)),
            O::I32Rotr | O::I64Rotr => self.binop(|t, a, b| t.b.ins().rotr(a, b)),

            O::F32Abs | O::F64Abs => self.unop(|t, a| t.b.ins().fabs(a)),
            O::F32Neg | O::F64Neg => self.unop(|t, a| t.b.ins().fneg(a)),
            O::F32Ceil | O::F64Ceil => self.unop(|t, a| t.b.ins().ceil(a)),
            O::F32Floor | O::F64Floor => self.unop(|t, a| t.b.ins().floor(a)),
            O::F32Trunc | O::F64Trunc => self.unop(|t, a| t.b.ins().trunc(a)),
            O::F32Nearest | O::F64Nearest => self.unop(|t, a| t.b.ins().nearest(a)),
            O::F32Sqrt | O::F64Sqrt => self.unop(|t, a| t.b.ins().sqrt(a)),
            O::F32Add | O::F64Add => self.binop(|t, a, b| t.b.ins().fadd(a, b)),
            O::F32Sub | O::F64Sub => self.binop(|t, a, b| t.b.ins().fsub(a, b)),
            O::F32Mul | O::F64Mul => self.binop(|t, a, b| t.b.ins().fmul(a, b)),
            O::F32Div | O::F64Div => self.binop(|t, a, b| t.b.ins().fdiv(a, b)),
            O::F32Min | O::F64Min => self.binop(|t, a, b| t.b.ins().fmin(a, b)),
            O::F32Max | O::F64Max => self.binop(|t, a, b| t.b.ins().fmax(a, b)),
            O::F32Copysign | O::F64Copysign => self.binop(|t, a, b| t.b.ins().fcopysign(a, b)),

            O::I32WrapI64 => self.unop(|t, a| t.b.ins().ireduce(I32, a)),
            O::I64ExtendI32S => self.unop(|t, a| t.b.ins().sextend(I64, a)),
            O::I64ExtendI32U => self.unop(|t, a| t.b.ins().uextend(I64, a)),
            O::I32Extend8S => self.sext_from(I32, types::I8),
            O::I32Extend16S => self.sext_from(I32, types::I16),
            O::I64Extend8S => self.sext_from(I64, types::I8),
            O::I64Extend16S => self.sext_from(I64, types::I16),
            O::I64Extend32S => self.sext_from(I64, I32),

            O::I32TruncF32S | O::I32TruncF64S => self.trunc(I32, true),
            O::I32TruncF32U | O::I32TruncF64U => self.trunc(I32, false),
            O::I64TruncF32S | O::I64TruncF64S => self.trunc(I64, true),
            O::I64TruncF32U | O::I64TruncF64U => self.trunc(I64, false),
            O::I32TruncSatF32S | O::I32TruncSatF64S => {
                self.unop(|t, a| t.b.ins().fcvt_to_sint_sat(I32, a))
            }
            O::I32TruncSatF32U | O::I32TruncSatF64U => {
                self.unop(|t, a| t.b.ins().fcvt_to_uint_sat(I32, a))
            }
            O::I64TruncSatF32S | O::I64TruncSatF64S => {
                self.unop(|t, a| t.b.ins().fcvt_to_sint_sat(I64, a))
            }
            O::I64TruncSatF32U | O::I64TruncSatF64U => {
                self.unop(|t, a| t.b.ins().fcvt_to_uint_sat(I64, a))
            }
            O::F32ConvertI32S | O::F32ConvertI64S => {
                self.unop(|t, a| t.b.ins().fcvt_from_sint(F32, a))
            }
            O::F32ConvertI32U | O::F32ConvertI64U => {
                self.unop(|t, a| t.b.ins().fcvt_from_uint(F32, a))
            }
            O::F64ConvertI32S | O::F64ConvertI64S => {
                self.unop(|t, a| t.b.ins().fcvt_from_sint(F64, a))
            }
            O::F64ConvertI32U | O::F64ConvertI64U => {
                self.unop(|t, a| t.b.ins().fcvt_from_uint(F64, a))
            }
            O::F32DemoteF64 => self.unop(|t, a| t.b.ins().fdemote(F32, a)),
            O::F64PromoteF32 => self.unop(|t, a| t.b.ins().fpromote(F64, a)),
            O::I32ReinterpretF32 => self.reinterpret(I32),
            O::I64ReinterpretF64 => self.reinterpret(I64),
            O::F32ReinterpretI32 => self.reinterpret(F32),
            O::F64ReinterpretI64 => self.reinterpret(F64),
            _ => return Ok(false),
        }
        Ok(true)
    }
}
