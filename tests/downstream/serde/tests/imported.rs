//! A family whose serde derives are named through a `use`: the import counts as used, so
//! `deny(warnings)` holds.

#![deny(warnings)]

mod imported {
    use serde::{Deserialize, Serialize};

    codes::rtc_codes! {
        /// Codes derived through the imports above.
        #[derive(Serialize, Deserialize)]
        pub enum Through: i32 {
            One = 1 => "one",
        }
    }
}

#[test]
fn derives_through_a_use_serialize_as_the_integer() {
    assert_eq!(serde_json::to_string(&imported::Through::One).unwrap(), "1");
    assert_eq!(
        serde_json::from_str::<imported::Through>("1").unwrap(),
        imported::Through::One
    );
}
