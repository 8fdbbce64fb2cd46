//! The importer's stages, in order: the headers given and those they include, each lexed; the
//! translation unit preprocessed (every file once); each file parsed once, from what the
//! preprocessor wrote; the families of `#define` lists; the declarations values use; every
//! value; the families, with what the conditions left out.

use std::collections::HashMap;
use std::path::PathBuf;

use super::ctypes::Model;
use super::declarations::Declarations;
use super::diagnostics::{Diagnostic, Diagnostics, Hint, Kind};
use super::lex::{self, Token};
use super::macros::{self, PpToken};
use super::parse::{self, Parsed};
use super::preprocess::includes::{self, Resolved};
use super::preprocess::{self, File, Macros, Skipped, Unit};
use super::sources::{self, Decoded};
use super::{define_lists, family, values, Family, Options};

/// A file of the translation unit, before it is lexed.
struct Loaded {
    name: String,
    text: String,
    path: Option<PathBuf>,
    /// How each of its `#include` lines resolves.
    includes: HashMap<u32, Resolved>,
}

/// The families of `headers` and how many problems of enums not selected were left
/// unreported; what was left out is added to `diagnostics`, every file read to `files`.
// The stages in order, a few lines each, sharing the borrows of what the ones before made.
#[allow(clippy::too_many_lines)]
pub fn run(
    headers: Vec<Decoded>,
    options: &Options,
    diagnostics: &mut Diagnostics,
    files: &mut Vec<PathBuf>,
) -> (Vec<Family>, usize) {
    let target = options.target.clone().unwrap_or_default();
    let model = Model::of(&target);
    let given = headers.len();
    let loaded = load(headers, options, model, diagnostics, files);

    let lexed: Vec<(Vec<Token<'_>>, Option<u32>)> =
        loaded.iter().map(|file| lex::tokens(&file.text)).collect();
    let unit_files: Vec<File<'_>> = loaded
        .iter()
        .zip(lexed)
        .map(|(file, (tokens, unclosed_at))| File {
            name: &file.name,
            language: options
                .language
                .unwrap_or_else(|| preprocess::language_of(&file.name, &tokens)),
            tokens,
            unclosed_at,
            includes: file.includes.clone(),
        })
        .collect();

    let predefined_text = predefined(&target);
    let predefined_tokens = lex::tokens(&predefined_text).0;
    let mut start = Macros::default();
    for token in &predefined_tokens {
        if let Some(found) = macros::define_directive(token) {
            start.define(found);
        }
    }
    for definition in options
        .defines
        .iter()
        .filter_map(super::options::Definition::to_macro)
    {
        start.define(definition);
    }
    let unit = Unit::new(&unit_files, given, start).run();
    for diagnostic in &unit.diagnostics {
        diagnostics.push(diagnostic.clone());
    }
    let outputs: Vec<&[PpToken<'_>]> = unit
        .outputs
        .iter()
        .map(|output| {
            output
                .as_ref()
                .map_or(&[][..], |output| output.tokens.as_slice())
        })
        .collect();
    let views: Vec<Vec<Token<'_>>> = outputs
        .iter()
        .map(|tokens| tokens.iter().map(PpToken::view).collect())
        .collect();

    // The families of `#define` lists, from the headers given.
    let named: Vec<(&str, &[Token<'_>])> = unit_files
        .iter()
        .zip(&views)
        .take(given)
        .map(|(file, view)| (file.name, view.as_slice()))
        .collect();
    let found: Vec<Vec<define_lists::Found<'_>>> = options
        .macros
        .iter()
        .map(|spec| define_lists::find(spec, &named, &unit.macros))
        .collect();
    let found_views: Vec<Vec<Vec<Token<'_>>>> = found
        .iter()
        .map(|macros| {
            macros
                .iter()
                .map(|found| match &found.expansion {
                    Ok(tokens) => tokens.iter().map(PpToken::view).collect(),
                    Err(_) => Vec::new(),
                })
                .collect()
        })
        .collect();

    let mut parsed: Vec<Parsed<'_>> = unit_files
        .iter()
        .zip(&views)
        .map(|(file, view)| {
            parse::header(file.name, view, file.unclosed_at, file.language.is_cpp())
        })
        .collect();
    for ((spec, found), views) in options.macros.iter().zip(&found).zip(&found_views) {
        if let Some((index, item)) = define_lists::family(spec, found, views, &named) {
            parsed[index].enums.push(item);
        } else {
            let prefixes: Vec<String> = spec
                .prefixes()
                .iter()
                .map(|prefix| format!("`{prefix}...`"))
                .collect();
            let message = format!(
                "no `#define` of the headers makes the family `{}`: none is named {} with an integer value",
                spec.family(),
                prefixes.join(" or ")
            );
            diagnostics
                .push(Diagnostic::problem(Kind::Selection, message).of_family(Some(spec.family())));
        }
    }

    let mut declarations = Declarations::default();
    for (file, view) in unit_files.iter().zip(&views) {
        declarations.add(view, file.language.is_cpp(), model);
    }
    values::resolve(&mut parsed, &declarations, &unit.macros, model);

    let mut families = family::Builder::new(options, model);
    for (index, header) in parsed.iter().enumerate().take(given) {
        families.add(header);
        if let Some(output) = unit.outputs.get(index).and_then(Option::as_ref) {
            left_out(header, &output.skipped, options, diagnostics);
        }
    }
    let (families, found_diagnostics, left_unread) = families.finish();
    diagnostics.append(found_diagnostics);
    if families.is_empty() && diagnostics.problems().next().is_none() {
        let tokens: Vec<&[Token<'_>]> = views.iter().take(given).map(Vec::as_slice).collect();
        let diagnostic = match define_lists::hint(&tokens) {
            Some(hint) => {
                Diagnostic::problem(Kind::Empty, format!("no enum found in the headers; {hint}"))
                    .hinted(Some(Hint::MacroFamily))
            }
            None => Diagnostic::problem(Kind::Empty, "no enum found in the headers"),
        };
        diagnostics.push(diagnostic);
    }
    (families, left_unread)
}

/// The headers given, then every file they include (transitively) that is found, each once:
/// beside the including header, in the include folders, or one of the compiler's own headers.
fn load(
    headers: Vec<Decoded>,
    options: &Options,
    model: Model,
    diagnostics: &mut Diagnostics,
    files: &mut Vec<PathBuf>,
) -> Vec<Loaded> {
    let mut loaded: Vec<Loaded> = headers
        .into_iter()
        .map(|header| Loaded {
            name: header.name,
            text: header.text,
            path: header.path,
            includes: HashMap::new(),
        })
        .collect();
    let canonical =
        |path: &std::path::Path| path.canonicalize().unwrap_or_else(|_| path.to_owned());
    let mut by_path: HashMap<PathBuf, usize> = loaded
        .iter()
        .enumerate()
        .filter_map(|(index, file)| file.path.as_deref().map(|path| (canonical(path), index)))
        .collect();
    let mut builtins: HashMap<String, usize> = HashMap::new();
    let mut index = 0;
    while index < loaded.len() {
        let scanned = includes::scan(&loaded[index].text);
        let from = loaded[index].path.clone();
        let mut resolved = HashMap::new();
        for (line, include) in scanned {
            let on_disk = includes::candidates(&include, from.as_deref(), &options.include_dirs)
                .into_iter()
                .find(|path| path.is_file());
            let found = if let Some(path) = on_disk {
                let key = canonical(&path);
                if let Some(&known) = by_path.get(&key) {
                    Some(known)
                } else {
                    match std::fs::read(&path) {
                        Ok(bytes) => {
                            let name = path.display().to_string();
                            let text =
                                sources::decode(&name, &bytes, options.encoding, diagnostics);
                            files.push(path.clone());
                            by_path.insert(key, loaded.len());
                            loaded.push(Loaded {
                                name,
                                text,
                                path: Some(path),
                                includes: HashMap::new(),
                            });
                            Some(loaded.len() - 1)
                        }
                        Err(_) => None,
                    }
                }
            } else if let Some(&known) = builtins.get(&include.name) {
                Some(known)
            } else if let Some(text) = includes::builtin(&include, model) {
                builtins.insert(include.name.clone(), loaded.len());
                loaded.push(Loaded {
                    name: format!("<{}>", include.name),
                    text,
                    path: None,
                    includes: HashMap::new(),
                });
                Some(loaded.len() - 1)
            } else {
                None
            };
            resolved.insert(line, Resolved { include, found });
        }
        loaded[index].includes = resolved;
        index += 1;
    }
    loaded
}

/// The macros the compiler predefines for `target`, as a header's `#define`s.
fn predefined(target: &super::target::Target) -> String {
    let mut text = String::new();
    for (name, value) in target.macros() {
        text.push_str("#define ");
        text.push_str(name);
        text.push(' ');
        text.push_str(&value);
        text.push('\n');
    }
    text
}

/// Notes of what the conditions of `header` left out: enumerators of its enums, whole enums,
/// and `#define`s of the families of macros asked for.
fn left_out(
    header: &Parsed<'_>,
    skipped: &[Skipped],
    options: &Options,
    diagnostics: &mut Diagnostics,
) {
    for region in skipped {
        let lines = if region.lines.0 == region.lines.1 {
            format!("line {}", region.lines.0)
        } else {
            format!("lines {}-{}", region.lines.0, region.lines.1)
        };
        let enclosing = header
            .enums
            .iter()
            .find(|item| item.line <= region.lines.0 && region.lines.1 <= item.end_line);
        let what = match enclosing {
            Some(item) if !region.enumerators.is_empty() => {
                let Some(name) = item.name else { continue };
                if options.selection(name, item.tag).is_none() {
                    continue;
                }
                let names: Vec<String> = region
                    .enumerators
                    .iter()
                    .map(|name| format!("`{name}`"))
                    .collect();
                let noun = if names.len() == 1 {
                    "the enumerator"
                } else {
                    "the enumerators"
                };
                Some((
                    format!("{noun} {} of `{name}`", names.join(", ")),
                    Some(name),
                ))
            }
            None if region.declares_enum && options.enums.is_empty() => {
                Some(("an enum".to_owned(), None))
            }
            _ => {
                let asked: Vec<String> = region
                    .defines
                    .iter()
                    .filter(|name| options.macros.iter().any(|spec| spec.selects(name)))
                    .map(|name| format!("`{name}`"))
                    .collect();
                (!asked.is_empty())
                    .then(|| (format!("the `#define` of {}", asked.join(", ")), None))
            }
        };
        let Some((what, family)) = what else { continue };
        let message = format!("{what} ({lines}) is left out by {}", region.directive);
        let hint = (!region.macros.is_empty()).then(|| Hint::Condition {
            macros: region.macros.clone(),
        });
        diagnostics.push(
            Diagnostic::note(Kind::Condition, message)
                .at(header.file, region.lines.0)
                .of_family(family)
                .hinted(hint),
        );
    }
}
