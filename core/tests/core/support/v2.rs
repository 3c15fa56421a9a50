//! Helpers of the X API v2 and Unroll format tests: the v2 samples under
//! `assets/samples/twitter-v2`, imported through `import_files` (detection included).

use unroll_core::import::InputFile;
use unroll_core::Batch;

pub use super::{import_ok, input, library, post, repo_file, text};

/// The k_sze / noahwp full-archive search (257 posts, newest first).
pub const K_SZE: &str = "academictwitteR_search_all_from_k_sze_OR_noahwp.json";
/// Two tweets with no fields and no expansions.
pub const MINIMAL: &str = "tweepy_get_tweets_minimal_fields.json";

pub fn sample_bytes(name: &str) -> Vec<u8> {
    repo_file(&format!("assets/samples/twitter-v2/{name}"))
}

pub fn sample(name: &str) -> InputFile {
    input(name, sample_bytes(name))
}

pub fn import_sample(name: &str) -> Batch {
    import_ok(&[sample(name)])
}
