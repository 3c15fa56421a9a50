//! A poll ready to show: each option with its votes and share ("844,386 votes", "69.8%",
//! and a width for its bar), the total, and whether voting is over. The components only lay
//! these out.

use crate::model::Poll;
use crate::time;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PollView {
    pub options: Vec<PollOptionView>,
    /// "1,209,063 votes"; None when the source hides the counts.
    pub total_label: Option<String>,
    /// "Final results", or "Voting ends Apr 18, 2024" while it runs.
    pub status_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PollOptionView {
    pub label: String,
    /// "844,386 votes", "1 vote".
    pub votes_label: Option<String>,
    /// "69.8%".
    pub share_label: Option<String>,
    /// The share in tenths of a percent (0..=1000), for the bar's width.
    pub share_permille: Option<u16>,
}

impl PollView {
    /// The line under the options: "1,209,063 votes · Final results", or the status alone
    /// when the counts are hidden.
    pub fn status_line(&self) -> String {
        match &self.total_label {
            Some(total) => format!("{total} · {}", self.status_label),
            None => self.status_label.clone(),
        }
    }
}

/// The poll as the reader shows it at `now` (seconds since the epoch).
pub fn poll_view(poll: &Poll, now: i64) -> PollView {
    let counts: Option<Vec<u64>> = poll.options.iter().map(|o| o.votes).collect();
    let total = counts
        .as_ref()
        .map(|c| c.iter().fold(0u64, |a, &v| a.saturating_add(v)));
    let options = poll
        .options
        .iter()
        .map(|o| {
            let permille = match (o.votes, total) {
                (Some(v), Some(t)) if t > 0 => {
                    let p = (u128::from(v) * 1000 + u128::from(t) / 2) / u128::from(t);
                    Some(u16::try_from(p.min(1000)).unwrap_or(1000))
                }
                (Some(_), Some(_)) => Some(0),
                _ => None,
            };
            PollOptionView {
                label: o.label.clone(),
                votes_label: o.votes.map(votes_label),
                share_label: permille.map(|p| format!("{}.{}%", p / 10, p % 10)),
                share_permille: permille,
            }
        })
        .collect();
    // Final only when the source says so: a poll saved while it ran keeps the counts of
    // that moment, even once its end has passed.
    let status_label = match poll.ends_at {
        _ if poll.closed => "Final results".to_string(),
        Some(end) if end <= now => format!("Voting ended {}", time::format_date(end)),
        Some(end) => format!("Voting ends {}", time::format_date(end)),
        None => "Voting open".to_string(),
    };
    PollView {
        options,
        total_label: total.map(votes_label),
        status_label,
    }
}

/// "1 vote", "844,386 votes".
fn votes_label(n: u64) -> String {
    if n == 1 {
        return "1 vote".to_string();
    }
    format!("{} votes", super::grouped(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PollOption;

    fn option(label: &str, votes: Option<u64>) -> PollOption {
        PollOption {
            label: label.into(),
            votes,
        }
    }

    #[test]
    fn shares_and_totals() {
        let poll = Poll {
            options: vec![option("Yes", Some(844_386)), option("No", Some(364_677))],
            ends_at: Some(1_713_465_430),
            closed: false,
        };
        let v = poll_view(&poll, 1_713_400_000);
        assert_eq!(v.total_label.as_deref(), Some("1,209,063 votes"));
        assert_eq!(v.status_label, "Voting ends Apr 18, 2024");
        let shares: Vec<(Option<&str>, Option<u16>)> = v
            .options
            .iter()
            .map(|o| (o.share_label.as_deref(), o.share_permille))
            .collect();
        assert_eq!(
            shares,
            [(Some("69.8%"), Some(698)), (Some("30.2%"), Some(302))]
        );
        assert_eq!(v.options[0].votes_label.as_deref(), Some("844,386 votes"));
        assert_eq!(
            v.status_line(),
            "1,209,063 votes · Voting ends Apr 18, 2024"
        );
    }

    #[test]
    fn a_poll_saved_while_running_is_not_called_final_after_its_end() {
        let mut poll = Poll {
            options: vec![option("Yes", Some(844_386)), option("No", Some(364_677))],
            ends_at: Some(1_713_465_430),
            closed: false,
        };
        // Its end has passed, but the saved counts are those of a running poll.
        assert_eq!(
            poll_view(&poll, 1_713_465_430).status_label,
            "Voting ended Apr 18, 2024"
        );
        poll.closed = true;
        assert_eq!(
            poll_view(&poll, 1_713_465_430).status_label,
            "Final results"
        );
    }

    #[test]
    fn hidden_and_empty_counts() {
        let hidden = Poll {
            options: vec![option("A", None), option("B", Some(3))],
            ends_at: None,
            closed: false,
        };
        let v = poll_view(&hidden, 0);
        assert_eq!(v.total_label, None);
        assert_eq!(v.options[1].share_label, None);
        assert_eq!(v.options[1].votes_label.as_deref(), Some("3 votes"));
        assert_eq!(v.status_label, "Voting open");
        assert_eq!(v.status_line(), "Voting open", "no total to show");
        let empty = Poll {
            options: vec![option("A", Some(0)), option("B", Some(1))],
            ends_at: None,
            closed: true,
        };
        let v = poll_view(&empty, 0);
        assert_eq!(v.options[0].share_label.as_deref(), Some("0.0%"));
        assert_eq!(v.options[1].votes_label.as_deref(), Some("1 vote"));
        assert_eq!(v.status_label, "Final results");
        assert_eq!(votes_label(1_000), "1,000 votes");
        assert_eq!(votes_label(0), "0 votes");
    }
}
