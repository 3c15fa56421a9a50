//! Reading a load's sources into bytes: each file in slices straight into wasm memory, an
//! archive .zip by its entries (`zipped`), fetched URLs (`fetch`), and archive media files
//! left unread (the page reads one when a post shows it). Each slice read is reported to
//! the load's progress, and a cancelled load stops between two slices.

use std::ops::Range;

use unroll_core::archive_media::media_file_name;
use unroll_core::import::zip;
use unroll_core::import::InputFile;
use unroll_core::protocol::{MediaRef, Source};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::error::LoadError;

mod fetch;
mod zipped;

pub use zipped::{inflate_whole, TweetsSource};

/// What reading reports to: bytes read, and whether to stop (a load, or nothing at all).
pub trait Watch {
    /// `Err(Cancelled)` once the reading should stop.
    fn check(&self) -> Result<(), Cancelled>;
    /// `n` more bytes read.
    fn read(&self, n: u64);
}

/// Reading watched by nobody: never cancelled, progress untold.
pub struct Unwatched;

impl Watch for Unwatched {
    fn check(&self) -> Result<(), Cancelled> {
        Ok(())
    }
    fn read(&self, _: u64) {}
}

/// What a load gathered: the files to import, the archive media files found, what could not
/// be read, and a large archive tweets file left unread, for the load to parse as it reads.
#[derive(Debug, Default)]
pub struct Gathered {
    pub inputs: Vec<InputFile>,
    pub media: Vec<MediaRef>,
    pub errors: Vec<LoadError>,
    pub tweets: Option<TweetsSource>,
}

/// Why reading stopped before the end: the load was cancelled.
#[derive(Debug)]
pub struct Cancelled;

/// Reads every source; one that cannot be read is reported and the others still load.
pub async fn gather(
    load: &dyn Watch,
    sources: Vec<Source>,
    files: &[web_sys::File],
) -> Result<Gathered, Cancelled> {
    let mut out = Gathered::default();
    // What every zip of the load may inflate, together.
    let mut budget = zip::InflateBudget::default();
    let large: Vec<u32> = sources
        .iter()
        .filter_map(|s| match s {
            Source::File { index } => Some(*index),
            _ => None,
        })
        .filter(|&i| file_at(files, i).is_some_and(is_large_tweets_file))
        .collect();
    let streamed = match large[..] {
        [one] => Some(one),
        _ => None,
    };
    for source in sources {
        load.check()?;
        match source {
            Source::Text { name, text } => out.inputs.push(InputFile {
                name,
                bytes: text.into_bytes(),
            }),
            Source::Url { url } => match fetch::fetch(&url).await {
                Ok(bytes) => out.inputs.push(InputFile { name: url, bytes }),
                Err(message) => out.errors.push(LoadError::Fetch { url, message }),
            },
            Source::File { index } => {
                let Some(file) = file_at(files, index) else {
                    continue;
                };
                let name = file.name();
                if media_file_name(&name).is_some() {
                    out.media.push(MediaRef {
                        file: index,
                        path: name,
                        entry: None,
                    });
                } else if streamed == Some(index) {
                    out.tweets = Some(TweetsSource::Loose(file.clone()));
                } else {
                    match read_file(load, index, file, &mut budget).await? {
                        Ok(read) => {
                            out.inputs.extend(read.inputs);
                            out.media.extend(read.media);
                            // One large tweets file in all is parsed as it is read.
                            match (&out.tweets, read.tweets) {
                                (None, Some(tweets)) if streamed.is_none() => {
                                    out.tweets = Some(tweets)
                                }
                                (_, Some(tweets)) => out
                                    .errors
                                    .extend(inflate_whole(&tweets, &mut out.inputs).await.err()),
                                (_, None) => {}
                            }
                        }
                        Err(e) => out.errors.push(e),
                    }
                }
            }
        }
    }
    Ok(out)
}

fn file_at(files: &[web_sys::File], index: u32) -> Option<&web_sys::File> {
    files.get(usize::try_from(index).ok()?)
}

/// One file: the archive files and media of a .zip, or the file itself.
async fn read_file(
    load: &dyn Watch,
    index: u32,
    file: &web_sys::File,
    budget: &mut zip::InflateBudget,
) -> Result<Result<Read, LoadError>, Cancelled> {
    let name = file.name();
    let is_zip = matches!(read_range(file, 0..4).await, Ok(head) if zip::is_zip(&head));
    if is_zip {
        let read = zipped::read_zip(index, file, budget).await;
        // All of the zip but a tweets file left to stream (counted as it is read).
        let streamed = match &read {
            Ok(Read {
                tweets: Some(t), ..
            }) => t.size(),
            _ => 0,
        };
        load.read(size_of(file).saturating_sub(streamed));
        return Ok(read);
    }
    Ok(read_whole(load, file)
        .await?
        .map(|bytes| Read {
            inputs: vec![InputFile {
                name: name.clone(),
                bytes,
            }],
            ..Read::default()
        })
        .map_err(|e| read_error(&name, e)))
}

/// What a file gave: files to import, archive media files to show, and a zip's large
/// tweets file left to stream.
#[derive(Default)]
pub(crate) struct Read {
    pub(crate) inputs: Vec<InputFile>,
    pub(crate) media: Vec<MediaRef>,
    pub(crate) tweets: Option<TweetsSource>,
}

pub(crate) fn read_error(file: &str, message: String) -> LoadError {
    LoadError::Read {
        file: file.to_string(),
        message,
    }
}

