//! "Now", in seconds since the epoch: the browser's clock in wasm, the system clock natively.
//! Only the sidebar's date labels use it (no year for the current year).

#[cfg(target_arch = "wasm32")]
pub fn now_secs() -> i64 {
    // Date.now() is milliseconds as an f64; `as` saturates, it never panics.
    (js_sys::Date::now() / 1000.0) as i64
}

#[cfg(not(target_arch = "wasm32"))]
pub fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
