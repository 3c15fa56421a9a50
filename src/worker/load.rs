//! One load, start to end: its sources read (`read`), imported together (so an archive's
//! account.js names the author of its tweets.js; a large tweets file parsed as it is read),
//! added to the library, and reported in one `Loaded`. The work runs straight through;
//! only reading waits on the browser, and between two reads the load posts its progress and
//! stops if it was cancelled, adding nothing.

use std::cell::Cell;
use std::rc::Rc;

use unroll_core::import::{import_streamed, import_unzipped, tweets_stream, unzip, InputFile};
use unroll_core::protocol::{Progress, Reply, Source};
use unroll_core::{Batch, ImportError};

use unroll_core::import::x_archive::TweetsStream;
use unroll_core::import::zip;

use super::read::{self, append_view, Cancelled, Gathered, SliceReader, TweetsSource, Watch};
use super::Host;
use crate::error::LoadError;

/// Time between two progress reports, in milliseconds.
const PROGRESS_EVERY_MS: f64 = 100.0;

/// A load in flight: its number, its progress so far, and the host it reports to.
pub struct Load {
    id: u32,
    host: Rc<Host>,
    progress: Cell<Progress>,
    last_report: Cell<f64>,
}

impl Watch for Load {
    /// `Err(Cancelled)` once the page cancelled this load.
    fn check(&self) -> Result<(), Cancelled> {
        if self.host.is_cancelled(self.id) {
            Err(Cancelled)
        } else {
            Ok(())
        }
    }

    fn read(&self, n: u64) {
        let mut p = self.progress.get();
        p.bytes_read = p.bytes_read.saturating_add(n).min(p.bytes_total);
        self.progress.set(p);
        self.report();
    }
}

impl Load {
    fn posts(&self, n: u64) {
        let mut p = self.progress.get();
        p.posts = n;
        self.progress.set(p);
        self.report();
    }

    /// Posts the progress, at most every PROGRESS_EVERY_MS.
    fn report(&self) {
        let t = js_sys::Date::now();
        if t - self.last_report.get() >= PROGRESS_EVERY_MS {
            self.last_report.set(t);
            self.host.post(&Reply::Progress {
                load: self.id,
                progress: self.progress.get(),
            });
        }
    }
}

/// Runs load `id` of `sources` (`files` are the files sent with it) and posts its end;
/// `first_file` is the page's number of the first of `files` (media files found are named
/// by the page's numbers).
pub async fn run(
    host: Rc<Host>,
    id: u32,
    sources: Vec<Source>,
    files: Vec<web_sys::File>,
    first_file: u32,
) {
    let bytes_total = sources
        .iter()
        .map(|s| match s {
            Source::File { index } => usize::try_from(*index)
                .ok()
                .and_then(|i| files.get(i))
                .map_or(0, |f| f.size() as u64),
            Source::Text { text, .. } => text.len() as u64,
            Source::Url { .. } => 0,
        })
        .sum();
    let load = Load {
        id,
        host: Rc::clone(&host),
        progress: Cell::new(Progress {
            bytes_total,
            ..Progress::default()
        }),
        last_report: Cell::new(js_sys::Date::now()),
    };
    let outcome = import(&load, sources, &files).await;
    host.forget_cancel(id);
    let reply = match outcome {
        Err(Cancelled) => Reply::Loaded {
            load: id,
            errors: Vec::new(),
            cancelled: true,
            shown: None,
        },
        Ok((batch, errors, mut media)) => {
            for m in &mut media {
                m.file = m.file.saturating_add(first_file);
            }
            let shown = host.add(batch, media);
            Reply::Loaded {
                load: id,
                errors: errors.iter().map(ToString::to_string).collect(),
                cancelled: false,
                shown,
            }
        }
    };
    host.post_shown(reply);
}

type Imported = (Batch, Vec<LoadError>, Vec<unroll_core::protocol::MediaRef>);

async fn import(
    load: &Load,
    sources: Vec<Source>,
    files: &[web_sys::File],
) -> Result<Imported, Cancelled> {
    let Gathered {
        mut inputs,
        media,
        mut errors,
        tweets,
    } = read::gather(load, sources, files).await?;
    let (unzipped, zip_errors) = unzip(&inputs);
    errors.extend(zip_errors.into_iter().map(LoadError::from));
    let mut imported = None;
    if let Some(tweets) = tweets {
        let name = tweets.name();
        match import_streaming(load, &inputs, &unzipped, &tweets).await? {
            Ok(Streaming::Imported(done)) => imported = Some(done),
            // The plain case it was not: import the whole file the usual way.
            Ok(Streaming::Read(bytes)) => inputs.push(InputFile { name, bytes }),
            Err(message) => errors.push(LoadError::Read {
                file: name,
                message,
            }),
        }
    }
    load.check()?;
    let (batch, import_errors) = match imported {
        Some(done) => done,
        None => import_unzipped(&inputs, &unzipped),
    };
    load.posts(batch.posts.len() as u64);
    errors.extend(import_errors.into_iter().map(LoadError::from));
    // A Cancel sent while the import ran waits in the worker's queue: let it in before the
    // batch is added.
    crate::io::yield_to_browser().await;
    load.check()?;
    Ok((batch, errors, media))
}

