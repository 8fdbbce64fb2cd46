//! The options of `rtc-codes` that change how headers are read, written once for every
//! subcommand that reads headers.

use clap::Args;

use crate::import;

/// The options that change how headers are read, shared by every subcommand that reads them.
#[derive(Clone, Debug, Default, Args)]
pub struct ReadingArgs {
    /// The headers' encoding (gb18030, gbk, big5, `shift_jis`, utf-16le, latin1, ...); detected
    /// for each header when absent
    #[arg(long, value_name = "NAME", value_parser = encoding_label)]
    pub encoding: Option<String>,
    /// The value of a name the headers use but do not define (repeat for more), such as
    /// `--define DEMO_SHIFT=16` or `--define 'MAKE(a,b)=((a)<<8|(b))'`
    #[arg(long = "define", short = 'D', value_name = "NAME=VALUE")]
    pub defines: Vec<String>,
    /// A family of the headers' `#define`s whose names start with PREFIX (repeat for more), such
    /// as `--macros DemoCodecError=DEMO_CODEC_`; `,-PREFIX` leaves some out
    #[arg(long = "macros", value_name = "FAMILY=PREFIX")]
    pub macros: Vec<String>,
}

impl ReadingArgs {
    /// The importer's options with these set.
    #[must_use]
    pub fn options(&self) -> import::Options {
        import::Options {
            encoding: self.encoding.clone(),
            defines: self.defines.clone(),
            macros: self.macros.clone(),
            ..import::Options::default()
        }
    }
}

/// An encoding's label, if it names one.
fn encoding_label(label: &str) -> Result<String, String> {
    if import::is_encoding(label) {
        Ok(label.to_owned())
    } else {
        Err(format!(
            "`{label}` is not an encoding: use a label such as gb18030, gbk, big5, shift_jis, utf-8, utf-16le or latin1"
        ))
    }
}
