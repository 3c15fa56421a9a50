//! The X archive media files the person dropped (entries of an archive .zip, or loose files
//! from an unzipped one) and the blob URLs the reader shows them by, so an archive's photos
//! and videos show offline. Nothing is read at load: a file is read (or, when stored
//! uncompressed in the zip, only sliced) the first time a post showing it is rendered, and
//! its URL is kept for the session.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo::file::{futures::read_as_bytes, Blob, ObjectUrl};
use unroll_core::archive_media::{content_type, ArchiveMedia};
use unroll_core::import::zip::{self, Entry};
use unroll_core::Media;

/// Where one media file's bytes are.
#[derive(Debug, Clone, PartialEq)]
pub enum MediaSource {
    /// An entry of a dropped .zip, read with `File.slice`.
    ZipEntry { zip: web_sys::File, entry: Entry },
    /// A file dropped on its own.
    Loose(web_sys::File),
}

/// Every media file loaded so far, and the blob URLs made for them.
#[derive(Default)]
pub struct MediaFiles {
    files: ArchiveMedia<Rc<MediaSource>>,
    /// By file name; shared by every later `MediaFiles`, so a URL is made once per file.
    urls: Rc<RefCell<HashMap<String, Rc<ObjectUrl>>>>,
}

/// Two values are the same set of files only when they are the same value: a load makes a
/// new one. Components compare the context by this, cheaply.
impl PartialEq for MediaFiles {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl std::fmt::Debug for MediaFiles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MediaFiles")
            .field("files", &self.files.len())
            .field("urls", &self.urls.borrow().len())
            .finish()
    }
}

impl MediaFiles {
    /// These files plus `added` (path, source); a file of a name seen before replaces it.
    pub fn with(&self, added: Vec<(String, MediaSource)>) -> Self {
        let mut files = self.files.clone();
        for (path, source) in added {
            if let Some(name) = unroll_core::archive_media::media_file_name(&path) {
                self.urls.borrow_mut().remove(name);
            }
            // Only media paths are given; anything else is left out.
            let _ = files.insert(&path, Rc::new(source));
        }
        Self {
            files,
            urls: Rc::clone(&self.urls),
        }
    }

    /// True when the archive holds `media` of post `post_id`.
    pub fn has(&self, post_id: &str, media: &Media) -> bool {
        self.files.find(post_id, media).is_some()
    }

    /// The blob URL already made for `media` of post `post_id`.
    pub fn cached_url(&self, post_id: &str, media: &Media) -> Option<String> {
        let (name, _) = self.files.find(post_id, media)?;
        self.urls.borrow().get(name).map(|u| u.to_string())
    }

    /// A blob URL for `media` of post `post_id`, reading its file if needed. None when the
    /// archive does not hold it; an error when its file cannot be read (the reader then
    /// shows the remote image).
    pub async fn url(&self, post_id: &str, media: &Media) -> Option<Result<String, String>> {
        let (name, source) = self.files.find(post_id, media)?;
        if let Some(url) = self.urls.borrow().get(name) {
            return Some(Ok(url.to_string()));
        }
        let mime = content_type(name).unwrap_or("application/octet-stream");
        let name = name.to_string();
        let blob = match blob_of(source, mime).await {
            Ok(blob) => blob,
            Err(e) => return Some(Err(format!("{name}: {e}"))),
        };
        let url = Rc::new(ObjectUrl::from(blob));
        let text = url.to_string();
        self.urls.borrow_mut().insert(name, url);
        Some(Ok(text))
    }
}

/// The file's bytes as a Blob of type `mime`: a slice of the dropped file when it is stored
/// as it is, else the inflated entry (its checksum checked).
async fn blob_of(source: &MediaSource, mime: &str) -> Result<Blob, String> {
    let (zip_file, entry) = match source {
        MediaSource::Loose(file) => return slice(file, 0, file.size() as u64, mime),
        MediaSource::ZipEntry { zip, entry } => (zip, entry),
    };
    let read = |start: u64, end: u64| async move {
        let blob = slice(zip_file, start, end, "")?;
        read_as_bytes(&blob).await.map_err(|e| e.to_string())
    };
    let header = entry.local_header_range();
    let header_len =
        zip::data_offset(&read(header.start, header.end).await?).map_err(|e| e.to_string())?;
    let data = entry.data_range(header_len);
    if entry.method == 0 && entry.compressed_size == entry.uncompressed_size {
        return slice(zip_file, data.start, data.end, mime);
    }
    let bytes =
        zip::inflate(entry, &read(data.start, data.end).await?).map_err(|e| e.to_string())?;
    Ok(Blob::new_with_options(bytes.as_slice(), Some(mime)))
}

fn slice(file: &web_sys::Blob, start: u64, end: u64, mime: &str) -> Result<Blob, String> {
    file.slice_with_f64_and_f64_and_content_type(start as f64, end as f64, mime)
        .map(Blob::from)
        .map_err(|e| format!("cannot slice the file ({e:?})"))
}
