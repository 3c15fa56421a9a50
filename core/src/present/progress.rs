//! A load's progress in words, for the bar the page shows while it runs: "Read 12.4 MB of
//! 91.0 MB · 40,120 posts", and numbers with thousands grouped ("844,386").

use crate::protocol::Progress;

/// The progress bar's accessible name.
pub const PROGRESS_TITLE: &str = "Loading";

/// "844,386": `n` with its thousands grouped by commas.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "Read 12.4 MB of 91.0 MB · 40,120 posts"; "Loading…" before anything is read.
pub fn progress_label(p: &Progress) -> String {
    let mut parts = Vec::new();
    if p.bytes_total > 0 {
        parts.push(format!(
            "Read {} of {}",
            megabytes(p.bytes_read),
            megabytes(p.bytes_total)
        ));
    }
    if p.posts > 0 {
        let noun = if p.posts == 1 { "post" } else { "posts" };
        parts.push(format!("{} {noun}", grouped(p.posts)));
    }
    if parts.is_empty() {
        "Loading…".to_string()
    } else {
        parts.join(" · ")
    }
}

/// "12.4 MB" (decimal megabytes, one decimal); "0.3 MB" under one.
fn megabytes(bytes: u64) -> String {
    let tenths = bytes.saturating_add(50_000) / 100_000;
    format!("{}.{} MB", grouped(tenths / 10), tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_says_bytes_then_posts() {
        let p = Progress {
            bytes_read: 12_360_000,
            bytes_total: 91_000_000,
            posts: 40_120,
        };
        assert_eq!(progress_label(&p), "Read 12.4 MB of 91.0 MB · 40,120 posts");
        assert_eq!(progress_label(&Progress::default()), "Loading…");
        let one = Progress {
            posts: 1,
            ..Progress::default()
        };
        assert_eq!(progress_label(&one), "1 post");
        assert_eq!(grouped(1_209_063), "1,209,063");
        assert_eq!(grouped(999), "999");
        assert_eq!(megabytes(1_234_567_890), "1,234.6 MB");
    }
}
