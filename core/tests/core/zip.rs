//! Fixture tests of reading a whole X archive .zip: a real zip is written here from the
//! alrocar_2022 sample files (deflated, under `data/`, beside entries Unroll skips), and its
//! 22-post thread must come out identical to importing the loose files. Truncated and corrupt
//! zips give `BadZip`, never a panic.

use crate::support::fixtures;

use fixtures::*;
use unroll_core::import::zip::{self, Eocd};
use unroll_core::import::{import_files, InputFile};
use unroll_core::ImportErrorKind;

const THREAD_22: &str = "1579814683803910144";

/// A zip of `(name, bytes, deflate?)` entries, as zip tools write it: local headers and data,
/// then the central directory and its end record.
fn write_zip(entries: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for &(name, bytes, deflate) in entries {
        let data = if deflate {
            miniz_oxide::deflate::compress_to_vec(bytes, 6)
        } else {
            bytes.to_vec()
        };
        let method: u16 = if deflate { 8 } else { 0 };
        let crc = zip::crc32(bytes);
        let offset = out.len() as u32;
        let common = |v: &mut Vec<u8>| {
            v.extend(20u16.to_le_bytes()); // version needed
            v.extend(0u16.to_le_bytes()); // flags
            v.extend(method.to_le_bytes());
            v.extend([0u8; 4]); // time, date
            v.extend(crc.to_le_bytes());
            v.extend((data.len() as u32).to_le_bytes());
            v.extend((bytes.len() as u32).to_le_bytes());
            v.extend((name.len() as u16).to_le_bytes());
        };
        out.extend(b"PK\x03\x04");
        common(&mut out);
        // A local extra field the central directory does not have (as some tools write).
        out.extend(4u16.to_le_bytes());
        out.extend(name.as_bytes());
        out.extend([0xAB, 0xCD, 0, 0]);
        out.extend(&data);

        central.extend(b"PK\x01\x02");
        central.extend(20u16.to_le_bytes()); // version made by
        common(&mut central);
        central.extend(0u16.to_le_bytes()); // extra
        central.extend(0u16.to_le_bytes()); // comment
        central.extend([0u8; 8]); // disk, attributes
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let dir_offset = out.len() as u32;
    out.extend(&central);
    out.extend(b"PK\x05\x06");
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(dir_offset.to_le_bytes());
    let comment = b"made by the unroll tests";
    out.extend((comment.len() as u16).to_le_bytes());
    out.extend(comment);
    out
}

fn alrocar_zip(prefix: &str) -> Vec<u8> {
    let files = archive_files("alrocar_2022", &ALROCAR);
    let like = b"window.YTD.like.part0 = []".to_vec();
    let photo = vec![0xFFu8, 0xD8, 0xFF, 0xE0];
    let names: Vec<String> = files
        .iter()
        .map(|f| format!("{prefix}data/{}", f.name))
        .collect();
    let mut entries: Vec<(&str, &[u8], bool)> = files
        .iter()
        .zip(&names)
        .map(|(f, n)| (n.as_str(), f.bytes.as_slice(), true))
        .collect();
    let like_name = format!("{prefix}data/like.js");
    let media_name = format!("{prefix}data/tweets_media/1579814683803910144-FeyK.jpg");
    entries.push((&like_name, &like, false));
    entries.push((&media_name, &photo, false));
    write_zip(&entries)
}

fn zip_file(bytes: Vec<u8>) -> InputFile {
    InputFile {
        name: "twitter-2022-11-30.zip".into(),
        bytes,
    }
}

#[test]
fn a_zipped_archive_imports_like_its_loose_files() {
    let (loose, errors) = import_files(&archive_files("alrocar_2022", &ALROCAR));
    assert!(errors.is_empty(), "{errors:?}");
    for prefix in ["", "twitter-2022-11-30/"] {
        let (zipped, errors) = import_files(&[zip_file(alrocar_zip(prefix))]);
        assert!(errors.is_empty(), "{prefix}: {errors:?}");
        assert_eq!(zipped.posts.len(), 436);
        assert_eq!(zipped, loose, "{prefix}");
        let lib = library(zipped);
        let thread = lib.thread(THREAD_22).expect("the 22-post thread");
        assert_eq!(thread.post_count(), 22);
        assert_eq!(post(&lib, THREAD_22).author_id, "52338276");
    }
}

#[test]
fn only_the_archive_files_are_read_and_named_by_their_path() {
    let bytes = alrocar_zip("");
    let files = zip::read_archive(&bytes).expect("zip");
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["data/tweets.js", "data/account.js", "data/profile.js"]
    );
    assert_eq!(
        files[0].bytes,
        read("twitter-archive/alrocar_2022/tweets.js")
    );

    // The steps the app takes over File.slice, checked on the same bytes.
    let len = bytes.len() as u64;
    let range = zip::eocd_search_range(len);
    assert_eq!(
        range,
        len - 22 - 0xFFFF - 20..len,
        "the end record, its comment, zip64 locator"
    );
    let tail = &bytes[range.start as usize..];
    let Ok(Eocd::Directory(dir)) = zip::parse_eocd(tail, len) else {
        panic!("no directory");
    };
    assert_eq!(dir.entries, 5);
    let entries =
        zip::parse_central_directory(&bytes[dir.range().start as usize..][..dir.size as usize])
            .expect("directory");
    assert_eq!(entries.len(), 5);
    assert_eq!(entries[0].method, 8);
    assert!(entries[0].compressed_size < entries[0].uncompressed_size / 4);
    assert_eq!(zip::wanted(&entries).len(), 3);
}

