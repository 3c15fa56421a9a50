//! The zip's table of contents: the End Of Central Directory (and its zip64 record), the
//! central directory's entries, and the local header in front of each entry's data.

use std::ops::Range;

use super::{bad, u16_at, u32_at, u64_at, LOCAL_SIG};
use crate::error::ImportErrorKind;

const CENTRAL_SIG: &[u8; 4] = b"PK\x01\x02";
const EOCD_SIG: &[u8; 4] = b"PK\x05\x06";
const ZIP64_LOCATOR_SIG: &[u8; 4] = b"PK\x06\x07";
const ZIP64_EOCD_SIG: &[u8; 4] = b"PK\x06\x06";
const EOCD_LEN: u64 = 22;
const ZIP64_LOCATOR_LEN: u64 = 20;
/// The zip64 End Of Central Directory record without its extensible data.
pub const ZIP64_EOCD_LEN: u64 = 56;
const MAX_COMMENT: u64 = 0xFFFF;
/// The fixed part of a local file header; its name and extra field follow.
pub const LOCAL_HEADER_LEN: u64 = 30;
const CENTRAL_HEADER_LEN: usize = 46;

/// Where the central directory is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CentralDirLocation {
    pub offset: u64,
    pub size: u64,
    pub entries: u64,
}

impl CentralDirLocation {
    pub fn range(&self) -> Range<u64> {
        self.offset..self.offset.saturating_add(self.size)
    }
}

/// What the End Of Central Directory says: the directory itself, or (zip64) where the zip64
/// record that locates it is; read that range and pass it to `parse_zip64_eocd`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Eocd {
    Directory(CentralDirLocation),
    Zip64Record(Range<u64>),
}

/// One central directory entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    /// 0 stored, 8 deflate.
    pub method: u16,
    pub crc32: u32,
    pub compressed_size: u64,
    pub uncompressed_size: u64,
    pub local_header_offset: u64,
}

impl Entry {
    /// The local header's fixed part; `data_offset` tells how long the whole header is.
    pub fn local_header_range(&self) -> Range<u64> {
        self.local_header_offset..self.local_header_offset.saturating_add(LOCAL_HEADER_LEN)
    }

    /// The compressed data, given the local header length from `data_offset`.
    pub fn data_range(&self, header_len: u64) -> Range<u64> {
        let start = self.local_header_offset.saturating_add(header_len);
        start..start.saturating_add(self.compressed_size)
    }
}

/// The tail of the file that holds the End Of Central Directory (it ends the file, after a
/// comment of up to 64 KiB), with room for the zip64 locator before it.
pub fn eocd_search_range(file_len: u64) -> Range<u64> {
    file_len.saturating_sub(EOCD_LEN + MAX_COMMENT + ZIP64_LOCATOR_LEN)..file_len
}

/// Finds the End Of Central Directory in `tail`, the bytes of `eocd_search_range(file_len)`.
pub fn parse_eocd(tail: &[u8], file_len: u64) -> Result<Eocd, ImportErrorKind> {
    let tail_start = file_len.saturating_sub(tail.len() as u64);
    let at = (0..tail.len())
        .rev()
        .find(|&i| tail.get(i..).is_some_and(|r| r.starts_with(EOCD_SIG)))
        .ok_or_else(|| bad("no end of central directory (not a zip, or cut short)"))?;
    let rec = tail.get(at..).unwrap_or_default();
    let short = || bad("end of central directory cut short");
    let entries = u16_at(rec, 10).ok_or_else(short)?;
    let size = u32_at(rec, 12).ok_or_else(short)?;
    let offset = u32_at(rec, 16).ok_or_else(short)?;

    let locator = at
        .checked_sub(ZIP64_LOCATOR_LEN as usize)
        .and_then(|l| tail.get(l..at))
        .filter(|l| l.starts_with(ZIP64_LOCATOR_SIG));
    if let Some(locator) = locator {
        let record = u64_at(locator, 8).ok_or_else(short)?;
        return Ok(Eocd::Zip64Record(
            record..record.saturating_add(ZIP64_EOCD_LEN),
        ));
    }
    let loc = CentralDirLocation {
        offset: offset.into(),
        size: size.into(),
        entries: entries.into(),
    };
    let eocd_at = tail_start + at as u64;
    if loc.range().end > eocd_at {
        return Err(bad(format!(
            "central directory ({} bytes at {}) runs past its end record at {eocd_at}",
            loc.size, loc.offset
        )));
    }
    Ok(Eocd::Directory(loc))
}

