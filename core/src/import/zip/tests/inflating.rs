//! Inflating entries: streamed in any chunks as at once, stored and deflated, refused
//! methods, zip bombs, lying sizes and checksums, the per-load allowance.

use super::builder::{zero_bomb, zip_of, ZipEntry};
use super::{data_of, entries_of, names, problem, repo_file, TWEETS};
use crate::import::zip::*;

/// The one entry of a zip made of `entry`, and its compressed data, as the app reads them.
fn entry_and_data(entry: ZipEntry) -> (Entry, Vec<u8>) {
    let zip = zip_of(&[entry]);
    let entries = entries_of(&zip).expect("directory");
    let data = data_of(&zip, &entries[0]).expect("data").to_vec();
    (entries[0].clone(), data)
}

/// Streams `data` through an inflater in `chunk`-byte pieces, draining the output after
/// each: the bytes, and the most output one push gave.
fn stream(entry: &Entry, data: &[u8], chunk: usize) -> Result<(Vec<u8>, usize), ImportErrorKind> {
    let mut inflater = EntryInflater::new(entry)?;
    let (mut all, mut out, mut most) = (Vec::new(), Vec::new(), 0);
    for piece in data.chunks(chunk) {
        inflater.push(piece, &mut out)?;
        most = most.max(out.len());
        all.extend_from_slice(&out);
        out.clear();
    }
    inflater.finish()?;
    Ok((all, most))
}

#[test]
fn an_entry_streams_in_any_chunks_to_the_bytes_inflate_gives() {
    let tweets = repo_file("assets/samples/twitter-archive/alrocar_2022/tweets.js");
    for entry in [
        ZipEntry::deflated(TWEETS, &tweets),
        ZipEntry::stored(TWEETS, &tweets),
    ] {
        let (entry, data) = entry_and_data(entry);
        assert_eq!(inflate(&entry, &data).as_ref(), Ok(&tweets));
        for chunk in [1, 7, 4096, 1 << 20] {
            let (bytes, most) = stream(&entry, &data, chunk).expect("streamed");
            assert!(
                bytes == tweets,
                "method {}, {chunk}-byte chunks",
                entry.method
            );
            if chunk <= 4096 {
                // Never the whole (1.4 MB) at once: what one small chunk inflates to.
                assert!(most < 200_000, "{chunk}: {most}");
            }
        }
    }
}

#[test]
fn an_empty_entry_reads_stored_or_deflated() {
    for entry in [
        ZipEntry::stored(TWEETS, b""),
        ZipEntry::deflated(TWEETS, b""),
        // No deflate data at all, as some tools write an empty file.
        ZipEntry::deflate_data(TWEETS, b"", Vec::new()),
    ] {
        let (entry, data) = entry_and_data(entry);
        assert_eq!(inflate(&entry, &data), Ok(Vec::new()));
    }
}

#[test]
fn unknown_methods_and_encryption_are_named() {
    let bytes = b"window.YTD.tweets.part0 = []";
    for (method, named) in [(12, "12"), (14, "14"), (99, "99")] {
        let zip = zip_of(&[ZipEntry {
            method,
            ..ZipEntry::stored(TWEETS, bytes)
        }]);
        assert_eq!(
            problem(read_archive(&zip)),
            format!(
                "data/tweets.js: compression method {named} (only stored and deflate are read)"
            )
        );
    }
    let zip = zip_of(&[ZipEntry {
        flags: 1,
        ..ZipEntry::deflated(TWEETS, bytes)
    }]);
    assert_eq!(
        problem(read_archive(&zip)),
        "data/tweets.js: encrypted (Unroll reads zips without a password)"
    );
    // Deflate data of the reserved block type 3.
    let zip = zip_of(&[ZipEntry::deflate_data(TWEETS, bytes, vec![0xFF; 20])]);
    assert_eq!(
        problem(read_archive(&zip)),
        "data/tweets.js: cannot inflate (corrupt deflate data)"
    );
}

