//! Serialization as the integer, deserialization from it, for downstream and documented families.

use rtc_codes_downstream_serde::{Closed, Open};
use serde::{Deserialize, Serialize};

#[test]
fn downstream_families_serialize_as_their_integer() {
    assert_eq!(serde_json::to_string(&Closed::Failed).unwrap(), "200");
    assert_eq!(serde_json::from_str::<Closed>("200").unwrap(), Closed::Failed);
    assert_eq!(serde_json::to_string(&Open::Min).unwrap(), i64::MIN.to_string());
    assert_eq!(serde_json::from_str::<Open>("7").unwrap(), Open::from(7));
    assert_eq!(serde_json::to_string(&Open::from(7)).unwrap(), "7");
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
    fn round_trip<C: Code + ::serde::Serialize + ::serde::de::DeserializeOwned>() {
        for code in C::ALL {
            let json = serde_json::to_string(code).unwrap();
            let value: i128 = code.code().into();
            assert_eq!(json, value.to_string());
            assert_eq!(serde_json::from_str::<C>(&json).unwrap(), *code);
        }
    }
    use codes::*;
    macro_rules! every_family {
        ([$($family:ident,)*]) => {
            $(round_trip::<$family>();)*
        };
    }
    codes::__private::documented_families!(every_family! {});
    assert_eq!(serde_json::from_str::<ErrorCode>("-1081").unwrap(), ErrorCode::from(-1081));
}

/// Fields of downstream and documented families, by name.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct ByName {
    #[serde(with = "codes::serde::name")]
    closed: Closed,
    #[serde(with = "codes::serde::name")]
    open: Open,
    #[serde(with = "codes::serde::name", default)]
    maybe: Option<Closed>,
    #[serde(with = "codes::serde::name")]
    documented: codes::WarningCode,
}

