//! Judging: compares what the driver reported for each command (and what the compiler
//! did with each module) with what the directive expects.

use super::driver::Outcome;
use super::script::{ExpVal, Expect, Nan, Plan, StepKind, V128Lane};
use super::{Assertion, Status};

/// Judges every step of `plan`. `compiled[m]` is the compile result of module `m`,
/// `outcomes[c]` what the driver reported for command `c`.
pub(crate) fn judge(
    plan: &Plan,
    compiled: &[Result<(), String>],
    outcomes: &[Outcome],
) -> Vec<Assertion> {
    plan.steps
        .iter()
        .map(|s| {
            let status = match &s.kind {
                StepKind::Static(Ok(())) => Status::Pass,
                StepKind::Static(Err(e)) => Status::Fail(e.clone()),
                StepKind::Skip(why) => Status::Skip(why.clone()),
                StepKind::Reject { module } => match &compiled[*module] {
                    Err(_) => Status::Pass,
                    Ok(()) => Status::Fail("the compiler accepted the module".into()),
                },
                StepKind::Compile { module } => match &compiled[*module] {
                    Ok(()) => Status::Pass,
                    Err(e) => Status::Fail(format!("compile error: {e}")),
                },
                StepKind::Run {
                    cmd,
                    module,
                    expect,
                } => match module.map(|m| &compiled[m]) {
                    Some(Err(e)) => Status::Fail(format!("compile error: {e}")),
                    _ => match check(expect, &outcomes[*cmd]) {
                        Ok(()) => Status::Pass,
                        Err(e) => Status::Fail(e),
                    },
                },
            };
            Assertion {
                line: s.line,
                directive: s.directive,
                status,
            }
        })
        .collect()
}

/// Whether a trap/error message matches the script's expected message (like Wasmtime:
/// the expected text must occur in ours, with a few aliases).
pub(crate) fn message_matches(actual: &str, expected: &str) -> bool {
    actual.contains(expected)
        || (expected.starts_with("uninitialized element")
            && actual.contains("uninitialized element"))
}

fn check(expect: &Expect, out: &Outcome) -> Result<(), String> {
    match (expect, out) {
        (_, Outcome::Missing(why)) => Err(why.clone()),
        (_, Outcome::Err { kind, msg }) if kind == "crash" => {
            Err(format!("the driver crashed on this directive: {msg}"))
        }
        (Expect::Instantiated | Expect::Registered, Outcome::Ok) => Ok(()),
        (Expect::Returns(None), Outcome::Ret(_)) => Ok(()),
        (Expect::Returns(Some(exp)), Outcome::Ret(got)) => check_values(exp, got),
        (Expect::Trap(m), Outcome::Err { kind, msg, .. }) if kind == "trap" => {
            if message_matches(msg, m) {
                Ok(())
            } else {
                Err(format!("expected trap \"{m}\", got trap \"{msg}\""))
            }
        }
        (Expect::Exception, Outcome::Err { kind, msg, .. })
            if kind == "trap" && msg.starts_with(crate::abi::Trap::Exception.message()) =>
        {
            Ok(())
        }
        (Expect::Unlinkable(m), Outcome::Err { kind, msg, .. }) if kind == "link" => {
            if message_matches(msg, m) {
                Ok(())
            } else {
                Err(format!("expected link error \"{m}\", got \"{msg}\""))
            }
        }
        (Expect::Uninstantiable(m), Outcome::Err { kind, msg, .. })
            if kind == "inst" || kind == "trap" =>
        {
            if message_matches(msg, m) {
                Ok(())
            } else {
                Err(format!(
                    "expected instantiation failure \"{m}\", got \"{msg}\""
                ))
            }
        }
        (e, o) => Err(format!("expected {}, got {}", describe(e), o.describe())),
    }
}

fn describe(e: &Expect) -> String {
    match e {
        Expect::Instantiated => "successful instantiation".into(),
        Expect::Registered => "successful registration".into(),
        Expect::Returns(None) => "a return".into(),
        Expect::Returns(Some(v)) => format!("return {v:?}"),
        Expect::Trap(m) => format!("trap \"{m}\""),
        Expect::Exception => "an uncaught exception".into(),
        Expect::Unlinkable(m) => format!("link error \"{m}\""),
        Expect::Uninstantiable(m) => format!("instantiation failure \"{m}\""),
    }
}

fn check_values(exp: &[ExpVal], got: &[(u64, u64, u64)]) -> Result<(), String> {
    if exp.len() != got.len() {
        return Err(format!(
            "expected {} result(s), got {}: {}",
            exp.len(),
            got.len(),
            show(got)
        ));
    }
    for (i, (e, g)) in exp.iter().zip(got).enumerate() {
        if !value_matches(e, *g) {
            return Err(format!(
                "result {i}: expected {e:?}, got {} (all results: {})",
                show_one(*g),
                show(got)
            ));
        }
    }
    Ok(())
}

fn f32_matches(p: Nan<u32>, bits: u32) -> bool {
    let nan = bits & 0x7f80_0000 == 0x7f80_0000 && bits & 0x007f_ffff != 0;
    match p {
        Nan::Bits(b) => b == bits,
        Nan::Canonical => bits & 0x7fff_ffff == 0x7fc0_0000,
        Nan::Arithmetic => nan && bits & 0x0040_0000 != 0,
    }
}

