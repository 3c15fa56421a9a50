//! Zips written byte by byte for the tests: local headers, data, central directory, end
//! record, and the zip64 records and extra fields, each field settable to a lie.

use super::super::crc32;

/// One entry as it is written: its stored bytes and what the headers say about them.
#[derive(Clone)]
pub struct ZipEntry {
    pub name: String,
    /// The bytes as they sit in the zip (compressed, for method 8).
    pub data: Vec<u8>,
    pub method: u16,
    pub flags: u16,
    pub crc: u32,
    pub compressed_size: u64,
    pub uncompressed_size: u64,
    /// Where the central directory says the local header is (else where it is written).
    pub offset: Option<u64>,
    /// Which of (uncompressed size, compressed size, local header offset) the central
    /// directory gives as 0xFFFFFFFF, its value in the zip64 extra field.
    pub zip64: [bool; 3],
    /// The zip64 extra field as written, when set (else made from `zip64`).
    pub zip64_extra: Option<Vec<u8>>,
}

impl ZipEntry {
    pub fn stored(name: &str, bytes: &[u8]) -> Self {
        Self {
            name: name.to_string(),
            data: bytes.to_vec(),
            method: 0,
            flags: 0,
            crc: crc32(bytes),
            compressed_size: bytes.len() as u64,
            uncompressed_size: bytes.len() as u64,
            offset: None,
            zip64: [false; 3],
            zip64_extra: None,
        }
    }

    pub fn deflated(name: &str, bytes: &[u8]) -> Self {
        Self::deflate_data(name, bytes, miniz_oxide::deflate::compress_to_vec(bytes, 6))
    }

    /// An entry of `bytes` whose deflate data is `data`.
    pub fn deflate_data(name: &str, bytes: &[u8], data: Vec<u8>) -> Self {
        Self {
            method: 8,
            compressed_size: data.len() as u64,
            data,
            ..Self::stored(name, bytes)
        }
    }

    pub fn all_zip64(mut self) -> Self {
        self.zip64 = [true; 3];
        self
    }

    /// The three values of the zip64 extra field (id 1) for the fields marked, in order,
    /// after an unrelated extended-timestamp field (id 0x5455) that the reader must skip.
    fn extra(&self, offset: u64) -> Vec<u8> {
        let values = [self.uncompressed_size, self.compressed_size, offset];
        let data = match &self.zip64_extra {
            Some(data) => data.clone(),
            None => (values.iter().zip(self.zip64))
                .filter(|(_, zip64)| *zip64)
                .flat_map(|(v, _)| v.to_le_bytes())
                .collect(),
        };
        if data.is_empty() && self.zip64_extra.is_none() {
            return Vec::new();
        }
        let mut extra = vec![0x55, 0x54, 5, 0, 1, 0, 0, 0, 0];
        extra.extend(1u16.to_le_bytes());
        extra.extend((data.len() as u16).to_le_bytes());
        extra.extend(data);
        extra
    }
}

/// How the end of the zip is written.
#[derive(Clone, Default)]
pub struct ZipTail {
    /// Write the zip64 end record and its locator.
    pub zip64: bool,
    /// The directory offset the (zip64) end record gives, else the real one.
    pub dir_offset: Option<u64>,
    /// The zip64 end record's offset the locator gives, else the real one.
    pub zip64_record_offset: Option<u64>,
}

fn u16le(v: &mut Vec<u8>, x: u16) {
    v.extend(x.to_le_bytes());
}

fn u32le(v: &mut Vec<u8>, x: u32) {
    v.extend(x.to_le_bytes());
}

fn u64le(v: &mut Vec<u8>, x: u64) {
    v.extend(x.to_le_bytes());
}

/// The 32-bit field of a value: 0xFFFFFFFF when the zip64 field holds it.
fn field32(value: u64, zip64: bool) -> u32 {
    if zip64 {
        0xFFFF_FFFF
    } else {
        value as u32
    }
}

