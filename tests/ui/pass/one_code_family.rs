#![deny(warnings)]

codes::rtc_codes! {
    /// A family of one, closed and open.
    pub enum One: u8 { Only = 0 => "the only code" }

    /// Open.
    #[codes(other = Other)]
    pub enum OneOpen: u8 { Only = 0 => "the only code" }
}

fn main() {
    assert_eq!(One::ALL, &[One::Only]);
    assert_eq!(One::try_from(0), Ok(One::Only));
    assert!(matches!(OneOpen::from(9), OneOpen::Other(kept) if kept.value() == 9));
}
