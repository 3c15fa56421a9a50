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

/// The largest central directory Unroll reads: 64 MiB, some 500,000 entries of about 130
/// bytes (a media file's path and its zip64 field), where a 16 GB X archive has ~100,000. A
/// hostile zip cannot make the app read (and parse) gigabytes of "directory".
pub const MAX_DIRECTORY_SIZE: u64 = 64 << 20;

/// Where the central directory is. Only `parse_eocd` and `parse_zip64_eocd` make one, after
/// checking that it lies inside the file: `range` can be sliced as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CentralDirLocation {
    pub offset: u64,
    pub size: u64,
    pub entries: u64,
    /// The length of the file it was read from; `range` never reaches past it.
    file_len: u64,
}

impl CentralDirLocation {
    /// The directory's bytes in the file, to read and pass to `parse_central_directory`.
    /// Always inside the file (checked when the location was read; clamped here as well, so
    /// edited fields cannot undo that).
    pub fn range(&self) -> Range<u64> {
        let end = self.offset.saturating_add(self.size).min(self.file_len);
        self.offset.min(end)..end
    }
}

/// What the End Of Central Directory says: the directory itself, or (zip64) where the zip64
/// record that locates it is; read that range (inside the file: checked) and pass it to
/// `parse_zip64_eocd`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Eocd {
    Directory(CentralDirLocation),
    Zip64Record(Range<u64>),
}

/// One central directory entry. Its sizes and offset are what the zip says (zip64 ones
/// included): nothing is trusted until `local_header_range`, `data_range` and `inflate`'s
/// checks have passed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub name: String,
    /// 0 stored, 8 deflate.
    pub method: u16,
    /// General purpose flag bit 0: the data is encrypted (Unroll does not decrypt).
    pub encrypted: bool,
    pub crc32: u32,
    pub compressed_size: u64,
    pub uncompressed_size: u64,
    pub local_header_offset: u64,
}

impl Entry {
    /// The local header's fixed part, to read and pass to `data_offset` (which tells how long
    /// the whole header is). A `BadZip` error when it is not inside the file.
    pub fn local_header_range(&self, file_len: u64) -> Result<Range<u64>, ImportErrorKind> {
        let what = format!("{}: its local header", self.name);
        within(&what, self.local_header_offset, LOCAL_HEADER_LEN, file_len)
    }

    /// The compressed data (`compressed_size` bytes after the local header, whose length
    /// `data_offset` gave). A `BadZip` error when it is not inside the file.
    pub fn data_range(
        &self,
        header_len: u64,
        file_len: u64,
    ) -> Result<Range<u64>, ImportErrorKind> {
        let what = format!("{}: its data", self.name);
        let start = self.local_header_offset.checked_add(header_len);
        let start = start.ok_or_else(|| beyond(&what, u64::MAX, file_len))?;
        within(&what, start, self.compressed_size, file_len)
    }
}

/// `len` bytes at `start`, when they lie inside a file of `file_len` bytes.
fn within(what: &str, start: u64, len: u64, file_len: u64) -> Result<Range<u64>, ImportErrorKind> {
    if start > file_len {
        return Err(beyond(what, start, file_len));
    }
    match start.checked_add(len) {
        Some(end) if end <= file_len => Ok(start..end),
        _ => Err(bad(format!(
            "{what} ({len} bytes at {start}) runs past the end of the file ({file_len} bytes)"
        ))),
    }
}

fn beyond(what: &str, start: u64, file_len: u64) -> ImportErrorKind {
    bad(format!(
        "{what} claims to lie beyond the end of the file (offset {start} in a {file_len}-byte file)"
    ))
}

