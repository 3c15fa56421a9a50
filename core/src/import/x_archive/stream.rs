//! A large `tweets.js` read while it arrives (`TweetsStream`): the app pushes each slice of
//! the file as it is read and the stream converts every whole element in it there and then,
//! so only a slice and a cut element are ever held. It takes the plain case only:
//! converting as read (the account names the owner, no long posts to join) and a file that
//! reads cleanly. At anything else it stops (`failed`), and the app imports the whole file
//! the usual way once it is read, which words every error exactly.

use super::convert::Owner;
use super::group::Converted;
use super::js::{assignment_head, kind_of, Kind};
use super::wire;
use crate::json::{FromJson, Reader};

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

pub struct TweetsStream {
    owner: Owner,
    state: State,
    /// Bytes pushed and not yet read: at most a slice and a cut element.
    buf: Vec<u8>,
    /// How much of `buf` is read.
    read: usize,
    converted: Converted,
}

impl TweetsStream {
    pub(super) fn new(owner: Owner) -> Self {
        TweetsStream {
            owner,
            state: State::Prefix,
            buf: Vec::new(),
            read: 0,
            converted: Converted::default(),
        }
    }

    /// The next bytes of the file; every element they complete is converted now.
    pub fn push(&mut self, bytes: &[u8]) {
        let copied: Result<(), std::convert::Infallible> = self.push_with(bytes.len(), |buf| {
            buf.extend_from_slice(bytes);
            Ok(())
        });
        let Ok(()) = copied;
    }

    /// `push` for a caller that copies the next `n` bytes of the file in itself: `fill` is
    /// given the stream's buffer, room made for them (what was read dropped, a cut element
    /// kept). Nothing is asked of `fill` once the stream failed.
    pub fn push_with<T, E>(
        &mut self,
        n: usize,
        fill: impl FnOnce(&mut Vec<u8>) -> Result<T, E>,
    ) -> Result<(), E> {
        if self.state == State::Failed {
            return Ok(());
        }
        self.buf.drain(..self.read.min(self.buf.len()));
        self.read = 0;
        self.buf.reserve(n);
        fill(&mut self.buf)?;
        self.convert_elements();
        Ok(())
    }

    /// True once the stream gave up: the file must be imported whole.
    pub fn failed(&self) -> bool {
        self.state == State::Failed
    }

    /// Tweets read so far.
    pub fn tweets_read(&self) -> usize {
        self.converted.count
    }

    /// Everything converted, once the whole file was pushed and read cleanly to its end
    /// (only whitespace and `;` after the array); None otherwise.
    pub fn finish(self) -> Option<Converted> {
        let rest = self.buf.get(self.read..).unwrap_or_default();
        let clean = rest.iter().all(|&b| b.is_ascii_whitespace() || b == b';');
        (self.state == State::End && clean).then_some(self.converted)
    }

    /// Reads and converts every whole element of what was pushed, up to a cut one (read
    /// again once more bytes are pushed), the array's end, or an error (the stream fails).
    fn convert_elements(&mut self) {
        if self.state == State::Prefix && !self.prefix() {
            return;
        }
        let State::Elements { mut first } = self.state else {
            return;
        };
        let rest = self.buf.get(self.read..).unwrap_or_default();
        let mut r = Reader::new(rest);
        // An error that reaches the end of what arrived means the element is cut.
        let cut = |e: &crate::json::JsonError| e.offset >= rest.len();
        let (state, read) = loop {
            let (before, first_before) = (r.offset(), first);
            let item = match r.next_element(&mut first) {
                Ok(true) => wire::TweetItem::read(&mut r).map(Some),
                Ok(false) => Ok(None),
                Err(e) => Err(e),
            };
            match item {
                Ok(Some(item)) => self.converted.convert(&item.tweet, &self.owner, None),
                Ok(None) => break (State::End, r.offset()),
                Err(e) if cut(&e) => {
                    let state = State::Elements {
                        first: first_before,
                    };
                    break (state, before);
                }
                Err(_) => break (State::Failed, 0),
            }
        };
        self.read += read;
        self.state = state;
        if state == State::Failed {
            self.buf = Vec::new();
        }
    }

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

    fn fail(&mut self) {
        self.state = State::Failed;
        self.buf = Vec::new();
    }
}
