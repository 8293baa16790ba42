//! Planning: turns the directives of one `.wast` script into a [`Plan`]: the modules to
//! compile, the commands the C driver executes (instantiate, register, invoke, get),
//! and one [`Step`] per directive saying how its outcome is judged.

use wast::core::{NanPattern, V128Pattern, WastArgCore, WastRetCore};
use wast::parser::{self, ParseBuffer};
use wast::token::{Id, Span};
use wast::{QuoteWat, QuoteWatTest, WastArg, WastDirective, WastExecute, WastInvoke, WastRet};

/// A module to compile: either linked into the driver (`link`) or only checked to be
/// rejected by the compiler (assert_invalid / assert_malformed).
pub(crate) struct ModuleSrc {
    pub bytes: Vec<u8>,
    pub link: bool,
}

/// A command of the C driver. Instance slots are numbered by the planner; a slot stays
/// empty when its instantiation failed.
pub(crate) enum Cmd {
    Inst {
        slot: usize,
        module: usize,
    },
    Reg {
        slot: usize,
        name: String,
    },
    Call {
        slot: usize,
        name: String,
        args: Vec<(u64, u64)>,
    },
    Get {
        slot: usize,
        name: String,
    },
    /// `(thread $T ...)`: the commands up to the matching `ThreadEnd` run on a new
    /// native thread (with its own store) while the script goes on.
    ThreadBegin {
        thread: usize,
    },
    ThreadEnd,
    /// `(wait $T)`: joins thread `thread`.
    Wait {
        thread: usize,
    },
}

/// An expected value of `assert_return`.
#[derive(Debug, Clone)]
pub(crate) enum ExpVal {
    I32(u32),
    I64(u64),
    /// Bits, or NaN patterns.
    F32(Nan<u32>),
    F64(Nan<u64>),
    /// Lanes: (lane width in bytes, float lane?, pattern per lane as bits).
    V128(Vec<V128Lane>),
    RefNull,
    /// `ref.extern N` (None: any non-null externref).
    RefExtern(Option<u32>),
    /// `ref.func` (any non-null funcref).
    RefFunc,
    /// GC results: `ref.host N` (a boxed host value), `ref.i31`, `ref.struct`,
    /// `ref.array`, `ref.eq` (any of those three), `ref.any` (any non-null).
    RefHost(u32),
    RefI31,
    RefStruct,
    RefArray,
    RefEq,
    RefAny,
    Either(Vec<ExpVal>),
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Nan<T> {
    Canonical,
    Arithmetic,
    Bits(T),
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum V128Lane {
    Int { bytes: usize, bits: u64 },
    F32(Nan<u32>),
    F64(Nan<u64>),
}

/// What the outcome of a driver command must be.
pub(crate) enum Expect {
    /// Instantiation succeeds.
    Instantiated,
    /// Registration succeeds.
    Registered,
    /// The call returns (any values when `None`).
    Returns(Option<Vec<ExpVal>>),
    /// The call traps with this message.
    Trap(String),
    /// The call ends with an exception no handler caught (assert_exception).
    Exception,
    /// Instantiation fails at link time with this message.
    Unlinkable(String),
    /// Instantiation fails after linking (segment out of bounds, start trap).
    Uninstantiable(String),
}

pub(crate) enum StepKind {
    /// Decided while planning: `Ok(())` passed, `Err(why)` failed.
    Static(Result<(), String>),
    /// The compiler must reject module `module` (assert_invalid / assert_malformed).
    Reject { module: usize },
    /// Driver command `cmd` must produce `expect`; `module` is the module it
    /// instantiates (a compile error fails the step).
    Run {
        cmd: usize,
        module: Option<usize>,
        expect: Expect,
    },
    /// The compiler must accept module `module` (`module definition`).
    Compile { module: usize },
    /// Not executed, with the reason.
    Skip(String),
}

pub(crate) struct Step {
    pub line: usize,
    pub directive: &'static str,
    pub kind: StepKind,
}

#[derive(Default)]
pub(crate) struct Plan {
    pub modules: Vec<ModuleSrc>,
    pub cmds: Vec<Cmd>,
    pub steps: Vec<Step>,
}

struct Planner<'a> {
    text: &'a str,
    /// The script's name, for error messages.
    name: &'a str,
    plan: Plan,
    next_slot: usize,
    current: Option<usize>,
    named: Vec<(String, usize)>,
    /// `(module definition $name ...)`: the module each name was compiled to.
    definitions: Vec<(String, usize)>,
    /// Names of the `thread` directives so far, by thread index.
    threads: Vec<String>,
}

/// Parses `text` (the script `name`) and plans it. Errors are parse errors of the
/// whole script, rendered with the name, line and column.
pub(crate) fn plan(text: &str, name: &str) -> Result<Plan, String> {
    let mut lexer = wast::lexer::Lexer::new(text);
    lexer.allow_confusing_unicode(true);
    let buf = ParseBuffer::new_with_lexer(lexer).map_err(|e| render(e, text, name))?;
    let wast = parser::parse::<wast::Wast>(&buf).map_err(|e| render(e, text, name))?;
    let mut p = Planner {
        text,
        name,
        plan: Plan::default(),
        next_slot: 0,
        current: None,
        named: Vec::new(),
        definitions: Vec::new(),
        threads: Vec::new(),
    };
    for d in wast.directives {
        p.directive(d);
    }
    Ok(p.plan)
}

fn render(mut e: wast::Error, text: &str, name: &str) -> String {
    e.set_text(text);
    e.set_path(std::path::Path::new(name));
    e.to_string()
}

impl Planner<'_> {
    fn line(&self, span: Span) -> usize {
        span.linecol_in(self.text).0 + 1
    }

