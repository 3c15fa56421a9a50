//! Thread numbering: the "3/12", "1/", "6-7/40" or "(2/5)" markers authors put at the start
//! (or end) of their posts, read from the text and checked against the posts present: do
//! they cover 1 to the total they announce, and does each follow the one before?
//!
//! Only the first and the last word of a post can be a marker, so "1/2 cup" in the middle of
//! a sentence or a date is never read as one; and a thread needs markers on two posts before
//! anything is said about its numbering.

/// One marker as written: `first`-`last`/`total` ("6-7/40"); `last == first` for "3/12".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    pub first: u32,
    pub last: u32,
    /// None for "3/" and "3/n".
    pub total: Option<u32>,
}

impl Marker {
    /// "3/12", "6-7/40", "3/".
    pub fn label(&self) -> String {
        let nums = if self.first == self.last {
            self.first.to_string()
        } else {
            format!("{}-{}", self.first, self.last)
        };
        match self.total {
            Some(t) => format!("{nums}/{t}"),
            None => format!("{nums}/"),
        }
    }
}

/// The numbering of a thread, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NumberingView {
    /// For the summary line: "numbering says 40", "numbering out of step",
    /// "numbering starts at 21", "numbering matches".
    pub summary: String,
    /// Something disagrees with the posts present.
    pub mismatch: bool,
    /// One sentence each: where the markers run, what they leave out, each post out of step.
    pub notes: Vec<String>,
}

/// One slot of the thread in reading order, as the check sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot<'a> {
    /// A post: its 1-based number in the thread and its plain text.
    Post { number: usize, text: &'a str },
    /// Missing posts (any number of them).
    Gap,
}

/// A marker at the start of `text` (else at its end), if there is one.
pub fn find_marker(text: &str) -> Option<Marker> {
    let mut words = text.split_whitespace();
    let first = words.next()?;
    parse_word(first).or_else(|| words.next_back().and_then(parse_word))
}

/// "1/40", "(2/5)", "🧵3/", "6-7/40", "4/n": the word with surrounding brackets, emoji and
/// punctuation removed must be a marker and nothing else.
fn parse_word(word: &str) -> Option<Marker> {
    let core = word.trim_matches(|c: char| !(c.is_ascii_alphanumeric() || "/-–".contains(c)));
    let (nums, total) = core.split_once('/')?;
    let (first, last) = match nums.split_once(['-', '–']) {
        Some((a, b)) => (number(a)?, number(b)?),
        None => {
            let n = number(nums)?;
            (n, n)
        }
    };
    let total = match total {
        "" | "n" | "N" | "x" | "X" => None,
        t => Some(number(t)?),
    };
    let fits = first >= 1 && last >= first && total.is_none_or(|t| last <= t);
    fits.then_some(Marker { first, last, total })
}

