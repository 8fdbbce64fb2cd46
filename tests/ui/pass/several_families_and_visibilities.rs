#![deny(warnings)]

mod inner {
    codes::rtc_codes! {
        /// Public.
        pub enum Public { A = 1 => "a" }
        /// Crate-visible.
        pub(crate) enum CrateVisible: u32 { B = 2 => "b" }
        /// Private to this module.
        enum Private: i16 { C = -3 => "c" }
    }

    pub fn private_code() -> i16 {
        Private::C.code()
    }
}

fn main() {
    assert_eq!(inner::Public::A.code(), 1);
    assert_eq!(inner::CrateVisible::B.code(), 2);
    assert_eq!(inner::private_code(), -3);
    assert!(inner::Public::FAMILY.module_path.ends_with("::inner"));
}
