//! The checks of `sdk_prefix` against the names it is glued to: the SDK names it makes must be
//! the SDK's.

use syn::Ident;

use super::ast::Text;
use super::ctxt::Ctxt;
use rtc_codes_rules::SdkCase;

/// A prefix in `SCREAMING_SNAKE_CASE` glued to the names it precedes (`MESSAGE_CODE` makes
/// `MESSAGE_CODEERROR_TIMEOUT`): an error with the fix, rather than a separator the macro would
/// insert unseen. A prefix with lowercase letters (`kDemo`) ends where its case changes.
pub fn check_separator(cx: &Ctxt, given: &Text, prefix: &str, case: SdkCase) {
    let screaming = prefix.bytes().any(|b| b.is_ascii_uppercase())
        && !prefix.bytes().any(|b| b.is_ascii_lowercase());
    if case == SdkCase::ScreamingSnakeCase
        && screaming
        && prefix.ends_with(|c: char| c.is_ascii_alphanumeric())
    {
        cx.error_spanned_by(
            given,
            format!(
                "`sdk_prefix = \"{prefix}\"` is glued to each name in SCREAMING_SNAKE_CASE \
                 (`{prefix}ERROR_TIMEOUT`): end it with its separator, `sdk_prefix = \"{prefix}_\"`"
            ),
        );
    }
}

/// A Rust name that repeats the SDK prefix (`KErrorCodeInvalidToken` with `sdk_prefix =
/// "kErrorCode"`, as [`SdkCase::repeats_prefix`] tells), whose SDK name would have the prefix
/// twice: an error naming the code as the prefix would have it (`InvalidToken`).
pub fn check_not_repeated(
    cx: &Ctxt,
    ident: &Ident,
    name: &str,
    prefix: &str,
    case: SdkCase,
) -> bool {
    if !case.repeats_prefix(prefix, name) {
        return true;
    }
    let applied = case.apply(name);
    let rest = applied.get(prefix.len()..).unwrap_or_default();
    let suggested: String = match case {
        SdkCase::UpperCamelCase => rest.to_owned(),
        SdkCase::ScreamingSnakeCase => rest
            .split('_')
            .filter(|word| !word.is_empty())
            .map(|word| {
                let lower = word.to_ascii_lowercase();
                let mut chars = lower.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_uppercase().to_string() + chars.as_str()
                })
            })
            .collect(),
    };
    cx.error_spanned_by(
        ident,
        format!(
            "`{name}` repeats the SDK prefix `{prefix}`: its SDK name would be `{prefix}{applied}`; \
             name the code `{suggested}` (its SDK name is then `{prefix}{rest}`), or give \
             `#[codes(sdk_name = \"...\")]`",
            rest = case.apply(&suggested),
        ),
    );
    false
}