/// How a streamed tweets file ended: imported with the other files, or read whole for the
/// usual import (the stream gave up, or the other files do not allow one).
enum Streaming {
    Imported((Batch, Vec<ImportError>)),
    Read(Vec<u8>),
}

/// Imports `inputs` with the tweets file `tweets`, read slice by slice (and inflated, from a
/// zip) and parsed as it arrives (the browser reads the next slice while the last is
/// parsed). Only the slice being parsed is in wasm memory; should the stream give up, the
/// file is read again whole.
async fn import_streaming(
    load: &Load,
    inputs: &[InputFile],
    unzipped: &[InputFile],
    tweets: &TweetsSource,
) -> Result<Result<Streaming, String>, Cancelled> {
    let Some(mut stream) = tweets_stream(inputs, unzipped) else {
        return read_again(load, tweets).await;
    };
    let blob = match tweets.blob() {
        Ok(blob) => blob,
        Err(e) => return Ok(Err(e)),
    };
    let mut reader = match SliceReader::new(&blob) {
        Ok(reader) => reader,
        Err(e) => return Ok(Err(e)),
    };
    let mut inflater = match tweets {
        TweetsSource::Zipped { entry, .. } => match zip::EntryInflater::new(entry) {
            Ok(inflater) => Some(inflater),
            Err(kind) => return Ok(Err(kind.to_string())),
        },
        TweetsSource::Loose(_) => None,
    };
    loop {
        load.check()?;
        let view = match reader.next_view().await {
            Ok(Some(view)) => view,
            Ok(None) => break,
            Err(e) => return Ok(Err(e)),
        };
        if stream.failed() {
            break;
        }
        // Counted before the copy, which empties the slice's buffer.
        let n = view.length();
        let pushed = match inflater.as_mut() {
            None => stream.push_with(n as usize, |buf| append_view(buf, &view)),
            Some(inflater) => inflate_view(inflater, &view, &mut stream, load),
        };
        if let Err(e) = pushed {
            return Ok(Err(e));
        }
        load.read(u64::from(n));
        load.posts(stream.tweets_read() as u64);
    }
    drop(reader);
    if let Some(inflater) = inflater {
        if let Err(kind) = inflater.finish() {
            return Ok(Err(kind.to_string()));
        }
    }
    let Some(done) = stream.finish() else {
        return read_again(load, tweets).await;
    };
    let imported = import_streamed(inputs, unzipped, &tweets.name(), done);
    Ok(Ok(Streaming::Imported(imported)))
}

/// Compressed bytes inflated into the stream a piece at a time, each piece parsed before
/// the next is inflated, so the inflated file is never whole in memory.
fn inflate_view(
    inflater: &mut zip::EntryInflater,
    view: &js_sys::Uint8Array,
    stream: &mut TweetsStream,
    load: &Load,
) -> Result<(), String> {
    let compressed = view.to_vec();
    let _ = view.buffer().transfer_with_length(0);
    for piece in compressed.chunks(INFLATE_PIECE) {
        stream.push_with(piece.len().saturating_mul(8), |out| {
            inflater.push(piece, out).map_err(|kind| kind.to_string())
        })?;
        load.posts(stream.tweets_read() as u64);
    }
    Ok(())
}

/// Compressed bytes inflated at a time: some 3 MB of `tweets.js` out.
const INFLATE_PIECE: usize = 256 << 10;

/// The whole file, read again for the usual import (its progress starts over).
async fn read_again(
    load: &Load,
    tweets: &TweetsSource,
) -> Result<Result<Streaming, String>, Cancelled> {
    let mut p = load.progress.get();
    p.bytes_read = p.bytes_read.saturating_sub(tweets.size());
    load.progress.set(p);
    match tweets {
        TweetsSource::Loose(file) => Ok(read::read_whole(load, file).await?.map(Streaming::Read)),
        TweetsSource::Zipped { .. } => {
            let mut inputs = Vec::new();
            Ok(match read::inflate_whole(tweets, &mut inputs).await {
                Ok(()) => Ok(Streaming::Read(
                    inputs.pop().map(|f| f.bytes).unwrap_or_default(),
                )),
                Err(e) => Err(e.to_string()),
            })
        }
    }
}
