//! The web UI built into the binary (build.rs embeds `ui/dist`), served as the router's
//! fallback: a file by its path, `index.html` for any other path (the UI routes in the
//! browser). `--ui-dir DIR` replaces it with files from disk for UI development (server.rs).
//! A binary built without `ui/dist` answers 503 with a page saying how to build the UI.

use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};

include!(concat!(env!("OUT_DIR"), "/ui_assets.rs"));

/// The embedded file at `path` (relative to `ui/dist`, `/`-separated), if any.
pub fn asset(path: &str) -> Option<&'static [u8]> {
    UI_ASSETS.binary_search_by(|(p, _)| (*p).cmp(path)).ok().map(|i| UI_ASSETS[i].1)
}

/// True when the binary carries a built UI.
pub fn embedded() -> bool {
    asset("index.html").is_some()
}

/// Fallback handler: the embedded file for `uri`, else `index.html`.
pub async fn serve(uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    let (path, body) = match asset(path) {
        Some(body) if !path.is_empty() => (path, body),
        _ => match asset("index.html") {
            Some(body) => ("index.html", body),
            None => return not_built(),
        },
    };
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    // Vite names built assets by content hash: cache them for good; re-check index.html.
    let cache = if path.starts_with("assets/") { "public, max-age=31536000, immutable" } else { "no-cache" };
    let mut res = body.into_response();
    if let Ok(v) = HeaderValue::from_str(mime.as_ref()) {
        res.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    res
}

/// 503 and a page, in the server's language, saying how to build the UI into the binary.
fn not_built() -> Response {
    let esc = |s: String| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let title = esc(crate::i18n::tr("ship-ui-not-built-title", &[]));
    let body = esc(crate::i18n::tr(
        "ship-ui-not-built-body",
        &[
            ("command", "npm --prefix ui ci && npm --prefix ui run build".into()),
            ("flag", "--ui-dir DIR".into()),
            ("api", "/api/".into()),
        ],
    ));
    let lang = crate::i18n::lang();
    let page = format!(
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><meta charset=\"utf-8\"><title>{title}</title><h1>{title}</h1><p>{body}</p></html>\n",
        lang.code(),
        lang.dir()
    );
    (StatusCode::SERVICE_UNAVAILABLE, Html(page)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_for_lookup() {
        assert!(UI_ASSETS.windows(2).all(|w| w[0].0 < w[1].0));
        for (p, body) in UI_ASSETS {
            assert_eq!(asset(p), Some(*body));
        }
        assert_eq!(asset("no/such/file"), None);
    }

    #[tokio::test]
    async fn without_a_built_ui_the_page_says_how_to_build_it() {
        let res = not_built();
        assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
        let text = String::from_utf8(body.to_vec()).unwrap();
        assert!(text.contains("npm --prefix ui ci &amp;&amp; npm --prefix ui run build"), "{text}");
        assert!(text.contains("--ui-dir"), "{text}");
    }
}
