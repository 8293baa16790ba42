//! Targets: the supported triples and the Cranelift ISA for each.

use crate::error::{Error, Result};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use std::path::PathBuf;
use std::str::FromStr;
use target_lexicon::{Architecture, Environment, Triple};

/// Every triple we support, with the Debian package that provides its C toolchain.
pub(crate) const SUPPORTED: &[(&str, &str)] = &[
    ("x86_64-unknown-linux-gnu", "gcc"),
    ("x86_64-unknown-linux-musl", "musl-tools"),
    ("aarch64-unknown-linux-gnu", "gcc-aarch64-linux-gnu"),
    (
        "aarch64-unknown-linux-musl",
        "musl-dev:arm64 (after `dpkg --add-architecture arm64`)",
    ),
    ("riscv64gc-unknown-linux-gnu", "gcc-riscv64-linux-gnu"),
];

/// Which CPU features generated code may use (`--cpu`).
///
/// Whatever is chosen, the optional features the code ends up using are recorded in
/// the module descriptor and checked by the runtime before any compiled code runs,
/// so a binary started on an older CPU fails with a clear message, not SIGILL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Cpu {
    /// `default`: x86-64-v2 on x86_64 (SSE4.2 and POPCNT: every x86_64 CPU since
    /// 2009, and what the SIMD lowering needs to be fast); the architecture's baseline
    /// elsewhere (aarch64 always has NEON; riscv64gc has no vector unit).
    #[default]
    Default,
    /// `native`: everything the host CPU has (only when the target is the host).
    Native,
    /// A comma-separated list of CPU models or levels (`baseline`, `x86-64-v3`,
    /// `haswell`, `znver3`, ...) and `+feature` items (`+avx2`, `+lse`, `+v`).
    Spec(String),
}

impl Cpu {
    /// `default`, `native`, or anything else as a [`Cpu::Spec`] (checked when a
    /// module is compiled).
    pub fn parse(s: &str) -> Cpu {
        match s {
            "default" => Cpu::Default,
            "native" => Cpu::Native,
            other => Cpu::Spec(other.to_string()),
        }
    }
}

/// A resolved compilation target.
#[derive(Clone, Debug)]
pub struct Target {
    pub(crate) triple: Triple,
    /// The triple as the user (and the cc crate) spell it.
    pub name: String,
}

impl Target {
    /// The machine this program runs on.
    pub fn host() -> Target {
        Target::parse(&host_triple()).expect("host triple is supported")
    }

    /// The target named by a triple (`aarch64-unknown-linux-gnu`): one of
    /// [`Target::supported`], else an error listing them.
    pub fn parse(name: &str) -> Result<Target> {
        if !SUPPORTED.iter().any(|(t, _)| *t == name) {
            let list: Vec<_> = SUPPORTED.iter().map(|(t, _)| *t).collect();
            return Err(Error::Unsupported(format!(
                "target `{name}` (supported: {})",
                list.join(", ")
            )));
        }
        let triple = Triple::from_str(name)
            .map_err(|e| Error::Unsupported(format!("target `{name}`: {e}")))?;
        Ok(Target {
            triple,
            name: name.to_string(),
        })
    }

    /// The triples wasm2native compiles for, in the order `wasm2native targets` lists
    /// them.
    ///
    /// ```
    /// assert!(wasm2native::Target::supported().any(|t| t == "aarch64-unknown-linux-gnu"));
    /// ```
    pub fn supported() -> impl Iterator<Item = &'static str> {
        SUPPORTED.iter().map(|(t, _)| *t)
    }

    /// A musl libc target.
    pub fn is_musl(&self) -> bool {
        self.triple.environment == Environment::Musl
    }

    /// True when the target's code runs on the machine this program runs on: the same
    /// architecture, with either C library (a static musl executable runs on a glibc
    /// system and the other way round).
    pub fn is_host(&self) -> bool {
        self.triple.architecture == Target::host().triple.architecture
    }

    /// riscv64's C ABI passes 32-bit integers sign-extended to 64 bits.
    pub fn extends_i32_args(&self) -> bool {
        matches!(self.triple.architecture, Architecture::Riscv64(_))
    }

    /// Where Debian's cross packages put this target's libraries (`qemu -L`), for
    /// dynamically linked glibc executables.
    pub fn qemu_sysroot(&self) -> Option<PathBuf> {
        if self.is_musl() {
            return None;
        }
        let arch = match self.triple.architecture {
            Architecture::Aarch64(_) => "aarch64",
            Architecture::Riscv64(_) => "riscv64",
            _ => return None,
        };
        let p = PathBuf::from(format!("/usr/{arch}-linux-gnu"));
        p.is_dir().then_some(p)
    }

    /// The qemu-user binary that runs this target's executables on another host.
    pub fn qemu(&self) -> Option<&'static str> {
        match self.triple.architecture {
            Architecture::Aarch64(_) => Some("qemu-aarch64"),
            Architecture::Riscv64(_) => Some("qemu-riscv64"),
            Architecture::X86_64 => Some("qemu-x86_64"),
            _ => None,
        }
    }
}

