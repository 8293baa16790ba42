//! A small safe Rust layer over the wasm2native runtime's C API
//! (runtime-support/include/wasm2native.h and w2n_host_objects.h): stores, instances,
//! typed calls whose signatures are checked, host functions bound at instantiation
//! (their signatures checked by the runtime), copies in and out of memory, and traps as
//! error values.

use std::any::Any;
use std::cell::RefCell;
use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::fmt;
use std::ptr::NonNull;

/// The C declarations used (see wasm2native.h for what each does).
#[allow(non_camel_case_types)]
pub mod ffi {
    use std::ffi::{c_char, c_int, c_void};

    /// `w2n_val`: one 16-byte value slot (scalars in the low bytes).
    #[repr(C)]
    #[derive(Clone, Copy, Default)]
    pub struct w2n_val {
        pub lo: u64,
        pub hi: u64,
    }

    /// `w2n_extern`: what an import binds to or an export yields.
    #[repr(C)]
    pub struct w2n_extern {
        pub kind: u64,
        pub ptr: *mut c_void,
        pub host_fn: *const c_void,
        pub type_: u64,
        pub min: u64,
        pub max: u64,
        pub ref_type: *const c_char,
    }

    /// `w2n_import`: an import the resolver is asked about.
    #[repr(C)]
    pub struct w2n_import {
        pub module: *const c_char,
        pub module_len: u64,
        pub name: *const c_char,
        pub name_len: u64,
        pub kind: u64,
        pub index: u64,
        pub type_id: u64,
        pub static_fn: *mut c_void,
    }

    macro_rules! opaque {
        ($($name:ident),*) => {$(
            #[repr(C)]
            pub struct $name {
                _private: [u8; 0],
            }
        )*};
    }
    opaque!(w2n_store, w2n_instance, w2n_module, w2n_funcref);

    pub const W2N_OK: c_int = 0;
    pub const W2N_EXTERN_FUNC: u64 = 0;
    pub const W2N_TRAP_HOST: c_int = 13;

    pub type w2n_resolver = unsafe extern "C" fn(
        env: *mut c_void,
        imp: *const w2n_import,
        out: *mut w2n_extern,
    ) -> c_int;

    extern "C" {
        pub fn w2n_store_new() -> *mut w2n_store;
        pub fn w2n_store_delete(store: *mut w2n_store);
        pub fn w2n_store_host_error(store: *mut w2n_store) -> *const c_char;
        pub fn w2n_instantiate(
            store: *mut w2n_store,
            module: *const w2n_module,
            resolver: Option<w2n_resolver>,
            env: *mut c_void,
            host_data: *mut c_void,
            out: *mut *mut w2n_instance,
            err: *mut c_char,
            err_len: usize,
        ) -> c_int;
        pub fn w2n_instance_export(
            inst: *mut w2n_instance,
            name: *const c_char,
            out: *mut w2n_extern,
        ) -> c_int;
        pub fn w2n_instance_host_data(inst: *mut w2n_instance) -> *mut c_void;
        pub fn w2n_call(
            store: *mut w2n_store,
            func: *const w2n_funcref,
            vals: *mut w2n_val,
        ) -> c_int;
        pub fn w2n_trap_message(code: c_int) -> *const c_char;
        pub fn w2n_mem(inst: *mut w2n_instance, ptr: u64, len: u64) -> *mut u8;
        pub fn w2n_sig_id(
            params: *const u64,
            nparams: usize,
            results: *const u64,
            nresults: usize,
        ) -> u64;
        pub fn w2n_sig_decode(
            id: u64,
            params: *mut u64,
            nparams: *mut usize,
            results: *mut u64,
            nresults: *mut usize,
            cap: usize,
        ) -> c_int;
    }
}

