//! Reading the files a person picks or drops: each whole file in slices straight into wasm
//! memory, an archive .zip entry by entry with `File.slice` (end record, central directory,
//! then each wanted entry, never the whole zip), and archive media files kept unread until
//! a post shows them.

use std::future::Future;
use std::ops::Range;
use std::pin::Pin;
use std::task::Poll;

use gloo::file::{futures::read_as_bytes, File as GlooFile};
use unroll_core::archive_media::{is_archive_media, media_file_name};
use unroll_core::import::zip::{self, Eocd};
use unroll_core::import::InputFile;
use unroll_core::ImportError;

use crate::error::LoadError;
use crate::io::slice_worker::{self, SliceWorker};
use crate::media_files::MediaSource;

/// What one load gathered: the files to import, the archive media files to show, and what
/// could not be read.
#[derive(Debug, Default)]
pub struct Gathered {
    pub inputs: Vec<InputFile>,
    pub media: Vec<(String, MediaSource)>,
    pub errors: Vec<LoadError>,
    /// A large archive tweets file left unread, for the load to read while it imports it
    /// (see `TweetsStream`).
    pub tweets: Option<GlooFile>,
}

impl From<Vec<InputFile>> for Gathered {
    fn from(inputs: Vec<InputFile>) -> Self {
        Self {
            inputs,
            ..Self::default()
        }
    }
}

/// Reads every file as bytes; a file that cannot be read is reported, the others still load.
/// Archive media files (`<post id>-<name>.jpg` from `tweets_media/`) are kept unread.
pub async fn read_files(files: Vec<web_sys::File>) -> Gathered {
    let mut out = Gathered::default();
    // One large tweets file is read by the load itself, while it imports it.
    let streamed = {
        let large: Vec<usize> = (0..files.len())
            .filter(|&i| files.get(i).is_some_and(is_large_tweets_file))
            .collect();
        match large[..] {
            [one] => Some(one),
            _ => None,
        }
    };
    // The others are read side by side: each read waits on the browser more than it works,
    // and one after the other, three small files took 60 ms before the import could start.
    let mut reads = Vec::new();
    for (i, file) in files.into_iter().enumerate() {
        let name = file.name();
        if media_file_name(&name).is_some() {
            out.media.push((name, MediaSource::Loose(file)));
            continue;
        }
        let file = GlooFile::from(file);
        if streamed == Some(i) {
            out.tweets = Some(file);
            continue;
        }
        reads.push(Box::pin(read_file(file)) as Pin<Box<dyn Future<Output = _>>>);
    }
    for read in all(reads).await {
        match read {
            Ok((inputs, media)) => {
                out.inputs.extend(inputs);
                out.media.extend(media);
            }
            Err(e) => out.errors.push(e),
        }
    }
    out
}

