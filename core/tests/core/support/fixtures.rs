//! Test helpers shared by the fixture tests: finding the real samples under
//! `assets/samples` and loading them into a Library.

use std::path::PathBuf;

use unroll_core::import::InputFile;
use unroll_core::{Library, Post, Thread};

pub use super::{import, import_ok as batch, items, library};

/// `assets/samples/<rel>` of the repository.
pub fn sample_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../assets/samples")
        .join(rel)
}

/// `tests/corpus/<rel>` of the repository: real files gathered for regression tests (each
/// folder's SOURCES.md says where every file came from).
pub fn corpus_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/corpus")
        .join(rel)
}

/// The bytes of `tests/corpus/<rel>`.
pub fn read_corpus(rel: &str) -> Vec<u8> {
    let path = corpus_path(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Every file of the archive folder `tests/corpus/<dir>`, SOURCES.md aside.
pub fn corpus_archive(dir: &str) -> Vec<InputFile> {
    let path = corpus_path(dir);
    let mut names: Vec<String> = std::fs::read_dir(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".js"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| InputFile {
            name: n.clone(),
            bytes: read_corpus(&format!("{dir}/{n}")),
        })
        .collect()
}

pub fn read(rel: &str) -> Vec<u8> {
    let path = sample_path(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

pub fn read_text(rel: &str) -> String {
    String::from_utf8(read(rel)).expect("samples are UTF-8")
}

/// The named files of one archive folder under `twitter-archive/`.
pub fn archive_files(dir: &str, names: &[&str]) -> Vec<InputFile> {
    names
        .iter()
        .map(|n| InputFile {
            name: (*n).to_string(),
            bytes: read(&format!("twitter-archive/{dir}/{n}")),
        })
        .collect()
}

pub fn file(name: &str, text: &str) -> InputFile {
    super::input(name, text)
}

pub const ALROCAR: [&str; 3] = ["tweets.js", "account.js", "profile.js"];
pub const DSAJ: [&str; 3] = ["tweet.js", "account.js", "profile.js"];

pub fn alrocar() -> Library {
    library(batch(&archive_files("alrocar_2022", &ALROCAR)))
}

pub fn dsaj() -> Library {
    library(batch(&archive_files("dsajgiouawj_2020", &DSAJ)))
}

pub fn post<'a>(lib: &'a Library, id: &str) -> &'a Post {
    lib.post(id).unwrap_or_else(|| panic!("post {id} missing"))
}

/// Post counts of all threads, longest first.
pub fn lengths(lib: &Library) -> Vec<usize> {
    let mut v: Vec<usize> = lib.threads().iter().map(Thread::post_count).collect();
    v.sort_unstable_by(|a, b| b.cmp(a));
    v
}

/// Every thread as its item list, in the library's order.
pub fn all_items(lib: &Library) -> Vec<Vec<String>> {
    lib.threads().iter().map(items).collect()
}

/// A deterministic shuffle (xorshift), so a failure reproduces.
pub fn shuffle<T>(v: &mut [T], seed: u64) {
    let mut state = seed | 1;
    for i in (1..v.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
}
