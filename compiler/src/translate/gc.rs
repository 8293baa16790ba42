//! Wasm GC: structs, arrays, i31 references and casts (issue 22).
//!
//! A GC reference is the address of an object the runtime allocates outside linear
//! memory (`runtime-support/src/gc.c`), so the guest cannot forge one; null is 0; an
//! `i31ref` is the tagged value `(v << 1) | 1` (objects are 16-byte aligned, so bit 0
//! tells them apart). An object starts with a header (`abi::GC_HEADER` bytes): its
//! canonical run-time type (`w2n_rtt*`), then for an array its length (u32 at
//! `abi::GC_ARRAY_LEN`). Struct fields follow at the offsets `module_env` laid out;
//! array elements follow the header, packed at their natural size.
//!
//! Field and element accesses, `array.len`, `ref.i31`, `i31.get_*`, `ref.eq` and the
//! allocation of small structs and arrays (from the store's free lists,
//! `alloc_inline`; `array.new` with a value, `array.new_data/elem` excepted) are
//! inline; other allocations, the bulk array operations, casts and the any/extern
//! conversions call the runtime.

use super::func::{args, FuncTranslator};
use crate::abi::{self, heap_target as ht, Rt, Trap};
use crate::error::{Error, Result};
use crate::module_env::{GcField, GcType, Storage};
use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, MemFlagsData, Value};
use wasmparser::{AbstractHeapType, HeapType, Operator, RefType, ValType};

impl FuncTranslator<'_, '_> {
    fn gc_type(&self, t: u32) -> Result<&GcType> {
        match self.m.info.gc_types.get(t as usize) {
            Some(Some(g)) => Ok(g),
            _ => Err(Error::Codegen(format!("type {t} is not a struct or array"))),
        }
    }

    fn struct_field(&self, t: u32, f: u32) -> Result<(GcField, u32)> {
        match self.gc_type(t)? {
            GcType::Struct {
                fields, offsets, ..
            } => Ok((fields[f as usize], offsets[f as usize])),
            _ => Err(Error::Codegen(format!("type {t} is not a struct"))),
        }
    }

    fn array_elem(&self, t: u32) -> Result<GcField> {
        match self.gc_type(t)? {
            GcType::Array(f) => Ok(*f),
            _ => Err(Error::Codegen(format!("type {t} is not an array"))),
        }
    }

    fn null_check(&mut self, r: Value, trap: Trap) {
        let is_null = self.b.ins().icmp_imm_u(IntCC::Equal, r, 0);
        self.trap_if(is_null, trap);
    }

    /// Loads a field of storage `s` at `addr + off`; packed fields are extended to i32.
    fn gc_load(&mut self, s: Storage, signed: bool, addr: Value, off: i32) -> Value {
        let fl = self.flags.trusted;
        match (s, signed) {
            (Storage::I8, false) => self.b.ins().uload8(types::I32, fl, addr, off),
            (Storage::I8, true) => self.b.ins().sload8(types::I32, fl, addr, off),
            (Storage::I16, false) => self.b.ins().uload16(types::I32, fl, addr, off),
            (Storage::I16, true) => self.b.ins().sload16(types::I32, fl, addr, off),
            (Storage::Val(v), _) => self.b.ins().load(super::clif_type(v), fl, addr, off),
        }
    }

    fn gc_store(&mut self, s: Storage, v: Value, addr: Value, off: i32) {
        let fl = self.flags.trusted;
        match s {
            Storage::I8 => {
                self.b.ins().istore8(fl, v, addr, off);
            }
            Storage::I16 => {
                self.b.ins().istore16(fl, v, addr, off);
            }
            Storage::Val(_) => {
                self.b.ins().store(fl, v, addr, off);
            }
        }
    }

    /// A value as the two 64-bit words the runtime's array functions take.
    fn gc_value_words(&mut self, s: Storage, v: Value) -> (Value, Value) {
        let zero = self.b.ins().iconst(types::I64, 0);
        let lo = match s {
            Storage::I8 | Storage::I16 | Storage::Val(ValType::I32) => {
                self.b.ins().uextend(types::I64, v)
            }
            Storage::Val(ValType::F32) => {
                let i = self.b.ins().bitcast(types::I32, MemFlagsData::new(), v);
                self.b.ins().uextend(types::I64, i)
            }
            Storage::Val(ValType::F64) => self.b.ins().bitcast(types::I64, MemFlagsData::new(), v),
            Storage::Val(ValType::V128) => {
                let i = self.b.ins().bitcast(
                    types::I128,
                    MemFlagsData::new().with_endianness(cranelift_codegen::ir::Endianness::Little),
                    v,
                );
                let (lo, hi) = self.b.ins().isplit(i);
                return (lo, hi);
            }
            Storage::Val(_) => v,
        };
        (lo, zero)
    }

