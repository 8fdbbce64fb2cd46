//! A family without a doc comment: `missing_docs` reports it, and nothing else the macro
//! generates (which is documented).

#![deny(missing_docs)]

codes::rtc_codes! {
    pub enum Undocumented {
        InvalidToken = -1000 => "Token 无效。",
    }
}
