//! Timestamps: parsing the date formats sources use into seconds since the epoch (UTC), and
//! formatting them for people ("Sep 6, 2020") and for machines (RFC 3339, the page's
//! `<time datetime>`). No clock here: callers pass "now".
//!
//! Civil-date arithmetic is hand-written (Howard Hinnant's `days_from_civil` /
//! `civil_from_days`), so there is no date crate in the wasm bundle.

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A calendar date and time of day in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    /// 1..=12
    pub month: u32,
    /// 1..=31
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 }; // March = 0
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// The date of a day number since 1970-01-01: (year, month 1..=12, day 1..=31).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Both values are in range by construction; the fallbacks are never taken.
    (
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

/// The UTC calendar fields of a timestamp.
pub fn civil(ts: i64) -> Civil {
    let days = ts.div_euclid(86_400);
    let secs = ts.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let hour = u32::try_from(secs / 3600).unwrap_or(0);
    let minute = u32::try_from(secs % 3600 / 60).unwrap_or(0);
    let second = u32::try_from(secs % 60).unwrap_or(0);
    Civil {
        year,
        month,
        day,
        hour,
        minute,
        second,
    }
}

/// The UTC year of a timestamp.
pub fn year(ts: i64) -> i64 {
    civil(ts).year
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Seconds since the epoch of a validated UTC date-time.
fn to_epoch(year: i64, month: u32, day: u32, h: u32, m: u32, s: u32) -> Option<i64> {
    if !(0..=9999).contains(&year)
        || !(1..=12).contains(&month)
        || day == 0
        || day > days_in_month(year, month)
        || h > 23
        || m > 59
        || s > 60
    {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Some(days * 86_400 + i64::from(h) * 3600 + i64::from(m) * 60 + i64::from(s))
}

fn num<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// "+0000", "-0530", "+05:30", "Z" → seconds east of UTC.
fn parse_offset(s: &str) -> Option<i64> {
    if s == "Z" || s == "z" {
        return Some(0);
    }
    let sign = match s.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = s.get(1..)?.chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 {
        return None;
    }
    let h: i64 = num(digits.get(..2)?)?;
    let m: i64 = num(digits.get(2..)?)?;
    if h > 23 || m > 59 {
        return None;
    }
    Some(sign * (h * 3600 + m * 60))
}

/// X's classic format, "Sun Nov 13 10:32:08 +0000 2022" (the weekday is not checked).
pub fn parse_x_date(s: &str) -> Option<i64> {
    let mut parts = s.split_ascii_whitespace();
    let _weekday = parts.next()?;
    let month_name = parts.next()?;
    let day: u32 = num(parts.next()?)?;
    let clock = parts.next()?;
    let offset = parse_offset(parts.next()?)?;
    let year: i64 = num(parts.next()?)?;
    if parts.next().is_some() {
        return None;
    }
    let month = MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(month_name))
        .and_then(|i| u32::try_from(i + 1).ok())?;
    let (h, m, sec) = parse_clock(clock)?;
    Some(to_epoch(year, month, day, h, m, sec)? - offset)
}

/// "10:32:08" → (10, 32, 8).
fn parse_clock(s: &str) -> Option<(u32, u32, u32)> {
    let mut it = s.split(':');
    let h = num(it.next()?)?;
    let m = num(it.next()?)?;
    let sec = num(it.next()?)?;
    if it.next().is_some() {
        return None;
    }
    Some((h, m, sec))
}

/// RFC 3339 / ISO 8601 date-times as APIs send them: "2021-05-30T23:25:42.000Z",
/// "2021-05-30T23:25:42+02:00", "2021-05-30 23:25:42Z". Fractions of a second are dropped.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let s = s.trim();
    let year: i64 = num(s.get(0..4)?)?;
    if s.get(4..5)? != "-" || s.get(7..8)? != "-" {
        return None;
    }
    let month: u32 = num(s.get(5..7)?)?;
    let day: u32 = num(s.get(8..10)?)?;
    if !matches!(s.get(10..11)?, "T" | "t" | " ") {
        return None;
    }
    let (h, m, sec) = parse_clock(s.get(11..19)?)?;
    let mut rest = s.get(19..)?;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = frac.get(digits..)?;
    }
    let offset = parse_offset(rest)?;
    Some(to_epoch(year, month, day, h, m, sec)? - offset)
}

/// Either format: RFC 3339 first, then X's classic one.
pub fn parse_any(s: &str) -> Option<i64> {
    parse_rfc3339(s).or_else(|| parse_x_date(s))
}

fn month_name(month: u32) -> &'static str {
    MONTHS
        .get(usize::try_from(month).unwrap_or(1).saturating_sub(1))
        .copied()
        .unwrap_or("Jan")
}

/// "Sep 6, 2020".
pub fn format_date(ts: i64) -> String {
    let c = civil(ts);
    format!("{} {}, {}", month_name(c.month), c.day, c.year)
}

/// "Sep 6" when `ts` falls in the same year as `now`, else "Sep 6, 2020".
pub fn format_date_relative(ts: i64, now: i64) -> String {
    let c = civil(ts);
    if c.year == year(now) {
        format!("{} {}", month_name(c.month), c.day)
    } else {
        format!("{} {}, {}", month_name(c.month), c.day, c.year)
    }
}

