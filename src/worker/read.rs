//! Reading a load's sources into bytes: each file in slices straight into wasm memory, an
//! archive .zip entry by entry with `Blob.slice` (end record, central directory, then each
//! wanted entry, never the whole zip), fetched URLs, and archive media files left unread
//! (the page reads one when a post shows it). Each slice read is reported to the load's
//! progress, and a cancelled load stops between two slices.

use std::ops::Range;

use unroll_core::archive_media::{is_archive_media, media_file_name};
use unroll_core::import::zip::{self, Entry, Eocd};
use unroll_core::import::InputFile;
use unroll_core::protocol::{MediaRef, Source};
use unroll_core::ImportError;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::error::LoadError;

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
            Source::Url { url } => match fetch(&url).await {
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
        let read = read_zip(index, file, budget).await;
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
struct Read {
    inputs: Vec<InputFile>,
    media: Vec<MediaRef>,
    tweets: Option<TweetsSource>,
}

fn read_error(file: &str, message: String) -> LoadError {
    LoadError::Read {
        file: file.to_string(),
        message,
    }
}

fn size_of(file: &web_sys::Blob) -> u64 {
    // A Blob's size is a whole number of bytes below 2^53; `as` saturates, never panics.
    file.size() as u64
}

/// A loose `tweets.js` (or `tweet.js`) of at least STREAMED_SIZE.
fn is_large_tweets_file(file: &web_sys::File) -> bool {
    let name = file.name();
    (name == "tweets.js" || name == "tweet.js") && size_of(file) >= STREAMED_SIZE
}

/// Files smaller than this are read whole before their import starts.
const STREAMED_SIZE: u64 = 2 * READ_SLICE;

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

fn js_message(e: &wasm_bindgen::JsValue) -> String {
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

async fn read_range(file: &web_sys::Blob, range: Range<u64>) -> Result<Vec<u8>, String> {
    let slice = file
        .slice_with_f64_and_f64(range.start as f64, range.end as f64)
        .map_err(|e| js_message(&e))?;
    let buffer = JsFuture::from(slice.array_buffer())
        .await
        .map_err(|e| js_message(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The archive files inside an X archive .zip, each named by its path in the zip
/// (`data/tweets.js`), and its media entries. Only the end record, the central directory
/// and the wanted entries are read from the file; media entries are read when shown.
async fn read_zip(
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

/// Fetches `url` (vetted by the page) as bytes.
async fn fetch(url: &str) -> Result<Vec<u8>, String> {
    let global = js_sys::global();
    let promise = match global.dyn_ref::<web_sys::WorkerGlobalScope>() {
        Some(scope) => scope.fetch_with_str(url),
        None => global
            .dyn_ref::<web_sys::Window>()
            .ok_or("no fetch here")?
            .fetch_with_str(url),
    };
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .map_err(|e| js_message(&e))?
        .dyn_into()
        .map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    // A same-origin URL that redirected elsewhere is refused like a cross-origin `?src`.
    if let (Some(here), Some(landed)) = (own_origin(), origin_of(&response.url())) {
        if here != landed {
            return Err(format!("redirected to another site ({landed})"));
        }
    }
    let buffer = response.array_buffer().map_err(|e| js_message(&e))?;
    let buffer = JsFuture::from(buffer).await.map_err(|e| js_message(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn origin_of(url: &str) -> Option<String> {
    web_sys::Url::new(url).ok().map(|u| u.origin())
}

/// The origin the worker (or page) runs at: the page's.
fn own_origin() -> Option<String> {
    let location = js_sys::Reflect::get(&js_sys::global(), &"location".into()).ok()?;
    js_sys::Reflect::get(&location, &"origin".into())
        .ok()?
        .as_string()
}
