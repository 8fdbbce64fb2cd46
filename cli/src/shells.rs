//! What a command's users expect around it, made from its clap definitions: shell completions
//! (`rtc-codes completions SHELL`) and manual pages (`rtc-codes man [SUBCOMMAND]`).

use std::io::{self, Write};

use clap::Args;

use crate::status;

/// The arguments of `rtc-codes completions`.
#[derive(Clone, Debug, Args)]
#[command(after_help = "Examples:
  rtc-codes completions bash > ~/.local/share/bash-completion/completions/rtc-codes
  rtc-codes completions zsh > ~/.zfunc/_rtc-codes
  rtc-codes completions fish > ~/.config/fish/completions/rtc-codes.fish")]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: Shell,
}

/// A shell `rtc-codes completions` writes for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Shell {
    /// Bash
    Bash,
    /// Zsh
    Zsh,
    /// Fish
    Fish,
    /// PowerShell
    Powershell,
    /// Elvish
    Elvish,
}

/// The arguments of `rtc-codes man`.
#[derive(Clone, Debug, Args)]
#[command(after_help = "Examples:
  rtc-codes man > ~/.local/share/man/man1/rtc-codes.1
  rtc-codes man explain > ~/.local/share/man/man1/rtc-codes-explain.1")]
pub struct ManArgs {
    /// The subcommand whose page to write (explain, import, diff, completions); the command's
    /// own page when absent
    #[arg(value_name = "SUBCOMMAND")]
    pub subcommand: Option<String>,
}

/// Writes the completions of `command` for the shell of `args` (`clap_complete` says nothing of
/// errors in writing them).
pub fn completions(args: &CompletionsArgs, command: &mut clap::Command, out: &mut dyn Write) {
    let shell = match args.shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::Powershell => clap_complete::Shell::PowerShell,
        Shell::Elvish => clap_complete::Shell::Elvish,
    };
    clap_complete::generate(shell, command, "rtc-codes", &mut *out);
}

/// Writes the manual page of `command`, or of its subcommand `args` names; the exit status.
///
/// # Errors
///
/// Those of writing to `out` or `err`.
pub fn man(
    args: &ManArgs,
    mut command: clap::Command,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    command.build();
    let page = match &args.subcommand {
        None => clap_mangen::Man::new(command),
        Some(name) => {
            let Some(subcommand) = command.find_subcommand(name) else {
                writeln!(
                    err,
                    "rtc-codes man: no subcommand is named `{name}`: explain, import, diff, completions or man"
                )?;
                return Ok(status::USAGE);
            };
            clap_mangen::Man::new(subcommand.clone()).title(format!("rtc-codes-{name}"))
        }
    };
    page.render(out)?;
    Ok(status::DONE)
}
