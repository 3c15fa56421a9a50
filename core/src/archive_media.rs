//! Which file of an X archive holds a post's own photo, video or GIF. The archive keeps them
//! in `data/tweets_media/`, each named `<post id>-<file name of the media URL>`
//! (`1579814683803910144-FezXyZaWQAEabcd.jpg` for `https://pbs.twimg.com/media/FezXyZaWQAEabcd.jpg`,
//! `…-XyZ.mp4` for a video's `https://video.twimg.com/…/XyZ.mp4?tag=12`). The app indexes the
//! names it finds (in a dropped .zip, or loose files dropped from an unzipped archive) and asks
//! here which one a post's media is, so the reader shows it offline instead of from X.
//! The account's avatar is kept in `data/profile_media/`, named
//! `<account id>-<file name of profile.js's avatarMediaUrl>`: the reader shows it from there too.

use crate::model::{Media, MediaKind};
use rustc_hash::FxHashMap;

/// The archive's media files, by file name, each with what the app needs to read it.
#[derive(Debug, Clone)]
pub struct ArchiveMedia<T> {
    files: FxHashMap<String, T>,
    /// `profile_media/` files (avatar and header), apart: their names share the
    /// `<id>-<name>` form with posts' media.
    profile: FxHashMap<String, T>,
}

impl<T> Default for ArchiveMedia<T> {
    fn default() -> Self {
        Self {
            files: FxHashMap::default(),
            profile: FxHashMap::default(),
        }
    }
}

impl<T> ArchiveMedia<T> {
    pub fn len(&self) -> usize {
        self.files.len() + self.profile.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty() && self.profile.is_empty()
    }

    /// Keeps `file` under its file name when `path` names an archive media file (a post's,
    /// or a `profile_media/` one); gives it back otherwise. A later file of the same name
    /// replaces the earlier one.
    pub fn insert(&mut self, path: &str, file: T) -> Result<(), T> {
        if let Some(name) = profile_file_name(path) {
            self.profile.insert(name.to_string(), file);
            return Ok(());
        }
        match media_file_name(path) {
            Some(name) => {
                self.files.insert(name.to_string(), file);
                Ok(())
            }
            None => Err(file),
        }
    }

    /// The file holding the avatar `avatar_url` of account `account_id`, with its key (see
    /// `file_key`): the `profile_media/` file named after the URL, or a loose file of that
    /// name (dropped from an unzipped archive).
    pub fn find_avatar(&self, account_id: &str, avatar_url: &str) -> Option<(&str, &T)> {
        let name = avatar_name(account_id, avatar_url)?;
        self.profile
            .get_key_value(name.as_str())
            .or_else(|| self.files.get_key_value(name.as_str()))
            .map(|(k, v)| (k.as_str(), v))
    }

    /// The file holding `media` of post `post_id`, with its name: the one named after the
    /// media URL; for a video or GIF whose best variant is not the one the archive kept, the
    /// post's only video file.
    pub fn find(&self, post_id: &str, media: &Media) -> Option<(&str, &T)> {
        let exact = archive_name(post_id, media)
            .and_then(|name| self.files.get_key_value(name.as_str()))
            .map(|(k, v)| (k.as_str(), v));
        if exact.is_some() || media.kind == MediaKind::Photo {
            return exact;
        }
        // Rare (the best variant was not kept): a scan of the names is cheap enough.
        let prefix = format!("{post_id}-");
        let mut videos = self.files.iter().filter(|(k, _)| {
            k.starts_with(&prefix) && content_type(k).is_some_and(|t| t.starts_with("video/"))
        });
        match (videos.next(), videos.next()) {
            (Some((k, v)), None) => Some((k.as_str(), v)),
            _ => None,
        }
    }
}

/// The name the archive gives `media` of post `post_id`: the photo's image file, or the
/// video's (GIF's) playable file.
pub fn archive_name(post_id: &str, media: &Media) -> Option<String> {
    let url = match media.kind {
        MediaKind::Photo => media.url.as_str(),
        MediaKind::Video | MediaKind::Gif => media.link.as_deref()?,
        // Archives hold photos, videos and GIFs only.
        MediaKind::File => return None,
    };
    let file = url_file_name(url)?;
    Some(format!("{post_id}-{file}"))
}

