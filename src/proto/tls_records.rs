//! What a server's answer to a TLS ClientHello says, read from the raw bytes (sans-IO).
//!
//! rustls says *that* a handshake failed; these bytes say *how far* it got. A TLS record
//! (RFC 8446 §5.1, RFC 5246 §6.2) is a content type (`0x15` alert, `0x16` handshake, `0x14`
//! ChangeCipherSpec, `0x17` application data), a legacy version `0x03 0x0N`, a two-byte length
//! and the fragment. Handshake messages (RFC 8446 §4) are a type (`0x02` ServerHello, `0x0b`
//! Certificate), a three-byte length and the body, possibly split over several records.
//!
//! Only plaintext records can be read: in TLS 1.3 everything after the ServerHello is
//! encrypted, while in TLS 1.2 the Certificate message travels in the clear (RFC 5246 §7.4.2),
//! so a server that fails right after sending its certificate still shows it over TLS 1.2.

/// Most certificates taken from one Certificate message.
const MAX_CERTIFICATES: usize = 10;

/// What the plaintext part of a server's TLS answer holds.
#[derive(Clone, Debug, Default, Eq, PartialEq)]
pub struct Answer {
    /// The bytes start with a TLS record: the server speaks TLS.
    pub is_tls: bool,
    /// A ServerHello arrived: the server accepted the ClientHello and started the handshake.
    pub server_hello: bool,
    /// The certificates of a plaintext (TLS 1.2) Certificate message, leaf first, DER.
    pub certificates: Vec<Vec<u8>>,
    /// The description code of a plaintext alert (RFC 8446 §6: 40 handshake_failure,
    /// 70 protocol_version, 80 internal_error, …).
    pub alert: Option<u8>,
}

/// Reads the plaintext records at the start of `bytes`; stops at the first encrypted or
/// incomplete record. Never panics, whatever the bytes.
pub fn read(bytes: &[u8]) -> Answer {
    let mut answer = Answer::default();
    let mut handshake = Vec::new();
    let mut rest = bytes;
    while rest.len() >= 5 && rest[1] == 0x03 && matches!(rest[0], 0x14..=0x16) {
        let typ = rest[0];
        let len = usize::from(u16::from_be_bytes([rest[3], rest[4]]));
        answer.is_tls = true;
        let Some(fragment) = rest.get(5..5 + len) else {
            // A record not complete yet: what there is of a handshake record still counts.
            if typ == 0x16 {
                handshake.extend_from_slice(&rest[5..]);
            }
            break;
        };
        match typ {
            0x16 => handshake.extend_from_slice(fragment),
            0x15 if fragment.len() == 2 => answer.alert = Some(fragment[1]),
            _ => {}
        }
        rest = &rest[5 + len..];
    }
    if bytes.len() >= 2 && matches!(bytes[0], 0x15 | 0x16) && bytes[1] == 0x03 {
        // The first record's header is not complete yet.
        answer.is_tls = true;
    }
    read_handshake(&handshake, &mut answer);
    answer
}

/// Walks the handshake messages of the plaintext records.
fn read_handshake(mut messages: &[u8], answer: &mut Answer) {
    while messages.len() >= 4 {
        let typ = messages[0];
        let len = u24(&messages[1..4]);
        let Some(body) = messages.get(4..4 + len) else {
            // Only the start of a message: a ServerHello is recognised by its header alone.
            answer.server_hello |= typ == 0x02;
            return;
        };
        match typ {
            0x02 => answer.server_hello = true,
            0x0b => answer.certificates = certificate_list(body),
            _ => {}
        }
        messages = &messages[4 + len..];
    }
}

/// A TLS 1.2 Certificate body: a three-byte list length, then entries of a three-byte length
/// and the DER certificate (RFC 5246 §7.4.2).
fn certificate_list(body: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let Some(list) = body.get(3..).and_then(|rest| rest.get(..u24(body).min(rest.len()))) else {
        return out;
    };
    let mut rest = list;
    while rest.len() >= 3 && out.len() < MAX_CERTIFICATES {
        let len = u24(rest);
        let Some(der) = rest.get(3..3 + len) else { break };
        out.push(der.to_vec());
        rest = &rest[3 + len..];
    }
    out
}

