// Better message: `#[serde(...)]` on a family used to say "cannot find attribute `serde`", with a
// hint that a derive is missing (it is there).
codes::rtc_codes! {
    /// Errors.
    #[serde(rename_all = "camelCase")]
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。",
    }
}

fn main() {}
