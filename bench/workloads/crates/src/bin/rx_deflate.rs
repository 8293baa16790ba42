//! rx_deflate: `miniz_oxide` (a pure-Rust port of miniz: deflate with hash chains,
//! Huffman coding, inflate) compressing and decompressing 2 MB of text at levels 1 and 6,
//! plus a less compressible buffer; every round trip is checked.

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec;
use w2n_bench_crates::{finish, mix, text, Rng};

const EXPECTED: u64 = 0x5f73_066e_8933_db99;

fn main() {
    let mut rng = Rng(7);
    let data = text(&mut rng, 2 << 20).into_bytes();
    let mut noisy = vec![0u8; 256 << 10];
    for b in noisy.iter_mut() {
        *b = (rng.next() % 40) as u8;
    }
    let mut acc = 0u64;
    for (input, level) in [(&data, 1u8), (&data, 6), (&noisy, 6)] {
        let z = compress_to_vec(input, level);
        acc = mix(acc, z.len() as u64);
        acc = mix(acc, z.iter().step_by(97).map(|&b| u64::from(b)).sum());
        for _ in 0..2 {
            let back = decompress_to_vec(&z).unwrap();
            if &back != input {
                eprintln!("rx_deflate: WRONG round trip at level {level}");
                std::process::exit(1);
            }
        }
    }
    finish("rx_deflate", acc, EXPECTED);
}
