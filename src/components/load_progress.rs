//! The bar shown while files load: a `<progress>` of the bytes read (indeterminate until
//! the worker first reports), what has come so far in words ("Read 12.4 MB of 91.0 MB ·
//! 40,120 posts", a polite live region) and a Cancel button. A cancelled load adds nothing.

use unroll_core::present::{progress_label, PROGRESS_TITLE};
use unroll_core::protocol::Progress;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadProgressProps {
    /// None until the worker reports.
    pub progress: Option<Progress>,
    pub on_cancel: Callback<()>,
}

#[function_component]
pub fn LoadProgress(props: &LoadProgressProps) -> Html {
    let p = props.progress.unwrap_or_default();
    let label = progress_label(&p);
    // Bytes as fractions of a whole: a `<progress>` takes f64 and 91 MB is exact there.
    let bar = if p.bytes_total > 0 {
        let value = (p.bytes_read as f64 / p.bytes_total as f64).clamp(0.0, 1.0);
        html! { <progress aria-label={PROGRESS_TITLE} max="1" value={value.to_string()}></progress> }
    } else {
        html! { <progress aria-label={PROGRESS_TITLE}></progress> }
    };
    let onclick = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <div class="load-progress">
            { bar }
            <span class="loading" role="status">{ label }</span>
            <button type="button" class="cancel" {onclick}>{ "Cancel" }</button>
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use yew::LocalServerRenderer;

    #[tokio::test]
    async fn the_bar_shows_bytes_read_and_posts_and_a_cancel_button() {
        let props = LoadProgressProps {
            progress: Some(Progress {
                bytes_read: 45_500_000,
                bytes_total: 91_000_000,
                posts: 40_120,
            }),
            on_cancel: Callback::noop(),
        };
        let html = LocalServerRenderer::<LoadProgress>::with_props(props)
            .render()
            .await;
        assert!(html.contains(r#"max="1" value="0.5""#), "{html}");
        assert!(
            html.contains("Read 45.5 MB of 91.0 MB · 40,120 posts"),
            "{html}"
        );
        assert!(html.contains(">Cancel</button>"), "{html}");
    }

    #[tokio::test]
    async fn before_any_report_the_bar_is_indeterminate() {
        let props = LoadProgressProps {
            progress: None,
            on_cancel: Callback::noop(),
        };
        let html = LocalServerRenderer::<LoadProgress>::with_props(props)
            .render()
            .await;
        assert!(
            html.contains(r#"<progress aria-label="Loading"></progress>"#),
            "{html}"
        );
        assert!(html.contains("Loading…"), "{html}");
    }
}
