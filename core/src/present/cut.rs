//! The note under a post whose text the file cut short (`Post::truncated`: compat mode's 140
//! characters, a long post without its full text): it says so, instead of leaving a bare
//! "…", and links to the whole post on its network.

use crate::model::{Network, Post};

/// "This post is cut short in the file." and its link to the whole post.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CutNotice {
    pub label: String,
    /// "Read it whole on X".
    pub link_label: String,
    /// The post's permalink.
    pub url: String,
}

pub const CUT_LABEL: &str = "This post is cut short in the file.";

/// The notice for `post` by an author of `network`; None when the post is whole.
pub fn cut_notice(post: &Post, network: &Network) -> Option<CutNotice> {
    post.truncated.then(|| CutNotice {
        label: CUT_LABEL.to_string(),
        link_label: match network {
            Network::X => "Read it whole on X".to_string(),
            Network::Bluesky => "Read it whole on Bluesky".to_string(),
            Network::Mastodon { instance } => format!("Read it whole on {instance}"),
        },
        url: post.permalink.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_cut_post_has_a_notice_linking_to_it() {
        let mut post = Post {
            permalink: "https://x.com/a/status/7".into(),
            ..Post::default()
        };
        assert_eq!(cut_notice(&post, &Network::X), None);
        post.truncated = true;
        assert_eq!(
            cut_notice(&post, &Network::X),
            Some(CutNotice {
                label: "This post is cut short in the file.".into(),
                link_label: "Read it whole on X".into(),
                url: "https://x.com/a/status/7".into(),
            })
        );
        let instance = Network::Mastodon {
            instance: "mastodon.social".into(),
        };
        let notice = cut_notice(&post, &instance).unwrap();
        assert_eq!(notice.link_label, "Read it whole on mastodon.social");
    }
}