pub(crate) fn size_of(file: &web_sys::Blob) -> u64 {
    // A Blob's size is a whole number of bytes below 2^53; `as` saturates, never panics.
    file.size() as u64
}

/// A loose `tweets.js` (or `tweet.js`) of at least STREAMED_SIZE.
fn is_large_tweets_file(file: &web_sys::File) -> bool {
    let name = file.name();
    (name == "tweets.js" || name == "tweet.js") && size_of(file) >= STREAMED_SIZE
}

/// Files smaller than this are read whole before their import starts.
pub(crate) const STREAMED_SIZE: u64 = 2 * READ_SLICE;

/// Slices a whole file is read in: the worker never holds more than one of them besides the
/// bytes in wasm memory (a 300 MB file read at once was a 300 MB ArrayBuffer kept alive
/// beside its copy).
const READ_SLICE: u64 = 8 << 20;

/// The first slice is smaller, so that a file parsed as it arrives starts being parsed
/// sooner (8 MB took 20-25 ms to arrive).
const FIRST_SLICE: u64 = 1 << 20;

/// The whole file, read slice by slice straight into one buffer (each slice's bytes are
/// copied once, from its ArrayBuffer into wasm memory).
pub async fn read_whole(
    load: &dyn Watch,
    file: &web_sys::Blob,
) -> Result<Result<Vec<u8>, String>, Cancelled> {
    let mut reader = match SliceReader::new(file) {
        Ok(reader) => reader,
        Err(e) => return Ok(Err(e)),
    };
    let total = match usize::try_from(reader.len) {
        Ok(total) => total,
        Err(_) => return Ok(Err("too large to read".to_string())),
    };
    let mut bytes = Vec::new();
    // Reserved, not filled: each slice is copied straight into the spare capacity.
    if bytes.try_reserve_exact(total).is_err() {
        return Ok(Err(format!("not enough memory to read {total} bytes")));
    }
    loop {
        load.check()?;
        match reader.next_view().await {
            Ok(Some(view)) => match append_view(&mut bytes, &view) {
                Ok(n) => load.read(n as u64),
                Err(e) => return Ok(Err(e)),
            },
            Ok(None) => return Ok(Ok(bytes)),
            Err(e) => return Ok(Err(e)),
        }
    }
}

/// A file read slice by slice, the next slice asked of the browser before the caller gets
/// the last one, so the file is read while the caller works on it.
pub struct SliceReader {
    blob: web_sys::Blob,
    len: u64,
    /// Where the slice being read starts and ends, and the read.
    start: u64,
    end: u64,
    pending: Option<JsFuture>,
}

impl SliceReader {
    pub fn new(blob: &web_sys::Blob) -> Result<Self, String> {
        let mut reader = SliceReader {
            blob: blob.clone(),
            len: size_of(blob),
            start: 0,
            end: 0,
            pending: None,
        };
        reader.ask(0)?;
        Ok(reader)
    }

    fn ask(&mut self, start: u64) -> Result<(), String> {
        self.start = start;
        self.pending = None;
        if start < self.len {
            let size = if start == 0 { FIRST_SLICE } else { READ_SLICE };
            let end = start.saturating_add(size).min(self.len);
            self.end = end;
            let slice = self
                .blob
                .slice_with_f64_and_f64(start as f64, end as f64)
                .map_err(|e| format!("{e:?}"))?;
            self.pending = Some(JsFuture::from(slice.array_buffer()));
        }
        Ok(())
    }

    /// The next slice, once read (the one after it is asked for at once); None once the
    /// whole file is read.
    pub async fn next_view(&mut self) -> Result<Option<js_sys::Uint8Array>, String> {
        let Some(pending) = self.pending.take() else {
            return Ok(None);
        };
        let buffer = pending.await.map_err(|e| js_message(&e))?;
        let view = js_sys::Uint8Array::new(&buffer);
        if u64::from(view.length()) != self.end - self.start {
            return Err("the file changed while it was read".to_string());
        }
        self.ask(self.end)?;
        Ok(Some(view))
    }
}

pub(crate) fn js_message(e: &wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}

/// Copies `view` to the end of `bytes`, straight into its spare capacity (reserved by the
/// caller when it can); the number of bytes copied. The slice's ArrayBuffer is emptied
/// then: the garbage collector frees 8 MB buffers late.
pub fn append_view(bytes: &mut Vec<u8>, view: &js_sys::Uint8Array) -> Result<usize, String> {
    let n = view.length() as usize;
    bytes
        .try_reserve(n)
        .map_err(|_| "not enough memory to read the file".to_string())?;
    let from = bytes.len();
    let Some(spare) = bytes.spare_capacity_mut().get_mut(..n) else {
        return Err("out of memory".to_string());
    };
    let written = view.copy_to_uninit(spare).len();
    // SAFETY: `copy_to_uninit` initialised the first `written` bytes of the spare capacity,
    // which directly follow the `from` bytes already in the vector.
    unsafe { bytes.set_len(from + written) };
    // Transferring to an empty buffer detaches this one and lets its memory go now.
    let _ = view.buffer().transfer_with_length(0);
    Ok(written)
}

pub(crate) async fn read_range(file: &web_sys::Blob, range: Range<u64>) -> Result<Vec<u8>, String> {
    let slice = file
        .slice_with_f64_and_f64(range.start as f64, range.end as f64)
        .map_err(|e| js_message(&e))?;
    let buffer = JsFuture::from(slice.array_buffer())
        .await
        .map_err(|e| js_message(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
