//! The one rule for URLs from imported data: which may become an `href` or `src` — absolute
//! http(s) only. Everything else (`javascript:`, `data:`, `vbscript:`, relative paths, junk)
//! is shown as plain text or dropped, never linked. Importers keep a source's URL by it, the
//! HTML and Bluesky converters link by it, and the page checks it again as it renders.

/// `url` when it is safe to put in an `href`/`src`, else None.
pub fn safe_url(url: &str) -> Option<&str> {
    // Browsers strip leading spaces and controls before parsing a URL, so " javascript:…"
    // is a script URL: the scheme must be the very first thing, and no control characters
    // may hide anywhere in it.
    let scheme_len = scheme_len(url)?;
    (url.len() > scheme_len && !url.chars().any(char::is_control)).then_some(url)
}

/// The first of `candidates` that is a safe URL, as an owned string: how a converter picks
/// among a source's alternatives ("the still image, else the animated one").
pub fn first_safe<'a>(candidates: impl IntoIterator<Item = Option<&'a str>>) -> Option<String> {
    candidates
        .into_iter()
        .flatten()
        .find_map(safe_url)
        .map(str::to_string)
}

/// The host of a safe URL with its port, if any, and without credentials, as written:
/// "Example.org:8080" for "https://user@Example.org:8080/a?b". None when `url` is not safe
/// or names no host.
pub fn host(url: &str) -> Option<&str> {
    let rest = url.get(scheme_len(safe_url(url)?)?..)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = authority.rsplit('@').next().unwrap_or(authority);
    (!host.is_empty()).then_some(host)
}

/// The length of an "http://" or "https://" prefix (in any case), or None.
fn scheme_len(url: &str) -> Option<usize> {
    let has = |prefix: &str| {
        url.get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
    };
    if has("https://") {
        Some(8)
    } else if has("http://") {
        Some(7)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_and_https_pass() {
        assert_eq!(
            safe_url("https://example.com/a?b#c"),
            Some("https://example.com/a?b#c")
        );
        assert_eq!(safe_url("http://example.com"), Some("http://example.com"));
        assert_eq!(safe_url("HTTPS://EXAMPLE.COM"), Some("HTTPS://EXAMPLE.COM"));
        assert_eq!(safe_url("http://a"), Some("http://a"));
    }

    #[test]
    fn script_data_and_relative_targets_are_refused() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "\tjavascript:alert(1)",
            " https://example.com",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "//evil.example/x",
            "/relative",
            "example.com",
            "",
            "https://",
            "http:",
            "https:evil",
            "ftp://example.org",
            "https://exa\u{0}mple.com",
            "https://example.com/\nx",
            "é",
        ] {
            assert_eq!(safe_url(bad), None, "{bad:?} must not become a link");
        }
    }

    #[test]
    fn the_first_safe_candidate_is_taken() {
        assert_eq!(
            first_safe([
                None,
                Some("javascript:x"),
                Some("https://b"),
                Some("https://c")
            ]),
            Some("https://b".to_string())
        );
        assert_eq!(first_safe([Some(""), Some("data:x")]), None);
        assert_eq!(first_safe([]), None);
    }

    #[test]
    fn hosts_keep_their_port_and_lose_credentials() {
        assert_eq!(
            host("https://Mastodon.Social/@Gargron/1"),
            Some("Mastodon.Social")
        );
        assert_eq!(host("http://localhost:3000/@a?b"), Some("localhost:3000"));
        assert_eq!(host("https://user:pw@host.example#x"), Some("host.example"));
        assert_eq!(host("https://?q"), None);
        assert_eq!(host("https://user@/"), None);
        assert_eq!(host("javascript:alert(1)"), None);
        assert_eq!(host("https://"), None);
    }
}
