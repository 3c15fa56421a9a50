//! A small reader for the HTML the components render, so tests assert on elements and
//! attributes rather than on attribute order. It reads the well-formed output of Yew's
//! renderer (quoted attribute values, void elements without closing tags), nothing more.

#[derive(Debug, Clone)]
pub struct Element<'a> {
    pub name: &'a str,
    pub attrs: Vec<(&'a str, &'a str)>,
    /// Byte range of the whole element, start tag to end tag.
    pub outer: std::ops::Range<usize>,
    /// Byte range of its content.
    pub inner: std::ops::Range<usize>,
    html: &'a str,
}

const VOID: [&str; 6] = ["img", "br", "input", "hr", "meta", "link"];

impl<'a> Element<'a> {
    pub fn attr(&self, name: &str) -> Option<&'a str> {
        self.attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_whitespace().any(|x| x == class))
    }

    pub fn inner_html(&self) -> &'a str {
        &self.html[self.inner.clone()]
    }

    pub fn outer_html(&self) -> &'a str {
        &self.html[self.outer.clone()]
    }

    /// The text content with tags removed (entities left as rendered).
    pub fn text(&self) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in self.inner_html().chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    /// Elements inside this one.
    pub fn select(&self, selector: &str) -> Vec<Element<'a>> {
        select(self.html, selector)
            .into_iter()
            .filter(|e| e.outer.start >= self.inner.start && e.outer.end <= self.inner.end)
            .collect()
    }

    pub fn first(&self, selector: &str) -> Element<'a> {
        self.select(selector)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no {selector} in {}", self.outer_html()))
    }
}

/// A start tag: its name, its attributes, and the index just after its '>'.
type StartTag<'a> = (&'a str, Vec<(&'a str, &'a str)>, usize);

/// Parses the start tag at `at` ('<' of it): name, attributes, and the index after '>'.
fn start_tag(html: &str, at: usize) -> Option<StartTag<'_>> {
    let rest = html.get(at + 1..)?;
    let name_len = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/')?;
    let name = &rest[..name_len];
    let mut i = at + 1 + name_len;
    let mut attrs = Vec::new();
    loop {
        let tail = html.get(i..)?;
        let skipped = tail.len() - tail.trim_start().len();
        i += skipped;
        let tail = html.get(i..)?;
        if let Some(t) = tail.strip_prefix("/>") {
            return Some((name, attrs, html.len() - t.len()));
        }
        if let Some(t) = tail.strip_prefix('>') {
            return Some((name, attrs, html.len() - t.len()));
        }
        let key_len = tail.find(|c: char| c == '=' || c.is_whitespace() || c == '>' || c == '/')?;
        let key = &tail[..key_len];
        i += key_len;
        if html.get(i..)?.starts_with("=\"") {
            let value_start = i + 2;
            let value_len = html.get(value_start..)?.find('"')?;
            attrs.push((key, &html[value_start..value_start + value_len]));
            i = value_start + value_len + 1;
        } else {
            attrs.push((key, ""));
        }
    }
}

/// Every element of `html`, in document order.
pub fn elements(html: &str) -> Vec<Element<'_>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rel) = html.get(from..).and_then(|t| t.find('<')) {
        let at = from + rel;
        from = at + 1;
        if html[at + 1..].starts_with('/') || html[at + 1..].starts_with('!') {
            continue;
        }
        let Some((name, attrs, after)) = start_tag(html, at) else {
            continue;
        };
        let (inner, outer_end) = if VOID.contains(&name) {
            (after..after, after)
        } else {
            let end = matching_close(html, name, after);
            (after..end, end + name.len() + 3)
        };
        out.push(Element {
            name,
            attrs,
            outer: at..outer_end,
            inner,
            html,
        });
    }
    out
}

fn matching_close(html: &str, name: &str, mut i: usize) -> usize {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut depth = 1;
    while let Some(rel) = html.get(i..).and_then(|t| t.find('<')) {
        let at = i + rel;
        let tail = &html[at..];
        if tail.starts_with(&close) {
            depth -= 1;
            if depth == 0 {
                return at;
            }
        } else if tail.starts_with(&open)
            && tail[open.len()..].starts_with(|c: char| c.is_whitespace() || c == '>')
        {
            depth += 1;
        }
        i = at + 1;
    }
    panic!("</{name}> missing in {html}")
}

/// Elements matching a simple selector: `tag`, `.class`, `tag.class.other`, optionally with
/// one `[attr=value]` or `[attr]` filter.
pub fn select<'a>(html: &'a str, selector: &str) -> Vec<Element<'a>> {
    let (main, filter) = match selector.split_once('[') {
        Some((m, f)) => (m, Some(f.trim_end_matches(']'))),
        None => (selector, None),
    };
    let mut parts = main.split('.');
    let tag = parts.next().unwrap_or("");
    let classes: Vec<&str> = parts.collect();
    elements(html)
        .into_iter()
        .filter(|e| tag.is_empty() || e.name == tag)
        .filter(|e| classes.iter().all(|c| e.has_class(c)))
        .filter(|e| match filter {
            None => true,
            Some(f) => match f.split_once('=') {
                Some((k, v)) => e.attr(k) == Some(v.trim_matches('"')),
                None => e.attr(f).is_some(),
            },
        })
        .collect()
}

pub fn first<'a>(html: &'a str, selector: &str) -> Element<'a> {
    select(html, selector)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no {selector} in {html}"))
}
