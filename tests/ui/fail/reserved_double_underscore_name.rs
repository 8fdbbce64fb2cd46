// Names starting with `__` are for the generated code; a code named like one of them used to be a
// type error on the whole invocation.
codes::rtc_codes! {
    /// Errors.
    #[codes(other = __Other)]
    pub enum ErrorCode {
        __CODES = 1 => "named like a hidden item",
    }

    /// A family named like the generated code's import of the runtime crate.
    pub enum __rt {
        Fine = 1 => "a code with an ordinary name",
    }
}

fn main() {}