    fn rt(&mut self, rt: Rt, a: &[Value]) -> Option<Value> {
        let mut all = vec![self.vmctx];
        all.extend_from_slice(a);
        self.call_runtime(rt, &all)
    }

    /// The address of element `i` of array `arr` (type `t`), after the null and bounds
    /// checks.
    fn array_elem_addr(&mut self, t: u32, arr: Value, i: Value) -> Result<(GcField, Value)> {
        let f = self.array_elem(t)?;
        self.null_check(arr, Trap::NullArrayRef);
        let len = self
            .b
            .ins()
            .load(types::I32, self.flags.trusted, arr, abi::GC_ARRAY_LEN);
        let oob = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
        self.trap_if(oob, Trap::ArrayOutOfBounds);
        let i64v = self.b.ins().uextend(types::I64, i);
        let scaled = self.b.ins().imul_imm_u(i64v, f.storage.size() as i64);
        let addr = self.b.ins().iadd(arr, scaled);
        Ok((f, addr))
    }

    /// A new struct of type `t` (`size` bytes, header included), every field zero.
    fn struct_alloc(&mut self, t: u32, size: u32) -> Value {
        let size = size.next_multiple_of(abi::GC_GRANULE);
        if size > abi::GC_INLINE_MAX {
            let ti = self.b.ins().iconst(types::I32, t as i64);
            return self.rt(Rt::GcStructNew, &[ti]).expect("returns");
        }
        let bytes = self.b.ins().iconst(types::I64, size as i64);
        self.alloc_inline(t, bytes, true, None)
    }

    /// A new array of type `t` (elements of `elem` bytes) and `len` elements, every
    /// element zero.
    fn array_alloc(&mut self, t: u32, elem: u32, len: Value) -> Value {
        // At most 2^32 elements of 16 bytes: no overflow in 64 bits.
        let n = self.b.ins().uextend(types::I64, len);
        let data = self.b.ins().imul_imm_u(n, elem as i64);
        let bytes = self
            .b
            .ins()
            .iadd_imm_u(data, (abi::GC_HEADER as u32 + abi::GC_GRANULE - 1) as i64);
        let bytes = self.b.ins().band_imm_s(bytes, -(abi::GC_GRANULE as i64));
        self.alloc_inline(t, bytes, false, Some(len))
    }

