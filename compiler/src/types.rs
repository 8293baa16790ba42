//! Type identity across modules (Wasm 3.0): canonical strings for defined types.
//!
//! Wasm 3.0 types are iso-recursive: a defined type is equal to another exactly when
//! their recursion groups are structurally equal (with references inside the group
//! written as relative indices) and they sit at the same place in them; finality and
//! the declared supertype are part of the structure. [`type_key`] spells a type out
//! that way, so two modules compiled apart agree on it by string comparison.
//!
//! Those strings are what the runtime compares: a function type's signature id
//! ([`sig_string`]) is the key of the type and of each of its declared supertypes,
//! one segment each (`w2n_sig_eq` accepts a function whose segments include the
//! expected type's first one: declared subtyping), and globals and tables of a typed
//! reference type carry [`ref_type_string`] for the link check (`w2n_ref_subtype`).
//!
//! Grammar (no `\n`, `{` or `}` inside a key; brackets balance):
//! - key := `[` group `]@` index;  group := subtype*
//! - subtype := (`f` final | `o` open) [`<` tref] `(` val* `:` val* `)`
//! - tref := `#` relative-index `;` (same group) | key (another group)
//! - val := a letter `a`+`W2N_VAL_*` (numeric and plain reference types)
//!   | `R` (`n` nullable | `N`) heap;  heap := an abstract letter | `{` chain `}`
//! - chain := key (`\n` key)*: the type, then its supertypes.

use crate::error::{Error, Result};
use crate::module_env::{is_plain, ref_code, val_code, FuncSig, GcField, GcType, Storage};
use wasmparser::{AbstractHeapType, HeapType, RefType, ValType};

/// A defined type's place in its recursion group and its declared subtyping.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TypeMeta {
    /// Index of the group's first type, and the group's size.
    pub group_start: u32,
    pub group_len: u32,
    pub is_final: bool,
    pub supertype: Option<u32>,
}

/// Strings longer than this are refused (a module could make them grow exponentially).
const LIMIT: usize = 1 << 16;

/// Canonical keys of a module's types, computed on demand.
pub(crate) struct Keys<'a> {
    types: &'a [FuncSig],
    meta: &'a [TypeMeta],
    /// GC: struct and array types by type index (empty: function types only).
    gc: &'a [Option<GcType>],
    memo: Vec<Option<String>>,
    /// Nesting of `type_key` (each level spells out an earlier group).
    depth: u32,
}

/// Deepest nesting of types spelled out inside each other before [`Keys::type_key`]
/// gives up (keeps the recursion off the end of the stack).
const MAX_DEPTH: u32 = 256;

fn too_long() -> Error {
    Error::ImplLimit("a type whose canonical description is longer than 64 KiB".into())
}

fn abstract_letter(shared: bool, ty: AbstractHeapType) -> Result<&'static str> {
    use AbstractHeapType as A;
    if shared {
        return Err(Error::Unsupported(
            "shared reference types (threads)".into(),
        ));
    }
    Ok(match ty {
        A::Func => "F",
        A::NoFunc => "f",
        A::Extern => "E",
        A::NoExtern => "e",
        A::Any => "A",
        A::Eq => "Q",
        A::I31 => "I",
        A::Struct => "S",
        A::Array => "Y",
        A::None => "O",
        A::Exn => "X",
        A::NoExn => "x",
        other => return Err(Error::Unsupported(format!("heap type {other:?}"))),
    })
}

impl<'a> Keys<'a> {
    pub(crate) fn new(types: &'a [FuncSig], meta: &'a [TypeMeta]) -> Self {
        Keys {
            types,
            meta,
            gc: &[],
            memo: vec![None; types.len()],
            depth: 0,
        }
    }

    /// Keys of a module with struct and array types (`gc`, indexed like `types`).
    pub(crate) fn with_gc(
        types: &'a [FuncSig],
        meta: &'a [TypeMeta],
        gc: &'a [Option<GcType>],
    ) -> Self {
        Keys {
            gc,
            ..Keys::new(types, meta)
        }
    }