/// The triple of the machine we run on, in our spelling.
pub(crate) fn host_triple() -> String {
    let arch = std::env::consts::ARCH;
    let arch = if arch == "riscv64" { "riscv64gc" } else { arch };
    let env = if cfg!(target_env = "musl") {
        "musl"
    } else {
        "gnu"
    };
    format!("{arch}-unknown-linux-{env}")
}

fn cpu_example(target: &Target) -> &'static str {
    match target.triple.architecture {
        Architecture::X86_64 => "x86-64-v3",
        Architecture::Aarch64(_) => "baseline,+lse",
        _ => "baseline,+zba,+zbb",
    }
}

/// Applies one `--cpu` item: `baseline`, a Cranelift CPU preset (model or level), or
/// `+feature` with a feature the runtime can detect.
fn apply_cpu_item(
    builder: &mut cranelift_codegen::isa::Builder,
    target: &Target,
    item: &str,
) -> Result<()> {
    if item == "baseline" {
        return Ok(());
    }
    if let Some(feat) = item.strip_prefix('+') {
        let arch = abi_arch(target);
        let known = crate::abi::CPU_FEATURES
            .iter()
            .filter(|f| f.arch == arch)
            .find(|f| {
                f.name == feat || f.flag == feat || f.flag.strip_prefix("has_") == Some(feat)
            });
        let Some(f) = known else {
            let names: Vec<_> = crate::abi::CPU_FEATURES
                .iter()
                .filter(|f| f.arch == arch)
                .map(|f| f.flag.trim_start_matches("has_"))
                .collect();
            return Err(Error::Unsupported(format!(
                "--cpu feature `{feat}` for {} (known: {})",
                target.name,
                names.join(", ")
            )));
        };
        return builder
            .enable(f.flag)
            .map_err(|e| Error::Unsupported(format!("--cpu +{feat}: {e}")));
    }
    // A preset: only accept those that exist as presets for this ISA (not single flags,
    // which must go through the checked `+feature` path above).
    let is_preset = builder
        .iter()
        .any(|s| s.name == item && s.kind == cranelift_codegen::settings::SettingKind::Preset);
    if !is_preset || item.is_empty() {
        return Err(Error::Unsupported(format!(
            "--cpu `{item}` for {} (use default, native, baseline, a CPU model or level such as {}, or +feature)",
            target.name,
            cpu_example(target)
        )));
    }
    builder
        .enable(item)
        .map_err(|e| Error::Unsupported(format!("--cpu {item}: {e}")))
}

/// `abi::arch` of a target.
pub(crate) fn abi_arch(target: &Target) -> u64 {
    arch_of(&target.triple)
}

fn arch_of(triple: &Triple) -> u64 {
    match triple.architecture {
        Architecture::X86_64 => crate::abi::arch::X86_64,
        Architecture::Aarch64(_) => crate::abi::arch::AARCH64,
        _ => crate::abi::arch::RISCV64,
    }
}

/// The architecture and the optional-feature bits (`abi::CPU_FEATURES`) that code
/// generated by `isa` may use: what the runtime checks before running it.
pub(crate) fn cpu_features(isa: &dyn cranelift_codegen::isa::TargetIsa) -> (u64, u64) {
    let arch = arch_of(isa.triple());
    let mut mask = 0u64;
    for v in isa.isa_flags() {
        if v.as_bool() != Some(true) {
            continue;
        }
        if let Some(f) = crate::abi::CPU_FEATURES
            .iter()
            .find(|f| f.arch == arch && f.flag == v.name)
        {
            mask |= 1 << f.bit;
        }
    }
    (arch, mask)
}

