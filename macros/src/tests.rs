//! Tests of the whole pipeline: the expansion snapshot, and expansion with errors.

use crate::stages::pipeline::rtc_codes;
use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use quote::quote;
use std::path::Path;

/// The expansion of a representative family, pretty-printed and compared with the snapshot in
/// `tests/snapshots/`, so that every change of the generated code shows in review: the enum
/// definitions as `prettyplease` prints them, each template invocation laid out one field and one
/// code per line (what the templates make of it is in `core/src/templates.rs`). Run with
/// `RTC_CODES_BLESS=1` to accept a change.
#[test]
fn expansion_snapshot() {
    let expanded = rtc_codes(quote! {
        [::rtc_codes]
        /// 回调错误码。
        ///
        /// SDK 内部遇到不可恢复的错误时，会通过 onError 回调通知用户。
        #[codes(sdk_prefix = "kErrorCode", other = Other, lang = "zh")]
        pub enum ErrorCode: i32 {
            InvalidToken = -1000 => "Token 无效。" en "Invalid token.",
            #[codes(sdk_name = "kRoomErrorCodeRoomIdIllegal", alias = "kErrorCodeRoomIdIllegal")]
            RoomIdIllegal = -1007 => "roomid 非法 [0,400]" en "Illegal room ID [0,400].",
        }

        /// 发送用户消息或者房间消息的结果
        #[codes(sdk_prefix = "MESSAGE_CODE_", sdk_case = "SCREAMING_SNAKE_CASE")]
        pub enum MessageSendResultCode: u16 {
            #[codes(success)]
            Success = 0 => "用户 P2P 消息发送成功",
            #[deprecated]
            ErrorTimeout = 1 => "发送超时，没有发送",
        }
    });
    let file: syn::File = syn::parse2(expanded).expect("the expansion parses as Rust items");
    let mut pretty = String::new();
    for item in file.items {
        match item {
            syn::Item::Macro(invocation) => {
                pretty.push_str(&layout(quote!(#invocation)));
                pretty.push('\n');
            }
            item => {
                let mut single: syn::File = syn::parse_quote!();
                single.items.push(item);
                pretty.push_str(&prettyplease::unparse(&single));
            }
        }
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/expansion.rs.snap");
    if std::env::var_os("RTC_CODES_BLESS").is_some() {
        std::fs::write(&path, &pretty).expect("snapshot written");
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == pretty,
        "the expansion changed; review it and run with RTC_CODES_BLESS=1 to accept:\n{pretty}"
    );
}

#[test]
fn expansion_with_errors_keeps_valid_codes_and_reports_all() {
    let expanded = rtc_codes(quote! {
        [k]
        /// Codes.
        pub enum E: u8 {
            Good = 1 => "good",
            Bad = 300 => "too big",
            Empty = 2 => "",
        }
    })
    .to_string();
    assert_eq!(expanded.matches("compile_error").count(), 2, "{expanded}");
    assert!(expanded.contains("enum E"));
    assert!(expanded.contains("Good"));
    assert!(!expanded.contains("Bad ="));
    assert!(!expanded.contains("Empty ="));
}

/// The option strings are string literals without a suffix: a suffix was ignored once, and is
/// now an error on the literal.
#[test]
fn suffixed_option_strings_are_errors() {
    let expanded = rtc_codes(quote! {
        [k]
        /// Codes.
        pub enum E: u8 {
            #[codes(sdk_name = "kName"x)]
            A = 1 => "a",
        }
    })
    .to_string();
    assert_eq!(expanded.matches("compile_error").count(), 1, "{expanded}");
    assert!(expanded.contains("expected a string literal"), "{expanded}");
}

/// `from_name` is one flat `match` unless more names share a length than it should compare one
/// after the other; then it dispatches on the length first.
#[test]
fn from_name_dispatches_on_the_length_only_when_names_crowd_one() {
    let few = rtc_codes(quote! {
        [k]
        /// Codes.
        pub enum F: u8 { A = 1 => "a", B = 2 => "b" }
    })
    .to_string();
    let crowded: Vec<_> = (0..9_u8)
        .map(|value| {
            let ident = quote::format_ident!("C{value}");
            let value = proc_macro2::Literal::u8_unsuffixed(value);
            quote!(#ident = #value => "c",)
        })
        .collect();
    let many = rtc_codes(quote! {
        [k]
        /// Codes.
        pub enum F: u8 { #(#crowded)* }
    })
    .to_string();
    let dispatch = "match name . len () { 2 => match name . as_bytes () . get (1)";
    assert!(!few.contains(dispatch), "{few}");
    assert!(many.contains(dispatch), "{many}");
}

/// Lays out the tokens of a template invocation as one would write them: a `{ ... }` body, and a
/// `[ ... ]` list of such bodies, one entry per line; everything else on one line.
fn layout(tokens: TokenStream) -> String {
    let mut out = String::new();
    layout_into(&mut out, tokens, 0);
    out.push('\n');
    out
}

fn layout_into(out: &mut String, tokens: TokenStream, depth: usize) {
    let mut space = false;
    for token in tokens {
        match &token {
            TokenTree::Punct(punct) if matches!(punct.as_char(), ',' | ':' | '!') => {
                // `a: b`, `a, b`, `m! {`, and `::` with no space on either side.
                let path_separator = punct.as_char() == ':'
                    && (punct.spacing() == Spacing::Joint || out.ends_with(':'));
                out.push(punct.as_char());
                space = !path_separator;
                continue;
            }
            TokenTree::Group(group) => {
                let block = group.delimiter() == Delimiter::Brace
                    || (group.delimiter() == Delimiter::Bracket
                        && group.stream().into_iter().any(
                            |t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace),
                        ));
                let (open, close) = match group.delimiter() {
                    Delimiter::Brace => ('{', '}'),
                    Delimiter::Bracket => ('[', ']'),
                    Delimiter::Parenthesis => ('(', ')'),
                    Delimiter::None => (' ', ' '),
                };
                // `open(Other)`, but `=> "text" {` and `! {`.
                let after_word = out.ends_with(|c: char| c.is_alphanumeric() || c == '_');
                if space && !(open == '(' && after_word) {
                    out.push(' ');
                }
                out.push(open);
                if block {
                    layout_block(out, group.stream(), depth + 1);
                    out.push('\n');
                    out.push_str(&"    ".repeat(depth));
                } else {
                    layout_into(out, group.stream(), depth);
                }
                out.push(close);
                space = true;
                continue;
            }
            _ => {}
        }
        let unary_minus = matches!(&token, TokenTree::Punct(p) if p.as_char() == '-')
            && (out.ends_with('=') || out.ends_with("=>") || out.ends_with('('));
        if space {
            out.push(' ');
        }
        out.push_str(&token.to_string());
        space =
            !unary_minus && !matches!(&token, TokenTree::Punct(p) if p.spacing() == Spacing::Joint);
    }
}

/// The contents of a block: a new line before each entry (after a `,`, or after a body).
fn layout_block(out: &mut String, tokens: TokenStream, depth: usize) {
    let mut entry = TokenStream::new();
    let flush = |out: &mut String, entry: &mut TokenStream| {
        if !entry.is_empty() {
            out.push('\n');
            out.push_str(&"    ".repeat(depth));
            layout_into(out, std::mem::take(entry), depth);
        }
    };
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        let next_is_comma =
            matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ',');
        let ends_entry = match &token {
            TokenTree::Punct(punct) => punct.as_char() == ',',
            TokenTree::Group(group) => group.delimiter() == Delimiter::Brace && !next_is_comma,
            _ => false,
        };
        entry.extend([token]);
        if ends_entry {
            flush(out, &mut entry);
        }
    }
    flush(out, &mut entry);
}

/// What each build gets of the rustdoc: rustdoc (and any tool that is not the compiler) the table
/// of codes and each code's translations and identifiers; the compiler each code's description
/// as written and the user's doc comments, which is what hover shows.
#[test]
fn generated_docs_where_rustdoc_reads_them() {
    use crate::stages::ast::Invocation;
    use crate::stages::check::check;
    use crate::stages::ctxt::Ctxt;
    use crate::stages::doc::Docs;
    use crate::stages::expand::expand;

    let expanded = |docs: Docs| {
        let cx = Ctxt::new();
        let invocation = Invocation::from_tokens(
            &cx,
            quote! {
                [::rtc_codes]
                /// Room errors.
                #[codes(sdk_prefix = "kErrorCode", other = Other)]
                pub enum ErrorCode {
                    /// Seen when the token expired.
                    InvalidToken = -1000 => "Token 无效 [0,400]。" en "Invalid token.",
                }
            },
        )
        .expect("an invocation");
        let checked = check(&cx, invocation);
        assert!(!cx.has_errors());
        expand(&checked, docs).to_string()
    };
    // Run as the test binary, the macro writes the whole rustdoc.
    assert_eq!(Docs::for_this_build(), Docs::Full);
    let full = expanded(Docs::Full);
    assert!(full.contains("# Codes"), "{full}");
    assert!(full.contains("| Code | Description |"), "{full}");
    assert!(full.contains("*en*: Invalid token."), "{full}");
    assert!(
        full.contains("SDK name `kErrorCodeInvalidToken`, value `-1000`."),
        "{full}"
    );
    assert!(full.contains(r"Token 无效 \\[0,400\\]。"), "{full}");

    let compiled = expanded(Docs::Compiled);
    assert!(!compiled.contains("# Codes"), "{compiled}");
    assert!(!compiled.contains("SDK name"), "{compiled}");
    assert!(
        compiled.contains("# [doc = \"Token 无效 [0,400]。\"]"),
        "{compiled}"
    );
    assert!(
        compiled.contains("Seen when the token expired."),
        "{compiled}"
    );
    assert!(compiled.contains("Room errors."), "{compiled}");
}