/// Runs `futures` side by side: their outputs, in their order. (A few lines instead of the
/// futures crate's `join_all`, which added 3.6 KB of gzip to the wasm.)
async fn all<T>(futures: Vec<Pin<Box<dyn Future<Output = T>>>>) -> Vec<T> {
    let mut futures: Vec<_> = futures.into_iter().map(Some).collect();
    let mut outputs: Vec<Option<T>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (slot, output) in futures.iter_mut().zip(outputs.iter_mut()) {
            if let Some(future) = slot {
                match future.as_mut().poll(cx) {
                    Poll::Ready(value) => {
                        *output = Some(value);
                        *slot = None;
                    }
                    Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    })
    .await;
    outputs.into_iter().flatten().collect()
}

/// One file: the archive files and media of a .zip, or the file itself.
async fn read_file(file: GlooFile) -> Result<Read, LoadError> {
    let is_zip = matches!(read_range(&file, 0..4).await, Ok(head) if zip::is_zip(&head));
    if is_zip {
        return read_zip(&file).await;
    }
    let name = file.name();
    match read_whole(&file).await {
        Ok(bytes) => Ok((vec![InputFile { name, bytes }], Vec::new())),
        Err(e) => Err(read_error(&name, e)),
    }
}

/// What a file gave: files to import, and archive media files to show.
type Read = (Vec<InputFile>, Vec<(String, MediaSource)>);

fn read_error(file: &str, message: String) -> LoadError {
    LoadError::Read {
        file: file.to_string(),
        message,
    }
}

/// A loose `tweets.js` (or `tweet.js`) of at least STREAMED_SIZE.
fn is_large_tweets_file(file: &web_sys::File) -> bool {
    let name = file.name();
    (name == "tweets.js" || name == "tweet.js") && file.size() >= STREAMED_SIZE
}

/// Files smaller than this are read whole before their import starts.
const STREAMED_SIZE: f64 = (2 * READ_SLICE) as f64;

/// Slices a whole file is read in: the page never holds more than one of them besides the
/// bytes in wasm memory (a 300 MB file read at once was a 300 MB ArrayBuffer kept alive
/// beside its copy), and the event loop runs between them.
const READ_SLICE: u64 = 8 << 20;

/// The first slice is smaller, so that a file parsed as it arrives starts being parsed
/// sooner (8 MB took 20-25 ms to arrive).
const FIRST_SLICE: u64 = 1 << 20;

/// The whole file, read slice by slice straight into one buffer (each slice's bytes are
/// copied once, from its ArrayBuffer into wasm memory).
pub async fn read_whole(file: &GlooFile) -> Result<Vec<u8>, String> {
    let mut reader = SliceReader::new(file)?;
    while reader.next().await?.is_some() {}
    Ok(reader.into_bytes())
}

/// A file read slice by slice into one buffer, the next slice asked of the browser before
/// the caller gets the last one, so the file is read while the caller works on it. A file of
/// STREAMED_SIZE or more is read by a worker, which hands each slice over whole.
pub struct SliceReader {
    blob: web_sys::Blob,
    len: u64,
    /// Where the slice being read starts and ends, and the read.
    start: u64,
    end: u64,
    pending: Option<wasm_bindgen_futures::JsFuture>,
    worker: Option<SliceWorker>,
    /// What `next` read (`next_view` keeps nothing).
    bytes: Vec<u8>,
}

impl SliceReader {
    pub fn new(file: &GlooFile) -> Result<Self, String> {
        let blob: &web_sys::Blob = file.as_ref();
        let len = file.size();
        let mut reader = SliceReader {
            blob: blob.clone(),
            len,
            start: 0,
            end: 0,
            pending: None,
            // Starting a worker costs more than a small file's reading on the main thread.
            worker: (len as f64 >= STREAMED_SIZE)
                .then(SliceWorker::take)
                .flatten(),
            bytes: Vec::new(),
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
            let read = match self.worker.as_ref().map(|worker| worker.read(&slice)) {
                Some(Ok(read)) => read,
                // A worker that failed: this slice and the rest are read here.
                Some(Err(_)) => {
                    self.worker = None;
                    slice.array_buffer()
                }
                None => slice.array_buffer(),
            };
            self.pending = Some(wasm_bindgen_futures::JsFuture::from(read));
        }
        Ok(())
    }

    /// The next slice, once read (the one after it is asked for at once); None once the
    /// whole file is read.
    pub async fn next_view(&mut self) -> Result<Option<js_sys::Uint8Array>, String> {
        let Some(pending) = self.pending.take() else {
            return Ok(None);
        };
        let read = pending.await;
        let view = match (&self.worker, read) {
            (None, read) => js_sys::Uint8Array::new(&read.map_err(|e| format!("{e:?}"))?),
            (Some(_), read) => match read
                .map_err(|_| ())
                .and_then(|reply| slice_worker::reply_bytes(&reply).map_err(|_| ()))
            {
                Ok(bytes) => js_sys::Uint8Array::new(&bytes),
                // The worker could not read it, or could not run at all (a page whose
                // content security policy forbids blob: workers fails it only once it
                // starts): this slice and the rest are read here, which also words any
                // error the file itself has.
                Err(()) => {
                    self.worker = None;
                    self.ask(self.start)?;
                    return Box::pin(self.next_view()).await;
                }
            },
        };
        let end = self.end;
        if u64::from(view.length()) != end - self.start {
            return Err("the file changed while it was read".to_string());
        }
        self.ask(end)?;
        Ok(Some(view))
    }

    /// The next slice appended to `bytes()`: the range it fills. None once the whole file
    /// is read.
    pub async fn next(&mut self) -> Result<Option<Range<usize>>, String> {
        if self.bytes.capacity() == 0 {
            // Reserved, not filled: each slice is copied straight into the spare capacity
            // (zeroing it first cost 0.4 s for 300 MB).
            let total = usize::try_from(self.len).map_err(|_| "too large to read")?;
            self.bytes.reserve_exact(total);
        }
        let Some(view) = self.next_view().await? else {
            return Ok(None);
        };
        let from = self.bytes.len();
        let written = append_view(&mut self.bytes, &view)?;
        Ok(Some(from..from + written))
    }

    pub fn into_bytes(mut self) -> Vec<u8> {
        std::mem::take(&mut self.bytes)
    }
}

impl Drop for SliceReader {
    fn drop(&mut self) {
        // A worker with a read still pending would answer it after the next reader asked
        // for something else: it ends with this reader instead.
        if let Some(worker) = self.worker.take() {
            if self.pending.is_none() {
                worker.give_back();
            }
        }
    }
}

/// Copies `view` to the end of `bytes`, straight into its spare capacity (reserved by the
/// caller when it can); the number of bytes copied. The slice's ArrayBuffer is emptied
/// then: the garbage collector frees 8 MB buffers late, and the 100k archive's import
/// ended with 117 MB of them still held.
pub fn append_view(bytes: &mut Vec<u8>, view: &js_sys::Uint8Array) -> Result<usize, String> {
    let n = view.length() as usize;
    bytes.reserve(n);
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

async fn read_range(file: &GlooFile, range: Range<u64>) -> Result<Vec<u8>, String> {
    read_as_bytes(&file.slice(range.start, range.end))
        .await
        .map_err(|e| e.to_string())
}

/// The archive files inside an X archive .zip, each named by its path in the zip
/// (`data/tweets.js`), and its media entries. Only the end record, the central directory
/// and the wanted entries are read from the file; media entries are read when shown.
async fn read_zip(file: &GlooFile) -> Result<Read, LoadError> {
    let name = file.name();
    let len = file.size();
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
    let mut budget = zip::InflateBudget::default();
    for entry in zip::wanted(&entries) {
        zip::check_entry(entry).map_err(bad)?;
        budget.claim(entry).map_err(bad)?;
        let header = read(entry.local_header_range(len).map_err(bad)?).await?;
        let header_len = zip::data_offset(&header).map_err(bad)?;
        let data = read(entry.data_range(header_len, len).map_err(bad)?).await?;
        files.push(InputFile {
            name: entry.name.clone(),
            bytes: zip::inflate(entry, &data).map_err(bad)?,
        });
    }
    let zip_file: &web_sys::File = file.as_ref();
    let media = entries
        .into_iter()
        .filter(|e| is_archive_media(&e.name))
        .map(|entry| {
            let path = entry.name.clone();
            let zip = zip_file.clone();
            (path, MediaSource::ZipEntry { zip, entry })
        })
        .collect();
    Ok((files, media))
}
