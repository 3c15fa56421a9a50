//! Helpers shared by the integration tests, one module per family of samples.

pub mod fixtures;
pub mod position;
pub mod schema_check;
pub mod social;
pub mod v2;
pub mod x_formats;
