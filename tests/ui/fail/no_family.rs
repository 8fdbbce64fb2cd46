codes::rtc_codes! {}

fn main() {}
