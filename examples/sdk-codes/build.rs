// build.rs
fn main() {
    rtc_codes_import::Builder::new()
        .header("sdk/include") // a header, or a folder of them
        .write_to_out_dir("sdk_codes.rs")
        .unwrap_or_else(|error| panic!("{error}"));
}
