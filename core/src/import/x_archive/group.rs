//! One drop's X archive files imported together: the small files (account, profile,
//! manifest, long posts) read first, then each tweets file from its bytes. When nothing needs
//! every tweet at once, each is converted as it is read and its wire struct dropped;
//! otherwise all are kept and converted at the end (owner inference, the long-post join).
//! A tweets file already read and converted as it arrived (`TweetsStream`) joins the rest.

use super::convert::{self, Owner};
use super::js::{parse_items, parse_json, split_assignment, Assignment, Kind, TweetsFile};
use super::stream::TweetsStream;
use super::{is_archive_file, notes, owner_author, wire, FORMAT, UNKNOWN_HANDLE};
use crate::error::{ImportError, ImportErrorKind};
use crate::import::InputFile;
use crate::model::{Author, Batch, Post};

/// What converting tweets gave: posts, the tweets skipped (why), and how many were read.
#[derive(Debug, Default)]
pub struct Converted {
    pub(super) posts: Vec<Post>,
    pub(super) skipped: Vec<String>,
    pub(super) count: usize,
}

impl Converted {
    /// Converts one tweet into a post, or notes why it was skipped.
    pub(super) fn convert(
        &mut self,
        t: &wire::Tweet<'_>,
        owner: &Owner,
        note: Option<&notes::Note>,
    ) {
        self.count += 1;
        match convert::convert(t, owner, note) {
            Ok(post) => self.posts.push(post),
            Err((field, message)) => self.skipped.push(format!(
                "tweet {}: {field}: {message}",
                convert::tweet_id(t).unwrap_or("?")
            )),
        }
    }

    /// Adds `more` after these; into nothing without copying (100k posts are 30 MB).
    fn append(&mut self, mut more: Converted) {
        if self.posts.is_empty() {
            std::mem::swap(&mut self.posts, &mut more.posts);
        } else {
            self.posts.append(&mut more.posts);
        }
        self.skipped.append(&mut more.skipped);
        self.count += more.count;
    }
}

/// Imports `files`, with `streamed`: the tweets file of that name, converted as it arrived.
pub(super) fn import(
    files: &[&InputFile],
    streamed: Option<(&str, Converted)>,
) -> (Batch, Vec<ImportError>) {
    let mut archive = Archive::read(files);
    let mut converted = Converted::default();
    let streamed_file = streamed.map(|(name, s)| {
        archive.read_tweets = true;
        converted.append(s);
        name
    });
    let author = if archive.converts_as_read() {
        archive.convert_as_read(&mut converted)
    } else {
        archive.convert_at_end(&mut converted)
    };
    archive.finish(author, converted, streamed_file)
}

/// A stream for a tweets file read as it arrives, when `files` (the archive's others) allow
/// converting as read and hold no tweets file themselves.
pub(super) fn stream(files: &[&InputFile]) -> Option<TweetsStream> {
    let mut archive = Archive::read(files);
    if !archive.converts_as_read() || !archive.tweets_files.is_empty() || archive.read_tweets {
        return None;
    }
    Some(TweetsStream::new(archive.owner().1))
}

/// An archive's files read: what the small ones say, and its tweets files.
struct Archive<'a> {
    files: Vec<&'a InputFile>,
    errors: Vec<ImportError>,
    account: wire::Account<'a>,
    manifest: wire::UserInfo<'a>,
    avatar: Option<String>,
    note_items: Vec<wire::NoteItem<'a>>,
    /// Files with nothing to show on their own: (file, what they hold).
    alone: Vec<(&'a InputFile, String)>,
    /// Tweets files to read from their bytes, in the order given.
    tweets_files: Vec<TweetsFile<'a>>,
    /// Tweets kept for converting at the end: those of a tweets file read as text at once,
    /// and (unless converted as read) those of every tweets file that read cleanly.
    tweets: Vec<wire::Tweet<'a>>,
    /// A tweets file read cleanly, even an empty one.
    read_tweets: bool,
}

