//! The parser of a plain code line, without syn.
//!
//! Nearly every line of a real family has one shape: `#[codes(...)]` or `#[name]` attributes,
//! `Name = -1000 => "description"`, a decimal or hex value without suffix, and translations
//! tagged with one word (`en "..."`). Macro expansion is paid again on every rebuild, and syn's
//! parser costs several times this one on such a line (each code's tokens cross into syn's buffer
//! and back). So [`code_in`] reads that shape from the tokens directly and returns `None` for
//! anything else, which the reference parser (`Code::parse`) then reads, with its errors. The two
//! must build the same `Code`: `tests::agrees_with_the_reference_parser` checks it on generated
//! lines of every shape.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, TokenTree};
use syn::{
    token, AttrStyle, Attribute, Expr, ExprLit, Lit, Meta, MetaList, MetaNameValue, Path, Token,
    Type, TypePath, Visibility,
};

use super::{Code, FamilyHeader, LangTag, Text, Value};

/// The header of a family (`attr* pub? enum Name (: repr)?`, the tokens before its `{`), if it
/// has the plain shape: attributes as [`attribute`] reads them, no visibility or `pub`, and no
/// repr or one that is an identifier. `pub(crate)`, generics and the rest go to the reference
/// parser (`FamilyHeader::parse`); `tests::headers_agree_with_the_reference_parser` checks that
/// the two read alike.
pub(super) fn header(tokens: &[TokenTree]) -> Option<FamilyHeader> {
    let (attrs, rest) = attributes(tokens, &attribute_trees(tokens))?;
    let (vis, rest) = match rest {
        [TokenTree::Ident(vis), after @ ..]
            if vis == "pub" && matches!(after.first(), Some(TokenTree::Ident(_))) =>
        {
            (Visibility::Public(Token![pub](vis.span())), after)
        }
        _ => (Visibility::Inherited, rest),
    };
    let [TokenTree::Ident(keyword), TokenTree::Ident(ident), rest @ ..] = rest else {
        return None;
    };
    if keyword != "enum" || !is_plain_ident(ident) {
        return None;
    }
    let repr = match rest {
        [] => None,
        [TokenTree::Punct(colon), TokenTree::Ident(repr)] if is_alone(colon, ':') => {
            if !is_plain_ident(repr) {
                return None;
            }
            Some(Type::Path(TypePath {
                attrs: Vec::new(),
                qself: None,
                path: Path::from(repr.clone()),
            }))
        }
        _ => return None,
    };
    Some(FamilyHeader {
        attrs,
        vis,
        ident: ident.clone(),
        generics: None,
        repr,
    })
}

/// The tokens inside each `#[...]` of `tokens`, in order.
fn attribute_trees(tokens: &[TokenTree]) -> Vec<Vec<TokenTree>> {
    tokens
        .windows(2)
        .filter_map(|pair| match pair {
            [TokenTree::Punct(pound), TokenTree::Group(group)]
                if pound.as_char() == '#' && group.delimiter() == Delimiter::Bracket =>
            {
                Some(group.stream().into_iter().collect())
            }
            _ => None,
        })
        .collect()
}

/// The outer attributes at the start of `tokens`, as [`attribute`] reads them, and the tokens
/// after them; `trees` holds the tokens inside each `#[...]` of `tokens`, in order.
fn attributes<'a>(
    mut rest: &'a [TokenTree],
    trees: &[Vec<TokenTree>],
) -> Option<(Vec<Attribute>, &'a [TokenTree])> {
    let mut attrs = Vec::new();
    let mut trees = trees.iter();
    while let [TokenTree::Punct(pound), TokenTree::Group(group), after @ ..] = rest {
        if pound.as_char() != '#' || group.delimiter() != Delimiter::Bracket {
            return None;
        }
        attrs.push(attribute(pound, group, trees.next()?)?);
        rest = after;
    }
    Some((attrs, rest))
}

/// [`code_in`], reading the tokens inside the attributes itself (for the tests).
#[cfg(test)]
pub(super) fn code(tokens: &[TokenTree]) -> Option<Code> {
    code_in(tokens, &attribute_trees(tokens))
}

