//! Whole screens: the landing page (nothing loaded yet) and the reader.

pub mod landing;
pub mod reader;
