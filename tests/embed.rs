//! Embedding from C: the typed header `compile --header` generates, the runtime library
//! `wasm2native runtime` writes, and C hosts linking them (tests/embed/*.c), natively
//! and for aarch64 under qemu-user; plus examples/embed/c built with its Makefile (also
//! for riscv64, whose baseline has no SIMD for types.wat's v128).
//!
//! - `example_c_*`: examples/embed/c (two instances, an import, typed exports, memory,
//!   a trap as an error value) builds with `make` and prints what the README shows;
//! - `typed_api_*`: tests/embed/typed_host.c drives tests/embed/types.wat through the
//!   generated header, compiled as C11 and as C++;
//! - `header_is_strict_c_and_cxx`: generated headers compile with
//!   `-std=c11 -Wall -Wextra -Wpedantic -Werror` and as C++11 with the same flags;
//! - `wrong_host_type_does_not_compile`: a host function of the wrong C type is
//!   rejected by the C compiler (tests/embed/wrong_type.c);
//! - `signature_mismatch_is_link_error`: through the untyped API, the runtime rejects a
//!   host function of the wrong signature, or one bound without a signature id;
//! - `long_and_typed_signatures`: imports whose signature ids are canonical strings;
//! - `wasi_module_through_header`: a WASI command run through its header;
//! - `gc_host_roots`: GC objects held in host variables are roots while rooted
//!   (tests/embed/gc_host.c);
//! - `signals_*`: the runtime's signal handlers chain to the host's, and a host can
//!   opt out and forward faults itself (tests/embed/signals.c).
//! - `stack_limit_*`: every instance's copy of the store's stack limit follows the
//!   store from thread to thread, and an instance made while the store runs gets it
//!   (tests/embed/stack_limit.c).

#[path = "support/common.rs"]
mod common;

use common::{
    exe_command, fresh_temp_dir, repo_root, run, w2n, CrossTarget, Outcome, CROSS_AARCH64,
    CROSS_RISCV64,
};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(300);

/// Strict C flags every host here compiles with (examples too).
const STRICT: &[&str] = &["-Wall", "-Wextra", "-Wpedantic", "-Werror"];

fn ok(o: &Outcome, what: &str) {
    assert!(o.code == Some(0), "{what} failed\n{}", o.dump());
}

/// A build directory with the runtime library for a target and types.wat compiled.
struct Setup {
    dir: PathBuf,
    cross: Option<&'static CrossTarget>,
}

impl Setup {
    fn new(tag: &str, cross: Option<&'static CrossTarget>) -> Setup {
        if let Some(c) = cross {
            c.require_tools(tag);
        }
        let dir = fresh_temp_dir(&format!("embed-{tag}"));
        let s = Setup { dir, cross };
        let mut rt = Command::new(w2n());
        rt.arg("runtime").arg("-o").arg(s.dir.join("rt"));
        s.target(&mut rt);
        ok(&run(rt, b"", TIMEOUT), "wasm2native runtime");
        s.compile("tests/embed/types.wat", "types", &[]);
        s
    }

    fn target(&self, cmd: &mut Command) {
        if let Some(c) = self.cross {
            cmd.arg("--target").arg(c.triple);
        }
    }

    /// `wasm2native compile WAT -o DIR/NAME.o --header DIR/NAME.h [extra]`.
    fn compile(&self, wat: &str, name: &str, extra: &[&str]) {
        let mut c = Command::new(w2n());
        c.arg("compile")
            .arg(repo_root().join(wat))
            .arg("-o")
            .arg(self.dir.join(format!("{name}.o")))
            .arg("--header")
            .arg(self.dir.join(format!("{name}.h")))
            .args(extra);
        self.target(&mut c);
        ok(&run(c, b"", TIMEOUT), &format!("compiling {wat}"));
    }

    /// A C (or, with `cxx`, C++) compiler command with the include paths.
    fn cc(&self, cxx: bool, flags: &[&str]) -> Command {
        let tool = match (self.cross, cxx) {
            (None, false) => "cc".to_string(),
            (None, true) => "g++".to_string(),
            (Some(c), false) => c.cc.to_string(),
            (Some(c), true) => c.cc.replace("gcc", "g++"),
        };
        let mut cmd = Command::new(tool);
        cmd.arg("-I").arg(&self.dir);
        cmd.arg("-I").arg(self.dir.join("rt/include"));
        cmd.args(flags);
        cmd
    }

    /// Builds host `src` (tests/embed/...) with types.o and the runtime into an executable.
    fn host(&self, src: &str, cxx: bool, flags: &[&str]) -> PathBuf {
        self.host_of(src, "types", cxx, flags)
    }