/// The name the archive gives the avatar `avatar_url` (profile.js's `avatarMediaUrl`) of
/// account `account_id`: `<account id>-<file name of the URL>`.
pub fn avatar_name(account_id: &str, avatar_url: &str) -> Option<String> {
    if account_id.is_empty() || !account_id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let file = url_file_name(avatar_url)?;
    Some(format!("{account_id}-{file}"))
}

/// The file name of an archive `profile_media/` image (`data/profile_media/1-a.jpg` in the
/// zip): the avatar and the header. None for anything else.
pub fn profile_file_name(path: &str) -> Option<&str> {
    let mut parts = path.rsplit(['/', '\\']);
    let file = parts.next()?;
    if parts.next() != Some("profile_media") {
        return None;
    }
    let (id, rest) = file.split_once('-')?;
    let named = !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_digit())
        && rest
            .rsplit_once('.')
            .is_some_and(|(stem, _)| !stem.is_empty())
        && content_type(file).is_some_and(|t| t.starts_with("image/"));
    named.then_some(file)
}

/// Whether the file at `path` is one the reader shows from the archive: a post's media or a
/// `profile_media/` image.
pub fn is_archive_media(path: &str) -> bool {
    media_file_name(path).is_some() || profile_file_name(path).is_some()
}

/// The last path segment of a URL, without query or fragment; X's
/// `…/media/ABC?format=jpg&name=large` form gives `ABC.jpg`.
fn url_file_name(url: &str) -> Option<String> {
    let (path, query) = match url.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (url, None),
    };
    let path = path.split('#').next().unwrap_or(path);
    let query = query.map(|q| q.split('#').next().unwrap_or(q));
    let file = path.rsplit('/').next().filter(|f| !f.is_empty())?;
    if file.contains('.') {
        return Some(file.to_string());
    }
    let format = query?
        .split('&')
        .find_map(|kv| kv.strip_prefix("format="))
        .filter(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_alphanumeric()))?;
    Some(format!("{file}.{format}"))
}

/// The file name of an archive media file, from its path: inside a `tweets_media` folder
/// (`data/tweets_media/1-a.jpg` in the zip), or a loose file named like one
/// (`1579814683803910144-Fez.jpg`, dropped from an unzipped archive). None for anything else.
pub fn media_file_name(path: &str) -> Option<&str> {
    let mut parts = path.rsplit(['/', '\\']);
    let file = parts.next()?;
    let folder = parts.next();
    let (id, rest) = file.split_once('-')?;
    let named_like_media = !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_digit())
        && rest
            .rsplit_once('.')
            .is_some_and(|(stem, _)| !stem.is_empty())
        && content_type(file).is_some();
    let in_media_folder = folder.is_none_or(|f| f == "tweets_media");
    (named_like_media && in_media_folder).then_some(file)
}

