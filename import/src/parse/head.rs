//! What comes before an enum's body: its name, its underlying type, and for Objective-C's
//! macros (`NS_ENUM(type, Name)`, `NS_ERROR_ENUM(Domain)`) what their arguments say.

use super::super::lex::{Kind, Token};
use super::Cursor;

/// An enum's name and type, and where its body's `{` should be.
pub(super) struct Head<'a> {
    pub(super) name: Option<&'a str>,
    pub(super) underlying: Option<String>,
    pub(super) domain: Option<&'a str>,
    pub(super) body: usize,
}

impl<'a> Cursor<'_, 'a> {
    /// What comes between `enum` and its `{`: `[class|struct] attributes* Name (':' type)?`.
    pub(super) fn c_head(self, at: usize) -> Option<Head<'a>> {
        let mut name = None;
        let mut underlying = None;
        let mut i = self.significant(at + 1);
        if self.get(i).is_some_and(|t| t.is("class") || t.is("struct")) {
            i = self.significant(i + 1);
        }
        // Names and attribute macros (`RTC_EXPORT`), the last name being the enum's.
        loop {
            let t = self.get(i)?;
            if t.kind == Kind::Ident
                && !self.get(self.significant(i + 1)).is_some_and(|n| n.is("("))
            {
                name = Some(t.text);
                i = self.significant(i + 1);
            } else if let Some((next, _)) = self.attribute(i, false) {
                i = self.significant(next);
            } else {
                break;
            }
        }
        if self.get(i).is_some_and(|t| t.is(":")) {
            let start = self.significant(i + 1);
            let mut end = start;
            while self.get(end).is_some_and(|t| !t.is("{") && !t.is(";")) {
                end += 1;
            }
            let words: Vec<&str> = self.tokens[start..end]
                .iter()
                .filter(|t| !t.is_comment() && t.kind != Kind::Directive)
                .map(|t| t.text)
                .collect();
            underlying = Some(type_text(&words));
            i = end;
        }
        Some(Head {
            name,
            underlying,
            domain: None,
            body: i,
        })
    }

    /// What comes between an Objective-C enum macro and its `{`: `(type, Name)`.
    pub(super) fn objc_head(self, at: usize, keyword: &str) -> Option<Head<'a>> {
        let open = self.significant(at + 1);
        if !self.get(open).is_some_and(|t| t.is("(")) {
            return None;
        }
        let end = self.after_group(open)?;
        let inside: Vec<Token<'a>> = self.tokens[open + 1..end - 1]
            .iter()
            .filter(|t| !t.is_comment() && t.kind != Kind::Directive)
            .copied()
            .collect();
        let mut parts = inside.split(|t| t.is(","));
        let ty: Vec<&str> = parts
            .next()
            .unwrap_or_default()
            .iter()
            .map(|t| t.text)
            .collect();
        let name = match parts.next().unwrap_or_default() {
            [only] if only.kind == Kind::Ident => Some(only.text),
            _ => None,
        };
        if keyword == "NS_ERROR_ENUM" {
            // `NS_ERROR_ENUM(Domain[, Name])`: Swift names an enum without a name after its
            // domain, without `Domain` (`DemoErrorDomain` is `DemoError`).
            let domain = match ty.as_slice() {
                [only] => Some(*only),
                _ => None,
            };
            let name = name.or_else(|| {
                domain.map(|domain| {
                    domain
                        .strip_suffix("Domain")
                        .filter(|rest| !rest.is_empty())
                        .unwrap_or(domain)
                })
            });
            return Some(Head {
                name,
                underlying: Some("NSInteger".to_owned()),
                domain,
                body: self.significant(end),
            });
        }
        Some(Head {
            name,
            underlying: Some(type_text(&ty)),
            domain: None,
            body: self.significant(end),
        })
    }
}

/// A type as written, one space between words and none around `::` (`unsigned int`,
/// `std::int32_t`).
fn type_text(words: &[&str]) -> String {
    let mut text = String::new();
    for word in words {
        if !text.is_empty() && !text.ends_with("::") && *word != "::" {
            text.push(' ');
        }
        text.push_str(word);
    }
    text
}
