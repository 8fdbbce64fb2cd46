//! The checked model: an invocation whose every part is valid, which expansion works from.
//!
//! Names are written without `r#` (`name`, `catch_all_name`), as the generated API reports them;
//! the identifiers keep the user's tokens and spans.

use proc_macro2::{Span, TokenStream};
use syn::{Attribute, Ident, Visibility};

use super::int_type::IntType;

/// An invocation whose every part is valid.
pub struct Checked {
    pub krate: TokenStream,
    pub families: Vec<Family>,
}

pub struct Family {
    pub ident: Ident,
    /// The family's name, without `r#`.
    pub name: String,
    /// The span of the family's body, `{ ... }`, as written.
    pub body: Span,
    pub vis: Visibility,
    pub repr: IntType,
    /// Where the family's type is written, or the family's name when it is left to the default.
    pub repr_span: Span,
    /// Doc comment lines, as written.
    pub docs: Vec<String>,
    /// The doc attributes as written, with their spans.
    pub doc_attrs: Vec<Attribute>,
    pub attrs: Vec<Attribute>,
    pub catch_all: Option<Ident>,
    /// `PartialOrd` and `Ord`, where the family derives them: implemented by value.
    pub ordered: Vec<Ident>,
    /// `Serialize` and `Deserialize`, where the family derives them: implemented as the integer.
    pub serde: Vec<Ident>,
    /// serde's derives named through a `use` (`#[derive(Serialize)]`), as written: the
    /// expansion uses the import, as the derive would have.
    pub serde_imported: Vec<Ident>,
    /// The catch-all's name, without `r#`.
    pub catch_all_name: Option<String>,
    pub codes: Vec<Code>,
    /// The language of the descriptions (`#[codes(lang = "zh")]`), as written.
    pub lang: Option<String>,
    /// The languages of the descriptions beyond the default one, in order of first use.
    pub languages: Vec<String>,
}

pub struct Code {
    pub ident: Ident,
    /// The identifier as written (`r#type`), for the generated code written as text.
    pub ident_text: String,
    /// The code's name, without `r#`: what `name()` returns.
    pub name: String,
    pub value: i128,
    /// The description as the user wrote it, passed on to the templates with its span.
    pub description_literal: super::ast::Text,
    pub sdk_name: String,
    pub aliases: Vec<String>,
    /// Whether a description (in any language) may have a line break.
    pub line_breaks: bool,
    /// The descriptions in other languages, in the family's language order.
    pub translations: Vec<Translation>,
    pub docs: Vec<String>,
    /// The doc attributes as written, with their spans.
    pub doc_attrs: Vec<Attribute>,
    pub success: bool,
    pub deprecated: bool,
    pub attrs: Vec<Attribute>,
    /// The lookup names without repeats, each with the token that introduced it.
    pub names: Vec<(String, Span)>,
}

/// A code's description in another language: `en "..."`.
pub struct Translation {
    pub language: String,
    /// The text as the user wrote it, passed on to the templates with its span.
    pub literal: super::ast::Text,
}

impl Family {
    pub fn is_open(&self) -> bool {
        self.catch_all.is_some()
    }
}

impl Code {
    /// Every string `from_name` accepts for this code, without repeats: the Rust name, the SDK
    /// name, the aliases.
    pub fn lookup_names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(|(name, _)| name.as_str())
    }
}
