//! From the enums of headers to families: values, types, names, descriptions and aliases.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::ctypes::{IntType, Model};
use super::diagnostics::{Diagnostic, Diagnostics, Kind as Said, Severity};
use super::doc::{self, Comment, EnumDocs};
use super::lex::Kind;
use super::names;
use super::parse::{Enum, Enumerator, Parsed, Value};
use super::types::{self, fits};
use super::{Alias, Code, Family, Options};

mod texts;

use texts::described_language;

/// Collects the families of one header after another.
pub struct Builder<'o> {
    options: &'o Options,
    model: Model,
    language: &'o str,
    families: Vec<Family>,
    diagnostics: Diagnostics,
    /// The families' Rust names and C names so far, with where they were declared.
    declared: HashMap<String, (String, u32)>,
    /// The enums `--enum` asked for that were found.
    found: Vec<String>,
    /// Problems of enums `--enum` did not select, which are not reported.
    left_unread: usize,
}

impl<'o> Builder<'o> {
    pub fn new(options: &'o Options, model: Model) -> Self {
        Builder {
            options,
            model,
            language: options.default_language.as_str(),
            families: Vec::new(),
            diagnostics: Diagnostics::default(),
            declared: HashMap::new(),
            found: Vec::new(),
            left_unread: 0,
        }
    }

    fn problem(&mut self, problem: Diagnostic) {
        self.diagnostics.push(problem);
    }

    /// Adds the enums of a header, with the values of their enumerators.
    pub fn add(&mut self, parsed: &Parsed<'_>) {
        let file = parsed.file;
        let first_problem = self.diagnostics.len();
        for unreadable in &parsed.unreadable {
            let selected = match unreadable.owner.and_then(|index| parsed.enums.get(index)) {
                Some(item) => self.selected(item).is_some(),
                None => unreadable
                    .name
                    .map_or(true, |name| self.options.selection(name, None).is_some()),
            };
            if selected {
                let family = unreadable
                    .owner
                    .and_then(|index| parsed.enums.get(index))
                    .and_then(|item| item.name);
                self.problem(
                    Diagnostic::problem(unreadable.kind, unreadable.message.clone())
                        .at(file, unreadable.line)
                        .of_family(family.or(unreadable.name))
                        .named(unreadable.name)
                        .hinted(unreadable.hint.clone()),
                );
            } else {
                self.left_unread += 1;
            }
        }
        for item in &parsed.enums {
            self.add_enum(file, item);
        }
        // In the order of the header's lines (a stable sort keeps one line's problems in order).
        self.diagnostics.sort_lines_from(first_problem);
        // After what was read before it, so that a header's problems stay in line order.
        if let Some(line) = parsed.unclosed_at {
            self.problem(
                Diagnostic::problem(
                    Said::Syntax,
                    "a comment or literal is not closed: the rest of the header is not read",
                )
                .at(file, line),
            );
        }
    }

    /// The families, every problem (a problem for each enum `--enum` asked for and no header
    /// has), and how many problems of enums not asked for were left unreported.
    pub fn finish(mut self) -> (Vec<Family>, Diagnostics, usize) {
        for wanted in &self.options.enums {
            if !self.found.contains(wanted) {
                self.diagnostics.push(
                    Diagnostic::problem(
                        Said::Selection,
                        format!("no enum named `{wanted}` in the headers"),
                    )
                    .named(Some(wanted)),
                );
            }
        }
        (self.families, self.diagnostics, self.left_unread)
    }

    /// The `--enum` argument that selects `item` (see [`Options::selection`]); an anonymous enum
    /// is selected only when every enum is.
    fn selected(&self, item: &Enum<'_>) -> Option<String> {
        match item.name {
            Some(name) => self.options.selection(name, item.tag),
            None => self.options.enums.is_empty().then_some(""),
        }
        .map(str::to_owned)
    }

    /// Adds the family of `item` if `--enum` selects it; the problems of one it does not select
    /// are counted, not reported.
    fn add_enum(&mut self, file: &str, item: &Enum<'_>) {
        let first_problem = self.diagnostics.len();
        let family = self.family(file, item);
        // Declared either way, so that a second enum of its name is counted as a problem too.
        if let Some(family) = &family {
            self.declared
                .insert(family.name.clone(), family.location.clone());
        }
        let Some(wanted) = self.selected(item) else {
            self.left_unread += self
                .diagnostics
                .drain_from(first_problem)
                .iter()
                .filter(|diagnostic| diagnostic.severity == Severity::Problem)
                .count();
            return;
        };
        if !wanted.is_empty() {
            self.found.push(wanted);
        }
        if let Some(family) = family {
            self.families.push(family);
        }
    }

