//! An entry's bytes from its compressed data, stored or deflated: inflated as a stream
//! (`EntryInflater`, so a caller can parse `tweets.js` as it comes out) or at once
//! (`inflate`, the same code), and checked against the sizes and CRC-32 the central
//! directory gives. The caps below are checked on the declared sizes before a byte is
//! inflated, and on the real output while inflating, so a hostile zip gets an error value:
//! never a panic, an abort on a failed allocation, or minutes of inflating.

use miniz_oxide::inflate::stream::{inflate as inflate_stream, InflateState};
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus, StreamResult};

use super::{bad, Crc32, Entry};
use crate::error::ImportErrorKind;

/// The largest entry Unroll inflates or reads, compressed or not: 1 GiB. A 100,000-post
/// `tweets.js` is 300 MB (about 3 KB a post), so this is some 350,000 posts in one file (X
/// splits bigger archives into `tweets-part1.js` …); and it is half of what one wasm32
/// `Vec` can hold (2 GiB − 1), so the bytes and what is parsed from them can still fit in
/// wasm32's 4 GiB.
pub const MAX_ENTRY_SIZE: u64 = 1 << 30;

/// Deflate cannot make data more than 1,032 times smaller (a 258-byte match in 2 bits, at
/// best); an entry that declares more than 1,100 times its compressed size is lying.
pub const MAX_RATIO: u64 = 1_100;

/// The most Unroll inflates in one load, over every zip dropped together: 4 GiB, four of
/// the largest entries; `InflateBudget` keeps the count.
pub const MAX_LOAD_INFLATED: u64 = 4 << 30;

/// The most `push` inflates in one call of the decompressor.
const STEP: u64 = 64 << 10;

/// What is left of one load's allowance for inflated bytes. Claim every entry before
/// inflating it: its declared size is an upper bound of what it can give, since
/// `EntryInflater` stops at that size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InflateBudget {
    limit: u64,
    left: u64,
}

impl Default for InflateBudget {
    /// `MAX_LOAD_INFLATED`.
    fn default() -> Self {
        Self::new(MAX_LOAD_INFLATED)
    }
}

impl InflateBudget {
    /// An allowance of `limit` bytes.
    pub fn new(limit: u64) -> Self {
        Self { limit, left: limit }
    }

    /// Bytes still allowed.
    pub fn left(&self) -> u64 {
        self.left
    }

    /// Takes the entry's declared size from what is left, or says why not (then nothing is
    /// taken, and the entry should not be inflated).
    pub fn claim(&mut self, entry: &Entry) -> Result<(), ImportErrorKind> {
        let size = entry.uncompressed_size;
        self.left = self.left.checked_sub(size).ok_or_else(|| {
            bad(format!(
                "{}: its {size} bytes would take this load past the {} bytes Unroll \
                 inflates in one load ({} left)",
                entry.name, self.limit, self.left
            ))
        })?;
        Ok(())
    }
}

/// Refuses, before anything is read or inflated, an entry Unroll cannot or will not inflate:
/// encrypted, an unknown method, sizes above `MAX_ENTRY_SIZE`, a stored entry whose two
/// sizes differ, a deflated one declaring more than `MAX_RATIO` times its compressed size.
pub fn check_entry(entry: &Entry) -> Result<(), ImportErrorKind> {
    let name = &entry.name;
    let (packed, size) = (entry.compressed_size, entry.uncompressed_size);
    if entry.encrypted {
        return Err(bad(format!(
            "{name}: encrypted (Unroll reads zips without a password)"
        )));
    }
    if entry.method != 0 && entry.method != 8 {
        return Err(bad(format!(
            "{name}: compression method {} (only stored and deflate are read)",
            entry.method
        )));
    }
    if size > MAX_ENTRY_SIZE {
        return Err(bad(format!(
            "{name}: declares {size} bytes, more than the {MAX_ENTRY_SIZE} Unroll inflates \
             from one entry"
        )));
    }
    if packed > MAX_ENTRY_SIZE {
        return Err(bad(format!(
            "{name}: {packed} bytes compressed, more than the {MAX_ENTRY_SIZE} Unroll reads \
             from one entry"
        )));
    }
    if entry.method == 0 && packed != size {
        return Err(bad(format!(
            "{name}: stored, yet {packed} bytes in the zip for the {size} it declares"
        )));
    }
    if size > packed.saturating_mul(MAX_RATIO) {
        return Err(bad(format!(
            "{name}: declares {size} bytes from {packed} compressed, more than deflate can give \
             ({MAX_RATIO}:1; a zip bomb?)"
        )));
    }
    Ok(())
}

