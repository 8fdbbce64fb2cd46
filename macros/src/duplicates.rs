//! Duplicates among the families of an invocation and the codes of a family: names, values, and
//! the names `from_name` accepts. Each is reported at both places.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use proc_macro2::Span;
use quote::ToTokens;
use syn::ext::IdentExt as _;
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
    /// Keyed by the value in decimal.
    by_value: FirstSeen,
    /// Every name `from_name` accepts (the codes' own names first), to the code known by it and
    /// the token that named it.
    by_lookup_name: FirstSeen,
}

impl CodeSet {
    /// Checks `code` against the codes before it, and keeps it if it and they agree.
    pub fn insert(&mut self, cx: &Ctxt, code: Code, mut valid: bool) {
        // One `entry` per key: it finds the first holder or takes the place (the macro runs
        // unoptimized, where every map operation counts). The code's own name is the first of
        // its lookup names, checked before its value so that a repeated name is reported first.
        let mut names = code.names.iter();
        if let Some(own) = names.next() {
            valid &= self.check_lookup_name(cx, &code, own);
        }
        match self.by_value.entry(code.value.to_string()) {
            Entry::Occupied(first) => {
                let first = &first.get().0;
                cx.error_spanned_by(
                    &code.ident,
                    format!(
                        "duplicate value {}: `{}` has the same value as `{first}`; if it is \
                         another SDK name for the same code, write it on `{first}` as \
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
            Entry::Vacant(place) => {
                place.insert((code.ident.clone(), code.ident.span()));
            }
        }
        for name in names {
            valid &= self.check_lookup_name(cx, &code, name);
        }
        if valid {
            self.codes.push(code);
        }
    }

    /// Takes `name` (with the token that named it) for `code`, or reports who has it: a code of
    /// the same name as a duplicate code name, any other code as a name known twice.
    fn check_lookup_name(&mut self, cx: &Ctxt, code: &Code, (name, span): &(String, Span)) -> bool {
        let (first, first_span) = match self.by_lookup_name.entry(name.clone()) {
            Entry::Vacant(place) => {
                place.insert((code.ident.clone(), *span));
                return true;
            }
            Entry::Occupied(first) => first.get().clone(),
        };
        if *name == code.name && first.unraw() == *name {
            let what = format!("code name `{name}`");
            duplicate(cx, &code.ident, &first, &what);
        } else {
            cx.syn_error(syn::Error::new(
                *span,
                format!(
                    "`{first}` and `{}` are both known as \"{name}\": \
                     code names, SDK names and aliases must be unique in a family",
                    code.ident
                ),
            ));
            cx.syn_error(syn::Error::new(
                first_span,
                format!("`{first}` is known as \"{name}\" here"),
            ));
        }
        false
    }
}
