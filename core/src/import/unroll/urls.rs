//! The one URL rule (`crate::url`) applied to an Unroll document, as every other importer
//! applies it while converting: a file that says it is Unroll JSON may have been written by
//! anyone, so a link whose target is not an absolute http(s) URL becomes its text, and an
//! image, card or avatar from such a URL is dropped.

use crate::model::{Author, Batch, LinkCard, Media, MediaKind, Post, Quote, Segment};
use crate::url::safe_url;

/// `batch` with every URL it holds kept only by the rule.
pub(super) fn keep_safe(mut batch: Batch) -> Batch {
    batch.authors.iter_mut().for_each(author);
    batch.posts.iter_mut().for_each(post);
    batch
}

fn safe(url: &str) -> bool {
    safe_url(url).is_some()
}

fn optional(url: &mut Option<String>) {
    if url.as_deref().is_some_and(|u| !safe(u)) {
        *url = None;
    }
}

fn required(url: &mut String) {
    if !safe(url) {
        url.clear();
    }
}

fn author(a: &mut Author) {
    optional(&mut a.avatar_url);
    a.emojis.retain(|e| safe(&e.url));
}

fn post(p: &mut Post) {
    required(&mut p.permalink);
    segments(&mut p.segments);
    media(&mut p.media);
    if let Some(q) = p.quote.as_mut() {
        quote(q);
    }
    if p.card.as_ref().is_some_and(|c| !safe(&c.url)) {
        p.card = None;
    }
    if let Some(LinkCard { thumb, .. }) = p.card.as_mut() {
        optional(thumb);
    }
}

fn quote(q: &mut Quote) {
    required(&mut q.permalink);
    if let Some(a) = q.author.as_mut() {
        author(a);
    }
    segments(&mut q.segments);
    media(&mut q.media);
}

/// A linked segment whose target breaks the rule shows as the text it would have linked.
fn segments(segments: &mut [Segment]) {
    for s in segments {
        let text = match s {
            Segment::Text { .. } => continue,
            Segment::Link { url, .. }
            | Segment::Mention { url, .. }
            | Segment::Hashtag { url, .. }
            | Segment::Emoji { url, .. }
                if safe(url) =>
            {
                continue
            }
            Segment::Link { text, .. } => std::mem::take(text),
            Segment::Mention { handle, .. } => format!("@{handle}"),
            Segment::Hashtag { tag, .. } => format!("#{tag}"),
            Segment::Emoji { shortcode, .. } => format!(":{shortcode}:"),
        };
        *s = Segment::Text { text };
    }
}

/// A URL breaking the rule is cleared; a photo without its image goes, and so does a video,
/// GIF or file left with neither a preview nor a link (as the Mastodon converter keeps a
/// video with only its link).
fn media(media: &mut Vec<Media>) {
    for m in media.iter_mut() {
        optional(&mut m.link);
        required(&mut m.url);
    }
    media.retain(|m| match m.kind {
        MediaKind::Photo => !m.url.is_empty(),
        _ => !m.url.is_empty() || m.link.is_some(),
    });
}