    /// An object of type `t` and `bytes` bytes (a multiple of the granule; `small`
    /// when known to be at most `abi::GC_INLINE_MAX`): inline from the store's free
    /// list of its size class when it is small and the allocation budget allows, else
    /// the runtime (`len`: an array's length, else a struct).
    ///
    /// Inline, this is: budget -= bytes (the runtime when it goes negative: a
    /// collection is due or the heap does not exist yet); pop the class's free list
    /// (the runtime when empty: it sweeps or adds a block); clear the slot's link and
    /// store the run-time type (and the length). Free slots are zero otherwise (`gc.c`).
    fn alloc_inline(&mut self, t: u32, bytes: Value, small: bool, len: Option<Value>) -> Value {
        let slow = self.b.create_block();
        let fast = self.b.create_block();
        let done = self.b.create_block();
        let obj = self.b.append_block_param(done, types::I64);
        let fl = self.flags.trusted;
        if !small {
            let pre = self.b.create_block();
            let big = self.b.ins().icmp_imm_u(
                IntCC::UnsignedGreaterThan,
                bytes,
                abi::GC_INLINE_MAX as i64,
            );
            self.b.ins().brif(big, slow, &[], pre, &[]);
            self.b.seal_block(pre);
            self.b.switch_to_block(pre);
        }
        let store = self.b.ins().load(
            types::I64,
            self.flags.readonly,
            self.vmctx,
            abi::INSTANCE.offset_of("store"),
        );
        let budget_at = abi::STORE.offset_of("gc_budget");
        let budget = self.b.ins().load(types::I64, fl, store, budget_at);
        let left = self.b.ins().isub(budget, bytes);
        let over = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, left, 0);
        let pop = self.b.create_block();
        self.b.ins().brif(over, slow, &[], pop, &[]);
        self.b.seal_block(pop);
        self.b.switch_to_block(pop);
        let lists = self
            .b
            .ins()
            .load(types::I64, fl, store, abi::STORE.offset_of("gc_free"));
        // The class's list head: lists[bytes / granule], 8 bytes each.
        let class_off = self
            .b
            .ins()
            .ushr_imm_u(bytes, (abi::GC_GRANULE / 8).trailing_zeros() as i64);
        let head = self.b.ins().iadd(lists, class_off);
        let o = self.b.ins().load(types::I64, fl, head, 0);
        self.b.ins().brif(o, fast, &[], slow, &[]);
        self.b.seal_block(fast);
        self.b.seal_block(slow);
        self.b.switch_to_block(fast);
        let next = self.b.ins().load(types::I64, fl, o, abi::GC_FREE_LINK);
        self.b.ins().store(fl, next, head, 0);
        self.b.ins().store(fl, left, store, budget_at);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.ins().store(fl, zero, o, abi::GC_FREE_LINK);
        if let Some(len) = len {
            self.b.ins().store(fl, len, o, abi::GC_ARRAY_LEN);
        }
        let rtts = self.b.ins().load(
            types::I64,
            self.flags.readonly,
            self.vmctx,
            abi::INSTANCE.offset_of("gc_types"),
        );
        let rtt = self
            .b
            .ins()
            .load(types::I64, self.flags.readonly, rtts, t as i32 * 8);
        self.b.ins().store(fl, rtt, o, 0);
        self.b.ins().jump(done, &[o.into()]);
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        let ti = self.b.ins().iconst(types::I32, t as i64);
        let r = match len {
            Some(len) => {
                let z = self.b.ins().iconst(types::I64, 0);
                self.rt(Rt::GcArrayNew, &[ti, len, z, z])
            }
            None => self.rt(Rt::GcStructNew, &[ti]),
        }
        .expect("returns");
        self.b.ins().jump(done, &[r.into()]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        obj
    }

    /// The runtime's encoding of a cast target (`abi::heap_target`).
    fn heap_target(&self, r: RefType) -> Result<u64> {
        let base = match r.heap_type() {
            HeapType::Concrete(i) | HeapType::Exact(i) => i
                .as_module_index()
                .ok_or_else(|| Error::Unsupported("a canonicalized type index".into()))?
                as u64,
            HeapType::Abstract { shared: true, .. } => {
                return Err(Error::Unsupported("shared reference types".into()))
            }
            HeapType::Abstract { ty, .. } => match ty {
                AbstractHeapType::Any => ht::ANY,
                AbstractHeapType::Eq => ht::EQ,
                AbstractHeapType::I31 => ht::I31,
                AbstractHeapType::Struct => ht::STRUCT,
                AbstractHeapType::Array => ht::ARRAY,
                AbstractHeapType::None => ht::NONE,
                AbstractHeapType::Func => ht::FUNC,
                AbstractHeapType::NoFunc => ht::NOFUNC,
                AbstractHeapType::Extern => ht::EXTERN,
                AbstractHeapType::NoExtern => ht::NOEXTERN,
                other => return Err(Error::Unsupported(format!("cast to {other:?}"))),
            },
        };
        Ok(base | if r.is_nullable() { ht::NULLABLE } else { 0 })
    }

    /// 1 (i32) when `r` is of type `to`.
    fn ref_test(&mut self, r: Value, to: RefType) -> Result<Value> {
        let target = self.heap_target(to)?;
        let t = self.b.ins().iconst(types::I64, target as i64);
        Ok(self.rt(Rt::GcRefTest, &[r, t]).expect("returns"))
    }

