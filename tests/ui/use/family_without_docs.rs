// Better location: a family without a doc comment under `deny(missing_docs)` used to be reported
// at the whole invocation; the compiler now points at the family's declaration.
#![deny(missing_docs)]
//! A crate whose items are documented.

codes::rtc_codes! {
    pub enum Undocumented {
        A = 1 => "a",
    }
}

fn main() {}
