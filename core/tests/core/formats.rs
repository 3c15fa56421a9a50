//! The README's "Supported formats" table against core's table of formats
//! (`unroll_core::formats`, which the landing page and the unknown-format error are made
//! from): the README is written by hand, so this test keeps the two from drifting apart.

use crate::support::repo_file;
use unroll_core::formats::{pieces, Piece, FORMATS};

/// The rows of the README's "Supported formats" table: the bold name of each row's first
/// cell ("**X data archive** (.zip)" is a row of "X data archive"), and the whole row.
fn readme_rows() -> Vec<(String, String)> {
    let readme = String::from_utf8(repo_file("README.md")).expect("README.md is UTF-8");
    let section = readme
        .split("\n## Supported formats\n")
        .nth(1)
        .expect("a \"Supported formats\" section");
    let section = section.split("\n## ").next().unwrap_or(section);
    let table = section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'));
    // The header and the |---| line.
    table
        .skip(2)
        .map(|row| {
            let first = row.split('|').nth(1).unwrap_or_default();
            let name = first.split("**").nth(1).unwrap_or_else(|| {
                panic!("the README's format row has no bold name: {row}");
            });
            (name.to_string(), row.to_string())
        })
        .collect()
}

#[test]
fn the_readme_table_names_every_format_of_core_and_no_other() {
    let rows = readme_rows();
    for f in FORMATS {
        let rows_of: Vec<&str> = rows
            .iter()
            .filter(|(name, _)| name == f.name)
            .map(|(_, row)| row.as_str())
            .collect();
        assert!(!rows_of.is_empty(), "the README lacks {:?}", f.name);
        // Every file or API core names for the format is in its README row(s).
        let text = rows_of.join(" ");
        for piece in pieces(f.files) {
            if let Piece::Code(name) = piece {
                assert!(
                    text.contains(name),
                    "the README's {:?} lacks {name}",
                    f.name
                );
            }
        }
    }
    for (name, _) in &rows {
        assert!(
            FORMATS.iter().any(|f| f.name == name),
            "the README lists {name:?}, core's formats table does not"
        );
    }
}
