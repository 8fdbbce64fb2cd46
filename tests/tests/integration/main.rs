//! The workspace's behaviour tests, in one test binary: the generated API on families of every
//! type, the documented families, property tests, random families from the generator, the
//! importer's output compiled (`build.rs` imports the test headers as a user's build script
//! does), the downstream crates, the UI tests and what the READMEs quote.

mod behaviour;
mod downstream;
mod error_locations;
mod families;
mod generated;
mod imported;
mod imported_cases;
mod properties;
mod readme_import;
mod readme_messages;
mod ui;