impl<'a> Archive<'a> {
    /// Reads the small files; the tweets files are only found.
    fn read(files: &[&'a InputFile]) -> Self {
        let mut archive = Archive {
            files: files.to_vec(),
            errors: Vec::new(),
            account: wire::Account::default(),
            manifest: wire::UserInfo::default(),
            avatar: None,
            note_items: Vec::new(),
            alone: Vec::new(),
            tweets_files: Vec::new(),
            tweets: Vec::new(),
            read_tweets: false,
        };
        for &file in files {
            // A tweets file is read as bytes, later; the others (small) as text now.
            if let Some(tweets) = TweetsFile::of(file) {
                archive.tweets_files.push(tweets);
                continue;
            }
            let read = match std::str::from_utf8(&file.bytes) {
                Ok(text) => split_assignment(file, text).and_then(|a| archive.read_small(file, &a)),
                Err(e) => Err(ImportError::new(
                    &file.name,
                    ImportErrorKind::NotText {
                        offset: e.valid_up_to(),
                    },
                )),
            };
            if let Err(e) = read {
                archive.errors.push(e);
            }
        }
        archive
    }

    fn read_small(&mut self, file: &'a InputFile, a: &Assignment<'a>) -> Result<(), ImportError> {
        match a.kind {
            Kind::Tweets => {
                let items = parse_items::<wire::TweetItem>(file, a)?;
                self.read_tweets = true;
                self.tweets.extend(items.into_iter().map(|i| i.tweet));
            }
            Kind::NoteTweets => {
                self.note_items
                    .extend(parse_items::<wire::NoteItem>(file, a)?);
                self.alone
                    .push((file, "the full text of long posts".to_string()));
            }
            Kind::Account => {
                let items = parse_items::<wire::AccountItem>(file, a)?;
                if let Some(item) = items.into_iter().next() {
                    if self.account.account_id.get().is_none() {
                        self.account = item.account;
                    }
                }
            }
            Kind::Profile => {
                let items = parse_items::<wire::ProfileItem>(file, a)?;
                if let Some(item) = items.into_iter().next() {
                    self.avatar = self
                        .avatar
                        .take()
                        .or_else(|| item.profile.avatar_media_url.get().map(str::to_string));
                }
            }
            Kind::Manifest => {
                let m = parse_json::<wire::Manifest>(file, a)?;
                if self.manifest.account_id.get().is_none() {
                    self.manifest = m.user_info;
                }
            }
            Kind::Other => {
                let data_type = a.global.strip_prefix("window.YTD.").unwrap_or(a.global);
                let data_type = data_type.rsplit_once('.').map_or(data_type, |(t, _)| t);
                self.alone.push((file, format!("\"{data_type}\" data")));
            }
        }
        Ok(())
    }

    /// True when each tweet can be converted as it is read, its wire struct dropped at once:
    /// the account file named the owner and there are no long posts to join by time and
    /// text. (Otherwise every tweet is kept until all are read; it costs memory.)
    fn converts_as_read(&self) -> bool {
        self.note_items.is_empty()
            && self
                .account
                .account_id
                .get()
                .or_else(|| self.manifest.account_id.get())
                .is_some()
            && self
                .account
                .username
                .get()
                .or_else(|| self.manifest.user_name.get())
                .is_some()
    }

    /// The owner as an author, and as the converter needs it: from the account, else the
    /// manifest, else inferred from the tweets kept so far.
    fn owner(&mut self) -> (Author, Owner) {
        let author = owner_author(
            &self.account,
            &self.manifest,
            self.avatar.take(),
            &self.tweets,
        );
        let owner = Owner {
            id: author.id.clone(),
            handle: if author.handle == UNKNOWN_HANDLE {
                String::new()
            } else {
                author.handle.clone()
            },
        };
        (author, owner)
    }

    /// Converts each tweets file as it is read (a file that fails adds nothing), then the
    /// tweets kept; the owner.
    fn convert_as_read(&mut self, out: &mut Converted) -> Author {
        let (author, owner) = self.owner();
        for tweets in std::mem::take(&mut self.tweets_files) {
            let mut file = Converted::default();
            let each = &mut |item: wire::TweetItem<'a>| file.convert(&item.tweet, &owner, None);
            match tweets.read_items(each) {
                Ok(whole) => {
                    if let Some(items) = whole {
                        file = Converted::default();
                        for item in items {
                            file.convert(&item.tweet, &owner, None);
                        }
                    }
                    self.read_tweets = true;
                    out.append(file);
                }
                Err(e) => self.errors.push(e),
            }
        }
        for t in &self.tweets {
            out.convert(t, &owner, None);
        }
        author
    }

    /// Reads every tweets file (a file that fails adds nothing), then converts all tweets at
    /// once: the owner inferred from them if need be, long posts joined to their cut
    /// entries; the owner.
    fn convert_at_end(&mut self, out: &mut Converted) -> Author {
        for tweets in std::mem::take(&mut self.tweets_files) {
            let mut items = Vec::new();
            match tweets.read_items(&mut |item| items.push(item)) {
                Ok(whole) => {
                    self.read_tweets = true;
                    let items = whole.unwrap_or(items);
                    self.tweets
                        .extend(items.into_iter().map(|i: wire::TweetItem| i.tweet));
                }
                Err(e) => self.errors.push(e),
            }
        }
        let (author, owner) = self.owner();
        let notes = notes::notes(std::mem::take(&mut self.note_items));
        let joined = notes::join(&self.tweets, &notes);
        for (i, t) in self.tweets.iter().enumerate() {
            let note = joined.get(&i).and_then(|&n| notes.get(n));
            out.convert(t, &owner, note);
        }
        author
    }

    /// The batch, and every error: the files', then those alone without tweets, then one
    /// for the tweets skipped.
    fn finish(
        self,
        author: Author,
        converted: Converted,
        streamed_file: Option<&str>,
    ) -> (Batch, Vec<ImportError>) {
        let mut errors = self.errors;
        if !self.read_tweets {
            for (file, what) in self.alone {
                errors.push(ImportError::new(
                    &file.name,
                    ImportErrorKind::ArchiveFileAlone { what },
                ));
            }
        }
        if let Some(first) = converted.skipped.first() {
            let file = match streamed_file {
                Some(name) => name,
                None => self
                    .files
                    .iter()
                    .find(|f| is_archive_file(&f.bytes))
                    .map_or("", |f| f.name.as_str()),
            };
            let more = match converted.skipped.len() {
                1 => String::new(),
                n => format!(" ({} more tweets skipped)", n - 1),
            };
            errors.push(ImportError::new(
                file,
                ImportErrorKind::Invalid {
                    format: FORMAT,
                    path: "tweets".to_string(),
                    message: format!("{first}{more}"),
                },
            ));
        }
        let has_account = self.account.account_id.get().is_some();
        let mut batch = Batch {
            posts: converted.posts,
            ..Batch::default()
        };
        if converted.count > 0 || has_account {
            batch.authors.push(author);
        }
        (batch, errors)
    }
}