/// What can go wrong: instantiation, a missing or mistyped export, or a trap.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// `w2n_instantiate` failed (its code and message).
    Instantiate { code: i32, message: String },
    /// No function export of that name.
    NoSuchFunction(String),
    /// The export's signature is not the one the call was typed with.
    Signature {
        name: String,
        expected: String,
        found: String,
    },
    /// The call trapped: the code (`W2N_TRAP_*`) and its message.
    Trap { code: i32, message: String },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Instantiate { code, message } => {
                write!(f, "instantiation failed ({code}): {message}")
            }
            Error::NoSuchFunction(n) => write!(f, "no function export `{n}`"),
            Error::Signature {
                name,
                expected,
                found,
            } => write!(f, "`{name}` has type {found}, not {expected}"),
            Error::Trap { message, .. } => write!(f, "wasm trap: {message}"),
        }
    }
}

impl std::error::Error for Error {}

mod sealed {
    pub trait Sealed {}
}

/// A wasm value type with its Rust representation: i32, i64, f32, f64.
pub trait WasmTy: Copy + sealed::Sealed {
    /// `W2N_VAL_*`.
    const CODE: u64;
    fn to_slot(self) -> ffi::w2n_val;
    fn from_slot(v: ffi::w2n_val) -> Self;
}

macro_rules! wasm_ty {
    ($t:ty, $code:expr, |$x:ident| $to:expr, |$v:ident| $from:expr) => {
        impl sealed::Sealed for $t {}
        impl WasmTy for $t {
            const CODE: u64 = $code;
            fn to_slot(self) -> ffi::w2n_val {
                let $x = self;
                ffi::w2n_val { lo: $to, hi: 0 }
            }
            fn from_slot(v: ffi::w2n_val) -> Self {
                let $v = v.lo;
                $from
            }
        }
    };
}
wasm_ty!(i32, 1, |x| x as u32 as u64, |v| v as u32 as i32);
wasm_ty!(i64, 2, |x| x as u64, |v| v as i64);
wasm_ty!(f32, 3, |x| x.to_bits() as u64, |v| f32::from_bits(v as u32));
wasm_ty!(f64, 4, |x| x.to_bits(), |v| f64::from_bits(v));

/// The parameters of a call: a tuple of [`WasmTy`] (`()`, `(a,)`, `(a, b)`, ...).
pub trait Params {
    fn types() -> Vec<u64>;
    fn write(self, vals: &mut [ffi::w2n_val]);
}

/// The results of a call: `()`, one [`WasmTy`], or a tuple of them.
pub trait Results: Sized {
    fn types() -> Vec<u64>;
    fn read(vals: &[ffi::w2n_val]) -> Self;
}

macro_rules! tuples {
    ($(($($t:ident $i:tt),*))*) => {$(
        impl<$($t: WasmTy),*> Params for ($($t,)*) {
            fn types() -> Vec<u64> {
                vec![$($t::CODE),*]
            }
            #[allow(unused_variables)]
            fn write(self, vals: &mut [ffi::w2n_val]) {
                $(vals[$i] = self.$i.to_slot();)*
            }
        }
        impl<$($t: WasmTy),*> Results for ($($t,)*) {
            fn types() -> Vec<u64> {
                vec![$($t::CODE),*]
            }
            #[allow(unused_variables, clippy::unused_unit)]
            fn read(vals: &[ffi::w2n_val]) -> Self {
                ($($t::from_slot(vals[$i]),)*)
            }
        }
    )*};
}
tuples! {
    ()
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
}

macro_rules! single_results {
    ($($t:ty),*) => {$(
        impl Results for $t {
            fn types() -> Vec<u64> {
                vec![<$t>::CODE]
            }
            fn read(vals: &[ffi::w2n_val]) -> Self {
                <$t>::from_slot(vals[0])
            }
        }
    )*};
}
single_results!(i32, i64, f32, f64);

/// "(i32, i32) -> i64".
fn signature_text(params: &[u64], results: &[u64]) -> String {
    let name = |c: &u64| match c {
        1 => "i32",
        2 => "i64",
        3 => "f32",
        4 => "f64",
        5 => "v128",
        6 => "funcref",
        7 => "externref",
        _ => "?",
    };
    let list = |l: &[u64]| l.iter().map(name).collect::<Vec<_>>().join(", ");
    match results.len() {
        0 => format!("({}) -> ()", list(params)),
        1 => format!("({}) -> {}", list(params), list(results)),
        _ => format!("({}) -> ({})", list(params), list(results)),
    }
}