    /// Translates a GC operator; `false` when `op` is not one.
    pub(crate) fn gc_op(&mut self, op: &Operator<'_>) -> Result<bool> {
        match *op {
            Operator::StructNew {
                struct_type_index: t,
            } => {
                let GcType::Struct {
                    fields,
                    offsets,
                    size,
                } = self.gc_type(t)?.clone()
                else {
                    return Err(Error::Codegen("struct.new of a non-struct".into()));
                };
                let vals = self.popn(fields.len());
                let obj = self.struct_alloc(t, size);
                for ((f, off), v) in fields.iter().zip(&offsets).zip(vals) {
                    self.gc_store(f.storage, v, obj, *off as i32);
                }
                self.push(obj);
            }
            Operator::StructNewDefault {
                struct_type_index: t,
            } => {
                let GcType::Struct { size, .. } = *self.gc_type(t)? else {
                    return Err(Error::Codegen("struct.new_default of a non-struct".into()));
                };
                let obj = self.struct_alloc(t, size);
                self.push(obj);
            }
            Operator::StructGet {
                struct_type_index: t,
                field_index: f,
            }
            | Operator::StructGetU {
                struct_type_index: t,
                field_index: f,
            }
            | Operator::StructGetS {
                struct_type_index: t,
                field_index: f,
            } => {
                let signed = matches!(op, Operator::StructGetS { .. });
                let (fd, off) = self.struct_field(t, f)?;
                let r = self.pop();
                self.null_check(r, Trap::NullStructRef);
                let v = self.gc_load(fd.storage, signed, r, off as i32);
                self.push(v);
            }
            Operator::StructSet {
                struct_type_index: t,
                field_index: f,
            } => {
                let (fd, off) = self.struct_field(t, f)?;
                let (r, v) = self.pop2();
                self.null_check(r, Trap::NullStructRef);
                self.gc_store(fd.storage, v, r, off as i32);
            }
            Operator::ArrayNew {
                array_type_index: t,
            } => {
                let f = self.array_elem(t)?;
                let (v, len) = self.pop2();
                let (lo, hi) = self.gc_value_words(f.storage, v);
                let ti = self.b.ins().iconst(types::I32, t as i64);
                let obj = self
                    .rt(Rt::GcArrayNew, &[ti, len, lo, hi])
                    .expect("returns");
                self.push(obj);
            }
            Operator::ArrayNewDefault {
                array_type_index: t,
            } => {
                let f = self.array_elem(t)?;
                let len = self.pop();
                let obj = self.array_alloc(t, f.storage.size(), len);
                self.push(obj);
            }
            Operator::ArrayNewFixed {
                array_type_index: t,
                array_size: n,
            } => {
                let f = self.array_elem(t)?;
                let vals = self.popn(n as usize);
                let len = self.b.ins().iconst(types::I32, n as i64);
                let obj = self.array_alloc(t, f.storage.size(), len);
                let sz = f.storage.size() as i32;
                for (i, v) in vals.into_iter().enumerate() {
                    self.gc_store(f.storage, v, obj, abi::GC_HEADER + i as i32 * sz);
                }
                self.push(obj);
            }
            Operator::ArrayNewData {
                array_type_index: t,
                array_data_index: d,
            }
            | Operator::ArrayNewElem {
                array_type_index: t,
                array_elem_index: d,
            } => {
                let (off, len) = self.pop2();
                let ti = self.b.ins().iconst(types::I32, t as i64);
                let di = self.b.ins().iconst(types::I32, d as i64);
                let rt = if matches!(op, Operator::ArrayNewData { .. }) {
                    Rt::GcArrayNewData
                } else {
                    Rt::GcArrayNewElem
                };
                let obj = self.rt(rt, &[ti, di, off, len]).expect("returns");
                self.push(obj);
            }
            Operator::ArrayGet {
                array_type_index: t,
            }
            | Operator::ArrayGetS {
                array_type_index: t,
            }
            | Operator::ArrayGetU {
                array_type_index: t,
            } => {
                let signed = matches!(op, Operator::ArrayGetS { .. });
                let (arr, i) = self.pop2();
                let (f, addr) = self.array_elem_addr(t, arr, i)?;
                let v = self.gc_load(f.storage, signed, addr, abi::GC_HEADER);
                self.push(v);
            }
            Operator::ArraySet {
                array_type_index: t,
            } => {
                let v = self.pop();
                let (arr, i) = self.pop2();
                let (f, addr) = self.array_elem_addr(t, arr, i)?;
                self.gc_store(f.storage, v, addr, abi::GC_HEADER);
            }
            Operator::ArrayLen => {
                let arr = self.pop();
                self.null_check(arr, Trap::NullArrayRef);
                let len = self
                    .b
                    .ins()
                    .load(types::I32, self.flags.trusted, arr, abi::GC_ARRAY_LEN);
                self.push(len);
            }
            Operator::ArrayFill {
                array_type_index: t,
            } => {
                let f = self.array_elem(t)?;
                let n = self.pop();
                let v = self.pop();
                let (arr, off) = self.pop2();
                let (lo, hi) = self.gc_value_words(f.storage, v);
                self.rt(Rt::GcArrayFill, &[arr, off, lo, hi, n]);
            }
            Operator::ArrayCopy { .. } => {
                let a = self.popn(5);
                self.rt(Rt::GcArrayCopy, &a);
            }
            Operator::ArrayInitData {
                array_data_index: d,
                ..
            }
            | Operator::ArrayInitElem {
                array_elem_index: d,
                ..
            } => {
                let a = self.popn(4);
                let di = self.b.ins().iconst(types::I32, d as i64);
                let rt = if matches!(op, Operator::ArrayInitData { .. }) {
                    Rt::GcArrayInitData
                } else {
                    Rt::GcArrayInitElem
                };
                self.rt(rt, &[di, a[0], a[1], a[2], a[3]]);
            }
            Operator::RefI31 => {
                let v = self.pop();
                let s = self.b.ins().ishl_imm_u(v, 1);
                let s = self.b.ins().bor_imm_u(s, 1);
                let r = self.b.ins().uextend(types::I64, s);
                self.push(r);
            }
            Operator::I31GetS | Operator::I31GetU => {
                let r = self.pop();
                self.null_check(r, Trap::NullI31Ref);
                let v = self.b.ins().ireduce(types::I32, r);
                let v = if matches!(op, Operator::I31GetS) {
                    self.b.ins().sshr_imm_u(v, 1)
                } else {
                    self.b.ins().ushr_imm_u(v, 1)
                };
                self.push(v);
            }
            Operator::RefEq => {
                let (a, b) = self.pop2();
                let e = self.b.ins().icmp(IntCC::Equal, a, b);
                let v = self.b.ins().uextend(types::I32, e);
                self.push(v);
            }
            Operator::RefTestNonNull { hty } | Operator::RefTestNullable { hty } => {
                let nullable = matches!(op, Operator::RefTestNullable { .. });
                let to = RefType::new(nullable, hty)
                    .ok_or_else(|| Error::Unsupported("reference type".into()))?;
                let r = self.pop();
                let v = self.ref_test(r, to)?;
                self.push(v);
            }
            Operator::RefCastNonNull { hty } | Operator::RefCastNullable { hty } => {
                let nullable = matches!(op, Operator::RefCastNullable { .. });
                let to = RefType::new(nullable, hty)
                    .ok_or_else(|| Error::Unsupported("reference type".into()))?;
                let r = *self.stack.last().expect("validated");
                let ok = self.ref_test(r, to)?;
                let bad = self.b.ins().icmp_imm_u(IntCC::Equal, ok, 0);
                self.trap_if(bad, Trap::CastFailure);
            }
            Operator::BrOnCast {
                relative_depth,
                to_ref_type,
                ..
            }
            | Operator::BrOnCastFail {
                relative_depth,
                to_ref_type,
                ..
            } => {
                let fail = matches!(op, Operator::BrOnCastFail { .. });
                let r = self.pop();
                let ok = self.ref_test(r, to_ref_type)?;
                let (target, n) = self.branch_target(relative_depth);
                let mut vals = self.peekn(n - 1).to_vec();
                vals.push(r);
                let cont = self.b.create_block();
                if fail {
                    self.b.ins().brif(ok, cont, &[], target, &args(&vals));
                } else {
                    self.b.ins().brif(ok, target, &args(&vals), cont, &[]);
                }
                self.b.seal_block(cont);
                self.b.switch_to_block(cont);
                self.push(r);
            }
            Operator::AnyConvertExtern => {
                let r = self.pop();
                let v = self.rt(Rt::GcAnyConvertExtern, &[r]).expect("returns");
                self.push(v);
            }
            Operator::ExternConvertAny => {
                let r = self.pop();
                let v = self.rt(Rt::GcExternConvertAny, &[r]).expect("returns");
                self.push(v);
            }
            _ => return Ok(false),
        }
        // From here on this function's GC references get stack maps (the values
        // before the first GC instruction cannot be references to objects).
        self.gc = true;
        Ok(true)
    }
}

