//! unroll-core's integration tests, as one test binary: one module per importer or feature,
//! all on the real samples under `assets/samples` and `tests/corpus`, and one `support`
//! module of helpers they share. One binary links the crate once and compiles the helpers
//! once, so a helper no test uses shows as dead code.

mod support;

mod assemble;
mod bluesky;
mod detect;
mod formats;
mod integrity;
mod mastodon;
mod mastodon_corpus;
mod present;
mod unroll_format;
mod urls;
mod x_archive;
mod x_archive_notes;
mod x_archive_stream;
mod x_graphql;
mod x_graphql_cards;
mod x_graphql_reposts;
mod x_mentions;
mod x_v1;
mod x_v1_premium;
mod x_v2;
mod x_v2_flat;
mod zip;
