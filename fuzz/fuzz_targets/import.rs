//! The importer on arbitrary bytes: the importer must never panic (nor loop: libFuzzer's
//! timeout catches an expansion that does not end), whatever it writes must be a `rtc_codes!`
//! invocation that the macro's stages parse and check without an error, and no text it writes
//! may keep a tag, a character reference or a link's braces. Each input is read twice:
//! as it is, and with two families of `#define` lists asked for (two macro families).

#![no_main]

mod engine;

use libfuzzer_sys::fuzz_target;
use rtc_codes_import::{Builder, Import, Options};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let builder = Builder::new().text("fuzzed.h", text);
    check(&builder.import());
    let macros = Options {
        macros: vec!["FuzzA=A".parse().unwrap(), "FuzzD=D,-DE".parse().unwrap()],
        ..Options::default()
    };
    check(&builder.options(macros).import());
});

fn check(imported: &Import) {
    let source = imported.to_source();
    if imported.families.is_empty() {
        assert!(source.is_empty());
        return;
    }
    let body = source
        .split_once("rtc_codes::rtc_codes! {")
        .and_then(|(_, rest)| rest.trim_end().strip_suffix('}'))
        .expect("one rtc_codes! invocation");
    let expansion = engine::expand(body).expect("the source lexes");
    assert!(
        !expansion.to_string().contains("compile_error"),
        "not a valid invocation:\n{source}"
    );
    for family in &imported.families {
        let texts = std::iter::once(&family.docs).chain(family.codes.iter().flat_map(|code| {
            std::iter::once(&code.description)
                .chain(code.translations.iter().map(|(_, text)| text))
                .chain(code.deprecated.iter())
        }));
        for text in texts {
            if let Some(markup) = markup_in(text) {
                panic!("{markup:?} left in {text:?}:\n{source}");
            }
        }
    }
}

/// An HTML tag of an element doc comments use (with attributes or not, over comment lines or
/// not: the importer joins a tag a line break splits), a character reference or a Javadoc
/// link's braces in `text`. (A command's spelling can be text: Doxygen's `\@` and `\\`
/// escapes write `@brief` and `\brief`; the importer's property tests check commands on inputs
/// without escapes.)
fn markup_in(text: &str) -> Option<String> {
    let lowered = text.to_ascii_lowercase();
    let tags = ["br", "p", "b", "i", "em", "table", "td", "th", "tr", "ul", "ol", "li", "code", "pre"];
    for tag in tags {
        for open in [format!("<{tag}"), format!("</{tag}")] {
            for (at, _) in lowered.match_indices(&open) {
                let after = lowered[at + open.len()..].chars().next();
                // `<b>`, `<b class="x">`, `<br/>`: up to its `>`, with no `<` or line break on
                // the way (a tag the comment wraps over lines is joined before it is read).
                let rest = &lowered[at + 1..];
                let closed = rest.find('>').is_some_and(|end| !rest[..end].contains(['<', '\n']));
                if after.is_some_and(|c| c == '>' || c == '/' || c.is_whitespace()) && closed {
                    return Some(text[at..].chars().take(16).collect());
                }
            }
        }
    }
    if let Some(reference) = numeric_reference(text) {
        return Some(reference);
    }
    ["&times;", "&amp;", "&lt;", "&gt;", "&nbsp;", "{@link"]
        .into_iter()
        .find(|markup| text.contains(markup))
        .map(str::to_owned)
}

/// A numeric character reference (`&#215;`, `&#xD7;`) in `text`: `&#` with digits and `;`.
fn numeric_reference(text: &str) -> Option<String> {
    text.match_indices("&#").find_map(|(at, _)| {
        let rest = &text[at + 2..];
        let (digits, radix) = match rest.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (rest, 10),
        };
        let len = digits.find(|c: char| !c.is_digit(radix)).unwrap_or(digits.len());
        (len > 0 && digits[len..].starts_with(';')).then(|| text[at..].chars().take(12).collect())
    })
}
