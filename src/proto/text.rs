//! Server text to Rust text: one line's bytes, decoded by what they most likely are.
//!
//! This module owns turning a server's raw line into a `String` without losing its meaning.
//! Most servers send ASCII or UTF-8, but many do not: QQ Mail, NetEase (163/126) and Coremail
//! send Chinese in GBK/GB18030, older Russian servers send KOI8-R or windows-1251, and European
//! servers send German or French in ISO-8859-1/windows-1252. A lossy UTF-8 decode turns those
//! words into U+FFFD and the classifier can no longer read them, so [`decode`] keeps valid
//! UTF-8 as it is and otherwise asks Mozilla's `chardetng` (the detector Firefox uses for
//! legacy web pages, tuned on short and mixed texts) which legacy encoding the bytes are in,
//! then decodes them with `encoding_rs` (Firefox's implementation of the Encoding Standard).
//!
//! Both crates are sans-IO, allocate in proportion to the input and never panic on any bytes;
//! [`decode`] reads at most [`MAX_BYTES`] bytes of a line. [`clean`] is the other half: what
//! of decoded text must never reach a terminal as it is.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, WINDOWS_1252};

/// Most bytes of one line that are decoded (a longer line is cut first; the classifier reads
/// at most 2 KiB of a line anyway).
pub const MAX_BYTES: usize = 4096;

/// Legacy encodings a mail server line is judged to be in. `chardetng` can also answer with
/// encodings no mail server here was seen to use (ISO-2022-JP, Shift_JIS, EUC-KR, Thai,
/// Hebrew, …); those are kept too, since it only answers them on strong evidence.
const FALLBACK: &Encoding = WINDOWS_1252;

/// Decodes one server line (without its CRLF) to text.
///
/// UTF-8 when the bytes are valid UTF-8; otherwise the legacy encoding `chardetng` finds most
/// likely (GBK/GB18030, Big5, KOI8-R, windows-1251, ISO-8859-1/windows-1252, …). Bytes that do
/// not fit the chosen encoding become U+FFFD, so the result is always valid text.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = &bytes[..bytes.len().min(MAX_BYTES)];
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        // A line cut in the middle of a UTF-8 character is still UTF-8.
        Err(e) if e.error_len().is_none() && bytes.len() == MAX_BYTES => {
            String::from_utf8_lossy(bytes).into_owned()
        }
        Err(_) => {
            let (text, _, _) = guess(bytes).decode(bytes);
            text.into_owned()
        }
    }
}

/// The legacy encoding the bytes are most likely in.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guessed = detector.guess(None, Utf8Detection::Deny);
    // chardetng answers UTF-8 only when allowed; keep a decoding that maps every byte.
    if guessed == encoding_rs::UTF_8 {
        return FALLBACK;
    }
    if reads_better_as_gbk(bytes, guessed) { encoding_rs::GBK } else { guessed }
}

/// A short Chinese line in GBK (QQ Mail, NetEase, Coremail) also decodes as Japanese or Korean,
/// and on a few words chardetng may prefer those. Japanese text almost always has kana and
/// modern Korean almost never has Han characters, so when the Japanese or Korean reading lacks
/// what those languages look like and the bytes are valid GBK, they are read as GBK.
fn reads_better_as_gbk(bytes: &[u8], guessed: &'static Encoding) -> bool {
    let japanese = guessed == encoding_rs::EUC_JP || guessed == encoding_rs::SHIFT_JIS;
    let korean = guessed == encoding_rs::EUC_KR;
    if !(japanese || korean) {
        return false;
    }
    let Some(gbk) = encoding_rs::GBK.decode_without_bom_handling_and_without_replacement(bytes) else {
        return false;
    };
    let (text, _) = guessed.decode_without_bom_handling(bytes);
    let kana = text.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c));
    let han = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let gbk_han = gbk.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    gbk_han && if japanese { !kana } else { han }
}

/// Drops what could make server text lie on a terminal: control characters (ESC above all),
/// Unicode bidirectional overrides and isolates (which reorder what is shown, e.g. a host name
/// displayed backwards), and line and paragraph separators (a fake extra line).
pub fn clean(text: &str) -> String {
    text.chars().filter(|&c| !c.is_control() && !spoofs(c)).collect()
}

