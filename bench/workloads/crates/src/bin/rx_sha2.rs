//! rx_sha2: the `sha2` crate (RustCrypto) with `force-soft`: the portable code on every
//! target, so the native build does not use SHA-NI where wasm cannot. SHA-256 and
//! SHA-512 over an 8 MB buffer, chained, plus a million short messages (the per-call
//! overhead).

use sha2::{Digest, Sha256, Sha512};
use w2n_bench_crates::{finish, mix, Rng};

const EXPECTED: u64 = 0x76fe_2c06_3982_96a7;

fn main() {
    let mut rng = Rng(42);
    let mut buf = vec![0u8; 8 << 20];
    for b in buf.iter_mut() {
        *b = rng.next() as u8;
    }
    let mut acc = 0u64;
    for round in 0..8u8 {
        buf[round as usize] ^= 0x5a;
        let a = Sha256::digest(&buf);
        let b = Sha512::digest(&buf);
        acc = mix(acc, u64::from_le_bytes(a[..8].try_into().unwrap()));
        acc = mix(acc, u64::from_le_bytes(b[..8].try_into().unwrap()));
    }
    let mut h = [0u8; 32];
    for i in 0..1_000_000u32 {
        let mut s = Sha256::new();
        s.update(h);
        s.update(i.to_le_bytes());
        h = s.finalize().into();
    }
    acc = mix(acc, u64::from_le_bytes(h[..8].try_into().unwrap()));
    finish("rx_sha2", acc, EXPECTED);
}
