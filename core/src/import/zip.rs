//! Reading the X archive .zip as it was downloaded: its End Of Central Directory (zip64
//! too), central directory entries, local headers, and inflating the few entries Unroll
//! imports (`data/tweets.js`, `account.js`, …). The steps are separate so the app reads only
//! the bytes it needs from a large File (`File.slice`), by ranges of u64 offsets (an archive
//! can be 16 GB); `read_archive` chains them over bytes in memory.
//!
//! A zip is untrusted input. Every range the steps give lies inside the file (each is
//! checked against `file_len` where it is made), so it can be sliced as it is; every entry
//! is checked (`check_entry`: method, encryption, sizes against `MAX_ENTRY_SIZE` and
//! `MAX_RATIO`) before it is read, and inflating stops at its declared size. Whatever is
//! wrong — truncated, corrupt, hostile — is a `BadZip` error naming the entry at fault.
//! `directory` finds the entries, `inflate` turns an entry's data into its bytes, checked
//! by `crc32`.

mod crc32;
mod directory;
mod inflate;
#[cfg(test)]
mod tests;

use std::collections::HashSet;
use std::ops::Range;

pub use crc32::{crc32, Crc32};
pub use directory::{
    data_offset, eocd_search_range, parse_central_directory, parse_eocd, parse_zip64_eocd,
    CentralDirLocation, Entry, Eocd, LOCAL_HEADER_LEN, MAX_DIRECTORY_SIZE, ZIP64_EOCD_LEN,
};
pub use inflate::{
    check_entry, inflate, EntryInflater, InflateBudget, MAX_ENTRY_SIZE, MAX_LOAD_INFLATED,
    MAX_RATIO,
};

use crate::error::ImportErrorKind;
use crate::import::InputFile;

/// A zip file starts with a local file header.
const LOCAL_SIG: &[u8; 4] = b"PK\x03\x04";

/// The archive files Unroll imports, by file name (`tweets-part1.js` … match too).
const WANTED: [&str; 6] = [
    "tweets.js",
    "tweet.js",
    "account.js",
    "profile.js",
    "note-tweet.js",
    "manifest.js",
];

/// True when `bytes` (the first four are enough) start a zip file.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(LOCAL_SIG)
}

fn bad(problem: impl Into<String>) -> ImportErrorKind {
    ImportErrorKind::BadZip {
        problem: problem.into(),
    }
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

/// The entries Unroll imports, in the directory's order: the posts (`tweets.js`, or its
/// parts `tweets-part1.js` …), account, profile, long-post and manifest files of the
/// archive's `data/` folder, also at the top or inside one top-level folder. When a name comes
/// more than once, the last entry of that name wins: `unzip` extracts each over the one
/// before, and a zip updated by appending holds its newer copy last.
pub fn wanted(entries: &[Entry]) -> Vec<&Entry> {
    let mut seen = HashSet::new();
    let mut wanted: Vec<&Entry> = (entries.iter().rev())
        .filter(|e| is_wanted(&e.name) && seen.insert(e.name.as_str()))
        .collect();
    wanted.reverse();
    wanted
}

fn is_wanted(name: &str) -> bool {
    let parts: Vec<&str> = name.split('/').collect();
    let (file, dirs) = match parts.split_last() {
        Some((file, dirs)) => (*file, dirs),
        None => return false,
    };
    let dirs_ok = match dirs {
        [] | [_] => true,
        [_, data] => *data == "data",
        _ => false,
    };
    let part = |prefix: &str| {
        file.strip_prefix(prefix)
            .and_then(|r| r.strip_suffix(".js"))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    dirs_ok && (WANTED.contains(&file) || part("tweets-part") || part("tweet-part"))
}

/// The wanted entries of a whole zip held in memory, each named by its path in the zip, with
/// an allowance of `MAX_LOAD_INFLATED` bytes.
pub fn read_archive(zip: &[u8]) -> Result<Vec<InputFile>, ImportErrorKind> {
    read_archive_within(zip, &mut InflateBudget::default())
}

/// `read_archive`, its entries claimed from `budget` (shared by the zips of one load).
pub fn read_archive_within(
    zip: &[u8],
    budget: &mut InflateBudget,
) -> Result<Vec<InputFile>, ImportErrorKind> {
    let len = zip.len() as u64;
    // Every range below was checked to lie inside the file; `get` only turns it into usize.
    let get = |r: Range<u64>| -> Result<&[u8], ImportErrorKind> {
        let (start, end) = (usize::try_from(r.start), usize::try_from(r.end));
        match (start, end) {
            (Ok(s), Ok(e)) => zip.get(s..e),
            _ => None,
        }
        .ok_or_else(|| {
            bad(format!(
                "a range runs past the end of the file ({len} bytes)"
            ))
        })
    };
    let dir = match parse_eocd(get(eocd_search_range(len))?, len)? {
        Eocd::Directory(dir) => dir,
        Eocd::Zip64Record(r) => parse_zip64_eocd(get(r)?, len)?,
    };
    let entries = parse_central_directory(get(dir.range())?)?;
    let mut files = Vec::new();
    for entry in wanted(&entries) {
        check_entry(entry)?;
        budget.claim(entry)?;
        let header = get(entry.local_header_range(len)?)?;
        let data = get(entry.data_range(data_offset(header)?, len)?)?;
        files.push(InputFile {
            name: entry.name.clone(),
            bytes: inflate(entry, data)?,
        });
    }
    Ok(files)
}