    fn step(&mut self, span: Span, directive: &'static str, kind: StepKind) {
        let line = self.line(span);
        self.plan.steps.push(Step {
            line,
            directive,
            kind,
        });
    }

    fn slot_of(&self, id: Option<Id<'_>>) -> Result<usize, String> {
        match id {
            None => self
                .current
                .ok_or_else(|| "no module instantiated yet".to_string()),
            Some(id) => self
                .named
                .iter()
                .rev()
                .find(|(n, _)| n == id.name())
                .map(|(_, s)| *s)
                .ok_or_else(|| format!("unknown module ${}", id.name())),
        }
    }

    fn add_module(&mut self, bytes: Vec<u8>, link: bool) -> usize {
        self.plan.modules.push(ModuleSrc { bytes, link });
        self.plan.modules.len() - 1
    }

    fn add_cmd(&mut self, c: Cmd) -> usize {
        self.plan.cmds.push(c);
        self.plan.cmds.len() - 1
    }

    /// Compiles-and-instantiates `m` into a fresh slot. Returns (cmd, module, slot).
    fn instantiate(&mut self, m: &mut QuoteWat<'_>) -> Result<(usize, usize, usize), String> {
        let bytes = m.encode().map_err(|e| render(e, self.text, self.name))?;
        let module = self.add_module(bytes, true);
        let slot = self.next_slot;
        self.next_slot += 1;
        let cmd = self.add_cmd(Cmd::Inst { slot, module });
        Ok((cmd, module, slot))
    }

    fn invoke(&mut self, i: &WastInvoke<'_>) -> Result<usize, String> {
        let slot = self.slot_of(i.module)?;
        let args = i.args.iter().map(arg).collect::<Result<Vec<_>, _>>()?;
        Ok(self.add_cmd(Cmd::Call {
            slot,
            name: i.name.to_string(),
            args,
        }))
    }

