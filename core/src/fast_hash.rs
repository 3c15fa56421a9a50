//! The hash maps of the library and of thread assembly, keyed by post ids. They hash with
//! FxHash (the rustc compiler's multiply-rotate hash) instead of std's SipHash, which
//! resists attackers choosing keys: here the keys come from the person's own files, and
//! SipHash was a tenth of assembling 100k posts in wasm.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// FxHash: for each word of input, rotate, xor and multiply by a constant.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The tail's length in the free top byte: "a" and "a\0" hash apart.
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            word[7] = rest.len() as u8;
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_finds_every_key_and_distinguishes_near_ones() {
        let mut m: FastMap<String, usize> = FastMap::default();
        for i in 0..10_000u64 {
            m.insert(format!("15798146838039{i:05}"), i as usize);
        }
        assert_eq!(m.len(), 10_000);
        assert_eq!(m.get("1579814683803900042"), Some(&42));
        assert_eq!(m.get("157981468380390004"), None);
        let h = |s: &str| {
            let mut f = FxHasher::default();
            f.write(s.as_bytes());
            f.finish()
        };
        assert_ne!(h("a"), h("a\0"), "a short tail counts its length");
        assert_ne!(h("12345678"), h("12345679"));
    }
}