fn bad_zip(bytes: Vec<u8>) -> String {
    let (batch, errors) = import_files(&[zip_file(bytes)]);
    assert!(batch.posts.is_empty());
    match errors.as_slice() {
        [e] => {
            assert_eq!(e.file, "twitter-2022-11-30.zip");
            match &e.kind {
                ImportErrorKind::BadZip { problem } => problem.clone(),
                other => panic!("{other:?}"),
            }
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn truncated_and_corrupt_zips_give_typed_errors() {
    let whole = alrocar_zip("");
    // Cut anywhere: the end record is gone, or points past the end.
    for keep in [4, 30, 1000, whole.len() / 2, whole.len() - 30] {
        let problem = bad_zip(whole[..keep].to_vec());
        assert!(
            problem.contains("end of central directory") || problem.contains("runs past"),
            "{keep}: {problem}"
        );
    }
    // A flipped byte inside tweets.js's deflated data.
    let mut corrupt = whole.clone();
    corrupt[200] ^= 0x55;
    let problem = bad_zip(corrupt);
    assert!(problem.starts_with("data/tweets.js: "), "{problem}");
    // The directory pointing at a wrong local header.
    let mut moved = whole.clone();
    let dir = moved
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .expect("directory");
    moved[dir + 42] = 1;
    assert_eq!(
        bad_zip(moved),
        "local file header not where the central directory says"
    );
    // What the banner shows.
    let (_, errors) = import_files(&[zip_file(whole[..100].to_vec())]);
    assert_eq!(
        errors[0].kind.to_string(),
        "unreadable zip archive: no end of central directory (not a zip, or cut short)"
    );
}

#[test]
fn a_zipped_archives_avatar_is_found_in_its_profile_media() {
    // profile.js's avatarMediaUrl is …/profile_images/1595034476773609472/fUxfpHm5.jpg; the
    // archive keeps it as data/profile_media/<accountId>-fUxfpHm5.jpg, beside the header.
    let avatar = "twitter-2022-11-30/data/profile_media/52338276-fUxfpHm5.jpg";
    let header = "twitter-2022-11-30/data/profile_media/52338276-1669120830.jpg";
    let (zipped, errors) = import_files(&[zip_file(alrocar_zip(""))]);
    assert!(errors.is_empty(), "{errors:?}");
    let author = zipped.authors.iter().find(|a| a.id == "52338276").unwrap();
    let url = author.avatar_url.as_deref().expect("an avatar URL");
    let mut files = unroll_core::archive_media::ArchiveMedia::default();
    for path in [header, avatar, "twitter-2022-11-30/data/profile.js"] {
        let _ = files.insert(path, path);
    }
    assert_eq!(
        files.find_avatar(&author.id, url),
        Some(("52338276-fUxfpHm5.jpg", &avatar))
    );
    // The zip's entries the app keeps unread for the reader: the media, both profile images.
    let bytes = write_zip(&[
        ("data/profile.js", b"x", true),
        ("data/profile_media/52338276-fUxfpHm5.jpg", b"jpg", false),
        ("data/profile_media/52338276-1669120830.jpg", b"jpg", false),
        ("data/tweets_media/1-a.jpg", b"jpg", false),
    ]);
    let len = bytes.len() as u64;
    let tail = &bytes[zip::eocd_search_range(len).start as usize..];
    let Ok(Eocd::Directory(dir)) = zip::parse_eocd(tail, len) else {
        panic!("no directory");
    };
    let entries =
        zip::parse_central_directory(&bytes[dir.range().start as usize..][..dir.size as usize])
            .expect("directory");
    let media: Vec<&str> = entries
        .iter()
        .map(|e| e.name.as_str())
        .filter(|n| unroll_core::archive_media::is_archive_media(n))
        .collect();
    assert_eq!(
        media,
        [
            "data/profile_media/52338276-fUxfpHm5.jpg",
            "data/profile_media/52338276-1669120830.jpg",
            "data/tweets_media/1-a.jpg"
        ]
    );
}
