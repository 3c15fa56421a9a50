//! Reading the files a person picks or drops: each whole file in slices straight into wasm
//! memory, an archive .zip entry by entry with `File.slice` (end record, central directory,
//! then each wanted entry, never the whole zip), and archive media files kept unread until
//! a post shows them.

use std::ops::Range;

use gloo::file::{futures::read_as_bytes, File as GlooFile};
use unroll_core::archive_media::media_file_name;
use unroll_core::import::zip::{self, Eocd};
use unroll_core::import::InputFile;
use unroll_core::ImportError;

use crate::error::LoadError;
use crate::media_files::MediaSource;

/// What one load gathered: the files to import, the archive media files to show, and what
/// could not be read.
#[derive(Debug, Default)]
pub struct Gathered {
    pub inputs: Vec<InputFile>,
    pub media: Vec<(String, MediaSource)>,
    pub errors: Vec<LoadError>,
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
    for file in files {
        let name = file.name();
        if media_file_name(&name).is_some() {
            out.media.push((name, MediaSource::Loose(file)));
            continue;
        }
        let file = GlooFile::from(file);
        let is_zip = matches!(read_range(&file, 0..4).await, Ok(head) if zip::is_zip(&head));
        if is_zip {
            match read_zip(&file).await {
                Ok((inputs, media)) => {
                    out.inputs.extend(inputs);
                    out.media.extend(media);
                }
                Err(e) => out.errors.push(e),
            }
            continue;
        }
        match read_whole(&file).await {
            Ok(bytes) => out.inputs.push(InputFile { name, bytes }),
            Err(e) => out.errors.push(read_error(&name, e)),
        }
    }
    out
}

fn read_error(file: &str, message: String) -> LoadError {
    LoadError::Read {
        file: file.to_string(),
        message,
    }
}

/// Slices a whole file is read in: the page never holds more than one of them besides the
/// bytes in wasm memory (a 300 MB file read at once was a 300 MB ArrayBuffer kept alive
/// beside its copy), and the event loop runs between them.
const READ_SLICE: u64 = 8 << 20;

/// The whole file, read slice by slice straight into one buffer (each slice's bytes are
/// copied once, from its ArrayBuffer into wasm memory).
async fn read_whole(file: &GlooFile) -> Result<Vec<u8>, String> {
    let blob: &web_sys::Blob = file.as_ref();
    let len = file.size();
    let total = usize::try_from(len).map_err(|_| "too large to read".to_string())?;
    // Reserved, not filled: each slice is copied straight into the spare capacity (zeroing
    // it first cost 0.4 s for 300 MB).
    let mut bytes: Vec<u8> = Vec::with_capacity(total);
    let mut start = 0;
    while start < len {
        let end = start.saturating_add(READ_SLICE).min(len);
        let slice = blob
            .slice_with_f64_and_f64(start as f64, end as f64)
            .map_err(|e| format!("{e:?}"))?;
        let buffer = wasm_bindgen_futures::JsFuture::from(slice.array_buffer())
            .await
            .map_err(|e| format!("{e:?}"))?;
        let view = js_sys::Uint8Array::new(&buffer);
        let (from, to) = (start as usize, end as usize);
        if view.length() as usize != to - from {
            return Err("the file changed while it was read".to_string());
        }
        let Some(spare) = bytes.spare_capacity_mut().get_mut(..to - from) else {
            return Err("the file grew while it was read".to_string());
        };
        let written = view.copy_to_uninit(spare).len();
        debug_assert_eq!(bytes.len(), from);
        // SAFETY: `copy_to_uninit` initialised the first `written` bytes of the spare
        // capacity, which directly follow the `from` bytes already in the vector.
        unsafe { bytes.set_len(from + written) };
        start = end;
    }
    Ok(bytes)
}

async fn read_range(file: &GlooFile, range: Range<u64>) -> Result<Vec<u8>, String> {
    read_as_bytes(&file.slice(range.start, range.end))
        .await
        .map_err(|e| e.to_string())
}

/// The archive files inside an X archive .zip, each named by its path in the zip
/// (`data/tweets.js`), and its media entries. Only the end record, the central directory
/// and the wanted entries are read from the file; media entries are read when shown.
async fn read_zip(
    file: &GlooFile,
) -> Result<(Vec<InputFile>, Vec<(String, MediaSource)>), LoadError> {
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
        Eocd::Zip64Record(range) => zip::parse_zip64_eocd(&read(range).await?).map_err(bad)?,
    };
    let entries = zip::parse_central_directory(&read(dir.range()).await?).map_err(bad)?;
    let mut files = Vec::new();
    for entry in zip::wanted(&entries) {
        let header = read(entry.local_header_range()).await?;
        let header_len = zip::data_offset(&header).map_err(bad)?;
        let data = read(entry.data_range(header_len)).await?;
        files.push(InputFile {
            name: entry.name.clone(),
            bytes: zip::inflate(entry, &data).map_err(bad)?,
        });
    }
    let zip_file: &web_sys::File = file.as_ref();
    let media = entries
        .into_iter()
        .filter(|e| media_file_name(&e.name).is_some())
        .map(|entry| {
            let path = entry.name.clone();
            let zip = zip_file.clone();
            (path, MediaSource::ZipEntry { zip, entry })
        })
        .collect();
    Ok((files, media))
}