/// Inflates one entry step by step: feed its compressed data (the bytes of
/// `Entry::data_range`, in order, in chunks of any size) to `push`, which appends what they
/// inflate to; then `finish` says whether the whole was right. The CRC-32 is computed as the
/// bytes come out. Memory: the inflater's own ~110 KB, plus whatever the caller keeps of the
/// output, so a caller that parses and drains `out` between pushes never holds the
/// compressed or the inflated entry whole.
///
/// ```ignore
/// let mut inflater = EntryInflater::new(entry)?;   // checks method, caps, ratio
/// let mut out = Vec::new();
/// for chunk in compressed_chunks {                   // e.g. 1 MiB File.slice reads
///     inflater.push(&chunk, &mut out)?;
///     parser.feed(&out);
///     out.clear();
/// }
/// inflater.finish()?;                                // sizes and CRC-32
/// ```
///
/// After an error the entry is unreadable: drop the inflater.
pub struct EntryInflater {
    name: String,
    crc32: u32,
    compressed_size: u64,
    uncompressed_size: u64,
    /// The deflate state and its output step; none for a stored entry.
    deflate: Option<Deflate>,
    /// Compressed bytes pushed so far.
    fed: u64,
    /// Inflated bytes given out so far.
    written: u64,
    /// The deflate data's last block has been read (a stored entry has none).
    ended: bool,
    crc: Crc32,
}

impl EntryInflater {
    /// Ready to inflate `entry`, once `check_entry` has passed.
    pub fn new(entry: &Entry) -> Result<Self, ImportErrorKind> {
        check_entry(entry)?;
        Ok(Self {
            name: entry.name.clone(),
            crc32: entry.crc32,
            compressed_size: entry.compressed_size,
            uncompressed_size: entry.uncompressed_size,
            deflate: (entry.method == 8).then(|| Deflate {
                state: InflateState::new_boxed(DataFormat::Raw),
                step: vec![0; STEP as usize].into_boxed_slice(),
            }),
            fed: 0,
            written: 0,
            ended: false,
            crc: Crc32::new(),
        })
    }

    /// Inflates the next chunk of compressed data, appending what it gives to `out` (at most
    /// the entry's declared size in all; one chunk gives at most ~1,032 times its length).
    /// Errors: more compressed bytes than the entry declares, corrupt deflate data, output
    /// beyond the declared size (a lying zip: inflating stops there), or no memory for the
    /// output (reserved with `try_reserve`).
    pub fn push(&mut self, compressed: &[u8], out: &mut Vec<u8>) -> Result<(), ImportErrorKind> {
        self.fed = self
            .fed
            .checked_add(compressed.len() as u64)
            .filter(|&fed| fed <= self.compressed_size)
            .ok_or_else(|| {
                bad(format!(
                    "{}: more data than the {} compressed bytes its directory declares",
                    self.name, self.compressed_size
                ))
            })?;
        match self.deflate.take() {
            None => {
                self.reserve(out, compressed.len())?;
                out.extend_from_slice(compressed);
                self.count(compressed)
            }
            Some(mut deflate) => {
                let result = self.push_deflated(&mut deflate, compressed, out);
                self.deflate = Some(deflate);
                result
            }
        }
    }

    /// Whether the entry came out whole: all its compressed bytes pushed, its deflate data
    /// ended, its declared size and CRC-32 met.
    pub fn finish(self) -> Result<(), ImportErrorKind> {
        let name = &self.name;
        if self.fed < self.compressed_size {
            return Err(bad(format!(
                "{name}: cut short ({} of {} bytes)",
                self.fed, self.compressed_size
            )));
        }
        // No deflate data at all is taken for an empty entry, as some zip tools write it.
        let empty = self.compressed_size == 0 && self.uncompressed_size == 0;
        if self.deflate.is_some() && !self.ended && !empty {
            return Err(bad(format!(
                "{name}: its deflate data ends before its last block"
            )));
        }
        if self.written != self.uncompressed_size {
            return Err(bad(format!(
                "{name}: inflates to {} bytes, not the {} its directory declares",
                self.written, self.uncompressed_size
            )));
        }
        if self.crc.value() != self.crc32 {
            return Err(bad(format!("{name}: contents do not match their checksum")));
        }
        Ok(())
    }

