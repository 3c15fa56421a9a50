//! Reusable behaviour of components: `use_archived` (a dropped archive's copy of a file).

pub mod use_archived;
