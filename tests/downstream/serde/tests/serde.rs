//! Serialization as the integer, deserialization from it, for downstream and documented families.

use rtc_codes_downstream_serde::{Closed, Open};

#[test]
fn downstream_families_serialize_as_their_integer() {
    assert_eq!(serde_json::to_string(&Closed::Failed).unwrap(), "200");
    assert_eq!(serde_json::from_str::<Closed>("200").unwrap(), Closed::Failed);
    assert_eq!(serde_json::to_string(&Open::Min).unwrap(), i64::MIN.to_string());
    assert_eq!(serde_json::from_str::<Open>("7").unwrap(), Open::Other(7));
    assert_eq!(serde_json::to_string(&Open::Other(7)).unwrap(), "7");
    let codes: Vec<Closed> = serde_json::from_str("[0, 200]").unwrap();
    assert_eq!(codes, [Closed::Done, Closed::Failed]);
}

#[test]
fn undeclared_values_of_closed_families_are_clear_errors() {
    let error = serde_json::from_str::<Closed>("7").unwrap_err().to_string();
    assert!(error.contains("7 is not a declared Closed code"), "{error}");
    let error = serde_json::from_str::<Closed>("300").unwrap_err().to_string();
    assert!(error.contains("u8"), "{error}");
    assert!(serde_json::from_str::<Closed>("\"Done\"").is_err());
}

#[test]
fn every_documented_code_round_trips() {
    fn round_trip<C: Code + serde::Serialize + serde::de::DeserializeOwned>() {
        for code in C::ALL {
            let json = serde_json::to_string(code).unwrap();
            let value: i64 = code.code().into();
            assert_eq!(json, value.to_string());
            assert_eq!(serde_json::from_str::<C>(&json).unwrap(), *code);
        }
    }
    use codes::*;
    round_trip::<UserVisibilityChangeError>();
    round_trip::<ForwardStreamError>();
    round_trip::<SubtitleErrorCode>();
    round_trip::<KTVErrorCode>();
    round_trip::<KTVPlayerErrorCode>();
    round_trip::<AudioRecordingErrorCode>();
    round_trip::<LocalProxyError>();
    round_trip::<StreamMixingErrorCode>();
    round_trip::<PublicStreamErrorCode>();
    round_trip::<WarningCode>();
    round_trip::<ErrorCode>();
    round_trip::<AudioMixingError>();
    round_trip::<LocalAudioStreamError>();
    round_trip::<LocalVideoStreamError>();
    round_trip::<MessageSendResultCode>();
    round_trip::<PlayerError>();
    assert_eq!(serde_json::from_str::<ErrorCode>("-1081").unwrap(), ErrorCode::Other(-1081));
}
