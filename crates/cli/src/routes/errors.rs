//! Error answers in the caller's language (issue 17). A handler that knows what went wrong as a
//! Fluent message attaches it to its `{code, message}` answer ([`said`], [`HttpError::said`]);
//! the [`localize`] layer then says it in the language the request asks for: `?lang=`, else the
//! signed-in account's saved UI language (Settings, `users.language`), else `Accept-Language`,
//! else English (`en-XA` on a development server with `PG_PSEUDO=1`).
//! What a parser or the OS said stays an argument. `api-errors.ftl` holds the messages;
//! tests/api_lang.rs walks the error answers of every route of the boundary table.

use std::sync::OnceLock;

use axum::body::Body;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use guard_engine::PipelineGuard;
use guard_engine::heal::timeline::Msg;
use guard_i18n::{Lang, Localizer};

/// The message an error answer says (a response extension, read by [`localize`]).
#[derive(Clone)]
pub struct SayError(pub Msg);

/// The signed-in account a response answers (a response extension the gate adds, read by
/// [`localize`]): the gate runs inside this layer, so the request this layer holds never
/// carries the principal.
#[derive(Clone)]
pub struct AnsweredFor(pub String);

/// An error answer: `{code, message, msg}` with `status`, said in the caller's language by
/// [`localize`] when it carries a message.
pub fn answer(status: axum::http::StatusCode, err: guard_engine::api::ApiError) -> Response {
    use axum::response::IntoResponse;
    let msg = err.msg.clone();
    let res = (status, axum::Json(err)).into_response();
    match msg {
        Some(m) => said(res, m),
        None => res,
    }
}

/// `res` with the message its error says.
pub fn said(mut res: Response, msg: Msg) -> Response {
    res.extensions_mut().insert(SayError(msg));
    res
}

fn localizer() -> &'static Localizer {
    static LOC: OnceLock<Localizer> = OnceLock::new();
    LOC.get_or_init(Localizer::embedded)
}

/// The language a request names in its `lang` parameter, when it is one of the ten (or `en-XA`
/// in pseudo mode).
fn asked_lang(req: &Request) -> Option<Lang> {
    req.uri().query().and_then(|q| {
        q.split('&').find_map(|kv| kv.strip_prefix("lang=")).and_then(|v| v.replace("%2D", "-").parse::<Lang>().ok())
    })
}

/// The language of an error answer: `?lang=`, else the account's saved language (looked up
/// only for an error, and only when the request names none), else `Accept-Language`.
async fn answer_lang(guard: &PipelineGuard, asked: Option<Lang>, account: Option<&str>, header: Lang) -> Lang {
    if let Some(l) = asked {
        return l;
    }
    let saved = match account {
        Some(name) => guard.security().user_language(name).await.ok().flatten(),
        None => None,
    };
    saved.and_then(|l| l.parse::<Lang>().ok()).unwrap_or(header)
}

/// The layer: an error answer that carries a [`SayError`] gets its `message` said in the
/// request's language ([`answer_lang`]); the `code` and the status stay.
pub async fn localize(State(guard): State<PipelineGuard>, req: Request, next: Next) -> Response {
    let asked = asked_lang(&req);
    let header = crate::routes::site::lang_of(req.headers());
    let mut res = next.run(req).await;
    let account = res.extensions_mut().remove::<AnsweredFor>();
    let Some(SayError(msg)) = res.extensions_mut().remove::<SayError>() else { return res };
    let lang = answer_lang(&guard, asked, account.as_ref().map(|a| a.0.as_str()), header).await;
    let Some(text) = guard_engine::heal::timeline::render(localizer(), lang, &msg) else { return res };
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 1 << 20).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let mut value: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(v @ serde_json::Value::Object(_)) => v,
        _ => return Response::from_parts(parts, Body::from(bytes)),
    };
    value["message"] = text.into();
    // The body carries the message too (`ApiError::msg`): the UI says it in its own language.
    if let Ok(m) = serde_json::to_value(&msg) {
        value["msg"] = m;
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(serde_json::to_vec(&value).unwrap_or_default()))
}

/// A JSON body that does not parse, and what the parser said.
pub fn bad_json(detail: impl std::fmt::Display) -> Msg {
    let detail = detail.to_string();
    let detail = detail.strip_prefix("Failed to deserialize the JSON body into the target type: ").unwrap_or(&detail);
    Msg::new("api-error-bad-json").text("detail", detail)
}

/// [`bad_json`], with the shape the operation expects.
pub fn bad_json_expected(detail: impl std::fmt::Display, expected: &str) -> Msg {
    Msg::new("api-error-bad-json-expected").text("detail", detail).text("expected", expected)
}

/// [`bad_json`] for axum's rejection of a `Json` body.
pub fn json_rejection(e: &JsonRejection) -> Msg {
    bad_json(e.body_text())
}

/// A query string that does not parse, and what the parser said.
pub fn bad_query(detail: &str) -> Msg {
    let detail = detail.strip_prefix("Failed to deserialize query string: ").unwrap_or(detail);
    Msg::new("api-error-bad-query").text("detail", detail)
}

/// A 404 about the account `name` says "no user" in the caller's language; other answers stay.
pub fn about_user(res: Response, name: &str) -> Response {
    if res.status() == axum::http::StatusCode::NOT_FOUND {
        said(res, Msg::new("api-error-no-user").text("name", name))
    } else {
        res
    }
}

/// A 404 about the region `region` says "unknown region" (with the six) in the caller's
/// language; other answers stay.
pub fn about_region(res: Response, region: &str) -> Response {
    if res.status() == axum::http::StatusCode::NOT_FOUND {
        let all: Vec<&str> = guard_engine::model::Region::ALL.iter().map(|r| r.as_str()).collect();
        said(res, Msg::new("api-error-unknown-region").text("value", region).text("expected", all.join(", ")))
    } else {
        res
    }
}

/// A `lang` parameter that names none of the ten languages.
pub fn unknown_language(value: &str) -> Msg {
    Msg::new("api-error-unknown-language").text("value", value).text("expected", Lang::ALL.map(|l| l.code()).join(", "))
}
