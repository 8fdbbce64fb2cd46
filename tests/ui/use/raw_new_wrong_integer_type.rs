codes::rtc_codes! {
    /// gRPC status codes.
    pub enum Grpc: u8 {
        Ok = 0 => "ok",
    }
}

fn main() {
    let value: i32 = 3;
    let _ = codes::Raw::<Grpc>::new(value);
}