/// A whole zip of `entries`, with a plain or zip64 end.
pub fn write_zip(entries: &[ZipEntry], tail: &ZipTail) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let offset = out.len() as u64;
        let common = |v: &mut Vec<u8>| {
            u16le(v, 45); // version needed: zip64
            u16le(v, e.flags);
            u16le(v, e.method);
            u32le(v, 0); // time, date
            u32le(v, e.crc);
        };
        out.extend(b"PK\x03\x04");
        common(&mut out);
        u32le(&mut out, e.compressed_size as u32);
        u32le(&mut out, e.uncompressed_size as u32);
        u16le(&mut out, e.name.len() as u16);
        u16le(&mut out, 0); // no local extra field
        out.extend(e.name.as_bytes());
        out.extend(&e.data);

        let said_offset = e.offset.unwrap_or(offset);
        let extra = e.extra(said_offset);
        central.extend(b"PK\x01\x02");
        u16le(&mut central, 45); // version made by
        common(&mut central);
        u32le(&mut central, field32(e.compressed_size, e.zip64[1]));
        u32le(&mut central, field32(e.uncompressed_size, e.zip64[0]));
        u16le(&mut central, e.name.len() as u16);
        u16le(&mut central, extra.len() as u16);
        u16le(&mut central, 0); // comment
        central.extend([0u8; 8]); // disk, attributes
        u32le(&mut central, field32(said_offset, e.zip64[2]));
        central.extend(e.name.as_bytes());
        central.extend(extra);
    }
    let dir_offset = out.len() as u64;
    let said_dir = tail.dir_offset.unwrap_or(dir_offset);
    let count = entries.len() as u64;
    out.extend(&central);
    if tail.zip64 {
        let record = out.len() as u64;
        out.extend(b"PK\x06\x06");
        u64le(&mut out, 44); // the record's size after this field
        u16le(&mut out, 45);
        u16le(&mut out, 45);
        u32le(&mut out, 0);
        u32le(&mut out, 0);
        u64le(&mut out, count);
        u64le(&mut out, count);
        u64le(&mut out, central.len() as u64);
        u64le(&mut out, said_dir);
        out.extend(b"PK\x06\x07");
        u32le(&mut out, 0);
        u64le(&mut out, tail.zip64_record_offset.unwrap_or(record));
        u32le(&mut out, 1);
    }
    out.extend(b"PK\x05\x06");
    u32le(&mut out, 0); // disks
    let count16 = if tail.zip64 { 0xFFFF } else { count as u16 };
    u16le(&mut out, count16);
    u16le(&mut out, count16);
    u32le(&mut out, field32(central.len() as u64, tail.zip64));
    u32le(&mut out, field32(said_dir, tail.zip64));
    u16le(&mut out, 0); // comment
    out
}

/// A plain zip of `entries`.
pub fn zip_of(entries: &[ZipEntry]) -> Vec<u8> {
    write_zip(entries, &ZipTail::default())
}

/// Deflate data that inflates to `len` zero bytes (rounded up to 1 + 258·k) from about
/// `len / 159` bytes: one fixed-Huffman block of a literal 0, then matches of 258 bytes at
/// distance 1, 13 bits each. What zip bombs are made of, written without ever holding the
/// inflated bytes.
pub fn zero_bomb(len: u64) -> Vec<u8> {
    let mut bits = Bits::default();
    // The last block, of fixed Huffman codes; a literal 0.
    bits.put(1, 1);
    bits.put(1, 2);
    bits.put(reversed(0b0011_0000, 8), 8);
    // Length code 285 (258 bytes), then distance code 0 (1 byte back).
    let matched = reversed(0b1100_0101, 8);
    for _ in 0..len.saturating_sub(1).div_ceil(258) {
        bits.put(matched, 13);
    }
    bits.put(0, 7); // end of block
    bits.done()
}

/// The `n`-bit Huffman `code` reversed: codes go most significant bit first, into a stream
/// filled from bit 0.
fn reversed(code: u64, n: u32) -> u64 {
    (0..n).fold(0, |r, i| r | ((code >> i) & 1) << (n - 1 - i))
}

/// A bit stream, filled from each byte's least significant bit as deflate's is.
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    /// The `n` low bits of `value`, least significant first.
    fn put(&mut self, value: u64, n: u32) {
        self.acc |= value << self.n;
        self.n += n;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    fn done(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}
