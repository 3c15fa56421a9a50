//! `FromJson`: reading a typed value from a `Reader`, its implementations for the types wire
//! structs hold, and `wire!`, which declares a wire struct together with its reading.

use std::borrow::Cow;

use super::{JsonError, Reader, Result};

/// A value read from JSON. `'a` is the input's lifetime, which borrowed strings keep.
pub trait FromJson<'a>: Sized {
    fn read(r: &mut Reader<'a>) -> Result<Self>;
}

/// Any value, skipped (serde's `IgnoredAny`): a field whose presence is all that counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Skip;

impl<'a> FromJson<'a> for Skip {
    fn read(r: &mut Reader<'a>) -> Result<Self> {
        r.skip().map(|()| Skip)
    }
}

impl<'a> FromJson<'a> for Cow<'a, str> {
    fn read(r: &mut Reader<'a>) -> Result<Self> {
        r.string()
    }
}

impl<'a> FromJson<'a> for String {
    fn read(r: &mut Reader<'a>) -> Result<Self> {
        r.string().map(Cow::into_owned)
    }
}

impl<'a> FromJson<'a> for bool {
    fn read(r: &mut Reader<'a>) -> Result<Self> {
        r.bool()
    }
}

/// A non-negative number's whole part, for sizes and indices some writers give as floats
/// ("480.7" is 480, "1e3" is 1000; past u64::MAX it saturates). A negative number reads as
/// None. No float is parsed, so the wasm carries no float-parsing tables.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Whole(pub Option<u64>);

impl<'a> FromJson<'a> for Whole {
    #[inline(never)]
    fn read(r: &mut Reader<'a>) -> Result<Self> {
        r.number("a number").map(|text| Whole(whole_part(text)))
    }
}

/// The whole part of a JSON number's text (see `Whole`); None if negative or not a number.
pub fn whole_part(text: &str) -> Option<u64> {
    // Most numbers are plain digits (indices, ids): read those directly.
    if !text.is_empty() && text.len() <= 19 && text.bytes().all(|b| b.is_ascii_digit()) {
        return Some(text.bytes().fold(0u64, |n, d| n * 10 + u64::from(d - b'0')));
    }
    let text = text.trim();
    if text.starts_with('-') {
        return None;
    }
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], text[at + 1..].parse::<i64>().ok()?),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    // The decimal point moves `exponent` places; the digits before it are the whole part.
    let point = (int.len() as i64).saturating_add(exponent);
    let mut whole = 0u64;
    for (i, d) in int.bytes().chain(frac.bytes()).enumerate() {
        if i as i64 >= point {
            return Some(whole);
        }
        whole = whole.saturating_mul(10).saturating_add(u64::from(d - b'0'));
    }
    for _ in (int.len() + frac.len()) as i64..point.min(40) {
        whole = whole.saturating_mul(10);
    }
    Some(whole)
}

/// Integers: a number with a fraction or exponent is the wrong type, one out of range the
/// wrong value (serde's words for both).
macro_rules! integer {
    ($($t:ty),*) => {$(
        impl<'a> FromJson<'a> for $t {
            fn read(r: &mut Reader<'a>) -> Result<Self> {
                let text = r.number(stringify!($t))?;
                integer_of(r, text, stringify!($t))
                    .and_then(|n| <$t>::try_from(n).map_err(|_| out_of_range(r, text, stringify!($t))))
            }
        }
    )*};
}

integer!(u8, u16, u32, u64, usize, i32, i64);

fn integer_of(r: &Reader<'_>, text: &str, ty: &str) -> Result<i128> {
    if text.contains(['.', 'e', 'E']) {
        return Err(r.data_error(format!(
            "invalid type: floating point `{text}`, expected {ty}"
        )));
    }
    text.parse::<i128>().map_err(|_| out_of_range(r, text, ty))
}

fn out_of_range(r: &Reader<'_>, text: &str, ty: &str) -> Box<JsonError> {
    r.data_error(format!("invalid value: integer `{text}`, expected {ty}"))
}

impl<'a, T: FromJson<'a>> FromJson<'a> for Option<T> {
    fn read(r: &mut Reader<'a>) -> Result<Self> {
        if r.null()? {
            return Ok(None);
        }
        T::read(r).map(Some)
    }
}

impl<'a, T: FromJson<'a>> FromJson<'a> for Box<T> {
    fn read(r: &mut Reader<'a>) -> Result<Self> {
        T::read(r).map(Box::new)
    }
}

impl<'a, T: FromJson<'a>> FromJson<'a> for Vec<T> {
    fn read(r: &mut Reader<'a>) -> Result<Self> {
        r.begin_array("a sequence")?;
        let mut out = Vec::new();
        let mut first = true;
        while r.next_element(&mut first)? {
            out.push(T::read(r)?);
        }
        Ok(out)
    }
}

