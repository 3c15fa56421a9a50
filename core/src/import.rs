//! Format detection by content (never by file name) and dispatch to one importer per format.
//!
//! X archive files (`window.YTD.… = …`) are recognised by their prefix and imported together,
//! so `account.js` can name the author of `tweets.js`. Every other file must be JSON (a UTF-8
//! BOM is accepted): one pass sniffs each top-level value's keys (see `detect`), then the
//! format's importer parses only the parts it needs. Several values in one file (JSON Lines,
//! as twarc writes) are read one after another. For a top-level array, the first element's
//! keys decide (an array of X API v1.1 statuses is a timeline).
//! A whole X archive .zip (`PK\x03\x04`) is opened first (`zip`): its archive files join the
//! files dropped beside it.

pub mod bluesky;
mod detect;
pub mod mastodon;
mod position;
mod shown;
pub mod unroll;
mod values;
pub mod x_archive;
pub mod x_graphql;
pub mod x_v1;
pub mod x_v2;
pub mod zip;

use crate::json::{self, Raw};

use crate::error::{ImportError, ImportErrorKind};
use crate::model::Batch;
use detect::{Envelope, JsonKind, Top};
use position::{char_column, syntax};
pub(crate) use position::{invalid, parse_part, path_prefix};
pub use values::SkippedLine;

/// One file as the person dropped it.
#[derive(Debug, Clone)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Import several files dropped together. Files of one X archive (account.js, profile.js,
/// tweets.js, tweets-part1.js …) are joined: the account names the author of the tweets.
/// Each file that fails gives its own error; the others still import.
pub fn import_files(files: &[InputFile]) -> (Batch, Vec<ImportError>) {
    let (unzipped, mut errors) = unzip(files);
    let (batch, import_errors) = import_unzipped(files, &unzipped);
    errors.extend(import_errors);
    (batch, errors)
}

/// The wanted entries of every whole X archive .zip among `files` (held in memory), and an
/// error for each zip that cannot be read; together they inflate at most
/// `zip::MAX_LOAD_INFLATED` bytes. The app reads a dropped zip entry by entry itself.
pub fn unzip(files: &[InputFile]) -> (Vec<InputFile>, Vec<ImportError>) {
    let mut unzipped = Vec::new();
    let mut errors = Vec::new();
    let mut budget = zip::InflateBudget::default();
    for file in files.iter().filter(|f| zip::is_zip(&f.bytes)) {
        match zip::read_archive_within(&file.bytes, &mut budget) {
            Ok(entries) => unzipped.extend(entries),
            Err(kind) => errors.push(ImportError::new(file.name.clone(), kind)),
        }
    }
    (unzipped, errors)
}

/// `files` and `unzipped` (the entries of zips, see `unzip`) imported together; zips among
/// `files` are skipped.
pub fn import_unzipped(files: &[InputFile], unzipped: &[InputFile]) -> (Batch, Vec<ImportError>) {
    import_together(files, unzipped, None)
}

/// A stream for an archive's large tweets file, to be pushed as it is read, when the other
/// files dropped with it (`files` and `unzipped`) allow one: see `x_archive::TweetsStream`.
pub fn tweets_stream(
    files: &[InputFile],
    unzipped: &[InputFile],
) -> Option<x_archive::TweetsStream> {
    let (archive, _) = archive_and_others(files, unzipped);
    x_archive::tweets_stream(&archive)
}

/// `import_unzipped` with what a stream of the tweets file `name` converted.
pub fn import_streamed(
    files: &[InputFile],
    unzipped: &[InputFile],
    name: &str,
    streamed: x_archive::Converted,
) -> (Batch, Vec<ImportError>) {
    import_together(files, unzipped, Some((name, streamed)))
}