fn f64_matches(p: Nan<u64>, bits: u64) -> bool {
    let exp = 0x7ff0_0000_0000_0000u64;
    let nan = bits & exp == exp && bits & 0x000f_ffff_ffff_ffff != 0;
    match p {
        Nan::Bits(b) => b == bits,
        Nan::Canonical => bits & 0x7fff_ffff_ffff_ffff == 0x7ff8_0000_0000_0000,
        Nan::Arithmetic => nan && bits & 0x0008_0000_0000_0000 != 0,
    }
}

fn value_matches(e: &ExpVal, (ty, lo, hi): (u64, u64, u64)) -> bool {
    use crate::abi::val;
    let is_ref = ty == val::FUNCREF || ty == val::EXTERNREF;
    match e {
        ExpVal::I32(v) => ty == val::I32 && lo as u32 == *v,
        ExpVal::I64(v) => ty == val::I64 && lo == *v,
        ExpVal::F32(p) => ty == val::F32 && f32_matches(*p, lo as u32),
        ExpVal::F64(p) => ty == val::F64 && f64_matches(*p, lo),
        ExpVal::V128(lanes) => {
            if ty != val::V128 {
                return false;
            }
            let v = (lo as u128) | ((hi as u128) << 64);
            let mut shift = 0;
            lanes.iter().all(|l| {
                let (w, ok) = match *l {
                    V128Lane::Int { bytes, bits } => {
                        let mask = if bytes == 8 {
                            u64::MAX
                        } else {
                            (1u64 << (bytes * 8)) - 1
                        };
                        (bytes, (v >> shift) as u64 & mask == bits)
                    }
                    V128Lane::F32(p) => (4, f32_matches(p, (v >> shift) as u32)),
                    V128Lane::F64(p) => (8, f64_matches(p, (v >> shift) as u64)),
                };
                shift += w * 8;
                ok
            })
        }
        ExpVal::RefNull => (ty == val::FUNCREF || ty == val::EXTERNREF) && lo == 0,
        ExpVal::RefExtern(None) => ty == val::EXTERNREF && lo != 0,
        ExpVal::RefExtern(Some(n)) => ty == val::EXTERNREF && lo == *n as u64 + 1,
        ExpVal::RefFunc => ty == val::FUNCREF && lo != 0,
        // GC kinds come in `hi` (`W2N_GC_REF_*`, see runner.c's gc_classify).
        ExpVal::RefHost(n) => is_ref && lo == *n as u64 + 1 && hi == 4,
        ExpVal::RefI31 => is_ref && hi == 1,
        ExpVal::RefStruct => is_ref && hi == 2,
        ExpVal::RefArray => is_ref && hi == 3,
        ExpVal::RefEq => is_ref && (1..=3).contains(&hi),
        ExpVal::RefAny => is_ref && lo != 0,
        ExpVal::Either(alts) => alts.iter().any(|a| value_matches(a, (ty, lo, hi))),
    }
}

fn show_one((ty, lo, hi): (u64, u64, u64)) -> String {
    match ty {
        1 => format!("i32:{:#x}", lo as u32),
        2 => format!("i64:{lo:#x}"),
        3 => format!("f32:{:#x} ({})", lo as u32, f32::from_bits(lo as u32)),
        4 => format!("f64:{lo:#x} ({})", f64::from_bits(lo)),
        5 => format!("v128:{hi:016x}{lo:016x}"),
        6 => format!("funcref:{lo:#x}"),
        7 if lo == 0 => "externref:null".into(),
        7 => format!("externref:{}", lo.wrapping_sub(1)),
        _ => format!("type{ty}:{lo:#x}"),
    }
}

fn show(got: &[(u64, u64, u64)]) -> String {
    let v: Vec<_> = got.iter().map(|g| show_one(*g)).collect();
    format!("[{}]", v.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nan_patterns() {
        assert!(f32_matches(Nan::Canonical, 0x7fc0_0000));
        assert!(f32_matches(Nan::Canonical, 0xffc0_0000));
        assert!(!f32_matches(Nan::Canonical, 0x7fc0_0001));
        assert!(f32_matches(Nan::Arithmetic, 0x7fc0_0001));
        assert!(!f32_matches(Nan::Arithmetic, 0x7fa0_0000));
        assert!(!f32_matches(Nan::Arithmetic, 0x7f80_0000));
        assert!(f64_matches(Nan::Canonical, 0xfff8_0000_0000_0000));
        assert!(f64_matches(Nan::Arithmetic, 0x7ff8_0000_0000_0001));
        assert!(!f64_matches(Nan::Arithmetic, 0x7ff4_0000_0000_0000));
        // Bit-exact: -0.0 is not 0.0.
        assert!(!f32_matches(Nan::Bits(0), 0x8000_0000));
    }

    #[test]
    fn values_are_typed() {
        assert!(value_matches(&ExpVal::I32(5), (1, 5, 0)));
        assert!(!value_matches(&ExpVal::I32(5), (2, 5, 0)));
        assert!(value_matches(&ExpVal::RefExtern(Some(0)), (7, 1, 0)));
        assert!(!value_matches(&ExpVal::RefExtern(Some(0)), (7, 0, 0)));
        assert!(value_matches(&ExpVal::RefNull, (6, 0, 0)));
        assert!(!value_matches(&ExpVal::RefFunc, (6, 0, 0)));
    }

    #[test]
    fn trap_messages() {
        assert!(message_matches(
            "out of bounds memory access",
            "out of bounds memory access"
        ));
        assert!(message_matches(
            "uninitialized element",
            "uninitialized element 2"
        ));
        assert!(!message_matches(
            "integer overflow",
            "integer divide by zero"
        ));
        assert!(message_matches(
            "incompatible import type for \"a\".\"b\" (function): function signature mismatch",
            "incompatible import type"
        ));
    }
}