/// The instance calling a host function (the importing instance). Valid only during
/// the call.
#[repr(transparent)]
pub struct Caller(NonNull<ffi::w2n_instance>);

impl Caller {
    /// A copy of the caller's memory 0 at [ptr, ptr+len), or `None` when out of bounds.
    pub fn read(&self, ptr: i32, len: i32) -> Option<Vec<u8>> {
        read_mem(self.0, ptr as u32, len as u32 as usize)
    }

    /// The data given to [`Store::instantiate`] for the calling instance, when it is a
    /// `T`.
    pub fn data<T: 'static>(&self) -> Option<&T> {
        // SAFETY: every instance of a Store is created with a host_data pointing to a
        // live Box<dyn Any> owned by that store, which outlives this call.
        unsafe {
            let d = ffi::w2n_instance_host_data(self.0.as_ptr()) as *const Box<dyn Any>;
            d.as_ref()?.downcast_ref::<T>()
        }
    }
}

/// The result of a host function: `()` or one [`WasmTy`].
pub trait HostResult: sealed::Sealed {
    fn types() -> Vec<u64>;
}
impl sealed::Sealed for () {}
impl HostResult for () {
    fn types() -> Vec<u64> {
        Vec::new()
    }
}
impl<T: WasmTy> HostResult for T {
    fn types() -> Vec<u64> {
        vec![T::CODE]
    }
}

/// A host function: `extern "C" fn(Caller, params...) -> result`, the C ABI the
/// runtime calls host functions with (wasm2native.h, "Host functions").
pub trait HostFn: Copy {
    fn params() -> Vec<u64>;
    fn results() -> Vec<u64>;
    fn address(self) -> *const c_void;
}

macro_rules! host_fns {
    ($(($($t:ident),*))*) => {$(
        impl<R: HostResult, $($t: WasmTy),*> HostFn for extern "C" fn(Caller, $($t),*) -> R {
            fn params() -> Vec<u64> {
                vec![$($t::CODE),*]
            }
            fn results() -> Vec<u64> {
                R::types()
            }
            fn address(self) -> *const c_void {
                self as *const c_void
            }
        }
    )*};
}
host_fns! {
    ()
    (A)
    (A, B)
    (A, B, C)
    (A, B, C, D)
}

/// A compiled module: its descriptor (`w2n_module_<name>`, linked in by build.rs).
#[derive(Clone, Copy)]
pub struct Module(*const ffi::w2n_module);

impl Module {
    /// # Safety
    /// `descriptor` is the address of a module descriptor compiled by wasm2native.
    pub unsafe fn from_descriptor(descriptor: *const ffi::w2n_module) -> Module {
        Module(descriptor)
    }
}

/// The module whose descriptor symbol is `$sym` (`w2n_module_<name>`).
macro_rules! module {
    ($sym:ident) => {{
        extern "C" {
            static $sym: $crate::w2n::ffi::w2n_module;
        }
        // SAFETY: the symbol is a descriptor compiled by wasm2native (build.rs).
        unsafe { $crate::w2n::Module::from_descriptor(std::ptr::addr_of!($sym)) }
    }};
}
pub(crate) use module;

/// Host functions to bind to a module's imports, by module and field name.
#[derive(Default)]
pub struct Linker {
    funcs: Vec<(String, String, *const c_void, u64)>,
}

impl Linker {
    pub fn new() -> Linker {
        Linker::default()
    }

    /// Provides `module`.`name` as the host function `f`. Its signature is checked
    /// against the import's at instantiation.
    pub fn func<F: HostFn>(&mut self, module: &str, name: &str, f: F) -> &mut Linker {
        let (p, r) = (F::params(), F::results());
        // SAFETY: both arrays are valid for their lengths.
        let sig = unsafe { ffi::w2n_sig_id(p.as_ptr(), p.len(), r.as_ptr(), r.len()) };
        assert!(
            sig != 0,
            "{module}.{name}: signature too long for this layer"
        );
        self.funcs
            .push((module.into(), name.into(), f.address(), sig));
        self
    }
}