/// The directory's location, once it is known to lie inside the file and before `before`
/// (the record that gave it), and to be no larger than `MAX_DIRECTORY_SIZE`.
fn checked_location(
    offset: u64,
    size: u64,
    entries: u64,
    before: u64,
    file_len: u64,
) -> Result<CentralDirLocation, ImportErrorKind> {
    let range = within("the zip's directory", offset, size, file_len)?;
    if range.end > before {
        return Err(bad(format!(
            "central directory ({size} bytes at {offset}) runs past its end record at {before}"
        )));
    }
    if size > MAX_DIRECTORY_SIZE {
        return Err(bad(format!(
            "the zip's directory is {size} bytes, more than the {MAX_DIRECTORY_SIZE} Unroll reads"
        )));
    }
    Ok(CentralDirLocation {
        offset,
        size,
        entries,
        file_len,
    })
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
    // The comment's length, unread, ends the fixed record: a file cut inside it is cut short.
    u16_at(rec, 20).ok_or_else(short)?;

    let eocd_at = tail_start + at as u64;
    let locator = at
        .checked_sub(ZIP64_LOCATOR_LEN as usize)
        .and_then(|l| tail.get(l..at))
        .filter(|l| l.starts_with(ZIP64_LOCATOR_SIG));
    if let Some(locator) = locator {
        let record = u64_at(locator, 8).ok_or_else(short)?;
        let range = within("the zip64 end record", record, ZIP64_EOCD_LEN, file_len)?;
        let locator_at = eocd_at.saturating_sub(ZIP64_LOCATOR_LEN);
        if range.end > locator_at {
            return Err(bad(format!(
                "zip64 end of central directory (at {record}) runs past its locator at {locator_at}"
            )));
        }
        return Ok(Eocd::Zip64Record(range));
    }
    let (offset, size, entries) = (offset.into(), size.into(), entries.into());
    checked_location(offset, size, entries, eocd_at, file_len).map(Eocd::Directory)
}

/// Reads the zip64 End Of Central Directory record (the bytes of `Eocd::Zip64Record`'s
/// range) of a file of `file_len` bytes.
pub fn parse_zip64_eocd(
    record: &[u8],
    file_len: u64,
) -> Result<CentralDirLocation, ImportErrorKind> {
    if !record.starts_with(ZIP64_EOCD_SIG) {
        return Err(bad(
            "zip64 end of central directory not where its locator says",
        ));
    }
    let short = || bad("zip64 end of central directory cut short");
    let entries = u64_at(record, 32).ok_or_else(short)?;
    let size = u64_at(record, 40).ok_or_else(short)?;
    let offset = u64_at(record, 48).ok_or_else(short)?;
    checked_location(offset, size, entries, file_len, file_len)
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
        let encrypted = field(8)? & 1 != 0;
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
        zip64_sizes(extra, &mut sizes).map_err(|e| bad(format!("{name}: {e}")))?;
        let [uncompressed_size, compressed_size, local_header_offset] = sizes;
        entries.push(Entry {
            name,
            method,
            encrypted,
            crc32,
            compressed_size,
            uncompressed_size,
            local_header_offset,
        });
        at += name_end + extra_len + comment_len;
    }
    Ok(entries)
}

/// Replaces the sizes and offset saturated at 0xFFFFFFFF by the zip64 extra field's (id
/// 0x0001), which holds only those, in this order: uncompressed size, compressed size, local
/// header offset (then a disk number Unroll does not need).
fn zip64_sizes(extra: &[u8], sizes: &mut [u64; 3]) -> Result<(), String> {
    const FIELDS: [&str; 3] = [
        "uncompressed size",
        "compressed size",
        "local header offset",
    ];
    if sizes.iter().all(|&s| s != 0xFFFF_FFFF) {
        return Ok(());
    }
    let data = zip64_field(extra).ok_or("no zip64 extra field for its 64-bit sizes")?;
    let mut next = 0;
    for (s, field) in sizes.iter_mut().zip(FIELDS) {
        if *s == 0xFFFF_FFFF {
            *s = u64_at(data, next).ok_or(format!("zip64 extra field without its {field}"))?;
            next += 8;
        }
    }
    Ok(())
}

/// The data of the extra field's zip64 block (id 0x0001), if it has a whole one.
fn zip64_field(extra: &[u8]) -> Option<&[u8]> {
    let mut at = 0;
    while at + 4 <= extra.len() {
        let id = u16_at(extra, at)?;
        let len = usize::from(u16_at(extra, at + 2)?);
        let data = extra.get(at + 4..at + 4 + len)?;
        if id == 1 {
            return Some(data);
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
