//! Metadata of families known only at run time: codes read from an SDK's headers, a
//! configuration file or a server, described with the same [`FamilyInfo`] and [`CodeInfo`] as
//! the declared families, so that whatever walks families (lookups, exports, tables) takes both.
//!
//! The metadata is `'static`, as a declared family's is: a program that builds it at run time
//! keeps it for its whole life (it leaks it once, or stores it in a `static`).

use super::{CodeInfo, FamilyInfo};

impl CodeInfo {
    /// A code's metadata: its family's name, its name, SDK name, value and description, with no
    /// aliases or translations, not success and not deprecated (the `with_*` methods say
    /// otherwise).
    ///
    /// ```
    /// use rtc_codes::{CodeInfo, FamilyInfo};
    ///
    /// static CODES: [CodeInfo; 2] = [
    ///     CodeInfo::new("DemoError", "Ok", "DEMO_OK", 0, "Fine.").with_success(true),
    ///     CodeInfo::new("DemoError", "Busy", "DEMO_BUSY", -7, "The device is busy.")
    ///         .with_aliases(&["DEMO_IN_USE"])
    ///         .with_translations(&[("zh", "设备忙。")]),
    /// ];
    /// static FAMILY: FamilyInfo = FamilyInfo::new("DemoError", "i32", &CODES).with_languages(&["zh"]);
    ///
    /// let busy = FAMILY.find_value(-7).unwrap();
    /// assert_eq!(busy.sdk_name, "DEMO_BUSY");
    /// assert_eq!(busy.description_in("zh_CN.UTF-8"), Some("设备忙。"));
    /// assert_eq!(FAMILY.find_name("DEMO_IN_USE").map(|code| code.value), Some(-7));
    /// assert!(FAMILY.find_value(0).unwrap().success);
    /// ```
    #[must_use]
    pub const fn new(
        family: &'static str,
        name: &'static str,
        sdk_name: &'static str,
        value: i128,
        description: &'static str,
    ) -> CodeInfo {
        // Generated code passes whether a text has a line break; here it is found.
        let mut info = crate::__private::code_info(family, "", name, sdk_name, value, description);
        info.line_breaks = has_line_break(description);
        info
    }

    /// The code, with the language its description is in (its family's
    /// [`lang`](FamilyInfo::lang)), which [`description_in`](CodeInfo::description_in) answers
    /// with the description.
    #[must_use]
    pub const fn with_lang(mut self, lang: &'static str) -> Self {
        self.lang = lang;
        self
    }

    /// The code, with other names it is known by ([`CodeInfo::aliases`]).
    #[must_use]
    pub const fn with_aliases(mut self, aliases: &'static [&'static str]) -> Self {
        self.aliases = aliases;
        self
    }

    /// The code, with its descriptions in other languages, as `(language tag, text)`
    /// ([`CodeInfo::translations`]).
    #[must_use]
    pub const fn with_translations(
        mut self,
        translations: &'static [(&'static str, &'static str)],
    ) -> Self {
        self.translations = translations;
        self.line_breaks = has_line_break(self.description);
        let mut rest = translations;
        while let [(_, text), after @ ..] = rest {
            self.line_breaks |= has_line_break(text);
            rest = after;
        }
        self
    }

    /// The code, meaning success or not ([`CodeInfo::success`]).
    #[must_use]
    pub const fn with_success(mut self, success: bool) -> Self {
        self.success = success;
        self
    }

    /// The code, deprecated or not ([`CodeInfo::deprecated`]).
    #[must_use]
    pub const fn with_deprecated(mut self, deprecated: bool) -> Self {
        self.deprecated = deprecated;
        self
    }
}

impl FamilyInfo {
    /// A family's metadata: its name, the name of its integer type (such as `"i32"`) and its
    /// codes, closed, without docs, module path or languages (the `with_*` methods add them).
    /// See [`CodeInfo::new`] for an example.
    #[must_use]
    pub const fn new(name: &'static str, repr: &'static str, codes: &'static [CodeInfo]) -> Self {
        FamilyInfo {
            name,
            module_path: "",
            docs: "",
            repr,
            catch_all: None,
            lang: None,
            languages: &[],
            codes,
        }
    }

    /// The family, with its doc text ([`FamilyInfo::docs`]).
    #[must_use]
    pub const fn with_docs(mut self, docs: &'static str) -> Self {
        self.docs = docs;
        self
    }

    /// The family, with the module it is declared in ([`FamilyInfo::module_path`]).
    #[must_use]
    pub const fn with_module_path(mut self, module_path: &'static str) -> Self {
        self.module_path = module_path;
        self
    }

    /// The family, with the language of its descriptions ([`FamilyInfo::lang`]).
    #[must_use]
    pub const fn with_lang(mut self, lang: &'static str) -> Self {
        self.lang = Some(lang);
        self
    }

    /// The family, with the languages its codes are described in beyond the default one
    /// ([`FamilyInfo::languages`]).
    #[must_use]
    pub const fn with_languages(mut self, languages: &'static [&'static str]) -> Self {
        self.languages = languages;
        self
    }

    /// The family, open with this catch-all variant ([`FamilyInfo::catch_all`]).
    ///
    /// ```
    /// let family = rtc_codes::FamilyInfo::new("DemoError", "i32", &[]).with_catch_all("Other");
    /// assert!(family.is_open());
    /// ```
    #[must_use]
    pub const fn with_catch_all(mut self, catch_all: &'static str) -> Self {
        self.catch_all = Some(catch_all);
        self
    }
}

/// Whether `text` has a line break, which `Display` shows as a space.
const fn has_line_break(text: &str) -> bool {
    let mut rest = text.as_bytes();
    while let [byte, after @ ..] = rest {
        if *byte == b'\n' || *byte == b'\r' {
            return true;
        }
        rest = after;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::CodeInfo;

    /// `Display` writes a line break of any description as a space, where the flag says there
    /// is one: the constructors set it from the texts.
    #[test]
    fn line_breaks_are_found_in_every_text() {
        let plain = CodeInfo::new("F", "A", "A", 1, "one line");
        assert!(!plain.line_breaks);
        assert!(CodeInfo::new("F", "A", "A", 1, "two\nlines").line_breaks);
        assert!(CodeInfo::new("F", "A", "A", 1, "two\rlines").line_breaks);
        assert!(
            plain
                .with_translations(&[("en", "x"), ("ja", "y\nz")])
                .line_breaks
        );
        assert!(!plain.with_translations(&[("en", "x")]).line_breaks);
    }

    /// The language given with `with_lang` answers with the description.
    #[test]
    fn the_descriptions_language_finds_the_description() {
        let code = CodeInfo::new("F", "A", "A", 1, "忙。").with_translations(&[("en", "Busy.")]);
        assert_eq!(code.description_in("zh-CN"), None);
        let code = code.with_lang("zh");
        assert_eq!(code.description_in("zh-CN"), Some("忙。"));
        assert_eq!(code.description_in("en_US.UTF-8"), Some("Busy."));
    }
}
