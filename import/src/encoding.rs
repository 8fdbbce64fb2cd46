//! The text of a header whatever its encoding: UTF-8, UTF-16 with a byte-order mark, or a legacy
//! encoding (GB18030 and GBK, Big5, Shift\_JIS, the Windows code pages, Latin-1), detected or
//! named. Decoding is `encoding_rs`'s (the WHATWG Encoding Standard's decoders), detection
//! `chardetng`'s, both written for the legacy content of the web, which is what old SDK headers
//! are.

use encoding_rs::{Encoding, EUC_JP, EUC_KR, GBK, ISO_2022_JP, SHIFT_JIS, UTF_8};

/// A header's text, and the encoding it was read in.
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    /// Whether the encoding was guessed from the bytes (neither named, nor UTF-8, nor marked).
    pub guessed: bool,
    /// Whether some bytes were not valid in that encoding (they are U+FFFD in `text`), with the
    /// line of the first of them.
    pub malformed_at: Option<u32>,
}

/// The encoding that `label` names (`gb18030`, `GBK`, `utf-16le`, `latin1`, `shift_jis`, ...: the
/// labels of the Encoding Standard), if it names one.
pub fn named(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// `bytes` decoded: in `forced` when given, else in the encoding of its byte-order mark, else as
/// UTF-8 when it is valid UTF-8, else in the encoding detected from its bytes.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Decoded {
    let known = forced
        .or_else(|| Encoding::for_bom(bytes).map(|(encoding, _)| encoding))
        .or_else(|| std::str::from_utf8(bytes).is_ok().then_some(UTF_8));
    let encoding = known.unwrap_or_else(|| guess(bytes));
    // `decode` removes a byte-order mark of the encoding and replaces what is malformed.
    let (text, used, malformed) = encoding.decode(bytes);
    let malformed_at = malformed.then(|| first_malformed_line(&text));
    Decoded {
        text: text.into_owned(),
        encoding: used,
        guessed: known.is_none(),
        malformed_at,
    }
}

/// The legacy encoding of `bytes`, which are not UTF-8: `chardetng`'s guess, except that a
/// Japanese or Korean guess whose text has no kana or hangul is Chinese text (GBK, whose
/// decoder reads all of GB18030). Comments are short, and a few Chinese characters can look like
/// EUC-JP to a detector; Japanese text without kana, or Korean without hangul, is all but
/// unheard of.
fn guess(bytes: &[u8]) -> &'static Encoding {
    // ISO-2022-JP is a 7-bit encoding that headers do not use.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    let script_found = |found: fn(char) -> bool| guess.decode(bytes).0.chars().any(found);
    let japanese = [EUC_JP, SHIFT_JIS, ISO_2022_JP].contains(&guess);
    if (japanese && !script_found(is_kana)) || (guess == EUC_KR && !script_found(is_hangul)) {
        GBK
    } else {
        guess
    }
}

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9d}')
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '\u{ac00}'..='\u{d7af}')
}

/// The line of the first U+FFFD of `text`.
fn first_malformed_line(text: &str) -> u32 {
    let before = text.split('\u{fffd}').next().unwrap_or_default();
    u32::try_from(before.matches('\n').count() + 1).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::{decode, named};

    #[test]
    fn utf8_bom_and_legacy_encodings() {
        let plain = decode("错误 = 1".as_bytes(), None);
        assert_eq!(
            (plain.text.as_str(), plain.encoding.name()),
            ("错误 = 1", "UTF-8")
        );

        let mut utf16 = vec![0xff, 0xfe];
        for unit in "/** 错误码 */".encode_utf16() {
            utf16.extend(unit.to_le_bytes());
        }
        let decoded = decode(&utf16, None);
        assert_eq!(decoded.text, "/** 错误码 */");
        assert_eq!(decoded.encoding.name(), "UTF-16LE");

        let (gbk, _, _) =
            encoding_rs::GB18030.encode("/** 错误级别：网络连接失败，请检查网络设置。 */");
        let decoded = decode(&gbk, None);
        assert_eq!(
            decoded.text,
            "/** 错误级别：网络连接失败，请检查网络设置。 */"
        );
        assert!(decoded.malformed_at.is_none());

        let latin1 = decode(b"/** caf\xe9 */", None);
        assert_eq!(latin1.text, "/** café */");
        assert!(latin1.guessed && !plain.guessed);

        // A few Chinese characters that a detector alone reads as EUC-JP.
        let (short, _, _) =
            encoding_rs::GB18030.encode("/**< [cn]错误级别 */ /**< [cn]警告级别 */");
        assert_eq!(
            decode(&short, None).text,
            "/**< [cn]错误级别 */ /**< [cn]警告级别 */"
        );
        for (encoding, text) in [
            (
                encoding_rs::SHIFT_JIS,
                "/** ネットワークに接続できません。 */",
            ),
            (encoding_rs::EUC_KR, "/** 네트워크에 연결할 수 없습니다. */"),
            (encoding_rs::BIG5, "/** 無法連線到網路。 */"),
        ] {
            let (bytes, _, _) = encoding.encode(text);
            assert_eq!(decode(&bytes, None).text, text, "{}", encoding.name());
        }

        let forced = decode(&gbk, named("gb18030"));
        assert_eq!(forced.encoding.name(), "gb18030");
        assert!(named("no-such-encoding").is_none());
    }

    #[test]
    fn malformed_bytes_are_found_by_line() {
        let decoded = decode(b"a\nb\n\xff\xfe\xfd", named("utf-8"));
        assert_eq!(decoded.malformed_at, Some(3));
    }
}
