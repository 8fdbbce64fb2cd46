//! Duplicates among the families of an invocation and the codes of a family: names, values, and
//! the names `from_name` accepts. Each is reported at both places.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use proc_macro2::Span;
use quote::ToTokens;
use syn::Ident;

use super::checked::Code;
use super::ctxt::Ctxt;

/// Reports a duplicate at both places: the second occurrence says what, the first where.
pub fn duplicate(cx: &Ctxt, second: &dyn ToTokens, first: &dyn ToTokens, what: &str) {
    cx.error_spanned_by(second, format!("duplicate {what}"));
    cx.error_spanned_by(first, format!("{what} is first declared here"));
}

/// What was first seen under a key: the code (or family) and the token that named it. One map
/// type for every check keeps the macro crate's own compile time down.
pub type FirstSeen = HashMap<String, (Ident, Span), BuildHasherDefault<Fnv>>;

/// FNV-1a: the proc macro runs unoptimized, where the standard `SipHash` costs several times as
/// much per name; the keys are a family's own names, so hash flooding is not a concern.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The codes of one family, checked against each other as they are added.
#[derive(Default)]
pub struct CodeSet {
    pub codes: Vec<Code>,
    by_ident: FirstSeen,
    /// Keyed by the value in decimal.
    by_value: FirstSeen,
    /// Every name `from_name` accepts, to the code known by it and the token that named it.
    by_lookup_name: FirstSeen,
}

impl CodeSet {
    /// Checks `code` against the codes before it, and keeps it if it and they agree.
    pub fn insert(&mut self, cx: &Ctxt, code: Code, mut valid: bool) {
        let ident = code.name.clone();
        if let Some((first, _)) = self.by_ident.get(&ident) {
            duplicate(cx, &code.ident, first, &format!("code name `{ident}`"));
            valid = false;
        }
        let value = code.value.to_string();
        if let Some((first, _)) = self.by_value.get(&value) {
            cx.error_spanned_by(
                &code.ident,
                format!(
                    "duplicate value {}: `{}` has the same value as `{first}`; if it is another \
                     SDK name for the same code, write it on `{first}` as \
                     `#[codes(alias = \"{}\")]`",
                    code.value, code.ident, code.sdk_name
                ),
            );
            cx.error_spanned_by(
                first,
                format!("value {} is first used by `{first}` here", code.value),
            );
            valid = false;
        }
        for (name, span) in &code.names {
            if *name == ident && self.by_ident.contains_key(&ident) {
                continue; // reported as a duplicate code name
            }
            if let Some((first, first_span)) = self.by_lookup_name.get(name) {
                cx.syn_error(syn::Error::new(
                    *span,
                    format!(
                        "`{first}` and `{}` are both known as \"{name}\": \
                         code names, SDK names and aliases must be unique in a family",
                        code.ident
                    ),
                ));
                cx.syn_error(syn::Error::new(
                    *first_span,
                    format!("`{first}` is known as \"{name}\" here"),
                ));
                valid = false;
            }
        }
        self.by_ident
            .entry(ident)
            .or_insert_with(|| (code.ident.clone(), code.ident.span()));
        self.by_value
            .entry(value)
            .or_insert_with(|| (code.ident.clone(), code.ident.span()));
        for (name, span) in &code.names {
            self.by_lookup_name
                .entry(name.clone())
                .or_insert_with(|| (code.ident.clone(), *span));
        }
        if valid {
            self.codes.push(code);
        }
    }
}
