//! SASL payloads: PLAIN (RFC 4616) and LOGIN (draft-murchison-sasl-login) for passwords,
//! OAUTHBEARER (RFC 7628) and Google's/Microsoft's XOAUTH2 for OAuth2 access tokens.
//!
//! ```text
//! PLAIN message = [authzid] UTF8NUL authcid UTF8NUL passwd      (then base64, RFC 4648)
//! XOAUTH2       = "user=" user ^A "auth=Bearer " token ^A ^A
//! OAUTHBEARER   = "n,a=" saslname "," ^A "host=" host ^A "port=" port ^A "auth=Bearer " token ^A ^A
//! ```
//! The results carry the password; callers send them with `Session::write_secret_line` so the
//! transcript shows only a placeholder.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// `base64(NUL user NUL password)`: SASL PLAIN with an empty authorisation identity.
pub fn plain(username: &str, password: &str) -> String {
    STANDARD.encode(format!("\0{username}\0{password}"))
}

/// XOAUTH2's initial response (Google's and Microsoft's mail servers).
pub fn xoauth2(username: &str, token: &str) -> String {
    STANDARD.encode(format!("user={username}\x01auth=Bearer {token}\x01\x01"))
}

/// OAUTHBEARER's initial response (RFC 7628 §3.1), with the GS2 header naming the user
/// (`,` and `=` escaped as RFC 5801 says) and the server's host and port.
pub fn oauthbearer(username: &str, token: &str, host: &str, port: u16) -> String {
    let saslname = username.replace('=', "=3D").replace(',', "=2C");
    STANDARD.encode(format!("n,a={saslname},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01"))
}

/// What the client answers to an OAuth error challenge so the server ends the exchange:
/// an empty response for XOAUTH2, `%x01` for OAUTHBEARER (RFC 7628 §3.2.3).
pub fn oauth_abort(oauthbearer: bool) -> &'static str {
    if oauthbearer { "AQ==" } else { "" }
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
    fn oauth_payloads_have_the_shapes_of_rfc_7628_and_xoauth2() {
        let decode = |b64: &str| String::from_utf8(STANDARD.decode(b64).unwrap()).unwrap();
        assert_eq!(
            decode(&xoauth2("someuser@example.com", "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg")),
            "user=someuser@example.com\x01auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"
        );
        // RFC 7628 §4.1, with the user named in the GS2 header.
        assert_eq!(
            decode(&oauthbearer(
                "user@example.com",
                "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==",
                "server.example.com",
                143
            )),
            "n,a=user@example.com,\x01host=server.example.com\x01port=143\x01auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01"
        );
        assert!(decode(&oauthbearer("a,b=c", "t", "h", 1)).starts_with("n,a=a=2Cb=3Dc,"));
        assert_eq!(decode(oauth_abort(true)), "\x01");
    }

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