/// The archive's files first (imported as one), then every other file on its own.
fn import_together(
    files: &[InputFile],
    unzipped: &[InputFile],
    streamed: Option<(&str, x_archive::Converted)>,
) -> (Batch, Vec<ImportError>) {
    let (archive, others) = archive_and_others(files, unzipped);
    let mut batch = Batch::default();
    let mut errors = Vec::new();
    if !archive.is_empty() {
        let (mut b, errs) = match streamed {
            Some((name, streamed)) => x_archive::import_streamed(&archive, name, streamed),
            None => x_archive::import_group(&archive),
        };
        // account.js and profile.js alone name the authors of tweets loaded before or after
        // them: that is not "nothing".
        if errs.is_empty() && !b.posts.is_empty() {
            let name = archive.iter().map(|f| f.name.as_str()).collect::<Vec<_>>();
            let kind = shown::nothing_shown(&b);
            errors.extend(kind.map(|kind| ImportError::new(name.join(", "), kind)));
        }
        shown::mark_threadless(&mut b);
        append(&mut batch, b);
        errors.extend(errs);
    }
    for file in others {
        match import_json_file(&file.bytes) {
            Ok((mut b, notice)) => {
                let notice = notice.into_iter().chain(shown::nothing_shown(&b));
                errors.extend(notice.map(|kind| ImportError::new(file.name.clone(), kind)));
                shown::mark_threadless(&mut b);
                append(&mut batch, b)
            }
            Err(kind) => errors.push(ImportError::new(file.name.clone(), kind)),
        }
    }
    (batch, errors)
}

/// The files of an X archive, and the others, each in the order given; zips left out.
fn archive_and_others<'a>(
    files: &'a [InputFile],
    unzipped: &'a [InputFile],
) -> (Vec<&'a InputFile>, Vec<&'a InputFile>) {
    let files = files
        .iter()
        .chain(unzipped)
        .filter(|f| !zip::is_zip(&f.bytes));
    files.partition(|f| x_archive::is_archive_file(&f.bytes))
}

/// Moves `from` into `into`; into an empty batch without copying (100k posts are 30 MB).
fn append(into: &mut Batch, from: Batch) {
    if into.posts.is_empty() && into.authors.is_empty() {
        *into = from;
        return;
    }
    into.authors.extend(from.authors);
    into.posts.extend(from.posts);
}

