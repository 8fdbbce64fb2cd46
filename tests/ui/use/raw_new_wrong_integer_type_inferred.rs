codes::rtc_codes! {
    /// gRPC status codes.
    pub enum Grpc: u8 {
        Ok = 0 => "ok",
    }
}

fn main() {
    let value: i32 = 3;
    // The family comes from the annotation: the compiler shows the family's type where it is
    // declared.
    let _raw: codes::Raw<Grpc> = codes::Raw::new(value);
}
