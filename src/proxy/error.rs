//! Every way a proxied request can fail, and the one place that maps each
//! to an HTTP status and a JSON body.
//!
//! Errors carry their side (client, upstream, internal) as pingora's do,
//! never request content: messages name limits, encodings and phases only,
//! so an error body or log line cannot leak what was being redacted.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::header::{HeaderValue, CONNECTION, CONTENT_TYPE, RETRY_AFTER};
use hyper::{Response, StatusCode};

use super::ProxyBody;
use crate::format::FormatError;

/// Why a request was not (fully) proxied.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ProxyError {
    /// The body is over the size limit (raw or decoded).
    #[error("request body exceeds the limit of {limit} bytes")]
    BodyTooLarge {
        /// The limit.
        limit: u64,
    },
    /// The body's encoding, charset or format cannot be inspected.
    #[error("{0}")]
    Uninspectable(FormatError),
    /// The body is malformed in a way that stops scanning.
    #[error("{0}")]
    MalformedBody(FormatError),
    /// The request itself is malformed or ambiguous (framing, method).
    #[error("{0}")]
    BadRequest(&'static str),
    /// The request head is over the size or header-count limit.
    #[error("request head exceeds the limits of {limit} bytes and {count} headers")]
    HeadersTooLarge {
        /// The size limit.
        limit: usize,
        /// The header-count limit.
        count: usize,
    },
    /// A method the proxy never forwards (CONNECT).
    #[error("method not allowed: {0}")]
    MethodNotAllowed(&'static str),
    /// The client stopped sending the body for too long.
    #[error("request body idle for more than {secs} s")]
    BodyTimeout {
        /// The idle limit in seconds.
        secs: u64,
    },
    /// Reading the request body from the client failed.
    #[error("reading the request body failed")]
    ClientBody,
    /// The upstream refused, reset or failed the connection.
    #[error("upstream unavailable")]
    UpstreamUnavailable,
    /// The upstream did not answer in time.
    #[error("upstream timed out after {secs} s")]
    UpstreamTimeout {
        /// The limit in seconds.
        secs: u64,
    },
    /// Too many connections or requests at once.
    #[error("overloaded, retry later")]
    Overloaded,
    /// A bug or an impossible state; names the component.
    #[error("internal error in {0}")]
    Internal(&'static str),
}

impl From<FormatError> for ProxyError {
    fn from(e: FormatError) -> Self {
        match e {
            FormatError::DecodedTooLarge { limit } => ProxyError::BodyTooLarge { limit },
            FormatError::ExpansionTooHigh { .. } => ProxyError::BodyTooLarge { limit: 0 },
            FormatError::UnsupportedEncoding(_)
            | FormatError::TooManyEncodings
            | FormatError::UnsupportedCharset(_)
            | FormatError::BinaryPartRefused => ProxyError::Uninspectable(e),
            FormatError::CorruptEncoding
            | FormatError::MalformedMultipart(_)
            | FormatError::MissingBoundary
            | FormatError::Internal(_) => ProxyError::MalformedBody(e),
        }
    }
}

impl ProxyError {
    /// The status and the stable error code of the JSON body.
    pub fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            ProxyError::BodyTooLarge { .. } => (StatusCode::PAYLOAD_TOO_LARGE, "body_too_large"),
            ProxyError::Uninspectable(_) => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "uninspectable_body")
            }
            ProxyError::MalformedBody(_) => (StatusCode::BAD_REQUEST, "malformed_body"),
            ProxyError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            ProxyError::HeadersTooLarge { .. } => (
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                "headers_too_large",
            ),
            ProxyError::MethodNotAllowed(_) => {
                (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed")
            }
            ProxyError::BodyTimeout { .. } => (StatusCode::REQUEST_TIMEOUT, "body_timeout"),
            ProxyError::ClientBody => (StatusCode::BAD_REQUEST, "client_body_error"),
            ProxyError::UpstreamUnavailable => (StatusCode::BAD_GATEWAY, "upstream_unavailable"),
            ProxyError::UpstreamTimeout { .. } => (StatusCode::GATEWAY_TIMEOUT, "upstream_timeout"),
            ProxyError::Overloaded => (StatusCode::SERVICE_UNAVAILABLE, "overloaded"),
            ProxyError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }

    /// Whether the client connection should be closed after the answer
    /// (the request stream can no longer be trusted or was not read).
    pub fn closes_connection(&self) -> bool {
        matches!(
            self,
            ProxyError::BadRequest(_)
                | ProxyError::HeadersTooLarge { .. }
                | ProxyError::BodyTooLarge { .. }
                | ProxyError::BodyTimeout { .. }
                | ProxyError::ClientBody
                | ProxyError::MalformedBody(_)
                | ProxyError::Uninspectable(_)
        )
    }

    /// The response the client gets:
    /// `{"error":{"code":…,"message":…,"request_id":…}}`.
    pub fn to_response(&self, request_id: &str) -> hyper::Response<ProxyBody> {
        let (status, _) = self.status_and_code();
        let body = self.json_body(request_id);
        let mut resp = Response::new(
            Full::new(Bytes::from(body))
                .map_err(|never| match never {})
                .boxed(),
        );
        *resp.status_mut() = status;
        resp.headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if status == StatusCode::SERVICE_UNAVAILABLE {
            resp.headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from_static("1"));
        }
        if self.closes_connection() {
            resp.headers_mut()
                .insert(CONNECTION, HeaderValue::from_static("close"));
        }
        resp
    }

    /// [`to_response`](Self::to_response) as the bytes of a whole
    /// HTTP/1.1 response that closes the connection: for a request hyper
    /// refused before the service saw it (see [`super::guard`]), where
    /// there is no response to build, only bytes to write.
    pub fn to_http1_bytes(&self, request_id: &str) -> Vec<u8> {
        let (status, _) = self.status_and_code();
        let body = self.json_body(request_id);
        let head = format!(
            "HTTP/1.1 {} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            status.as_u16(),
            status.canonical_reason().unwrap_or(""),
            body.len()
        );
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(body.as_bytes());
        bytes
    }

    fn json_body(&self, request_id: &str) -> String {
        let (_, code) = self.status_and_code();
        format!(
            r#"{{"error":{{"code":"{}","message":"{}","request_id":"{}"}}}}"#,
            code,
            json_escape(&self.to_string()),
            json_escape(request_id)
        )
    }
}

fn json_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}