    fn execute(&mut self, e: &mut WastExecute<'_>) -> Result<(usize, Option<usize>), String> {
        match e {
            WastExecute::Invoke(i) => Ok((self.invoke(i)?, None)),
            WastExecute::Get { module, global, .. } => {
                let slot = self.slot_of(*module)?;
                Ok((
                    self.add_cmd(Cmd::Get {
                        slot,
                        name: global.to_string(),
                    }),
                    None,
                ))
            }
            WastExecute::Wat(w) => {
                let bytes = w.encode().map_err(|e| render(e, self.text, self.name))?;
                let module = self.add_module(bytes, true);
                let slot = self.next_slot;
                self.next_slot += 1;
                Ok((self.add_cmd(Cmd::Inst { slot, module }), Some(module)))
            }
        }
    }

    fn run_or_fail(
        &mut self,
        span: Span,
        directive: &'static str,
        r: Result<(usize, Option<usize>), String>,
        expect: Expect,
    ) {
        let kind = match r {
            Ok((cmd, module)) => StepKind::Run {
                cmd,
                module,
                expect,
            },
            Err(e) => StepKind::Static(Err(e)),
        };
        self.step(span, directive, kind);
    }

    fn directive(&mut self, d: WastDirective<'_>) {
        let span = d.span();
        match d {
            WastDirective::Module(mut m) => {
                let name = m.name().map(|n| n.name().to_string());
                match self.instantiate(&mut m) {
                    Ok((cmd, module, slot)) => {
                        self.current = Some(slot);
                        if let Some(n) = name {
                            self.named.push((n, slot));
                        }
                        self.step(
                            span,
                            "module",
                            StepKind::Run {
                                cmd,
                                module: Some(module),
                                expect: Expect::Instantiated,
                            },
                        );
                    }
                    Err(e) => {
                        // Later directives must not run against an older instance.
                        self.current = None;
                        self.step(span, "module", StepKind::Static(Err(e)));
                    }
                }
            }
            WastDirective::ModuleDefinition(mut m) => {
                // Compiled now, instantiated by each `module instance` naming it.
                let name = m.name().map(|n| n.name().to_string());
                match m.encode() {
                    Ok(bytes) => {
                        let module = self.add_module(bytes, true);
                        if let Some(n) = name {
                            self.definitions.push((n, module));
                        }
                        self.step(span, "module", StepKind::Compile { module });
                    }
                    Err(e) => {
                        let e = render(e, self.text, self.name);
                        self.step(span, "module", StepKind::Static(Err(e)));
                    }
                }
            }
            WastDirective::ModuleInstance {
                instance, module, ..
            } => {
                let def = match module {
                    Some(id) => self
                        .definitions
                        .iter()
                        .rev()
                        .find(|(n, _)| n == id.name())
                        .map(|(_, m)| *m)
                        .ok_or_else(|| format!("unknown module definition ${}", id.name())),
                    None => self
                        .definitions
                        .last()
                        .map(|(_, m)| *m)
                        .ok_or_else(|| "no module definition yet".to_string()),
                };
                match def {
                    Ok(module) => {
                        let slot = self.next_slot;
                        self.next_slot += 1;
                        let cmd = self.add_cmd(Cmd::Inst { slot, module });
                        self.current = Some(slot);
                        if let Some(n) = instance {
                            self.named.push((n.name().to_string(), slot));
                        }
                        self.step(
                            span,
                            "module",
                            StepKind::Run {
                                cmd,
                                module: Some(module),
                                expect: Expect::Instantiated,
                            },
                        );
                    }
                    Err(e) => {
                        self.current = None;
                        self.step(span, "module", StepKind::Static(Err(e)));
                    }
                }
            }
            WastDirective::Register { name, module, .. } => {
                let r = self.slot_of(module).map(|slot| {
                    let c = self.add_cmd(Cmd::Reg {
                        slot,
                        name: name.to_string(),
                    });
                    (c, None)
                });
                self.run_or_fail(span, "register", r, Expect::Registered);
            }
            WastDirective::Invoke(i) => {
                let r = self.invoke(&i).map(|c| (c, None));
                self.run_or_fail(span, "invoke", r, Expect::Returns(None));
            }
            WastDirective::AssertReturn {
                mut exec, results, ..
            } => {
                let exp = results.iter().map(ret).collect::<Result<Vec<_>, _>>();
                let (r, exp) = match exp {
                    Ok(exp) => (self.execute(&mut exec), exp),
                    Err(e) => (Err(e), Vec::new()),
                };
                self.run_or_fail(span, "assert_return", r, Expect::Returns(Some(exp)));
            }
            WastDirective::AssertTrap {
                mut exec, message, ..
            } => {
                let is_module = matches!(exec, WastExecute::Wat(_));
                let r = self.execute(&mut exec);
                let (directive, expect) = if is_module {
                    (
                        "assert_uninstantiable",
                        Expect::Uninstantiable(message.into()),
                    )
                } else {
                    ("assert_trap", Expect::Trap(message.into()))
                };
                self.run_or_fail(span, directive, r, expect);
            }
            WastDirective::AssertException { mut exec, .. } => {
                let r = self.execute(&mut exec);
                self.run_or_fail(span, "assert_exception", r, Expect::Exception);
            }
            WastDirective::AssertExhaustion { call, message, .. } => {
                let r = self.invoke(&call).map(|c| (c, None));
                self.run_or_fail(span, "assert_exhaustion", r, Expect::Trap(message.into()));
            }
            WastDirective::AssertUnlinkable {
                module, message, ..
            } => {
                let mut q = QuoteWat::Wat(module);
                let r = self.instantiate(&mut q).map(|(c, m, _)| (c, Some(m)));
                self.run_or_fail(
                    span,
                    "assert_unlinkable",
                    r,
                    Expect::Unlinkable(message.into()),
                );
            }
            WastDirective::AssertInvalid { mut module, .. } => {
                self.reject(span, "assert_invalid", &mut module);
            }
            WastDirective::AssertMalformed { mut module, .. } => {
                self.reject(span, "assert_malformed", &mut module);
            }
            WastDirective::Thread(t) => {
                // A thread sees only its `shared` module (by name) and its own modules.
                let thread = self.threads.len();
                self.threads.push(t.name.name().to_string());
                let begin = self.add_cmd(Cmd::ThreadBegin { thread });
                self.step(
                    span,
                    "thread",
                    StepKind::Run {
                        cmd: begin,
                        module: None,
                        expect: Expect::Registered,
                    },
                );
                let named = std::mem::take(&mut self.named);
                let current = self.current.take();
                if let Some(id) = t.shared_module {
                    if let Some(&(_, slot)) = named.iter().rev().find(|(n, _)| n == id.name()) {
                        self.named.push((id.name().to_string(), slot));
                    }
                }
                for d in t.directives {
                    self.directive(d);
                }
                self.add_cmd(Cmd::ThreadEnd);
                self.named = named;
                self.current = current;
            }
            WastDirective::Wait { thread, .. } => {
                let r = match self.threads.iter().rposition(|n| n == thread.name()) {
                    Some(thread) => Ok((self.add_cmd(Cmd::Wait { thread }), None)),
                    None => Err(format!("unknown thread ${}", thread.name())),
                };
                self.run_or_fail(span, "wait", r, Expect::Registered);
            }
            other => {
                let what = format!("{other:?}");
                let what = what.split([' ', '{', '(']).next().unwrap_or("directive");
                self.step(
                    span,
                    "other",
                    StepKind::Skip(format!(
                        "`{what}` is not a Wasm 2.0 core directive (out of scope)"
                    )),
                );
            }
        }
    }