/// Builds the Cranelift ISA for `target`.
pub(crate) fn isa(target: &Target, cpu: &Cpu, optimize: bool) -> Result<OwnedTargetIsa> {
    let mut flags = settings::builder();
    let set = |flags: &mut settings::Builder, k: &str, v: &str| {
        flags
            .set(k, v)
            .map_err(|e| Error::Codegen(format!("setting {k}={v}: {e}")))
    };
    set(
        &mut flags,
        "opt_level",
        if optimize { "speed" } else { "none" },
    )?;
    set(&mut flags, "is_pic", "true")?;
    // Register allocation dominates compile time; -O0 uses the fast single-pass allocator.
    let regalloc = if optimize {
        "backtracking"
    } else {
        "single_pass"
    };
    set(&mut flags, "regalloc_algorithm", regalloc)?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    // Block offsets and branches of the emitted code, to place loops (`layout`).
    set(&mut flags, "machine_code_cfg_info", "true")?;
    set(
        &mut flags,
        "enable_verifier",
        if cfg!(debug_assertions) {
            "true"
        } else {
            "false"
        },
    )?;
    // Large frames touch every page, so a stack overflow hits the guard page rather
    // than jumping over it; the runtime turns that fault into a clean trap.
    set(&mut flags, "enable_probestack", "true")?;
    set(&mut flags, "probestack_strategy", "inline")?;
    let flags = settings::Flags::new(flags);
    let configured = || -> Result<cranelift_codegen::isa::Builder> {
        let mut builder = match cpu {
            Cpu::Native => {
                if !target.is_host() {
                    return Err(Error::Unsupported(format!(
                        "--cpu native for a foreign target ({}); name the CPU instead, e.g. --cpu {}",
                        target.name,
                        cpu_example(target)
                    )));
                }
                cranelift_native::builder().map_err(|e| Error::Unsupported(e.to_string()))?
            }
            Cpu::Default | Cpu::Spec(_) => cranelift_codegen::isa::lookup(target.triple.clone())
                .map_err(|e| Error::Unsupported(format!("target {}: {e}", target.name)))?,
        };
        let items: Vec<&str> = match cpu {
            Cpu::Native => Vec::new(),
            Cpu::Default if target.triple.architecture == Architecture::X86_64 => {
                vec!["x86-64-v2"]
            }
            Cpu::Default => Vec::new(),
            Cpu::Spec(s) => s.split(',').map(str::trim).collect(),
        };
        for item in items {
            apply_cpu_item(&mut builder, target, item)?;
        }
        Ok(builder)
    };
    let finish = |b: cranelift_codegen::isa::Builder| {
        b.finish(flags.clone())
            .map_err(|e| Error::Codegen(format!("ISA for {}: {e}", target.name)))
    };
    let isa = finish(configured()?)?;
    // Cranelift's presets `x86-64-v3`/`-v4` set AVX2, FMA and AVX-512 but not `has_avx`,
    // without which it emits no VEX code at all (AVX2 itself left unused). Every CPU
    // with those has AVX (they are defined on top of it), so turn it on with them.
    let on = |name: &str| {
        isa.isa_flags()
            .iter()
            .any(|v| v.name == name && v.as_bool() == Some(true))
    };
    if target.triple.architecture == Architecture::X86_64
        && !on("has_avx")
        && ["has_avx2", "has_fma", "has_avx512f"].iter().any(|f| on(f))
    {
        let mut b = configured()?;
        b.enable("has_avx")
            .map_err(|e| Error::Codegen(format!("enabling AVX: {e}")))?;
        return finish(b);
    }
    Ok(isa)
}

/// Functions with more blocks and branch edges than this are compiled without
/// `machine_code_cfg_info` (see [`without_cfg_info`]).
pub(crate) const CFG_INFO_MAX_EDGES: usize = 1 << 14;

/// A function's size for [`CFG_INFO_MAX_EDGES`]: its blocks plus the destinations of
/// their terminators (each a possible block of its own once Cranelift splits the edge;
/// a `br_table` counts every target).
pub(crate) fn cfg_size(func: &cranelift_codegen::ir::Function) -> usize {
    let dfg = &func.dfg;
    func.layout
        .blocks()
        .map(|b| {
            1 + func.layout.last_inst(b).map_or(0, |t| {
                dfg.insts[t]
                    .branch_destination(&dfg.jump_tables, &dfg.exception_tables)
                    .len()
            })
        })
        .sum()
}

