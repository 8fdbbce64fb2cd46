//! Random families from the input generator of `xtask` (`cargo run -p xtask -- gen-sample`),
//! compiled and checked against what the generator meant: values, names, SDK names, aliases,
//! descriptions, success, and the round trips of every conversion.

#[path = "generated/check.rs"]
mod check;

#[rustfmt::skip]
#[path = "generated/families.rs"]
mod families;
