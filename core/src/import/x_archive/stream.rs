//! A large `tweets.js` read while it arrives (`TweetsStream`): the app pushes each slice of
//! the file as it is read and the stream converts every whole element so far, so parsing
//! overlaps the reading. It takes the plain case only: converting as read (the account
//! names the owner, no long posts to join) and a file that reads cleanly. At anything else
//! it stops (`failed`), and the app imports the whole file the usual way once it is read,
//! which words every error exactly.

use super::convert::Owner;
use super::js::{assignment_head, kind_of, Kind};
use super::steps::convert_one;
use super::wire;
use crate::json::{FromJson, Reader};
use crate::model::Post;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before the `[` after `window.YTD.tweets.part0 =`.
    Prefix,
    /// Inside the array; `first` until an element was read.
    Elements {
        first: bool,
    },
    /// After the array's `]`.
    End,
    Failed,
}

/// What a stream converted: posts, the tweets skipped (why), and how many tweets it read.
pub struct Streamed {
    pub(crate) posts: Vec<Post>,
    pub(crate) skipped: Vec<String>,
    pub(crate) count: usize,
}

pub struct TweetsStream {
    owner: Owner,
    state: State,
    /// Bytes pushed and not yet read: at most a slice and a cut element.
    buf: Vec<u8>,
    /// How much of `buf` is read.
    read: usize,
    streamed: Streamed,
}

impl TweetsStream {
    pub(super) fn new(owner: Owner) -> Self {
        TweetsStream {
            owner,
            state: State::Prefix,
            buf: Vec::new(),
            read: 0,
            streamed: Streamed {
                posts: Vec::new(),
                skipped: Vec::new(),
                count: 0,
            },
        }
    }

    /// The next bytes of the file.
    pub fn push(&mut self, bytes: &[u8]) {
        self.buffer(bytes.len()).extend_from_slice(bytes);
    }

    /// Where the next `n` bytes of the file go, for a caller that copies them in itself: the
    /// stream's buffer, what was read dropped from it (a cut element kept) and room made.
    pub fn buffer(&mut self, n: usize) -> &mut Vec<u8> {
        self.buf.drain(..self.read.min(self.buf.len()));
        self.read = 0;
        if self.state == State::Failed {
            self.buf.clear();
        }
        self.buf.reserve(n);
        &mut self.buf
    }

    /// True once the stream gave up: the file must be imported whole.
    pub fn failed(&self) -> bool {
        self.state == State::Failed
    }

    /// Reads and converts up to `n` whole elements of what was pushed; false when it needs
    /// more bytes (or has failed, or ended).
    pub fn step(&mut self, n: usize) -> bool {
        if self.state == State::Prefix && !self.prefix() {
            return false;
        }
        let State::Elements { mut first } = self.state else {
            return false;
        };
        let rest = self.buf.get(self.read..).unwrap_or_default();
        let mut r = Reader::new(rest);
        // An error that reaches the end of what arrived means the element is cut.
        let cut = |e: &crate::json::JsonError| e.offset >= rest.len();
        let mut outcome = Outcome::More;
        let mut cut_at = None;
        for _ in 0..n {
            let (before, first_before) = (r.offset(), first);
            let read = match r.next_element(&mut first) {
                Ok(true) => wire::TweetItem::read(&mut r).map(Some),
                Ok(false) => Ok(None),
                Err(e) => Err(e),
            };
            match read {
                Ok(Some(item)) => {
                    convert_one(
                        &item.tweet,
                        &self.owner,
                        None,
                        &mut self.streamed.posts,
                        &mut self.streamed.skipped,
                    );
                    self.streamed.count += 1;
                }
                Ok(None) => {
                    outcome = Outcome::End;
                    break;
                }
                Err(e) if cut(&e) => {
                    // Read it again once more bytes are pushed.
                    cut_at = Some(before);
                    first = first_before;
                    outcome = Outcome::Cut;
                    break;
                }
                Err(_) => {
                    outcome = Outcome::Failed;
                    break;
                }
            }
        }
        self.read += cut_at.unwrap_or(r.offset());
        self.state = match outcome {
            Outcome::More | Outcome::Cut => State::Elements { first },
            Outcome::End => State::End,
            Outcome::Failed => State::Failed,
        };
        if outcome == Outcome::Failed {
            self.buf = Vec::new();
        }
        outcome == Outcome::More
    }

    /// Everything converted, once the whole file was pushed and read cleanly to its end
    /// (only whitespace and `;` after the array); None otherwise.
    pub fn finish(mut self) -> Option<Streamed> {
        while self.step(usize::MAX) {}
        let rest = self.buf.get(self.read..).unwrap_or_default();
        let clean = rest.iter().all(|&b| b.is_ascii_whitespace() || b == b';');
        (self.state == State::End && clean).then_some(self.streamed)
    }

    fn fail(&mut self) {
        self.state = State::Failed;
        self.buf = Vec::new();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    More,
    Cut,
    End,
    Failed,
}

impl TweetsStream {
    /// Reads `window.YTD.tweets.partN = [`; false until it has all arrived.
    fn prefix(&mut self) -> bool {
        let bytes = self.buf.as_slice();
        let eq = match assignment_head(bytes) {
            Some((global, eq)) if kind_of(global) == Kind::Tweets => eq,
            // The head may not have all arrived yet.
            None if bytes.len() <= 512 => return false,
            _ => {
                self.fail();
                return false;
            }
        };
        let after = bytes.get(eq + 1..).unwrap_or_default();
        let Some(open) = after.iter().position(|b| !b.is_ascii_whitespace()) else {
            return false;
        };
        if after.get(open) != Some(&b'[') {
            self.fail();
            return false;
        }
        self.read = eq + 1 + open + 1;
        self.state = State::Elements { first: true };
        true
    }
}
