codes::rtc_codes! {
    /// gRPC status codes: a closed family.
    pub enum Grpc: u8 {
        Ok = 0 => "ok",
        Cancelled = 1 => "cancelled",
    }
}

fn main() {
    let raw = codes::Raw::<Grpc>::new(3);
    let _ = raw.get();
}