/// The code of `tokens` (one code's tokens, without the comma), if the line has the plain shape;
/// `trees` holds the tokens inside each `#[...]` of `tokens`, in order, as
/// `doc_comments::take_comments` reads them.
pub(super) fn code_in(tokens: &[TokenTree], trees: &[Vec<TokenTree>]) -> Option<Code> {
    let (attrs, rest) = attributes(tokens, trees)?;
    let [TokenTree::Ident(ident), TokenTree::Punct(eq), after @ ..] = rest else {
        return None;
    };
    if !is_plain_ident(ident) || !is_alone(eq, '=') {
        return None;
    }
    let (value, after) = value(after)?;
    let [TokenTree::Punct(arrow_eq), TokenTree::Punct(arrow_gt), TokenTree::Literal(literal), after @ ..] =
        after
    else {
        return None;
    };
    if arrow_eq.as_char() != '='
        || arrow_eq.spacing() != Spacing::Joint
        || arrow_gt.as_char() != '>'
    {
        return None;
    }
    let description = Text::from_literal(literal.clone())?;
    let mut translations = Vec::new();
    let mut rest = after;
    while let [TokenTree::Ident(tag), TokenTree::Literal(literal), after @ ..] = rest {
        translations.push((
            LangTag::from_ident(tag),
            Text::from_literal(literal.clone())?,
        ));
        rest = after;
    }
    if !rest.is_empty() {
        return None;
    }
    Some(Code {
        attrs,
        ident: ident.clone(),
        value,
        description,
        translations,
    })
}