/// Issue 13's 4 MB zip bomb, a `tweets.js` declaring just under 4 GiB, panicked the app
/// ("capacity overflow"). Refused on its declared size, before a byte is inflated: the test
/// would take gigabytes if it were not.
#[test]
fn a_zip_bomb_declaring_almost_4_gib_is_refused_before_inflating() {
    let data = zero_bomb(660_000_000);
    assert!(
        (4_000_000..4_200_000).contains(&data.len()),
        "{}",
        data.len()
    );
    let bomb = ZipEntry {
        uncompressed_size: 0xFFFF_FFFE,
        ..ZipEntry::deflate_data(TWEETS, b"", data)
    };
    let said = "data/tweets.js: declares 4294967294 bytes, more than the 1073741824 Unroll \
                inflates from one entry";
    assert_eq!(
        problem(read_archive(&zip_of(std::slice::from_ref(&bomb)))),
        said
    );
    let (entry, _) = entry_and_data(bomb);
    assert_eq!(problem(EntryInflater::new(&entry)), said);

    // Under the cap, but more than deflate can give from its compressed size.
    let small = zero_bomb(10_000_000);
    let packed = small.len();
    let bomb = ZipEntry {
        uncompressed_size: 500_000_000,
        ..ZipEntry::deflate_data(TWEETS, b"", small)
    };
    assert_eq!(
        problem(read_archive(&zip_of(&[bomb]))),
        format!(
            "data/tweets.js: declares 500000000 bytes from {packed} compressed, more than \
             deflate can give (1100:1; a zip bomb?)"
        )
    );
    let huge = ZipEntry {
        compressed_size: 5 << 30,
        ..ZipEntry::deflated(TWEETS, b"[]").all_zip64()
    };
    assert_eq!(
        problem(check_entry(&entry_and_data_unread(huge))),
        "data/tweets.js: 5368709120 bytes compressed, more than the 1073741824 Unroll reads \
         from one entry"
    );
}

/// The entry a zip's directory gives for `entry`, whatever its sizes claim.
fn entry_and_data_unread(entry: ZipEntry) -> Entry {
    entries_of(&zip_of(&[entry])).expect("directory")[0].clone()
}

#[test]
fn a_bomb_declaring_less_than_it_inflates_to_stops_at_the_declared_size() {
    // 10 MB of zeros from 63 KB, declared as 1,000 bytes.
    let lying = ZipEntry {
        uncompressed_size: 1000,
        ..ZipEntry::deflate_data(TWEETS, b"", zero_bomb(10_000_000))
    };
    let (entry, data) = entry_and_data(lying.clone());
    let said = "data/tweets.js: inflates to more than the 1000 bytes its directory declares";
    let mut inflater = EntryInflater::new(&entry).expect("within the caps");
    let mut out = Vec::new();
    assert_eq!(problem(inflater.push(&data, &mut out)), said);
    assert_eq!(out.len(), 1000);
    assert!(out.capacity() < 64 << 10, "{}", out.capacity());
    assert_eq!(problem(read_archive(&zip_of(&[lying]))), said);
    assert_eq!(problem(stream(&entry, &data, 100)), said);
}

#[test]
fn lying_sizes_are_errors() {
    let text: Vec<u8> = b"window.YTD.tweets.part0 = [] ".repeat(1000);
    let declared = |size| ZipEntry {
        uncompressed_size: size,
        ..ZipEntry::deflated(TWEETS, &text)
    };
    let real = text.len();
    assert_eq!(
        problem(read_archive(&zip_of(&[declared(real as u64 + 1000)]))),
        format!(
            "data/tweets.js: inflates to {real} bytes, not the {} its directory declares",
            real + 1000
        )
    );
    assert_eq!(
        problem(read_archive(&zip_of(&[declared(real as u64 - 1)]))),
        format!(
            "data/tweets.js: inflates to more than the {} bytes its directory declares",
            real - 1
        )
    );
    let stored = ZipEntry {
        uncompressed_size: 6,
        ..ZipEntry::stored(TWEETS, b"12345")
    };
    assert_eq!(
        problem(read_archive(&zip_of(&[stored]))),
        "data/tweets.js: stored, yet 5 bytes in the zip for the 6 it declares"
    );
    // Deflate data cut inside, its compressed size saying that is all.
    let whole = miniz_oxide::deflate::compress_to_vec(&text, 6);
    let cut = ZipEntry::deflate_data(TWEETS, &text, whole[..whole.len() / 2].to_vec());
    let cut = ZipEntry {
        uncompressed_size: real as u64,
        ..cut
    };
    assert_eq!(
        problem(read_archive(&zip_of(&[cut]))),
        "data/tweets.js: its deflate data ends before its last block"
    );
}