/// A big-endian three-byte length (the caller checked there are three bytes).
fn u24(bytes: &[u8]) -> usize {
    match bytes {
        [a, b, c, ..] => usize::from(*a) << 16 | usize::from(*b) << 8 | usize::from(*c),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record: type, version 0x0303, length, fragment.
    fn record(typ: u8, fragment: &[u8]) -> Vec<u8> {
        let mut out = vec![typ, 0x03, 0x03];
        out.extend_from_slice(&(fragment.len() as u16).to_be_bytes());
        out.extend_from_slice(fragment);
        out
    }

    fn message(typ: u8, body: &[u8]) -> Vec<u8> {
        let len = body.len();
        let mut out = vec![typ, (len >> 16) as u8, (len >> 8) as u8, len as u8];
        out.extend_from_slice(body);
        out
    }

    fn certificate_message(certs: &[&[u8]]) -> Vec<u8> {
        let mut list = Vec::new();
        for der in certs {
            let len = der.len();
            list.extend_from_slice(&[(len >> 16) as u8, (len >> 8) as u8, len as u8]);
            list.extend_from_slice(der);
        }
        let len = list.len();
        let mut body = vec![(len >> 16) as u8, (len >> 8) as u8, len as u8];
        body.extend_from_slice(&list);
        message(0x0b, &body)
    }

    #[test]
    fn a_tls12_server_hello_certificate_and_alert_are_all_read() {
        // ServerHello (version 3.3, 32 random bytes, no session id, cipher c02b, no compression).
        let mut hello = vec![0x03, 0x03];
        hello.extend_from_slice(&[0x42; 32]);
        hello.extend_from_slice(&[0x00, 0xc0, 0x2b, 0x00]);
        let mut flight = message(0x02, &hello);
        flight.extend(certificate_message(&[b"leaf-der", b"intermediate-der"]));
        // The flight split over two records, then alert 80 (internal_error).
        let mut bytes = record(0x16, &flight[..20]);
        bytes.extend(record(0x16, &flight[20..]));
        bytes.extend(record(0x15, &[0x02, 80]));
        let answer = read(&bytes);
        assert!(answer.is_tls && answer.server_hello);
        assert_eq!(answer.certificates, vec![b"leaf-der".to_vec(), b"intermediate-der".to_vec()]);
        assert_eq!(answer.alert, Some(80));
    }

    #[test]
    fn a_tls13_answer_shows_its_server_hello_but_nothing_encrypted() {
        let mut hello = vec![0x03, 0x03];
        hello.extend_from_slice(&[0x11; 32]);
        hello.extend_from_slice(&[0x00, 0x13, 0x01, 0x00]);
        let mut bytes = record(0x16, &message(0x02, &hello));
        bytes.extend(record(0x14, &[0x01]));
        bytes.extend(record(0x17, &[0xaa; 40]));
        let answer = read(&bytes);
        assert!(answer.server_hello);
        assert!(answer.certificates.is_empty());
        assert_eq!(answer.alert, None);
    }

    #[test]
    fn an_alert_straight_away_is_tls_without_a_server_hello() {
        let answer = read(&record(0x15, &[0x02, 70]));
        assert_eq!(
            answer,
            Answer { is_tls: true, server_hello: false, certificates: vec![], alert: Some(70) }
        );
    }

    #[test]
    fn half_a_server_hello_is_already_a_server_hello() {
        let cut = [0x16, 0x03, 0x03, 0x00, 0x7a, 0x02, 0x00, 0x00, 0x76, 0x03, 0x03];
        let answer = read(&cut);
        assert!(answer.is_tls && answer.server_hello);
        assert!(read(&cut[..3]).is_tls);
        assert!(!read(&cut[..3]).server_hello);
    }

    #[test]
    fn text_and_garbage_are_not_tls_and_hostile_lengths_do_not_panic() {
        for bytes in [
            &b"HTTP/1.1 400 Bad Request\r\n"[..],
            b"* OK ready\r\n",
            b"",
            b"\x16",
            b"\x16\x03\x03\xff\xff",
            b"\x16\x03\x03\x00\x04\x0b\xff\xff\xff",
            b"\x16\x03\x03\x00\x07\x0b\x00\x00\x03\xff\xff\xff",
        ] {
            let answer = read(bytes);
            assert!(answer.certificates.is_empty(), "{bytes:?}");
        }
        assert!(!read(b"HTTP/1.1 400 Bad Request\r\n").is_tls);
        assert!(!read(b"* OK ready\r\n").is_tls);
    }
}
