//! Immutable globals folded to constants (issue 23).
//!
//! A defined global that is immutable, never exported and initialized by a plain
//! constant (`i32.const`, `i64.const`, `f32.const`, `f64.const`) has that value
//! forever: its `global.get` becomes the constant instead of a load from the instance.
//! Imported globals (the value comes from elsewhere), globals initialized by an
//! extended constant expression or `global.get`, references and v128 keep the load.
//! Off with `--no-global-fold` (`CompileOptions::global_fold`).
//!
//! C and Rust programs rarely have such globals: clang and rustc keep constants in
//! linear memory and their only global, `__stack_pointer`, is mutable.

use super::func::FuncTranslator;
use crate::abi;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use wasmparser::ValType;

impl FuncTranslator<'_, '_> {
    /// The constant value of global `index` when it can be folded.
    pub(crate) fn folded_global(&mut self, index: u32) -> Option<Value> {
        let info = self.m.info;
        if !self.m.global_fold || index < info.num_imported_globals {
            return None;
        }
        let g = &info.globals[index as usize];
        if g.mutable || g.init.kind != abi::const_kind::VALUE {
            return None;
        }
        let exported = info
            .exports
            .iter()
            .any(|e| e.kind == abi::extern_kind::GLOBAL && e.index == index);
        if exported {
            return None;
        }
        let bits = g.init.value;
        let ins = self.b.ins();
        Some(match g.ty {
            ValType::I32 => ins.iconst(types::I32, bits as u32 as i64),
            ValType::I64 => ins.iconst(types::I64, bits as i64),
            ValType::F32 => ins.f32const(f32::from_bits(bits as u32)),
            ValType::F64 => ins.f64const(f64::from_bits(bits)),
            _ => return None,
        })
    }
}