/// Whether values of type `t` may point to GC objects, so they must be in stack maps:
/// references of the any hierarchy (i31 and none excepted) and externrefs (a boxed
/// i31 or an internalized object travels as an externref).
pub(crate) fn is_gc_ref(
    t: ValType,
    gc_types: &[Option<GcType>],
    res: &wasmparser::ValidatorResources,
) -> bool {
    use wasmparser::{UnpackedIndex, WasmModuleResources};
    let ValType::Ref(r) = t else {
        return false;
    };
    match r.heap_type() {
        HeapType::Abstract { ty, .. } => matches!(
            ty,
            AbstractHeapType::Any
                | AbstractHeapType::Eq
                | AbstractHeapType::Struct
                | AbstractHeapType::Array
                | AbstractHeapType::Extern
        ),
        HeapType::Concrete(i) | HeapType::Exact(i) => match i {
            UnpackedIndex::Module(i) => matches!(gc_types.get(i as usize), Some(Some(_))),
            UnpackedIndex::Id(id) => !matches!(
                res.sub_type_at_id(id).composite_type.inner,
                wasmparser::CompositeInnerType::Func(_)
            ),
            UnpackedIndex::RecGroup(_) => true,
        },
    }
}

/// Whether a function body declares locals of the any hierarchy or externref locals
/// (then its GC references need stack maps even in a module whose signatures have none).
pub(crate) fn locals_use_gc(body: &wasmparser::FunctionBody<'_>) -> Result<bool> {
    let mut r = body.get_locals_reader()?;
    for _ in 0..r.get_count() {
        let (_, t) = r.read()?;
        // Concrete struct and array types exist only in modules that use GC.
        if may_hold_object(&t) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether a value of abstract type `t` may point to a GC object: the any hierarchy
/// (i31 and none excepted) and externref, since an object internalized by
/// `extern.convert_any` travels as an externref through modules without GC types.
fn may_hold_object(t: &ValType) -> bool {
    matches!(t, ValType::Ref(r) if matches!(
        r.heap_type(),
        HeapType::Abstract {
            ty: AbstractHeapType::Any
                | AbstractHeapType::Eq
                | AbstractHeapType::Struct
                | AbstractHeapType::Array
                | AbstractHeapType::Extern,
            ..
        }
    ))
}

/// Whether a module needs stack maps: it has struct or array types, or its function
/// types, globals or tables mention a reference type that can point to an object
/// (externref included: an object converted by `extern.convert_any` is one).
/// Modules without them compile to exactly the code they got before GC existed.
pub(crate) fn module_uses_gc(info: &crate::module_env::ModuleInfo<'_>) -> bool {
    if info.gc_types.iter().any(Option::is_some) {
        return true;
    }
    let any = may_hold_object;
    info.types
        .iter()
        .any(|s| s.params.iter().chain(&s.results).any(any))
        || info.globals.iter().any(|g| any(&g.ty))
        || info.tables.iter().any(|t| any(&ValType::Ref(t.ty)))
}

impl FuncTranslator<'_, '_> {
    /// Declares the operand stack's GC references to the frontend (stack maps), by
    /// the validator's types; each value is looked at once (`seen`).
    pub(crate) fn declare_stack_refs(
        &mut self,
        v: &wasmparser::FuncValidator<wasmparser::ValidatorResources>,
        seen: &mut std::collections::HashSet<Value>,
    ) {
        let n = self.stack.len();
        let exact = v.operand_stack_height() as usize == n;
        for i in (0..n).rev() {
            let val = self.stack[i];
            if !seen.insert(val) {
                continue;
            }
            let is_ref = if exact {
                match v.get_operand_type(n - 1 - i) {
                    Some(Some(t)) => is_gc_ref(t, &self.m.info.gc_types, v.resources()),
                    _ => self.b.func.dfg.value_type(val) == types::I64,
                }
            } else {
                // Never expected: then every 64-bit value is listed (the collector
                // only follows addresses of its own objects).
                self.b.func.dfg.value_type(val) == types::I64
            };
            if is_ref {
                self.b.declare_value_needs_stack_map(val);
            }
        }
    }
}