/// 1 to 4 ASCII digits.
fn number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The markers of the thread checked against its posts; None when fewer than two posts carry
/// one (a lone "1/2" is more likely a fraction than a numbering).
pub fn check(slots: &[Slot<'_>], post_count: usize) -> Option<NumberingView> {
    // (post number, marker, a gap lies between this marker and the one before).
    let mut marked: Vec<(usize, Marker, bool)> = Vec::new();
    let mut gap_since_last = false;
    for slot in slots {
        match *slot {
            Slot::Gap => gap_since_last = true,
            Slot::Post { number, text } => {
                if let Some(m) = find_marker(text) {
                    marked.push((number, m, gap_since_last));
                    gap_since_last = false;
                }
            }
        }
    }
    let (&(first_at, first, _), &(last_at, last, _)) = (marked.first()?, marked.last()?);
    if marked.len() < 2 {
        return None;
    }

    let mut notes = vec![format!(
        "Marked {} to {} on posts #{first_at} to #{last_at}.",
        first.label(),
        last.label()
    )];

    let mut totals: Vec<u32> = marked.iter().filter_map(|(_, m, _)| m.total).collect();
    crate::sort::sort(&mut totals);
    totals.dedup();
    let lowest = marked.iter().map(|(_, m, _)| m.first).min().unwrap_or(1);
    let highest = marked.iter().map(|(_, m, _)| m.last).max().unwrap_or(1);
    let posts = if post_count == 1 {
        "1 post".to_string()
    } else {
        format!("{post_count} posts")
    };

    let mut total_off = false;
    match totals.as_slice() {
        [] => {}
        [total] => {
            if lowest > 1 || highest < *total {
                total_off = true;
                notes.push(format!(
                    "The markers count {total} posts; this thread has {posts}."
                ));
            }
            if highest < *total {
                notes.push(format!(
                    "{} not in this thread.",
                    numbers_label(highest + 1, *total)
                ));
            }
        }
        several => {
            let list: Vec<String> = several.iter().map(u32::to_string).collect();
            notes.push(format!(
                "The markers give different totals: {}.",
                list.join(", ")
            ));
        }
    }
    if lowest > 1 {
        notes.push(format!(
            "{} not in this thread; they may be in another.",
            numbers_label(1, lowest - 1)
        ));
    }

    let mut out_of_step = 0;
    for pair in marked.windows(2) {
        let [(prev_at, prev, _), (at, m, gap_between)] = pair else {
            continue;
        };
        let distance = u32::try_from(at.saturating_sub(*prev_at)).unwrap_or(u32::MAX);
        let expected = prev.last.saturating_add(distance);
        // Missing posts between them may hold the numbers skipped.
        let explained = *gap_between && m.first > expected;
        if m.first != expected && !explained {
            out_of_step += 1;
            notes.push(format!(
                "#{at} is marked {}, where {expected} would follow {} on #{prev_at}.",
                m.label(),
                prev.label()
            ));
        }
    }

    let summary = match totals.as_slice() {
        [total] if total_off => format!("numbering says {total}"),
        [_, _, ..] => {
            let list: Vec<String> = totals.iter().map(u32::to_string).collect();
            format!("numbering says {}", list.join(" or "))
        }
        _ if out_of_step > 0 => "numbering out of step".to_string(),
        _ if lowest > 1 => format!("numbering starts at {lowest}"),
        _ => "numbering matches".to_string(),
    };
    let mismatch = total_off || totals.len() > 1 || out_of_step > 0 || lowest > 1;
    Some(NumberingView {
        summary,
        mismatch,
        notes,
    })
}

/// "Number 21 is" / "Numbers 21 to 40 are".
fn numbers_label(from: u32, to: u32) -> String {
    if from == to {
        format!("Number {from} is")
    } else {
        format!("Numbers {from} to {to} are")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(first: u32, last: u32, total: Option<u32>) -> Option<Marker> {
        Some(Marker { first, last, total })
    }

    #[test]
    fn markers_at_the_start_or_end_of_a_post() {
        assert_eq!(find_marker("1/40 - Bank transactions"), m(1, 1, Some(40)));
        assert_eq!(find_marker("6-7/40 - Manhattan"), m(6, 7, Some(40)));
        assert_eq!(find_marker("(2/5) Next"), m(2, 2, Some(5)));
        assert_eq!(find_marker("[3/5]: and"), m(3, 3, Some(5)));
        assert_eq!(find_marker("🧵1/"), m(1, 1, None));
        assert_eq!(find_marker("4/n more"), m(4, 4, None));
        assert_eq!(find_marker("the end 12/12"), m(12, 12, Some(12)));
        assert_eq!(find_marker("and so on (3/12)."), m(3, 3, Some(12)));
        assert_eq!(find_marker("  \n2/ starts"), m(2, 2, None));
    }

    #[test]
    fn fractions_dates_and_urls_are_not_markers() {
        for text in [
            "Add 1/2 cup of flour",
            "24/7 support",
            "10/11/2022 was a day",
            "example.com/1/2",
            "0/5 nothing",
            "/5 half",
            "3/ab",
            "12345/12345 big",
            "9/8 too far",
            "",
            "no markers here",
        ] {
            assert_eq!(find_marker(text), None, "{text:?}");
        }
    }

    fn posts<'a>(texts: &[&'a str]) -> Vec<Slot<'a>> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Slot::Post {
                number: i + 1,
                text: t,
            })
            .collect()
    }

    #[test]
    fn a_full_numbering_matches_even_after_an_unnumbered_opener() {
        let slots = posts(&["A thread 🧵", "1/3 one", "2/3 two", "3/3 three"]);
        let v = check(&slots, 4).expect("numbered");
        assert_eq!(v.summary, "numbering matches");
        assert!(!v.mismatch);
        assert_eq!(v.notes, ["Marked 1/3 to 3/3 on posts #2 to #4."]);
    }

    #[test]
    fn a_total_beyond_the_posts_present_is_a_mismatch() {
        let slots = posts(&["Intro", "1/10 a", "2/10 b", "3/10 c"]);
        let v = check(&slots, 4).expect("numbered");
        assert_eq!(v.summary, "numbering says 10");
        assert!(v.mismatch);
        assert_eq!(
            v.notes,
            [
                "Marked 1/10 to 3/10 on posts #2 to #4.",
                "The markers count 10 posts; this thread has 4 posts.",
                "Numbers 4 to 10 are not in this thread.",
            ]
        );
    }

    #[test]
    fn skipped_and_repeated_numbers_are_out_of_step() {
        let slots = posts(&["1/ a", "2/ b", "4/ c", "4/ d", "5/ e"]);
        let v = check(&slots, 5).expect("numbered");
        assert_eq!(v.summary, "numbering out of step");
        assert_eq!(
            v.notes[1..],
            [
                "#3 is marked 4/, where 3 would follow 2/ on #2.",
                "#4 is marked 4/, where 5 would follow 4/ on #3.",
            ]
        );
    }

    #[test]
    fn a_gap_explains_a_jump_but_not_a_step_back() {
        let slots = vec![
            Slot::Post {
                number: 1,
                text: "1/6 a",
            },
            Slot::Gap,
            Slot::Post {
                number: 2,
                text: "4/6 b",
            },
            Slot::Post {
                number: 3,
                text: "5/6 c",
            },
            Slot::Post {
                number: 4,
                text: "6/6 d",
            },
        ];
        let v = check(&slots, 4).expect("numbered");
        assert_eq!(v.summary, "numbering matches", "{:?}", v.notes);
        let back = vec![
            Slot::Post {
                number: 1,
                text: "3/ a",
            },
            Slot::Gap,
            Slot::Post {
                number: 2,
                text: "1/ b",
            },
        ];
        let v = check(&back, 2).expect("numbered");
        assert!(v.mismatch);
        assert_eq!(v.summary, "numbering out of step");
    }

    #[test]
    fn several_totals_and_a_late_start() {
        let v = check(&posts(&["1/12 a", "2/13 b"]), 2).expect("numbered");
        assert_eq!(v.summary, "numbering says 12 or 13");
        assert_eq!(v.notes[1], "The markers give different totals: 12, 13.");
        let v = check(&posts(&["Intro", "5/ a", "6/ b"]), 3).expect("numbered");
        assert_eq!(v.summary, "numbering starts at 5");
        assert_eq!(
            v.notes[1],
            "Numbers 1 to 4 are not in this thread; they may be in another."
        );
    }

    #[test]
    fn one_marker_says_nothing() {
        assert_eq!(check(&posts(&["1/2 cup", "of flour"]), 2), None);
        assert_eq!(check(&posts(&["no", "markers"]), 2), None);
        assert_eq!(check(&[], 0), None);
    }
}
