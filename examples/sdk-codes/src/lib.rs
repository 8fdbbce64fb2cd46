//! The families of an SDK's headers (`sdk/include/`), declared at build time by the build script
//! of rtc-codes-import's README, as a crate that uses them does.

#![forbid(unsafe_code)]

include!(concat!(env!("OUT_DIR"), "/sdk_codes.rs"));

#[cfg(test)]
mod tests {
    use super::{DemoErrorCode, DemoWarningCode};

    #[test]
    fn the_headers_codes_are_rust_enums() {
        assert_eq!(DemoErrorCode::from(-1000), DemoErrorCode::InvalidToken);
        assert_eq!(DemoErrorCode::RoomFull.code(), -1002);
        assert_eq!(
            DemoErrorCode::InvalidToken.description_in("en"),
            Some("The token is invalid.")
        );
        assert_eq!(DemoErrorCode::Kicked.sdk_name(), "DemoErrorCodeKicked");
        assert_eq!(
            DemoWarningCode::from(-2002).sdk_name(),
            "kDemoWarningCodeNoCamera"
        );
        assert_eq!(DemoWarningCode::NoCamera.description(), "没有摄像头。");
    }

    /// This crate's build script is the README's, as written there.
    #[test]
    fn the_build_script_is_the_readmes() {
        let readme = include_str!("../../../import/README.md");
        let build = include_str!("../build.rs");
        assert!(
            readme.contains(&format!("```rust,no_run\n{build}```")),
            "{build}"
        );
    }
}
