//! Where a thread's later parts start: a post written long after the post before it (a
//! reply added to a thread days later) is kept in the thread, in time order, under a marker
//! that says how much later it came.

use crate::time;

/// A post written more than this after the one before it starts a later part.
pub const LATE_PART_SECONDS: i64 = 24 * 3600;

/// "Added 6 days later · Nov 20, 2022" for a post written at `at`, `after` the post before
/// it; None when it follows within `LATE_PART_SECONDS`.
pub fn later_part_label(before: i64, at: i64) -> Option<String> {
    let gap = at.checked_sub(before)?;
    if gap <= LATE_PART_SECONDS {
        return None;
    }
    Some(format!(
        "Added {} later · {}",
        duration_label(gap),
        time::format_date(at)
    ))
}

/// "2 days", "3 weeks", "5 months", "2 years": the largest unit, rounded down, at least 1.
fn duration_label(seconds: i64) -> String {
    const DAY: i64 = 24 * 3600;
    let days = seconds / DAY;
    let (n, unit) = match days {
        0..=13 => (days.max(1), "day"),
        14..=59 => (days / 7, "week"),
        60..=729 => (days / 30, "month"),
        _ => (days / 365, "year"),
    };
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posts_within_a_day_start_no_part() {
        assert_eq!(later_part_label(0, 23 * 3600), None);
        assert_eq!(later_part_label(0, LATE_PART_SECONDS), None);
        assert_eq!(later_part_label(100, 0), None);
    }

    #[test]
    fn later_parts_say_how_much_later_and_when() {
        // 2020-01-29 15:20:16 UTC, and 8 days and 1 hour later.
        let t = 1_580_311_216;
        assert_eq!(
            later_part_label(t, t + 8 * 86_400 + 3600).as_deref(),
            Some("Added 8 days later · Feb 6, 2020")
        );
        assert_eq!(
            later_part_label(t, t + 86_401).as_deref().map(|s| &s[..18]),
            Some("Added 1 day later ")
        );
        assert_eq!(duration_label(20 * 86_400), "2 weeks");
        assert_eq!(duration_label(100 * 86_400), "3 months");
        assert_eq!(duration_label(800 * 86_400), "2 years");
    }
}