    /// Builds host `src` with module object `module`.o and the runtime.
    fn host_of(&self, src: &str, module: &str, cxx: bool, flags: &[&str]) -> PathBuf {
        let exe = self.dir.join(format!(
            "{}{}",
            Path::new(src).file_stem().unwrap().to_string_lossy(),
            if cxx { "-cxx" } else { "" }
        ));
        let mut c = self.cc(cxx, flags);
        if cxx {
            c.args(["-x", "c++", "-std=c++11"]);
        } else {
            c.arg("-std=c11");
        }
        c.arg(repo_root().join(src));
        if cxx {
            c.args(["-x", "none"]);
        }
        c.arg(self.dir.join(format!("{module}.o")))
            .arg(self.dir.join("rt/libw2nrt.a"))
            .args(["-lpthread", "-lm", "-o"])
            .arg(&exe);
        if self.cross.is_some() {
            c.arg("-static");
        }
        ok(&run(c, b"", TIMEOUT), &format!("compiling {src}"));
        exe
    }

    fn run(&self, exe: &Path, args: &[&str]) -> Outcome {
        let mut cmd = exe_command(exe, self.cross);
        cmd.args(args);
        run(cmd, b"", TIMEOUT)
    }
}

impl Drop for Setup {
    fn drop(&mut self) {
        if std::env::var_os("W2N_KEEP").is_none() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

// ---- examples/embed/c -----------------------------------------------------------------

const EXAMPLE_OUTPUT: &str = "\
a: total = 42
b: total = 7
a: global total = 42
log from wasm: counter ready
memory[100]: a 'A', b 'B' (65536 bytes each)
ratio(84, 2): trap 0, result 42
ratio(1, 0): trapped: integer divide by zero
a: total = 43
";

fn example_c(cross: Option<&'static CrossTarget>) {
    if let Some(c) = cross {
        c.require_tools("example_c");
    }
    let out = fresh_temp_dir("embed-example");
    let mut make = Command::new("make");
    make.arg("-s")
        .arg("-C")
        .arg(repo_root().join("examples/embed/c"))
        .arg("run")
        .arg(format!("W2N={}", w2n().display()))
        .arg(format!("OUT={}", out.display()));
    if let Some(c) = cross {
        make.arg(format!("TARGET={}", c.triple))
            .arg(format!("CC={}", c.cc))
            .arg("LDFLAGS=-static")
            .arg(format!("RUN={}", c.qemu));
    }
    let o = run(make, b"", TIMEOUT);
    let _ = std::fs::remove_dir_all(&out);
    ok(&o, "make run in examples/embed/c");
    assert_eq!(o.stdout, EXAMPLE_OUTPUT, "{}", o.dump());
}

#[test]
fn example_c_native() {
    example_c(None);
}

#[test]
fn example_c_aarch64() {
    example_c(Some(&CROSS_AARCH64));
}

#[test]
fn example_c_riscv64() {
    example_c(Some(&CROSS_RISCV64));
}

// ---- the typed header ---------------------------------------------------------------

const TYPED_OUTPUT: &str = "\
missing import: -1 unknown import \"env\".\"vadd\" (function)
call_add: trap 0, 38
vmul: trap 0, lanes 0 3 9 18 0 0 0 0 0 0 0 0 0 0 0 0
host_vadd: trap 0, lanes 0 2 4 6 8 10 12 14 16 18 20 22 24 26 28 30
host_divmod: trap 0, 9 2
host_divmod by 0: trap 13 (host error: divmod by zero)
two: trap 0, 7 2.5
bump_g: trap 0, 42 (host cell 42)
odd: trap 0, 2.5
odd null: trap 0, -1.25
peek: trap 0, 99 (memory export is the import: 1)
peek out of bounds: trap 2 (out of bounds memory access)
counter: 15, table size 2
boom: trap 1 (unreachable)
recurse: trap 9 (call stack exhausted)
a-b: trap 0, 3
instantiate export: trap 0, 7
done
";

fn typed_api(tag: &str, cross: Option<&'static CrossTarget>) {
    let s = Setup::new(tag, cross);
    // C++ natively only (Debian's aarch64 cross toolchain package is C only).
    let langs: &[bool] = if cross.is_some() {
        &[false]
    } else {
        &[false, true]
    };
    for &cxx in langs {
        let exe = s.host("tests/embed/typed_host.c", cxx, STRICT);
        let o = s.run(&exe, &[]);
        ok(&o, "typed_host");
        assert_eq!(o.stdout, TYPED_OUTPUT, "C++: {cxx}\n{}", o.dump());
    }
}

#[test]
fn typed_api_native() {
    typed_api("typed", None);
}

#[test]
fn typed_api_aarch64() {
    typed_api("typed-aarch64", Some(&CROSS_AARCH64));
}

/// Imports whose signature ids are canonical strings (a long signature, a typed
/// function reference): the generated resolver binds them with the module's own id.
#[test]
fn long_and_typed_signatures() {
    let s = Setup::new("long", None);
    s.compile("tests/embed/long.wat", "long", &[]);
    let exe = s.host_of("tests/embed/long_host.c", "long", false, STRICT);
    let o = s.run(&exe, &[]);
    ok(&o, "long_host");
    assert_eq!(
        o.stdout,
        "sum: trap 0, 1607\napply_inc: trap 0, 42\n",
        "{}",
        o.dump()
    );
}

/// GC objects a host keeps in C variables are roots while rooted (`w2n_gc_root`), also
/// when the root's slot changes; `w2n_gc_collect_store` collects from outside calls and
/// from a host function whose wasm callers hold objects (tests/embed/gc_host.c).
#[test]
fn gc_host_roots() {
    let s = Setup::new("gc-host", None);
    s.compile("tests/embed/gc_host.wat", "gc_host", &[]);
    let exe = s.host_of("tests/embed/gc_host.c", "gc_host", false, STRICT);
    let o = s.run(&exe, &[]);
    ok(&o, "gc_host");
    assert_eq!(
        o.stdout,
        "rooted: trap 0, sums 500500 1500500, collected yes\n\
         moved root: trap 0, sum 1500500\n\
         across host collection: trap 0, 77, host collections 1\n",
        "{}",
        o.dump()
    );
}

/// A WASI command embedded through its header: the runtime's WASI functions bound by
/// name, the WASI context as host data.
#[test]
fn wasi_module_through_header() {
    let s = Setup::new("wasi", None);
    s.compile("examples/hello/hello.wasm", "hello", &[]);
    let exe = s.host_of("tests/embed/wasi_host.c", "hello", false, STRICT);
    let o = s.run(&exe, &[]);
    ok(&o, "wasi_host");
    assert_eq!(
        o.stdout,
        "Hello from WebAssembly, compiled ahead of time to native code!\n\
         arg 1: from\narg 2: c\n_start: trap 0, exit code 0\n",
        "{}",
        o.dump()
    );
}

#[test]
fn header_is_strict_c_and_cxx() {
    let s = Setup::new("strict", None);
    // A module without imports, named so that its exports would take the runtime's
    // names (w2n_store_new): the header renames them.
    s.compile("tests/embed/nothing.wat", "store", &["--name", "store"]);
    s.compile("examples/embed/c/counter.wat", "counter", &[]);
    s.compile("tests/embed/keywords.wat", "keywords", &[]);
    let src = s.dir.join("all.c");
    std::fs::write(
        &src,
        "#include \"types.h\"\n#include \"store.h\"\n#include \"counter.h\"\n\
         #include \"keywords.h\"\n\
         #include \"w2n_host_objects.h\"\n\
         int main(void) {\n    uint32_t r = 0;\n    w2n_instance* i = 0;\n    \
         (void)wasm2native_store_instantiate(w2n_store_new(), 0, &i, 0, 0);\n    \
         return w2n_store_new_2(i, &r);\n}\n",
    )
    .unwrap();
    for (cxx, std) in [
        (false, "-std=c11"),
        (true, "-std=c++11"),
        (true, "-std=c++17"),
    ] {
        let mut c = s.cc(cxx, STRICT);
        if cxx {
            c.args(["-x", "c++"]);
        }
        c.arg(std)
            .arg("-c")
            .arg(&src)
            .arg("-o")
            .arg(s.dir.join("all.o"));
        let o = run(c, b"", TIMEOUT);
        assert!(
            o.code == Some(0) && o.stderr.is_empty(),
            "{std}: the headers do not compile cleanly\n{}",
            o.dump()
        );
    }
}

#[test]
fn wrong_host_type_does_not_compile() {
    let s = Setup::new("wrongtype", None);
    let build = |define: Option<&str>| {
        let mut c = s.cc(false, &["-std=c11"]);
        c.args(STRICT);
        if let Some(d) = define {
            c.arg(format!("-D{d}"));
        }
        c.arg("-c")
            .arg(repo_root().join("tests/embed/wrong_type.c"))
            .arg("-o")
            .arg(s.dir.join("wrong_type.o"));
        run(c, b"", TIMEOUT)
    };
    // The right types compile: what fails below fails for the type alone.
    ok(&build(None), "wrong_type.c with the right types");
    let o = build(Some("WRONG_DEFINITION"));
    assert!(
        o.code != Some(0)
            && o.stderr.contains("conflicting types for")
            && o.stderr.contains("w2n_import_env_add"),
        "a by-name host function of the wrong type compiled\n{}",
        o.dump()
    );
    let o = build(Some("WRONG_FIELD"));
    assert!(
        o.code != Some(0) && o.stderr.contains("incompatible pointer type"),
        "a host function of the wrong type was accepted in the imports struct\n{}",
        o.dump()
    );
}

#[test]
fn signature_mismatch_is_link_error() {
    let s = Setup::new("linkerr", None);
    let exe = s.host(
        "tests/embed/link_errors.c",
        false,
        &["-Wall", "-Wextra", "-Werror"],
    );
    let o = s.run(&exe, &[]);
    ok(&o, "link_errors");
    let want = "\
mode 0: 0 ok
mode 1: -1 incompatible import type for \"env\".\"add\" (function): function signature mismatch: the import is (i32, i64) -> (f32), the function given is (i64, i32) -> (f32)
mode 2: -1 incompatible import type for \"env\".\"add\" (function): host function given without its signature id (w2n_extern.type is 0; set it with w2n_sig_id(), or instantiate through the module's generated header)
mode 3: -1 incompatible import type for \"env\".\"add\" (function): function signature mismatch: the import is (i32, i64) -> (f32), the function given is () -> (i32, f64)
sig ids agree: 1
";
    assert_eq!(o.stdout, want, "{}", o.dump());
}

// ---- signals --------------------------------------------------------------------------

fn signals(tag: &str, cross: Option<&'static CrossTarget>) {
    let s = Setup::new(tag, cross);
    let exe = s.host(
        "tests/embed/signals.c",
        false,
        &["-Wall", "-Wextra", "-Werror"],
    );
    let rounds = "\
boom 1: unreachable
recurse 1: call stack exhausted
boom 2: unreachable
recurse 2: call stack exhausted
";
    let with_host = |r: &str| {
        r.lines()
            .map(|l| {
                if let Some(rest) = l.strip_prefix("boom ") {
                    let n = rest.split(':').next().unwrap_or_default();
                    format!("host fault {n}: caught 1\n{l}\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect::<String>()
    };
    let cases = [
        (
            "chain",
            format!(
                "init: 0\ninit no-signals after: -1\n{}host faults seen by the host: 2\n\
                 SIGSEGV handler: runtime, SIGILL handler: runtime\n",
                with_host(rounds)
            ),
        ),
        (
            "opt-out",
            format!(
                "init no-signals: 0\n{}host faults seen by the host: 2\n\
                 SIGSEGV handler: host, SIGILL handler: host\n",
                with_host(rounds)
            ),
        ),
    ];
    for (mode, want) in &cases {
        let o = s.run(&exe, &[mode]);
        ok(&o, &format!("signals {mode}"));
        assert_eq!(&o.stdout, want, "signals {mode}\n{}", o.dump());
    }
    // No host handler: a fault outside wasm code keeps its default disposition.
    let o = s.run(&exe, &["default"]);
    assert!(
        o.stdout.ends_with(&format!(
            "{rounds}host faults seen by the host: 0\n\
             SIGSEGV handler: runtime, SIGILL handler: runtime\nfaulting outside wasm code\n"
        )) && (o.signal == Some(11) || o.code == Some(128 + 11) || o.code == Some(-11)),
        "signals default: expected death by SIGSEGV\n{}",
        o.dump()
    );
}

#[test]
fn signals_native() {
    signals("signals", None);
}

#[test]
fn signals_aarch64() {
    signals("signals-aarch64", Some(&CROSS_AARCH64));
}

// ---- the stack limit of every instance --------------------------------------------------

const STACK_LIMIT_OUTPUT: &str = "\
main 0 add: trap 0, 3
main 0 recurse: call stack exhausted
main: limits 1
main: limits 1
thread 1 add: trap 0, 3
thread 1 recurse: call stack exhausted
thread: limits 1, limit moved 1
thread 0 add: trap 0, 3
thread 0 recurse: call stack exhausted
  nested instance: limits 1
  nested recurse: call stack exhausted
thread 1 add: trap 0, 3
thread 1 recurse: call stack exhausted
thread: limits 1
main 2 add: trap 0, 3
main 2 recurse: call stack exhausted
main: limits 1, limit back 1
  nested instance: limits 1
  nested recurse: call stack exhausted
main 1 add: trap 0, 3
main 1 recurse: call stack exhausted
main: limits 1
done
";

fn stack_limit(tag: &str, cross: Option<&'static CrossTarget>) {
    let s = Setup::new(tag, cross);
    let exe = s.host("tests/embed/stack_limit.c", false, STRICT);
    let o = s.run(&exe, &[]);
    ok(&o, "stack_limit");
    assert_eq!(o.stdout, STACK_LIMIT_OUTPUT, "{}", o.dump());
}

#[test]
fn stack_limit_native() {
    stack_limit("stack-limit", None);
}

#[test]
fn stack_limit_aarch64() {
    stack_limit("stack-limit-aarch64", Some(&CROSS_AARCH64));
}