    fn field(&mut self, f: &GcField, g: &TypeMeta, s: &mut String) -> Result<()> {
        s.push(if f.mutable { 'm' } else { 'c' });
        match f.storage {
            Storage::I8 => s.push('p'),
            Storage::I16 => s.push('q'),
            Storage::Val(v) => self.val(v, Some(g), s)?,
        }
        Ok(())
    }

    fn meta(&self, t: u32) -> Result<TypeMeta> {
        self.meta
            .get(t as usize)
            .copied()
            .ok_or_else(|| Error::Unsupported(format!("type index {t}")))
    }

    /// Whether type `t` is identified by its `W2N_VAL_*` codes alone: final, no
    /// supertype, alone in its group, only plain value types.
    pub(crate) fn is_simple(&self, t: u32) -> bool {
        let (Some(m), Some(sig)) = (self.meta.get(t as usize), self.types.get(t as usize)) else {
            return false;
        };
        !matches!(self.gc.get(t as usize), Some(Some(_)))
            && m.is_final
            && m.supertype.is_none()
            && m.group_len == 1
            && sig.params.iter().chain(&sig.results).all(|v| is_plain(*v))
    }

    /// The canonical key of defined type `t`.
    pub(crate) fn type_key(&mut self, t: u32) -> Result<String> {
        if let Some(Some(k)) = self.memo.get(t as usize) {
            return Ok(k.clone());
        }
        if self.depth == 0 {
            // Spell the earlier types out first, in order: each then finds the ones it
            // refers to memoized, so the recursion stays shallow.
            for e in 0..t.min(self.memo.len() as u32) {
                if self.memo[e as usize].is_none() {
                    self.depth = 1;
                    let r = self.spell_key(e);
                    self.depth = 0;
                    self.memo[e as usize] = Some(r?);
                }
            }
        }
        if self.depth >= MAX_DEPTH {
            return Err(Error::ImplLimit(format!(
                "types that refer to each other more than {MAX_DEPTH} levels deep"
            )));
        }
        self.depth += 1;
        let r = self.spell_key(t);
        self.depth -= 1;
        let s = r?;
        self.memo[t as usize] = Some(s.clone());
        Ok(s)
    }

    fn spell_key(&mut self, t: u32) -> Result<String> {
        let m = self.meta(t)?;
        let mut s = String::from("[");
        for k in m.group_start..m.group_start + m.group_len {
            let km = self.meta(k)?;
            s.push(if km.is_final { 'f' } else { 'o' });
            if let Some(sup) = km.supertype {
                s.push('<');
                self.tref(sup, &m, &mut s)?;
            }
            if let Some(Some(gc)) = self.gc.get(k as usize) {
                // Struct `(S` fields `)`, array `(Y` element `)`: never a function's
                // parameter letters.
                match gc {
                    GcType::Struct { fields, .. } => {
                        s.push_str("(S");
                        for f in fields {
                            self.field(f, &m, &mut s)?;
                        }
                    }
                    GcType::Array(f) => {
                        s.push_str("(Y");
                        self.field(f, &m, &mut s)?;
                    }
                }
                s.push(')');
                if s.len() > LIMIT {
                    return Err(too_long());
                }
                continue;
            }
            let sig = self.types[k as usize].clone();
            s.push('(');
            for p in &sig.params {
                self.val(*p, Some(&m), &mut s)?;
            }
            s.push(':');
            for r in &sig.results {
                self.val(*r, Some(&m), &mut s)?;
            }
            s.push(')');
            if s.len() > LIMIT {
                return Err(too_long());
            }
        }
        s.push_str(&format!("]@{}", t - m.group_start));
        Ok(s)
    }

    /// A reference to type `t` from inside group `g`.
    fn tref(&mut self, t: u32, g: &TypeMeta, out: &mut String) -> Result<()> {
        if (g.group_start..g.group_start + g.group_len).contains(&t) {
            out.push_str(&format!("#{};", t - g.group_start));
        } else if t < g.group_start {
            out.push_str(&self.type_key(t)?);
        } else {
            // Validation allows only earlier types outside the group.
            return Err(Error::Unsupported(format!("forward type reference {t}")));
        }
        Ok(())
    }