/// Reads the zip64 End Of Central Directory record (`Eocd::Zip64Record`'s bytes).
pub fn parse_zip64_eocd(record: &[u8]) -> Result<CentralDirLocation, ImportErrorKind> {
    if !record.starts_with(ZIP64_EOCD_SIG) {
        return Err(bad(
            "zip64 end of central directory not where its locator says",
        ));
    }
    let short = || bad("zip64 end of central directory cut short");
    Ok(CentralDirLocation {
        entries: u64_at(record, 32).ok_or_else(short)?,
        size: u64_at(record, 40).ok_or_else(short)?,
        offset: u64_at(record, 48).ok_or_else(short)?,
    })
}

/// Every entry of the central directory (the bytes of `CentralDirLocation::range`).
pub fn parse_central_directory(bytes: &[u8]) -> Result<Vec<Entry>, ImportErrorKind> {
    let mut entries = Vec::new();
    let mut at = 0usize;
    while at < bytes.len() {
        let rec = bytes.get(at..).unwrap_or_default();
        if !rec.starts_with(CENTRAL_SIG) {
            return Err(bad(format!(
                "central directory entry {} has no signature",
                entries.len() + 1
            )));
        }
        let short = || {
            bad(format!(
                "central directory entry {} cut short",
                entries.len() + 1
            ))
        };
        let field = |o| u16_at(rec, o).ok_or_else(short);
        let word = |o| u32_at(rec, o).ok_or_else(short);
        let method = field(10)?;
        let crc32 = word(16)?;
        let name_len = usize::from(field(28)?);
        let extra_len = usize::from(field(30)?);
        let comment_len = usize::from(field(32)?);
        let name_end = CENTRAL_HEADER_LEN + name_len;
        let name = rec.get(CENTRAL_HEADER_LEN..name_end).ok_or_else(short)?;
        let extra = rec.get(name_end..name_end + extra_len).ok_or_else(short)?;
        let name = String::from_utf8_lossy(name).into_owned();
        let mut sizes = [
            u64::from(word(24)?),
            u64::from(word(20)?),
            u64::from(word(42)?),
        ];
        zip64_sizes(extra, &mut sizes)
            .ok_or_else(|| bad(format!("{name}: bad zip64 extra field")))?;
        let [uncompressed_size, compressed_size, local_header_offset] = sizes;
        entries.push(Entry {
            name,
            method,
            crc32,
            compressed_size,
            uncompressed_size,
            local_header_offset,
        });
        at += name_end + extra_len + comment_len;
    }
    Ok(entries)
}

/// Replaces the sizes and offset saturated at 0xFFFFFFFF by the zip64 extra field's, which
/// holds only those, in this order.
fn zip64_sizes(extra: &[u8], sizes: &mut [u64; 3]) -> Option<()> {
    if sizes.iter().all(|&s| s != 0xFFFF_FFFF) {
        return Some(());
    }
    let mut at = 0;
    while at + 4 <= extra.len() {
        let id = u16_at(extra, at)?;
        let len = usize::from(u16_at(extra, at + 2)?);
        let data = extra.get(at + 4..at + 4 + len)?;
        if id == 1 {
            let mut next = 0;
            for s in sizes.iter_mut().filter(|s| **s == 0xFFFF_FFFF) {
                *s = u64_at(data, next)?;
                next += 8;
            }
            return Some(());
        }
        at += 4 + len;
    }
    None
}

/// The length of a local header (fixed part, name, extra field) from its fixed part: the
/// entry's data starts this many bytes after `Entry::local_header_offset`.
pub fn data_offset(local_header: &[u8]) -> Result<u64, ImportErrorKind> {
    if !local_header.starts_with(LOCAL_SIG) {
        return Err(bad(
            "local file header not where the central directory says",
        ));
    }
    let short = || bad("local file header cut short");
    let name_len = u16_at(local_header, 26).ok_or_else(short)?;
    let extra_len = u16_at(local_header, 28).ok_or_else(short)?;
    Ok(LOCAL_HEADER_LEN + u64::from(name_len) + u64::from(extra_len))
}