/// The resolver given to w2n_instantiate: `env` is the `Linker`.
unsafe extern "C" fn resolve(
    env: *mut c_void,
    imp: *const ffi::w2n_import,
    out: *mut ffi::w2n_extern,
) -> c_int {
    let linker = &*(env as *const Linker);
    let imp = &*imp;
    let bytes = |p: *const c_char, n: u64| std::slice::from_raw_parts(p as *const u8, n as usize);
    let (m, n) = (
        bytes(imp.module, imp.module_len),
        bytes(imp.name, imp.name_len),
    );
    if imp.kind != ffi::W2N_EXTERN_FUNC {
        return 0;
    }
    match linker
        .funcs
        .iter()
        .find(|(fm, fname, _, _)| fm.as_bytes() == m && fname.as_bytes() == n)
    {
        Some((_, _, f, sig)) => {
            out.write(ffi::w2n_extern {
                kind: ffi::W2N_EXTERN_FUNC,
                ptr: std::ptr::null_mut(),
                host_fn: *f,
                type_: *sig,
                min: 0,
                max: 0,
                ref_type: std::ptr::null(),
            });
            1
        }
        None => 0,
    }
}

/// A store: owns its instances (and their data). Used by one thread at a time.
pub struct Store {
    raw: NonNull<ffi::w2n_store>,
    /// Each instance's data. Boxed twice: `host_data` is a thin pointer to the inner
    /// `Box<dyn Any>`, which must not move when the vector grows.
    #[allow(clippy::vec_box)]
    data: RefCell<Vec<Box<Box<dyn Any>>>>,
}

impl Store {
    pub fn new() -> Store {
        // SAFETY: no preconditions.
        let raw = unsafe { ffi::w2n_store_new() };
        Store {
            raw: NonNull::new(raw).expect("w2n_store_new: out of memory"),
            data: RefCell::new(Vec::new()),
        }
    }

    /// Instantiates `module`, binding its imports with `linker` and giving the instance
    /// `data` (host functions reach it with [`Caller::data`]). Runs its start function.
    pub fn instantiate<T: Any>(
        &self,
        module: Module,
        linker: &Linker,
        data: T,
    ) -> Result<Instance<'_>, Error> {
        let data: Box<Box<dyn Any>> = Box::new(Box::new(data));
        let host_data = &*data as *const Box<dyn Any> as *mut c_void;
        self.data.borrow_mut().push(data);
        let mut inst = std::ptr::null_mut();
        let mut err = [0 as c_char; 256];
        // SAFETY: the module is a descriptor, the linker outlives the call, host_data
        // lives as long as the store.
        let code = unsafe {
            ffi::w2n_instantiate(
                self.raw.as_ptr(),
                module.0,
                Some(resolve),
                linker as *const Linker as *mut c_void,
                host_data,
                &mut inst,
                err.as_mut_ptr(),
                err.len(),
            )
        };
        if code != ffi::W2N_OK {
            // SAFETY: the runtime wrote a NUL-terminated message.
            let message = unsafe { CStr::from_ptr(err.as_ptr()) }
                .to_string_lossy()
                .into_owned();
            return Err(Error::Instantiate { code, message });
        }
        Ok(Instance {
            raw: NonNull::new(inst).expect("w2n_instantiate succeeded"),
            store: self,
        })
    }
}

impl Default for Store {
    fn default() -> Self {
        Store::new()
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        // SAFETY: no guest code of this store runs (it is not borrowed); the instances'
        // data is dropped after the store.
        unsafe { ffi::w2n_store_delete(self.raw.as_ptr()) }
    }
}

/// An instance, owned by its store.
pub struct Instance<'s> {
    raw: NonNull<ffi::w2n_instance>,
    store: &'s Store,
}