#[test]
fn the_inflater_counts_the_compressed_bytes_it_is_given() {
    let text: Vec<u8> = b"window.YTD.tweets.part0 = [] ".repeat(1000);
    let (entry, data) = entry_and_data(ZipEntry::deflated(TWEETS, &text));
    let packed = data.len();
    let half = packed / 2;
    let mut inflater = EntryInflater::new(&entry).expect("entry");
    inflater.push(&data[..half], &mut Vec::new()).expect("half");
    assert_eq!(
        problem(inflater.finish()),
        format!("data/tweets.js: cut short ({half} of {packed} bytes)")
    );
    assert_eq!(
        problem(inflate(&entry, &data[..half])),
        format!("data/tweets.js: cut short ({half} of {packed} bytes)")
    );
    let mut inflater = EntryInflater::new(&entry).expect("entry");
    let mut more = data.clone();
    more.push(0);
    assert_eq!(
        problem(inflater.push(&more, &mut Vec::new())),
        format!(
            "data/tweets.js: more data than the {packed} compressed bytes its directory declares"
        )
    );
}

#[test]
fn a_checksum_mismatch_is_named() {
    let text = b"window.YTD.tweets.part0 = []";
    for entry in [
        ZipEntry::stored(TWEETS, text),
        ZipEntry::deflated(TWEETS, text),
    ] {
        let entry = ZipEntry {
            crc: entry.crc ^ 1,
            ..entry
        };
        assert_eq!(
            problem(read_archive(&zip_of(&[entry]))),
            "data/tweets.js: contents do not match their checksum"
        );
    }
}

#[test]
fn one_loads_allowance_is_shared_by_its_entries() {
    let thousand = [b'x'; 1000];
    let zip = zip_of(&[
        ZipEntry::stored(TWEETS, &thousand),
        ZipEntry::stored("data/account.js", &thousand),
    ]);
    let mut budget = InflateBudget::new(1500);
    assert_eq!(
        problem(read_archive_within(&zip, &mut budget)),
        "data/account.js: its 1000 bytes would take this load past the 1500 bytes Unroll \
         inflates in one load (500 left)"
    );
    let mut budget = InflateBudget::new(2000);
    let files = read_archive_within(&zip, &mut budget).expect("within");
    assert_eq!(names(&files), [TWEETS, "data/account.js"]);
    assert_eq!(budget.left(), 0);
    assert_eq!(InflateBudget::default().left(), MAX_LOAD_INFLATED);
}

#[test]
fn small_entries_of_every_length_stream_whole_in_any_chunks() {
    // Text that deflate shrinks, and bytes it cannot (stored blocks), at every length to 300.
    let mut seed = 0x2545_F491_u32;
    let noise: Vec<u8> = (0..600)
        .map(|_| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) as u8
        })
        .collect();
    let text = b"{\"tweet\":{\"id\":\"1\",\"full_text\":\"hello\"}},".repeat(15);
    for source in [&noise, &text] {
        for len in 0..300 {
            let bytes = &source[..len];
            for level in [1, 9] {
                let data = miniz_oxide::deflate::compress_to_vec(bytes, level);
                let (entry, data) = entry_and_data(ZipEntry::deflate_data(TWEETS, bytes, data));
                for chunk in [1, 2, 3, 64, 1 << 16] {
                    let (got, _) = stream(&entry, &data, chunk).expect("streamed");
                    assert!(
                        got == bytes,
                        "{len} bytes, level {level}, {chunk}-byte chunks"
                    );
                }
            }
        }
    }
}
