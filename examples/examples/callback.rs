//! Handling the integers an SDK callback hands over: `cargo run --example callback`.
//!
//! A real application registers these handlers with the SDK; here they are called with the
//! values an SDK build may report, documented or not.

use rtc_codes::{ErrorCode, ForwardStreamError, WarningCode};

/// What an `onError(code)` handler does with the integer.
fn on_error(raw: i32) -> String {
    match ErrorCode::from(raw) {
        ErrorCode::InvalidToken | ErrorCode::TokenExpired => {
            "fetch a new token, then call updateToken".to_owned()
        }
        ErrorCode::DuplicateLogin | ErrorCode::KickedOut => "leave the room".to_owned(),
        // Values the documentation does not list are kept, not lost.
        ErrorCode::Other(value) => format!("report undocumented error {value}"),
        code => format!("log and give up: {code}"),
    }
}

/// An `onWarning(code)` handler: warnings are notices, so they are logged in English.
fn on_warning(raw: i32) -> String {
    let warning = WarningCode::from(raw);
    match warning.description_in("en") {
        Some(text) => format!("{} ({raw}): {text}", warning.sdk_name()),
        // An undocumented value: `Display` names the family and the value.
        None => warning.to_string(),
    }
}

fn main() {
    for raw in [-1000, -1004, -1081, -1011] {
        println!("onError({raw}) -> {}", on_error(raw));
    }
    println!("onWarning(-2013) -> {}", on_warning(-2013));
    println!("onWarning(-2999) -> {}", on_warning(-2999));

    // A forward-stream state arrives as a number; any family converts the same way.
    let state = ForwardStreamError::from(1204);
    println!(
        "forward stream state 1204: {} — {}",
        state.name(),
        state.description()
    );
    assert_eq!(state, ForwardStreamError::RemoteKicked);
    assert!(!state.is_success());
}