impl Instance<'_> {
    /// Calls the function export `name` with `params`, typed as `P -> R` (checked
    /// against the export's signature). A trap comes back as [`Error::Trap`].
    pub fn call<P: Params, R: Results>(&self, name: &str, params: P) -> Result<R, Error> {
        let no_such = || Error::NoSuchFunction(name.to_string());
        let cname = CString::new(name).map_err(|_| no_such())?;
        let mut ext = ffi::w2n_extern {
            kind: 0,
            ptr: std::ptr::null_mut(),
            host_fn: std::ptr::null(),
            type_: 0,
            min: 0,
            max: 0,
            ref_type: std::ptr::null(),
        };
        // SAFETY: valid instance and NUL-terminated name.
        let found =
            unsafe { ffi::w2n_instance_export(self.raw.as_ptr(), cname.as_ptr(), &mut ext) };
        if found == 0 || ext.kind != ffi::W2N_EXTERN_FUNC {
            return Err(no_such());
        }
        let (want_p, want_r) = (P::types(), R::types());
        let (mut p, mut r) = ([0u64; 16], [0u64; 16]);
        let (mut np, mut nr) = (0usize, 0usize);
        // SAFETY: 16-element arrays, cap 16.
        let ok = unsafe {
            ffi::w2n_sig_decode(
                ext.type_,
                p.as_mut_ptr(),
                &mut np,
                r.as_mut_ptr(),
                &mut nr,
                16,
            )
        };
        if ok != 0 || np > 16 || nr > 16 || p[..np] != want_p[..] || r[..nr] != want_r[..] {
            let found = if ok == 0 && np <= 16 && nr <= 16 {
                signature_text(&p[..np], &r[..nr])
            } else {
                "an unknown signature".into()
            };
            return Err(Error::Signature {
                name: name.to_string(),
                expected: signature_text(&want_p, &want_r),
                found,
            });
        }
        let mut vals = vec![ffi::w2n_val::default(); np.max(nr).max(1)];
        params.write(&mut vals);
        // SAFETY: `vals` has max(nparams, nresults) slots of the checked signature;
        // the funcref belongs to this instance's store.
        let code = unsafe {
            ffi::w2n_call(
                self.store.raw.as_ptr(),
                ext.ptr as *const ffi::w2n_funcref,
                vals.as_mut_ptr(),
            )
        };
        if code != 0 {
            // SAFETY: static message strings; the host error lives until the next trap.
            let mut message = unsafe { CStr::from_ptr(ffi::w2n_trap_message(code)) }
                .to_string_lossy()
                .into_owned();
            if code == ffi::W2N_TRAP_HOST {
                let detail =
                    unsafe { CStr::from_ptr(ffi::w2n_store_host_error(self.store.raw.as_ptr())) };
                message = format!("{message}: {}", detail.to_string_lossy());
            }
            return Err(Error::Trap { code, message });
        }
        Ok(R::read(&vals))
    }

    /// A copy of memory 0 at [ptr, ptr+len), or `None` when out of bounds.
    pub fn read(&self, ptr: u32, len: usize) -> Option<Vec<u8>> {
        read_mem(self.raw, ptr, len)
    }

    /// Copies `bytes` into memory 0 at `ptr`; `false` when out of bounds.
    pub fn write(&self, ptr: u32, bytes: &[u8]) -> bool {
        // SAFETY: w2n_mem checks the range; no guest code runs during the copy.
        unsafe {
            let p = ffi::w2n_mem(self.raw.as_ptr(), ptr as u64, bytes.len() as u64);
            if p.is_null() {
                return false;
            }
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
        }
        true
    }
}

fn read_mem(inst: NonNull<ffi::w2n_instance>, ptr: u32, len: usize) -> Option<Vec<u8>> {
    // SAFETY: w2n_mem checks the range; no guest code runs during the copy.
    unsafe {
        let p = ffi::w2n_mem(inst.as_ptr(), ptr as u64, len as u64);
        if p.is_null() {
            return None;
        }
        Some(std::slice::from_raw_parts(p, len).to_vec())
    }
}
