//! The `rtc-codes` command's tests, in one test binary: `explain` (lookups, formats, exit
//! statuses), `import`, tables fitted to the terminal, and the built command as a process.

mod command;
mod common;
mod explain;
mod import;
mod layout;
