//! `a` behaves in this build as it does alone: its own `Serialize` is the one used, and the
//! feature gives serde only to the families that derive it (and to the documented ones).

use rtc_codes_downstream_b::{Media, Plain, Room};

#[test]
fn a_keeps_its_own_serialize() {
    assert_eq!(serde_json::to_string(&Room::Joined).unwrap(), r#""kRoomJoined""#);
    assert_eq!(serde_json::to_string(&Room::from(9)).unwrap(), "9");
    assert_eq!(Plain::One.code(), 1);
}

#[test]
fn families_that_derive_serde_get_it_as_their_integer() {
    assert_eq!(serde_json::to_string(&Media::Started).unwrap(), "10");
    assert_eq!(serde_json::from_str::<Media>("11").unwrap(), Media::from(11));
    let documented = rtc_codes::ErrorCode::InvalidToken;
    assert_eq!(serde_json::to_string(&documented).unwrap(), "-1000");
}
