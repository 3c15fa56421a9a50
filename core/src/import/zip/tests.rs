//! The zip reader's unit tests.

use super::*;

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
fn crc32_is_the_ieee_one() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
}

/// The CRC-32 loop Unroll used before crc32fast, kept to measure against (8 turns a byte).
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

/// MB/s of each CRC-32 over 64 MB of JSON-like bytes. Run it in the release profile (the
/// wasm's, opt-level "z"):
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
    let table = |b: &[u8]| {
        let mut h = crc32fast::Hasher::internal_new_baseline(0, 0);
        h.update(b);
        h.finalize()
    };
    assert_eq!(crc32_bitwise(&data), crc32(&data));
    assert_eq!(table(&data), crc32(&data));
    println!("bit by bit          {:8.0} MB/s", time(&crc32_bitwise));
    println!(
        "crc32fast table     {:8.0} MB/s (what wasm32 runs)",
        time(&table)
    );
    println!("crc32fast (SIMD)    {:8.0} MB/s", time(&crc32));
}
