//! The end records (plain and zip64), the central directory and its zip64 fields, and the
//! ranges taken from them: each inside the file, or an error that says where it pointed.

use super::builder::{write_zip, zip_of, ZipEntry, ZipTail};
use super::{entries_of, names, problem, repo_file, slice, TWEETS};
use crate::import::import_files;
use crate::import::zip::*;
use crate::import::InputFile;
use crate::ImportErrorKind;

#[test]
fn zip64_sizes_and_offsets_come_from_the_extra_field_in_order() {
    let tweets = repo_file("assets/samples/twitter-archive/alrocar_2022/tweets.js");
    let account = b"window.YTD.account.part0 = []".to_vec();
    let profile = b"window.YTD.profile.part0 = []".to_vec();
    let entries = [
        ZipEntry::deflated(TWEETS, &tweets).all_zip64(),
        // Only the offset in the extra field, then only the uncompressed size: each value
        // is taken in its place of the order, the others from the 32-bit fields.
        ZipEntry {
            zip64: [false, false, true],
            ..ZipEntry::stored("data/account.js", &account)
        },
        ZipEntry {
            zip64: [true, false, false],
            ..ZipEntry::deflated("data/profile.js", &profile)
        },
    ];
    let zip = write_zip(
        &entries,
        &ZipTail {
            zip64: true,
            ..ZipTail::default()
        },
    );
    let read = entries_of(&zip).expect("a zip64 directory");
    let sizes: Vec<(u64, u64)> = (read.iter())
        .map(|e| (e.uncompressed_size, e.compressed_size))
        .collect();
    let written: Vec<(u64, u64)> = (entries.iter())
        .map(|e| (e.uncompressed_size, e.compressed_size))
        .collect();
    assert_eq!(sizes, written);
    let tweets_at = 30 + TWEETS.len() as u64 + entries[0].compressed_size;
    assert_eq!(read[1].local_header_offset, tweets_at);
    let files = read_archive(&zip).expect("the zip64 archive");
    assert_eq!(
        names(&files),
        [TWEETS, "data/account.js", "data/profile.js"]
    );
    assert_eq!(files[0].bytes, tweets);
    assert_eq!(files[1].bytes, account);
    assert_eq!(files[2].bytes, profile);
}

#[test]
fn a_zip64_extra_field_short_of_a_value_is_named() {
    let bytes = b"window.YTD.tweets.part0 = []";
    let only_two = ZipEntry {
        zip64_extra: Some([0u8; 16].to_vec()),
        ..ZipEntry::stored(TWEETS, bytes).all_zip64()
    };
    assert_eq!(
        problem(read_archive(&zip_of(&[only_two]))),
        "data/tweets.js: zip64 extra field without its local header offset"
    );
    let none = ZipEntry {
        zip64_extra: Some(Vec::new()),
        ..ZipEntry::stored(TWEETS, bytes).all_zip64()
    };
    assert_eq!(
        problem(read_archive(&zip_of(&[none]))),
        "data/tweets.js: zip64 extra field without its uncompressed size"
    );
}

/// Issue 13's hostile zip64 (150 bytes there, 184 here) beside a good file: its directory
/// "at" 2^60 made the browser's Blob.slice throw, and the whole drop hung.
#[test]
fn a_zip64_directory_said_to_lie_at_2_to_the_60_is_an_error_not_a_slice() {
    let entries = [ZipEntry::stored("a.js", b"[]")];
    let tail = ZipTail {
        zip64: true,
        dir_offset: Some(1 << 60),
        ..ZipTail::default()
    };
    let zip = write_zip(&entries, &tail);
    assert_eq!(zip.len(), 184);
    let said = "the zip's directory claims to lie beyond the end of the file \
                (offset 1152921504606846976 in a 184-byte file)";
    assert_eq!(problem(read_archive(&zip)), said);
    // By the app's steps: the zip64 record's range is inside the file, the directory's is
    // refused before it can be sliced.
    let len = zip.len() as u64;
    let Ok(Eocd::Zip64Record(record)) = parse_eocd(slice(&zip, eocd_search_range(len)), len) else {
        panic!("no zip64 record");
    };
    assert_eq!(problem(parse_zip64_eocd(slice(&zip, record), len)), said);
    // And through the importer, beside a good file: one error naming the zip.
    let good = InputFile {
        name: "tweets.js".into(),
        bytes: repo_file("tests/corpus/x-archive/milahu_2026/tweets.excerpt.js"),
    };
    let hostile = InputFile {
        name: "hostile.zip".into(),
        bytes: zip,
    };
    let (batch, errors) = import_files(&[hostile, good]);
    assert!(!batch.posts.is_empty());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].file, "hostile.zip");
    assert_eq!(
        errors[0].kind.to_string(),
        format!("unreadable zip archive: {said}")
    );
}

