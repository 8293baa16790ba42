//! Targets: the supported triples and the Cranelift ISA for each.

use crate::error::{Error, Result};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use std::path::PathBuf;
use std::str::FromStr;
use target_lexicon::{Architecture, Environment, Triple};

/// Every triple we support, with the Debian package that provides its C toolchain.
pub const SUPPORTED: &[(&str, &str)] = &[
    ("x86_64-unknown-linux-gnu", "gcc"),
    ("x86_64-unknown-linux-musl", "musl-tools"),
    ("aarch64-unknown-linux-gnu", "gcc-aarch64-linux-gnu"),
    (
        "aarch64-unknown-linux-musl",
        "musl-dev:arm64 (after `dpkg --add-architecture arm64`)",
    ),
    ("riscv64gc-unknown-linux-gnu", "gcc-riscv64-linux-gnu"),
];

/// Which CPU features generated code may use.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Cpu {
    /// The architecture's baseline (runs on every CPU of the architecture).
    #[default]
    Baseline,
    /// Everything the host CPU has (only when the target is the host).
    Native,
}

/// A resolved compilation target.
#[derive(Clone, Debug)]
pub struct Target {
    pub triple: Triple,
    /// The triple as the user (and the cc crate) spell it.
    pub name: String,
}

impl Target {
    pub fn host() -> Target {
        Target::parse(&host_triple()).expect("host triple is supported")
    }

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

    pub fn is_musl(&self) -> bool {
        self.triple.environment == Environment::Musl
    }

    pub fn is_host(&self) -> bool {
        self.name == host_triple()
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
pub fn host_triple() -> String {
    let arch = std::env::consts::ARCH;
    let arch = if arch == "riscv64" { "riscv64gc" } else { arch };
    let env = if cfg!(target_env = "musl") {
        "musl"
    } else {
        "gnu"
    };
    format!("{arch}-unknown-linux-{env}")
}

/// Builds the Cranelift ISA for `target`.
pub fn isa(target: &Target, cpu: &Cpu, optimize: bool) -> Result<OwnedTargetIsa> {
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
    let builder = match cpu {
        Cpu::Native => {
            if !target.is_host() {
                return Err(Error::Unsupported(format!(
                    "--cpu native for a foreign target ({})",
                    target.name
                )));
            }
            cranelift_native::builder().map_err(|e| Error::Unsupported(e.to_string()))?
        }
        Cpu::Baseline => cranelift_codegen::isa::lookup(target.triple.clone())
            .map_err(|e| Error::Unsupported(format!("target {}: {e}", target.name)))?,
    };
    builder
        .finish(flags)
        .map_err(|e| Error::Codegen(format!("ISA for {}: {e}", target.name)))
}
