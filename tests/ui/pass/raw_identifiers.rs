// Raw identifiers are legal family, code and catch-all names; the names the API reports are
// written without `r#`.
codes::rtc_codes! {
    /// A family named with a raw identifier.
    #[codes(sdk_prefix = "kRaw", other = r#Else)]
    pub enum r#Raw {
        r#Type = 1 => "a keyword as a code name",
        r#Plain = 2 => "a raw identifier that needs no `r#`",
    }

    /// A closed family whose SDK names are spelled from raw identifiers.
    #[codes(sdk_case = "SCREAMING_SNAKE_CASE")]
    pub enum r#Match: u8 {
        r#Loop = 1 => "another keyword",
    }
}

fn main() {
    use codes::Code;

    assert_eq!(Raw::Type.name(), "Type");
    assert_eq!(Raw::Type.sdk_name(), "kRawType");
    assert_eq!(Raw::Plain.sdk_name(), "kRawPlain");
    assert_eq!(Raw::from_name("Type"), Some(Raw::Type));
    assert_eq!(Raw::from_name("kRawType"), Some(Raw::Type));
    assert_eq!(Raw::from_name("r#Type"), None);
    assert_eq!(Raw::FAMILY.name, "Raw");
    assert_eq!(Raw::FAMILY.catch_all, Some("Else"));
    assert_eq!(Raw::from(9).name(), "Else");
    assert_eq!(Raw::Type.info().map(|info| info.name), Some("Type"));
    assert_eq!(Raw::Type.to_string(), "kRawType (1): a keyword as a code name");
    assert_eq!("Type".parse::<Raw>(), Ok(Raw::Type));

    assert_eq!(Match::Loop.name(), "Loop");
    assert_eq!(Match::Loop.sdk_name(), "LOOP");
    assert_eq!(Match::FAMILY.name, "Match");
    assert_eq!(<Match as Code>::from_name("LOOP"), Some(Match::Loop));
    assert_eq!(Match::try_from(2).map_err(|error| error.to_string()), Err("2 is not a declared Match code".to_owned()));
}