    fn reject(&mut self, span: Span, directive: &'static str, m: &mut QuoteWat<'_>) {
        let test = match m.to_test() {
            Ok(t) => t,
            // The text parser rejected it: we accept .wat input, so this is our front end
            // rejecting the module.
            Err(_) => return self.step(span, directive, StepKind::Static(Ok(()))),
        };
        let bytes = match test {
            QuoteWatTest::Binary(b) => b,
            QuoteWatTest::Text(t) => match wat::parse_bytes(&t) {
                Ok(b) => b.into_owned(),
                Err(_) => return self.step(span, directive, StepKind::Static(Ok(()))),
            },
        };
        let module = self.add_module(bytes, false);
        self.step(span, directive, StepKind::Reject { module });
    }
}

fn arg(a: &WastArg<'_>) -> Result<(u64, u64), String> {
    let WastArg::Core(a) = a else {
        return Err("component-model argument".into());
    };
    Ok(match a {
        WastArgCore::I32(v) => (*v as u32 as u64, 0),
        WastArgCore::I64(v) => (*v as u64, 0),
        WastArgCore::F32(v) => (v.bits as u64, 0),
        WastArgCore::F64(v) => (v.bits, 0),
        WastArgCore::V128(v) => {
            let b = u128::from_le_bytes(v.to_le_bytes());
            (b as u64, (b >> 64) as u64)
        }
        WastArgCore::RefNull(_) => (0, 0),
        WastArgCore::RefExtern(n) => (*n as u64 + 1, 0),
        // A host value for an anyref parameter: the runner boxes it (GC).
        WastArgCore::RefHost(n) => (*n as u64 + 1, 0x484f_5354),
    })
}

