//! The stages of the macro, listed once.
//!
//! `lib.rs` includes this file as a module, and so do the expansion benchmark
//! (`xtask/src/expand_bench.rs`) and the fuzz targets (`fuzz/fuzz_targets/engine.rs`), which run
//! the stages on `proc_macro2` tokens without a compiler. The stages refer to each other with
//! `super::`, so they work wherever this module is mounted. (Included with `#[path]`, this file
//! owns its directory: the modules below are its sibling files.)

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