/// One JSON (or JSON Lines) file, whatever its name, and the notice of the JSON Lines lines
/// it skipped, if any.
fn import_json_file(bytes: &[u8]) -> Result<(Batch, Option<ImportErrorKind>), ImportErrorKind> {
    let text = std::str::from_utf8(bytes).map_err(|e| ImportErrorKind::NotText {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

    let (values, skipped) = values::read_values(text).map_err(|e| syntax(text, &e))?;
    let notice = (!skipped.is_empty()).then_some(ImportErrorKind::SkippedLines {
        read: values.len(),
        skipped,
    });
    if values.is_empty() {
        // Only whitespace: say so, with the position of its end.
        return match json::from_slice::<json::Skip>(text.as_bytes()) {
            Err(e) => Err(syntax(text, &e)),
            Ok(_) => Err(ImportErrorKind::UnknownFormat),
        };
    }
    let several = values.len() > 1;

    let mut v2_pages = Vec::new();
    let mut v1_parts = Vec::new();
    let mut mastodon_parts = Vec::new();
    let mut batch = Batch::default();
    for (line, top, raw) in values {
        let line = several.then_some(line);
        let env = match top {
            Top::Object(env) => env,
            Top::Array(Some(first)) if first.is_x_v1_status() => {
                v1_parts.push(x_v1::Part::array(text, line, raw, ""));
                continue;
            }
            Top::Array(Some(first)) if first.is_mastodon_status() => {
                mastodon_parts.push(mastodon::Part::statuses(text, line, raw));
                continue;
            }
            Top::Array(Some(first)) if first.is_x_v2_tweet() => {
                v2_pages.push(x_v2::Page::flat(text, line, raw));
                continue;
            }
            Top::Array(_) | Top::Other => return Err(ImportErrorKind::UnknownFormat),
        };
        match detect_format(&env) {
            Some(Detected::Unroll) => append(&mut batch, unroll::import(text, &env, line)?),
            Some(Detected::XApiV2) => v2_pages.push(x_v2::Page {
                doc: text,
                line,
                data: env.data,
                includes: env.includes,
                flat: None,
            }),
            Some(Detected::XApiV2Flat) => v2_pages.push(x_v2::Page::flat(text, line, raw)),
            Some(Detected::XApiV1) => v1_parts.push(x_v1::Part::status(text, line, raw)),
            Some(Detected::XApiV1Search) => {
                let statuses = env.statuses.map_or("[]", Raw::get);
                v1_parts.push(x_v1::Part::array(text, line, statuses, "statuses"));
            }
            Some(Detected::XApiV1Premium) => {
                let results = env.results.map_or("[]", Raw::get);
                v1_parts.push(x_v1::Part::array(text, line, results, "results"));
            }
            Some(Detected::XGraphql) => {
                append(&mut batch, x_graphql::import(text, env.data, line)?)
            }
            Some(Detected::Bluesky) => {
                if let Some(thread) = env.thread {
                    append(&mut batch, bluesky::import(text, thread, line)?);
                }
            }
            Some(Detected::MastodonStatus) => {
                mastodon_parts.push(mastodon::Part::status(text, line, raw));
            }
            Some(Detected::MastodonContext) => {
                mastodon_parts.push(mastodon::Part::context(text, line, raw));
            }
            None => return Err(ImportErrorKind::UnknownFormat),
        }
    }
    if !v2_pages.is_empty() {
        append(&mut batch, x_v2::import(&v2_pages)?);
    }
    if !v1_parts.is_empty() {
        append(&mut batch, x_v1::import(&v1_parts)?);
    }
    if !mastodon_parts.is_empty() {
        append(&mut batch, mastodon::import(&mastodon_parts)?);
    }
    Ok((batch, notice))
}

enum Detected {
    Unroll,
    XApiV2,
    /// twarc2 `flatten` output: a v2 tweet with its expansions inlined.
    XApiV2Flat,
    XApiV1,
    XApiV1Search,
    /// v1.1 premium search: `{"results": […], "next", "requestParameters"}`.
    XApiV1Premium,
    XGraphql,
    Bluesky,
    MastodonStatus,
    MastodonContext,
}

fn detect_format(env: &Envelope<'_>) -> Option<Detected> {
    if let Some(format) = env.format {
        let name = json::from_slice::<String>(format.get().as_bytes()).ok();
        let is_unroll = name.as_deref() == Some(unroll::FORMAT_NAME);
        return is_unroll.then_some(Detected::Unroll);
    }
    // GraphQL responses may carry `errors` too: they are told apart by `data` first.
    if env.data.is_some_and(detect::looks_like_x_graphql) {
        return Some(Detected::XGraphql);
    }
    if env.is_x_v1_status() {
        return Some(Detected::XApiV1);
    }
    if env
        .statuses
        .is_some_and(|s| detect::kind_of(s) == JsonKind::Array)
    {
        return Some(Detected::XApiV1Search);
    }
    if env.is_x_v1_premium_search() {
        return Some(Detected::XApiV1Premium);
    }
    if env.thread.is_some_and(detect::looks_like_bluesky_thread) {
        return Some(Detected::Bluesky);
    }
    if env.is_mastodon_context() {
        return Some(Detected::MastodonContext);
    }
    if env.is_mastodon_status() {
        return Some(Detected::MastodonStatus);
    }
    if env.is_x_v2_tweet() {
        return Some(Detected::XApiV2Flat);
    }
    if env.includes.is_some() || env.errors.is_some() || env.meta.is_some() {
        return Some(Detected::XApiV2);
    }
    let data = env.data?;
    match detect::kind_of(data) {
        // "data" holding tweets, or holding something no v2 response has: in both cases
        // the file meant to be v2, and a wrong type is reported with its path.
        JsonKind::Object | JsonKind::Array if detect::looks_like_tweets(data) => {
            Some(Detected::XApiV2)
        }
        JsonKind::Object | JsonKind::Array => None,
        JsonKind::Null | JsonKind::Scalar => Some(Detected::XApiV2),
    }
}
