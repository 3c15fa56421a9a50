//! What can go wrong while loading: import errors from core plus the browser's own failures
//! (a file that cannot be read, a `?src` that cannot be fetched or is refused). Each one
//! becomes one line of the error banner, naming the file or URL it is about.

use std::fmt;

use unroll_core::ImportError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The file was read but core could not import it (names file, line, column or path).
    Import(ImportError),
    /// The browser could not read a dropped or picked file.
    Read { file: String, message: String },
    /// A `?src` or sample URL could not be fetched.
    Fetch { url: String, message: String },
    /// A `?src` URL that Unroll will not fetch (another origin, not http(s), unparsable).
    Refused { src: String, reason: String },
    /// "Load pasted JSON" with an empty box.
    NothingPasted,
    /// Export asked for a thread that is not loaded, or the download could not start.
    Export { message: String },
    /// A line the worker reported (an import error, a file it could not read), as it
    /// worded it.
    Reported(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Import(e) => write!(f, "{e}"),
            LoadError::Read { file, message } => {
                write!(f, "{file}: could not read the file ({message})")
            }
            LoadError::Fetch { url, message } => write!(f, "{url}: could not load ({message})"),
            LoadError::Refused { src, reason } => write!(f, "{src}: not loaded: {reason}"),
            LoadError::NothingPasted => {
                write!(
                    f,
                    "pasted.json: the paste box is empty; paste a thread's JSON first"
                )
            }
            LoadError::Export { message } => write!(f, "Export: {message}"),
            LoadError::Reported(line) => f.write_str(line),
        }
    }
}

impl From<ImportError> for LoadError {
    fn from(e: ImportError) -> Self {
        LoadError::Import(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unroll_core::ImportErrorKind;

    #[test]
    fn import_errors_keep_file_line_and_column() {
        let e = LoadError::from(ImportError::new(
            "tweets.js",
            ImportErrorKind::Syntax {
                format: "X data archive",
                line: 3,
                column: 14,
                message: "expected value".into(),
            },
        ));
        assert_eq!(
            e.to_string(),
            "tweets.js: malformed X data archive at line 3, column 14: expected value"
        );
    }

    #[test]
    fn refused_sources_name_the_url_and_why() {
        let e = LoadError::Refused {
            src: "https://evil.example/t.json".into(),
            reason: "only files from this site can be loaded with ?src".into(),
        };
        assert_eq!(
            e.to_string(),
            "https://evil.example/t.json: not loaded: only files from this site can be loaded with ?src"
        );
    }
}
