//! The CRC-32 (IEEE 802.3, the one zip stores for each entry), 16 bytes a turn (slice-by-16)
//! by tables computed once, at first use. By hand rather than `crc32fast`, which runs as
//! fast in wasm32 but carries its 16 KB of tables in the wasm (+19 KB gzip, against +0.6 KB
//! for this): bench/RESULTS.md, "Issue 13: zip CRC-32".

use std::sync::OnceLock;

/// The reflected IEEE polynomial.
const POLY: u32 = 0xEDB8_8320;

/// `[0]` is the byte-at-a-time table; `[k][b]` is the CRC of byte `b` followed by `k` zero
/// bytes, so sixteen lookups advance the CRC by sixteen bytes at once.
type Tables = [[u32; 256]; 16];

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Box<Tables>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Box::new([[0u32; 256]; 16]);
        for (byte, slot) in (0u32..).zip(t[0].iter_mut()) {
            *slot = (0..8).fold(byte, |c, _| (c >> 1) ^ (POLY & (c & 1).wrapping_neg()));
        }
        for k in 1..16 {
            for b in 0..256 {
                let previous = t[k - 1][b];
                t[k][b] = (previous >> 8) ^ t[0][usize::from(previous as u8)];
            }
        }
        t
    })
}

/// A CRC-32 computed as bytes come, in pieces of any size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crc32 {
    /// The running value, inverted (as the algorithm keeps it).
    state: u32,
}

impl Default for Crc32 {
    fn default() -> Self {
        Self { state: !0 }
    }
}

impl Crc32 {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `bytes` after those before.
    pub fn update(&mut self, bytes: &[u8]) {
        let t = tables();
        let at = |k: usize, byte: u8| t[k][usize::from(byte)];
        let mut crc = self.state;
        let (blocks, rest) = bytes.as_chunks::<16>();
        for b in blocks {
            let [c0, c1, c2, c3] =
                (crc ^ u32::from_le_bytes([b[0], b[1], b[2], b[3]])).to_le_bytes();
            crc = at(15, c0)
                ^ at(14, c1)
                ^ at(13, c2)
                ^ at(12, c3)
                ^ at(11, b[4])
                ^ at(10, b[5])
                ^ at(9, b[6])
                ^ at(8, b[7])
                ^ at(7, b[8])
                ^ at(6, b[9])
                ^ at(5, b[10])
                ^ at(4, b[11])
                ^ at(3, b[12])
                ^ at(2, b[13])
                ^ at(1, b[14])
                ^ at(0, b[15]);
        }
        for &byte in rest {
            crc = (crc >> 8) ^ at(0, crc as u8 ^ byte);
        }
        self.state = crc;
    }

    /// The CRC-32 of every byte added.
    pub fn value(&self) -> u32 {
        !self.state
    }
}

/// The CRC-32 of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = Crc32::new();
    crc.update(bytes);
    crc.value()
}
