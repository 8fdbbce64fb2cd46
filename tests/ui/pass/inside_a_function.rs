#![deny(warnings)]

fn main() {
    codes::rtc_codes! {
        /// Declared in a block.
        enum Local { A = 1 => "a" }
    }
    assert_eq!(Local::from_code(1), Some(Local::A));
}