    /// Writes value type `v`; inside a group (`g`), concrete types are `tref`s, else
    /// they are chains.
    fn val(&mut self, v: ValType, g: Option<&TypeMeta>, out: &mut String) -> Result<()> {
        if out.len() > LIMIT {
            return Err(too_long());
        }
        let ValType::Ref(r) = v else {
            out.push((b'a' + val_code(v) as u8) as char);
            return Ok(());
        };
        if g.is_some() && is_plain(v) {
            out.push((b'a' + ref_code(r) as u8) as char);
            return Ok(());
        }
        out.push('R');
        out.push(if r.is_nullable() { 'n' } else { 'N' });
        match r.heap_type() {
            HeapType::Abstract { shared, ty } => out.push_str(abstract_letter(shared, ty)?),
            HeapType::Concrete(i) | HeapType::Exact(i) => {
                let i = i
                    .as_module_index()
                    .ok_or_else(|| Error::Unsupported("a canonicalized type index".into()))?;
                match g {
                    Some(g) => self.tref(i, g, out)?,
                    None => {
                        out.push('{');
                        out.push_str(&self.chain(i)?.join("\n"));
                        out.push('}');
                    }
                }
            }
        }
        Ok(())
    }

    /// The keys of `t` and of its supertypes, nearest first.
    fn chain(&mut self, t: u32) -> Result<Vec<String>> {
        let mut out = Vec::new();
        let mut cur = Some(t);
        while let Some(c) = cur {
            if out.len() > self.types.len() {
                return Err(Error::Unsupported("a cyclic supertype chain".into()));
            }
            out.push(self.type_key(c)?);
            cur = self.meta(c)?.supertype;
        }
        Ok(out)
    }

    /// The signature id string of function type `t`, or `None` when its `W2N_VAL_*`
    /// codes identify it ([`Keys::is_simple`]). One segment per type of its supertype
    /// chain, separated by `\n`: `T` + the parameter and result letters (as in
    /// `abi::sig::canonical_string`, what `w2n_sig_decode` reads) + `|` + the key.
    pub(crate) fn sig_string(&mut self, t: u32) -> Result<Option<String>> {
        if self.is_simple(t) {
            return Ok(None);
        }
        let mut segs = Vec::new();
        let mut cur = Some(t);
        while let Some(c) = cur {
            if segs.len() > self.types.len() {
                return Err(Error::Unsupported("a cyclic supertype chain".into()));
            }
            let sig = &self.types[c as usize];
            let (p, r) = sig.codes();
            let mut s = String::from(crate::abi::sig::TYPED_PREFIX as char);
            s.push_str(&crate::abi::sig::canonical_string(&p, &r));
            s.push(crate::abi::sig::TYPED_END as char);
            s.push_str(&self.type_key(c)?);
            segs.push(s);
            cur = self.meta(c)?.supertype;
        }
        let s = segs.join(&(crate::abi::sig::SUPERTYPE_SEP as char).to_string());
        if s.len() > LIMIT {
            return Err(too_long());
        }
        Ok(Some(s))
    }

