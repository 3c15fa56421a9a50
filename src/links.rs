//! Which URLs from imported data may become an `href` or `src`: absolute http(s) only.
//! Everything else (`javascript:`, `data:`, `vbscript:`, relative paths, junk) is shown as
//! plain text or dropped, never linked.

/// `url` when it is safe to put in an `href`/`src`, else None.
pub fn safe_url(url: &str) -> Option<&str> {
    // Browsers strip leading spaces and controls before parsing a URL, so " javascript:…"
    // is a script URL: the scheme must be the very first thing, and no control characters
    // may hide anywhere in it.
    let has = |prefix: &str| {
        url.get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
    };
    let scheme_len = if has("https://") {
        8
    } else if has("http://") {
        7
    } else {
        return None;
    };
    (url.len() > scheme_len && !url.chars().any(char::is_control)).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::safe_url;

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
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "//evil.example/x",
            "/relative",
            "example.com",
            "",
            "https://",
            "http:",
            "https://exa\u{0}mple.com",
            "https://example.com/\nx",
            "é",
        ] {
            assert_eq!(safe_url(bad), None, "{bad:?} must not become a link");
        }
    }
}