/// The MIME type of a media file by its extension; None when it is not one the reader shows.
pub fn content_type(name: &str) -> Option<&'static str> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "mp4" | "m4v" => "video/mp4",
        "mov" => "video/quicktime",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn media(kind: MediaKind, url: &str, link: Option<&str>) -> Media {
        Media {
            kind,
            url: url.to_string(),
            alt: None,
            link: link.map(str::to_string),
            width: None,
            height: None,
        }
    }

    #[test]
    fn names_media_files_only_in_the_media_folder_or_loose() {
        assert_eq!(
            media_file_name("data/tweets_media/1579-FezX.jpg"),
            Some("1579-FezX.jpg")
        );
        assert_eq!(
            media_file_name("twitter-2022/data/tweets_media/1-a.MP4"),
            Some("1-a.MP4")
        );
        assert_eq!(media_file_name("1579-FezX.png"), Some("1579-FezX.png"));
        assert_eq!(media_file_name("data/tweets.js"), None);
        assert_eq!(media_file_name("data/profile_media/1-a.jpg"), None);
        assert_eq!(media_file_name("data/tweets_media/a-b.jpg"), None);
        assert_eq!(media_file_name("data/tweets_media/1-.jpg"), None);
        assert_eq!(media_file_name("data/tweets_media/1-a.txt"), None);
        assert_eq!(media_file_name("photo.jpg"), None);
    }

    #[test]
    fn the_avatar_is_found_in_profile_media_by_account_and_url() {
        assert_eq!(
            profile_file_name("data/profile_media/52338276-fUxfpHm5.jpg"),
            Some("52338276-fUxfpHm5.jpg")
        );
        assert_eq!(profile_file_name("52338276-fUxfpHm5.jpg"), None);
        assert_eq!(profile_file_name("data/profile_media/x-fUxfpHm5.jpg"), None);
        assert_eq!(profile_file_name("data/profile_media/1-a.mp4"), None);
        assert!(is_archive_media("data/profile_media/1-a.png"));
        assert!(!is_archive_media("data/profile.js"));
        let url = "https://pbs.twimg.com/profile_images/1595034476773609472/fUxfpHm5.jpg";
        assert_eq!(
            avatar_name("52338276", url).as_deref(),
            Some("52338276-fUxfpHm5.jpg")
        );
        assert_eq!(avatar_name("", url), None);

        let mut files = ArchiveMedia::default();
        // The avatar and the header (`headerMediaUrl` …/profile_banners/52338276/1669120830).
        assert!(files
            .insert("data/profile_media/52338276-fUxfpHm5.jpg", 1)
            .is_ok());
        assert!(files
            .insert("data/profile_media/52338276-1669120830.jpg", 2)
            .is_ok());
        assert_eq!(files.len(), 2);
        assert_eq!(
            files.find_avatar("52338276", url),
            Some(("52338276-fUxfpHm5.jpg", &1))
        );
        assert_eq!(files.find_avatar("1", url), None, "another account");
        let other = "https://pbs.twimg.com/profile_images/1/other.jpg";
        assert_eq!(files.find_avatar("52338276", other), None, "a newer avatar");
        // A post's photo of the same name is not the avatar, and the reverse.
        let photo = media(
            MediaKind::Photo,
            "https://pbs.twimg.com/media/fUxfpHm5.jpg",
            None,
        );
        assert_eq!(files.find("52338276", &photo), None);
        // A loose file named like the avatar (an unzipped archive) is found too.
        let mut loose = ArchiveMedia::default();
        assert!(loose.insert("52338276-fUxfpHm5.jpg", 3).is_ok());
        assert_eq!(
            loose.find_avatar("52338276", url),
            Some(("52338276-fUxfpHm5.jpg", &3))
        );
    }

    #[test]
    fn a_photo_is_named_after_its_url_and_a_video_after_its_variant() {
        let photo = media(
            MediaKind::Photo,
            "https://pbs.twimg.com/media/FezX.jpg",
            None,
        );
        assert_eq!(archive_name("9", &photo).as_deref(), Some("9-FezX.jpg"));
        let query = media(
            MediaKind::Photo,
            "https://pbs.twimg.com/media/FezX?format=png&name=large",
            None,
        );
        assert_eq!(archive_name("9", &query).as_deref(), Some("9-FezX.png"));
        let video = media(
            MediaKind::Video,
            "https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/P.jpg",
            Some("https://video.twimg.com/ext_tw_video/1/pu/vid/720x1280/V.mp4?tag=12"),
        );
        assert_eq!(archive_name("9", &video).as_deref(), Some("9-V.mp4"));
        let no_link = media(
            MediaKind::Gif,
            "https://pbs.twimg.com/tweet_video_thumb/G.jpg",
            None,
        );
        assert_eq!(archive_name("9", &no_link), None);
    }

    #[test]
    fn finds_the_exact_file_or_the_posts_only_video() {
        let mut files = ArchiveMedia::default();
        for (path, n) in [
            ("data/tweets_media/9-FezX.jpg", 1),
            ("data/tweets_media/9-Other.mp4", 2),
            ("data/tweets_media/90-V.mp4", 3),
        ] {
            assert!(files.insert(path, n).is_ok());
        }
        assert_eq!(files.insert("data/tweets.js", 4), Err(4));
        assert_eq!(files.len(), 3);
        let photo = media(
            MediaKind::Photo,
            "https://pbs.twimg.com/media/FezX.jpg",
            None,
        );
        assert_eq!(files.find("9", &photo), Some(("9-FezX.jpg", &1)));
        assert_eq!(files.find("90", &photo), None, "another post's photo");
        let video = media(
            MediaKind::Video,
            "https://pbs.twimg.com/x/P.jpg",
            Some("https://video.twimg.com/v/V.mp4"),
        );
        assert_eq!(files.find("90", &video), Some(("90-V.mp4", &3)));
        // Post 9 kept another variant than the best one: its only video file is it.
        assert_eq!(files.find("9", &video), Some(("9-Other.mp4", &2)));
    }
}
