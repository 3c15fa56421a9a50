//! Fetching a URL the page vetted (same origin, http(s)) as bytes, from the worker or,
//! where it runs on the page, from the window; a redirect to another site is refused.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::js_message;

/// Fetches `url` (vetted by the page) as bytes.
pub async fn fetch(url: &str) -> Result<Vec<u8>, String> {
    let global = js_sys::global();
    let promise = match global.dyn_ref::<web_sys::WorkerGlobalScope>() {
        Some(scope) => scope.fetch_with_str(url),
        None => global
            .dyn_ref::<web_sys::Window>()
            .ok_or("no fetch here")?
            .fetch_with_str(url),
    };
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .map_err(|e| js_message(&e))?
        .dyn_into()
        .map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    // A same-origin URL that redirected elsewhere is refused like a cross-origin `?src`.
    if let (Some(here), Some(landed)) = (own_origin(), origin_of(&response.url())) {
        if here != landed {
            return Err(format!("redirected to another site ({landed})"));
        }
    }
    let buffer = response.array_buffer().map_err(|e| js_message(&e))?;
    let buffer = JsFuture::from(buffer).await.map_err(|e| js_message(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn origin_of(url: &str) -> Option<String> {
    web_sys::Url::new(url).ok().map(|u| u.origin())
}

/// The origin the worker (or page) runs at: the page's.
fn own_origin() -> Option<String> {
    let location = js_sys::Reflect::get(&js_sys::global(), &"location".into()).ok()?;
    js_sys::Reflect::get(&location, &"origin".into())
        .ok()?
        .as_string()
}
