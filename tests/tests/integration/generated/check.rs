//! The checks run on every generated family.

use codes::Code;

/// What the generator meant one code to be.
pub struct Expected {
    pub value: i128,
    pub name: &'static str,
    pub sdk_name: &'static str,
    pub aliases: &'static [&'static str],
    pub description: &'static str,
    pub success: bool,
}

/// Checks every generated item of `C` against `expected`, generically.
pub fn check_family<C: Code>(open: bool, expected: &[Expected]) {
    assert_eq!(C::COUNT, expected.len());
    assert_eq!(C::FAMILY.is_open(), open);
    for (code, want) in C::ALL.iter().zip(expected) {
        let info = code.info().expect("declared");
        assert_eq!(info.value, want.value);
        assert_eq!(code.code().into(), want.value);
        assert_eq!(code.name(), want.name);
        assert_eq!(code.sdk_name(), want.sdk_name);
        assert_eq!(info.aliases, want.aliases);
        assert_eq!(code.description(), want.description);
        assert_eq!(code.is_success(), want.success);
        assert_eq!(C::from_code(code.code()), Some(*code));
        assert_eq!(C::try_from_code(code.code()).ok(), Some(*code));
        for name in [want.name, want.sdk_name].iter().chain(want.aliases) {
            assert_eq!(C::from_name(name), Some(*code), "{name}");
            assert_eq!(name.parse::<C>().ok(), Some(*code), "{name}");
        }
        assert_eq!(want.value.to_string().parse::<C>().ok(), Some(*code));
        // One line: each line break of the description shows as a space.
        let line = want
            .description
            .replace("\r\n", " ")
            .replace(['\n', '\r'], " ");
        assert_eq!(
            code.to_string(),
            format!("{} ({}): {line}", want.sdk_name, want.value)
        );
    }
}