/// "10:32 AM · Nov 13, 2022" (UTC).
pub fn format_time_date(ts: i64) -> String {
    let c = civil(ts);
    let (h12, ampm) = match c.hour {
        0 => (12, "AM"),
        1..=11 => (c.hour, "AM"),
        12 => (12, "PM"),
        h => (h - 12, "PM"),
    };
    format!(
        "{}:{:02} {} · {} {}, {}",
        h12,
        c.minute,
        ampm,
        month_name(c.month),
        c.day,
        c.year
    )
}

/// "2022-11-13T10:32:08Z": RFC 3339 in UTC, for `<time datetime=…>`.
pub fn format_rfc3339(ts: i64) -> String {
    let c = civil(ts);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        c.year, c.month, c.day, c.hour, c.minute, c.second
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_x_dates() {
        assert_eq!(
            parse_x_date("Sun Nov 13 10:32:08 +0000 2022"),
            Some(1_668_335_528)
        );
        assert_eq!(parse_x_date("Thu Jan 01 00:00:00 +0000 1970"), Some(0));
        // An offset east of UTC means an earlier instant.
        assert_eq!(parse_x_date("Thu Jan 01 02:00:00 +0200 1970"), Some(0));
        assert_eq!(parse_x_date("Wed Dec 31 19:00:00 -0500 1969"), Some(0));
        assert_eq!(
            parse_x_date("Sat Feb 29 12:00:00 +0000 2020"),
            Some(1_582_977_600)
        );
        for bad in [
            "",
            "Sun Nov 13 10:32:08 +0000",
            "Sun Foo 13 10:32:08 +0000 2022",
            "Sun Feb 30 10:32:08 +0000 2022",
            "Sun Nov 13 25:32:08 +0000 2022",
            "Sun Nov 13 10:32 +0000 2022",
            "Sun Nov 13 10:32:08 0000 2022",
            "Sun Nov 13 10:32:08 +0000 2022 extra",
            "Sun Nov -1 10:32:08 +0000 2022",
        ] {
            assert_eq!(parse_x_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn parses_rfc3339() {
        assert_eq!(
            parse_rfc3339("2021-05-30T23:25:42.000Z"),
            Some(1_622_417_142)
        );
        assert_eq!(parse_rfc3339("2021-05-30T23:25:42Z"), Some(1_622_417_142));
        assert_eq!(
            parse_rfc3339("2021-05-31T01:25:42+02:00"),
            Some(1_622_417_142)
        );
        assert_eq!(
            parse_rfc3339("2021-05-30T18:25:42.123456-0500"),
            Some(1_622_417_142)
        );
        assert_eq!(parse_any("2021-05-30T23:25:42.000Z"), Some(1_622_417_142));
        assert_eq!(
            parse_any("Sun May 30 23:25:42 +0000 2021"),
            Some(1_622_417_142)
        );
        for bad in [
            "",
            "2021-05-30",
            "2021-13-30T23:25:42Z",
            "2021-05-30T23:25:42",
            "2021-05-30T23:25:42.Z",
            "2021/05/30T23:25:42Z",
            "2021-05-30T23:25:42+2",
            "２０２１-05-30T23:25:42Z",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn civil_round_trips_over_centuries() {
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn formats_rfc3339_for_machines() {
        assert_eq!(format_rfc3339(0), "1970-01-01T00:00:00Z");
        // Sun Nov 13 10:32:08 +0000 2022
        assert_eq!(format_rfc3339(1_668_335_528), "2022-11-13T10:32:08Z");
        // Leap days.
        assert_eq!(format_rfc3339(1_582_934_400), "2020-02-29T00:00:00Z");
        assert_eq!(format_rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_rfc3339(-1), "1969-12-31T23:59:59Z");
        for ts in [0, 1_668_335_528, -86_401, 4_102_444_799] {
            assert_eq!(parse_rfc3339(&format_rfc3339(ts)), Some(ts));
        }
    }

    #[test]
    fn formats_dates() {
        let sep6 = parse_rfc3339("2020-09-06T15:04:05Z").unwrap_or_default();
        assert_eq!(format_date(sep6), "Sep 6, 2020");
        let later_2020 = parse_rfc3339("2020-12-31T23:59:59Z").unwrap_or_default();
        assert_eq!(format_date_relative(sep6, later_2020), "Sep 6");
        assert_eq!(format_date_relative(sep6, later_2020 + 1), "Sep 6, 2020");
        assert_eq!(year(sep6), 2020);
        assert_eq!(format_time_date(1_668_335_528), "10:32 AM · Nov 13, 2022");
        assert_eq!(format_time_date(0), "12:00 AM · Jan 1, 1970");
        assert_eq!(
            format_time_date(12 * 3600 + 5 * 60),
            "12:05 PM · Jan 1, 1970"
        );
        assert_eq!(
            format_time_date(23 * 3600 + 59 * 60),
            "11:59 PM · Jan 1, 1970"
        );
        assert_eq!(format_date(-1), "Dec 31, 1969");
    }
}
