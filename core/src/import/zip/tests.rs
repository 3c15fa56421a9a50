//! The zip reader's unit tests: zips written byte by byte (`builder`), good and hostile,
//! read both ways the app reads them, whole (`read_archive`) and by the steps over ranges.
//! Here: which entries are read, and the CRC-32; the end records, directory and ranges are
//! in `directory`; inflating, its caps and its lies in `inflating`.

mod builder;
mod directory;
mod inflating;

use super::*;
use crate::import::import_files;
use builder::{zip_of, ZipEntry};

const TWEETS: &str = "data/tweets.js";

/// The problem of a `BadZip` error; a panic on anything else.
fn problem<T: std::fmt::Debug>(result: Result<T, ImportErrorKind>) -> String {
    match result {
        Err(ImportErrorKind::BadZip { problem }) => problem,
        other => panic!("expected a BadZip error, got {other:?}"),
    }
}

/// `tests/corpus/<rel>` or `assets/samples/<rel>` of the repository.
fn repo_file(rel: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The bytes of `range`, which the reader promised lie inside `zip`: slicing them panics
/// (and fails the test) if they do not.
fn slice(zip: &[u8], range: Range<u64>) -> &[u8] {
    &zip[range.start as usize..range.end as usize]
}

/// The entries of a zip, read the way the app reads a File: end record, zip64 record if
/// any, directory, each by its range.
fn entries_of(zip: &[u8]) -> Result<Vec<Entry>, ImportErrorKind> {
    let len = zip.len() as u64;
    let dir = match parse_eocd(slice(zip, eocd_search_range(len)), len)? {
        Eocd::Directory(dir) => dir,
        Eocd::Zip64Record(range) => parse_zip64_eocd(slice(zip, range), len)?,
    };
    parse_central_directory(slice(zip, dir.range()))
}

/// An entry's compressed data, by its local header, as the app reads it.
fn data_of<'a>(zip: &'a [u8], entry: &Entry) -> Result<&'a [u8], ImportErrorKind> {
    let len = zip.len() as u64;
    let header = slice(zip, entry.local_header_range(len)?);
    Ok(slice(zip, entry.data_range(data_offset(header)?, len)?))
}

fn names(files: &[InputFile]) -> Vec<&str> {
    files.iter().map(|f| f.name.as_str()).collect()
}

#[test]
fn picks_the_archive_files_wherever_the_data_folder_is() {
    for yes in [
        "data/tweets.js",
        "tweets.js",
        "twitter-2022/data/account.js",
        "data/tweets-part12.js",
        "archive/profile.js",
    ] {
        assert!(is_wanted(yes), "{yes}");
    }
    for no in [
        "data/like.js",
        "data/tweets_media/1-a.jpg",
        "a/b/data/tweets.js",
        "x/other/tweets.js",
        "data/tweets-part.js",
        "data/",
    ] {
        assert!(!is_wanted(no), "{no}");
    }
}

#[test]
fn crc32_is_the_ieee_one_in_pieces_of_any_size() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
    let mut seed = 7u32;
    let bytes: Vec<u8> = (0..1000)
        .map(|_| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) as u8
        })
        .collect();
    for len in 0..bytes.len() {
        assert_eq!(crc32(&bytes[..len]), crc32_bitwise(&bytes[..len]), "{len}");
    }
    for piece in [1, 5, 16, 17, 333] {
        let mut crc = Crc32::new();
        bytes.chunks(piece).for_each(|p| crc.update(p));
        assert_eq!(crc.value(), crc32_bitwise(&bytes), "{piece}");
    }
}

#[test]
fn duplicate_names_the_last_entry_wins() {
    let zip = zip_of(&[
        ZipEntry::deflated(TWEETS, b"window.YTD.tweets.part0 = [] // old"),
        ZipEntry::stored("data/account.js", b"window.YTD.account.part0 = []"),
        ZipEntry::stored(TWEETS, b"window.YTD.tweets.part0 = [] // new"),
    ]);
    let files = read_archive(&zip).expect("zip");
    assert_eq!(names(&files), ["data/account.js", TWEETS]);
    assert_eq!(files[1].bytes, b"window.YTD.tweets.part0 = [] // new");
    let entries = entries_of(&zip).expect("directory");
    let wanted: Vec<u64> = wanted(&entries)
        .iter()
        .map(|e| e.local_header_offset)
        .collect();
    assert_eq!(
        wanted,
        [
            entries[1].local_header_offset,
            entries[2].local_header_offset
        ]
    );
}

#[test]
fn tweets_parts_inside_a_zip_import_like_the_loose_parts() {
    let part = |dir: &str, n: usize| {
        let text = repo_file(&format!("tests/corpus/x-archive/{dir}/tweets.excerpt.js"));
        let text = String::from_utf8(text).expect("UTF-8");
        let text = text.replacen(
            "window.YTD.tweets.part0",
            &format!("window.YTD.tweets.part{n}"),
            1,
        );
        text.into_bytes()
    };
    let parts = [
        ("tweets.js", part("milahu_2026", 0)),
        ("tweets-part1.js", part("AlliePinnell_2025", 1)),
        ("tweets-part2.js", part("smithjd_2022", 2)),
    ];
    let loose: Vec<InputFile> = (parts.iter())
        .map(|(name, bytes)| InputFile {
            name: name.to_string(),
            bytes: bytes.clone(),
        })
        .collect();
    let names_in_zip = [
        "data/tweets.js",
        "data/tweets-part1.js",
        "x/data/tweets-part2.js",
    ];
    let entries: Vec<ZipEntry> = (names_in_zip.iter().zip(&parts))
        .map(|(name, (_, bytes))| ZipEntry::deflated(name, bytes))
        .collect();
    let mut entries = entries;
    entries.push(ZipEntry::stored("data/tweets-part.js", b"not a part"));
    let zip = zip_of(&entries);
    assert_eq!(names(&read_archive(&zip).expect("zip")), names_in_zip);

    let (from_loose, errors) = import_files(&loose);
    assert!(errors.is_empty(), "{errors:?}");
    let zipped = InputFile {
        name: "archive.zip".into(),
        bytes: zip,
    };
    let (from_zip, errors) = import_files(&[zipped]);
    assert!(errors.is_empty(), "{errors:?}");
    assert!(from_zip.posts.len() >= 50, "{}", from_zip.posts.len());
    assert_eq!(from_zip, from_loose);
}

/// The CRC-32 loop Unroll had before its tables, kept to check them and to measure against
/// (8 turns a byte).
fn crc32_bitwise(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// MB/s of the CRC-32 over 64 MB of JSON-like bytes, by tables and bit by bit. Run it in the
/// release profile (the wasm's, opt-level "z"):
/// `cargo test --release -p unroll-core --lib crc32_speed -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a test"]
fn crc32_speed() {
    let line = br#"{"tweet":{"id_str":"1579814683803910144","full_text":"Hello \u00e9 world"}},"#;
    let data: Vec<u8> = line.iter().copied().cycle().take(64 << 20).collect();
    let mb = data.len() as f64 / 1e6;
    let time = |f: &dyn Fn(&[u8]) -> u32| {
        let best = (0..3)
            .map(|_| {
                let start = std::time::Instant::now();
                std::hint::black_box(f(std::hint::black_box(&data)));
                start.elapsed().as_secs_f64()
            })
            .fold(f64::MAX, f64::min);
        mb / best
    };
    assert_eq!(crc32_bitwise(&data), crc32(&data));
    println!("bit by bit      {:8.0} MB/s", time(&crc32_bitwise));
    println!("slice-by-16     {:8.0} MB/s", time(&crc32));
}
