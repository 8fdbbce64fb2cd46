// Between two families of one crate, as between the documented ones.
codes::rtc_codes! {
    /// Room errors.
    #[codes(other = Other)]
    pub enum RoomError {
        Full = 1 => "The room is full.",
    }

    /// Stream errors.
    #[codes(other = Other)]
    pub enum StreamError {
        Busy = 2 => "The stream is busy.",
    }
}

fn main() {
    let RoomError::Other(undeclared) = RoomError::from(2) else {
        return;
    };
    let _moved = StreamError::Other(undeclared);
}
