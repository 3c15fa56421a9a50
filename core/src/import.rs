//! Format detection by content (never by file name) and dispatch to one importer per format.

pub mod unroll;
pub mod x_archive;
pub mod x_v2;

use crate::error::ImportError;
use crate::model::Batch;

/// One file as the person dropped it.
#[derive(Debug, Clone)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Import several files dropped together. Files of one X archive (account.js, profile.js,
/// tweets.js, tweets-part1.js …) are joined: the account names the author of the tweets.
/// Each file that fails gives its own error; the others still import.
pub fn import_files(files: &[InputFile]) -> (Batch, Vec<ImportError>) {
    let _ = files;
    todo!("helper")
}