/// Bidi controls (U+061C, U+200E/F, U+202A-E, U+2066-9) and U+2028/U+2029.
fn spoofs(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{2028}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        let (bytes, used, unmappable) = encoding.encode(text);
        assert_eq!(used, encoding, "{text:?} encodes in {}", encoding.name());
        assert!(!unmappable, "{text:?} fits {}", encoding.name());
        bytes.into_owned()
    }

    #[test]
    fn utf8_stays_as_it_is() {
        let line = "a1 NO [AUTHENTICATIONFAILED] Неверный логин или пароль (密码错误, ungültig)";
        assert_eq!(decode(line.as_bytes()), line);
    }

    #[test]
    fn chinese_refusals_in_gbk_are_read_as_chinese() {
        // The words QQ Mail, NetEase and Coremail use for "wrong password" and "try later".
        for text in [
            "535 Error: 密码错误，请重新输入",
            "-ERR 用户名或密码错误",
            "a1 NO [AUTHENTICATIONFAILED] 登录失败，请稍后再试",
        ] {
            let raw = encode(text, encoding_rs::GBK);
            assert!(std::str::from_utf8(&raw).is_err());
            assert_eq!(decode(&raw), text);
        }
    }

    #[test]
    fn cyrillic_refusals_in_koi8_r_and_windows_1251_are_read_as_cyrillic() {
        let text = "-ERR Неверное имя пользователя или пароль";
        assert_eq!(decode(&encode(text, encoding_rs::KOI8_R)), text);
        assert_eq!(decode(&encode(text, encoding_rs::WINDOWS_1251)), text);
        let blocked = "535 Ваш аккаунт временно заблокирован";
        assert_eq!(decode(&encode(blocked, encoding_rs::WINDOWS_1251)), blocked);
        assert_eq!(decode(&encode(blocked, encoding_rs::KOI8_R)), blocked);
    }

    #[test]
    fn german_and_french_in_latin_1_are_read_with_their_accents() {
        for text in [
            "-ERR Benutzername oder Passwort ungültig",
            "a1 NO Anmeldung fehlgeschlagen: Kennwort abgelaufen, bitte ändern",
            "535 Échec de l'authentification : mot de passe incorrect",
        ] {
            assert_eq!(decode(&encode(text, WINDOWS_1252)), text);
        }
    }

    #[test]
    fn a_short_gb18030_line_is_not_mistaken_for_japanese_and_real_japanese_and_korean_stay() {
        let chinese = "* BYE 连接数过多";
        assert_eq!(decode(&encode(chinese, encoding_rs::GB18030)), chinese);
        let japanese = "a1 NO パスワードが違います";
        assert_eq!(decode(&encode(japanese, encoding_rs::SHIFT_JIS)), japanese);
        let korean = "a1 NO 비밀번호가 틀렸습니다";
        assert_eq!(decode(&encode(korean, encoding_rs::EUC_KR)), korean);
    }

    #[test]
    fn traditional_chinese_in_big5_is_read() {
        let text = "a1 NO 帳號或密碼錯誤，請重新登入";
        assert_eq!(decode(&encode(text, encoding_rs::BIG5)), text);
    }

    #[test]
    fn hostile_bytes_decode_to_valid_text_and_long_lines_are_cut() {
        for bytes in [&b"\xff\xfe\xc3"[..], b"\x80", b"a1 NO \xc3", b"\xe2\x82", &[0u8; 7], b""] {
            let text = decode(bytes);
            assert!(text.chars().count() <= bytes.len().max(1) * 2, "{bytes:?} → {text:?}");
        }
        let mut long = vec![b'x'; MAX_BYTES * 4];
        long.push(0xff);
        assert_eq!(decode(&long).len(), MAX_BYTES, "cut before decoding");
        let mut cut_char = vec![b'y'; MAX_BYTES - 1];
        cut_char.extend_from_slice("é".as_bytes());
        let text = decode(&cut_char);
        assert!(text.starts_with("yyy") && text.ends_with('\u{fffd}'), "cut mid-character stays UTF-8");
    }
}