    /// Inflates `input` in steps of at most `STEP` bytes out, until it is used up and the
    /// decompressor has nothing more to give, or the deflate data ends (bytes after its
    /// last block are ignored, as zip tools do). The decompressor decodes what it was given
    /// to the end before it asks for more, so the last chunk needs no "finish" call: data
    /// cut short shows in `finish` as deflate data without its end.
    fn push_deflated(
        &mut self,
        deflate: &mut Deflate,
        mut input: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<(), ImportErrorKind> {
        while !self.ended {
            let result = self.step(deflate, input, out)?;
            input = input.get(result.bytes_consumed..).unwrap_or_default();
            let progress = result.bytes_consumed > 0 || result.bytes_written > 0;
            match result.status {
                Ok(MZStatus::StreamEnd) => self.ended = true,
                // More to come, or (`Buf`) the output step was full.
                Ok(_) | Err(MZError::Buf) if progress => {}
                // `Buf` without progress: the decompressor needs more input.
                Ok(_) | Err(MZError::Buf) if input.is_empty() => return Ok(()),
                Ok(_) | Err(MZError::Buf) => return Err(self.corrupt("it makes no progress")),
                Err(MZError::Data) => return Err(self.corrupt("corrupt deflate data")),
                Err(e) => return Err(self.corrupt(&format!("{e:?}"))),
            }
        }
        Ok(())
    }

    /// One call of the decompressor into the step buffer, its output counted and appended
    /// to `out`: never beyond the declared size, but by the one byte that proves it a lie.
    fn step(
        &mut self,
        deflate: &mut Deflate,
        input: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<StreamResult, ImportErrorKind> {
        let left = self.uncompressed_size.saturating_sub(self.written);
        let room = usize::try_from(left.saturating_add(1).min(STEP)).unwrap_or(1);
        let space = deflate.step.get_mut(..room).unwrap_or_default();
        let result = inflate_stream(&mut deflate.state, input, space, MZFlush::None);
        let bytes = space.get(..result.bytes_written).unwrap_or_default();
        let fits = usize::try_from(left).map_or(bytes.len(), |left| bytes.len().min(left));
        let fits = bytes.get(..fits).unwrap_or_default();
        self.reserve(out, fits.len())?;
        out.extend_from_slice(fits);
        self.count(bytes)?;
        Ok(result)
    }

    /// Counts bytes given out into the size and CRC-32; an error past the declared size.
    fn count(&mut self, bytes: &[u8]) -> Result<(), ImportErrorKind> {
        self.crc.update(bytes);
        self.written += bytes.len() as u64;
        if self.written > self.uncompressed_size {
            return Err(bad(format!(
                "{}: inflates to more than the {} bytes its directory declares",
                self.name, self.uncompressed_size
            )));
        }
        Ok(())
    }

    fn reserve(&self, out: &mut Vec<u8>, more: usize) -> Result<(), ImportErrorKind> {
        out.try_reserve(more).map_err(|_| {
            bad(format!(
                "{}: not enough memory to inflate it ({} of {} bytes done)",
                self.name, self.written, self.uncompressed_size
            ))
        })
    }

    fn corrupt(&self, why: &str) -> ImportErrorKind {
        bad(format!("{}: cannot inflate ({why})", self.name))
    }
}

/// A deflated entry's decompressor (43 KB of tables and window) and the 64 KiB it inflates
/// into, one step at a time, before the bytes are counted and given out.
struct Deflate {
    state: Box<InflateState>,
    step: Box<[u8]>,
}

impl std::fmt::Debug for EntryInflater {
    /// Where it is in the entry (not the decompressor's state).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntryInflater")
            .field("name", &self.name)
            .field("deflated", &self.deflate.is_some())
            .field("fed", &self.fed)
            .field("compressed_size", &self.compressed_size)
            .field("written", &self.written)
            .field("uncompressed_size", &self.uncompressed_size)
            .field("ended", &self.ended)
            .finish()
    }
}

/// The entry's bytes from its compressed data (the bytes of `Entry::data_range`), all at
/// once: `EntryInflater` over one chunk, into a buffer reserved (fallibly) at the declared
/// size, which `check_entry` has bounded first.
pub fn inflate(entry: &Entry, data: &[u8]) -> Result<Vec<u8>, ImportErrorKind> {
    let mut inflater = EntryInflater::new(entry)?;
    if data.len() as u64 != entry.compressed_size {
        return Err(bad(format!(
            "{}: cut short ({} of {} bytes)",
            entry.name,
            data.len(),
            entry.compressed_size
        )));
    }
    let mut bytes = Vec::new();
    usize::try_from(entry.uncompressed_size)
        .ok()
        .and_then(|size| bytes.try_reserve_exact(size).ok())
        .ok_or_else(|| {
            bad(format!(
                "{}: not enough memory to inflate its {} bytes",
                entry.name, entry.uncompressed_size
            ))
        })?;
    inflater.push(data, &mut bytes)?;
    inflater.finish()?;
    Ok(bytes)
}
