//! An X archive import in steps (`ArchiveSteps`): the small files at once, then the tweets
//! files a number of elements per step, each tweet converted as it is read when nothing
//! needs them all, else all converted at the end (owner inference, long-post join).

use super::convert::{self, Owner};
use super::js::{parse_items, parse_json, split_assignment, Assignment, ItemsCursor, Kind};
use super::stream::{Streamed, TweetsStream};
use super::{is_archive_file, notes, owner_author, wire, FORMAT, UNKNOWN_HANDLE};
use crate::error::{ImportError, ImportErrorKind};
use crate::import::InputFile;
use crate::model::{Author, Batch};

/// Tweets parsed, then converted, per step of `ArchiveSteps::step`: a few milliseconds of
/// wasm, so the app's 30 ms slices end close to 30 ms.
pub const TWEETS_PER_STEP: usize = 100;

/// An archive import in steps, so the app can yield to the browser between them: the small
/// files (account, profile, notes, manifest) at once, then the tweets files a number of
/// tweets per step, then their conversion to posts the same way.
pub struct ArchiveSteps<'a> {
    files: Vec<&'a InputFile>,
    errors: Vec<ImportError>,
    account: wire::Account<'a>,
    manifest: wire::UserInfo<'a>,
    avatar: Option<String>,
    note_items: Vec<wire::NoteItem<'a>>,
    read_tweets: bool,
    /// Files with nothing to show on their own: (file, what they hold).
    alone: Vec<(&'a InputFile, String)>,
    /// Tweets files still to read, the first one partly read.
    pending: Vec<(ItemsCursor<'a>, Vec<wire::TweetItem<'a>>)>,
    tweets: Vec<wire::Tweet<'a>>,
    /// Posts converted as they were read (see `streaming`), of the file being read: they
    /// join `posts` once the whole file has read cleanly.
    file_posts: Vec<crate::model::Post>,
    /// Tweets read from files that read cleanly, and from the file being read.
    tweet_count: usize,
    file_tweet_count: usize,
    file_skipped: Vec<String>,
    /// Set once every file is read: what converting the tweets needs.
    converting: Option<Converting>,
    posts: Vec<crate::model::Post>,
    skipped: Vec<String>,
    /// The tweets file read as a stream (`stream`), when one was: errors name it.
    streamed_file: Option<String>,
}

/// Converts one tweet into `posts`, or notes why it was skipped.
pub(super) fn convert_one(
    t: &wire::Tweet<'_>,
    owner: &Owner,
    note: Option<&notes::Note>,
    posts: &mut Vec<crate::model::Post>,
    skipped: &mut Vec<String>,
) {
    match convert::convert(t, owner, note) {
        Ok(post) => posts.push(post),
        Err((field, message)) => skipped.push(format!(
            "tweet {}: {field}: {message}",
            convert::tweet_id(t).unwrap_or("?")
        )),
    }
}

struct Converting {
    author: Author,
    owner: Owner,
    notes: Vec<notes::Note>,
    joined: std::collections::HashMap<usize, usize>,
    next: usize,
}