#[test]
fn end_records_pointing_outside_the_file_are_errors() {
    let entries = [ZipEntry::stored(TWEETS, b"[]")];
    let zip64_at = |at| ZipTail {
        zip64: true,
        zip64_record_offset: Some(at),
        ..ZipTail::default()
    };
    let zip = write_zip(&entries, &zip64_at(1 << 60));
    assert_eq!(
        problem(read_archive(&zip)),
        format!(
            "the zip64 end record claims to lie beyond the end of the file \
             (offset 1152921504606846976 in a {}-byte file)",
            zip.len()
        )
    );
    // Inside the file, but running into its own locator.
    let locator_at = zip.len() as u64 - 22 - 20;
    let record_at = locator_at - 50;
    let zip = write_zip(&entries, &zip64_at(record_at));
    assert_eq!(
        problem(read_archive(&zip)),
        format!(
            "zip64 end of central directory (at {record_at}) runs past its locator at {locator_at}"
        )
    );
    let plain_at = |at| ZipTail {
        dir_offset: Some(at),
        ..ZipTail::default()
    };
    let zip = write_zip(&entries, &plain_at(0xFFFF_FF00));
    assert_eq!(
        problem(read_archive(&zip)),
        format!(
            "the zip's directory claims to lie beyond the end of the file \
             (offset 4294967040 in a {}-byte file)",
            zip.len()
        )
    );
    // Inside the file, but running into the end record.
    let zip = write_zip(&entries, &plain_at(50));
    let dir_len = 46 + TWEETS.len();
    let end_at = zip.len() - 22;
    assert_eq!(
        problem(read_archive(&zip)),
        format!("central directory ({dir_len} bytes at 50) runs past its end record at {end_at}")
    );
}

#[test]
fn a_directory_over_64_mib_is_not_read() {
    // A zip64 record that puts 65 MiB of the file's zeros down as its directory.
    let mut zip = vec![0u8; 65 << 20];
    let tail = write_zip(
        &[],
        &ZipTail {
            zip64: true,
            ..ZipTail::default()
        },
    );
    zip.extend(&tail);
    let dir = (65u64 << 20).to_le_bytes();
    let record = zip.len() - tail.len();
    zip[record + 40..record + 48].copy_from_slice(&dir); // size
    zip[record + 48..record + 56].copy_from_slice(&0u64.to_le_bytes()); // offset
    let locator_field = record + 56 + 8;
    zip[locator_field..locator_field + 8].copy_from_slice(&(record as u64).to_le_bytes());
    assert_eq!(
        problem(read_archive(&zip)),
        "the zip's directory is 68157440 bytes, more than the 67108864 Unroll reads"
    );
}

#[test]
fn an_entrys_local_header_and_data_must_lie_inside_the_file() {
    let at = |offset| ZipEntry {
        offset: Some(offset),
        zip64: [false, false, true],
        ..ZipEntry::stored(TWEETS, b"window.YTD.tweets.part0 = []")
    };
    let zip = zip_of(&[at(1 << 40)]);
    let len = zip.len();
    assert_eq!(
        problem(read_archive(&zip)),
        format!(
            "data/tweets.js: its local header claims to lie beyond the end of the file \
             (offset 1099511627776 in a {len}-byte file)"
        )
    );
    let near_end = len as u64 - 10;
    assert_eq!(
        problem(read_archive(&zip_of(&[at(near_end)]))),
        format!(
            "data/tweets.js: its local header (30 bytes at {near_end}) runs past the end of \
             the file ({len} bytes)"
        )
    );
    let long = ZipEntry {
        compressed_size: 1 << 20,
        uncompressed_size: 1 << 20,
        ..ZipEntry::stored(TWEETS, b"[]")
    };
    let zip = zip_of(&[long]);
    assert_eq!(
        problem(read_archive(&zip)),
        format!(
            "data/tweets.js: its data (1048576 bytes at 44) runs past the end of the file \
             ({} bytes)",
            zip.len()
        )
    );
    // The header where the directory says, but not a header.
    let zip = zip_of(&[at(1)]);
    assert_eq!(
        problem(read_archive(&zip)),
        "local file header not where the central directory says"
    );
}

#[test]
fn truncated_zips_give_errors_at_every_length() {
    let tweets = b"window.YTD.tweets.part0 = [] ".repeat(100);
    let entries = [
        ZipEntry::deflated(TWEETS, &tweets),
        ZipEntry::stored("data/account.js", b"window.YTD.account.part0 = []"),
    ];
    for tail in [
        ZipTail::default(),
        ZipTail {
            zip64: true,
            ..ZipTail::default()
        },
    ] {
        let whole = write_zip(&entries, &tail);
        assert_eq!(read_archive(&whole).map(|f| f.len()), Ok(2));
        for keep in 0..whole.len() {
            let cut = &whole[..keep];
            assert!(
                matches!(read_archive(cut), Err(ImportErrorKind::BadZip { .. })),
                "{keep} of {} bytes",
                whole.len()
            );
            assert!(entries_of(cut).is_err(), "{keep}");
        }
        let len = whole.len();
        assert_eq!(
            problem(read_archive(&whole[..len - 1])),
            "end of central directory cut short"
        );
        assert_eq!(
            problem(read_archive(&whole[..100])),
            "no end of central directory (not a zip, or cut short)"
        );
    }
}
