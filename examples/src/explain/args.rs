//! Command-line arguments of `explain`.

use std::ffi::OsString;
use std::fmt;

/// The output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    /// Columns aligned for a terminal.
    #[default]
    Table,
    /// A JSON document.
    Json,
    /// Tab-separated values with a header line.
    Tsv,
}

/// What to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// Every code of the selected families.
    List,
    /// The codes named by each argument.
    Lookup(Vec<String>),
}

/// Parsed arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Args {
    /// `--format`.
    pub format: Format,
    /// `--family`.
    pub family: Option<String>,
    /// `--lang`: the language of the descriptions (the default language when absent).
    pub lang: Option<String>,
    /// Listing or lookups.
    pub request: Request,
}

/// Arguments that are not understood (or a request for help).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UsageError {
    /// `-h` or `--help`.
    Help,
    /// An option that does not exist.
    UnknownOption(String),
    /// An option given without its value.
    MissingValue(&'static str),
    /// `--format` with a format that does not exist.
    UnknownFormat(String),
    /// An option given twice.
    Repeated(&'static str),
    /// An argument that is not valid UTF-8.
    NotUnicode(OsString),
    /// `--all` with `--family` or with codes.
    AllWithOthers,
    /// Nothing to look up or list.
    NothingToDo,
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UsageError::Help => f.write_str("help requested"),
            UsageError::UnknownOption(option) => write!(f, "unknown option `{option}`"),
            UsageError::MissingValue(option) => write!(f, "`{option}` needs a value"),
            UsageError::UnknownFormat(format) => {
                write!(f, "unknown format `{format}`: expected table, json or tsv")
            }
            UsageError::Repeated(option) => write!(f, "`{option}` is given more than once"),
            UsageError::NotUnicode(arg) => {
                write!(
                    f,
                    "argument {arg:?} is not valid UTF-8: codes and names are text"
                )
            }
            UsageError::AllWithOthers => {
                f.write_str("`--all` lists everything: give it without `--family` or codes")
            }
            UsageError::NothingToDo => {
                f.write_str("give a code or name to look up, `--family NAME` or `--all`")
            }
        }
    }
}

impl std::error::Error for UsageError {}

impl Args {
    /// Parses the arguments after the program name.
    ///
    /// # Errors
    ///
    /// [`UsageError`] for anything that is not a valid invocation, including `--help`.
    pub fn parse(args: Vec<OsString>) -> Result<Args, UsageError> {
        let mut format = None;
        let mut family = None;
        let mut lang = None;
        let mut all = false;
        let mut queries = Vec::new();
        let mut only_positional = false;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let arg = arg.into_string().map_err(UsageError::NotUnicode)?;
            if only_positional || !is_option(&arg) {
                queries.push(arg);
                continue;
            }
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
                _ => (arg.as_str(), None),
            };
            let mut value = |option: &'static str| match inline.clone() {
                Some(value) => Ok(value),
                None => args
                    .next()
                    .ok_or(UsageError::MissingValue(option))?
                    .into_string()
                    .map_err(UsageError::NotUnicode),
            };
            match name {
                "--" => only_positional = true,
                "-h" | "--help" => return Err(UsageError::Help),
                "--all" if inline.is_none() => {
                    if all {
                        return Err(UsageError::Repeated("--all"));
                    }
                    all = true;
                }
                "--family" => {
                    let name = value("--family")?;
                    if family.replace(name).is_some() {
                        return Err(UsageError::Repeated("--family"));
                    }
                }
                "--lang" => {
                    let language = value("--lang")?;
                    if lang.replace(language).is_some() {
                        return Err(UsageError::Repeated("--lang"));
                    }
                }
                "--format" => {
                    let parsed = match value("--format")?.as_str() {
                        "table" => Format::Table,
                        "json" => Format::Json,
                        "tsv" => Format::Tsv,
                        other => return Err(UsageError::UnknownFormat(other.to_owned())),
                    };
                    if format.replace(parsed).is_some() {
                        return Err(UsageError::Repeated("--format"));
                    }
                }
                _ => return Err(UsageError::UnknownOption(arg)),
            }
        }
        let request = if all && (family.is_some() || !queries.is_empty()) {
            return Err(UsageError::AllWithOthers);
        } else if !queries.is_empty() {
            Request::Lookup(queries)
        } else if all || family.is_some() {
            Request::List
        } else {
            return Err(UsageError::NothingToDo);
        };
        Ok(Args {
            format: format.unwrap_or_default(),
            family,
            lang,
            request,
        })
    }
}

/// Whether `arg` is an option rather than a code: it starts with `-`, and is not a negative
/// number such as `-1000`.
fn is_option(arg: &str) -> bool {
    arg.starts_with('-')
        && !arg
            .get(1..2)
            .is_some_and(|c| c.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::{Args, Format, Request, UsageError};

    fn parse(args: &[&str]) -> Result<Args, UsageError> {
        Args::parse(args.iter().map(Into::into).collect())
    }

    #[test]
    fn negative_values_are_codes_not_options() {
        let args = parse(&["-1000", "--format=json", "0"]).unwrap();
        assert_eq!(
            args.request,
            Request::Lookup(vec!["-1000".into(), "0".into()])
        );
        assert_eq!(args.format, Format::Json);
    }

    #[test]
    fn double_dash_ends_options() {
        let args = parse(&["--", "--all"]).unwrap();
        assert_eq!(args.request, Request::Lookup(vec!["--all".into()]));
    }

    #[test]
    fn usage_errors() {
        assert_eq!(parse(&[]), Err(UsageError::NothingToDo));
        assert_eq!(
            parse(&["--bogus"]),
            Err(UsageError::UnknownOption("--bogus".into()))
        );
        assert_eq!(parse(&["-x"]), Err(UsageError::UnknownOption("-x".into())));
        assert_eq!(
            parse(&["--format"]),
            Err(UsageError::MissingValue("--format"))
        );
        assert_eq!(
            parse(&["--format", "xml", "1"]),
            Err(UsageError::UnknownFormat("xml".into()))
        );
        assert_eq!(parse(&["--all", "1"]), Err(UsageError::AllWithOthers));
        assert_eq!(
            parse(&["--all", "--family", "ErrorCode"]),
            Err(UsageError::AllWithOthers)
        );
        assert_eq!(
            parse(&["--all", "--all"]),
            Err(UsageError::Repeated("--all"))
        );
        assert_eq!(
            parse(&["--all=yes"]),
            Err(UsageError::UnknownOption("--all=yes".into()))
        );
        assert_eq!(parse(&["-h"]), Err(UsageError::Help));
    }

    #[cfg(unix)]
    #[test]
    fn non_unicode_arguments_are_usage_errors() {
        use std::os::unix::ffi::OsStringExt;
        let arg = std::ffi::OsString::from_vec(vec![0xff, b'1']);
        assert!(matches!(
            Args::parse(vec![arg]),
            Err(UsageError::NotUnicode(_))
        ));
    }

    #[test]
    fn family_alone_lists_it() {
        let args = parse(&["--family", "ErrorCode"]).unwrap();
        assert_eq!(args.request, Request::List);
        assert_eq!(args.family.as_deref(), Some("ErrorCode"));
    }
}
