//! Values and names forwarded by a `macro_rules!` macro arrive as single (grouped) tokens.
#![deny(warnings)]

macro_rules! family {
    ($name:ident, $code:ident = $value:literal => $text:literal) => {
        codes::rtc_codes! {
            /// Forwarded.
            pub enum $name { $code = $value => $text }
        }
    };
}

macro_rules! negative {
    ($name:ident, $code:ident = -$value:literal => $text:expr) => {
        codes::rtc_codes! {
            /// Forwarded negative.
            pub enum $name { $code = -$value => $text }
        }
    };
}

family!(Forwarded, A = 7 => "seven");
negative!(Negative, B = -1000 => "minus one thousand");

fn main() {
    assert_eq!(Forwarded::A.code(), 7);
    assert_eq!(Negative::B.code(), -1000);
    assert_eq!(Negative::B.description(), "minus one thousand");
}
