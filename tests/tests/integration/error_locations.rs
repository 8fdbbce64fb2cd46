//! Every compile error of the macro points inside the user's input: at the offending tokens, not
//! at generated code and not at the whole macro call (except where no token is to blame).

use std::path::Path;

/// UI tests whose error has no token of its own to point at.
const WHOLE_CALL: [&str; 1] = [
    // `rtc_codes! {}`: the missing family is nowhere.
    "no_family",
];

#[test]
fn every_ui_error_points_inside_the_input() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("ui")
        .join("fail");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("ui/fail exists") {
        let path = entry.expect("a directory entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("stderr") {
            continue;
        }
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let stderr = std::fs::read_to_string(&path).expect("readable");
        let source = std::fs::read_to_string(path.with_extension("rs")).expect("the test's source");
        let invocation_line = source
            .lines()
            .position(|line| line.contains("rtc_codes!") || line.contains("rtc_codes_impl!"))
            .map(|index| index + 1)
            .expect("an invocation");
        for location in stderr
            .lines()
            .filter_map(|line| line.trim_start().strip_prefix("--> "))
        {
            let mut parts = location.rsplitn(3, ':');
            let (_column, line, file) = (parts.next(), parts.next(), parts.next());
            let line: usize = line.and_then(|l| l.parse().ok()).expect("a line number");
            assert!(
                file.is_some_and(|file| file.ends_with(&format!("{name}.rs"))),
                "{name}: an error located outside the test's own file: {location}"
            );
            if !WHOLE_CALL.contains(&name.as_str()) {
                assert_ne!(
                    line, invocation_line,
                    "{name}: an error at the macro call itself: {location}"
                );
            }
        }
        assert!(
            !stderr.contains("this error originates in the macro")
                || WHOLE_CALL.contains(&name.as_str()),
            "{name}: an error located in generated code"
        );
        checked += 1;
    }
    assert!(checked >= 25, "only {checked} UI tests");
}