/// `#[name]`, `#[name(...)]` or `#[name = literal]` (a doc comment); `inner` is what is inside
/// the brackets.
fn attribute(pound: &Punct, group: &Group, inner: &[TokenTree]) -> Option<Attribute> {
    let (TokenTree::Ident(name), arguments, value) = (inner.first()?, inner.get(1), inner.get(2))
    else {
        return None;
    };
    if inner.len() > 3 || !is_plain_ident(name) {
        return None;
    }
    let path = Path::from(name.clone());
    let meta = match (arguments, value) {
        (None, None) => Meta::Path(path),
        (Some(TokenTree::Group(arguments)), None)
            if arguments.delimiter() == Delimiter::Parenthesis =>
        {
            Meta::List(MetaList {
                path,
                delimiter: syn::MacroDelimiter::Paren(token::Paren(arguments.delim_span())),
                tokens: arguments.stream(),
            })
        }
        (Some(TokenTree::Punct(eq)), Some(TokenTree::Literal(literal))) if is_alone(eq, '=') => {
            Meta::NameValue(MetaNameValue {
                path,
                eq_token: Token![=](eq.span()),
                value: Expr::Lit(ExprLit {
                    attrs: Vec::new(),
                    lit: Lit::new(literal.clone()),
                }),
            })
        }
        _ => return None,
    };
    Some(Attribute {
        pound_token: Token![#](pound.span()),
        style: AttrStyle::Outer,
        bracket_token: token::Bracket(group.delim_span()),
        meta,
    })
}

/// `-`? and a decimal or hex integer literal without suffix, and the tokens after it.
fn value(tokens: &[TokenTree]) -> Option<(Value, &[TokenTree])> {
    let (minus, tokens) = match tokens {
        [TokenTree::Punct(minus), rest @ ..] if is_alone(minus, '-') => {
            (Some(Token![-](minus.span())), rest)
        }
        _ => (None, tokens),
    };
    let [TokenTree::Literal(lit), rest @ ..] = tokens else {
        return None;
    };
    let digits = base10_digits(&lit.to_string())?;
    let value = Value {
        minus,
        lit: lit.clone(),
        digits,
        suffix: String::new(),
    };
    Some((value, rest))
}

/// The value of a decimal (`1_000`) or hex (`0x3E8`) literal without suffix, in base 10; `None`
/// for any other literal.
fn base10_digits(repr: &str) -> Option<String> {
    let (radix, digits) = match repr.strip_prefix("0x") {
        Some(hex) => (16, hex),
        None => (10, repr),
    };
    let digits: String = digits.chars().filter(|&c| c != '_').collect();
    if digits.is_empty()
        || !repr.starts_with(|c: char| c.is_ascii_digit())
        || !digits.chars().all(|c| c.is_digit(radix))
    {
        return None;
    }
    if radix == 10 {
        let trimmed = digits.trim_start_matches('0');
        return Some(if trimmed.is_empty() { "0" } else { trimmed }.to_owned());
    }
    u128::from_str_radix(&digits, radix)
        .ok()
        .map(|value| value.to_string())
}

fn is_alone(punct: &Punct, c: char) -> bool {
    punct.as_char() == c && punct.spacing() == Spacing::Alone
}

/// An identifier syn's `Ident` parser accepts: not a keyword (those go to the reference parser,
/// which says what is wrong). A raw identifier (`r#type`) is accepted.
fn is_plain_ident(ident: &Ident) -> bool {
    !is_keyword(&ident.to_string())
}

/// Keywords, which syn's `Ident` parser rejects.
fn is_keyword(text: &str) -> bool {
    matches!(
        text,
        "_" | "abstract"
            | "as"
            | "async"
            | "await"
            | "become"
            | "box"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "do"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "final"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "macro"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "override"
            | "priv"
            | "pub"
            | "ref"
            | "return"
            | "Self"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "try"
            | "type"
            | "typeof"
            | "unsafe"
            | "unsized"
            | "use"
            | "virtual"
            | "where"
            | "while"
            | "yield"
    )
}

#[cfg(test)]
mod tests {
    use super::super::{Code, FamilyHeader};
    use proc_macro2::{TokenStream, TokenTree};
    use quote::ToTokens;
    use syn::parse::Parse;
    use syn::Attribute;

    /// How many texts each parser read, in [`compare`].
    #[derive(Default)]
    struct Tally {
        plain: usize,
        reference_only: usize,
    }

    /// Parses `text` with the plain parser and with the reference (`T::parse`): where the plain
    /// one reads it, the two must agree (compared through `render`) and the reference must read
    /// it too.
    fn compare<T: Parse>(
        tally: &mut Tally,
        text: &str,
        plain: fn(&[TokenTree]) -> Option<T>,
        render: fn(&T) -> String,
    ) {
        let Ok(stream) = text.parse::<TokenStream>() else {
            return;
        };
        let tokens: Vec<TokenTree> = stream.clone().into_iter().collect();
        match (plain(&tokens), syn::parse2::<T>(stream)) {
            (Some(fast), Ok(reference)) => {
                assert_eq!(render(&fast), render(&reference), "{text}");
                tally.plain += 1;
            }
            (Some(_), Err(error)) => {
                panic!("the plain parser reads `{text}`, the reference says: {error}")
            }
            (None, Ok(_)) => tally.reference_only += 1,
            (None, Err(_)) => {}
        }
    }

    fn render_attrs(attrs: &[Attribute]) -> Vec<String> {
        attrs
            .iter()
            .map(|attr| attr.to_token_stream().to_string())
            .collect()
    }

    /// Everything the later stages read of a code, as text.
    fn render(code: &Code) -> String {
        let attrs = render_attrs(&code.attrs);
        let translations: Vec<String> = code
            .translations
            .iter()
            .map(|(tag, text)| {
                format!(
                    "{} [{}] {}",
                    tag.text,
                    tag.to_token_stream(),
                    text.to_token_stream()
                )
            })
            .collect();
        format!(
            "{attrs:?} {} {:?} {} {} {:?} {} {translations:?}",
            code.ident,
            code.value.minus.is_some(),
            code.value.lit,
            code.value.digits,
            code.value.suffix,
            code.description.to_token_stream(),
        )
    }

    const ATTRS: [&str; 9] = [
        "",
        "#[codes(success)] ",
        "#[deprecated] ",
        "#[codes(sdk_name = \"kX\", alias = \"kY\")] ",
        "#[doc = \" d\"] ",
        "#[allow(dead_code)] #[codes(success)] ",
        "#[a::b] ",
        "#[codes] ",
        "#[codes = 1] ",
    ];
    const NAMES: [&str; 7] = [
        "Ok",
        "r#type",
        "type",
        "_",
        "InvalidToken",
        "_Private",
        "A1",
    ];
    const EQUALS: [&str; 3] = [" = ", " =", " == "];
    const VALUES: [&str; 18] = [
        "0",
        "-1000",
        "0x3e8",
        "-0x3E8",
        "1_000",
        "007",
        "5i64",
        "0b101",
        "0o17",
        "1.5",
        "340282366920938463463374607431768211456",
        "0xffffffffffffffffffffffffffffffffff",
        "- 1",
        "--1",
        "X",
        "\"s\"",
        "",
        "0x_1F",
    ];
    const ARROWS: [&str; 5] = [" => ", " =>", " = > ", " -> ", " "];
    const DESCRIPTIONS: [&str; 7] = [
        "\"plain\"",
        "r#\"raw\"#",
        "\"esc\\n\"",
        "b\"bytes\"",
        "\"suffixed\"x",
        "1",
        "",
    ];
    const TRANSLATIONS: [&str; 8] = [
        "",
        " en \"e\"",
        " zh-CN \"z\"",
        " in \"i\"",
        " en \"e\" ja r\"j\"",
        " en",
        " en = \"e\"",
        " en b\"e\"",
    ];

    /// A line from each list, picked by the digits of `n` in the lists' mixed radix.
    fn line(mut n: usize) -> String {
        let mut pick = |options: &[&'static str]| {
            let option = options[n % options.len()];
            n /= options.len();
            option
        };
        [
            pick(&ATTRS),
            pick(&NAMES),
            pick(&EQUALS),
            pick(&VALUES),
            pick(&ARROWS),
            pick(&DESCRIPTIONS),
            pick(&TRANSLATIONS),
        ]
        .concat()
    }

    /// On every line the plain parser reads, it builds what the reference parser builds; and it
    /// reads the plain lines, so that it is the path real families take.
    #[test]
    fn agrees_with_the_reference_parser() {
        let lines = ATTRS.len()
            * NAMES.len()
            * EQUALS.len()
            * VALUES.len()
            * ARROWS.len()
            * DESCRIPTIONS.len()
            * TRANSLATIONS.len();
        let mut tally = Tally::default();
        // Every line of a stride through all combinations (a prime stride visits every list's
        // options in every pairing).
        for n in (0..lines).step_by(7) {
            compare(&mut tally, &line(n), super::code, render);
        }
        let plain = tally.plain;
        assert!(plain > 1000, "the plain parser read only {plain} lines");
        for text in [
            "Ok = 0 => \"fine\"",
            "#[codes(sdk_name = \"kX\")] #[deprecated] InvalidToken = -1000 => \"无效\" en \"bad\"",
            "r#type = 0x10 => r\"raw\"",
        ] {
            let tokens: Vec<TokenTree> = text.parse::<TokenStream>().unwrap().into_iter().collect();
            assert!(super::code(&tokens).is_some(), "{text}");
        }
        assert!(tally.reference_only > 0);
    }

    /// Everything the later stages read of a family header, as text.
    fn render_header(header: &FamilyHeader) -> String {
        let attrs = render_attrs(&header.attrs);
        format!(
            "{attrs:?} [{}] {} {:?} {:?}",
            header.vis.to_token_stream(),
            header.ident,
            header.generics.as_ref().map(ToString::to_string),
            header
                .repr
                .as_ref()
                .map(|repr| repr.to_token_stream().to_string()),
        )
    }

    const HEADER_ATTRS: [&str; 7] = [
        "",
        "/// Docs.\n",
        "/// 错误码。\n///\n/// Errors.\n",
        "#[codes(sdk_prefix = \"k\", other = Other)] ",
        "#[derive(Debug)] #[doc = 1] ",
        "#[doc = -1] ",
        "#![inner] ",
    ];
    const VISIBILITIES: [&str; 5] = ["", "pub ", "pub(crate) ", "pub(in a::b) ", "crate "];
    const HEADER_NAMES: [&str; 5] = ["enum Codes", "enum r#type", "enum type", "Codes", "enum"];
    const REPRS: [&str; 7] = [
        "",
        ": i32",
        ":u64",
        ": ::std::primitive::i32",
        ": Self",
        ":",
        "<T>",
    ];

    /// On every header the plain parser reads, it builds what the reference parser builds; and
    /// it reads the plain headers.
    #[test]
    fn headers_agree_with_the_reference_parser() {
        let mut tally = Tally::default();
        for attrs in HEADER_ATTRS {
            for vis in VISIBILITIES {
                for name in HEADER_NAMES {
                    for repr in REPRS {
                        let text = format!("{attrs}{vis}{name}{repr}");
                        compare(&mut tally, &text, super::header, render_header);
                    }
                }
            }
        }
        let plain = tally.plain;
        assert!(plain >= 60, "the plain parser read only {plain} headers");
        assert!(tally.reference_only > 0);
    }
}
