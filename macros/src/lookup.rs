//! The body of `from_name`, which the template cannot compute.
//!
//! A string `match` compares the length first, and the bytes only of the names of that length, so
//! one flat `match` (`"A" | "kA" => ...`, as by hand) is both the cheapest to compile and as fast
//! as any other shape while few names share a length. When more than [`FLAT_MATCH_LIMIT`] names
//! share a length (families of thousands of codes), the lookup dispatches on the length, then on
//! the byte that best tells the names of that length apart, so that it still compares about one
//! string:
//!
//! ```text
//! __Some(match name.len() {
//!     12 => match name.as_bytes().get(5) {
//!         __Some(&65) => match name { "kErrorA12345" => Family::A12345, _ => return __None },
//!         ...
//!     },
//!     ...
//!     _ => return __None,
//! })
//! ```
//!
//! Every arm gives a code and every miss returns `None`, so that the one `Some` is built once
//! rather than in every arm (a call per arm costs the compiler more: BENCHMARKS.md, "0.3: a leaner
//! expansion"). Each name leads to its variant's path through the family (`Family::A12345`, which
//! name resolution settles, where `Self::A12345` is left to type checking; reading it from
//! `Self::ALL` would add a bounds check per arm). The path
//! is written as text, with the call site's span: an error at a use of a code points at its
//! declaration from the template's uses, which carry the user's identifiers. The template
//! receives the lookup as one token tree, with the parameter it names (`|name| {...}`), so that
//! it pastes it rather than matching every name again; `__Some` and `__None` are names the
//! template imports.

use std::fmt::Write as _;

use super::checked::Code;
use super::data;

/// The most names of one length that `from_name` compares one after the other, in a flat `match`.
pub const FLAT_MATCH_LIMIT: usize = 8;

/// Every lookup name with its code's position, in declaration order.
type Names<'a> = [(&'a str, usize)];

/// `from_name: |name| { __Some(match name { ... }) },`: the parameter and the body of `from_name`, as
/// text (see `data.rs`).
pub fn write_from_name(out: &mut String, family: &str, codes: &[Code]) {
    let arms = Arms { family, codes };
    let mut names: Vec<(&str, usize)> = Vec::new();
    for (index, code) in codes.iter().enumerate() {
        names.extend(code.lookup_names().map(|name| (name, index)));
    }
    out.push_str("from_name: |name| { __Some(");
    if more_of_one_length_than(&names, FLAT_MATCH_LIMIT) {
        // The names of each length, in declaration order (the sort is stable).
        let mut by_length = names.clone();
        by_length.sort_by_key(|(name, _)| name.len());
        let lengths: Vec<&Names> = by_length
            .chunk_by(|(a, _), (b, _)| a.len() == b.len())
            .collect();
        out.push_str("match name.len() { ");
        for group in lengths {
            let length = group.first().map_or(0, |(name, _)| name.len());
            let _ = write!(out, "{length} => ");
            arms.by_byte(out, group);
            out.push_str(", ");
        }
        out.push_str("_ => return __None }");
    } else {
        arms.names_match(out, &names);
    }
    out.push_str(") },\n");
}

/// Whether more than `limit` of `names` have one length: counted rather than sorted, as most
/// families are far from it (the macro is compiled unoptimized, and a sort is dear there).
fn more_of_one_length_than(names: &Names, limit: usize) -> bool {
    let longest = names.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    let mut counts = vec![0_usize; longest + 1];
    for (name, _) in names {
        if let Some(count) = counts.get_mut(name.len()) {
            *count += 1;
            if *count > limit {
                return true;
            }
        }
    }
    false
}

/// What the arms of the lookup are written from: the family's identifier as written, which each
/// arm's path names, and its codes.
struct Arms<'a> {
    family: &'a str,
    codes: &'a [Code],
}

impl Arms<'_> {
    /// A `match` on the byte that best tells names of one length apart, or on the names themselves
    /// when there are too few of them for a dispatch to pay.
    fn by_byte(&self, out: &mut String, group: &Names) {
        let length = group.first().map_or(0, |(name, _)| name.len());
        match distinguishing_byte(group, length) {
            Some(position) if group.len() > 2 => {
                let byte_at =
                    |name: &str| name.as_bytes().get(position).copied().unwrap_or_default();
                let mut sorted = group.to_vec();
                sorted.sort_by_key(|(name, _)| byte_at(name));
                let _ = write!(out, "match name.as_bytes().get({position}) {{ ");
                for run in sorted.chunk_by(|(a, _), (b, _)| byte_at(a) == byte_at(b)) {
                    let byte = run.first().map_or(0, |(name, _)| byte_at(name));
                    let _ = write!(out, "__Some(&{byte}) => ");
                    self.names_match(out, run);
                    out.push_str(", ");
                }
                out.push_str("_ => return __None }");
            }
            _ => self.names_match(out, group),
        }
    }

    /// `match name { "A" | "kA" => Family::A, ..., _ => return __None }`: consecutive names of one
    /// code share an arm.
    fn names_match(&self, out: &mut String, names: &Names) {
        out.push_str("match name { ");
        for run in names.chunk_by(|(_, a), (_, b)| a == b) {
            let Some(code) = run.first().and_then(|(_, index)| self.codes.get(*index)) else {
                continue;
            };
            for (position, (name, _)) in run.iter().enumerate() {
                if position > 0 {
                    out.push_str(" | ");
                }
                data::string(out, name);
            }
            let _ = writeln!(out, " => {}::{},", self.family, code.ident_text);
        }
        out.push_str("_ => return __None }");
    }
}

/// The position at which the names (all `length` bytes long) have the most distinct bytes.
fn distinguishing_byte(names: &Names, length: usize) -> Option<usize> {
    (0..length).max_by_key(|&position| {
        let mut seen = [false; 256];
        let mut distinct = 0_usize;
        for (name, _) in names {
            let byte = name.as_bytes().get(position).copied();
            if let Some(seen) = byte.and_then(|byte| seen.get_mut(usize::from(byte))) {
                distinct += usize::from(!*seen);
                *seen = true;
            }
        }
        // Prefer the later position among equals: SDK names share their prefixes.
        (distinct, position)
    })
}
