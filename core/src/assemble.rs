//! Thread assembly: TODO
