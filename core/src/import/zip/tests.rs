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