fn nan32(p: &NanPattern<wast::token::F32>) -> Nan<u32> {
    match p {
        NanPattern::CanonicalNan => Nan::Canonical,
        NanPattern::ArithmeticNan => Nan::Arithmetic,
        NanPattern::Value(v) => Nan::Bits(v.bits),
    }
}

fn nan64(p: &NanPattern<wast::token::F64>) -> Nan<u64> {
    match p {
        NanPattern::CanonicalNan => Nan::Canonical,
        NanPattern::ArithmeticNan => Nan::Arithmetic,
        NanPattern::Value(v) => Nan::Bits(v.bits),
    }
}

fn ret(r: &WastRet<'_>) -> Result<ExpVal, String> {
    let WastRet::Core(r) = r else {
        return Err("component-model result".into());
    };
    ret_core(r)
}

fn ret_core(r: &WastRetCore<'_>) -> Result<ExpVal, String> {
    let int = |bytes: usize, v: u64| V128Lane::Int { bytes, bits: v };
    Ok(match r {
        WastRetCore::I32(v) => ExpVal::I32(*v as u32),
        WastRetCore::I64(v) => ExpVal::I64(*v as u64),
        WastRetCore::F32(p) => ExpVal::F32(nan32(p)),
        WastRetCore::F64(p) => ExpVal::F64(nan64(p)),
        WastRetCore::V128(p) => ExpVal::V128(match p {
            V128Pattern::I8x16(l) => l.iter().map(|v| int(1, *v as u8 as u64)).collect(),
            V128Pattern::I16x8(l) => l.iter().map(|v| int(2, *v as u16 as u64)).collect(),
            V128Pattern::I32x4(l) => l.iter().map(|v| int(4, *v as u32 as u64)).collect(),
            V128Pattern::I64x2(l) => l.iter().map(|v| int(8, *v as u64)).collect(),
            V128Pattern::F32x4(l) => l.iter().map(|p| V128Lane::F32(nan32(p))).collect(),
            V128Pattern::F64x2(l) => l.iter().map(|p| V128Lane::F64(nan64(p))).collect(),
        }),
        WastRetCore::RefNull(_) => ExpVal::RefNull,
        WastRetCore::RefExtern(n) => ExpVal::RefExtern(*n),
        WastRetCore::RefFunc(_) => ExpVal::RefFunc,
        WastRetCore::RefHost(n) => ExpVal::RefHost(*n),
        WastRetCore::RefI31 => ExpVal::RefI31,
        WastRetCore::RefStruct => ExpVal::RefStruct,
        WastRetCore::RefArray => ExpVal::RefArray,
        WastRetCore::RefEq => ExpVal::RefEq,
        WastRetCore::RefAny => ExpVal::RefAny,
        WastRetCore::Either(v) => {
            ExpVal::Either(v.iter().map(ret_core).collect::<Result<Vec<_>, _>>()?)
        }
        other => return Err(format!("unsupported result pattern {other:?}")),
    })
}
