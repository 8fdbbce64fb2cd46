//! Language tags as headers and locales write them, in the DSL and in `lang`.

codes::rtc_codes! {
    /// Codes described in Simplified Chinese, with translations.
    #[codes(lang = "zh-CN")]
    pub enum Codes {
        A = 1 => "一" en-US "one" zh-Hant "壹" es-419 "uno",
        B = 2 => "二" EN "two",
    }
}

fn main() {
    assert_eq!(Codes::FAMILY.lang, Some("zh-CN"));
    assert_eq!(Codes::FAMILY.languages, ["en-US", "zh-Hant", "es-419", "EN"]);
    assert_eq!(Codes::A.description_in("en-us"), Some("one"));
    assert_eq!(Codes::A.description_in("es-419"), Some("uno"));
    assert_eq!(Codes::B.description_in("en"), Some("two"));
    assert_eq!(Codes::B.description_in("en-GB"), Some("two"));
    assert_eq!(Codes::A.description_in("zh-CN"), Some("一"));
    assert_eq!(Codes::A.description_in("zh-Hant-TW"), Some("壹"));
}
