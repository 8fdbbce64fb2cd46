//! The families of headers, for `explain --header`: imported (no Rust written) and held as the
//! same [`FamilyInfo`]s as the documented families (built with their public constructors for
//! families known at run time), so that every lookup and format works on them alike.
//!
//! The metadata of the documented families is `'static`; the imported ones live as long as the
//! command, so they are leaked once, which is what a one-shot command needs.

use rtc_codes::{CodeInfo, FamilyInfo};

use rtc_codes_import::{Family, Import};

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn leak_slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// The families of `imported`, as metadata.
#[must_use]
pub fn families(imported: Import) -> Vec<&'static FamilyInfo> {
    imported.families.into_iter().map(family).collect()
}

/// The header each family of headers was imported from, by the family's address (the
/// documented families have none).
static HEADERS: std::sync::Mutex<Vec<(usize, &'static str)>> = std::sync::Mutex::new(Vec::new());

/// The header `family` was imported from, if it is a family of headers.
#[must_use]
pub fn header_of(family: &FamilyInfo) -> Option<&'static str> {
    let address = std::ptr::from_ref(family) as usize;
    HEADERS
        .lock()
        .ok()?
        .iter()
        .find(|(known, _)| *known == address)
        .map(|(_, header)| *header)
}

fn family(family: Family) -> &'static FamilyInfo {
    let name = leak(family.name);
    // The family's language, so that `--lang` finds an English header's text as English.
    let lang = leak(family.lang);
    let mut languages: Vec<&'static str> = Vec::new();
    let codes: Vec<CodeInfo> = family
        .codes
        .into_iter()
        .map(|code| {
            let translations: Vec<(&'static str, &'static str)> = code
                .translations
                .into_iter()
                .map(|(language, text)| (leak(language), leak(text)))
                .collect();
            for (language, _) in &translations {
                if !languages.contains(language) {
                    languages.push(language);
                }
            }
            let aliases: Vec<&'static str> = code
                .aliases
                .into_iter()
                .map(|alias| leak(alias.sdk_name))
                .collect();
            CodeInfo::new(
                name,
                leak(code.name),
                leak(code.sdk_name),
                code.value,
                leak(code.description),
            )
            .with_lang(lang)
            .with_success(code.success)
            .with_deprecated(code.deprecated.is_some())
            .with_aliases(leak_slice(aliases))
            .with_translations(leak_slice(translations))
        })
        .collect();
    let info = FamilyInfo::new(name, family.repr, leak_slice(codes))
        .with_docs(leak(family.docs))
        .with_lang(lang)
        .with_languages(leak_slice(languages));
    let info = match family.catch_all {
        Some(catch_all) => info.with_catch_all(leak(catch_all)),
        None => info,
    };
    let info: &'static FamilyInfo = Box::leak(Box::new(info));
    if let Ok(mut headers) = HEADERS.lock() {
        headers.push((std::ptr::from_ref(info) as usize, leak(family.location.0)));
    }
    info
}