/// Declares a wire struct and its `FromJson`: an object whose listed keys fill the fields
/// (other keys are skipped). A field reads the key of its name, or the string after `=`;
/// one marked `=> required` must be present, any other left out takes its type's default
/// (so the struct derives `Default`). `null` where the struct is expected reads as an
/// object with no keys.
///
/// ```ignore
/// wire! {
///     #[derive(Debug, Default)]
///     pub(super) struct Reference<'a> {
///         pub kind: Cow<'a, str> = "type" => required,
///         pub id: Option<Cow<'a, str>>,
///     }
/// }
/// ```
macro_rules! wire {
    (
        $(#[$m:meta])*
        $v:vis struct $name:ident $(<$lt:lifetime>)? {
            $(
                $(#[$fm:meta])*
                $fv:vis $f:ident : $t:ty $(= $key:literal)? $(=> $req:ident)?
            ),* $(,)?
        }
    ) => {
        $(#[$m])*
        $v struct $name $(<$lt>)? {
            $( $(#[$fm])* $fv $f: $t, )*
        }

        $crate::json::wire!(@impl $name [$($lt)?] {
            $( $f $(= $key)? $(=> $req)? ),*
        });
    };
    // FromJson for a struct declared elsewhere (the model's own types): its fields listed
    // as in a declaration, without their types.
    (impl $name:ident {
        $( $f:ident $(= $key:literal)? $(=> $req:ident)? ),* $(,)?
    }) => {
        $crate::json::wire!(@impl $name [] { $( $f $(= $key)? $(=> $req)? ),* });
    };
    (@impl $name:ident [$lt:lifetime] { $($body:tt)* }) => {
        impl<$lt> $crate::json::FromJson<$lt> for $name<$lt> {
            fn read(r: &mut $crate::json::Reader<$lt>) -> $crate::json::Result<Self> {
                $crate::json::wire!(@read r $name { $($body)* })
            }
        }
    };
    (@impl $name:ident [] { $($body:tt)* }) => {
        impl<'de> $crate::json::FromJson<'de> for $name {
            fn read(r: &mut $crate::json::Reader<'de>) -> $crate::json::Result<Self> {
                $crate::json::wire!(@read r $name { $($body)* })
            }
        }
    };
    (@read $r:ident $name:ident {
        $( $f:ident $(= $key:literal)? $(=> $req:ident)? ),*
    }) => {{
        const KEYS: &[&str] = &[$( $crate::json::wire!(@key $f $($key)?) ),*];
        let mut out = <Self as ::std::default::Default>::default();
        $( $crate::json::wire!(@flag $f $($req)?); )*
        if $r.begin_object(concat!("struct ", stringify!($name)))? {
            let mut first = true;
            while let Some(key) = $r.next_key(&mut first)? {
                let found = $crate::json::key_index(&key, KEYS);
                let mut index = 0usize;
                $(
                    if found == index {
                        $crate::json::read_into($r, &mut out.$f)?;
                        $crate::json::wire!(@seen $f $($req)?);
                        continue;
                    }
                    index += 1;
                )*
                let _ = index;
                $r.skip()?;
            }
        }
        $( $crate::json::wire!(@check $r $f $crate::json::wire!(@key $f $($key)?) $(, $req)?); )*
        Ok(out)
    }};
    (@key $f:ident) => { stringify!($f) };
    (@key $f:ident $key:literal) => { $key };
    (@flag $f:ident) => {};
    (@flag $f:ident required) => { let mut $f = false; };
    (@seen $f:ident) => {};
    (@seen $f:ident required) => { $f = true; };
    (@check $r:ident $f:ident $key:expr) => {};
    (@check $r:ident $f:ident $key:expr, required) => {
        if !$f {
            return Err($r.missing($key));
        }
    };
}

/// The position of `key` among a wire struct's `keys` (`keys.len()` when it is not one):
/// one shared function instead of a string comparison per field in every struct.
#[inline(never)]
pub fn key_index(key: &str, keys: &[&str]) -> usize {
    let (len, head) = (key.len(), key.as_bytes().first());
    // Length and first byte rule out nearly every other key before comparing whole keys.
    keys.iter()
        .position(|k| k.len() == len && k.as_bytes().first() == head && *k == key)
        .unwrap_or(keys.len())
}

/// Reads a field's value into its place: one function per field type, shared by every wire
/// struct with a field of that type, keeps each struct's loop small.
#[inline(never)]
pub fn read_into<'a, T: FromJson<'a>>(r: &mut Reader<'a>, slot: &mut T) -> Result<()> {
    *slot = T::read(r)?;
    Ok(())
}

pub(crate) use wire;