#[test]
fn codes_by_name_serialize_as_sdk_names_and_undeclared_values_as_integers() {
    let value = ByName {
        closed: Closed::Failed,
        open: Open::from(7),
        maybe: Some(Closed::Done),
        documented: codes::WarningCode::PublishStreamForbidden,
    };
    let json = serde_json::to_string(&value).unwrap();
    assert_eq!(
        json,
        r#"{"closed":"Failed","open":7,"maybe":"Done","documented":"kWarningCodePublishStreamForbiden"}"#
    );
    assert_eq!(serde_json::from_str::<ByName>(&json).unwrap(), value);
    let none = ByName { maybe: None, ..value };
    let json = serde_json::to_string(&none).unwrap();
    assert!(json.contains(r#""maybe":null"#), "{json}");
    assert_eq!(serde_json::from_str::<ByName>(&json).unwrap(), none);
}

#[test]
fn codes_by_name_deserialize_from_any_name_or_the_integer() {
    let value: ByName = serde_json::from_str(
        r#"{"closed":200,"open":"Zero","documented":"kWarningCodePublishStreamForbidden"}"#,
    )
    .unwrap();
    assert_eq!(value.closed, Closed::Failed);
    assert_eq!(value.open, Open::Zero);
    assert_eq!(value.maybe, None);
    assert_eq!(value.documented, codes::WarningCode::PublishStreamForbidden);
    let value: ByName =
        serde_json::from_str(r#"{"closed":"Done","open":-9223372036854775808,"maybe":0,"documented":-2002}"#)
            .unwrap();
    assert_eq!((value.open, value.maybe), (Open::Min, Some(Closed::Done)));
}

#[test]
fn codes_by_name_reject_unknown_names_and_values_clearly() {
    let error = |json: &str| serde_json::from_str::<ByName>(json).unwrap_err().to_string();
    let unknown = error(r#"{"closed":"Missing","open":0,"documented":0}"#);
    assert!(unknown.contains(r#"no Closed code is named "Missing""#), "{unknown}");
    let undeclared = error(r#"{"closed":7,"open":0,"documented":0}"#);
    assert!(undeclared.contains("7 is not a declared Closed code"), "{undeclared}");
    let range = error(r#"{"closed":300,"open":0,"documented":0}"#);
    assert!(range.contains("300 is out of range for Closed, whose values are u8"), "{range}");
    let too_big = error(r#"{"closed":0,"open":18446744073709551615,"documented":0}"#);
    assert!(too_big.contains("out of range for Open"), "{too_big}");
    let wrong_type = error(r#"{"closed":true,"open":0,"documented":0}"#);
    assert!(wrong_type.contains("the name or the value of a Closed code"), "{wrong_type}");
}

/// The other additions of 0.2 with the `serde` feature on: one-line `Display`, `display_in`,
/// `Raw`, ordering by value.
#[test]
fn display_raw_and_order_with_serde_on() {
    assert_eq!(Open::Zero.to_string(), "Zero (0): zero nothing");
    assert_eq!(Open::Zero.display_in("en").to_string(), "Zero (0): zero");
    assert_eq!(Open::Min.description_in("en"), None);
    let raw: codes::Raw<Open> = codes::Raw::new(5);
    assert_eq!(raw.get(), Open::from(5));
    assert_eq!(codes::Raw::<Closed>::new(200).try_get(), Ok(Closed::Failed));
    let mut sorted = vec![Open::from(5), Open::Zero, Open::Min];
    sorted.sort();
    assert_eq!(sorted, [Open::Min, Open::Zero, Open::from(5)]);
}

/// `u64` values above `i64::MAX` serialize and deserialize losslessly, by value and by name.
#[test]
fn u64_families_round_trip_their_whole_range() {
    use rtc_codes_downstream_serde::{Wide, Written};
    assert_eq!(serde_json::to_string(&Wide::Top).unwrap(), u64::MAX.to_string());
    assert_eq!(serde_json::from_str::<Wide>(&u64::MAX.to_string()).unwrap(), Wide::Top);
    let above = (1u64 << 63) + 5;
    assert_eq!(serde_json::from_str::<Wide>(&above.to_string()).unwrap(), Wide::from(above));
    assert!(serde_json::from_str::<Wide>("-1").is_err());
    assert!(serde_json::from_str::<Wide>("18446744073709551616").is_err());
    assert_eq!(serde_json::to_string(&Written::Low).unwrap(), "-32768");

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Named {
        #[serde(with = "codes::serde::name")]
        wide: Wide,
    }
    for wide in [Wide::Top, Wide::from(above)] {
        let json = serde_json::to_string(&Named { wide }).unwrap();
        assert_eq!(serde_json::from_str::<Named>(&json).unwrap(), Named { wide });
    }
}

proptest::proptest! {
    /// Any value of any type round-trips through serde, as it does through `from_code`/`code`,
    /// `FromStr` and `Raw` (the workspace's property tests, which build without serde).
    #[test]
    fn any_value_round_trips_through_serde(a in proptest::prelude::any::<u8>(),
                                           b in proptest::prelude::any::<i64>(),
                                           c in proptest::prelude::any::<u64>()) {
        use rtc_codes_downstream_serde::Wide;
        match Closed::try_from(a) {
            Ok(code) => {
                let json = serde_json::to_string(&code).unwrap();
                proptest::prop_assert_eq!(&json, &a.to_string());
                proptest::prop_assert_eq!(serde_json::from_str::<Closed>(&json).unwrap(), code);
            }
            Err(_) => proptest::prop_assert!(serde_json::from_str::<Closed>(&a.to_string()).is_err()),
        }
        let open = Open::from(b);
        let json = serde_json::to_string(&open).unwrap();
        proptest::prop_assert_eq!(&json, &b.to_string());
        proptest::prop_assert_eq!(serde_json::from_str::<Open>(&json).unwrap(), open);
        let wide = Wide::from(c);
        let json = serde_json::to_string(&wide).unwrap();
        proptest::prop_assert_eq!(&json, &c.to_string());
        proptest::prop_assert_eq!(serde_json::from_str::<Wide>(&json).unwrap(), wide);
        proptest::prop_assert_eq!(codes::Raw::<Wide>::new(c).get(), wide);
    }

    /// One integer, one value, through serde too: a number deserializes to the value every other
    /// conversion makes of it (the named code where it is declared), which serializes back to
    /// the number and shows it in `Display`.
    #[test]
    fn serde_agrees_with_every_conversion(any in proptest::prelude::any::<i64>(),
                                          near in -2_i64..=2,
                                          small in proptest::prelude::any::<u8>()) {
        for value in [any, near, i64::MIN.saturating_add(near.abs())] {
            let code: Open = serde_json::from_str(&value.to_string()).unwrap();
            proptest::prop_assert_eq!(code, Open::from(value));
            proptest::prop_assert_eq!(code.code(), value);
            proptest::prop_assert_eq!(Open::from_code(value).is_some(), code.is_declared());
            proptest::prop_assert_eq!(codes::Raw::<Open>::new(value).get(), code);
            proptest::prop_assert_eq!(serde_json::to_string(&code).unwrap(), value.to_string());
            let shown = code.to_string();
            let number = shown.split_once(" (").and_then(|(_, rest)| rest.split_once("): "));
            proptest::prop_assert_eq!(number.map(|(number, _)| number.parse::<Open>()), Some(Ok(code)));
        }
        let closed = serde_json::from_str::<Closed>(&small.to_string()).ok();
        proptest::prop_assert_eq!(closed, Closed::from_code(small));
        proptest::prop_assert_eq!(closed, codes::Raw::<Closed>::new(small).try_get().ok());
    }
}