impl<'a> ArchiveSteps<'a> {
    /// Reads the small files; the tweets files wait for `step`.
    pub fn new(files: &[&'a InputFile]) -> Self {
        let mut steps = ArchiveSteps {
            files: files.to_vec(),
            errors: Vec::new(),
            account: wire::Account::default(),
            manifest: wire::UserInfo::default(),
            avatar: None,
            note_items: Vec::new(),
            read_tweets: false,
            alone: Vec::new(),
            pending: Vec::new(),
            tweets: Vec::new(),
            file_posts: Vec::new(),
            tweet_count: 0,
            file_tweet_count: 0,
            file_skipped: Vec::new(),
            converting: None,
            posts: Vec::new(),
            skipped: Vec::new(),
            streamed_file: None,
        };
        for &file in files {
            // A tweets file is read as bytes, in steps; the others (small) as text at once.
            if let Some(cursor) = ItemsCursor::over_tweets(file) {
                steps.pending.push((cursor, Vec::new()));
                continue;
            }
            let text = match std::str::from_utf8(&file.bytes) {
                Ok(text) => text,
                Err(e) => {
                    steps.errors.push(ImportError::new(
                        &file.name,
                        ImportErrorKind::NotText {
                            offset: e.valid_up_to(),
                        },
                    ));
                    continue;
                }
            };
            let read = split_assignment(file, text).and_then(|a| steps.read_small(file, &a));
            if let Err(e) = read {
                steps.errors.push(e);
            }
        }
        steps.pending.reverse();
        steps
    }

    fn read_small(&mut self, file: &'a InputFile, a: &Assignment<'a>) -> Result<(), ImportError> {
        match a.kind {
            Kind::Tweets => {
                let items = parse_items::<wire::TweetItem>(file, a)?;
                self.read_tweets = true;
                self.tweet_count += items.len();
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
    fn streaming(&self) -> bool {
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

    /// The owner and the notes joined to their tweets, made once before the first conversion.
    fn converting(&mut self) -> &mut Converting {
        self.converting.get_or_insert_with(|| {
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
            let notes = notes::notes(std::mem::take(&mut self.note_items));
            let joined = notes::join(&self.tweets, &notes);
            Converting {
                author,
                owner,
                notes,
                joined,
                next: 0,
            }
        })
    }

    /// Reads or converts up to `n` tweets; true once everything is done.
    pub fn step(&mut self, n: usize) -> bool {
        let streaming = self.streaming();
        if streaming {
            self.converting();
        }
        if let Some((cursor, items)) = self.pending.last_mut() {
            let read = cursor.next_items(n, items);
            if cursor.take_restarted() {
                self.file_posts.clear();
                self.file_skipped.clear();
                self.file_tweet_count = 0;
            }
            if let (true, Some(c), Ok(_)) = (streaming, &self.converting, &read) {
                for item in items.drain(..) {
                    convert_one(
                        &item.tweet,
                        &c.owner,
                        None,
                        &mut self.file_posts,
                        &mut self.file_skipped,
                    );
                    self.file_tweet_count += 1;
                }
            }
            match read {
                Ok(false) => {}
                Ok(true) => {
                    let items = std::mem::take(items);
                    self.read_tweets = true;
                    self.tweet_count += std::mem::take(&mut self.file_tweet_count) + items.len();
                    self.tweets.extend(items.into_iter().map(|i| i.tweet));
                    if self.posts.is_empty() {
                        // The usual single tweets file: moved, not copied.
                        std::mem::swap(&mut self.posts, &mut self.file_posts);
                    } else {
                        self.posts.append(&mut self.file_posts);
                    }
                    self.skipped.append(&mut self.file_skipped);
                    self.pending.pop();
                }
                Err(e) => {
                    self.errors.push(e);
                    self.file_posts.clear();
                    self.file_skipped.clear();
                    self.file_tweet_count = 0;
                    self.pending.pop();
                }
            }
            return false;
        }
        self.converting();
        let Some(c) = self.converting.as_mut() else {
            return true;
        };
        let end = c.next.saturating_add(n).min(self.tweets.len());
        for (i, t) in self.tweets.iter().enumerate().take(end).skip(c.next) {
            let note = c.joined.get(&i).and_then(|&n| c.notes.get(n));
            convert_one(t, &c.owner, note, &mut self.posts, &mut self.skipped);
        }
        c.next = end;
        end >= self.tweets.len()
    }

    /// A stream for the tweets file, read as it arrives, when the files given (the archive's
    /// others) allow converting as read and hold no tweets file themselves.
    pub fn stream(&mut self) -> Option<TweetsStream> {
        if !self.streaming() || !self.pending.is_empty() || self.read_tweets {
            return None;
        }
        Some(TweetsStream::new(self.converting().owner.clone()))
    }

    /// What a stream of `file` converted, as if the file had been given.
    pub fn add_streamed(&mut self, file: &str, streamed: Streamed) {
        self.read_tweets = true;
        self.tweet_count += streamed.count;
        if self.posts.is_empty() {
            self.posts = streamed.posts;
        } else {
            self.posts.extend(streamed.posts);
        }
        self.skipped.extend(streamed.skipped);
        self.streamed_file = Some(file.to_string());
    }

    /// What the steps imported, and every error.
    pub fn finish(mut self) -> (Batch, Vec<ImportError>) {
        while !self.step(usize::MAX) {}
        let mut errors = self.errors;
        let mut batch = Batch {
            posts: self.posts,
            ..Batch::default()
        };
        if !self.read_tweets {
            for (file, what) in self.alone {
                errors.push(ImportError::new(
                    &file.name,
                    ImportErrorKind::ArchiveFileAlone { what },
                ));
            }
        }
        if let Some(first) = self.skipped.first() {
            let file = match &self.streamed_file {
                Some(name) => name.as_str(),
                None => self
                    .files
                    .iter()
                    .find(|f| is_archive_file(&f.bytes))
                    .map_or("", |f| f.name.as_str()),
            };
            let more = match self.skipped.len() {
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
        if let Some(c) = self.converting {
            if self.tweet_count > 0 || has_account {
                batch.authors.push(c.author);
            }
        }
        (batch, errors)
    }
}