/// `isa` with the same settings except `machine_code_cfg_info` off.
///
/// With it on, Cranelift 0.135's `VCode::emit` records each block's start, and for
/// every block after one that branch simplification removed it walks back over all
/// removed blocks before it; a run of `k` removed blocks (the edge blocks of a
/// `br_table`, which become bare jumps) costs `k^2`. A 100,000-target `br_table`
/// took 8 s, 1,000,000 did not finish. Only loop placement (`layout`) reads the block
/// starts, so functions above [`CFG_INFO_MAX_EDGES`] are compiled with this ISA and
/// keep the default alignment; smaller functions, every one in normal modules, are
/// compiled exactly as before.
pub(crate) fn without_cfg_info(
    isa: &dyn cranelift_codegen::isa::TargetIsa,
) -> Result<OwnedTargetIsa> {
    let err = |k: &str, e: &dyn std::fmt::Display| Error::Codegen(format!("setting {k}: {e}"));
    let mut flags = settings::builder();
    for v in isa.flags().iter() {
        let value = if v.name == "machine_code_cfg_info" {
            "false".to_string()
        } else {
            v.value_string()
        };
        flags.set(v.name, &value).map_err(|e| err(v.name, &e))?;
    }
    let mut builder = cranelift_codegen::isa::lookup(isa.triple().clone())
        .map_err(|e| Error::Unsupported(format!("target {}: {e}", isa.triple())))?;
    for v in isa.isa_flags() {
        builder
            .set(v.name, &v.value_string())
            .map_err(|e| err(v.name, &e))?;
    }
    builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| Error::Codegen(format!("ISA for {}: {e}", isa.triple())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(cpu: &str) -> Vec<&'static str> {
        let t = Target::parse("x86_64-unknown-linux-gnu").unwrap();
        let isa = isa(&t, &Cpu::parse(cpu), true).unwrap();
        let (arch, mask) = cpu_features(&*isa);
        assert_eq!(arch, crate::abi::arch::X86_64);
        crate::abi::CPU_FEATURES
            .iter()
            .filter(|f| f.arch == arch && mask & (1 << f.bit) != 0)
            .map(|f| f.name)
            .collect()
    }

    #[test]
    fn x86_levels() {
        assert!(features("baseline").is_empty());
        let v2 = features("default");
        assert_eq!(v2, ["sse3", "ssse3", "sse4.1", "sse4.2", "popcnt", "cx16"]);
        // x86-64-v3 is AVX2 on top of AVX: Cranelift's preset omits has_avx.
        let v3 = features("x86-64-v3");
        for f in ["avx", "avx2", "fma", "bmi1", "bmi2", "lzcnt", "sse4.2"] {
            assert!(v3.contains(&f), "x86-64-v3 lacks {f}: {v3:?}");
        }
        assert!(features("baseline,+avx2").contains(&"avx"));
    }

    /// The ISA for huge functions differs from the normal one only in
    /// `machine_code_cfg_info`, for every target and CPU setting.
    #[test]
    fn without_cfg_info_keeps_every_other_setting() {
        for (triple, cpu) in [
            ("x86_64-unknown-linux-gnu", "default"),
            ("x86_64-unknown-linux-gnu", "x86-64-v3"),
            ("aarch64-unknown-linux-gnu", "default"),
            ("riscv64gc-unknown-linux-gnu", "default"),
        ] {
            let t = Target::parse(triple).unwrap();
            let a = isa(&t, &Cpu::parse(cpu), true).unwrap();
            let b = without_cfg_info(&*a).unwrap();
            assert!(a.flags().machine_code_cfg_info());
            assert!(!b.flags().machine_code_cfg_info());
            let shared = |i: &dyn cranelift_codegen::isa::TargetIsa| -> Vec<(String, String)> {
                i.flags()
                    .iter()
                    .filter(|v| v.name != "machine_code_cfg_info")
                    .map(|v| (v.name.to_string(), v.value_string()))
                    .collect()
            };
            assert_eq!(shared(&*a), shared(&*b), "{triple} {cpu}");
            let own = |i: &dyn cranelift_codegen::isa::TargetIsa| -> Vec<(String, String)> {
                i.isa_flags()
                    .iter()
                    .map(|v| (v.name.to_string(), v.value_string()))
                    .collect()
            };
            assert_eq!(own(&*a), own(&*b), "{triple} {cpu}");
        }
    }
}
