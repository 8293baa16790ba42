//! rx_json: `serde_json` building, serializing (compact and pretty), parsing and walking
//! a ~1.5 MB document of nested objects, arrays, strings with escapes and numbers.

use serde_json::{json, Map, Value};
use w2n_bench_crates::{finish, mix, Rng};

const EXPECTED: u64 = 0x9ce5_9e6d_5c2c_e13f;
const ROUNDS: u32 = 2;

fn build(rng: &mut Rng, n: usize) -> Value {
    let mut items = Vec::with_capacity(n);
    for i in 0..n {
        let mut tags = Vec::new();
        for _ in 0..rng.below(5) {
            tags.push(Value::String(format!("tag{}", rng.below(100))));
        }
        let mut attrs = Map::new();
        for k in 0..rng.below(4) {
            attrs.insert(format!("k{k}"), json!(rng.below(1000) as f64 / 8.0));
        }
        items.push(json!({
            "id": i,
            "name": format!("item \"{}\"\t\\{}", i, rng.below(1 << 20)),
            "price": (rng.below(100_000) as f64) / 100.0,
            "ok": rng.below(2) == 1,
            "tags": tags,
            "attrs": attrs,
            "nested": {"a": [1, 2, {"b": null, "c": rng.below(10)}]},
        }));
    }
    json!({"version": 3, "items": items})
}

fn walk(v: &Value, acc: &mut u64) {
    match v {
        Value::Null => *acc = mix(*acc, 1),
        Value::Bool(b) => *acc = mix(*acc, *b as u64 + 2),
        Value::Number(n) => *acc = mix(*acc, n.as_f64().unwrap().to_bits()),
        Value::String(s) => {
            *acc = mix(*acc, s.len() as u64 ^ s.bytes().map(u64::from).sum::<u64>())
        }
        Value::Array(a) => a.iter().for_each(|x| walk(x, acc)),
        Value::Object(o) => o.iter().for_each(|(k, x)| {
            *acc = mix(*acc, k.len() as u64);
            walk(x, acc)
        }),
    }
}

fn main() {
    let mut rng = Rng(0x0123_4567_89ab_cdef);
    let mut acc = 0u64;
    for round in 0..ROUNDS {
        let doc = build(&mut rng, 6000);
        let s = if round % 2 == 0 {
            serde_json::to_string(&doc)
        } else {
            serde_json::to_string_pretty(&doc)
        }
        .unwrap();
        acc = mix(acc, s.len() as u64);
        for _ in 0..3 {
            let back: Value = serde_json::from_str(&s).unwrap();
            walk(&back, &mut acc);
        }
        let back: Value = serde_json::from_str(&s).unwrap();
        if back != doc {
            eprintln!("rx_json: WRONG round trip");
            std::process::exit(1);
        }
    }
    finish("rx_json", acc, EXPECTED);
}
