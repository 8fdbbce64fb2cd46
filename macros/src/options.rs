//! The options of `#[codes(...)]`, listed once: their names, whether families or codes take
//! them, and how they are written (for the messages that list them). `attr.rs` parses them.

/// An option of `#[codes(...)]`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Opt {
    SdkPrefix,
    SdkCase,
    Other,
    Lang,
    SdkName,
    Alias,
    Success,
}

/// Whether families or codes take an option.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Family,
    Code,
}

/// Every option: what it is, where it goes, its name and how it is written. The one list of
/// option names; the messages that list options are built from it.
const OPTIONS: [(Opt, Level, &str, &str); 7] = [
    (
        Opt::SdkPrefix,
        Level::Family,
        "sdk_prefix",
        "`sdk_prefix = \"...\"`",
    ),
    (
        Opt::SdkCase,
        Level::Family,
        "sdk_case",
        "`sdk_case = \"...\"`",
    ),
    (Opt::Other, Level::Family, "other", "`other = Name`"),
    (Opt::Lang, Level::Family, "lang", "`lang = \"zh\"`"),
    (
        Opt::SdkName,
        Level::Code,
        "sdk_name",
        "`sdk_name = \"...\"`",
    ),
    (Opt::Alias, Level::Code, "alias", "`alias = \"...\"`"),
    (Opt::Success, Level::Code, "success", "`success`"),
];

/// The option named by `path`, with its level and name.
pub fn option(path: &syn::Path) -> Option<(Opt, Level, &'static str)> {
    OPTIONS
        .iter()
        .find(|(_, _, name, _)| path.is_ident(name))
        .map(|&(option, level, name, _)| (option, level, name))
}

/// "`a`, `b` or `c`": how the options of `level` are written.
pub fn options_of(level: Level) -> String {
    let written: Vec<&str> = OPTIONS
        .iter()
        .filter(|(_, of, _, _)| *of == level)
        .map(|(_, _, _, written)| *written)
        .collect();
    match written.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}