    /// The family of `item`, with the problems of what it leaves out; `None` when nothing of it
    /// can be imported.
    fn family(&mut self, file: &str, item: &Enum<'_>) -> Option<Family> {
        self.report_unknown_values(file, item);
        let (c_name, name) = self.family_name(file, item)?;
        let repr = self.repr(file, item, c_name);
        let names: Vec<&str> = std::iter::once(c_name).chain(item.tag).collect();
        let values: Vec<&str> = item.enumerators.iter().map(|e| e.name).collect();
        let comments = item.docs.iter().map(Comment::of).collect();
        let EnumDocs {
            family,
            entries,
            unmatched,
        } = doc::enum_docs(comments, &names, &values);
        for name in unmatched {
            let message = format!(
                "the doc comment of `{c_name}` describes `@{name}:`, which is no enumerator of it: that text is left out"
            );
            self.problem(
                Diagnostic::note(Said::Syntax, message)
                    .at(file, item.line)
                    .of_family(Some(c_name))
                    .named(Some(&name)),
            );
        }
        let mut codes = self.codes(file, item, repr, &entries);
        if codes.is_empty() {
            let message =
                format!("enum `{c_name}` is not imported: it has no enumerator that could be");
            self.problem(
                Diagnostic::problem(Said::Value, message)
                    .at(file, item.line)
                    .of_family(Some(c_name)),
            );
            return None;
        }
        let mut docs = self.family_docs(family, c_name, file);
        if let Some(domain) = item.domain {
            let _ = write!(docs, "\n\nIts errors are in the error domain `{domain}`.");
        }
        let (sdk_prefix, sdk_case) = names::name_codes(&mut codes, c_name, &name);
        let catch_all = (!self.options.closed).then(|| names::catch_all_name(&codes));
        let lang = described_language(self.language, &codes);
        for code in &mut codes {
            // A text in the family's own language is its description, never a translation too;
            // the text it replaces stays, in its language.
            let Some(at) = code
                .translations
                .iter()
                .position(|(language, _)| *language == lang)
            else {
                continue;
            };
            let (_, text) = code.translations.remove(at);
            let old = std::mem::replace(&mut code.description, text);
            let kept = old == code.sdk_name
                || old == code.description
                || code.translations.iter().any(|(_, t)| *t == old);
            if !kept {
                code.translations.push((self.language.to_owned(), old));
            }
        }
        if item.anonymous {
            let _ = write!(
                docs,
                "\n\nAn anonymous enum of the header, named by its enumerators' prefix `{c_name}`."
            );
        }
        Some(Family {
            name,
            lang,
            c_name: c_name.to_owned(),
            location: (file.to_owned(), item.line),
            docs,
            repr,
            sdk_prefix,
            sdk_case,
            catch_all,
            codes,
        })
    }

    /// Reports the enumerators whose values could not be computed, and what is worth saying
    /// of how the others were.
    fn report_unknown_values(&mut self, file: &str, item: &Enum<'_>) {
        for enumerator in &item.enumerators {
            for note in &enumerator.notes {
                self.problem(
                    Diagnostic::note(
                        Said::Value,
                        format!("enumerator `{}`: {note}", enumerator.name),
                    )
                    .at(enumerator.file.unwrap_or(file), enumerator.line)
                    .of_family(item.name)
                    .named(Some(enumerator.name)),
                );
            }
            if let Value::Unknown(reason, hint) = &enumerator.value {
                let message = format!("enumerator `{}` is not imported: {reason}", enumerator.name);
                self.problem(
                    Diagnostic::problem(Said::Value, message)
                        .at(enumerator.file.unwrap_or(file), enumerator.line)
                        .of_family(item.name)
                        .named(Some(enumerator.name))
                        .hinted(hint.clone()),
                );
            }
        }
    }