    /// The link-check description of a global's or table's reference type: `None`
    /// for plain `funcref`/`externref` (their `W2N_VAL_*` code says it all).
    pub(crate) fn ref_type_string(&mut self, r: RefType) -> Result<Option<String>> {
        if is_plain(ValType::Ref(r)) {
            return Ok(None);
        }
        let mut s = String::new();
        self.val(ValType::Ref(r), None, &mut s)?;
        Ok(Some(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(params: Vec<ValType>) -> FuncSig {
        FuncSig {
            params,
            results: vec![],
        }
    }

    fn single(i: u32) -> TypeMeta {
        TypeMeta {
            group_start: i,
            group_len: 1,
            is_final: true,
            supertype: None,
        }
    }

    #[test]
    fn groups_and_finality_are_part_of_identity() {
        // 0: (func); 1: (sub (func)); 2, 3: (rec (func) (func)).
        let types = vec![sig(vec![]); 4];
        let g = TypeMeta {
            group_start: 2,
            group_len: 2,
            is_final: true,
            supertype: None,
        };
        let meta = vec![
            single(0),
            TypeMeta {
                is_final: false,
                ..single(1)
            },
            g,
            g,
        ];
        let mut k = Keys::new(&types, &meta);
        assert!(k.is_simple(0));
        assert!(!k.is_simple(1) && !k.is_simple(2));
        let keys: Vec<String> = (0..4).map(|t| k.type_key(t).unwrap()).collect();
        assert_ne!(keys[0], keys[1]);
        assert_ne!(keys[0], keys[2]);
        assert_ne!(keys[2], keys[3]);
    }

    #[test]
    fn struct_and_array_keys_tell_layouts_apart() {
        use crate::module_env::{GcField, GcType, Storage};
        let f = |storage, mutable| GcField { storage, mutable };
        let st = |fields: Vec<GcField>| GcType::Struct {
            offsets: vec![16; fields.len()],
            size: 32,
            fields,
        };
        // 0: (func); 1: (struct i32); 2: (struct (mut i32)); 3: (struct i8);
        // 4: (array i32); 5: (struct i32) again.
        let types = vec![sig(vec![]); 6];
        let gc = vec![
            None,
            Some(st(vec![f(Storage::Val(ValType::I32), false)])),
            Some(st(vec![f(Storage::Val(ValType::I32), true)])),
            Some(st(vec![f(Storage::I8, false)])),
            Some(GcType::Array(f(Storage::Val(ValType::I32), false))),
            Some(st(vec![f(Storage::Val(ValType::I32), false)])),
        ];
        let meta: Vec<TypeMeta> = (0..6).map(single).collect();
        let mut k = Keys::with_gc(&types, &meta, &gc);
        let keys: Vec<String> = (0..6).map(|t| k.type_key(t).unwrap()).collect();
        for i in 0..5 {
            for j in i + 1..5 {
                assert_ne!(keys[i], keys[j], "types {i} and {j}");
            }
        }
        assert_eq!(keys[1], keys[5]);
        assert!(!k.is_simple(1));
    }

    #[test]
    fn supertypes_make_chains() {
        // 0: (sub (func)); 1: (sub 0 (func)).
        let types = vec![sig(vec![]); 2];
        let meta = vec![
            TypeMeta {
                is_final: false,
                ..single(0)
            },
            TypeMeta {
                supertype: Some(0),
                ..single(1)
            },
        ];
        let mut k = Keys::new(&types, &meta);
        let s1 = k.sig_string(1).unwrap().unwrap();
        let s0 = k.sig_string(0).unwrap().unwrap();
        assert_eq!(s1.split('\n').nth(1), Some(s0.as_str()));
    }

    /// Type i takes a (ref $i-1): spelling the last one out nests every earlier one.
    fn chain_module(n: u32) -> (Vec<FuncSig>, Vec<TypeMeta>) {
        let types: Vec<FuncSig> = (0..n)
            .map(|i| {
                let p = if i == 0 {
                    vec![]
                } else {
                    let h = HeapType::Concrete(wasmparser::UnpackedIndex::Module(i - 1));
                    vec![ValType::Ref(RefType::new(false, h).unwrap())]
                };
                sig(p)
            })
            .collect();
        let meta: Vec<TypeMeta> = (0..n).map(single).collect();
        (types, meta)
    }

    #[test]
    fn long_reference_chains_are_an_error_not_a_stack_overflow() {
        let (types, meta) = chain_module(100_000);
        let mut k = Keys::new(&types, &meta);
        assert!(matches!(k.type_key(99_999), Err(Error::ImplLimit(_))));
        // Deeper than MAX_DEPTH but short enough: fine, in any order of requests.
        let (types, meta) = chain_module(400);
        let mut k = Keys::new(&types, &meta);
        assert!(k.type_key(399).is_ok());
        assert!(k
            .ref_type_string(
                RefType::new(
                    true,
                    HeapType::Concrete(wasmparser::UnpackedIndex::Module(350))
                )
                .unwrap()
            )
            .is_ok());
    }
}
