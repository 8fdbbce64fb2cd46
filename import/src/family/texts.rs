//! A family's texts: each code's description and translations, the family's doc, and the
//! language they are in.

use super::Builder;
use crate::diagnostics::{Diagnostic, Kind as Said};
use crate::doc::{self, Comment, Texts};
use crate::parse::Enumerator;
use crate::{file_name, Code};

impl Builder<'_> {
    /// A code's description, translations and deprecation, from its comments.
    /// Its doc comments first, then its entry in the enum's doc (`@NAME:`, `- NAME:`), then a
    /// plain comment next to it; a restatement of its value is no text.
    pub(super) fn description(
        &mut self,
        file: &str,
        enumerator: &Enumerator<'_>,
        value: i128,
        entry: Option<&Comment>,
    ) -> (String, Vec<(String, String)>, Option<String>) {
        let own = doc::texts(&enumerator.docs, self.language);
        let mut deprecated = own.deprecated.clone();
        let mut texts = own.without_value(value);
        if texts.by_language.is_empty() {
            if let Some(entry) = entry {
                let entry = doc::read([entry.clone()], self.language);
                deprecated = deprecated.or_else(|| entry.deprecated.clone());
                texts = entry.without_value(value);
            }
        }
        if texts.by_language.is_empty() {
            texts = doc::texts(&enumerator.plain, self.language).without_value(value);
        }
        let texts = texts.by_script(self.language);
        let (description, translations) = self.split_languages(
            texts,
            enumerator.name,
            Some((enumerator.file.unwrap_or(file), enumerator.line)),
        );
        let deprecated = deprecated.or_else(|| enumerator.deprecated.then(String::new));
        (description, translations, deprecated)
    }

    /// The default description and the others of `texts`; `fallback` where there is none. A
    /// language `rtc_codes!` cannot write is text in the default language, reported at
    /// `location`.
    pub(super) fn split_languages(
        &mut self,
        texts: Texts,
        fallback: &str,
        location: Option<(&str, u32)>,
    ) -> (String, Vec<(String, String)>) {
        let mut by_language: Vec<(String, String)> = Vec::new();
        for (language, text) in texts.by_language {
            let language = if rtc_codes_rules::tags::check_tag(&language).is_ok() {
                language
            } else {
                if let Some((file, line)) = location {
                    let message = format!(
                        "`{language}` is not a language tag (such as `en`, `zh-CN`): its text is kept in `{}`",
                        self.language
                    );
                    self.problem(
                        Diagnostic::problem(Said::Syntax, message)
                            .at(file, line)
                            .named(Some(fallback)),
                    );
                }
                self.language.to_owned()
            };
            match by_language.iter_mut().find(|(lang, _)| *lang == language) {
                Some((_, existing)) => {
                    existing.push('\n');
                    existing.push_str(&text);
                }
                None => by_language.push((language, text)),
            }
        }
        let default_at = by_language
            .iter()
            .position(|(lang, _)| lang == self.language);
        let description = match default_at {
            Some(at) => by_language.remove(at).1,
            None => match by_language.first() {
                // Described in another language only: that text is the default one too.
                Some((_, text)) => text.clone(),
                None => fallback.to_owned(),
            },
        };
        (description, by_language)
    }

    pub(super) fn family_docs(&mut self, docs: Vec<Comment>, c_name: &str, file: &str) -> String {
        let texts = doc::read(docs, self.language);
        // Every language's text goes into the docs: no tag is lost here.
        let (description, others) = self.split_languages(texts, "", None);
        let mut docs = description;
        for (_, text) in others {
            if !docs.is_empty() {
                docs.push_str("\n\n");
            }
            docs.push_str(&text);
        }
        if docs.is_empty() {
            docs = format!(
                "The codes of `{c_name}`, imported from `{}`.",
                file_name(file)
            );
        }
        docs
    }
}

/// The language a family's descriptions are in: `default`, unless the text of every described
/// code is in another script (an English header read with a Chinese default, or a Chinese
/// header read with an English one), whose language it is then.
pub(super) fn described_language(default: &str, codes: &[Code]) -> String {
    let scripts: Vec<&str> = codes
        .iter()
        .filter(|code| code.description != code.sdk_name)
        .filter_map(|code| doc::script_language(&code.description))
        .collect();
    let Some(&first) = scripts.first() else {
        return default.to_owned();
    };
    let cjk_default = doc::is_cjk_language(default);
    if cjk_default && scripts.iter().all(|script| *script == "en") {
        return "en".to_owned();
    }
    if !cjk_default && scripts.iter().all(|script| *script == first) && first != "en" {
        return first.to_owned();
    }
    default.to_owned()
}
