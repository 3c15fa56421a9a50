//! An X archive .zip read entry by entry with `Blob.slice` (end record, central directory,
//! then each wanted entry, never the whole zip), every range and size checked by core's
//! `zip` first; its large `tweets.js` left for the load to inflate and parse as it reads.

use std::ops::Range;

use unroll_core::archive_media::is_archive_media;
use unroll_core::import::zip::{self, Entry, Eocd};
use unroll_core::import::InputFile;
use unroll_core::protocol::MediaRef;
use unroll_core::ImportError;

use super::{js_message, read_error, read_range, size_of, Read, STREAMED_SIZE};
use crate::error::LoadError;

/// A large tweets file, read (and inflated) while it is parsed.
#[derive(Debug)]
pub enum TweetsSource {
    /// A loose `tweets.js`.
    Loose(web_sys::File),
    /// The `data/tweets.js` entry of a zip: its compressed bytes are `data` of `zip`.
    Zipped {
        zip: web_sys::File,
        entry: Entry,
        data: Range<u64>,
    },
}

impl TweetsSource {
    /// The file's name as errors and the import name it (`data/tweets.js` in a zip).
    pub fn name(&self) -> String {
        match self {
            TweetsSource::Loose(file) => file.name(),
            TweetsSource::Zipped { entry, .. } => entry.name.clone(),
        }
    }

    /// The bytes of the dropped file it takes up.
    pub fn size(&self) -> u64 {
        match self {
            TweetsSource::Loose(file) => size_of(file),
            TweetsSource::Zipped { data, .. } => data.end - data.start,
        }
    }

    /// Its compressed (or, loose, its own) bytes, to read in slices.
    pub fn blob(&self) -> Result<web_sys::Blob, String> {
        match self {
            TweetsSource::Loose(file) => Ok(file.clone().into()),
            TweetsSource::Zipped { zip, data, .. } => zip
                .slice_with_f64_and_f64(data.start as f64, data.end as f64)
                .map_err(|e| js_message(&e)),
        }
    }
}

/// The archive files inside an X archive .zip, each named by its path in the zip
/// (`data/tweets.js`), and its media entries. Only the end record, the central directory
/// and the wanted entries are read from the file; media entries are read when shown.
pub(super) async fn read_zip(
    index: u32,
    file: &web_sys::File,
    budget: &mut zip::InflateBudget,
) -> Result<Read, LoadError> {
    let name = file.name();
    let len = size_of(file);
    let read = |range: Range<u64>| {
        let name = name.clone();
        async move {
            read_range(file, range)
                .await
                .map_err(|m| read_error(&name, m))
        }
    };
    let bad = |kind| LoadError::from(ImportError::new(name.clone(), kind));
    let tail = read(zip::eocd_search_range(len)).await?;
    let dir = match zip::parse_eocd(&tail, len).map_err(bad)? {
        Eocd::Directory(dir) => dir,
        Eocd::Zip64Record(range) => zip::parse_zip64_eocd(&read(range).await?, len).map_err(bad)?,
    };
    let entries = zip::parse_central_directory(&read(dir.range()).await?).map_err(bad)?;
    let mut files = Vec::new();
    let mut tweets = None;
    for entry in zip::wanted(&entries) {
        zip::check_entry(entry).map_err(bad)?;
        budget.claim(entry).map_err(bad)?;
        let header = read(entry.local_header_range(len).map_err(bad)?).await?;
        let header_len = zip::data_offset(&header).map_err(bad)?;
        let data = entry.data_range(header_len, len).map_err(bad)?;
        if tweets.is_none() && is_large_tweets_entry(entry) {
            tweets = Some(TweetsSource::Zipped {
                zip: file.clone(),
                entry: entry.clone(),
                data,
            });
            continue;
        }
        files.push(InputFile {
            name: entry.name.clone(),
            bytes: zip::inflate(entry, &read(data).await?).map_err(bad)?,
        });
    }
    let media = entries
        .into_iter()
        .filter(|e| is_archive_media(&e.name))
        .map(|entry| MediaRef {
            file: index,
            path: entry.name.clone(),
            entry: Some(entry),
        })
        .collect();
    Ok(Read {
        inputs: files,
        media,
        tweets,
    })
}

/// A zip's `tweets.js` (or `tweet.js`) of at least STREAMED_SIZE once inflated.
fn is_large_tweets_entry(entry: &Entry) -> bool {
    let name = entry.name.rsplit('/').next().unwrap_or_default();
    (name == "tweets.js" || name == "tweet.js") && entry.uncompressed_size >= STREAMED_SIZE
}

/// A zipped tweets file read and inflated whole, added to `inputs` (a second large one of
/// the load, or one the stream gave up on).
pub async fn inflate_whole(
    tweets: &TweetsSource,
    inputs: &mut Vec<InputFile>,
) -> Result<(), LoadError> {
    let TweetsSource::Zipped { zip, entry, data } = tweets else {
        return Ok(());
    };
    let bad = |kind| LoadError::from(ImportError::new(zip.name(), kind));
    let compressed = read_range(zip, data.clone())
        .await
        .map_err(|m| read_error(&zip.name(), m))?;
    inputs.push(InputFile {
        name: entry.name.clone(),
        bytes: zip::inflate(entry, &compressed).map_err(bad)?,
    });
    Ok(())
}
