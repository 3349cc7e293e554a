//! SASL payloads for password sign-in: PLAIN (RFC 4616) and LOGIN (draft-murchison-sasl-login).
//!
//! ```text
//! PLAIN message = [authzid] UTF8NUL authcid UTF8NUL passwd      (then base64, RFC 4648)
//! ```
//! The results carry the password; callers send them with `Session::write_secret_line` so the
//! transcript shows only a placeholder.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// `base64(NUL user NUL password)`: SASL PLAIN with an empty authorisation identity.
pub fn plain(username: &str, password: &str) -> String {
    STANDARD.encode(format!("\0{username}\0{password}"))
}

/// `base64(text)`: one step of SASL LOGIN (user name, then password).
pub fn login_step(text: &str) -> String {
    STANDARD.encode(text)
}

/// Decodes a server challenge (`334 VXNlcm5hbWU6` → `Username:`) for the transcript and for
/// deciding what the server asks for; lossy, never fails.
pub fn decode_challenge(challenge: &str) -> String {
    STANDARD
        .decode(challenge.trim())
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_matches_the_rfc_4616_example_shape() {
        // RFC 4616 §4: "\0tim\0tanstaaftanstaaf" (no authzid).
        assert_eq!(plain("tim", "tanstaaftanstaaf"), "AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
    }

    #[test]
    fn login_steps_and_challenges_round_trip() {
        assert_eq!(login_step("alice"), "YWxpY2U=");
        assert_eq!(decode_challenge("VXNlcm5hbWU6"), "Username:");
        assert_eq!(decode_challenge("UGFzc3dvcmQ6"), "Password:");
        assert_eq!(decode_challenge("!!not base64"), "");
    }
}