    /// The enum's C name and its family's Rust name, or a problem when it has no name or a
    /// family of that name was declared before.
    fn family_name<'a>(&mut self, file: &str, item: &Enum<'a>) -> Option<(&'a str, String)> {
        let Some(c_name) = item.name else {
            // A constant of a C or C++ header (`enum { kMaxSize = 64 };`), most often.
            self.problem(
                Diagnostic::note(
                    Said::Syntax,
                    "an anonymous enum whose enumerators share no prefix is not imported: there is no name to give its family",
                )
                .at(file, item.line),
            );
            return None;
        };
        let name = names::family_name(c_name);
        if let Some((first_file, first_line)) = self.declared.get(&name) {
            let message = format!(
                "enum `{c_name}` is not imported: a family named `{name}` was already declared at {first_file}:{first_line}"
            );
            self.problem(
                Diagnostic::problem(Said::Duplicate, message)
                    .at(file, item.line)
                    .of_family(Some(c_name)),
            );
            return None;
        }
        Some((c_name, name))
    }

    /// The codes of the enumerators of known values, in order: one per value, later
    /// enumerators of a value its aliases. An enumerator declared twice or whose value does not
    /// fit `repr` is reported and left out.
    fn codes(
        &mut self,
        file: &str,
        item: &Enum<'_>,
        repr: &'static str,
        entries: &HashMap<String, Comment>,
    ) -> Vec<Code> {
        let mut codes: Vec<Code> = Vec::new();
        let mut seen: HashMap<&str, u32> = HashMap::new();
        for enumerator in &item.enumerators {
            let Value::Known(value) = enumerator.value else {
                continue;
            };
            if let Some(first) = seen.get(enumerator.name) {
                let message = format!(
                    "enumerator `{}` is declared again (first at line {first}): the second is not imported",
                    enumerator.name
                );
                self.problem(
                    Diagnostic::problem(Said::Duplicate, message)
                        .at(enumerator.file.unwrap_or(file), enumerator.line)
                        .of_family(item.name)
                        .named(Some(enumerator.name)),
                );
                continue;
            }
            seen.insert(enumerator.name, enumerator.line);
            if !fits(repr, value) {
                let message = format!(
                    "enumerator `{}` is not imported: its value {value} does not fit `{repr}`",
                    enumerator.name
                );
                self.problem(
                    Diagnostic::problem(Said::Value, message)
                        .at(enumerator.file.unwrap_or(file), enumerator.line)
                        .of_family(item.name)
                        .named(Some(enumerator.name)),
                );
                continue;
            }
            let entry = entries.get(enumerator.name);
            let (description, translations, deprecated) =
                self.description(file, enumerator, value, entry);
            if let Some(code) = codes.iter_mut().find(|code| code.value == value) {
                // A second SDK name for a value: an alias, with its description in the docs.
                code.aliases.push(Alias {
                    sdk_name: enumerator.name.to_owned(),
                    description,
                });
                continue;
            }
            codes.push(Code {
                name: String::new(),
                sdk_name: enumerator.name.to_owned(),
                value,
                hex: is_hex_literal(enumerator),
                description,
                translations,
                aliases: Vec::new(),
                deprecated,
                success: false,
            });
        }
        codes
    }

    /// The integer type: from the underlying type, or the smallest that holds every value.
    fn repr(&mut self, file: &str, item: &Enum<'_>, c_name: &str) -> &'static str {
        let known: Vec<i128> = item
            .enumerators
            .iter()
            .filter_map(|enumerator| match enumerator.value {
                Value::Known(value) => Some(value),
                _ => None,
            })
            .collect();
        let smallest = || types::smallest(&known);
        let underlying = match &item.fixed {
            None => return smallest(),
            Some(Ok(ty)) => return rust_type(*ty, self.model),
            Some(Err(text)) => text,
        };
        let repr = smallest();
        let message = format!(
            "the type `{underlying}` of enum `{c_name}` has no rtc_codes integer type (i8, i16, i32, i64, u8, u16, u32, u64): `{repr}` holds its values"
        );
        self.problem(
            Diagnostic::problem(Said::Value, message)
                .at(file, item.line)
                .of_family(Some(c_name)),
        );
        repr
    }
}

fn is_hex_literal(enumerator: &Enumerator<'_>) -> bool {
    match enumerator.expression.as_deref() {
        Some([only]) => {
            only.kind == Kind::Number
                && (only.text.starts_with("0x") || only.text.starts_with("0X"))
        }
        _ => false,
    }
}

/// The `rtc_codes` integer type of a C integer type under `model`.
fn rust_type(ty: IntType, model: Model) -> &'static str {
    match (model.bits(ty), model.is_signed(ty)) {
        (1 | 8, false) => "u8",
        (8, true) => "i8",
        (16, true) => "i16",
        (16, false) => "u16",
        (32, true) => "i32",
        (32, false) => "u32",
        (_, true) => "i64",
        (_, false) => "u64",
    }
}
