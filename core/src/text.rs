//! Text segmentation: turns a source's raw text plus its entity ranges into model Segments.
//! Owns HTML-entity decoding (exactly once) and the index units each source uses
//! (X: Unicode code points).

use crate::model::Segment;

/// A URL entity of an X post: `[start, end)` in code points of the raw text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XUrl {
    pub start: usize,
    pub end: usize,
    /// "example.com/path…"
    pub display: String,
    /// The real target (v2: prefer `unwound_url`, then `expanded_url`).
    pub expanded: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XMention {
    pub start: usize,
    pub end: usize,
    pub handle: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XHashtag {
    pub start: usize,
    pub end: usize,
    pub tag: String,
}

/// The entities of one X post, in code-point indices of the raw (still entity-encoded) text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct XEntities {
    pub urls: Vec<XUrl>,
    pub mentions: Vec<XMention>,
    pub hashtags: Vec<XHashtag>,
    /// Ranges of media links ("pic.x.com/…"): removed from the text, the media is shown instead.
    pub media: Vec<(usize, usize)>,
}

/// Segments of an X post's raw text: only the `display_range` part (code points; None = all),
/// entities turned into Link/Mention/Hashtag segments, HTML entities decoded exactly once,
/// media links dropped, surrounding whitespace trimmed.
pub fn segment_x(raw: &str, display_range: Option<(usize, usize)>, entities: &XEntities) -> Vec<Segment> {
    let _ = (raw, display_range, entities);
    todo!("helper")
}
