//! The app's URL, as pure functions: the open thread lives in the fragment (`#t=<id>`, so
//! back/forward and reload keep it), and `?src=` URLs are vetted before anything is fetched
//! (same origin, http(s) only).

use crate::error::LoadError;

/// The sample archive bundled under `samples/` (Trunk copies `assets/samples` into `dist/`).
pub const SAMPLE_FILES: [&str; 3] = [
    "samples/twitter-archive/alrocar_2022/account.js",
    "samples/twitter-archive/alrocar_2022/profile.js",
    "samples/twitter-archive/alrocar_2022/tweets.js",
];

/// "#t=<id>", the id percent-encoded so any source's ids survive the URL.
pub fn thread_fragment(id: &str) -> String {
    let mut out = String::from("#t=");
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The thread id in a fragment ("#t=123", also "t=123" and "#foo&t=123"), decoded.
pub fn thread_from_fragment(fragment: &str) -> Option<String> {
    let body = fragment.strip_prefix('#').unwrap_or(fragment);
    let raw = body.split('&').find_map(|part| part.strip_prefix("t="))?;
    let id = percent_decode(raw)?;
    (!id.is_empty()).then_some(id)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Whether a `?src` value, resolved by the browser against the page, may be fetched: it must
/// be http(s) and on the page's own origin. `protocol` is e.g. "https:".
pub fn vet_src(
    src: &str,
    protocol: &str,
    origin: &str,
    page_origin: &str,
) -> Result<(), LoadError> {
    if protocol != "http:" && protocol != "https:" {
        return Err(LoadError::Refused {
            src: src.to_string(),
            reason: "only http(s) URLs can be loaded with ?src".to_string(),
        });
    }
    if origin != page_origin {
        return Err(LoadError::Refused {
            src: src.to_string(),
            reason: format!("only files from this site ({page_origin}) can be loaded with ?src"),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip_any_id() {
        for id in [
            "1591502839669886978",
            "at://did:plc:x/app.bsky.feed.post/3k",
            "a b&c=d#é",
        ] {
            let f = thread_fragment(id);
            assert!(f.starts_with("#t="));
            assert!(!f[3..].contains(['&', '#', ' ', '=']), "{f}");
            assert_eq!(thread_from_fragment(&f).as_deref(), Some(id));
        }
        assert_eq!(thread_fragment("123"), "#t=123");
    }

    #[test]
    fn fragments_without_a_thread_give_none() {
        assert_eq!(thread_from_fragment(""), None);
        assert_eq!(thread_from_fragment("#"), None);
        assert_eq!(thread_from_fragment("#t="), None);
        assert_eq!(thread_from_fragment("#top"), None);
        assert_eq!(thread_from_fragment("#t=%E"), None, "broken escape");
        assert_eq!(thread_from_fragment("#t=%FF"), None, "not UTF-8");
        assert_eq!(thread_from_fragment("#x=1&t=42").as_deref(), Some("42"));
    }

    #[test]
    fn same_origin_http_sources_pass() {
        assert_eq!(
            vet_src(
                "a.json",
                "http:",
                "http://127.0.0.1:8080",
                "http://127.0.0.1:8080"
            ),
            Ok(())
        );
    }

    #[test]
    fn other_origins_and_schemes_are_refused_with_a_reason() {
        let cross = vet_src(
            "https://evil.example/t.json",
            "https:",
            "https://evil.example",
            "http://127.0.0.1:8080",
        );
        assert!(
            matches!(&cross, Err(LoadError::Refused { src, .. }) if src == "https://evil.example/t.json")
        );
        let data = vet_src(
            "data:application/json,{}",
            "data:",
            "null",
            "http://127.0.0.1:8080",
        );
        assert!(
            matches!(&data, Err(LoadError::Refused { reason, .. }) if reason.contains("http(s)"))
        );
        let js = vet_src(
            "javascript:alert(1)",
            "javascript:",
            "null",
            "http://127.0.0.1:8080",
        );
        assert!(js.is_err());
    }
}
