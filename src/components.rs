//! Presentational components: each takes data (core's view models) and typed callbacks,
//! and renders imported text only as text nodes and vetted http(s) links.

pub mod avatar;
pub mod emoji;
pub mod error_banner;
pub mod file_picker;
pub mod integrity;
pub mod link_card;
pub mod load_progress;
pub mod media;
pub mod paste_box;
pub mod poll;
pub mod post;
pub mod quote;
pub mod rich_text;
pub mod sidebar;
pub mod thread;
pub mod toolbar;
