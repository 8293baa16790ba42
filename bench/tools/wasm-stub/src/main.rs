//! See README.md.
use std::collections::{BTreeSet, HashSet};
use wasmparser::{Operator, Parser, Payload, TypeRef};

fn leb(mut v: u64, out: &mut Vec<u8>) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn read_leb(data: &[u8], pos: &mut usize) -> u64 {
    let (mut v, mut shift) = (0u64, 0);
    loop {
        let b = data[*pos];
        *pos += 1;
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return v;
        }
        shift += 7;
    }
}

fn is_load(op: &Operator) -> bool {
    use Operator::*;
    matches!(
        op,
        I32Load { .. }
            | I64Load { .. }
            | F32Load { .. }
            | F64Load { .. }
            | I32Load8S { .. }
            | I32Load8U { .. }
            | I32Load16S { .. }
            | I32Load16U { .. }
            | I64Load8S { .. }
            | I64Load8U { .. }
            | I64Load16S { .. }
            | I64Load16U { .. }
            | I64Load32S { .. }
            | I64Load32U { .. }
            | V128Load { .. }
    )
}

fn is_store(op: &Operator) -> bool {
    use Operator::*;
    matches!(
        op,
        I32Store { .. }
            | I64Store { .. }
            | F32Store { .. }
            | F64Store { .. }
            | I32Store8 { .. }
            | I32Store16 { .. }
            | I64Store8 { .. }
            | I64Store16 { .. }
            | I64Store32 { .. }
            | V128Store { .. }
    )
}

fn stats(data: &[u8]) {
    println!("idx\tsize\tlocals\tops\tloops\tblocks\tifs\tmem\tloads\tstores\tbrtable\tbrtargets\tcalls\tcallind\tmemsize");
    let mut i = 0usize;
    for p in Parser::new(0).parse_all(data) {
        let Payload::CodeSectionEntry(body) = p.expect("valid module") else {
            continue;
        };
        let r = body.range();
        let mut locals = 0u64;
        for l in body.get_locals_reader().expect("locals") {
            locals += u64::from(l.expect("local").0);
        }
        let mut c = [0u64; 13];
        let mut ops = body.get_operators_reader().expect("operators");
        while !ops.eof() {
            let op = ops.read().expect("operator");
            c[0] += 1;
            match &op {
                Operator::Loop { .. } => c[1] += 1,
                Operator::Block { .. } => c[2] += 1,
                Operator::If { .. } => c[3] += 1,
                Operator::BrTable { targets } => {
                    c[7] += 1;
                    c[8] += u64::from(targets.len());
                }
                Operator::Call { .. } => c[9] += 1,
                Operator::CallIndirect { .. } => c[10] += 1,
                Operator::MemorySize { .. } | Operator::MemoryGrow { .. } => c[11] += 1,
                _ => {}
            }
            if is_load(&op) {
                c[4] += 1;
                c[5] += 1;
            } else if is_store(&op) {
                c[4] += 1;
                c[6] += 1;
            }
        }
        let size = r.end - r.start;
        let row: Vec<String> = c[..12].iter().map(u64::to_string).collect();
        println!("{i}\t{size}\t{locals}\t{}", row.join("\t"));
        i += 1;
    }
}

/// The module with every defined body not in `keep` replaced by `unreachable`.
fn stub(data: &[u8], keep: &HashSet<usize>) -> Vec<u8> {
    let mut out = data[..8].to_vec();
    let mut pos = 8;
    while pos < data.len() {
        let id = data[pos];
        let mut p = pos + 1;
        let size = read_leb(data, &mut p) as usize;
        let (start, end) = (p, p + size);
        if id != 10 {
            out.extend_from_slice(&data[pos..end]);
        } else {
            let mut q = start;
            let count = read_leb(data, &mut q);
            let mut sec = Vec::new();
            leb(count, &mut sec);
            for i in 0..count as usize {
                let len = read_leb(data, &mut q) as usize;
                if keep.contains(&i) {
                    leb(len as u64, &mut sec);
                    sec.extend_from_slice(&data[q..q + len]);
                } else {
                    sec.extend_from_slice(&[3, 0, 0x00, 0x0b]);
                }
                q += len;
            }
            assert_eq!(q, end, "code section length");
            out.push(10);
            leb(sec.len() as u64, &mut out);
            out.extend_from_slice(&sec);
        }
        pos = end;
    }
    out
}

fn callees(data: &[u8], want: usize) {
    let mut imported = 0u32;
    let mut i = 0usize;
    for p in Parser::new(0).parse_all(data) {
        match p.expect("valid module") {
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    if matches!(imp.expect("import").ty, TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                if i == want {
                    let mut set = BTreeSet::new();
                    let mut ops = body.get_operators_reader().expect("operators");
                    while !ops.eof() {
                        if let Operator::Call { function_index } = ops.read().expect("operator") {
                            if function_index >= imported {
                                set.insert(function_index - imported);
                            }
                        }
                    }
                    for f in set {
                        println!("{f}");
                    }
                }
                i += 1;
            }
            _ => {}
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage = "usage: wasm-stub stats X.wasm | stub X.wasm KEEP OUT.wasm | callees X.wasm I";
    let data = std::fs::read(args.get(2).expect(usage)).expect("readable input");
    assert!(data.starts_with(b"\0asm"), "not a binary module");
    match args[1].as_str() {
        "stats" => stats(&data),
        "stub" => {
            let keep: HashSet<usize> = std::fs::read_to_string(args.get(3).expect(usage))
                .expect("readable KEEP file")
                .split_whitespace()
                .map(|s| s.parse().expect("defined function index"))
                .collect();
            std::fs::write(args.get(4).expect(usage), stub(&data, &keep)).expect("writable output");
        }
        "callees" => callees(&data, args.get(3).expect(usage).parse().expect("index")),
        _ => panic!("{usage}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two functions `() -> i32` returning 1 and 2, and a data segment after the code.
    fn module() -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        m.extend_from_slice(&[1, 5, 1, 0x60, 0, 1, 0x7f]); // type: () -> i32
        m.extend_from_slice(&[3, 3, 2, 0, 0]); // two functions of type 0
        m.extend_from_slice(&[5, 3, 1, 0, 1]); // one memory of one page
        let body = |k: u8| vec![4, 0, 0x41, k, 0x0b]; // no locals, i32.const k, end
        let mut code = vec![2];
        code.extend(body(1));
        code.extend(body(2));
        m.push(10);
        m.push(code.len() as u8);
        m.extend(code);
        m.extend_from_slice(&[11, 7, 1, 0, 0x41, 0, 0x0b, 1, 0xaa]); // data: 0xaa at 0
        m
    }

    #[test]
    fn stub_keeps_chosen_bodies_and_everything_else() {
        let m = module();
        wasmparser::Validator::new().validate_all(&m).unwrap();
        let out = stub(&m, &HashSet::from([1]));
        wasmparser::Validator::new().validate_all(&out).unwrap();
        let mut bodies = Vec::new();
        let mut data = 0;
        for p in Parser::new(0).parse_all(&out) {
            match p.unwrap() {
                Payload::CodeSectionEntry(b) => {
                    let r = b.range();
                    bodies.push(out[r.start as usize..r.end as usize].to_vec());
                }
                Payload::DataSection(r) => data += r.count(),
                _ => {}
            }
        }
        assert_eq!(bodies, vec![vec![0, 0x00, 0x0b], vec![0, 0x41, 2, 0x0b]]);
        assert_eq!(data, 1);
        // Keeping every body gives the module back byte for byte.
        assert_eq!(stub(&m, &HashSet::from([0, 1])), m);
    }
}
