//! The X archive media files the person dropped (entries of an archive .zip, or loose files
//! from an unzipped one) and the blob URLs the reader shows them by, so an archive's photos,
//! videos and the account's avatar (`profile_media/`) show offline. Nothing is read at load:
//! a file is read (or, when stored uncompressed in the zip, only sliced) the first time a
//! post or header showing it is rendered, and its URL is kept for the session.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo::file::{futures::read_as_bytes, Blob, ObjectUrl};
use unroll_core::archive_media::{content_type, media_file_name, profile_file_name, ArchiveMedia};
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
    /// By `url_key`; shared by every later `MediaFiles`, so a URL is made once per file.
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

/// A file the reader may show from a dropped archive.
#[derive(Debug, Clone, PartialEq)]
pub enum Wanted {
    /// A photo, video or GIF of post `post_id`.
    Media { post_id: String, media: Media },
    /// The avatar `url` of account `account_id` (in the archive's `profile_media/`).
    Avatar { account_id: String, url: String },
}

impl MediaFiles {
    /// These files plus `added` (path, source); a file of a name seen before replaces it.
    pub fn with(&self, added: Vec<(String, MediaSource)>) -> Self {
        let mut files = self.files.clone();
        for (path, source) in added {
            // A loose file named like the avatar may be it: both keys go.
            if let Some(name) = media_file_name(&path).or(profile_file_name(&path)) {
                self.urls.borrow_mut().remove(name);
                self.urls.borrow_mut().remove(&avatar_key(name));
            }
            // Only media paths are given; anything else is left out.
            let _ = files.insert(&path, Rc::new(source));
        }
        Self {
            files,
            urls: Rc::clone(&self.urls),
        }
    }

    /// The file of `wanted` in the archive, and the key its blob URL is kept under.
    fn find(&self, wanted: &Wanted) -> Option<(String, &str, &MediaSource)> {
        match wanted {
            Wanted::Media { post_id, media } => {
                let (name, source) = self.files.find(post_id, media)?;
                Some((name.to_string(), name, source))
            }
            Wanted::Avatar { account_id, url } => {
                let (name, source) = self.files.find_avatar(account_id, url)?;
                Some((avatar_key(name), name, source))
            }
        }
    }

    /// True when the archive holds the file of `wanted`.
    pub fn has(&self, wanted: &Wanted) -> bool {
        self.find(wanted).is_some()
    }

    /// The blob URL already made for the file of `wanted`.
    pub fn cached_url(&self, wanted: &Wanted) -> Option<String> {
        let (key, _, _) = self.find(wanted)?;
        self.urls.borrow().get(&key).map(|u| u.to_string())
    }

    /// A blob URL for the file of `wanted`, reading it if needed. None when the archive does
    /// not hold it; an error when its file cannot be read (the reader then shows the remote
    /// image).
    pub async fn url(&self, wanted: &Wanted) -> Option<Result<String, String>> {
        let (key, name, source) = self.find(wanted)?;
        Some(self.url_of(key, name, source).await)
    }

    /// The blob URL of file `name` kept under `key`, made on first use.
    async fn url_of(
        &self,
        key: String,
        name: &str,
        source: &MediaSource,
    ) -> Result<String, String> {
        if let Some(url) = self.urls.borrow().get(&key) {
            return Ok(url.to_string());
        }
        let mime = content_type(name).unwrap_or("application/octet-stream");
        let blob = blob_of(source, mime)
            .await
            .map_err(|e| format!("{name}: {e}"))?;
        let url = Rc::new(ObjectUrl::from(blob));
        let text = url.to_string();
        self.urls.borrow_mut().insert(key, url);
        Ok(text)
    }
}

/// The URL cache key of a `profile_media/` file: apart from posts' media of the same name.
fn avatar_key(name: &str) -> String {
    format!("profile_media/{name}")
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
    let len = zip_file.size() as u64;
    zip::check_entry(entry).map_err(|e| e.to_string())?;
    let header = entry.local_header_range(len).map_err(|e| e.to_string())?;
    let header_len =
        zip::data_offset(&read(header.start, header.end).await?).map_err(|e| e.to_string())?;
    let data = entry
        .data_range(header_len, len)
        .map_err(|e| e.to_string())?;
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
