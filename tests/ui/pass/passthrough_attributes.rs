#![deny(warnings)]

codes::rtc_codes! {
    /// Ordered, non-exhaustive, with doc comments on codes.
    #[derive(PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum Ordered: u8 {
        /// The first.
        ///
        /// More text.
        First = 1 => "first",
        #[allow(non_camel_case_types)]
        second_code = 2 => "second",
    }
}

fn main() {
    assert!(Ordered::First < Ordered::second_code);
    assert_eq!(Ordered::second_code.name(), "second_code");
    assert_eq!(Ordered::from_name("second_code"), Some(Ordered::second_code));
}
