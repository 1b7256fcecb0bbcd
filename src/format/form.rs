//! Following `application/x-www-form-urlencoded` bodies: `key=value&…`.
//!
//! Values are scanned through percent-decoding with `+` read as a space
//! (the detector is built with `plus_as_space`); field names are kept. A
//! mask is `*`, which form encoding leaves literal, so the output parses as
//! form data with the same keys.

use crate::stream::{Context, Shaper};

/// Tracks whether the stream is in a field name or a value.
#[derive(Clone, Debug, Default)]
pub struct FormShaper {
    in_value: bool,
}

impl Shaper for FormShaper {
    fn observe(&mut self, bytes: &[u8]) {
        // The last '=' or '&' decides: '=' opens a value (a later '=' inside
        // it, `a=b=c`, keeps it open), '&' starts the next field name.
        if let Some(i) = memchr::memrchr2(b'=', b'&', bytes) {
            self.in_value = bytes[i] == b'=';
        }
    }

    fn context(&self) -> Context {
        if self.in_value {
            Context::Text
        } else {
            Context::Key
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_values() {
        let mut s = FormShaper::default();
        s.observe(b"jane%40x.io=");
        assert_eq!(s.context(), Context::Text);
        s.observe(b"1&");
        assert_eq!(s.context(), Context::Key);
        s.observe(b"mail=a=b");
        assert_eq!(s.context(), Context::Text);
    }
}
