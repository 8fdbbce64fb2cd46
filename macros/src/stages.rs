//! The stages of the macro, listed once.
//!
//! `lib.rs` mounts this file as a module, and the unpublished crate `rtc-codes-stages`
//! (`macros/stages/`) has it as its root, so that the tests, the expansion benchmark and the fuzz
//! targets run the stages on `proc_macro2` tokens without a compiler, compiled with the macro's
//! exact dependencies. The stages refer to each other with `super::`, so they work as a module
//! and as a crate root alike. (Mounted with `#[path]`, this file owns its directory: the modules
//! below are its sibling files.)

pub mod ast;
pub mod attr;
pub mod check;
pub mod checked;
pub mod ctxt;
pub mod derives;
pub mod doc;
pub mod duplicates;
pub mod expand;
pub mod int_type;
pub mod lang;
pub mod options;
pub mod paths;
pub mod pipeline;
pub mod prefix;
pub mod template_input;
